// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard benchmark: every key figure, chart and "My day" over N deals (default
// 200,000; open, won and lost over two years), M contacts (default 1,000,000) and K
// activities (default 1,000,000), for each period of the picker, for everyone and for one
// owner. Prints the time to compute them all; not a timed test.
//   bench_dashboard [--deals N] [--contacts M] [--activities K] [--dir PATH] [--db PATH]
#include "dashboard/dashboardservice.h"
#include "domain/pipeline.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace crm::core;
using namespace crm::core::dashboard;

namespace {

bool exec(QSqlDatabase &db, const QString &statement, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(statement);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        std::fprintf(stderr, "bench_dashboard: %s\n", qPrintable(sql::error(q, statement).detail));
        return false;
    }
    return true;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// The median of three runs of `work`, in ms; -1 when it failed.
template <typename F> double median3(F work)
{
    QList<double> times;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        if (!work())
            return -1;
        times << ms(t);
    }
    std::sort(times.begin(), times.end());
    return times[1];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int deals = 200000, contacts = 1000000, activities = 1000000;
    QString dir, existing;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--deals")
            deals = args[i + 1].toInt();
        else if (args[i] == u"--contacts")
            contacts = args[i + 1].toInt();
        else if (args[i] == u"--activities")
            activities = args[i + 1].toInt();
        else if (args[i] == u"--dir")
            dir = args[i + 1];
        else if (args[i] == u"--db")
            existing = args[i + 1];
    }
    QTemporaryDir tmp(dir.isEmpty() ? QDir::tempPath() + u"/bench_dashboard-XXXXXX"
                                    : dir + u"/bench_dashboard-XXXXXX");
    const bool reuse = !existing.isEmpty() && QFile::exists(existing);
    auto opened = Database::open(existing.isEmpty() ? tmp.filePath(u"crm.sqlite"_qs) : existing);
    if (!opened) {
        std::fprintf(stderr, "bench_dashboard: %s\n", qPrintable(opened.error().detail));
        return 1;
    }
    DatabasePtr db = opened.value();
    QSqlDatabase c = db->connection();
    db->setApplyingRemote(c, true); // generated data needs no change log

    // Two years of history up to now: n spreads creation times evenly over it.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 span = 2LL * 365 * 24 * 3600 * 1000;
    QElapsedTimer gen;
    gen.start();
    if (!reuse) {
        Transaction tx(c);
        QStringList stages;
        for (int i = 0; i < 6; ++i)
            stages << QStringLiteral("WHEN %1 THEN x'%2'")
                          .arg(i)
                          .arg(QString::fromLatin1(DefaultPipeline::stageId(i).toHex()));
        // A deal in six: won, lost or open in one of four stages; closed 5–120 days after
        // it was created.
        if (!exec(c,
                  QStringLiteral(
                      "WITH RECURSIVE p(total, base, step) AS (SELECT ?, ?, ?), seq(n) AS (SELECT 0"
                      " UNION ALL SELECT n + 1 FROM seq, p WHERE n + 1 < total) INSERT INTO "
                      "deals(id, title, amount, currency, stage_id,"
                      " company_id, owner, created_at, local_stage_since, won_at, lost_at)"
                      " SELECT randomblob(16), 'Deal ' || n, (abs(random()) % 5000000) + 10000,"
                      " CASE n % 10 WHEN 0 THEN 'USD' WHEN 1 THEN 'PLN' ELSE 'EUR' END, CASE"
                      " n % 6 %1 END, randomblob(16), 'user' || (n % 20), base + n * step,"
                      " base + n * step, CASE n % 6 WHEN 4 THEN base + n * step + (5 +"
                      " n % 115) * 86400000 ELSE 0 END, CASE n % 6 WHEN 5 THEN base + n * step"
                      " + (5 + n % 115) * 86400000 ELSE 0 END FROM seq, p")
                      .arg(stages.join(u' ')),
                  {deals, now - span, span / std::max(1, deals)}) ||
            !exec(c, u"UPDATE deals SET local_pipeline_id = s.pipeline_id, local_outcome ="
                     " s.outcome, local_probability = s.probability, local_weighted ="
                     " deals.amount * s.probability / 100 FROM stages s WHERE s.id ="
                     " deals.stage_id"_qs) ||
            !exec(c,
                  u"WITH RECURSIVE p(total, base, step) AS (SELECT ?, ?, ?), seq(n) AS (SELECT 0"
                  " UNION ALL SELECT n + 1 FROM seq, p WHERE n + 1 < total) INSERT INTO "
                  "contacts(id, first_name, last_name, status, owner,"
                  " local_sort_name, created_at) SELECT randomblob(16), 'Jānis' || n, 'Bērziņš',"
                  " CASE n % 4 WHEN 0 THEN 'customer' ELSE 'lead' END, 'user' || (n % 20),"
                  " 'berzins' || n, base + n * step FROM seq, p"_qs,
                  {contacts, now - span, span / std::max(1, contacts)}) ||
            // Activities: 5 in 6 done (at their time), the rest open tasks due around now.
            !exec(c,
                  u"WITH RECURSIVE p(total, base, step) AS (SELECT ?, ?, ?), seq(n) AS (SELECT 0"
                  " UNION ALL SELECT n + 1 FROM seq, p WHERE n + 1 < total) INSERT INTO "
                  "activities(id, kind, subject, owner, due_at, done,"
                  " done_at, deal_id, created_at) SELECT randomblob(16), CASE n % 5 WHEN 0 THEN"
                  " 'call' WHEN 1 THEN 'meeting' WHEN 2 THEN 'email' WHEN 3 THEN 'note' ELSE"
                  " 'task' END, 'Activity ' || n, 'user' || (n % 20), base + n * step, n % 6"
                  " <> 0, CASE WHEN n % 6 <> 0 THEN base + n * step END, NULL, base + n *"
                  " step FROM seq, p"_qs,
                  {activities, now - span, span / std::max(1, activities)}) ||
            !tx.commit())
            return 1;
        exec(c, u"ANALYZE"_qs);
        std::printf(
            "bench_dashboard: generated %d deals, %d contacts and %d activities in %.1f s\n", deals,
            contacts, activities, ms(gen) / 1000);
    }

    DashboardService service(db);
    std::printf("%-52s %10s %10s\n", "all figures and charts (median of 3)", "everyone", "user7");
    for (const QString &period : DashboardPeriod::presets()) {
        double times[2];
        for (int i = 0; i < 2; ++i) {
            DashboardService::Options o;
            o.period = period;
            o.owner = i == 0 ? QString() : u"user7"_qs;
            times[i] = median3([&] {
                auto f = service.figures(o);
                if (!f)
                    std::fprintf(stderr, "bench_dashboard: %s\n", qPrintable(f.error().detail));
                return f.ok();
            });
        }
        std::printf("%-52s %7.0f ms %7.0f ms\n", qPrintable(u"  " + period), times[0], times[1]);
    }
    double day[2];
    for (int i = 0; i < 2; ++i) {
        DashboardService::Options o;
        o.owner = i == 0 ? QString() : u"user7"_qs;
        day[i] = median3([&] {
            auto d = service.myDay(o);
            if (!d)
                std::fprintf(stderr, "bench_dashboard: %s\n", qPrintable(d.error().detail));
            return d.ok();
        });
    }
    std::printf("%-52s %7.0f ms %7.0f ms\n", "My day (overdue, today, reminders, stale deals)",
                day[0], day[1]);
    const double owners = median3([&] { return service.owners().ok(); });
    std::printf("%-52s %7.0f ms\n", "the owners of the picker", owners);
    return 0;
}
