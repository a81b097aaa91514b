// SPDX-License-Identifier: GPL-3.0-or-later
// Deals and pipelines: the seeded default pipeline, capture of every write, stage history,
// won/lost, stale rules, derived columns after sync, money.
#include "common/uuid.h"
#include "domain/money.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/dealrepository.h"
#include "services/historyrepository.h"
#include "services/leadconversion.h"
#include "services/pipelinerepository.h"
#include "storage/sql.h"
#include "support/builders.h"
#include "support/testdatabase.h"
#include "sync/localreplica.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace crm;
using namespace crm::core;

class TestDeals : public QObject
{
    Q_OBJECT

private:
    static QStringList entriesAfter(test::TestDatabase &t, int seq)
    {
        QSqlDatabase db = t.db()->connection();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT tbl, COALESCE(col, '*') FROM change_log WHERE seq > ? "
                                 "ORDER BY seq"));
        q.addBindValue(seq);
        q.exec();
        QStringList out;
        while (q.next())
            out << q.value(0).toString() + u'.' + q.value(1).toString();
        return out;
    }
    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }
    static int lastSeq(test::TestDatabase &t)
    {
        return t.scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM change_log")).toInt();
    }
    static Deal sampleDeal()
    {
        Deal d;
        d.title = QStringLiteral("Pārdošana Rīgā");
        d.amount = 1'250'00;
        d.currency = QStringLiteral("EUR");
        return d;
    }
    static Stage seededStage(const DatabasePtr &db, int index)
    {
        return PipelineRepository(db).stage(DefaultPipeline::stageId(index)).value();
    }

private slots:
    void seededPipelineIsTheSameEverywhereAndUnlogged()
    {
        test::TestDatabase a;
        test::TestDatabase b;
        QCOMPARE(a.changeCount(), 0); // a seed is like the schema: nothing to push
        auto pipelines = PipelineRepository(a.db()).list();
        QVERIFY(pipelines);
        QCOMPARE(pipelines->size(), 1);
        const Pipeline p = pipelines->first();
        QCOMPARE(p.id, DefaultPipeline::pipelineId());
        QStringList names;
        QList<int> probabilities;
        for (const Stage &s : p.stages) {
            names << s.name;
            probabilities << s.probability;
        }
        QCOMPARE(names, (QStringList{u"Research"_qs, u"Qualified"_qs, u"Proposal sent"_qs,
                                     u"Negotiation"_qs, u"Won"_qs, u"Lost"_qs}));
        QCOMPARE(probabilities, (QList<int>{10, 25, 50, 75, 100, 0}));
        QCOMPARE(p.stages[4].outcome, StageOutcome::Won);
        QCOMPARE(p.stages[5].outcome, StageOutcome::Lost);
        QVERIFY(!p.stages[4].staleAfterDays);
        QCOMPARE(p.stages[0].staleAfterDays.value_or(-1), 30);
        // A second laptop seeds the very same rows.
        auto other = PipelineRepository(b.db()).list();
        QCOMPARE(other->first().id, p.id);
        for (int i = 0; i < p.stages.size(); ++i)
            QCOMPARE(other->first().stages[i].id, p.stages[i].id);
        QVERIFY(DefaultPipeline::isSeeded(p.stages[2].id));
        QVERIFY(!DefaultPipeline::isSeeded(Uuid::createV7()));
        // Child tables are scoped by their deal on the server.
        QCOMPARE(a.scalar(u"SELECT scope_column FROM sync_tables WHERE name = "
                          u"'deal_stage_changes'"_qs)
                     .toString(),
                 u"deal_id"_qs);
        QCOMPARE(a.scalar(u"SELECT count(*) FROM sync_tables WHERE name IN ('pipelines', "
                          u"'stages', 'deals', 'deal_contacts', 'deal_tags')"_qs)
                     .toInt(),
                 5);
    }

    void editingASeededStageIsOneFieldChange()
    {
        test::TestDatabase t;
        Stage s = seededStage(t.db(), 1);
        s.name = QStringLiteral("Discovery");
        s.staleAfterDays = 10;
        QVERIFY(PipelineRepository(t.db()).updateStage(s));
        // One UPDATE: its entries come in trigger order, so compare them sorted.
        QCOMPARE(sorted(entriesAfter(t, 0)),
                 (QStringList{u"stages.name"_qs, u"stages.stale_days"_qs}));
        QCOMPARE(PipelineRepository(t.db()).stage(s.id)->displayName(), u"Discovery"_qs);
        s.probability = 101;
        const auto refused = PipelineRepository(t.db()).updateStage(s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, u"probability"_qs);
        QCOMPARE(t.changeCount(), 2);
    }

    void createCapturesTheDealAndItsChildRows()
    {
        test::TestDatabase t;
        auto company = CompanyRepository(t.db()).create(test::company(u"SIA Koks"_qs));
        auto anna = ContactRepository(t.db()).create(test::contact(u"Anna"_qs, u"Bērziņa"_qs));
        auto juris = ContactRepository(t.db()).create(test::contact(u"Juris"_qs, u"Kalns"_qs));
        QVERIFY(company && anna && juris);
        const int before = lastSeq(t);
        Deal d = sampleDeal();
        d.companyId = company.value();
        d.contacts = {DealContact{{}, anna.value(), u"decision maker"_qs, {}},
                      DealContact{{}, juris.value(), u"champion"_qs, {}}};
        d.tags = {u"Enterprise"_qs};
        d.expectedClose = QDate(2027, 3, 31);
        auto id = DealRepository(t.db()).create(d);
        QVERIFY2(id, qPrintable(id.error().message()));
        QCOMPARE(entriesAfter(t, before),
                 (QStringList{u"deals.*"_qs, u"deal_contacts.*"_qs, u"deal_contacts.*"_qs,
                              u"tags.*"_qs, u"deal_tags.*"_qs, u"deal_stage_changes.*"_qs}));
        // One transaction: every entry has the same txn.
        QCOMPARE(t.scalar(u"SELECT count(DISTINCT txn) FROM change_log WHERE seq > ?"_qs, {before})
                     .toInt(),
                 1);
        auto loaded = DealRepository(t.db()).get(id.value());
        QVERIFY(loaded);
        QCOMPARE(loaded->title, d.title);
        QCOMPARE(loaded->companyName, u"SIA Koks"_qs);
        QCOMPARE(loaded->contacts.size(), 2);
        QCOMPARE(loaded->tags, QStringList{u"Enterprise"_qs});
        QCOMPARE(loaded->stageId, DefaultPipeline::stageId(0)); // first open stage
        QCOMPARE(loaded->pipelineId, DefaultPipeline::pipelineId());
        QCOMPARE(loaded->effectiveProbability, 10);
        QCOMPARE(loaded->weightedAmount, qint64(12'500)); // 10% of 1,250.00
        QCOMPARE(loaded->expectedClose, QDate(2027, 3, 31));
        QCOMPARE(loaded->owner, t.db()->localUser());

        // An edit that changes nothing writes nothing; one field writes one entry.
        const int afterCreate = lastSeq(t);
        QVERIFY(DealRepository(t.db()).update(loaded.value()));
        QCOMPARE(entriesAfter(t, afterCreate), QStringList());
        Deal edited = loaded.value();
        edited.nextStep = u"Send the proposal"_qs;
        edited.contacts.removeFirst();
        QVERIFY(DealRepository(t.db()).update(edited));
        QCOMPARE(entriesAfter(t, afterCreate),
                 (QStringList{u"deals.next_step"_qs, u"deal_contacts.deleted"_qs}));
        QCOMPARE(DealRepository(t.db()).get(id.value())->contacts.size(), 1);

        // A company rename reaches the deal's derived name.
        Company c = CompanyRepository(t.db()).get(company.value()).value();
        c.name = u"AS Koks"_qs;
        QVERIFY(CompanyRepository(t.db()).update(c));
        QCOMPARE(DealRepository(t.db()).get(id.value())->companyName, u"AS Koks"_qs);
    }

    void invalidDealsWriteNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("amount");
        QTest::addColumn<int>("probability");
        QTest::addRow("no title") << u"title"_qs << u"  "_qs << u"EUR"_qs << qint64(1) << -1;
        QTest::addRow("unknown currency")
            << u"currency"_qs << u"X"_qs << u"EUX"_qs << qint64(1) << -1;
        QTest::addRow("not a code") << u"currency"_qs << u"X"_qs << u"euro"_qs << qint64(1) << -1;
        QTest::addRow("negative") << u"amount"_qs << u"X"_qs << u"EUR"_qs << qint64(-5) << -1;
        QTest::addRow("probability")
            << u"probability"_qs << u"X"_qs << u"EUR"_qs << qint64(5) << 101;
    }
    void invalidDealsWriteNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, title);
        QFETCH(QString, currency);
        QFETCH(qint64, amount);
        QFETCH(int, probability);
        test::TestDatabase t;
        Deal d = sampleDeal();
        d.title = title;
        d.currency = currency;
        d.amount = amount;
        if (probability >= 0)
            d.probability = probability;
        auto id = DealRepository(t.db()).create(d);
        QVERIFY(!id);
        QCOMPARE(id.error().field, field);
        QVERIFY(!id.error().detail.isEmpty());
        QCOMPARE(t.changeCount(), 0);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM deals"_qs).toInt(), 0);
    }

    void moveRecordsHistory()
    {
        test::TestDatabase t;
        DealRepository deals(t.db());
        const QByteArray id = deals.create(sampleDeal()).value();
        const int before = lastSeq(t);
        QVERIFY(deals.move(id, DefaultPipeline::stageId(2)));
        QCOMPARE(entriesAfter(t, before),
                 (QStringList{u"deals.stage_id"_qs, u"deal_stage_changes.*"_qs}));
        QVERIFY(deals.move(id, DefaultPipeline::stageId(3)));
        // The stage it is in: nothing written.
        const int moved = lastSeq(t);
        QVERIFY(deals.move(id, DefaultPipeline::stageId(3)));
        QCOMPARE(lastSeq(t), moved);

        auto history = deals.stageHistory(id);
        QVERIFY(history);
        QCOMPARE(history->size(), 3);
        QVERIFY(history->at(0).fromStageId.isEmpty());
        QCOMPARE(history->at(0).toStageId, DefaultPipeline::stageId(0));
        QCOMPARE(history->at(1).fromStageId, DefaultPipeline::stageId(0));
        QCOMPARE(history->at(1).toStageId, DefaultPipeline::stageId(2));
        QCOMPARE(history->at(2).fromStageId, DefaultPipeline::stageId(2));
        QCOMPARE(history->at(2).toStageId, DefaultPipeline::stageId(3));
        QCOMPARE(history->at(2).changedBy, t.db()->localUser());

        const Deal d = deals.get(id).value();
        QCOMPARE(d.stageSince, history->at(2).changedAt);
        QCOMPARE(d.effectiveProbability, 75);
        QVERIFY(DealRepository::timeInStage(d, d.stageSince + 5000) == 5000);

        // A stage that does not exist, and a lost stage without a reason, are refused.
        QVERIFY(!deals.move(id, Uuid::createV7()));
        auto lost = deals.move(id, DefaultPipeline::stageId(5));
        QVERIFY(!lost);
        QCOMPARE(lost.error().field, u"lostReason"_qs);
        QCOMPARE(lastSeq(t), moved);
    }

    void createWithHistoryDatesEveryStep()
    {
        test::TestDatabase t;
        DealRepository deals(t.db());
        const qint64 day = 24LL * 3600 * 1000;
        const qint64 created = QDateTime(QDate(2026, 3, 2), QTime(9, 0)).toMSecsSinceEpoch();
        const QList<DealRepository::PastMove> moves = {
            {DefaultPipeline::stageId(1), created + 10 * day, {}},
            {DefaultPipeline::stageId(3), created + 30 * day, {}},
            {DefaultPipeline::stageId(5), created + 45 * day, u"Went with a competitor"_qs}};
        auto id = deals.createWithHistory(sampleDeal(), created, moves);
        QVERIFY2(id, qPrintable(id.error().message()));
        const Deal d = deals.get(id.value()).value();
        QCOMPARE(d.createdAt, created);
        QCOMPARE(d.outcome, StageOutcome::Lost);
        QCOMPARE(d.lostAt, created + 45 * day);
        QCOMPARE(d.lostReason, u"Went with a competitor"_qs);
        QCOMPARE(d.stageSince, created + 45 * day);
        auto history = deals.stageHistory(id.value());
        QVERIFY(history);
        QCOMPARE(history->size(), 4);
        QCOMPARE(history->at(0).changedAt, created);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(history->at(i + 1).toStageId, moves[i].stageId);
            QCOMPARE(history->at(i + 1).changedAt, moves[i].at);
        }

        // A lost step without a reason refuses the whole deal.
        const int before = lastSeq(t);
        auto refused = deals.createWithHistory(sampleDeal(), created,
                                               {{DefaultPipeline::stageId(5), created + day, {}}});
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, u"lostReason"_qs);
        QCOMPARE(lastSeq(t), before);
    }

    void wonAndLost()
    {
        test::TestDatabase t;
        DealRepository deals(t.db());
        const QByteArray a = deals.create(sampleDeal()).value();
        const QByteArray b = deals.create(sampleDeal()).value();
        QVERIFY(deals.markWon(a));
        Deal won = deals.get(a).value();
        QCOMPARE(won.outcome, StageOutcome::Won);
        QCOMPARE(won.stageId, DefaultPipeline::stageId(4));
        QVERIFY(won.wonAt > 0);
        QCOMPARE(won.weightedAmount, won.amount);

        const int before = lastSeq(t);
        auto noReason = deals.markLost(b, u"  "_qs);
        QVERIFY(!noReason);
        QCOMPARE(noReason.error().field, u"lostReason"_qs);
        QCOMPARE(lastSeq(t), before);
        QVERIFY(deals.markLost(b, u"Price too high"_qs));
        Deal lost = deals.get(b).value();
        QCOMPARE(lost.outcome, StageOutcome::Lost);
        QCOMPARE(lost.lostReason, u"Price too high"_qs);
        QVERIFY(lost.lostAt > 0);
        QCOMPARE(lost.weightedAmount, 0);
        QCOMPARE(sorted(entriesAfter(t, before)),
                 (QStringList{u"deal_stage_changes.*"_qs, u"deals.lost_at"_qs,
                              u"deals.lost_reason"_qs, u"deals.stage_id"_qs}));

        // Won and lost deals leave the board but stay listed.
        DealRepository::Filter open;
        open.openOnly = true;
        QCOMPARE(deals.list(open)->size(), 0);
        QCOMPARE(deals.list({})->size(), 2);

        // Reopened: the lost date and reason go.
        QVERIFY(deals.move(b, DefaultPipeline::stageId(1)));
        lost = deals.get(b).value();
        QCOMPARE(lost.lostAt, 0);
        QVERIFY(lost.lostReason.isEmpty());
        QCOMPARE(lost.outcome, StageOutcome::Open);
    }

    void staleRules_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addColumn<int>("daysInStage");
        QTest::addColumn<bool>("stale");
        QTest::addRow("research, 29 days") << 0 << 29 << false;
        QTest::addRow("research, 31 days") << 0 << 31 << true;
        QTest::addRow("negotiation, 15 days") << 3 << 15 << true;
        QTest::addRow("negotiation, 13 days") << 3 << 13 << false;
        QTest::addRow("won, 400 days") << 4 << 400 << false;
    }
    void staleRules()
    {
        QFETCH(int, stage);
        QFETCH(int, daysInStage);
        QFETCH(bool, stale);
        test::TestDatabase t;
        DealRepository deals(t.db());
        const QByteArray id = deals.create(sampleDeal()).value();
        if (stage == 4)
            QVERIFY(deals.markWon(id));
        else if (stage != 0)
            QVERIFY(deals.move(id, DefaultPipeline::stageId(stage)));
        const Deal d = deals.get(id).value();
        const qint64 day = 24LL * 3600 * 1000;
        QCOMPARE(DealRepository::isStale(d, seededStage(t.db(), stage),
                                         d.stageSince + daysInStage * day),
                 stale);
        // A stage without a limit never makes a deal stale.
        Stage unlimited = seededStage(t.db(), stage);
        unlimited.staleAfterDays.reset();
        QVERIFY(!DealRepository::isStale(d, unlimited, d.stageSince + 1000 * day));
    }

    void removeAndRestore()
    {
        test::TestDatabase t;
        DealRepository deals(t.db());
        const QByteArray id = deals.create(sampleDeal()).value();
        const int before = lastSeq(t);
        QVERIFY(deals.remove(id));
        QVERIFY(deals.get(id)->deleted);
        QCOMPARE(deals.list({})->size(), 0);
        QVERIFY(deals.restore(id));
        QVERIFY(!deals.get(id)->deleted);
        QCOMPARE(entriesAfter(t, before), (QStringList{u"deals.deleted"_qs, u"deals.deleted"_qs}));
        QVERIFY(!deals.move(Uuid::createV7(), DefaultPipeline::stageId(1)));
    }

    void stageProbabilityReachesItsDeals()
    {
        test::TestDatabase t;
        DealRepository deals(t.db());
        const QByteArray plain = deals.create(sampleDeal()).value();
        Deal overridden = sampleDeal();
        overridden.probability = 40;
        const QByteArray fixed = deals.create(overridden).value();
        Stage research = seededStage(t.db(), 0);
        research.probability = 20;
        QVERIFY(PipelineRepository(t.db()).updateStage(research));
        QCOMPARE(deals.get(plain)->effectiveProbability, 20);
        QCOMPARE(deals.get(plain)->weightedAmount, qint64(25'000));
        QCOMPARE(deals.get(fixed)->effectiveProbability, 40);
    }

    void derivedColumnsFollowSync()
    {
        // Sync writes synced columns directly (uncaptured); the refreshers fix the rest.
        test::TestDatabase t;
        DealRepository deals(t.db());
        const QByteArray id = deals.create(sampleDeal()).value();
        QSqlDatabase db = t.db()->connection();
        const int entries = t.changeCount();
        t.db()->setApplyingRemote(db, true);
        QSqlQuery q(db);
        q.prepare(u"UPDATE deals SET stage_id = ?, amount = 400000 WHERE id = ?"_qs);
        q.addBindValue(DefaultPipeline::stageId(4));
        q.addBindValue(id);
        QVERIFY(q.exec());
        t.db()->setApplyingRemote(db, false);
        QVERIFY(sync::LocalReplica::refresh(db, u"deals"_qs, id));
        const Deal d = deals.get(id).value();
        QCOMPARE(d.outcome, StageOutcome::Won);
        QCOMPARE(d.weightedAmount, qint64(400000));
        QCOMPARE(t.changeCount(), entries); // refreshing derived columns captures nothing
    }

    void newPipelineAndStages()
    {
        test::TestDatabase t;
        PipelineRepository pipelines(t.db());
        auto id = pipelines.createPipeline(u"Renewals"_qs);
        QVERIFY(id);
        Stage open;
        open.pipelineId = id.value();
        open.name = u"Contacted"_qs;
        open.probability = 30;
        QVERIFY(pipelines.addStage(open));
        Stage won = open;
        won.name = u"Renewed"_qs;
        won.outcome = StageOutcome::Won;
        won.probability = 100;
        QVERIFY(pipelines.addStage(won));
        auto second = pipelines.addStage(won);
        QVERIFY(!second); // one won stage per pipeline
        QCOMPARE(second.error().field, u"outcome"_qs);
        auto p = pipelines.find(u"renewals"_qs);
        QVERIFY(p);
        QCOMPARE(p->stages.size(), 2);
        QCOMPARE(pipelines.findStage(p.value(), u"renewed"_qs)->outcome, StageOutcome::Won);
        QVERIFY(!pipelines.findStage(p.value(), u"Research"_qs));
        QVERIFY(!pipelines.find(u"Nope"_qs));
    }

    void leadConversion()
    {
        test::TestDatabase t;
        Contact lead = test::contact(u"Pēteris"_qs, u"Ozols"_qs);
        lead.status = LifecycleStatus::Lead;
        lead.source = u"fair"_qs;
        const QByteArray id = ContactRepository(t.db()).create(lead).value();
        const int historyBefore = int(HistoryRepository(t.db()).historyOf(id)->size());
        Deal d = sampleDeal();
        // Without a company name for a contact without a company: refused, nothing written.
        const int before = lastSeq(t);
        auto refused = LeadConversion(t.db()).convert(id, d);
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, u"company"_qs);
        QCOMPARE(lastSeq(t), before);
        // A deal that fails validation undoes the company and the status too.
        Deal bad = d;
        bad.currency = u"XXX1"_qs;
        QVERIFY(!LeadConversion(t.db()).convert(id, bad, u"Ozols SIA"_qs));
        QCOMPARE(lastSeq(t), before);
        QCOMPARE(CompanyRepository(t.db()).count().value(), 0);

        auto done = LeadConversion(t.db()).convert(id, d, u"Ozols SIA"_qs);
        QVERIFY2(done, qPrintable(done.error().message()));
        QCOMPARE(done->contactId, id); // the same record, so its history stays
        const Contact after = ContactRepository(t.db()).get(id).value();
        QCOMPARE(after.status, LifecycleStatus::Prospect);
        QCOMPARE(after.companyId, done->companyId);
        const Deal deal = DealRepository(t.db()).get(done->dealId).value();
        QCOMPARE(deal.companyName, u"Ozols SIA"_qs);
        QCOMPARE(deal.contacts.size(), 1);
        QCOMPARE(deal.contacts.first().contactId, id);
        QCOMPARE(deal.source, u"fair"_qs);
        QVERIFY(HistoryRepository(t.db()).historyOf(id)->size() > historyBefore);
        // One transaction.
        QCOMPARE(t.scalar(u"SELECT count(DISTINCT txn) FROM change_log WHERE seq > ?"_qs, {before})
                     .toInt(),
                 1);
        // A prospect is no longer a lead.
        auto again = LeadConversion(t.db()).convert(id, d, u"Ozols SIA"_qs);
        QVERIFY(!again);
        QCOMPARE(again.error().field, u"status"_qs);
    }

    // Undo takes the conversion back exactly: the deal and a company made for it deleted,
    // the contact a lead again with its old company link; an edit made since stays. Redo
    // brings the same deal and company back. A company found by name is never deleted.
    void leadConversionUndoAndRedo_data()
    {
        QTest::addColumn<QString>("existing"); // a company already there with that name
        QTest::addRow("company made for it") << QString();
        QTest::addRow("company found by name") << u"Ozols SIA"_qs;
    }
    void leadConversionUndoAndRedo()
    {
        QFETCH(QString, existing);
        test::TestDatabase t;
        QByteArray existingId;
        if (!existing.isEmpty())
            existingId = CompanyRepository(t.db()).create(test::company(existing)).value();
        Contact lead = test::contact(u"Pēteris"_qs, u"Ozols"_qs);
        lead.status = LifecycleStatus::Lead;
        const QByteArray id = ContactRepository(t.db()).create(lead).value();
        LeadConversion conversion(t.db());
        auto done = conversion.convert(id, sampleDeal(), u"Ozols SIA"_qs);
        QVERIFY2(done, qPrintable(done.error().message()));
        QCOMPARE(done->companyCreated, existing.isEmpty());
        QVERIFY(done->companyBefore.isEmpty());
        if (!existing.isEmpty())
            QCOMPARE(done->companyId, existingId);
        // An edit after the conversion: not part of it, stays through the undo.
        Contact edited = ContactRepository(t.db()).get(id).value();
        edited.title = u"Valdes loceklis"_qs;
        QVERIFY(ContactRepository(t.db()).update(edited));

        const int before = lastSeq(t);
        QVERIFY(conversion.undo(done.value()));
        const Contact undone = ContactRepository(t.db()).get(id).value();
        QCOMPARE(undone.status, LifecycleStatus::Lead);
        QVERIFY(undone.companyId.isEmpty());
        QCOMPARE(undone.title, u"Valdes loceklis"_qs);
        QVERIFY(DealRepository(t.db()).get(done->dealId)->deleted);
        QCOMPARE(CompanyRepository(t.db()).count().value(), existing.isEmpty() ? 0 : 1);
        QCOMPARE(t.scalar(u"SELECT count(DISTINCT txn) FROM change_log WHERE seq > ?"_qs, {before})
                     .toInt(),
                 1); // one transaction, captured for sync
        QVERIFY(DealRepository(t.db()).list({}).value().isEmpty());

        QVERIFY(conversion.redo(done.value()));
        const Contact redone = ContactRepository(t.db()).get(id).value();
        QCOMPARE(redone.status, LifecycleStatus::Prospect);
        QCOMPARE(redone.companyId, done->companyId);
        QCOMPARE(redone.title, u"Valdes loceklis"_qs);
        QVERIFY(!DealRepository(t.db()).get(done->dealId)->deleted);
        QCOMPARE(CompanyRepository(t.db()).count().value(), 1);
        QCOMPARE(CompanyRepository(t.db()).get(done->companyId)->name, u"Ozols SIA"_qs);
    }

    // The synced columns of one row as text, for comparing a record before and after.
    static QString rowState(test::TestDatabase &t, const QString &table, const QByteArray &id)
    {
        QSqlDatabase db = t.db()->connection();
        QSqlQuery q(db);
        q.prepare(u"SELECT * FROM " + table + u" WHERE id = ?");
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return QString();
        QStringList out;
        const QSqlRecord r = q.record();
        for (int i = 0; i < r.count(); ++i) {
            if (r.fieldName(i) == u"rid" || r.fieldName(i).startsWith(u"local_"))
                continue;
            out << r.fieldName(i) + u'=' + q.value(i).toString();
        }
        return out.join(u"; ");
    }

    void companyLeadConversion()
    {
        test::TestDatabase t;
        CompanyRepository companies(t.db());
        ContactRepository contacts(t.db());
        Company lead = test::company(u"Ozols SIA"_qs);
        lead.status = LifecycleStatus::Lead;
        const QByteArray id = companies.create(lead).value();
        Company edited = companies.get(id).value();
        edited.industry = u"Timber"_qs; // some history before the conversion
        QVERIFY(companies.update(edited));
        const int historyBefore = int(HistoryRepository(t.db()).historyOf(id)->size());
        QVERIFY(historyBefore > 0);

        // No person given for a new contact: refused, nothing written.
        const int before = lastSeq(t);
        auto refused = LeadConversion(t.db()).convertCompany(id, sampleDeal(), {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, u"first_name"_qs);
        QCOMPARE(lastSeq(t), before);
        // A contact of another company is refused too.
        Contact stranger = test::contact(u"Ivars"_qs, u"Svešais"_qs);
        const QByteArray strangerId = contacts.create(stranger).value();
        const int beforeStranger = lastSeq(t);
        auto notOurs =
            LeadConversion(t.db()).convertCompany(id, sampleDeal(), {strangerId, {}, {}});
        QVERIFY(!notOurs);
        QCOMPARE(notOurs.error().field, u"contact"_qs);
        QCOMPARE(lastSeq(t), beforeStranger);
        // A deal that fails validation leaves no contact and the status as it was.
        Deal bad = sampleDeal();
        bad.currency = u"XXX1"_qs;
        QVERIFY(!LeadConversion(t.db()).convertCompany(id, bad, {{}, u"Anna"_qs, u"Ozola"_qs}));
        QCOMPARE(lastSeq(t), beforeStranger);
        QCOMPARE(companies.get(id)->status, LifecycleStatus::Lead);

        auto done =
            LeadConversion(t.db()).convertCompany(id, sampleDeal(), {{}, u"Anna"_qs, u"Ozola"_qs});
        QVERIFY2(done, qPrintable(done.error().message()));
        QCOMPARE(done->companyId, id); // the same record, so its history stays
        QVERIFY(done->contactCreated);
        QVERIFY(!done->companyCreated);
        QCOMPARE(companies.get(id)->status, LifecycleStatus::Prospect);
        QCOMPARE(companies.get(id)->industry, u"Timber"_qs);
        const Contact person = contacts.get(done->contactId).value();
        QCOMPARE(person.displayName(), u"Anna Ozola"_qs);
        QCOMPARE(person.companyId, id);
        QCOMPARE(person.status, LifecycleStatus::Prospect);
        const Deal deal = DealRepository(t.db()).get(done->dealId).value();
        QCOMPARE(deal.companyId, id);
        QCOMPARE(deal.contacts.size(), 1);
        QCOMPARE(deal.contacts.first().contactId, done->contactId);
        QCOMPARE(deal.amount, sampleDeal().amount);
        QVERIFY(HistoryRepository(t.db()).historyOf(id)->size() > historyBefore);
        // One transaction, and the status change is captured for sync.
        QCOMPARE(t.scalar(u"SELECT count(DISTINCT txn) FROM change_log WHERE seq > ?"_qs,
                          {beforeStranger})
                     .toInt(),
                 1);
        QCOMPARE(t.scalar(u"SELECT new_value FROM change_log WHERE seq > ? AND tbl = 'companies'"
                          u" AND col = 'status'"_qs,
                          {beforeStranger})
                     .toString(),
                 u"prospect"_qs);
        // A prospect is no longer a lead.
        auto again =
            LeadConversion(t.db()).convertCompany(id, sampleDeal(), {{}, u"Anna"_qs, u"Ozola"_qs});
        QVERIFY(!again);
        QCOMPARE(again.error().field, u"status"_qs);
    }

    // Undo puts back exactly what was there: the company's and the picked contact's rows as
    // they were (every synced column), the new contact and the deal deleted; redo converts
    // again with the same records.
    void companyLeadConversionUndoAndRedo_data()
    {
        QTest::addColumn<bool>("pickExisting");
        QTest::addRow("new contact") << false;
        QTest::addRow("one of its contacts") << true;
    }
    void companyLeadConversionUndoAndRedo()
    {
        QFETCH(bool, pickExisting);
        test::TestDatabase t;
        CompanyRepository companies(t.db());
        ContactRepository contacts(t.db());
        const QByteArray id = companies.create(test::company(u"Ozols SIA"_qs)).value();
        Contact member = test::contact(u"Pēteris"_qs, u"Ozols"_qs);
        member.companyId = id;
        member.status = LifecycleStatus::Lead;
        const QByteArray memberId = contacts.create(member).value();
        const QString companyBefore = rowState(t, u"companies"_qs, id);
        const QString memberBefore = rowState(t, u"contacts"_qs, memberId);
        const int liveContacts = contacts.count().value();

        LeadConversion conversion(t.db());
        const LeadConversion::PrimaryContact person =
            pickExisting ? LeadConversion::PrimaryContact{memberId, {}, {}}
                         : LeadConversion::PrimaryContact{{}, u"Anna"_qs, u"Ozola"_qs};
        auto done = conversion.convertCompany(id, sampleDeal(), person);
        QVERIFY2(done, qPrintable(done.error().message()));
        QCOMPARE(done->contactCreated, !pickExisting);
        if (pickExisting) {
            QCOMPARE(done->contactId, memberId);
            QCOMPARE(contacts.get(memberId)->status, LifecycleStatus::Prospect);
        }
        QVERIFY(companyBefore != rowState(t, u"companies"_qs, id));

        const int before = lastSeq(t);
        QVERIFY(conversion.undo(done.value()));
        QCOMPARE(rowState(t, u"companies"_qs, id), companyBefore);
        QCOMPARE(rowState(t, u"contacts"_qs, memberId), memberBefore);
        QCOMPARE(contacts.count().value(), liveContacts);
        QVERIFY(DealRepository(t.db()).get(done->dealId)->deleted);
        QVERIFY(DealRepository(t.db()).list({}).value().isEmpty());
        QCOMPARE(t.scalar(u"SELECT count(DISTINCT txn) FROM change_log WHERE seq > ?"_qs, {before})
                     .toInt(),
                 1); // one transaction, captured for sync

        QVERIFY(conversion.redo(done.value()));
        QCOMPARE(companies.get(id)->status, LifecycleStatus::Prospect);
        const Contact back = contacts.get(done->contactId).value();
        QVERIFY(!back.deleted);
        QCOMPARE(back.companyId, id);
        QCOMPARE(back.status, LifecycleStatus::Prospect);
        QVERIFY(!DealRepository(t.db()).get(done->dealId)->deleted);
        QCOMPARE(contacts.count().value(), liveContacts + (pickExisting ? 0 : 1));
        // And undo again after the redo.
        QVERIFY(conversion.undo(done.value()));
        QCOMPARE(rowState(t, u"companies"_qs, id), companyBefore);
        QCOMPARE(rowState(t, u"contacts"_qs, memberId), memberBefore);
    }

    // A contact's conversion moves a company that was a lead on with it; undo puts it back.
    void contactConversionMovesALeadCompanyOn()
    {
        test::TestDatabase t;
        const QByteArray companyId =
            CompanyRepository(t.db()).create(test::company(u"Ozols SIA"_qs)).value();
        Company customer = test::company(u"Other SIA"_qs);
        customer.status = LifecycleStatus::Customer;
        const QByteArray customerId = CompanyRepository(t.db()).create(customer).value();
        for (const QByteArray &company : {companyId, customerId}) {
            Contact lead = test::contact(u"Pēteris"_qs, u"Ozols"_qs);
            lead.companyId = company;
            const QByteArray id = ContactRepository(t.db()).create(lead).value();
            LeadConversion conversion(t.db());
            auto done = conversion.convert(id, sampleDeal());
            QVERIFY2(done, qPrintable(done.error().message()));
            const LifecycleStatus was =
                company == companyId ? LifecycleStatus::Lead : LifecycleStatus::Customer;
            QCOMPARE(CompanyRepository(t.db()).get(company)->status,
                     company == companyId ? LifecycleStatus::Prospect : LifecycleStatus::Customer);
            QVERIFY(conversion.undo(done.value()));
            QCOMPARE(CompanyRepository(t.db()).get(company)->status, was);
            QVERIFY(conversion.redo(done.value()));
            QCOMPARE(CompanyRepository(t.db()).get(company)->status,
                     company == companyId ? LifecycleStatus::Prospect : LifecycleStatus::Customer);
        }
        // A company made by the conversion starts as a prospect.
        Contact loner = test::contact(u"Anna"_qs, u"Ozola"_qs);
        const QByteArray lonerId = ContactRepository(t.db()).create(loner).value();
        auto made = LeadConversion(t.db()).convert(lonerId, sampleDeal(), u"New SIA"_qs);
        QVERIFY(made);
        QVERIFY(made->companyCreated);
        QCOMPARE(CompanyRepository(t.db()).get(made->companyId)->status, LifecycleStatus::Prospect);
    }

    void money_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<qint64>("minor"); // -1: refused
        QTest::addRow("whole euros") << u"1250"_qs << u"EUR"_qs << qint64(125000);
        QTest::addRow("cents") << u"1250.5"_qs << u"EUR"_qs << qint64(125050);
        QTest::addRow("too many decimals") << u"1250.505"_qs << u"EUR"_qs << qint64(-1);
        QTest::addRow("yen has none") << u"100"_qs << u"JPY"_qs << qint64(100);
        QTest::addRow("yen with decimals") << u"100.5"_qs << u"JPY"_qs << qint64(-1);
        QTest::addRow("dinar has three") << u"1.234"_qs << u"KWD"_qs << qint64(1234);
        QTest::addRow("comma") << u"1,5"_qs << u"EUR"_qs << qint64(-1);
        QTest::addRow("words") << u"ten"_qs << u"EUR"_qs << qint64(-1);
        QTest::addRow("huge") << u"99999999999999999999"_qs << u"EUR"_qs << qint64(-1);
    }
    void money()
    {
        QFETCH(QString, text);
        QFETCH(QString, currency);
        QFETCH(qint64, minor);
        auto parsed = Money::parse(text, currency);
        if (minor < 0) {
            QVERIFY(!parsed);
            QCOMPARE(parsed.error().field, u"amount"_qs);
            return;
        }
        QVERIFY2(parsed, qPrintable(parsed.error().detail));
        QCOMPARE(parsed.value(), minor);
        QCOMPARE(Money::parse(Money::plain(minor, currency), currency).value(), minor);
    }

    void moneyInTheUsersLocale()
    {
        QVERIFY(Money::isCurrency(u"EUR"_qs));
        QVERIFY(Money::isCurrency(u"GBP"_qs)); // ICU 72 says GBP is not available since 2000
        QVERIFY(Money::isCurrency(u"PLN"_qs));
        QVERIFY(!Money::isCurrency(u"SUR"_qs)); // the Soviet rouble
        QVERIFY(!Money::isCurrency(u"eur"_qs));
        QVERIFY(!Money::isCurrency(u"XYZ"_qs));
        QCOMPARE(Money::format(125050, u"USD"_qs, QLocale(u"en_US"_qs)), u"$1,250.50"_qs);
        const QString lv = Money::format(125050, u"EUR"_qs, QLocale(u"lv_LV"_qs));
        QVERIFY2(lv.contains(u"250,50"_qs) && lv.contains(u'€'), qPrintable(lv));
        const QString yen = Money::format(1250, u"JPY"_qs, QLocale(u"en_US"_qs));
        QVERIFY2(yen.contains(u"1,250"_qs) && !yen.contains(u'.'), qPrintable(yen));
        QCOMPARE(Money::plain(5, u"EUR"_qs), u"0.05"_qs);
    }
};

QTEST_GUILESS_MAIN(TestDeals)
#include "tst_deals.moc"
