// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/recorddialog.h"
#include "domain/contact.h"
#include "services/leadconversion.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace crm::ui {

class PhotoButton;

class ContactPointList;
class CustomFieldsEditor;
class HistoryView;
class TimelineView;

// Edits one contact (or a new one) on a copy; saves through ContactRepository on Save.
// Tabs: Details, Timeline and History. Every field has an objectName for tests.
class ContactDialog : public RecordDialog
{
    Q_OBJECT
public:
    // An empty id creates a new contact; `companyId` preselects its company.
    ContactDialog(core::DatabasePtr db, const QByteArray &id, QWidget *parent = nullptr,
                  const QByteArray &companyId = {});

    const core::Contact &contact() const { return m_contact; }

signals:
    // The dialog created a company for the name typed into the company field.
    void companyCreated(const QByteArray &id);
    // Convert lead… converted this contact (its window puts it on the undo stack).
    void leadConverted(const crm::core::LeadConversion::Converted &converted);

public slots:
    void refreshFromDatabase() override;
    // Convert lead… (also Edit ▸ Convert Lead…): asks for the company and the deal's title,
    // converts in one step (LeadConversion) and opens the new deal.
    void convertLead();

protected:
    bool save() override;
    QString formState() const override;

private:
    void buildForm();
    void loadCompanies(const QByteArray &current);
    void fill(const core::Contact &c);
    // The contact as the form says; row maps: index in contact.emails → row in the list.
    core::Contact fromForm(QList<int> *emailRows, QList<int> *phoneRows) const;
    void registerPointErrors();
    // Calls (tel:) or writes to (mailto:) the value, then offers to log it as an activity.
    void contactPointOpened(const QString &value, bool email);
    void addRecordButtons();
    void updateConvertButton();

    core::Contact m_contact;
    QPushButton *m_convertLead = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_company = nullptr;
    ContactPointList *m_emails = nullptr;
    ContactPointList *m_phones = nullptr;
    QLineEdit *m_street = nullptr;
    QLineEdit *m_postalCode = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_country = nullptr;
    QLineEdit *m_birthday = nullptr;
    QLabel *m_birthdayHint = nullptr;
    QLineEdit *m_source = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_owner = nullptr;
    QComboBox *m_visibility = nullptr;
    QLineEdit *m_tags = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    PhotoButton *m_photo = nullptr;
    CustomFieldsEditor *m_custom = nullptr;
    HistoryView *m_history = nullptr;
    TimelineView *m_timeline = nullptr;
};

} // namespace crm::ui
