// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/recorddialog.h"
#include "domain/company.h"
#include "services/leadconversion.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace crm::ui {

class CustomFieldsEditor;
class HistoryView;
class TimelineView;

// Edits one company (or a new one) on a copy; tabs Details, Contacts and History.
class CompanyDialog : public RecordDialog
{
    Q_OBJECT
public:
    CompanyDialog(core::DatabasePtr db, const QByteArray &id, QWidget *parent = nullptr);

    const core::Company &company() const { return m_company; }
    // The last save renamed the company (its contacts show the name).
    bool renamed() const { return m_renamed; }

public slots:
    // Opens the contact in the given row of the Contacts tab (non-modal to this dialog's caller).
    void openContact(int row);
    void addContact();
    void refreshFromDatabase() override;
    // Convert lead… (also Edit ▸ Convert Lead…): a company that is a lead gets its primary
    // contact and a deal in one step (CompanyConversionDialog), then the deal opens.
    void convertLead();

signals:
    // A contact opened from the Contacts tab was saved.
    void contactSaved(const QByteArray &id);
    // Convert lead… converted this company (its window puts it on the undo stack).
    void leadConverted(const crm::core::LeadConversion::Converted &converted);

protected:
    bool save() override;
    QString formState() const override;

private:
    void buildForm();
    void fill(const core::Company &c);
    core::Company fromForm() const;
    void loadContacts();
    void updateConvertButton();

    core::Company m_company;
    bool m_renamed = false;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_industry = nullptr;
    QComboBox *m_status = nullptr;
    QPushButton *m_convertLead = nullptr;
    QLineEdit *m_website = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_street = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_country = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    CustomFieldsEditor *m_custom = nullptr;
    QLineEdit *m_tags = nullptr;
    QWidget *m_contactsPage = nullptr;
    QTableWidget *m_contacts = nullptr;
    QPushButton *m_addContact = nullptr;
    HistoryView *m_history = nullptr;
    TimelineView *m_timeline = nullptr;
};

} // namespace crm::ui
