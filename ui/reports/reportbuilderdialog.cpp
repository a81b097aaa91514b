// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportbuilderdialog.h"

#include "reports/filtertreeeditor.h"
#include "reports/reportfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace crm::ui {

using namespace core::reports;

namespace {

const QString kGeometryKey = QStringLiteral("reportBuilder/geometry");

} // namespace

ReportBuilderDialog::ReportBuilderDialog(const ReportDefinition &definition, QWidget *parent)
    : QDialog(parent)
    , m_original(definition)
{
    setObjectName(QStringLiteral("reportBuilderDialog"));
    setWindowTitle(tr("Report Builder"));

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_recordType = new QComboBox(this);
    m_recordType->setObjectName(QStringLiteral("recordTypeCombo"));
    for (RecordType t :
         {RecordType::Contacts, RecordType::Companies, RecordType::Deals, RecordType::Activities})
        m_recordType->addItem(recordTypeLabel(t), recordTypeKey(t));

    m_columns = new QListWidget(this);
    m_columns->setObjectName(QStringLiteral("columnsList"));
    m_columns->setDragDropMode(QAbstractItemView::InternalMove); // the order of the columns
    m_columns->setToolTip(tr("Tick the columns to show; drag them into order."));

    m_filters = new FilterTreeEditor(this);
    m_filters->setObjectName(QStringLiteral("filterEditor"));

    for (int i = 0; i < 2; ++i) {
        m_group[i] = new QComboBox(this);
        m_group[i]->setObjectName(QStringLiteral("group%1Combo").arg(i + 1));
    }
    for (int i = 0; i < 3; ++i) {
        m_figureFunction[i] = new QComboBox(this);
        m_figureFunction[i]->setObjectName(QStringLiteral("figure%1FunctionCombo").arg(i + 1));
        m_figureFunction[i]->addItem(tr("(none)"), QString());
        m_figureFunction[i]->addItem(tr("Count"), u"count"_qs);
        m_figureFunction[i]->addItem(tr("Sum"), u"sum"_qs);
        m_figureFunction[i]->addItem(tr("Average"), u"avg"_qs);
        m_figureField[i] = new QComboBox(this);
        m_figureField[i]->setObjectName(QStringLiteral("figure%1FieldCombo").arg(i + 1));
        connect(m_figureFunction[i], &QComboBox::currentIndexChanged, this, [this, i] {
            m_figureField[i]->setEnabled(m_figureFunction[i]->currentData().toString() !=
                                             u"count" &&
                                         !m_figureFunction[i]->currentData().toString().isEmpty());
        });
    }
    m_sort = new QComboBox(this);
    m_sort->setObjectName(QStringLiteral("sortCombo"));
    m_descending = new QCheckBox(tr("&Descending"), this);
    m_descending->setObjectName(QStringLiteral("sortDescendingCheck"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto *top = new QFormLayout;
    top->addRow(tr("&Title:"), m_title);
    top->addRow(tr("&Records:"), m_recordType);

    auto *filterBox = new QGroupBox(tr("Filters"), this);
    auto *filterLayout = new QVBoxLayout(filterBox);
    filterLayout->addWidget(m_filters);

    auto *groupBox = new QGroupBox(tr("Groups and figures"), this);
    auto *groupForm = new QFormLayout(groupBox);
    groupForm->addRow(tr("Group &by:"), m_group[0]);
    groupForm->addRow(tr("&Then by:"), m_group[1]);
    for (int i = 0; i < 3; ++i) {
        auto *row = new QHBoxLayout;
        row->addWidget(m_figureFunction[i]);
        row->addWidget(m_figureField[i], 1);
        auto *label = new QLabel(tr("Figure %1:").arg(i + 1), groupBox);
        label->setBuddy(m_figureFunction[i]);
        groupForm->addRow(label, row);
    }
    auto *sortRow = new QHBoxLayout;
    sortRow->addWidget(m_sort, 1);
    sortRow->addWidget(m_descending);
    auto *sortLabel = new QLabel(tr("&Sort by:"), groupBox);
    sortLabel->setBuddy(m_sort);
    groupForm->addRow(sortLabel, sortRow);

    auto *columnsBox = new QGroupBox(tr("Columns (a report without groups)"), this);
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->addWidget(m_columns);

    auto *middle = new QHBoxLayout;
    middle->addWidget(columnsBox, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(filterBox, 1);
    right->addWidget(groupBox);
    middle->addLayout(right, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("builderButtons"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportBuilderDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportBuilderDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_recordType, &QComboBox::currentIndexChanged, this, [this] {
        fillFields();
        RecordType type = RecordType::Contacts;
        parseRecordType(m_recordType->currentData().toString(), &type);
        m_filters->setRecordType(type);
    });
    load(definition);
    connect(m_title, &QLineEdit::textChanged, m_error, &QLabel::hide);

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(860, 600);
    connect(this, &QDialog::finished, this,
            [this] { QSettings().setValue(kGeometryKey, saveGeometry()); });
}

void ReportBuilderDialog::fillFields()
{
    RecordType type = RecordType::Contacts;
    parseRecordType(m_recordType->currentData().toString(), &type);
    QStringList checked;
    for (int i = 0; i < m_columns->count(); ++i) {
        if (m_columns->item(i)->checkState() == Qt::Checked)
            checked << m_columns->item(i)->data(Qt::UserRole).toString();
    }
    m_columns->clear();
    for (const FieldSpec &f : ReportFields::of(type)) {
        auto *item = new QListWidgetItem(f.displayLabel(), m_columns);
        item->setData(Qt::UserRole, f.key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(checked.contains(f.key) ? Qt::Checked : Qt::Unchecked);
    }
    for (QComboBox *g : m_group)
        fillReportFieldCombo(g, type, true, [](const FieldSpec &f) { return f.groupable(); });
    for (QComboBox *f : m_figureField)
        fillReportFieldCombo(f, type, false, [](const FieldSpec &s) { return s.summable(); });
    fillReportFieldCombo(m_sort, type, true,
                         [](const FieldSpec &f) { return f.type != FieldType::MoneyMap; });
}

void ReportBuilderDialog::load(const ReportDefinition &def)
{
    m_title->setText(def.builtinKey.isEmpty() ? def.title
                                              : QCoreApplication::translate("crm::core::Reports",
                                                                            qPrintable(def.title)));
    {
        const QSignalBlocker block(m_recordType);
        m_recordType->setCurrentIndex(m_recordType->findData(recordTypeKey(def.recordType)));
    }
    fillFields();
    // Columns: the chosen ones first, in their order, ticked.
    for (qsizetype i = def.columns.size() - 1; i >= 0; --i) {
        for (int row = 0; row < m_columns->count(); ++row) {
            if (m_columns->item(row)->data(Qt::UserRole).toString() == def.columns[i]) {
                QListWidgetItem *item = m_columns->takeItem(row);
                item->setCheckState(Qt::Checked);
                m_columns->insertItem(0, item);
                break;
            }
        }
    }
    m_filters->setRecordType(def.recordType);
    m_filters->setFilter(def.filter);
    for (int i = 0; i < 2; ++i)
        m_group[i]->setCurrentIndex(std::max(0, m_group[i]->findData(def.groupBy.value(i))));
    for (int i = 0; i < 3; ++i) {
        const Aggregate a = def.aggregates.value(i);
        m_figureFunction[i]->setCurrentIndex(
            std::max(0, m_figureFunction[i]->findData(a.function)));
        if (!a.field.isEmpty())
            m_figureField[i]->setCurrentIndex(std::max(0, m_figureField[i]->findData(a.field)));
        m_figureField[i]->setEnabled(a.function == u"sum" || a.function == u"avg");
    }
    if (!def.sort.isEmpty()) {
        m_sort->setCurrentIndex(std::max(0, m_sort->findData(def.sort.first().field)));
        m_descending->setChecked(def.sort.first().descending);
    }
}

core::Result<ReportDefinition> ReportBuilderDialog::build() const
{
    ReportDefinition def = m_original;
    def.builtinKey.clear();
    def.title = m_title->text().trimmed();
    parseRecordType(m_recordType->currentData().toString(), &def.recordType);
    def.columns.clear();
    for (int i = 0; i < m_columns->count(); ++i) {
        if (m_columns->item(i)->checkState() == Qt::Checked)
            def.columns << m_columns->item(i)->data(Qt::UserRole).toString();
    }
    def.filter = m_filters->filter();
    // Parameters the report does not have yet: a period or a text to fill in.
    QList<ReportParameter> params;
    const std::function<void(const FilterNode &)> addParams = [&](const FilterNode &n) {
        if (!n.param.isEmpty() && !def.parameter(n.param) &&
            std::none_of(params.begin(), params.end(),
                         [&](const ReportParameter &p) { return p.name == n.param; })) {
            const bool period = n.op == u"in_period";
            params << ReportParameter{n.param, period ? u"period"_qs : u"text"_qs, n.param,
                                      period ? u"all"_qs : QString()};
        }
        for (const FilterNode &c : n.children)
            addParams(c);
    };
    addParams(def.filter);
    def.parameters << params;
    // Parameters no condition names any more are dropped.
    QSet<QString> used;
    const std::function<void(const FilterNode &)> collect = [&](const FilterNode &n) {
        if (!n.param.isEmpty())
            used.insert(n.param);
        for (const FilterNode &c : n.children)
            collect(c);
    };
    collect(def.filter);
    def.parameters.removeIf([&](const ReportParameter &p) { return !used.contains(p.name); });

    def.groupBy.clear();
    for (QComboBox *g : m_group) {
        if (!g->currentData().toString().isEmpty())
            def.groupBy << g->currentData().toString();
    }
    def.aggregates.clear();
    for (int i = 0; i < 3; ++i) {
        const QString fn = m_figureFunction[i]->currentData().toString();
        if (fn.isEmpty())
            continue;
        Aggregate a;
        a.function = fn;
        if (fn != u"count")
            a.field = m_figureField[i]->currentData().toString();
        // Keep a label the original gave the same figure (a built-in's "Weighted").
        for (const Aggregate &old : m_original.aggregates) {
            if (old.function == a.function && old.field == a.field)
                a.label = old.label;
        }
        def.aggregates << a;
    }
    if (def.chartAggregate >= def.aggregates.size())
        def.chartAggregate = -1;
    def.sort.clear();
    if (!m_sort->currentData().toString().isEmpty())
        def.sort << SortKey{m_sort->currentData().toString(), m_descending->isChecked()};
    if (auto s = def.validate(); !s)
        return s.error();
    return def;
}

void ReportBuilderDialog::accept()
{
    auto def = build();
    if (!def) {
        m_error->setText(def.error().detail);
        m_error->show();
        return;
    }
    m_result = def.value();
    QDialog::accept();
}

} // namespace crm::ui
