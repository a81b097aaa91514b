// SPDX-License-Identifier: GPL-3.0-or-later
// The deals board benchmark: a pipeline with N open deals (default 200,000), the time from
// nothing to a loaded board (stages, totals, first page of cards per stage) and the time of
// a move through the board (the deal's write with capture and history, and the totals of
// both columns). Prints figures against the targets; not a timed test.
//   bench_deals [--deals N] [--moves N] [--dir PATH] [--keep]
#include "benchsupport.h"
#include "common/uuid.h"
#include "models/boardmodel.h"
#include "models/deallistmodel.h"
#include "search/searchindex.h"
#include "services/dealrepository.h"
#include "storage/database.h"
#include "storage/sql.h"
#include "storage/sqlvalue.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace crm::core;

namespace {

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size())))];
}

bool run(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement)) {
        std::fprintf(stderr, "bench_deals: %s\n", qPrintable(sql::error(q, statement).detail));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int deals =
        crm::bench::option(args, QStringLiteral("--deals"), QStringLiteral("200000")).toInt();
    const int moves =
        crm::bench::option(args, QStringLiteral("--moves"), QStringLiteral("100")).toInt();
    QTemporaryDir tmp;
    const QString dir = crm::bench::option(args, QStringLiteral("--dir"), tmp.path());
    tmp.setAutoRemove(!args.contains(QStringLiteral("--keep")));
    const QString path = dir + QStringLiteral("/bench-deals.sqlite");
    QFile::remove(path);

    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "bench_deals: %s\n", qPrintable(opened.error().detail));
        return 1;
    }
    DatabasePtr db = opened.value();
    QSqlDatabase c = db->connection();

    // Generated in SQL (through the capture triggers, so the file is what the app would
    // have): deals spread over the four open stages, three currencies, a year of close dates,
    // each with its first stage in the history; then the derived columns, set-based.
    QElapsedTimer gen;
    gen.start();
    {
        Transaction tx(c);
        QStringList cases;
        for (int i = 0; i < 4; ++i)
            cases << QStringLiteral("WHEN %1 THEN x'%2'")
                         .arg(i)
                         .arg(QString::fromLatin1(DefaultPipeline::stageId(i).toHex()));
        QSqlQuery q(c);
        q.prepare(QStringLiteral(
                      "WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE "
                      "n + 1 < ?) INSERT INTO deals(id, title, amount, currency, stage_id, "
                      "expected_close, owner, created_at) SELECT randomblob(16), 'Deal ' || n, "
                      "(abs(random()) % 5000000) + 10000, CASE n % 10 WHEN 0 THEN 'USD' WHEN 1 "
                      "THEN 'PLN' ELSE 'EUR' END, CASE n % 4 %1 END, date('2027-01-01', '+' || "
                      "(n % 365) || ' days'), 'user' || (n % 20), ? FROM seq")
                      .arg(cases.join(u' ')));
        q.addBindValue(deals);
        q.addBindValue(sql::nowMs() - 20LL * 24 * 3600 * 1000);
        if (!q.exec()) {
            std::fprintf(stderr, "bench_deals: %s\n", qPrintable(sql::error(q, {}).detail));
            return 1;
        }
        if (!run(c, QStringLiteral("INSERT INTO deal_stage_changes(id, deal_id, to_stage_id, "
                                   "changed_at, changed_by) SELECT randomblob(16), id, stage_id, "
                                   "created_at, owner FROM deals")) ||
            !run(c, QStringLiteral(
                        "UPDATE deals SET local_sort_title = lower(title), local_pipeline_id = "
                        "s.pipeline_id, local_outcome = s.outcome, local_stage_position = "
                        "s.position, local_probability = "
                        "s.probability, local_weighted = deals.amount * s.probability / 100, "
                        "local_stage_since = deals.created_at FROM stages s WHERE s.id = "
                        "deals.stage_id")))
            return 1;
        // The search index the repository keeps for deals written through it.
        if (auto s = SearchIndex::rebuildDeals(c); !s) {
            std::fprintf(stderr, "bench_deals: %s\n", qPrintable(s.error().detail));
            return 1;
        }
        if (!tx.commit())
            return 1;
    }
    run(c, QStringLiteral("ANALYZE"));
    const double genMs = msSince(gen);

    // Open: a new model, stages, totals and the first page of every column.
    QList<double> opens;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        BoardModel board(db);
        if (auto s = board.setPipeline(DefaultPipeline::pipelineId()); !s) {
            std::fprintf(stderr, "bench_deals: %s\n", qPrintable(s.error().detail));
            return 1;
        }
        opens << msSince(t);
    }

    BoardModel board(db);
    if (!board.setPipeline(DefaultPipeline::pipelineId()))
        return 1;
    qint64 cards = 0;
    for (int r = 0; r < board.rowCount(); ++r)
        cards += board.index(r, 0).data(BoardModel::CountRole).toLongLong();

    // Moves: the first card of a column to the next column, round the open stages.
    QList<double> moveTimes;
    const int columns = board.rowCount();
    for (int i = 0; i < moves; ++i) {
        const QModelIndex from = board.index(i % columns, 0);
        const QModelIndex card = board.index(0, 0, from);
        const QByteArray to =
            board.index((i + 1) % columns, 0).data(BoardModel::IdRole).toByteArray();
        const QByteArray id = card.data(BoardModel::IdRole).toByteArray();
        QElapsedTimer t;
        t.start();
        if (auto s = board.moveDeal(id, to); !s) {
            std::fprintf(stderr, "bench_deals: move: %s\n", qPrintable(s.error().detail));
            return 1;
        }
        moveTimes << msSince(t);
    }
    // The totals after the moves are those of a board read afresh.
    BoardModel fresh(db);
    bool same = bool(fresh.setPipeline(DefaultPipeline::pipelineId()));
    for (int r = 0; same && r < fresh.rowCount(); ++r)
        same = fresh.index(r, 0).data(BoardModel::TotalsRole) ==
                   board.index(r, 0).data(BoardModel::TotalsRole) &&
               fresh.index(r, 0).data(BoardModel::CountRole) ==
                   board.index(r, 0).data(BoardModel::CountRole);

    QSqlQuery plan(c);
    plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT stage_id, currency, count(*), "
                             "sum(amount), sum(local_weighted) FROM deals WHERE stage_id IN "
                             "(x'00', x'01') AND deleted = 0 GROUP BY stage_id, currency"));
    QString planText;
    while (plan.next())
        planText += plan.value(3).toString() + u"; ";

    // The deals list: open (count and first page), the next page, a sort by another column,
    // a search; each a median of 5.
    auto median = [](const std::function<void()> &work) {
        QList<double> times;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            work();
            times << msSince(t);
        }
        return percentile(times, 0.5);
    };
    const double listOpen = median([&] { DealListModel m(db); });
    DealListModel list(db);
    const double listNext = median([&] {
        list.reload();
        list.fetchMore({});
    });
    const double listByCompany = median([&] {
                                     list.sort(DealListModel::Amount, Qt::AscendingOrder);
                                     list.sort(DealListModel::Company, Qt::DescendingOrder);
                                 }) /
                                 2;
    const double listSearch = median([&] {
                                  list.setFilterText(QStringLiteral("deal 1234"));
                                  list.setFilterText(QString());
                              }) /
                              2;

    std::printf("bench_deals: %d open deals on the board (%lld counted), generated in %.1f s, "
                "file %.0f MB\n",
                deals, cards, genMs / 1000, double(QFileInfo(path).size()) / 1e6);
    std::printf("| figure | measured | target |\n| --- | --- | --- |\n");
    std::printf("| board open (stages, totals, first page per column), first / median of 5 | "
                "%.1f / %.1f ms | <= 300 ms |\n",
                opens.first(), percentile(opens, 0.5));
    std::printf("| move through the board, p50 / p95 / max of %d | %.2f / %.2f / %.2f ms | <= 50 "
                "ms |\n",
                moves, percentile(moveTimes, 0.5), percentile(moveTimes, 0.95),
                percentile(moveTimes, 1.0));
    std::printf("| totals after the moves equal a fresh board's | %s | yes |\n",
                same ? "yes" : "NO");
    std::printf("| deals list open (count, first page of %d) | %.1f ms | |\n",
                DealListModel::PageSize, listOpen);
    std::printf("| deals list: reload and the next page | %.1f ms | |\n", listNext);
    std::printf("| deals list: sorted by another column (about) | %.1f ms | |\n", listByCompany);
    std::printf("| deals list: a search and back (about) | %.1f ms | |\n", listSearch);
    // Each column sorted both ways: the first page and the next one.
    for (int column = 0; column < DealListModel::ColumnCount; ++column) {
        const double ms = median([&] {
                              list.sort(column, Qt::DescendingOrder);
                              list.fetchMore({});
                              list.sort(column, Qt::AscendingOrder);
                          }) /
                          2;
        std::printf("| deals list: sorted by %s (and the next page) | %.1f ms | |\n",
                    qPrintable(list.headerData(column, Qt::Horizontal).toString()), ms);
    }
    const double searchPage = median([&] {
        list.setFilterText(QStringLiteral("deal 12"));
        list.fetchMore({});
        list.setFilterText(QString());
    });
    std::printf("| deals list: a wide search (\"deal 12\"), two pages, and back | %.1f ms | |\n",
                searchPage);
    std::printf("totals plan: %s\n", qPrintable(planText));
    return same ? 0 : 1;
}
