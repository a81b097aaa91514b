// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/company.h"
#include "services/leadconversion.h"
#include "storage/database.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace crm::ui {

// Converts a company that is a lead in one step (core::LeadConversion::convertCompany): its
// primary contact — one of its contacts, or a new person — and the deal's title, amount,
// currency and stage, pre-filled. Emits converted() after a successful conversion and closes.
class CompanyConversionDialog : public QDialog
{
    Q_OBJECT
public:
    CompanyConversionDialog(core::DatabasePtr db, const core::Company &company,
                            QWidget *parent = nullptr);

signals:
    void converted(const crm::core::LeadConversion::Converted &converted);

private:
    void contactChosen();
    void convert();
    void showError(const core::Error &error);

    core::DatabasePtr m_db;
    QByteArray m_companyId;
    QComboBox *m_contact = nullptr;
    QLineEdit *m_firstName = nullptr;
    QLineEdit *m_lastName = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_stage = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace crm::ui
