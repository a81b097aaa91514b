// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadconversion.h"

#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/dealrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace crm::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("crm::core::LeadConversion", text);
}

} // namespace

LeadConversion::LeadConversion(DatabasePtr db)
    : m_db(std::move(db))
{}

Result<LeadConversion::Converted> LeadConversion::convert(const QByteArray &contactId, Deal deal,
                                                          const QString &companyName)
{
    Transaction tx(m_db->connection());
    if (!tx.begun())
        return tx.begun().error();
    ContactRepository contacts(m_db);
    auto contact = contacts.get(contactId);
    if (!contact)
        return contact.error();
    if (contact->deleted)
        return Error{ErrorCode::Invalid,
                     tr("the contact %1 is deleted").arg(contact->displayName()),
                     QStringLiteral("contact")};
    if (contact->status != LifecycleStatus::Lead)
        return Error{ErrorCode::Invalid,
                     tr("%1 is not a lead; only leads are converted").arg(contact->displayName()),
                     QStringLiteral("status")};
    Contact converted = contact.value();
    Converted out;
    out.contactId = contactId;
    out.companyBefore = contact->companyId;
    if (converted.companyId.isEmpty()) {
        if (companyName.trimmed().isEmpty())
            return Error{
                ErrorCode::Invalid,
                tr("%1 has no company; give the company's name").arg(contact->displayName()),
                QStringLiteral("company")};
        CompanyRepository companies(m_db);
        auto found = companies.findByName(companyName);
        if (!found)
            return found.error();
        converted.companyId = found.value();
        if (converted.companyId.isEmpty()) {
            Company c;
            c.name = companyName.trimmed();
            auto created = companies.create(c);
            if (!created)
                return created.error();
            converted.companyId = created.value();
            out.companyCreated = true;
        }
    }
    converted.status = LifecycleStatus::Prospect;
    if (auto s = contacts.update(converted); !s)
        return s.error();
    deal.companyId = converted.companyId;
    deal.contacts = {DealContact{{}, contactId, deal.contacts.value(0).role, {}}};
    if (deal.source.isEmpty())
        deal.source = converted.source;
    auto dealId = DealRepository(m_db).create(deal);
    if (!dealId)
        return dealId.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    out.companyId = converted.companyId;
    out.dealId = dealId.value();
    return out;
}

Status LeadConversion::relink(const QByteArray &contactId, LifecycleStatus status,
                              const QByteArray &companyId)
{
    // Only the two fields a conversion changes: an edit made since stays.
    ContactRepository contacts(m_db);
    auto contact = contacts.get(contactId);
    if (!contact)
        return contact.error();
    Contact c = contact.value();
    c.status = status;
    c.companyId = companyId;
    return contacts.update(c);
}

Status LeadConversion::undo(const Converted &converted)
{
    Transaction tx(m_db->connection());
    if (!tx.begun())
        return tx.begun();
    if (auto s = relink(converted.contactId, LifecycleStatus::Lead, converted.companyBefore); !s)
        return s;
    if (auto s = DealRepository(m_db).remove(converted.dealId); !s)
        return s;
    if (converted.companyCreated) {
        if (auto s = CompanyRepository(m_db).remove(converted.companyId); !s)
            return s;
    }
    return tx.commit();
}

Status LeadConversion::redo(const Converted &converted)
{
    Transaction tx(m_db->connection());
    if (!tx.begun())
        return tx.begun();
    if (converted.companyCreated) {
        if (auto s = CompanyRepository(m_db).restore(converted.companyId); !s)
            return s;
    }
    if (auto s = DealRepository(m_db).restore(converted.dealId); !s)
        return s;
    if (auto s = relink(converted.contactId, LifecycleStatus::Prospect, converted.companyId); !s)
        return s;
    return tx.commit();
}

} // namespace crm::core
