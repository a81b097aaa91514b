// SPDX-License-Identifier: GPL-3.0-or-later
// The agenda benchmark of issue 4: with N activities (default 2,000,000) spread over five
// years — finished calls, notes and tasks, open tasks, meetings — how long the agenda takes
// to open (overdue, today, this week: the first page of AgendaModel on a fresh connection),
// to fetch the next page, and how long the reminder engine needs for dueNow() and
// nextDue(). Target: the agenda opens in ≤ 200 ms. Prints the query plans too.
// The rows are written as a sync applies them (capture off) to keep the set-up short; the
// agenda reads the same table either way. Not a test; not run by ctest.
//   bench_activities [--count N] [--dir PATH]
#include "common/uuid.h"
#include "models/agendamodel.h"
#include "reminders/reminderengine.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include "benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <random>
#include <time.h>

using namespace crm::core;

namespace {

using crm::bench::threadCpuMs;

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void plan(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.exec(u"EXPLAIN QUERY PLAN " + sql);
    while (q.next())
        std::printf("    plan: %s\n", qPrintable(q.value(3).toString()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int count = 2000000;
    QString dirPath;
    const bool existing = args.contains(u"--existing"_qs); // reuse the file of an earlier run
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--count")
            count = args[i + 1].toInt();
        if (args[i] == u"--dir")
            dirPath = args[i + 1];
    }
    QTemporaryDir tmp;
    const QString path = (dirPath.isEmpty() ? tmp.path() : dirPath) + u"/bench-activities.sqlite";
    if (!existing)
        QFile::remove(path);
    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().detail));
        return 1;
    }
    DatabasePtr db = opened.value();
    const QDateTime now = QDateTime::fromString(u"2026-03-04T08:00:00Z"_qs, Qt::ISODate);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 day = 24LL * 3600 * 1000;
    const QTimeZone riga("Europe/Riga");

    // ---- data: five years around now, mostly history.
    QElapsedTimer t;
    t.start();
    if (!existing) {
        QSqlDatabase c = db->connection();
        db->setApplyingRemote(c, true);
        std::mt19937 rng(2026);
        std::uniform_int_distribution<qint64> past(nowMs - 4 * 365 * day, nowMs);
        std::uniform_int_distribution<qint64> future(nowMs, nowMs + 365 * day);
        std::uniform_int_distribution<int> pick(0, 99);
        QSqlQuery q(c);
        q.prepare(u"INSERT INTO activities(id, kind, subject, start_at, end_at, due_at, done, "
                  u"reminder_minutes, time_zone, created_at, local_updated_at) VALUES (?, ?, ?, "
                  u"?, ?, ?, ?, ?, 'Europe/Riga', ?, ?)"_qs);
        int written = 0;
        while (written < count) {
            Transaction tx(c);
            for (int i = 0; i < 50000 && written < count; ++i, ++written) {
                const int p = pick(rng);
                QString kind;
                QVariant start, end, due, reminder;
                int done = 1;
                const qint64 when = p < 90 ? past(rng) : future(rng);
                if (p < 30) { // calls logged
                    kind = u"call"_qs;
                    start = when;
                } else if (p < 50) { // notes and e-mails: no time
                    kind = p < 40 ? u"note"_qs : u"email"_qs;
                } else if (p < 75) { // tasks, finished (except recent ones, left open)
                    kind = u"task"_qs;
                    due = when;
                    done = (p < 73 || when > nowMs) ? 1 : 0;
                } else { // meetings and visits
                    kind = p % 2 ? u"meeting"_qs : u"visit"_qs;
                    start = when;
                    end = when + 3600000;
                    reminder = 15;
                }
                if (p >= 90 && kind == u"task")
                    done = 0;
                q.addBindValue(Uuid::createV7());
                q.addBindValue(kind);
                q.addBindValue(u"Activity %1"_qs.arg(written));
                for (const QVariant &v : {start, end, due})
                    q.addBindValue(v.isValid() ? v : QVariant(QMetaType::fromType<qint64>()));
                q.addBindValue(done);
                q.addBindValue(reminder.isValid() ? reminder
                                                  : QVariant(QMetaType::fromType<int>()));
                q.addBindValue(when);
                q.addBindValue(when);
                if (!q.exec()) {
                    std::fprintf(stderr, "insert failed\n");
                    return 1;
                }
            }
            if (!tx.commit())
                return 1;
        }
        db->setApplyingRemote(c, false);
        if (!sql::exec(c, u"PRAGMA wal_checkpoint(TRUNCATE)"_qs) || !sql::exec(c, u"ANALYZE"_qs))
            return 1;
    }
    if (existing)
        std::printf("activities: the existing file %s, %.0f MB\n", qPrintable(path),
                    double(QFileInfo(path).size()) / 1e6);
    else
        std::printf("activities: %d written in %.1f s; file %.0f MB\n", count, msSince(t) / 1000,
                    double(QFileInfo(path).size()) / 1e6);
    {
        QSqlDatabase c = db->connection();
        const auto count1 = sql::scalar(c,
                                        u"SELECT count(*) FROM activities WHERE "
                                        u"local_open_due < ?"_qs,
                                        {nowMs});
        std::printf("  overdue open tasks: %lld\n", count1 ? count1->toLongLong() : -1);
        plan(c, u"SELECT rid FROM activities a WHERE a.local_open_due >= 0 AND "
                u"a.local_open_due < 1 ORDER BY a.local_open_due, a.rid LIMIT 200"_qs);
        plan(c, u"SELECT rid FROM activities a WHERE a.local_when >= 0 AND a.local_when < 1 "
                u"AND (a.local_when, a.rid) > (0, 0) ORDER BY a.local_when, a.rid LIMIT 200"_qs);
        plan(c, u"SELECT MIN(local_remind_at) FROM activities WHERE local_remind_at > 0"_qs);
    }

    // ---- the agenda: a fresh connection on a fresh thread-less open each time.
    std::printf("\n%-16s %10s %12s %10s %8s\n", "agenda", "open ms", "open CPU ms", "next ms",
                "rows");
    const struct
    {
        AgendaModel::Range range;
        const char *name;
    } ranges[] = {{AgendaModel::Range::Overdue, "overdue"},
                  {AgendaModel::Range::Today, "today"},
                  {AgendaModel::Range::Week, "this week"}};
    double worst = 0;
    for (const auto &r : ranges) {
        db->closeConnection();
        QElapsedTimer open;
        open.start();
        const double cpu0 = threadCpuMs();
        AgendaModel model(db);
        model.setClock([now] { return now; }, riga);
        model.setRange(r.range);
        // What a view shows first: the data of the visible rows.
        for (int row = 0; row < std::min(40, model.rowCount()); ++row)
            model.index(row, AgendaModel::When).data();
        const double openMs = msSince(open);
        const double openCpuMs = threadCpuMs() - cpu0;
        QElapsedTimer next;
        next.start();
        if (model.canFetchMore({}))
            model.fetchMore({});
        const double nextMs = msSince(next);
        worst = std::max(worst, openMs);
        std::printf("%-16s %10.1f %12.1f %10.1f %8d\n", r.name, openMs, openCpuMs, nextMs,
                    model.rowCount());
    }
    std::printf("agenda opens in %.1f ms at worst (target ≤ 200 ms): %s\n", worst,
                worst <= 200 ? "met" : "NOT met");

    ReminderEngine engine(
        db, [now] { return now; }, riga);
    QElapsedTimer rt;
    rt.start();
    auto due = engine.dueNow();
    const double dueMs = msSince(rt);
    rt.restart();
    auto next = engine.nextDue();
    const double nextMs = msSince(rt);
    std::printf("reminders: dueNow %.1f ms (%lld due), nextDue %.1f ms\n", dueMs,
                due ? qint64(due->size()) : -1LL, nextMs);
    return 0;
}
