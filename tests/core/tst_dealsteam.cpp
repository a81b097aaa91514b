// SPDX-License-Identifier: GPL-3.0-or-later
// The default pipeline of a team: each team's seed has ids of its own (so two teams on one
// server never edit one record), and a laptop that worked before its first sign-in moves its
// team-less seed to its team's with everything pointing at it — renamed stages, an added
// stage, deals, stage history, the outbox — writing nothing new where the outbox already says
// it, and an ordinary captured edit where the server has the team-less id. Never signed in:
// nothing changes.
#include "common/uuid.h"
#include "demo/demodata.h"
#include "models/boardmodel.h"
#include "services/dealrepository.h"
#include "services/pipelinerepository.h"
#include "support/builders.h"
#include "support/testdatabase.h"
#include "sync/localreplica.h"

#include <QCborMap>
#include <QSqlQuery>
#include <QTest>

using namespace crm;
using namespace crm::core;

namespace {

void setTeam(test::TestDatabase &t, const QString &team)
{
    t.scalar(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('sync_team', ?)"),
             {team});
}

// Rows anywhere that still name a team-less seeded id.
int teamlessLeft(test::TestDatabase &t)
{
    int n = 0;
    for (int i = 0; i < 7; ++i) {
        const QByteArray id =
            i == 0 ? DefaultPipeline::pipelineId() : DefaultPipeline::stageId(i - 1);
        for (const QString &statement :
             {QStringLiteral("SELECT count(*) FROM pipelines WHERE id = ? OR id = ?"),
              QStringLiteral("SELECT count(*) FROM stages WHERE id = ? OR pipeline_id = ?"),
              QStringLiteral("SELECT count(*) FROM deals WHERE stage_id = ? OR "
                             "local_pipeline_id = ?"),
              QStringLiteral("SELECT count(*) FROM deal_stage_changes WHERE from_stage_id = ? "
                             "OR to_stage_id = ?")})
            n += t.scalar(statement, {id, id}).toInt();
    }
    return n;
}

// Outbox entries that name a team-less seeded id (as their row or in their value).
int teamlessInOutbox(const DatabasePtr &db)
{
    auto pending = sync::LocalReplica(db).pending(1000000);
    if (!pending)
        return -1;
    int n = 0;
    for (const sync::Change &c : std::as_const(pending.value())) {
        bool named = DefaultPipeline::isTeamless(c.row) ||
                     (c.value.isByteArray() && DefaultPipeline::isTeamless(c.value.toByteArray()));
        const QCborMap fields = c.value.toMap();
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            named = named || (it.value().isByteArray() &&
                              DefaultPipeline::isTeamless(it.value().toByteArray()));
        if (named)
            qWarning() << "names a team-less seed:" << c.table << c.column << c.row.toHex()
                       << c.value.toDiagnosticNotation();
        if (named)
            qWarning() << "names a team-less seed:" << c.table << c.column << c.row.toHex()
                       << c.value.toDiagnosticNotation();
        n += named ? 1 : 0;
    }
    return n;
}

} // namespace

class TestDealsTeam : public QObject
{
    Q_OBJECT

private slots:
    void teamSeedIds()
    {
        const QString riga = u"riga"_qs, tallinn = u"tallinn"_qs;
        QSet<QByteArray> seen{DefaultPipeline::pipelineId()};
        for (const QString &team : {riga, tallinn}) {
            QVERIFY(!seen.contains(DefaultPipeline::pipelineId(team)));
            seen.insert(DefaultPipeline::pipelineId(team));
            for (int i = 0; i < 6; ++i) {
                const QByteArray id = DefaultPipeline::stageId(i, team);
                QVERIFY(!seen.contains(id));
                seen.insert(id);
                QVERIFY(DefaultPipeline::isSeeded(id));
                QVERIFY(!DefaultPipeline::isTeamless(id));
                QCOMPARE(DefaultPipeline::seededName(id),
                         DefaultPipeline::seededName(DefaultPipeline::stageId(i)));
                QCOMPARE(DefaultPipeline::forTeam(DefaultPipeline::stageId(i), team), id);
                QCOMPARE(DefaultPipeline::forTeam(id, team), id);
            }
        }
        QCOMPARE(DefaultPipeline::stageId(2, riga), DefaultPipeline::stageId(2, riga));
        QVERIFY(DefaultPipeline::isSeededFor(DefaultPipeline::stageId(2, riga), riga));
        QVERIFY(!DefaultPipeline::isSeededFor(DefaultPipeline::stageId(2, riga), tallinn));
        QVERIFY(DefaultPipeline::isSeededFor(DefaultPipeline::stageId(2), tallinn));
        QCOMPARE(DefaultPipeline::pipelineId(QString()), DefaultPipeline::pipelineId());
        // Random ids (a stage someone adds) are never seeds, so never another team's.
        for (int i = 0; i < 1000; ++i) {
            const QByteArray id = Uuid::createV7();
            QVERIFY(!DefaultPipeline::isSeeded(id));
            QCOMPARE(DefaultPipeline::forTeam(id, riga), id);
        }
        // The team's seed is shown translated like the team-less one.
        const Pipeline seed = DefaultPipeline::seed(riga);
        QCOMPARE(seed.displayName(), u"Sales"_qs);
        QCOMPARE(seed.stages.size(), 6);
        QCOMPARE(seed.stages[3].probability, 75);
        QCOMPARE(seed.stages[4].outcome, StageOutcome::Won);
    }

    void neverSignedInNothingChanges()
    {
        test::TestDatabase t;
        QVERIFY(DealRepository(t.db()).create(test::deal(u"Koks"_qs, 100, u"EUR"_qs, 1)));
        const int entries = t.changeCount();
        auto done = PipelineRepository::adoptTeam(t.db());
        QVERIFY(done);
        QCOMPARE(done->dealsCaptured + done->dealsRewritten, 0);
        QCOMPARE(t.changeCount(), entries);
        auto all = PipelineRepository(t.db()).list();
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().id, DefaultPipeline::pipelineId());
        QCOMPARE(t.scalar(u"SELECT count(*) FROM deals WHERE stage_id = ?"_qs,
                          {DefaultPipeline::stageId(1)})
                     .toInt(),
                 1);
    }

    // Work before the first sign-in: all of it still in the outbox, so the move rewrites
    // the outbox and captures nothing new.
    void offlineWorkMovesToTheTeam()
    {
        test::TestDatabase t;
        PipelineRepository pipelines(t.db());
        DealRepository deals(t.db());
        Stage qualified = pipelines.stage(DefaultPipeline::stageId(1)).value();
        qualified.name = u"Kvalificēts"_qs;
        qualified.probability = 40;
        QVERIFY(pipelines.updateStage(qualified));
        Stage demo;
        demo.pipelineId = DefaultPipeline::pipelineId();
        demo.name = u"Demo"_qs;
        demo.probability = 60;
        auto demoId = pipelines.addStage(demo);
        QVERIFY(demoId);
        auto d1 = deals.create(test::deal(u"Koks"_qs, 10000, u"EUR"_qs, 0));
        auto d2 = deals.create(test::deal(u"Dzelzs"_qs, 20000, u"EUR"_qs, 1));
        Deal inDemo = test::deal(u"Stikls"_qs, 30000, u"EUR"_qs);
        inDemo.stageId = demoId.value();
        auto d3 = deals.create(inDemo);
        QVERIFY(d1 && d2 && d3);
        QVERIFY(deals.move(d1.value(), DefaultPipeline::stageId(2)));
        QVERIFY(deals.markWon(d2.value()));
        const qint64 since = deals.get(d1.value())->stageSince;
        const int entries = t.changeCount();

        setTeam(t, u"riga"_qs);
        auto done = PipelineRepository::adoptTeam(t.db(), 2);
        QVERIFY2(done, qPrintable(done.error().detail));
        QCOMPARE(done->dealsRewritten, 2); // d3 is in the added stage: its stage_id stays
        QCOMPARE(done->dealsCaptured, 0);
        QCOMPARE(done->stagesRewritten, 1);
        QCOMPARE(t.changeCount(), entries); // nothing new to push
        QCOMPARE(teamlessLeft(t), 0);
        QCOMPARE(teamlessInOutbox(t.db()), 0);

        // One pipeline, the team's, with the edits and the added stage.
        const QString riga = u"riga"_qs;
        auto all = pipelines.list();
        QCOMPARE(all->size(), 1);
        const Pipeline p = all->first();
        QCOMPARE(p.id, DefaultPipeline::pipelineId(riga));
        QCOMPARE(p.stages.size(), 7);
        auto kv = pipelines.stage(DefaultPipeline::stageId(1, riga));
        QCOMPARE(kv->name, u"Kvalificēts"_qs);
        QCOMPARE(kv->probability, 40);
        QCOMPARE(pipelines.stage(demoId.value())->pipelineId, p.id);

        // Deals: stages, pipeline, time in stage, history, the board and the list.
        auto one = deals.get(d1.value());
        QCOMPARE(one->stageId, DefaultPipeline::stageId(2, riga));
        QCOMPARE(one->pipelineId, p.id);
        QCOMPARE(one->stageSince, since);
        auto history = deals.stageHistory(d1.value());
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).toStageId, DefaultPipeline::stageId(0, riga));
        QCOMPARE(history->at(1).fromStageId, DefaultPipeline::stageId(0, riga));
        QCOMPARE(history->at(1).toStageId, DefaultPipeline::stageId(2, riga));
        QCOMPARE(deals.get(d2.value())->stageId, DefaultPipeline::stageId(4, riga));
        QCOMPARE(deals.get(d3.value())->pipelineId, p.id);
        DealRepository::Filter inTeam;
        inTeam.pipelineId = p.id;
        QCOMPARE(deals.list(inTeam)->size(), 3);
        BoardModel board(t.db());
        QVERIFY(board.setPipeline(p.id));
        qint64 cards = 0;
        for (int r = 0; r < board.rowCount(); ++r)
            cards += board.index(r, 0).data(BoardModel::CountRole).toLongLong();
        QCOMPARE(cards, 2); // d1 and d3 are open
        // Moving on works in the team's stages.
        QVERIFY(deals.move(d1.value(), DefaultPipeline::stageId(3, riga)));
        QVERIFY(deals.markLost(d3.value(), u"Budget"_qs));
        QCOMPARE(deals.get(d3.value())->stageId, DefaultPipeline::stageId(5, riga));

        // The outbox now edits the team's stage (the rename, with the edit's own clock).
        auto pending = sync::LocalReplica(t.db()).pending(1000);
        bool renamed = false;
        for (const sync::Change &c : std::as_const(pending.value()))
            renamed = renamed || (c.table == u"stages" && c.column == u"name" &&
                                  c.row == DefaultPipeline::stageId(1, riga) &&
                                  c.value.toString() == u"Kvalificēts");
        QVERIFY(renamed);

        // Done once.
        const int after = t.changeCount();
        auto again = PipelineRepository::adoptTeam(t.db());
        QCOMPARE(again->dealsCaptured + again->dealsRewritten + again->stagesCaptured, 0);
        QCOMPARE(t.changeCount(), after);
    }

    // Deals and a rename the server already has under the team-less ids (pushed by an
    // earlier version): each moves by one captured edit.
    void pushedWorkMovesByCapturedEdits()
    {
        test::TestDatabase t;
        PipelineRepository pipelines(t.db());
        DealRepository deals(t.db());
        Stage research = pipelines.stage(DefaultPipeline::stageId(0)).value();
        research.name = u"Izpēte"_qs;
        QVERIFY(pipelines.updateStage(research));
        QList<QByteArray> ids;
        for (int i = 0; i < 5; ++i)
            ids << deals.create(test::deal(u"Deal %1"_qs.arg(i), 100, u"EUR"_qs, i % 4)).value();
        // As the server had answered all of it.
        t.scalar(u"INSERT OR REPLACE INTO meta(key, value) VALUES ('sync_push_acked', "
                 u"(SELECT max(counter) FROM change_log))"_qs);
        t.scalar(u"UPDATE change_log SET server_seq = seq"_qs);
        t.scalar(u"UPDATE row_clocks SET server_seq = 1"_qs);
        t.scalar(u"UPDATE field_clocks SET server_seq = 1"_qs);
        QCOMPARE(sync::LocalReplica(t.db()).pendingCount().value(), 0);

        setTeam(t, u"tallinn"_qs);
        auto done = PipelineRepository::adoptTeam(t.db());
        QVERIFY2(done, qPrintable(done.error().detail));
        QCOMPARE(done->dealsCaptured, 5);
        QCOMPARE(done->dealsRewritten, 0);
        QCOMPARE(teamlessLeft(t), 0);
        auto pending = sync::LocalReplica(t.db()).pending(1000);
        QCOMPARE(pending->size(), 6); // five deals' stage_id and the rename
        for (const sync::Change &c : std::as_const(pending.value())) {
            if (c.table == u"deals") {
                QCOMPARE(c.column, u"stage_id"_qs);
                QVERIFY(DefaultPipeline::isSeededFor(c.value.toByteArray(), u"tallinn"_qs));
                QVERIFY(!DefaultPipeline::isTeamless(c.value.toByteArray()));
            } else {
                QCOMPARE(c.table, u"stages"_qs);
                QCOMPARE(c.row, DefaultPipeline::stageId(0, u"tallinn"_qs));
                QCOMPARE(c.value.toString(), u"Izpēte"_qs);
            }
        }
        for (const QByteArray &id : std::as_const(ids))
            QVERIFY(!DefaultPipeline::isTeamless(deals.get(id)->stageId));
    }

    // Demo data made before the first sign-in (deals in every stage, history, won and lost)
    // lands in the team's pipeline whole.
    void demoDataBeforeSignIn()
    {
        test::TestDatabase t;
        auto made = DemoData::populate(t.db(), 120);
        QVERIFY2(made, qPrintable(made.error().detail));
        const int dealCount = t.scalar(u"SELECT count(*) FROM deals"_qs).toInt();
        QVERIFY(dealCount > 10);
        const qint64 weighted = t.scalar(u"SELECT sum(local_weighted) FROM deals"_qs).toLongLong();
        const qint64 sinceSum =
            t.scalar(u"SELECT sum(local_stage_since) FROM deals"_qs).toLongLong();
        const int entries = t.changeCount();
        setTeam(t, u"vilnius"_qs);
        auto done = PipelineRepository::adoptTeam(t.db(), 7);
        QVERIFY2(done, qPrintable(done.error().detail));
        QCOMPARE(done->dealsRewritten, dealCount);
        QCOMPARE(t.changeCount(), entries);
        QCOMPARE(teamlessLeft(t), 0);
        QCOMPARE(teamlessInOutbox(t.db()), 0);
        QCOMPARE(t.scalar(u"SELECT sum(local_weighted) FROM deals"_qs).toLongLong(), weighted);
        QCOMPARE(t.scalar(u"SELECT sum(local_stage_since) FROM deals"_qs).toLongLong(), sinceSum);
        // Recomputing every derived column from the moved rows gives the same.
        QSqlDatabase db = t.db()->connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT id FROM deals"_qs));
        while (q.next())
            QVERIFY(DealRepository::refreshDerived(db, q.value(0).toByteArray()));
        QCOMPARE(t.scalar(u"SELECT sum(local_weighted) FROM deals"_qs).toLongLong(), weighted);
        QCOMPARE(t.scalar(u"SELECT sum(local_stage_since) FROM deals"_qs).toLongLong(), sinceSum);
    }
};

QTEST_GUILESS_MAIN(TestDealsTeam)
#include "tst_dealsteam.moc"
