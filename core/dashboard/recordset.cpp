// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordset.h"

#include "domain/activity.h"
#include "domain/money.h"
#include "domain/pipeline.h"
#include "storage/sql.h"

#include <QLocale>
#include <QSqlQuery>
#include <QTimeZone>

namespace crm::core::dashboard::RecordSets {

namespace {

QString table(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Contact:
        return QStringLiteral("contacts");
    case RecordKind::Company:
        return QStringLiteral("companies");
    case RecordKind::Deal:
        return QStringLiteral("deals");
    case RecordKind::Activity:
        break;
    }
    return QStringLiteral("activities");
}

// id, rid, then three columns rowFrom() reads per kind.
QString columns(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Contact:
        return QStringLiteral("t.id, t.rid, trim(t.first_name || ' ' || t.last_name),"
                              " t.local_company_name, t.created_at, t.local_email");
    case RecordKind::Company:
        return QStringLiteral("t.id, t.rid, t.name, t.city, t.created_at, t.industry");
    case RecordKind::Deal:
        return QStringLiteral("t.id, t.rid, t.title, t.local_company_name, t.amount, t.currency,"
                              " t.stage_id, (SELECT s.name FROM stages s WHERE s.id = t.stage_id)");
    case RecordKind::Activity:
        break;
    }
    return QStringLiteral("t.id, t.rid, t.subject, t.kind, COALESCE(t.done_at, t.due_at,"
                          " t.start_at, t.created_at), t.done");
}

QString when(qint64 ms, const QLocale &locale)
{
    static const QTimeZone zone = QTimeZone::systemTimeZone();
    return ms > 0 ? locale.toString(QDateTime::fromMSecsSinceEpoch(ms, zone).date(),
                                    QLocale::ShortFormat)
                  : QString();
}

RecordRow rowFrom(RecordKind kind, const QSqlQuery &q, const QLocale &locale)
{
    RecordRow r;
    r.id = q.value(0).toByteArray();
    r.rid = q.value(1).toLongLong();
    r.title = q.value(2).toString();
    switch (kind) {
    case RecordKind::Contact: {
        QStringList parts{q.value(3).toString(), q.value(5).toString()};
        parts.removeAll(QString());
        r.detail = parts.join(u" · "_qs);
        r.value = when(q.value(4).toLongLong(), locale);
        break;
    }
    case RecordKind::Company: {
        QStringList parts{q.value(3).toString(), q.value(5).toString()};
        parts.removeAll(QString());
        r.detail = parts.join(u" · "_qs);
        r.value = when(q.value(4).toLongLong(), locale);
        break;
    }
    case RecordKind::Deal: {
        Stage stage;
        stage.id = q.value(6).toByteArray();
        stage.name = q.value(7).toString();
        QStringList parts{q.value(3).toString(), stage.displayName()};
        parts.removeAll(QString());
        r.detail = parts.join(u" · "_qs);
        r.value = Money::format(q.value(4).toLongLong(), q.value(5).toString(), locale);
        break;
    }
    case RecordKind::Activity: {
        const auto kindOf = Activity::kindFromKey(q.value(3).toString());
        r.detail = kindOf ? Activity::kindLabel(*kindOf) : q.value(3).toString();
        r.value = when(q.value(4).toLongLong(), locale);
        break;
    }
    }
    return r;
}

Result<QSqlQuery> run(const DatabasePtr &db, const QString &statement, const QVariantList &binds)
{
    QSqlDatabase c = db->connection();
    QSqlQuery q(c);
    q.setForwardOnly(true);
    q.prepare(statement);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return sql::error(q, QStringLiteral("reading the records behind a figure"));
    return q;
}

} // namespace

Result<qint64> count(const DatabasePtr &db, const RecordSet &set)
{
    if (!set.isValid())
        return qint64(0);
    auto q = run(db, u"SELECT count(*) FROM " + table(set.kind) + u" t WHERE " + set.condition,
                 set.binds);
    if (!q)
        return q.error();
    QSqlQuery &query = q.value();
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<QList<RecordRow>> page(const DatabasePtr &db, const RecordSet &set, qint64 beforeRid,
                              int limit)
{
    if (!set.isValid())
        return QList<RecordRow>();
    QVariantList binds = set.binds;
    QString keyset;
    if (beforeRid > 0) {
        keyset = QStringLiteral(" AND t.rid < ?");
        binds << beforeRid;
    }
    binds << limit;
    auto q = run(db,
                 u"SELECT " + columns(set.kind) + u" FROM " + table(set.kind) + u" t WHERE (" +
                     set.condition + u")" + keyset + u" ORDER BY t.rid DESC LIMIT ?",
                 binds);
    if (!q)
        return q.error();
    const QLocale locale;
    QList<RecordRow> out;
    QSqlQuery &query = q.value();
    while (query.next())
        out << rowFrom(set.kind, query, locale);
    return out;
}

} // namespace crm::core::dashboard::RecordSets
