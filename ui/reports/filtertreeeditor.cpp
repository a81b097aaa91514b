// SPDX-License-Identifier: GPL-3.0-or-later
#include "filtertreeeditor.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace crm::ui {

using namespace core::reports;

namespace {

constexpr int KindRole = Qt::UserRole; // true: a group
enum Column
{
    FieldColumn,
    OperatorColumn,
    ValueColumn
};

bool isGroup(const QTreeWidgetItem *item)
{
    return item && item->data(FieldColumn, KindRole).toBool();
}

QString valueText(const FilterNode &n)
{
    if (!n.param.isEmpty())
        return u'$' + n.param;
    if (n.value.metaType().id() == QMetaType::QStringList)
        return n.value.toStringList().join(u", ");
    return n.value.toString();
}

} // namespace

void fillReportFieldCombo(QComboBox *combo, RecordType type, bool withNone,
                          const std::function<bool(const FieldSpec &)> &accept)
{
    const QString current = combo->currentData().toString();
    combo->clear();
    if (withNone)
        combo->addItem(FilterTreeEditor::tr("(none)"), QString());
    for (const FieldSpec &f : ReportFields::of(type)) {
        if (!accept || accept(f))
            combo->addItem(f.displayLabel(), f.key);
    }
    const int i = combo->findData(current);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

FilterTreeEditor::FilterTreeEditor(QWidget *parent)
    : QWidget(parent)
{
    m_match = new QComboBox(this);
    m_match->setObjectName(QStringLiteral("matchCombo"));
    m_match->addItem(tr("all of these conditions"), false);
    m_match->addItem(tr("any of these conditions"), true);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("filtersTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Field"), tr("Condition"), tr("Value")});
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(FieldColumn, 230);
    m_tree->header()->resizeSection(OperatorColumn, 150);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setToolTip(tr("A value such as $period or $owner is asked for when the report "
                          "runs. Periods: this_month, this_quarter, this_year, "
                          "previous_month, last_30_days, 2026-01-01..2026-03-31 …"));

    auto *add = new QPushButton(tr("Add &Condition"), this);
    add->setObjectName(QStringLiteral("addFilterButton"));
    add->setToolTip(tr("Adds a condition to the selected group"));
    auto *group = new QPushButton(tr("Add &Group"), this);
    group->setObjectName(QStringLiteral("addFilterGroupButton"));
    group->setToolTip(tr("Adds a group of conditions of which any one is enough (or all, "
                         "as you choose), inside the selected group"));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeFilterButton"));
    remove->setToolTip(tr("Removes the selected condition or group (Delete)"));
    connect(add, &QPushButton::clicked, this, [this] { addCondition(); });
    connect(group, &QPushButton::clicked, this, [this] { addGroup(); });
    connect(remove, &QPushButton::clicked, this, &FilterTreeEditor::removeCurrent);
    auto *del = new QShortcut(QKeySequence::Delete, m_tree, nullptr, nullptr,
                              Qt::WidgetWithChildrenShortcut);
    connect(del, &QShortcut::activated, this, &FilterTreeEditor::removeCurrent);

    auto *matchRow = new QHBoxLayout;
    auto *matchLabel = new QLabel(tr("Records &matching"), this);
    matchLabel->setBuddy(m_match);
    matchRow->addWidget(matchLabel);
    matchRow->addWidget(m_match);
    matchRow->addStretch();
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(group);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(matchRow);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
}

void FilterTreeEditor::setRecordType(RecordType type)
{
    m_type = type;
    m_tree->clear();
}

void FilterTreeEditor::setFilter(const FilterNode &root)
{
    m_tree->clear();
    m_match->setCurrentIndex(root.any ? 1 : 0);
    load(nullptr, root);
    m_tree->expandAll();
}

void FilterTreeEditor::load(QTreeWidgetItem *group, const FilterNode &node)
{
    for (const FilterNode &child : node.children) {
        if (child.isGroup())
            load(insertGroup(group, child.any), child);
        else
            insertCondition(group, child);
    }
}

FilterNode FilterTreeEditor::filter() const
{
    return read(m_tree->invisibleRootItem(), m_match->currentData().toBool());
}

FilterNode FilterTreeEditor::read(QTreeWidgetItem *group, bool any) const
{
    FilterNode out;
    out.any = any;
    for (int i = 0; i < group->childCount(); ++i) {
        QTreeWidgetItem *item = group->child(i);
        if (isGroup(item)) {
            const auto *match = qobject_cast<QComboBox *>(m_tree->itemWidget(item, FieldColumn));
            FilterNode sub = read(item, match->currentData().toBool());
            if (!sub.children.isEmpty())
                out.children << sub;
            continue;
        }
        FilterNode n;
        n.field = qobject_cast<QComboBox *>(m_tree->itemWidget(item, FieldColumn))
                      ->currentData()
                      .toString();
        n.op = qobject_cast<QComboBox *>(m_tree->itemWidget(item, OperatorColumn))
                   ->currentData()
                   .toString();
        const QString value =
            qobject_cast<QLineEdit *>(m_tree->itemWidget(item, ValueColumn))->text().trimmed();
        if (value.startsWith(u'$') && value.size() > 1) {
            n.param = value.mid(1);
        } else if (n.op == u"in") {
            QStringList items;
            for (const QString &part : value.split(u',', Qt::SkipEmptyParts))
                items << part.trimmed();
            n.value = items;
        } else if (n.op != u"is_empty" && n.op != u"not_empty" && n.op != u"past") {
            n.value = value;
        }
        out.children << n;
    }
    return out;
}

QTreeWidgetItem *FilterTreeEditor::targetGroup() const
{
    QTreeWidgetItem *current = m_tree->currentItem();
    if (!current)
        return nullptr;
    return isGroup(current) ? current : current->parent();
}

void FilterTreeEditor::addCondition(const QString &field, const QString &op, const QString &value)
{
    FilterNode n;
    n.field = field;
    n.op = op;
    n.value = value;
    QTreeWidgetItem *item = insertCondition(targetGroup(), n);
    m_tree->setCurrentItem(item);
    m_tree->itemWidget(item, FieldColumn)->setFocus();
}

void FilterTreeEditor::addGroup(bool any)
{
    QTreeWidgetItem *group = insertGroup(targetGroup(), any);
    QTreeWidgetItem *first = insertCondition(group, FilterNode{});
    group->setExpanded(true);
    m_tree->setCurrentItem(first);
    m_tree->itemWidget(first, FieldColumn)->setFocus();
}

void FilterTreeEditor::removeCurrent()
{
    QTreeWidgetItem *current = m_tree->currentItem();
    if (!current)
        return;
    delete current; // its widgets and children go with it
}

QTreeWidgetItem *FilterTreeEditor::insertGroup(QTreeWidgetItem *group, bool any)
{
    auto *item = new QTreeWidgetItem;
    item->setData(FieldColumn, KindRole, true);
    (group ? group : m_tree->invisibleRootItem())->addChild(item);
    auto *match = new QComboBox(m_tree);
    match->setObjectName(QStringLiteral("filterGroup%1").arg(m_next++));
    match->addItem(tr("All of:"), false);
    match->addItem(tr("Any of:"), true);
    match->setCurrentIndex(any ? 1 : 0);
    m_tree->setItemWidget(item, FieldColumn, match);
    match->installEventFilter(this);
    item->setExpanded(true);
    return item;
}

QTreeWidgetItem *FilterTreeEditor::insertCondition(QTreeWidgetItem *group, const FilterNode &n)
{
    auto *item = new QTreeWidgetItem;
    item->setData(FieldColumn, KindRole, false);
    (group ? group : m_tree->invisibleRootItem())->addChild(item);
    const int number = m_next++;
    auto *field = new QComboBox(m_tree);
    field->setObjectName(QStringLiteral("filterField%1").arg(number));
    fillReportFieldCombo(field, m_type, false);
    if (!n.field.isEmpty())
        field->setCurrentIndex(std::max(0, field->findData(n.field)));
    auto *op = new QComboBox(m_tree);
    op->setObjectName(QStringLiteral("filterOp%1").arg(number));
    auto *value = new QLineEdit(valueText(n), m_tree);
    value->setObjectName(QStringLiteral("filterValue%1").arg(number));
    m_tree->setItemWidget(item, FieldColumn, field);
    m_tree->setItemWidget(item, OperatorColumn, op);
    m_tree->setItemWidget(item, ValueColumn, value);
    updateOperators(item);
    if (!n.op.isEmpty())
        op->setCurrentIndex(std::max(0, op->findData(n.op)));
    connect(field, &QComboBox::currentIndexChanged, this, [this, item] { updateOperators(item); });
    // Clicking into a row's widget selects the row, so Add and Remove act where one works.
    for (QWidget *w :
         {static_cast<QWidget *>(field), static_cast<QWidget *>(op), static_cast<QWidget *>(value)})
        w->installEventFilter(this);
    if (group)
        group->setExpanded(true);
    return item;
}

bool FilterTreeEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        if (auto *w = qobject_cast<QWidget *>(watched)) {
            // Row widgets live on the tree's viewport, where itemAt() looks.
            if (QTreeWidgetItem *item = m_tree->itemAt(w->geometry().center()))
                m_tree->setCurrentItem(item);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterTreeEditor::updateOperators(QTreeWidgetItem *item)
{
    auto *field = qobject_cast<QComboBox *>(m_tree->itemWidget(item, FieldColumn));
    auto *op = qobject_cast<QComboBox *>(m_tree->itemWidget(item, OperatorColumn));
    const FieldSpec *spec = ReportFields::find(m_type, field->currentData().toString());
    const QString current = op->currentData().toString();
    op->clear();
    if (!spec)
        return;
    for (const QString &o : ReportFields::operatorsFor(spec->type))
        op->addItem(ReportFields::operatorLabel(o), o);
    op->setCurrentIndex(std::max(0, op->findData(current)));
}

} // namespace crm::ui
