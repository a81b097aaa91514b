// SPDX-License-Identifier: GPL-3.0-or-later
#include "leadconversion.h"

#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/dealrepository.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace crm::core {

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
        auto found = CompanyRepository(m_db).findByName(companyName);
        if (!found)
            return found.error();
        converted.companyId = found.value();
        if (converted.companyId.isEmpty()) {
            Company c;
            c.name = companyName.trimmed();
            c.status = LifecycleStatus::Prospect;
            auto created = CompanyRepository(m_db).create(c);
            if (!created)
                return created.error();
            converted.companyId = created.value();
            out.companyCreated = true;
        }
    }
    converted.status = LifecycleStatus::Prospect;
    if (auto s = contacts.update(converted); !s)
        return s.error();
    out.companyId = converted.companyId;
    if (!out.companyCreated) {
        if (auto s = advanceCompany(&out); !s)
            return s.error();
    }
    if (deal.source.isEmpty())
        deal.source = converted.source;
    if (auto s = createDeal(std::move(deal), &out); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return out;
}

Result<LeadConversion::Converted>
LeadConversion::convertCompany(const QByteArray &companyId, Deal deal, const PrimaryContact &person)
{
    Transaction tx(m_db->connection());
    if (!tx.begun())
        return tx.begun().error();
    auto company = CompanyRepository(m_db).get(companyId);
    if (!company)
        return company.error();
    if (company->deleted)
        return Error{ErrorCode::Invalid, tr("the company %1 is deleted").arg(company->name),
                     QStringLiteral("company")};
    if (company->status != LifecycleStatus::Lead)
        return Error{ErrorCode::Invalid,
                     tr("%1 is not a lead; only leads are converted").arg(company->name),
                     QStringLiteral("status")};
    Converted out;
    out.companyId = companyId;
    out.companyBefore = companyId;
    ContactRepository contacts(m_db);
    if (!person.existingId.isEmpty()) {
        auto contact = contacts.get(person.existingId);
        if (!contact)
            return contact.error();
        if (contact->deleted || contact->companyId != companyId)
            return Error{ErrorCode::Invalid,
                         tr("%1 is not a contact of %2").arg(contact->displayName(), company->name),
                         QStringLiteral("contact")};
        out.contactId = person.existingId;
        out.contactStatusBefore = contact->status;
        out.contactStatusAfter =
            contact->status == LifecycleStatus::Lead ? LifecycleStatus::Prospect : contact->status;
        if (out.contactStatusAfter != out.contactStatusBefore) {
            Contact c = contact.value();
            c.status = out.contactStatusAfter;
            if (auto s = contacts.update(c); !s)
                return s.error();
        }
    } else {
        if (person.firstName.trimmed().isEmpty() && person.lastName.trimmed().isEmpty())
            return Error{
                ErrorCode::Invalid,
                tr("give the name of the person at %1 the deal is with").arg(company->name),
                QStringLiteral("first_name")};
        Contact c;
        c.firstName = person.firstName;
        c.lastName = person.lastName;
        c.companyId = companyId;
        c.status = LifecycleStatus::Prospect;
        c.owner = company->owner;
        c.visibility = company->visibility;
        auto created = contacts.create(c);
        if (!created)
            return created.error();
        out.contactId = created.value();
        out.contactCreated = true;
    }
    if (auto s = advanceCompany(&out); !s)
        return s.error();
    if (auto s = createDeal(std::move(deal), &out); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return out;
}

Status LeadConversion::advanceCompany(Converted *out)
{
    // A company that was a lead moves on with its converted lead; any other keeps its status.
    auto company = CompanyRepository(m_db).get(out->companyId);
    if (!company)
        return company.error();
    out->companyStatusBefore = company->status;
    out->companyStatusAfter =
        company->status == LifecycleStatus::Lead ? LifecycleStatus::Prospect : company->status;
    if (out->companyStatusAfter == out->companyStatusBefore)
        return {};
    return setCompanyStatus(out->companyId, out->companyStatusAfter);
}

Status LeadConversion::createDeal(Deal deal, Converted *out)
{
    deal.companyId = out->companyId;
    deal.contacts = {DealContact{{}, out->contactId, deal.contacts.value(0).role, {}}};
    auto dealId = DealRepository(m_db).create(deal);
    if (!dealId)
        return dealId.error();
    out->dealId = dealId.value();
    return {};
}

Status LeadConversion::setCompanyStatus(const QByteArray &companyId, LifecycleStatus status)
{
    CompanyRepository companies(m_db);
    auto company = companies.get(companyId);
    if (!company)
        return company.error();
    Company c = company.value();
    c.status = status;
    return companies.update(c);
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
    if (auto s = DealRepository(m_db).remove(converted.dealId); !s)
        return s;
    Status contact =
        converted.contactCreated
            ? ContactRepository(m_db).remove(converted.contactId)
            : relink(converted.contactId, converted.contactStatusBefore, converted.companyBefore);
    if (!contact)
        return contact;
    if (converted.companyCreated) {
        if (auto s = CompanyRepository(m_db).remove(converted.companyId); !s)
            return s;
    } else if (converted.companyStatusBefore != converted.companyStatusAfter) {
        if (auto s = setCompanyStatus(converted.companyId, converted.companyStatusBefore); !s)
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
    } else if (converted.companyStatusBefore != converted.companyStatusAfter) {
        if (auto s = setCompanyStatus(converted.companyId, converted.companyStatusAfter); !s)
            return s;
    }
    Status contact =
        converted.contactCreated
            ? ContactRepository(m_db).restore(converted.contactId)
            : relink(converted.contactId, converted.contactStatusAfter, converted.companyId);
    if (!contact)
        return contact;
    if (auto s = DealRepository(m_db).restore(converted.dealId); !s)
        return s;
    return tx.commit();
}

} // namespace crm::core
