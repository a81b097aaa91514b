// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagrepository.h"

#include "search/textfolder.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace crm::core {

namespace {

// The link tables and the column naming their record.
const std::pair<const char *, const char *> kLinks[] = {
    {"contact_tags", "contact_id"}, {"company_tags", "company_id"}, {"deal_tags", "deal_id"}};

Status run(QSqlDatabase &db, const QString &statement, const QVariantList &binds,
           const QString &what)
{
    QSqlQuery q(db);
    q.prepare(statement);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return sql::run(q, what);
}

// The search entries of the contacts and companies with these tags hold the tags' names.
Status refreshContacts(QSqlDatabase &db, const QList<QByteArray> &tagIds)
{
    QList<QByteArray> records[2];
    const char *tables[2][2] = {{"contact_tags", "contact_id"}, {"company_tags", "company_id"}};
    for (int i = 0; i < 2; ++i) {
        QSqlQuery q(db);
        q.prepare(u"SELECT DISTINCT " + QLatin1StringView(tables[i][1]) + u" FROM " +
                  QLatin1StringView(tables[i][0]) + u" WHERE tag_id = ?");
        for (const QByteArray &tag : tagIds) {
            q.addBindValue(tag);
            if (!q.exec())
                return sql::error(q, QStringLiteral("finding tagged records"));
            while (q.next())
                records[i] << q.value(0).toByteArray();
        }
    }
    if (auto s = ContactRepository::refreshDerived(db, records[0]); !s)
        return s;
    return CompanyRepository::refreshDerived(db, records[1]);
}

} // namespace

TagRepository::TagRepository(DatabasePtr db)
    : m_db(std::move(db))
{}

QStringList TagRepository::palette()
{
    return {QStringLiteral("#d32f2f"), QStringLiteral("#f57c00"), QStringLiteral("#fbc02d"),
            QStringLiteral("#388e3c"), QStringLiteral("#00897b"), QStringLiteral("#1976d2"),
            QStringLiteral("#5e35b1"), QStringLiteral("#c2185b"), QStringLiteral("#6d4c41"),
            QStringLiteral("#546e7a")};
}

Result<QList<TagInfo>> TagRepository::list() const
{
    QSqlDatabase db = m_db->connection();
    QString uses;
    for (const auto &[table, column] : kLinks) {
        Q_UNUSED(column)
        uses += u" + (SELECT count(*) FROM " + QLatin1StringView(table) +
                u" l WHERE l.tag_id = t.id AND l.deleted = 0)";
    }
    QSqlQuery q(db);
    if (!q.exec(u"SELECT t.id, t.name, t.color, 0" + uses +
                u" FROM tags t WHERE t.deleted = 0 ORDER BY t.local_key, t.id"))
        return sql::error(q, QStringLiteral("listing tags"));
    QList<TagInfo> out;
    while (q.next())
        out << TagInfo{q.value(0).toByteArray(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toInt()};
    return out;
}

Result<QHash<QString, QString>> TagRepository::colors() const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    if (!q.exec(
            QStringLiteral("SELECT local_key, color FROM tags WHERE deleted = 0 AND color <> ''")))
        return sql::error(q, QStringLiteral("reading tag colours"));
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

Status TagRepository::rename(const QByteArray &id, const QString &name)
{
    const QString n = name.simplified();
    if (n.isEmpty())
        return Error{ErrorCode::Invalid, tr("a tag needs a name"), QStringLiteral("name")};
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    const QString key = TextFolder::fold(n);
    auto other = sql::scalar(
        db, QStringLiteral("SELECT name FROM tags WHERE local_key = ? AND deleted = 0 AND id <> ?"),
        {key, id});
    if (!other)
        return other.error();
    if (other->isValid())
        return Error{
            ErrorCode::Invalid,
            tr("there is a tag “%1” already; merge the two instead").arg(other->toString()),
            QStringLiteral("name")};
    if (auto s = run(db, QStringLiteral("UPDATE tags SET name = ?, local_key = ? WHERE id = ?"),
                     {n, key, id}, QStringLiteral("renaming a tag"));
        !s)
        return s;
    if (auto s = refreshContacts(db, {id}); !s)
        return s;
    return tx.commit();
}

Status TagRepository::setColor(const QByteArray &id, const QString &color)
{
    static const QRegularExpression re(QStringLiteral("^(#[0-9a-f]{6})?$"));
    const QString c = color.trimmed().toLower();
    if (!re.match(c).hasMatch())
        return Error{ErrorCode::Invalid, tr("“%1” is not a colour like #1976d2").arg(color),
                     QStringLiteral("color")};
    QSqlDatabase db = m_db->connection();
    return run(db, QStringLiteral("UPDATE tags SET color = ? WHERE id = ?"), {c, id},
               QStringLiteral("colouring a tag"));
}

Status TagRepository::merge(const QByteArray &from, const QByteArray &into)
{
    if (from == into)
        return {};
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    for (const auto &[table, column] : kLinks) {
        const QString t = QLatin1StringView(table), c = QLatin1StringView(column);
        // A record tagged with both keeps the link it had to `into`.
        if (auto s =
                run(db,
                    u"UPDATE " + t + u" SET deleted = 1 WHERE tag_id = ? AND deleted = 0 AND " + c +
                        u" IN (SELECT " + c + u" FROM " + t + u" WHERE tag_id = ? AND deleted = 0)",
                    {from, into}, QStringLiteral("merging tags"));
            !s)
            return s;
        if (auto s = run(db, u"UPDATE " + t + u" SET tag_id = ? WHERE tag_id = ? AND deleted = 0",
                         {into, from}, QStringLiteral("merging tags"));
            !s)
            return s;
    }
    if (auto s = run(db, QStringLiteral("UPDATE tags SET deleted = 1 WHERE id = ?"), {from},
                     QStringLiteral("merging tags"));
        !s)
        return s;
    if (auto s = refreshContacts(db, {into}); !s)
        return s;
    return tx.commit();
}

Status TagRepository::remove(const QByteArray &id)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    for (const auto &[table, column] : kLinks) {
        Q_UNUSED(column)
        if (auto s = run(db,
                         u"UPDATE " + QLatin1StringView(table) +
                             u" SET deleted = 1 WHERE tag_id = ? AND deleted = 0",
                         {id}, QStringLiteral("deleting a tag"));
            !s)
            return s;
    }
    if (auto s = run(db, QStringLiteral("UPDATE tags SET deleted = 1 WHERE id = ?"), {id},
                     QStringLiteral("deleting a tag"));
        !s)
        return s;
    if (auto s = refreshContacts(db, {id}); !s)
        return s;
    return tx.commit();
}

} // namespace crm::core
