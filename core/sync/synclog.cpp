// SPDX-License-Identifier: GPL-3.0-or-later
#include "synclog.h"

#include "storage/sql.h"
#include "storage/sqlvalue.h"
#include "storage/transaction.h"

#include <QSqlQuery>

namespace crm::core::sync {

namespace {

const QString kColumns = QStringLiteral(
    "id, started_at, finished_at, repeats, server, outcome, pushed, duplicates, rejected, "
    "pulled, applied, conflicts, message");

SyncLogEntry::Outcome outcomeFromKey(const QString &key)
{
    if (key == u"offline")
        return SyncLogEntry::Outcome::Offline;
    if (key == u"signed_out")
        return SyncLogEntry::Outcome::SignedOut;
    if (key == u"failed")
        return SyncLogEntry::Outcome::Failed;
    return SyncLogEntry::Outcome::Ok;
}

SyncLogEntry entryOf(const QSqlQuery &q)
{
    SyncLogEntry e;
    e.id = q.value(0).toLongLong();
    e.startedAt = q.value(1).toLongLong();
    e.finishedAt = q.value(2).toLongLong();
    e.repeats = q.value(3).toInt();
    e.server = q.value(4).toString();
    e.outcome = outcomeFromKey(q.value(5).toString());
    e.report.pushed = q.value(6).toInt();
    e.report.duplicates = q.value(7).toInt();
    e.report.rejected = q.value(8).toInt();
    e.report.pulled = q.value(9).toInt();
    e.report.applied = q.value(10).toInt();
    e.report.conflicts = q.value(11).toInt();
    e.message = q.value(12).toString();
    return e;
}

// Two runs alike enough for one line: same server and outcome, nothing moved, same message.
bool alike(const SyncLogEntry &a, const SyncLogEntry &b)
{
    return a.server == b.server && a.outcome == b.outcome && a.isIdle() && b.isIdle() &&
           a.message == b.message;
}

} // namespace

bool SyncLogEntry::isIdle() const
{
    return report.pushed == 0 && report.duplicates == 0 && report.rejected == 0 &&
           report.pulled == 0 && report.conflicts == 0;
}

SyncLog::SyncLog(DatabasePtr db)
    : m_db(std::move(db))
{}

QString SyncLog::outcomeKey(SyncLogEntry::Outcome outcome)
{
    switch (outcome) {
    case SyncLogEntry::Outcome::Ok:
        return QStringLiteral("ok");
    case SyncLogEntry::Outcome::Offline:
        return QStringLiteral("offline");
    case SyncLogEntry::Outcome::SignedOut:
        return QStringLiteral("signed_out");
    case SyncLogEntry::Outcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

SyncLogEntry::Outcome SyncLog::outcomeOf(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Io:
        return SyncLogEntry::Outcome::Offline;
    case ErrorCode::Unauthorized:
    case ErrorCode::Forbidden:
        return SyncLogEntry::Outcome::SignedOut;
    default:
        return SyncLogEntry::Outcome::Failed;
    }
}

Status SyncLog::record(qint64 startedAt, const QString &server, const Result<SyncReport> &result)
{
    SyncLogEntry run;
    run.startedAt = startedAt;
    run.finishedAt = std::max(startedAt, sql::nowMs());
    run.server = server;
    if (result) {
        run.report = result.value();
        run.outcome = SyncLogEntry::Outcome::Ok;
        run.message = run.report.rejections.join(u'\n');
    } else {
        run.outcome = outcomeOf(result.error());
        run.message = result.error().detail;
    }
    return record(run);
}

Status SyncLog::record(const SyncLogEntry &run)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(db);
    q.prepare(u"SELECT " + kColumns + u" FROM sync_log ORDER BY id DESC LIMIT 1");
    if (!q.exec())
        return sql::error(q, QStringLiteral("reading the sync log"));
    if (q.next()) {
        const SyncLogEntry newest = entryOf(q);
        if (alike(newest, run)) {
            q.prepare(QStringLiteral(
                "UPDATE sync_log SET finished_at = ?, repeats = repeats + 1 WHERE id = ?"));
            q.addBindValue(run.finishedAt);
            q.addBindValue(newest.id);
            if (auto s = sql::run(q, QStringLiteral("updating the sync log")); !s)
                return s;
            return tx.commit();
        }
    }
    q.prepare(QStringLiteral(
        "INSERT INTO sync_log(started_at, finished_at, repeats, server, outcome, pushed, "
        "duplicates, rejected, pulled, applied, conflicts, message) VALUES (?, ?, ?, ?, ?, ?, "
        "?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(run.startedAt), QVariant(run.finishedAt), QVariant(std::max(1, run.repeats)),
          QVariant(run.server), QVariant(outcomeKey(run.outcome)), QVariant(run.report.pushed),
          QVariant(run.report.duplicates), QVariant(run.report.rejected),
          QVariant(run.report.pulled), QVariant(run.report.applied), QVariant(run.report.conflicts),
          QVariant(run.message)})
        q.addBindValue(sql::text(v));
    if (auto s = sql::run(q, QStringLiteral("writing the sync log")); !s)
        return s;
    q.prepare(QStringLiteral("DELETE FROM sync_log WHERE id <= (SELECT id FROM sync_log ORDER "
                             "BY id DESC LIMIT 1 OFFSET ?)"));
    q.addBindValue(Kept);
    if (auto s = sql::run(q, QStringLiteral("trimming the sync log")); !s)
        return s;
    return tx.commit();
}

Result<QList<SyncLogEntry>> SyncLog::recent(int limit) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.prepare(u"SELECT " + kColumns + u" FROM sync_log ORDER BY id DESC LIMIT ?");
    q.addBindValue(std::max(0, limit));
    if (!q.exec())
        return sql::error(q, QStringLiteral("reading the sync log"));
    QList<SyncLogEntry> out;
    while (q.next())
        out << entryOf(q);
    return out;
}

Status SyncLog::clear()
{
    QSqlDatabase db = m_db->connection();
    return sql::exec(db, QStringLiteral("DELETE FROM sync_log"));
}

} // namespace crm::core::sync
