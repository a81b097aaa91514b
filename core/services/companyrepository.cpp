// SPDX-License-Identifier: GPL-3.0-or-later
#include "companyrepository.h"

#include "common/uuid.h"
#include "domain/validation.h"
#include "search/searchindex.h"
#include "search/textfolder.h"
#include "services/contactrepository.h"
#include "services/customfieldrepository.h"
#include "services/dealrepository.h"
#include "services/taglinks.h"
#include "storage/sql.h"
#include "storage/sqlvalue.h"
#include "storage/transaction.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace crm::core {

namespace {

const QString kColumns = QStringLiteral(
    "rid, id, name, industry, website, phone, street, postal_code, city, country, notes, owner, "
    "visibility, created_at, local_updated_at, deleted, status");

Company fromRecord(const QSqlQuery &q)
{
    Company c;
    c.rid = q.value(0).toLongLong();
    c.id = q.value(1).toByteArray();
    c.name = q.value(2).toString();
    c.industry = q.value(3).toString();
    c.website = q.value(4).toString();
    c.phone = q.value(5).toString();
    c.street = q.value(6).toString();
    c.postalCode = q.value(7).toString();
    c.city = q.value(8).toString();
    c.country = q.value(9).toString();
    c.notes = q.value(10).toString();
    c.owner = q.value(11).toString();
    c.visibility = q.value(12).toString();
    c.createdAt = q.value(13).toLongLong();
    c.updatedAt = q.value(14).toLongLong();
    c.deleted = q.value(15).toInt() != 0;
    parseLifecycle(q.value(16).toString(), &c.status);
    return c;
}

Company normalized(Company c)
{
    for (QString *s : {&c.name, &c.industry, &c.website, &c.phone, &c.street, &c.postalCode,
                       &c.city, &c.country, &c.owner})
        *s = s->trimmed();
    for (QString &t : c.tags)
        t = t.simplified();
    c.tags.removeAll(QString());
    c.tags.removeDuplicates();
    return c;
}

bool sameFields(const Company &a, const Company &b)
{
    return a.name == b.name && a.industry == b.industry && a.website == b.website &&
           a.phone == b.phone && a.street == b.street && a.postalCode == b.postalCode &&
           a.city == b.city && a.country == b.country && a.notes == b.notes && a.owner == b.owner &&
           a.visibility == b.visibility && a.tags == b.tags && a.status == b.status;
}

Error firstError(const QList<Error> &errors)
{
    return errors.first();
}

} // namespace

CompanyRepository::CompanyRepository(DatabasePtr db)
    : m_db(std::move(db))
{}

Result<QByteArray> CompanyRepository::create(Company company)
{
    company = normalized(std::move(company));
    if (company.owner.isEmpty())
        company.owner = m_db->localUser();
    if (const auto errors = Validation::check(company); !errors.isEmpty())
        return firstError(errors);
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto defs = CustomFieldRepository::prepare(db, CustomEntity::Company, company.custom, nullptr);
    if (!defs)
        return defs.error();
    company.customText = CustomFieldRepository::searchText(defs.value(), company.custom);
    company.id = Uuid::createV7();
    company.createdAt = company.updatedAt = sql::nowMs();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO companies(id, name, industry, website, phone, street, postal_code, city, "
        "country, notes, owner, visibility, created_at, deleted, local_sort_name, "
        "local_updated_at, status) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(company.id), QVariant(company.name), QVariant(company.industry),
          QVariant(company.website), QVariant(company.phone), QVariant(company.street),
          QVariant(company.postalCode), QVariant(company.city), QVariant(company.country),
          QVariant(company.notes), QVariant(company.owner), QVariant(company.visibility),
          QVariant(company.createdAt), QVariant(TextFolder::fold(company.name)),
          QVariant(company.updatedAt), QVariant(lifecycleKey(company.status))})
        q.addBindValue(sql::text(v));
    if (!q.exec())
        return sql::error(q, QStringLiteral("saving the company"));
    company.rid = q.lastInsertId().toLongLong();
    if (auto s = CustomFieldRepository::save(db, CustomEntity::Company, company.id, company.custom);
        !s)
        return s.error();
    if (auto s = TagLinks::save(db, QStringLiteral("company_tags"), QStringLiteral("company_id"),
                                company.id, company.tags);
        !s)
        return s.error();
    if (auto s = SearchIndex::put(db, SearchIndex::Kind::Company, company.rid,
                                  SearchIndex::companyText(company));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return company.id;
}

Result<Company> CompanyRepository::get(const QByteArray &id) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.prepare(u"SELECT " + kColumns + u" FROM companies WHERE id = ?");
    q.addBindValue(id);
    if (!q.exec())
        return sql::error(q, QStringLiteral("loading the company"));
    if (!q.next())
        return Error{ErrorCode::NotFound, u"no company with id " + Uuid::toString(id), {}};
    Company c = fromRecord(q);
    q.finish();
    auto tags =
        TagLinks::load(db, QStringLiteral("company_tags"), QStringLiteral("company_id"), id);
    if (!tags)
        return tags.error();
    c.tags = tags.value();
    auto custom = CustomFieldRepository::load(db, CustomEntity::Company, id, &c.customText);
    if (!custom)
        return custom.error();
    c.custom = custom.value();
    return c;
}

Status CompanyRepository::update(const Company &edited)
{
    Company company = normalized(edited);
    if (const auto errors = Validation::check(company); !errors.isEmpty())
        return firstError(errors);
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto stored = get(company.id);
    if (!stored)
        return stored.error();
    auto defs =
        CustomFieldRepository::prepare(db, CustomEntity::Company, company.custom, &stored->custom);
    if (!defs)
        return defs.error();
    if (sameFields(stored.value(), company) &&
        !CustomFieldRepository::changes(stored->custom, company.custom))
        return {};
    if (auto s = CustomFieldRepository::save(db, CustomEntity::Company, company.id, company.custom);
        !s)
        return s;
    if (auto s = TagLinks::save(db, QStringLiteral("company_tags"), QStringLiteral("company_id"),
                                company.id, company.tags);
        !s)
        return s;
    {
        CustomValues merged = stored->custom;
        merged.insert(company.custom);
        company.customText = CustomFieldRepository::searchText(defs.value(), merged);
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE companies SET name = ?, industry = ?, website = ?, phone = ?, street = ?, "
        "postal_code = ?, city = ?, country = ?, notes = ?, owner = ?, visibility = ?, "
        "status = ?, local_sort_name = ?, local_updated_at = ? WHERE id = ?"));
    for (const QVariant &v :
         {QVariant(company.name), QVariant(company.industry), QVariant(company.website),
          QVariant(company.phone), QVariant(company.street), QVariant(company.postalCode),
          QVariant(company.city), QVariant(company.country), QVariant(company.notes),
          QVariant(company.owner), QVariant(company.visibility),
          QVariant(lifecycleKey(company.status)), QVariant(TextFolder::fold(company.name)),
          QVariant(sql::nowMs()), QVariant(company.id)})
        q.addBindValue(sql::text(v));
    if (!q.exec())
        return sql::error(q, QStringLiteral("saving the company"));
    if (!stored->deleted) {
        if (auto s = SearchIndex::put(db, SearchIndex::Kind::Company, stored->rid,
                                      SearchIndex::companyText(company));
            !s)
            return s;
    }
    if (stored->name != company.name) {
        if (auto s = ContactRepository::refreshCompanyContacts(db, company.id); !s)
            return s;
        if (auto s = DealRepository::refreshCompanyDeals(db, company.id); !s)
            return s;
    }
    return tx.commit();
}

Status CompanyRepository::setDeleted(const QByteArray &id, bool deleted)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto stored = get(id);
    if (!stored)
        return stored.error();
    if (stored->deleted == deleted)
        return {};
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE companies SET deleted = ?, local_updated_at = ? WHERE id = ?"));
    q.addBindValue(deleted ? 1 : 0);
    q.addBindValue(sql::nowMs());
    q.addBindValue(id);
    if (!q.exec())
        return sql::error(q, QStringLiteral("deleting the company"));
    Status s = deleted ? SearchIndex::remove(db, SearchIndex::Kind::Company, stored->rid)
                       : SearchIndex::put(db, SearchIndex::Kind::Company, stored->rid,
                                          SearchIndex::companyText(stored.value()));
    if (!s)
        return s;
    if (auto r = ContactRepository::refreshCompanyContacts(db, id); !r)
        return r;
    if (auto r = DealRepository::refreshCompanyDeals(db, id); !r)
        return r;
    return tx.commit();
}

Status CompanyRepository::remove(const QByteArray &id)
{
    return setDeleted(id, true);
}

Status CompanyRepository::restore(const QByteArray &id)
{
    return setDeleted(id, false);
}

Result<QByteArray> CompanyRepository::findByName(const QString &name) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT id, name FROM companies WHERE deleted = 0 AND local_sort_name = ? "
                       "ORDER BY rid"));
    q.addBindValue(TextFolder::fold(name.trimmed()));
    if (!q.exec())
        return sql::error(q, QStringLiteral("looking up the company"));
    QByteArray folded;
    while (q.next()) {
        // Prefer the exact spelling; otherwise the first one that folds the same.
        if (q.value(1).toString() == name.trimmed())
            return q.value(0).toByteArray();
        if (folded.isEmpty())
            folded = q.value(0).toByteArray();
    }
    return folded;
}

Result<QByteArray> CompanyRepository::findOrCreate(const QString &name)
{
    auto found = findByName(name);
    if (!found || !found->isEmpty())
        return found;
    Company c;
    c.name = name;
    return create(c);
}

Result<QList<Company>> CompanyRepository::list(int limit) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT " + kColumns +
              u" FROM companies WHERE deleted = 0 ORDER BY local_sort_name, rid LIMIT ?");
    q.addBindValue(limit);
    if (!q.exec())
        return sql::error(q, QStringLiteral("listing companies"));
    QList<Company> out;
    while (q.next())
        out << fromRecord(q);
    return out;
}

Result<int> CompanyRepository::count() const
{
    QSqlDatabase db = m_db->connection();
    auto v = sql::scalar(db, QStringLiteral("SELECT count(*) FROM companies WHERE deleted = 0"));
    if (!v)
        return v.error();
    return v->toInt();
}

Status CompanyRepository::refreshDerived(QSqlDatabase &db, const QList<QByteArray> &companyIds)
{
    for (const QByteArray &id : companyIds) {
        if (auto s = refreshDerived(db, id); !s)
            return s;
    }
    return {};
}

Status CompanyRepository::refreshDerived(QSqlDatabase &db, const QByteArray &companyId)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT " + kColumns + u" FROM companies WHERE id = ?");
    q.addBindValue(companyId);
    if (!q.exec())
        return sql::error(q, QStringLiteral("loading the company"));
    if (!q.next())
        return {};
    Company company = fromRecord(q);
    q.finish();
    auto tags =
        TagLinks::load(db, QStringLiteral("company_tags"), QStringLiteral("company_id"), companyId);
    if (!tags)
        return tags.error();
    company.tags = tags.value();
    auto custom =
        CustomFieldRepository::load(db, CustomEntity::Company, companyId, &company.customText);
    if (!custom)
        return custom.error();
    QSqlQuery u(db);
    u.prepare(QStringLiteral(
        "UPDATE companies SET local_sort_name = ?, local_updated_at = ? WHERE id = ?"));
    u.addBindValue(TextFolder::fold(company.name));
    u.addBindValue(sql::nowMs());
    u.addBindValue(companyId);
    if (!u.exec())
        return sql::error(u, QStringLiteral("refreshing the company"));
    Status s = company.deleted ? SearchIndex::remove(db, SearchIndex::Kind::Company, company.rid)
                               : SearchIndex::put(db, SearchIndex::Kind::Company, company.rid,
                                                  SearchIndex::companyText(company));
    if (!s)
        return s;
    if (auto r = ContactRepository::refreshCompanyContacts(db, companyId); !r)
        return r;
    return DealRepository::refreshCompanyDeals(db, companyId);
}

} // namespace crm::core
