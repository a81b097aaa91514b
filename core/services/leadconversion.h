// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "domain/contact.h"
#include "domain/deal.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace crm::core {

// Turns a lead into a prospect with a company and a deal, in one transaction: the contact
// keeps its id (and so its history), its status becomes prospect, it gets the company (an
// existing one by id, else one found or created by name) and it is the first contact of the
// new deal; a company that was a lead becomes a prospect with it. A company that is a lead
// converts the same way (convertCompany): it keeps its id, becomes a prospect, and gets its
// primary contact (one of its own, or a new one) and the deal. Nothing is written when any
// part fails.
class LeadConversion
{
    // The context lupdate files the messages of its members under.
    Q_DECLARE_TR_FUNCTIONS(crm::core::LeadConversion)

public:
    explicit LeadConversion(DatabasePtr db);

    struct Converted
    {
        QByteArray contactId;
        QByteArray companyId;
        QByteArray dealId;
        bool companyCreated = false; // made for this conversion (not found by its name)
        QByteArray companyBefore;    // the contact's company before; empty: none
        bool contactCreated = false; // made for this conversion (a company's new contact)
        // Statuses before and after; equal when the conversion left one as it was.
        LifecycleStatus contactStatusBefore = LifecycleStatus::Lead;
        LifecycleStatus contactStatusAfter = LifecycleStatus::Prospect;
        LifecycleStatus companyStatusBefore = LifecycleStatus::Prospect;
        LifecycleStatus companyStatusAfter = LifecycleStatus::Prospect;
    };
    // The person a company's conversion makes its primary contact: one of the company's own
    // contacts by id, else a new contact with these names.
    struct PrimaryContact
    {
        QByteArray existingId;
        QString firstName;
        QString lastName;
    };
    // `deal` gives the deal's fields (title, amount, currency, stage, …); its company and
    // contacts are filled in here. `companyName` is used when the contact has no company.
    Result<Converted> convert(const QByteArray &contactId, Deal deal,
                              const QString &companyName = {});
    // `deal` as for convert(); its company is `companyId` and its first contact `person`.
    Result<Converted> convertCompany(const QByteArray &companyId, Deal deal,
                                     const PrimaryContact &person);
    // Takes a conversion back, in one transaction: the deal and a company or contact made for
    // it are deleted (softly, as every delete), the contact and the company get back the
    // status (and the contact the company) they had. Their other fields stay as they are now.
    Status undo(const Converted &converted);
    // The conversion again after undo(): the same deal and company, restored.
    Status redo(const Converted &converted);

private:
    Status relink(const QByteArray &contactId, LifecycleStatus status, const QByteArray &companyId);
    Status setCompanyStatus(const QByteArray &companyId, LifecycleStatus status);
    Status advanceCompany(Converted *out);
    Status createDeal(Deal deal, Converted *out);
    DatabasePtr m_db;
};

} // namespace crm::core
