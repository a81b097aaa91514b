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
    if (converted.companyId.isEmpty()) {
        if (companyName.trimmed().isEmpty())
            return Error{
                ErrorCode::Invalid,
                tr("%1 has no company; give the company's name").arg(contact->displayName()),
                QStringLiteral("company")};
        auto company = CompanyRepository(m_db).findOrCreate(companyName);
        if (!company)
            return company.error();
        converted.companyId = company.value();
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
    return Converted{contactId, converted.companyId, dealId.value()};
}

} // namespace crm::core
