// SPDX-License-Identifier: GPL-3.0-or-later
// Pipeline settings through PipelineRepository: add, rename, default, reorder, delete with
// and without moving deals, the refusals that keep a pipeline whole, and the snapshot and
// restore an undo uses; every write captured for sync.
#include "services/dealrepository.h"
#include "services/pipelinerepository.h"
#include "support/testdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace crm;
using namespace crm::core;

class TestPipelineSettings : public QObject
{
    Q_OBJECT

private:
    static QStringList names(const Pipeline &p)
    {
        QStringList out;
        for (const Stage &s : p.stages)
            out << s.displayName();
        return out;
    }
    static QByteArray newDeal(const DatabasePtr &db, const QString &title, const QByteArray &stage)
    {
        Deal d;
        d.title = title;
        d.amount = 100'00;
        d.stageId = stage;
        return DealRepository(db).create(d).value();
    }
    static QByteArray stageOf(const DatabasePtr &db, const QByteArray &deal)
    {
        return DealRepository(db).get(deal)->stageId;
    }

private slots:
    void addRenameAndDefault()
    {
        test::TestDatabase t;
        PipelineRepository repo(t.db());
        const int before = t.changeCount();
        auto id = repo.addPipeline(u"Renewals"_qs);
        QVERIFY(id);
        auto p = repo.get(id.value());
        QCOMPARE(p->stages.size(), 3);
        QVERIFY(repo.outcomeStage(p.value(), StageOutcome::Won));
        QVERIFY(repo.outcomeStage(p.value(), StageOutcome::Lost));
        QCOMPARE(p->stages.first().outcome, StageOutcome::Open);
        QCOMPARE(t.changeCount(), before + 4); // the pipeline and its three stages, captured

        QVERIFY(repo.renamePipeline(id.value(), u"  Renewals 2027 "_qs));
        QCOMPARE(repo.get(id.value())->name, u"Renewals 2027"_qs);
        const auto empty = repo.renamePipeline(id.value(), u"  "_qs);
        QVERIFY(!empty);
        QCOMPARE(empty.error().field, u"name"_qs);

        QCOMPARE(repo.defaultPipeline()->id, DefaultPipeline::pipelineId());
        QVERIFY(repo.setDefaultPipeline(id.value()));
        QCOMPARE(repo.defaultPipeline()->id, id.value());
        // A deal without a stage now starts in the new default pipeline.
        Deal d;
        d.title = u"No stage given"_qs;
        const QByteArray deal = DealRepository(t.db()).create(d).value();
        QCOMPARE(stageOf(t.db(), deal), p->stages.first().id);
    }

    void reorderByListAndByStep()
    {
        test::TestDatabase t;
        PipelineRepository repo(t.db());
        const QByteArray research = DefaultPipeline::stageId(0);
        const QByteArray qualified = DefaultPipeline::stageId(1);
        const QByteArray deal = newDeal(t.db(), u"Ordered"_qs, qualified);
        QVERIFY(repo.moveStage(qualified, -1));
        auto p = repo.get(DefaultPipeline::pipelineId());
        QCOMPARE(names(p.value()).mid(0, 2), (QStringList{u"Qualified"_qs, u"Research"_qs}));
        // The deals list sorts by the stage's place: the derived column follows.
        QCOMPARE(
            t.scalar(u"SELECT local_stage_position FROM deals WHERE id = ?"_qs, {deal}).toInt(), 0);
        QVERIFY(repo.moveStage(qualified, -1)); // already first: nothing happens
        QCOMPARE(repo.get(DefaultPipeline::pipelineId())->stages.first().id, qualified);

        QList<QByteArray> order;
        for (const Stage &s : p->stages)
            order << s.id;
        std::reverse(order.begin(), order.end());
        QVERIFY(repo.reorderStages(DefaultPipeline::pipelineId(), order));
        QCOMPARE(repo.get(DefaultPipeline::pipelineId())->stages.first().displayName(), u"Lost"_qs);
        // An order that leaves a stage out, or names one twice, is refused.
        order.removeLast();
        QVERIFY(!repo.reorderStages(DefaultPipeline::pipelineId(), order));
        order << order.first();
        QVERIFY(!repo.reorderStages(DefaultPipeline::pipelineId(), order));
        Q_UNUSED(research);
    }

    void removeStageRefusalsAndMove()
    {
        test::TestDatabase t;
        PipelineRepository repo(t.db());
        const QByteArray research = DefaultPipeline::stageId(0);
        const QByteArray qualified = DefaultPipeline::stageId(1);
        const QByteArray won = DefaultPipeline::stageId(4);
        const QByteArray deal = newDeal(t.db(), u"Moves along"_qs, research);

        // Won and lost stages stay; a stage's outcome never changes.
        auto refused = repo.removeStage(won);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, u"stage"_qs);
        Stage s = repo.stage(research).value();
        s.outcome = StageOutcome::Won;
        QCOMPARE(repo.updateStage(s).error().field, u"outcome"_qs);

        // Deals in it: refused without a target, refused to a won stage or to itself.
        const int before = t.changeCount();
        refused = repo.removeStage(research);
        QVERIFY(!refused);
        QVERIFY(refused.error().detail.contains(u"1"_qs));
        QVERIFY(!repo.removeStage(research, won));
        QVERIFY(!repo.removeStage(research, research));
        QCOMPARE(t.changeCount(), before); // nothing written by a refusal
        QVERIFY(!repo.stage(research)->deleted);

        auto moved = repo.removeStage(research, qualified);
        QVERIFY2(moved, moved ? "" : qPrintable(moved.error().detail));
        QCOMPARE(moved.value(), (QList<DealPlacement>{{deal, research}}));
        QCOMPARE(stageOf(t.db(), deal), qualified);
        QVERIFY(repo.stage(research)->deleted);
        // The move is in the deal's history like any other.
        auto history = DealRepository(t.db()).stageHistory(deal);
        QCOMPARE(history->last().toStageId, qualified);
        QCOMPARE(history->last().fromStageId, research);

        // The last open stage stays.
        for (int i = 2; i < 4; ++i)
            QVERIFY(repo.removeStage(DefaultPipeline::stageId(i), qualified));
        refused = repo.removeStage(qualified);
        QVERIFY(!refused);
        QVERIFY(refused.error().detail.contains(u"last open"_qs));
    }

    void removePipelineRefusalsAndMove()
    {
        test::TestDatabase t;
        PipelineRepository repo(t.db());
        // The last pipeline stays.
        QVERIFY(!repo.removePipeline(DefaultPipeline::pipelineId()));
        const QByteArray other = repo.addPipeline(u"Renewals"_qs).value();
        const Pipeline target = repo.get(other).value();
        const QByteArray open = newDeal(t.db(), u"Open one"_qs, DefaultPipeline::stageId(2));
        const QByteArray won = newDeal(t.db(), u"Won one"_qs, DefaultPipeline::stageId(0));
        QVERIFY(DealRepository(t.db()).markWon(won));
        const QByteArray lost = newDeal(t.db(), u"Lost one"_qs, DefaultPipeline::stageId(0));
        QVERIFY(DealRepository(t.db()).markLost(lost, u"Price"_qs));

        auto refused = repo.removePipeline(DefaultPipeline::pipelineId());
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, u"moveTo"_qs);
        QVERIFY(!repo.get(DefaultPipeline::pipelineId()).value().id.isEmpty());

        auto moved = repo.removePipeline(DefaultPipeline::pipelineId(), other);
        QVERIFY2(moved, moved ? "" : qPrintable(moved.error().detail));
        QCOMPARE(moved->size(), 3);
        QCOMPARE(stageOf(t.db(), open), target.stages.at(0).id);
        QCOMPARE(stageOf(t.db(), won), repo.outcomeStage(target, StageOutcome::Won)->id);
        QCOMPARE(stageOf(t.db(), lost), repo.outcomeStage(target, StageOutcome::Lost)->id);
        QCOMPARE(DealRepository(t.db()).get(lost)->lostReason, u"Price"_qs);
        QVERIFY(!repo.get(DefaultPipeline::pipelineId()));
        QCOMPARE(repo.list()->size(), 1);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM stages WHERE pipeline_id = ? AND deleted = 0"_qs,
                          {DefaultPipeline::pipelineId()})
                     .toInt(),
                 0);
        // A pipeline without deals simply goes (once another one is there).
        const QByteArray empty = repo.addPipeline(u"Empty"_qs).value();
        QVERIFY(repo.removePipeline(empty));
    }

    void snapshotRestoreUndoesAStageRemoval()
    {
        test::TestDatabase t;
        PipelineRepository repo(t.db());
        const QByteArray research = DefaultPipeline::stageId(0);
        const QByteArray qualified = DefaultPipeline::stageId(1);
        const QByteArray deal = newDeal(t.db(), u"Comes back"_qs, research);
        auto before = repo.snapshot();
        QVERIFY(before);
        auto moved = repo.removeStage(research, qualified);
        QVERIFY(moved);
        auto after = repo.snapshot();
        // Undo: the stage back, then the deals where they stood.
        QVERIFY(repo.restore(before.value()));
        QVERIFY(repo.placeDeals(moved.value()));
        QVERIFY(!repo.stage(research)->deleted);
        QCOMPARE(stageOf(t.db(), deal), research);
        // Restoring what is already there writes (and captures) nothing.
        const int count = t.changeCount();
        QVERIFY(repo.restore(before.value()));
        QCOMPARE(t.changeCount(), count);
        // Redo.
        QVERIFY(repo.placeDeals({{deal, qualified}}));
        QVERIFY(repo.restore(after.value()));
        QVERIFY(repo.stage(research)->deleted);
        QCOMPARE(stageOf(t.db(), deal), qualified);
    }

    void undoSnapshotUndoesAdditions()
    {
        test::TestDatabase t;
        PipelineRepository repo(t.db());
        const auto before = repo.snapshot().value();
        const QByteArray added = repo.addPipeline(u"Renewals"_qs).value();
        Stage s;
        s.pipelineId = DefaultPipeline::pipelineId();
        s.name = u"Contract"_qs;
        const QByteArray stage = repo.addStage(s).value();
        const auto after = repo.snapshot().value();
        QVERIFY(repo.restore(PipelineRepository::undoSnapshot(before, after)));
        QVERIFY(!repo.get(added));
        QVERIFY(repo.stage(stage)->deleted);
        QCOMPARE(repo.list()->size(), 1);
        QVERIFY(repo.restore(after)); // redo
        QCOMPARE(repo.get(added)->stages.size(), 3);
        QVERIFY(!repo.stage(stage)->deleted);
    }

    void editsAreCaptured()
    {
        test::TestDatabase t;
        PipelineRepository repo(t.db());
        const int before = t.scalar(u"SELECT COALESCE(MAX(seq), 0) FROM change_log"_qs).toInt();
        QVERIFY(repo.moveStage(DefaultPipeline::stageId(1), -1)); // two positions change
        QVERIFY(repo.renamePipeline(DefaultPipeline::pipelineId(), u"Sales EU"_qs));
        QCOMPARE(t.scalar(u"SELECT count(*) FROM change_log WHERE seq > ? AND tbl = 'stages' AND "
                          u"col = 'position'"_qs,
                          {before})
                     .toInt(),
                 2);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM change_log WHERE seq > ? AND tbl = 'pipelines' "
                          u"AND col = 'name'"_qs,
                          {before})
                     .toInt(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestPipelineSettings)
#include "tst_pipelinesettings.moc"
