// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkeditdialog.h"

#include "common/currencycombo.h"
#include "common/recordpicker.h"

#include "common/uuid.h"
#include "services/pipelinerepository.h"
#include "services/tagrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace crm::ui {

using core::BulkField;
using core::BulkOperation;

namespace {

QString entityLabel(core::CustomEntity entity)
{
    switch (entity) {
    case core::CustomEntity::Company:
        return BulkEditDialog::tr("Companies");
    case core::CustomEntity::Deal:
        return BulkEditDialog::tr("Deals");
    case core::CustomEntity::Contact:
        break;
    }
    return BulkEditDialog::tr("Contacts");
}

} // namespace

BulkEditDialog::BulkEditDialog(core::DatabasePtr db, core::CustomEntity entity, int count,
                               QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_entity(entity)
    , m_count(count)
    , m_operation(new QComboBox(this))
    , m_field(new QComboBox(this))
    , m_fieldLabel(new QLabel(tr("&Field:"), this))
    , m_editors(new QStackedWidget(this))
    , m_text(new QLineEdit(this))
    , m_longText(new QPlainTextEdit(this))
    , m_choice(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_noDate(new QCheckBox(tr("No date"), this))
    , m_number(new QSpinBox(this))
    , m_currency(makeCurrencyCombo(QStringLiteral("bulkCurrencyCombo"), this))
    , m_company(new RecordPicker(m_db, RecordPicker::Kind::Company, this))
    , m_stage(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("bulkEditDialog"));
    setWindowTitle(tr("Bulk Edit · %1").arg(entityLabel(entity)));
    m_operation->setObjectName(QStringLiteral("bulkOperationCombo"));
    m_operation->addItem(tr("Set field"), int(BulkOperation::Kind::SetField));
    m_operation->addItem(tr("Add tag"), int(BulkOperation::Kind::AddTag));
    m_operation->addItem(tr("Remove tag"), int(BulkOperation::Kind::RemoveTag));
    m_operation->addItem(tr("Change owner"), int(BulkOperation::Kind::SetOwner));
    m_operation->addItem(tr("Delete"), int(BulkOperation::Kind::Delete));

    core::BulkEdit bulk(m_db);
    if (auto fields = bulk.fields(entity))
        m_fields = fields.value();
    m_field->setObjectName(QStringLiteral("bulkFieldCombo"));
    for (const BulkField &f : std::as_const(m_fields))
        m_field->addItem(f.label, f.key);
    m_fieldLabel->setBuddy(m_field);

    m_text->setObjectName(QStringLiteral("bulkValueEdit"));
    m_text->setClearButtonEnabled(true);
    m_longText->setObjectName(QStringLiteral("bulkNotesEdit"));
    m_longText->setTabChangesFocus(true);
    m_longText->setMaximumHeight(fontMetrics().height() * 5);
    m_choice->setObjectName(QStringLiteral("bulkChoiceCombo"));
    m_date->setObjectName(QStringLiteral("bulkDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDate(QDate::currentDate());
    m_noDate->setObjectName(QStringLiteral("bulkNoDateCheck"));
    auto *datePage = new QWidget(this);
    auto *dateRow = new QHBoxLayout(datePage);
    dateRow->setContentsMargins(0, 0, 0, 0);
    dateRow->addWidget(m_date);
    dateRow->addWidget(m_noDate);
    dateRow->addStretch();
    m_number->setObjectName(QStringLiteral("bulkProbabilitySpin"));
    m_number->setRange(-1, 100);
    m_number->setSpecialValueText(tr("The stage's default"));
    m_number->setSuffix(QStringLiteral(" %"));
    m_company->setObjectName(QStringLiteral("bulkCompanyPicker"));
    m_company->setPlaceholderText(tr("Type a company's name; empty: no company"));
    m_stage->setObjectName(QStringLiteral("bulkStageCombo"));
    core::PipelineRepository pipelines(m_db);
    if (auto list = pipelines.list()) {
        for (const core::Pipeline &p : list.value()) {
            auto full = pipelines.get(p.id);
            if (!full)
                continue;
            for (const core::Stage &s : full->stages) {
                if (s.outcome != core::StageOutcome::Lost)
                    m_stage->addItem(list->size() > 1 ? p.displayName() + u" ▸ " + s.displayName()
                                                      : s.displayName(),
                                     core::Uuid::toString(s.id));
            }
        }
    }
    auto *nothing =
        new QLabel(tr("The records are deleted; Undo (Ctrl+Z) brings them back."), this);
    nothing->setWordWrap(true);
    for (QWidget *w : {static_cast<QWidget *>(m_text), static_cast<QWidget *>(m_longText),
                       static_cast<QWidget *>(m_choice), datePage, static_cast<QWidget *>(m_number),
                       static_cast<QWidget *>(m_currency), static_cast<QWidget *>(m_company),
                       static_cast<QWidget *>(m_stage), static_cast<QWidget *>(nothing)})
        m_editors->addWidget(w);

    // Existing tags and owners to pick from as the user types.
    if (auto tags = core::TagRepository(m_db).list()) {
        for (const core::TagInfo &t : tags.value())
            m_tags << t.name;
    }
    QSqlQuery owners(m_db->connection());
    if (owners.exec(u"SELECT DISTINCT owner FROM " + core::entityTable(entity) +
                    u" WHERE owner <> '' AND deleted = 0 LIMIT 200")) {
        while (owners.next())
            m_owners << owners.value(0).toString();
    }

    m_summary->setObjectName(QStringLiteral("bulkSummaryLabel"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_error->setObjectName(QStringLiteral("bulkErrorLabel"));
    m_error->setWordWrap(true);
    QPalette red = m_error->palette();
    red.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(red);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Apply"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("bulkApplyButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Do:"), m_operation);
    form->addRow(m_fieldLabel, m_field);
    auto *valueLabel = new QLabel(tr("&Value:"), this);
    valueLabel->setBuddy(m_editors);
    form->addRow(valueLabel, m_editors);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().horizontalAdvance(u'M') * 34);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &BulkEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_operation, &QComboBox::currentIndexChanged, this, &BulkEditDialog::showEditor);
    connect(m_field, &QComboBox::currentIndexChanged, this, &BulkEditDialog::showEditor);
    connect(m_text, &QLineEdit::textChanged, this, &BulkEditDialog::check);
    connect(m_longText, &QPlainTextEdit::textChanged, this, &BulkEditDialog::check);
    connect(m_choice, &QComboBox::currentIndexChanged, this, &BulkEditDialog::check);
    connect(m_date, &QDateEdit::dateChanged, this, &BulkEditDialog::check);
    connect(m_noDate, &QCheckBox::toggled, this, [this](bool none) {
        m_date->setEnabled(!none);
        check();
    });
    connect(m_number, &QSpinBox::valueChanged, this, &BulkEditDialog::check);
    connect(m_currency, &QComboBox::currentTextChanged, this, &BulkEditDialog::check);
    connect(m_company, &QLineEdit::textChanged, this, &BulkEditDialog::check);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &BulkEditDialog::check);
    showEditor();
}

void BulkEditDialog::setOperation(BulkOperation::Kind kind)
{
    m_operation->setCurrentIndex(m_operation->findData(int(kind)));
}

BulkOperation::Kind BulkEditDialog::kind() const
{
    return BulkOperation::Kind(m_operation->currentData().toInt());
}

const BulkField *BulkEditDialog::field() const
{
    const int i = m_field->currentIndex();
    return i >= 0 && i < m_fields.size() ? &m_fields.at(i) : nullptr;
}

void BulkEditDialog::showEditor()
{
    const BulkOperation::Kind k = kind();
    const bool setField = k == BulkOperation::Kind::SetField;
    m_field->setVisible(setField);
    m_fieldLabel->setVisible(setField);
    // The line edit serves text fields, tags and owners, each with its own suggestions.
    auto suggest = [this](const QStringList &words) {
        auto *completer = new QCompleter(words, m_text);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        m_text->setCompleter(completer);
    };
    Page page = TextPage;
    if (k == BulkOperation::Kind::Delete) {
        page = NothingPage;
    } else if (k == BulkOperation::Kind::AddTag || k == BulkOperation::Kind::RemoveTag) {
        suggest(m_tags);
    } else if (k == BulkOperation::Kind::SetOwner) {
        suggest(m_owners);
    } else if (const BulkField *f = field()) {
        m_text->setCompleter(nullptr);
        if (f->key == u"owner")
            suggest(m_owners);
        using T = BulkField::Type;
        const core::CustomFieldType custom = f->custom.type;
        const bool isCustom = f->type == T::Custom;
        m_choice->clear();
        if (f->type == T::Choice || (isCustom && custom == core::CustomFieldType::Choice)) {
            page = ChoicePage;
            if (isCustom)
                m_choice->addItem(tr("(none)"), QString());
            for (int i = 0; i < f->choices.size(); ++i)
                m_choice->addItem(f->choiceLabels.value(i, f->choices.at(i)), f->choices.at(i));
        } else if (isCustom && custom == core::CustomFieldType::YesNo) {
            page = ChoicePage;
            m_choice->addItem(tr("(none)"), QString());
            m_choice->addItem(tr("Yes"), QStringLiteral("yes"));
            m_choice->addItem(tr("No"), QStringLiteral("no"));
        } else if (f->type == T::Date || (isCustom && custom == core::CustomFieldType::Date)) {
            page = DatePage;
        } else if (f->type == T::LongText ||
                   (isCustom && custom == core::CustomFieldType::LongText)) {
            page = LongTextPage;
        } else if (f->type == T::Number) {
            page = NumberPage;
        } else if (f->type == T::Currency) {
            page = CurrencyPage;
        } else if (f->type == T::Company) {
            page = CompanyPage;
        } else if (f->type == T::Stage) {
            page = StagePage;
        } else if (isCustom && custom == core::CustomFieldType::Money) {
            m_text->setPlaceholderText(tr("1234.50 EUR"));
        } else if (isCustom && custom == core::CustomFieldType::MultiChoice) {
            m_text->setPlaceholderText(f->choices.join(QStringLiteral("; ")));
        } else {
            m_text->setPlaceholderText(tr("Empty: clears the field"));
        }
    }
    if (k != BulkOperation::Kind::SetField)
        m_text->setPlaceholderText(k == BulkOperation::Kind::SetOwner ? tr("Empty: no owner")
                                                                      : QString());
    m_editors->setCurrentIndex(page);
    // The stack is as tall as its current editor.
    for (int i = 0; i < m_editors->count(); ++i)
        m_editors->widget(i)->setSizePolicy(
            QSizePolicy::Preferred, i == page ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_editors->adjustSize();
    check();
}

QString BulkEditDialog::value() const
{
    switch (Page(m_editors->currentIndex())) {
    case TextPage:
        return m_text->text();
    case LongTextPage:
        return m_longText->toPlainText();
    case ChoicePage:
        return m_choice->currentData().toString();
    case DatePage:
        return m_noDate->isChecked() ? QString() : m_date->date().toString(Qt::ISODate);
    case NumberPage:
        return m_number->value() < 0 ? QString() : QString::number(m_number->value());
    case CurrencyPage:
        return m_currency->currentText();
    case CompanyPage:
        return m_company->id().isEmpty() ? m_company->text()
                                         : core::Uuid::toString(m_company->id());
    case StagePage:
        return m_stage->currentData().toString();
    case NothingPage:
        break;
    }
    return {};
}

void BulkEditDialog::check()
{
    BulkOperation op;
    op.kind = kind();
    if (const BulkField *f = field(); f && op.kind == BulkOperation::Kind::SetField)
        op.field = f->key;
    op.value = value();
    core::BulkEdit bulk(m_db);
    auto prepared = bulk.prepare(m_entity, op);
    m_valid = prepared.ok();
    const QString count = tr("%1: %2").arg(entityLabel(m_entity), QLocale().toString(m_count));
    if (prepared) {
        m_prepared = prepared.value();
        m_summary->setText(tr("%1 · %2").arg(bulk.describe(m_entity, m_prepared), count));
        m_error->clear();
    } else {
        m_summary->setText(count);
        // The field is named by the combo; the message says what is wrong with the value.
        m_error->setText(prepared.error().detail);
    }
    m_error->setVisible(!m_valid);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid && m_count > 0);
}

void BulkEditDialog::accept()
{
    check();
    if (m_valid)
        QDialog::accept();
}

} // namespace crm::ui
