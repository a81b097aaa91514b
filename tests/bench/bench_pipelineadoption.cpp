// SPDX-License-Identifier: GPL-3.0-or-later
// What moving the default pipeline to the team costs (PipelineRepository::adoptTeam, run on
// the sync thread at sign-in and before each sync) on a laptop with N deals (default
// 200,000) in the team-less seeded stages, each with a stage history row:
//  - "offline": nothing pushed yet (worked, or demo data made, before the first sign-in):
//    the outbox is rewritten, nothing new is captured;
//  - "pushed": the server has every deal under the team-less ids (an earlier version's
//    laptop): one captured edit per deal.
// Prints wall and CPU time, the captured entries added and the longest transaction (a
// batch of deals). Not a timed test.
//   bench_pipelineadoption [--deals N] [--batch N] [--dir PATH]
#include "benchsupport.h"
#include "services/pipelinerepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace crm::core;

namespace {

bool run(QSqlDatabase &db, const QString &statement, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    q.prepare(statement);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        std::fprintf(stderr, "bench_pipelineadoption: %s\n",
                     qPrintable(sql::error(q, statement).detail));
        return false;
    }
    return true;
}

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

qint64 count(QSqlDatabase &db, const QString &statement)
{
    auto v = sql::scalar(db, statement);
    return v ? v->toLongLong() : -1;
}

// A fresh laptop file with `deals` deals in the four open seeded stages, written through the
// capture triggers (so the outbox holds them as the app would have), each with its first
// stage in the history.
DatabasePtr make(const QString &path, int deals)
{
    QFile::remove(path);
    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "bench_pipelineadoption: %s\n", qPrintable(opened.error().detail));
        return {};
    }
    DatabasePtr db = opened.value();
    QSqlDatabase c = db->connection();
    Transaction tx(c);
    QStringList cases;
    for (int i = 0; i < 4; ++i)
        cases << QStringLiteral("WHEN %1 THEN x'%2'")
                     .arg(i)
                     .arg(QString::fromLatin1(DefaultPipeline::stageId(i).toHex()));
    if (!run(c,
             QStringLiteral(
                 "WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n + 1 "
                 "< ?) INSERT INTO deals(id, title, amount, currency, stage_id, owner, "
                 "created_at) SELECT randomblob(16), 'Deal ' || n, 10000 + n, 'EUR', CASE n % 4 "
                 "%1 END, 'me', 1700000000000 FROM seq")
                 .arg(cases.join(u' ')),
             {deals}) ||
        !run(c, QStringLiteral("INSERT INTO deal_stage_changes(id, deal_id, to_stage_id, "
                               "changed_at, changed_by) SELECT randomblob(16), id, stage_id, "
                               "created_at, owner FROM deals")) ||
        !run(c, QStringLiteral("UPDATE deals SET local_pipeline_id = s.pipeline_id, "
                               "local_outcome = s.outcome, local_stage_position = s.position, "
                               "local_probability = s.probability, local_weighted = "
                               "deals.amount * s.probability / 100, local_stage_since = "
                               "deals.created_at FROM stages s WHERE s.id = deals.stage_id")) ||
        !tx.commit())
        return {};
    return db;
}

bool measure(const char *label, const DatabasePtr &db, int batch)
{
    QSqlDatabase c = db->connection();
    if (!run(c, QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('sync_team', "
                               "'riga')")))
        return false;
    const qint64 before = count(c, QStringLiteral("SELECT count(*) FROM change_log"));
    QElapsedTimer t;
    t.start();
    const double cpu = cpuSeconds();
    auto done = PipelineRepository::adoptTeam(db, batch);
    const double ms = double(t.nsecsElapsed()) / 1e6;
    const double cpuS = cpuSeconds() - cpu;
    if (!done) {
        std::fprintf(stderr, "bench_pipelineadoption: %s\n", qPrintable(done.error().detail));
        return false;
    }
    const qint64 after = count(c, QStringLiteral("SELECT count(*) FROM change_log"));
    const qint64 moved = done->dealsCaptured + done->dealsRewritten;
    const qint64 batches = (moved + batch - 1) / batch + 4; // + the seed's one, + one per stage
    std::printf("%-8s deals moved %lld (captured %lld, outbox rewritten %lld), new entries "
                "%lld, %.0f ms wall, %.2f s CPU, %.0f deals/s, ~%.0f ms per transaction "
                "(%lld)\n",
                label, qlonglong(moved), qlonglong(done->dealsCaptured),
                qlonglong(done->dealsRewritten), qlonglong(after - before), ms, cpuS,
                moved / (ms / 1000.0), ms / double(batches), qlonglong(batches));
    QElapsedTimer again;
    again.start();
    auto idle = PipelineRepository::adoptTeam(db, batch);
    std::printf("%-8s the next sync's check (nothing to do): %.2f ms\n", label,
                double(again.nsecsElapsed()) / 1e6);
    return idle.ok() && count(c, QStringLiteral("SELECT count(*) FROM deals WHERE hex(stage_id) "
                                                "LIKE '0000000000007000%'")) == 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int deals =
        crm::bench::option(args, QStringLiteral("--deals"), QStringLiteral("200000")).toInt();
    const int batch =
        crm::bench::option(args, QStringLiteral("--batch"), QStringLiteral("2000")).toInt();
    QTemporaryDir tmp;
    const QString dir = crm::bench::option(args, QStringLiteral("--dir"), tmp.path());
    std::printf("bench_pipelineadoption: %d deals, %d per transaction\n", deals, batch);

    {
        DatabasePtr offline = make(dir + QStringLiteral("/offline.sqlite"), deals);
        if (!offline || !measure("offline", offline, batch))
            return 1;
        offline->closeConnection();
    }
    DatabasePtr pushed = make(dir + QStringLiteral("/pushed.sqlite"), deals);
    if (!pushed)
        return 1;
    // As if the server had answered every entry (the deals are the team-less ids' there).
    QSqlDatabase c = pushed->connection();
    if (!run(c, QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES "
                               "('sync_push_acked', (SELECT max(counter) FROM change_log))")) ||
        !run(c, QStringLiteral("UPDATE change_log SET server_seq = seq")) ||
        !run(c, QStringLiteral("UPDATE row_clocks SET server_seq = 1")))
        return 1;
    return measure("pushed", pushed, batch) ? 0 : 1;
}
