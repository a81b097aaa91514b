// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "domain/contact.h"
#include "domain/deal.h"
#include "storage/database.h"

namespace crm::core {

// Turns a lead into a prospect with a company and a deal, in one transaction: the contact
// keeps its id (and so its history), its status becomes prospect, it gets the company (an
// existing one by id, else one found or created by name) and it is the first contact of the
// new deal. Nothing is written when any part fails.
class LeadConversion
{
public:
    explicit LeadConversion(DatabasePtr db);

    struct Converted
    {
        QByteArray contactId;
        QByteArray companyId;
        QByteArray dealId;
        bool companyCreated = false; // made for this conversion (not found by its name)
        QByteArray companyBefore;    // the contact's company before; empty: none
    };
    // `deal` gives the deal's fields (title, amount, currency, stage, …); its company and
    // contacts are filled in here. `companyName` is used when the contact has no company.
    Result<Converted> convert(const QByteArray &contactId, Deal deal,
                              const QString &companyName = {});
    // Takes a conversion back, in one transaction: the deal and a company made for it are
    // deleted (softly, as every delete), the contact is a lead again with the company it
    // had. Its other fields stay as they are now.
    Status undo(const Converted &converted);
    // The conversion again after undo(): the same deal and company, restored.
    Status redo(const Converted &converted);

private:
    Status relink(const QByteArray &contactId, LifecycleStatus status, const QByteArray &companyId);
    DatabasePtr m_db;
};

} // namespace crm::core
