// SPDX-License-Identifier: GPL-3.0-or-later
// Deals between two real database files through the local side of sync: a deal arrives
// with its contacts and stage history and its derived columns right; concurrent moves on two
// laptops converge on one stage and keep both moves in the history; an edit of the seeded
// default pipeline reaches the other laptop.
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/dealrepository.h"
#include "services/leadconversion.h"
#include "services/pipelinerepository.h"
#include "support/testdatabase.h"
#include "sync/localreplica.h"

#include <QTest>

using namespace crm::core;
using namespace crm::core::sync;
using crm::test::TestDatabase;

namespace {

// Plays the server's part of giving sequence numbers: a log shared by the replicas.
struct Log
{
    QList<Change> changes;

    PushResponse push(const QList<Change> &batch)
    {
        PushResponse r;
        for (Change c : batch) {
            c.serverSeq = changes.size() + 1;
            changes << c;
            r.results << PushResult{c.counter, PushStatus::Applied, c.serverSeq, {}, 0};
        }
        return r;
    }
    PullResponse since(qint64 cursor, const QByteArray &device) const
    {
        PullResponse p;
        for (const Change &c : changes) {
            if (c.serverSeq > cursor && c.device != device)
                p.changes << c;
        }
        p.next = changes.size();
        return p;
    }
};

Status exchange(Log &log, LocalReplica &r)
{
    SyncReport report;
    auto pending = r.pending(1000);
    if (!pending)
        return pending.error();
    if (!pending->isEmpty()) {
        if (auto s = r.acknowledge(*pending, log.push(*pending), report); !s)
            return s;
    }
    auto cursor = r.pullCursor();
    if (!cursor)
        return cursor.error();
    return r.apply(log.since(*cursor, r.device()), report);
}

} // namespace

class TestDealSync : public QObject
{
    Q_OBJECT

private slots:
    // A company's status is a synced field: its change is one change-log entry that reaches
    // the other laptop; a company lead's conversion and its undo arrive whole.
    void companyStatusAndConversionSync()
    {
        TestDatabase a, b;
        LocalReplica ra(a.db()), rb(b.db());
        Log log;
        Company lead;
        lead.name = u"Ozols SIA"_qs;
        const QByteArray id = CompanyRepository(a.db()).create(lead).value();
        QVERIFY(exchange(log, ra));
        QVERIFY(exchange(log, rb));
        QCOMPARE(CompanyRepository(b.db()).get(id)->status, LifecycleStatus::Lead);

        // An edit of the status alone: one entry, old and new value, sent and applied.
        const int seq = a.scalar(u"SELECT MAX(seq) FROM change_log"_qs).toInt();
        Company c = CompanyRepository(a.db()).get(id).value();
        c.status = LifecycleStatus::Customer;
        QVERIFY(CompanyRepository(a.db()).update(c));
        QCOMPARE(a.scalar(u"SELECT count(*) FROM change_log WHERE seq > ?"_qs, {seq}).toInt(), 1);
        QCOMPARE(a.scalar(u"SELECT col || ':' || old_value || '>' || new_value FROM change_log"
                          u" WHERE seq > ?"_qs,
                          {seq})
                     .toString(),
                 u"status:lead>customer"_qs);
        QCOMPARE(ra.pendingCount().value(), 1);
        QVERIFY(exchange(log, ra));
        QVERIFY(exchange(log, rb));
        QCOMPARE(CompanyRepository(b.db()).get(id)->status, LifecycleStatus::Customer);

        // Back to lead on b, then converted on a after it arrived.
        c = CompanyRepository(b.db()).get(id).value();
        c.status = LifecycleStatus::Lead;
        QVERIFY(CompanyRepository(b.db()).update(c));
        QVERIFY(exchange(log, rb));
        QVERIFY(exchange(log, ra));
        QCOMPARE(CompanyRepository(a.db()).get(id)->status, LifecycleStatus::Lead);
        LeadConversion conversion(a.db());
        Deal d;
        d.title = u"Fleet"_qs;
        d.amount = 100'00;
        auto done = conversion.convertCompany(id, d, {{}, u"Anna"_qs, u"Ozola"_qs});
        QVERIFY2(done, qPrintable(done.error().message()));
        QVERIFY(exchange(log, ra));
        QVERIFY(exchange(log, rb));
        QCOMPARE(CompanyRepository(b.db()).get(id)->status, LifecycleStatus::Prospect);
        const Contact there = ContactRepository(b.db()).get(done->contactId).value();
        QCOMPARE(there.companyId, id);
        QCOMPARE(there.status, LifecycleStatus::Prospect);
        const Deal deal = DealRepository(b.db()).get(done->dealId).value();
        QCOMPARE(deal.companyId, id);
        QCOMPARE(deal.contacts.value(0).contactId, done->contactId);

        QVERIFY(conversion.undo(done.value()));
        QVERIFY(exchange(log, ra));
        QVERIFY(exchange(log, rb));
        QCOMPARE(CompanyRepository(b.db()).get(id)->status, LifecycleStatus::Lead);
        QVERIFY(ContactRepository(b.db()).get(done->contactId)->deleted);
        QVERIFY(DealRepository(b.db()).get(done->dealId)->deleted);
        QCOMPARE(rb.pendingCount().value(), 0);
    }

    void dealArrivesWithHistoryAndDerivedColumns()
    {
        TestDatabase a, b;
        LocalReplica ra(a.db()), rb(b.db());
        Log log;
        Deal d;
        d.title = QStringLiteral("Fleet renewal");
        d.amount = 1'000'00;
        d.currency = QStringLiteral("EUR");
        const QByteArray id = DealRepository(a.db()).create(d).value();
        QVERIFY(DealRepository(a.db()).move(id, DefaultPipeline::stageId(3)));
        Stage negotiation = PipelineRepository(a.db()).stage(DefaultPipeline::stageId(3)).value();
        negotiation.name = QStringLiteral("Bargaining");
        negotiation.probability = 80;
        QVERIFY(PipelineRepository(a.db()).updateStage(negotiation));
        QVERIFY(exchange(log, ra));
        QVERIFY(exchange(log, rb));

        auto there = DealRepository(b.db()).get(id);
        QVERIFY(there);
        QCOMPARE(there->title, d.title);
        QCOMPARE(there->stageId, DefaultPipeline::stageId(3));
        QCOMPARE(there->effectiveProbability, 80); // the seeded stage's edit arrived too
        QCOMPARE(there->weightedAmount, qint64(80'000));
        QCOMPARE(there->pipelineId, DefaultPipeline::pipelineId());
        QCOMPARE(there->stageSince, DealRepository(a.db()).get(id)->stageSince);
        QCOMPARE(DealRepository(b.db()).stageHistory(id)->size(), 2);
        QCOMPARE(PipelineRepository(b.db()).stage(DefaultPipeline::stageId(3))->name,
                 u"Bargaining"_qs);
        // Nothing applied was captured again on b.
        QCOMPARE(rb.pendingCount().value(), 0);
    }

    void concurrentMovesConvergeAndBothAreHistory()
    {
        TestDatabase a, b;
        LocalReplica ra(a.db()), rb(b.db());
        Log log;
        Deal d;
        d.title = QStringLiteral("Two laptops");
        d.amount = 500'00;
        d.currency = QStringLiteral("EUR");
        const QByteArray id = DealRepository(a.db()).create(d).value();
        QVERIFY(exchange(log, ra));
        QVERIFY(exchange(log, rb));
        // Offline, each moves it somewhere else.
        QVERIFY(DealRepository(a.db()).move(id, DefaultPipeline::stageId(2)));
        QVERIFY(DealRepository(b.db()).move(id, DefaultPipeline::stageId(3)));
        QVERIFY(exchange(log, ra));
        QVERIFY(exchange(log, rb));
        QVERIFY(exchange(log, ra));
        const Deal onA = DealRepository(a.db()).get(id).value();
        const Deal onB = DealRepository(b.db()).get(id).value();
        QCOMPARE(onA.stageId, onB.stageId); // last writer wins, the same everywhere
        QCOMPARE(onA.effectiveProbability, onB.effectiveProbability);
        QCOMPARE(onA.stageSince, onB.stageSince);
        // Both moves happened and both stay in the history.
        QCOMPARE(DealRepository(a.db()).stageHistory(id)->size(), 3);
        QCOMPARE(DealRepository(b.db()).stageHistory(id)->size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestDealSync)
#include "tst_dealsync.moc"
