// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchservice.h"

#include "storage/ridset.h"
#include "storage/sql.h"
#include "storage/sqlitestatement.h"

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
    sqlite3 *handle = SqliteStatement::handleOf(db);
    // As the list model does: the matches read once into memory; few are looked up by rid and
    // sorted ("+" keeps SQLite off the sort index), many lie densely along the name index, so
    // walking it and testing each row against the set finds the first `limit` live ones soon
    // (where "rid IN (SELECT …)" would first build a temporary index of all of them).
    RidSet matches;
    if (auto s = SearchIndex::forEachMatch(handle, QStringLiteral("contacts_fts"), match,
                                           [&](qint64 rid) { matches.insert(rid); });
        !s)
        return s.error();
    const bool few = matches.size() <= 4000;
    SqliteStatement q;
    if (auto s = q.prepare(
            handle,
            QStringLiteral("SELECT c.id, c.first_name, c.last_name, c.local_company_name FROM "
                           "contacts c WHERE %1 ORDER BY %2c.local_sort_name, c.rid LIMIT ?2")
                .arg(few ? QStringLiteral("+c.deleted = 0 AND c.rid IN (SELECT rowid FROM "
                                          "contacts_fts WHERE contacts_fts MATCH ?1)")
                         : QStringLiteral("c.deleted = 0 AND crm_rid_in(c.rid, ?1)"),
                     few ? QStringLiteral("+") : QString()));
        !s)
        return s.error();
    if (few)
        q.bindText(1, match);
    else
        q.bindRidSet(1, &matches);
    q.bindInt(2, limit);
    for (;;) {
        auto row = q.next(QStringLiteral("searching contacts"));
        if (!row)
            return row.error();
        if (!row.value())
            break;
        SearchHit h;
        h.kind = SearchIndex::Kind::Contact;
        h.id = q.columnBlob(0);
        const QString first = q.columnText(1);
        const QString last = q.columnText(2);
        h.displayName = first.isEmpty() ? last : last.isEmpty() ? first : first + u' ' + last;
        h.company = q.columnText(3);
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
