// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/bulkedit.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QStackedWidget;

namespace crm::ui {

class RecordPicker;

// Edit ▸ Bulk Edit… (Ctrl+Shift+B): what to do to the selected records — set a field (with
// an editor fitting its type), add or remove a tag, change the owner, delete — and a summary
// ("Set Status to Customer · Contacts: 40,000"). The value is checked as it is typed (the
// forms' validators, through BulkEdit::prepare); Apply stays off while it is refused.
// Widgets by objectName: "bulkOperationCombo", "bulkFieldCombo", "bulkValueEdit",
// "bulkNotesEdit", "bulkChoiceCombo", "bulkDateEdit", "bulkNoDateCheck",
// "bulkProbabilitySpin", "bulkCurrencyCombo", "bulkCompanyPicker", "bulkStageCombo",
// "bulkSummaryLabel", "bulkErrorLabel".
class BulkEditDialog : public QDialog
{
    Q_OBJECT

public:
    BulkEditDialog(core::DatabasePtr db, core::CustomEntity entity, int count,
                   QWidget *parent = nullptr);

    void setOperation(core::BulkOperation::Kind kind);
    // The checked operation (valid once accepted).
    core::BulkOperation operation() const { return m_prepared; }

    void accept() override;

private:
    enum Page
    {
        TextPage,
        LongTextPage,
        ChoicePage,
        DatePage,
        NumberPage,
        CurrencyPage,
        CompanyPage,
        StagePage,
        NothingPage
    };
    core::BulkOperation::Kind kind() const;
    const core::BulkField *field() const;
    void showEditor();
    QString value() const;
    void check();

    core::DatabasePtr m_db;
    core::CustomEntity m_entity;
    int m_count;
    QList<core::BulkField> m_fields;
    core::BulkOperation m_prepared;
    bool m_valid = false;

    QComboBox *m_operation;
    QComboBox *m_field;
    QLabel *m_fieldLabel;
    QStackedWidget *m_editors;
    QLineEdit *m_text;
    QPlainTextEdit *m_longText;
    QComboBox *m_choice;
    QDateEdit *m_date;
    QCheckBox *m_noDate;
    QSpinBox *m_number;
    QComboBox *m_currency;
    RecordPicker *m_company;
    QComboBox *m_stage;
    QLabel *m_summary;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    QStringList m_tags;
    QStringList m_owners;
};

} // namespace crm::ui
