// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchservice.h"

#include "storage/sql.h"

#include <QSqlQuery>

namespace crm::core {

SearchService::SearchService(DatabasePtr db)
    : m_db(std::move(db))
{}

Result<QList<SearchHit>> SearchService::search(const QString &query, int limit) const
{
    QList<SearchHit> hits;
    const QString match = SearchIndex::matchExpression(query);
    if (match.isEmpty())
        return hits;
    QSqlDatabase db = m_db->connection();
    // As the list model does: few matches are looked up by rid and sorted ("+" keeps SQLite
    // off the sort index); many lie densely along the name index, so walking it finds the
    // first `limit` live ones soon. Either plan alone is slow for the other case.
    auto matches = sql::scalar(
        db, QStringLiteral("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH ?"),
        {match});
    if (!matches)
        return matches.error();
    const bool few = matches->toInt() <= 4000;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT c.id, c.first_name, c.last_name, c.local_company_name FROM contacts c "
                  "WHERE %1c.deleted = 0 AND c.rid IN (SELECT rowid FROM contacts_fts WHERE "
                  "contacts_fts MATCH ?) ORDER BY %1c.local_sort_name, c.rid LIMIT ?")
                  .arg(few ? QStringLiteral("+") : QString()));
    q.addBindValue(match);
    q.addBindValue(limit);
    if (!q.exec())
        return sql::error(q, QStringLiteral("searching contacts"));
    while (q.next()) {
        SearchHit h;
        h.kind = SearchIndex::Kind::Contact;
        h.id = q.value(0).toByteArray();
        const QString first = q.value(1).toString();
        const QString last = q.value(2).toString();
        h.displayName = first.isEmpty() ? last : last.isEmpty() ? first : first + u' ' + last;
        h.company = q.value(3).toString();
        hits << h;
    }
    QSqlQuery emails(db);
    emails.prepare(QStringLiteral(
        "SELECT email FROM contact_emails WHERE contact_id = ? AND deleted = 0 ORDER BY position"));
    QSqlQuery phones(db);
    phones.prepare(QStringLiteral(
        "SELECT phone FROM contact_phones WHERE contact_id = ? AND deleted = 0 ORDER BY position"));
    for (SearchHit &h : hits) {
        emails.addBindValue(h.id);
        if (emails.exec()) {
            while (emails.next())
                h.emails << emails.value(0).toString();
        }
        phones.addBindValue(h.id);
        if (phones.exec()) {
            while (phones.next())
                h.phones << phones.value(0).toString();
        }
    }

    QSqlQuery c(db);
    c.setForwardOnly(true);
    c.prepare(QStringLiteral("SELECT id, name, phone FROM companies WHERE deleted = 0 AND rid IN "
                             "(SELECT rowid FROM companies_fts WHERE companies_fts MATCH ?) ORDER "
                             "BY local_sort_name, rid LIMIT ?"));
    c.addBindValue(match);
    c.addBindValue(limit);
    if (!c.exec())
        return sql::error(c, QStringLiteral("searching companies"));
    while (c.next()) {
        SearchHit h;
        h.kind = SearchIndex::Kind::Company;
        h.id = c.value(0).toByteArray();
        h.displayName = c.value(1).toString();
        if (!c.value(2).toString().isEmpty())
            h.phones << c.value(2).toString();
        hits << h;
    }
    return hits;
}

static Result<int> countIn(QSqlDatabase db, const QString &table, const QString &query)
{
    const QString match = SearchIndex::matchExpression(query);
    if (match.isEmpty())
        return 0;
    auto v = sql::scalar(
        db, u"SELECT count(*) FROM " + table + u"_fts WHERE " + table + u"_fts MATCH ?", {match});
    if (!v)
        return v.error();
    return v->toInt();
}

Result<int> SearchService::countContacts(const QString &query) const
{
    return countIn(m_db->connection(), QStringLiteral("contacts"), query);
}

Result<int> SearchService::countCompanies(const QString &query) const
{
    return countIn(m_db->connection(), QStringLiteral("companies"), query);
}

} // namespace crm::core
