// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testdatabase.h"
#include "sync/synclog.h"

#include <QTest>

using namespace crm;
using namespace crm::core;
using namespace crm::core::sync;

// The local sync log: one line per run, runs alike in a row folded into one, bounded.
class TestSyncLog : public QObject
{
    Q_OBJECT

    static Result<SyncReport> moved(int pushed, int pulled)
    {
        SyncReport r;
        r.pushed = pushed;
        r.pulled = pulled;
        r.applied = pulled;
        return r;
    }
    static Result<SyncReport> failed(ErrorCode code, const QString &why)
    {
        return Error{code, why, {}};
    }

private slots:
    void foldsRunsAlike()
    {
        test::TestDatabase t;
        SyncLog log(t.db());
        const QString server = u"https://crm.example.com"_qs;
        QVERIFY(log.record(1000, server, moved(3, 0)).ok());
        QVERIFY(log.record(2000, server, moved(0, 0)).ok());
        QVERIFY(log.record(3000, server, moved(0, 0)).ok());
        QVERIFY(log.record(4000, server, moved(0, 0)).ok());
        QVERIFY(log.record(5000, server, failed(ErrorCode::Io, u"cannot reach it"_qs)).ok());
        QVERIFY(log.record(6000, server, failed(ErrorCode::Io, u"cannot reach it"_qs)).ok());
        QVERIFY(log.record(7000, server, failed(ErrorCode::Io, u"timed out"_qs)).ok());
        QVERIFY(log.record(8000, server, failed(ErrorCode::Unauthorized, u"token"_qs)).ok());
        QVERIFY(log.record(9000, server, moved(0, 2)).ok());

        const auto lines = log.recent();
        QVERIFY(lines.ok());
        QCOMPARE(lines->size(), 6);
        const SyncLogEntry &newest = lines->at(0);
        QCOMPARE(newest.outcome, SyncLogEntry::Outcome::Ok);
        QCOMPARE(newest.report.pulled, 2);
        QCOMPARE(newest.repeats, 1);
        QCOMPARE(lines->at(1).outcome, SyncLogEntry::Outcome::SignedOut);
        QCOMPARE(lines->at(2).message, u"timed out"_qs);
        QCOMPARE(lines->at(3).outcome, SyncLogEntry::Outcome::Offline);
        QCOMPARE(lines->at(3).repeats, 2);
        QCOMPARE(lines->at(3).startedAt, 5000);
        QVERIFY(lines->at(3).finishedAt >= 6000);
        const SyncLogEntry &idle = lines->at(4);
        QCOMPARE(idle.repeats, 3);
        QCOMPARE(idle.startedAt, 2000);
        QVERIFY(idle.isIdle());
        QCOMPARE(lines->at(5).report.pushed, 3);
        QCOMPARE(lines->at(5).server, server);

        QCOMPARE(log.recent(2)->size(), 2);
        QVERIFY(log.clear().ok());
        QCOMPARE(log.recent()->size(), 0);
    }

    void refusedChangesAreTold()
    {
        test::TestDatabase t;
        SyncLog log(t.db());
        SyncReport r;
        r.pushed = 1;
        r.rejected = 2;
        r.rejections = {u"private record of another user"_qs, u"too long"_qs};
        QVERIFY(log.record(1000, u"s"_qs, r).ok());
        const auto lines = log.recent();
        QCOMPARE(lines->size(), 1);
        QCOMPARE(lines->at(0).report.rejected, 2);
        QCOMPARE(lines->at(0).message, u"private record of another user\ntoo long"_qs);
    }

    void keepsTheNewestLines()
    {
        test::TestDatabase t;
        SyncLog log(t.db());
        for (int i = 1; i <= SyncLog::Kept + 25; ++i)
            QVERIFY(log.record(i, u"s"_qs, moved(i, 0)).ok());
        const auto lines = log.recent(SyncLog::Kept + 100);
        QCOMPARE(lines->size(), SyncLog::Kept);
        QCOMPARE(lines->first().report.pushed, SyncLog::Kept + 25);
        QCOMPARE(lines->last().report.pushed, 26);
    }

    void outcomes()
    {
        QCOMPARE(SyncLog::outcomeOf(Error{ErrorCode::Io, {}, {}}), SyncLogEntry::Outcome::Offline);
        QCOMPARE(SyncLog::outcomeOf(Error{ErrorCode::Forbidden, {}, {}}),
                 SyncLogEntry::Outcome::SignedOut);
        QCOMPARE(SyncLog::outcomeOf(Error{ErrorCode::Invalid, {}, {}}),
                 SyncLogEntry::Outcome::Failed);
    }
};

QTEST_GUILESS_MAIN(TestSyncLog)
#include "tst_synclog.moc"
