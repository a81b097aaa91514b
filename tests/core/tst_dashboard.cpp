// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's figures against values worked out by hand on a fixture database: "now" is
// Tuesday 15 December 2026, 10:00 in Riga (UTC+2), the period "this month" is 1–15 December
// and is compared with 1–15 November. Edges: records at 23:59 on the last day, at 00:00 on
// the day after, and one that is 1 December in Riga but still 30 November in UTC.
#include "dashboard/dashboardservice.h"
#include "domain/pipeline.h"
#include "support/dashboardfixture.h"
#include "support/testdatabase.h"

#include <QTest>

using namespace crm;
using namespace crm::core;
using namespace crm::core::dashboard;

namespace {

using Fixture = test::DashboardFixture;
const QTimeZone kRiga = Fixture::zone();

MoneyAmounts money(std::initializer_list<std::pair<const char *, qint64>> amounts)
{
    MoneyAmounts out;
    for (const auto &[currency, amount] : amounts)
        out.insert(QString::fromLatin1(currency), amount);
    return out;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<Fixture> m_f;
    QDateTime m_now;

    Figures figures(const QString &period = u"this_month"_qs, const QString &owner = {},
                    const QTimeZone &zone = kRiga)
    {
        DashboardService::Options o;
        o.period = period;
        o.owner = owner;
        o.now = m_now;
        o.zone = zone;
        auto f = DashboardService(m_t->db()).figures(o);
        if (!f)
            qFatal("%s", qPrintable(f.error().detail));
        return f.value();
    }

    qint64 recordsOf(const RecordSet &set)
    {
        auto n = RecordSets::count(m_t->db(), set);
        if (!n)
            qFatal("%s", qPrintable(n.error().detail));
        return n.value();
    }

private slots:
    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        m_now = Fixture::now();
        m_f = std::make_unique<Fixture>(m_t->db());
    }

    void cleanup()
    {
        m_f.reset();
        m_t.reset();
    }

    void periods_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QDate>("previousFrom");
        QTest::addColumn<QDate>("previousTo");
        const QDate dec15(2026, 12, 15);
        QTest::addRow("this month") << u"this_month"_qs << dec15 << QDate(2026, 12, 1) << dec15
                                    << QDate(2026, 11, 1) << QDate(2026, 11, 15);
        QTest::addRow("this month, clamped to February")
            << u"this_month"_qs << QDate(2026, 3, 31) << QDate(2026, 3, 1) << QDate(2026, 3, 31)
            << QDate(2026, 2, 1) << QDate(2026, 2, 28);
        // 76 days each: 1 October – 15 December against 1 July – 14 September.
        QTest::addRow("this quarter") << u"this_quarter"_qs << dec15 << QDate(2026, 10, 1) << dec15
                                      << QDate(2026, 7, 1) << QDate(2026, 9, 14);
        QTest::addRow("this year") << u"this_year"_qs << dec15 << QDate(2026, 1, 1) << dec15
                                   << QDate(2025, 1, 1) << QDate(2025, 12, 15);
        QTest::addRow("last 30 days") << u"last_30_days"_qs << dec15 << QDate(2026, 11, 16) << dec15
                                      << QDate(2026, 10, 17) << QDate(2026, 11, 15);
        QTest::addRow("explicit") << u"2026-12-01..2026-12-10"_qs << dec15 << QDate(2026, 12, 1)
                                  << QDate(2026, 12, 10) << QDate(2026, 11, 21)
                                  << QDate(2026, 11, 30);
    }

    void periods()
    {
        QFETCH(QString, key);
        QFETCH(QDate, today);
        auto p = DashboardPeriod::resolve(key, today, kRiga);
        QVERIFY2(p.ok(), qPrintable(p ? QString() : p.error().detail));
        QTEST(p->current.from, "from");
        QTEST(p->current.to, "to");
        QTEST(p->previous.from, "previousFrom");
        QTEST(p->previous.to, "previousTo");
        QCOMPARE(p->from, p->current.from.startOfDay(kRiga).toMSecsSinceEpoch());
        QCOMPARE(p->to, p->current.to.addDays(1).startOfDay(kRiga).toMSecsSinceEpoch());
    }

    void badPeriodIsAnError()
    {
        QVERIFY(!DashboardPeriod::resolve(u"all"_qs, QDate(2026, 12, 15), kRiga).ok());
        QVERIFY(!DashboardPeriod::resolve(u"fortnight"_qs, QDate(2026, 12, 15), kRiga).ok());
    }

    void everyFigureAgainstTheFixture()
    {
        const Figures f = figures();
        QVERIFY(!f.databaseEmpty);
        QCOMPARE(f.primaryCurrency, u"EUR"_qs);

        // c1, c2, c3 (23:30 on the 15th), c9 (1 Dec in Riga); before: c5.
        QCOMPARE(f.newContacts.count, 4);
        QCOMPARE(f.newContacts.previousCount, 1);
        QCOMPARE(f.newLeads.count, 2); // c1, c3
        QCOMPARE(f.newLeads.previousCount, 1);

        // d1 and d2 (23:59 on the 15th); d6 (00:00 on the 16th) and the deleted d7 are not.
        QCOMPARE(f.won.count, 2);
        QCOMPARE(f.won.amounts, money({{"EUR", 100000}, {"USD", 50000}}));
        QCOMPARE(f.won.previousCount, 1);
        QCOMPARE(f.won.previousAmounts, money({{"EUR", 200000}}));
        QCOMPARE(f.lost.count, 1);
        QCOMPARE(f.lost.amounts, money({{"EUR", 30000}}));
        QCOMPARE(f.lost.previousCount, 1);
        QCOMPARE(f.lost.previousAmounts, money({{"EUR", 40000}}));

        QVERIFY(f.winRate.value && f.winRate.previous);
        QCOMPARE(*f.winRate.value, 2.0 / 3.0);
        QCOMPARE(*f.winRate.previous, 0.5);
        QCOMPARE(f.winRate.basis, 3);

        QVERIFY(f.salesCycleDays.value && f.salesCycleDays.previous);
        QCOMPARE(*f.salesCycleDays.value, 12.5); // 10 and 15 days
        QCOMPARE(*f.salesCycleDays.previous, 20.0);
        QCOMPARE(f.salesCycleDays.basis, 2);

        // Open now: o1 (Research 10 %), o2 (Proposal 50 %), o3 (Negotiation 75 %).
        QCOMPARE(f.openPipeline.count, 3);
        QCOMPARE(f.openPipeline.amounts, money({{"EUR", 3000000}, {"USD", 500000}}));
        QCOMPARE(f.openPipeline.weighted, money({{"EUR", 1100000}, {"USD", 375000}}));
        // Open on 16 November 00:00: o3, and d4 (lost only on 2 December).
        QCOMPARE(f.openPipeline.previousCount, 2);
        QCOMPARE(f.openPipeline.previousAmounts, money({{"EUR", 30000}, {"USD", 500000}}));

        QCOMPARE(f.stages.size(), 4); // the default pipeline's open stages, in order
        const qint64 stageCounts[] = {1, 0, 1, 1};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(f.stages[i].stageId, DefaultPipeline::stageId(i));
            QCOMPARE(f.stages[i].count, stageCounts[i]);
        }
        QCOMPARE(f.stages[2].total, money({{"EUR", 2000000}}));
        QCOMPARE(f.stages[2].weighted, money({{"EUR", 1000000}}));

        // Done: a call, a meeting, a task (at 23:59:59 on the 15th); before: a call.
        QCOMPARE(f.activitiesDone.count, 3);
        QCOMPARE(f.activitiesDone.previousCount, 1);
        QHash<QString, std::pair<qint64, qint64>> kinds;
        for (const KindFigure &k : f.activitiesByKind)
            kinds.insert(k.kind, {k.count, k.previousCount});
        QCOMPARE(kinds.value(u"call"_qs), std::make_pair(qint64(1), qint64(1)));
        QCOMPARE(kinds.value(u"meeting"_qs), std::make_pair(qint64(1), qint64(0)));
        QCOMPARE(kinds.value(u"task"_qs), std::make_pair(qint64(1), qint64(0)));
        QCOMPARE(kinds.value(u"note"_qs), std::make_pair(qint64(0), qint64(0)));

        // Koks bought in euros (ranked first), Athens in dollars.
        QCOMPARE(f.topCustomers.size(), 2);
        QCOMPARE(f.topCustomers[0].name, u"Koks SIA"_qs);
        QCOMPARE(f.topCustomers[0].won, money({{"EUR", 100000}}));
        QCOMPARE(f.topCustomers[0].previousWon, money({{"EUR", 200000}}));
        QCOMPARE(f.topCustomers[1].name, u"Αθήνα ΑΕ"_qs);
        QCOMPARE(f.topCustomers[1].won, money({{"USD", 50000}}));
        QVERIFY(f.topCustomers[1].previousWon.isEmpty());

        // Charts: December holds d1, d2 and d6 (the whole month); November d3.
        QCOMPARE(f.wonPerMonth.size(), 12);
        QCOMPARE(f.wonPerMonth.last().start, QDate(2026, 12, 1));
        QCOMPARE(f.wonPerMonth.last().count, 3);
        QCOMPARE(f.wonPerMonth.last().amounts, money({{"EUR", 170000}, {"USD", 50000}}));
        QCOMPARE(f.wonPerMonth[10].amounts, money({{"EUR", 200000}}));
        QCOMPARE(f.activitiesPerWeek.size(), 12);
        // The week of Monday 14 December holds the task done on the 15th.
        QCOMPARE(f.activitiesPerWeek.last().start, QDate(2026, 12, 14));
        QCOMPARE(f.activitiesPerWeek.last().count, 1);
        QCOMPARE(f.activitiesPerWeek.last().byKind.value(u"task"_qs), 1);
        qint64 weeks = 0;
        for (const Bucket &b : f.activitiesPerWeek)
            weeks += b.count;
        QCOMPARE(weeks, 4);
    }

    void recordsBehindMatchTheirFigures()
    {
        for (const QString &owner : {QString(), u"anna"_qs, u"bob"_qs}) {
            const Figures f = figures(u"this_month"_qs, owner);
            QCOMPARE(recordsOf(f.newContacts.records), f.newContacts.count);
            QCOMPARE(recordsOf(f.newLeads.records), f.newLeads.count);
            QCOMPARE(recordsOf(f.won.records), f.won.count);
            QCOMPARE(recordsOf(f.lost.records), f.lost.count);
            QCOMPARE(recordsOf(f.winRate.records), f.winRate.basis);
            QCOMPARE(recordsOf(f.salesCycleDays.records), f.salesCycleDays.basis);
            QCOMPARE(recordsOf(f.openPipeline.records), f.openPipeline.count);
            QCOMPARE(recordsOf(f.activitiesDone.records), f.activitiesDone.count);
            for (const StageFigure &s : f.stages)
                QCOMPARE(recordsOf(s.records), s.count);
            for (const KindFigure &k : f.activitiesByKind)
                QCOMPARE(recordsOf(k.records), k.count);
            for (const Customer &c : f.topCustomers)
                QCOMPARE(recordsOf(c.records), c.deals);
            for (const Bucket &b : f.wonPerMonth)
                QCOMPARE(recordsOf(b.records), b.count);
            for (const Bucket &b : f.activitiesPerWeek) {
                QCOMPARE(recordsOf(b.records), b.count);
                for (auto it = b.byKindRecords.cbegin(); it != b.byKindRecords.cend(); ++it)
                    QCOMPARE(recordsOf(it.value()), b.byKind.value(it.key()));
            }
        }
        // A page of the records: the newest first, the won deals of the period.
        const Figures f = figures();
        auto rows = RecordSets::page(m_t->db(), f.won.records, 0, 10);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).title, u"d2"_qs);
        QCOMPARE(rows->at(0).detail, u"Αθήνα ΑΕ · Won"_qs);
        auto rest = RecordSets::page(m_t->db(), f.won.records, rows->at(0).rid, 10);
        QVERIFY(rest.ok());
        QCOMPARE(rest->size(), 1);
        QCOMPARE(rest->at(0).title, u"d1"_qs);
    }

    void ownerFilter()
    {
        const Figures anna = figures(u"this_month"_qs, u"anna"_qs);
        QCOMPARE(anna.newContacts.count, 3); // c1, c2, c9
        QCOMPARE(anna.newLeads.count, 1);
        QCOMPARE(anna.newContacts.previousCount, 1);
        QCOMPARE(anna.won.count, 1);
        QCOMPARE(anna.won.amounts, money({{"EUR", 100000}}));
        QCOMPARE(anna.lost.count, 0);
        QCOMPARE(*anna.winRate.value, 1.0);
        QCOMPARE(*anna.winRate.previous, 0.5); // d3 won, d5 lost
        QCOMPARE(anna.openPipeline.count, 2);  // o1, o3
        QCOMPARE(anna.openPipeline.amounts, money({{"EUR", 1000000}, {"USD", 500000}}));
        QCOMPARE(anna.activitiesDone.count, 2);
        QCOMPARE(anna.topCustomers.size(), 1);

        const Figures bob = figures(u"this_month"_qs, u"bob"_qs);
        QCOMPARE(bob.won.count, 1);
        QCOMPARE(bob.won.amounts, money({{"USD", 50000}}));
        QVERIFY(!bob.winRate.previous); // nothing closed by bob in November
        QVERIFY(!bob.salesCycleDays.previous);
        QCOMPARE(bob.newContacts.count, 1); // c3

        auto owners = DashboardService(m_t->db()).owners();
        QVERIFY(owners.ok());
        QVERIFY(owners->contains(u"anna"_qs));
        QVERIFY(owners->contains(u"bob"_qs));
        QVERIFY(owners->contains(m_t->db()->localUser()));
    }

    void timeZoneDecidesTheDay()
    {
        // In UTC, c9 was created on 30 November (in neither period), c4 on the evening of
        // 15 December (in this one) and c6 on the evening of 15 November (in the previous one).
        const Figures utc = figures(u"this_month"_qs, {}, QTimeZone::utc());
        QCOMPARE(utc.newContacts.count, 4);
        auto rows = RecordSets::page(m_t->db(), utc.newContacts.records, 0, 10);
        QVERIFY(rows.ok());
        QStringList names;
        for (const RecordRow &r : rows.value())
            names << r.title;
        QCOMPARE(names, QStringList({u"c4 Test"_qs, u"c3 Test"_qs, u"c2 Test"_qs, u"c1 Test"_qs}));
        QCOMPARE(utc.newContacts.previousCount, 2); // c5, and c6 (15 November 22:00 UTC)
    }

    void myDay()
    {
        m_f->exec(u"UPDATE contacts SET birthday = '1990-12-15' WHERE first_name = 'c1'"_qs, {});
        DashboardService::Options o;
        o.now = m_now;
        o.zone = kRiga;
        auto day = DashboardService(m_t->db()).myDay(o);
        QVERIFY(day.ok());
        // Overdue: anna's task of the 14th and bob's of the 10th (oldest first).
        QCOMPARE(day->overdueCount, 2);
        QCOMPARE(day->overdue.size(), 2);
        QCOMPARE(day->overdue.at(1).id, m_f->overdueTask);
        QCOMPARE(recordsOf(day->overdueRecords), day->overdueCount);
        // Today: the task done this morning and the one due this afternoon.
        QCOMPARE(day->today.size(), 2);
        QCOMPARE(day->reminders.size(), 1);
        QCOMPARE(day->reminders.at(0).kind, Reminder::Kind::Birthday);
        QCOMPARE(day->reminders.at(0).years, 36);
        // o3 has been in Negotiation (14 days' limit) since 1 October.
        QCOMPARE(day->staleCount, 1);
        QCOMPARE(day->stale.size(), 1);
        QCOMPARE(day->stale.at(0).id, m_f->staleDeal);
        QVERIFY2(day->stale.at(0).reason.contains(u"Negotiation"),
                 qPrintable(day->stale.at(0).reason));
        QCOMPARE(recordsOf(day->staleRecords), 1);

        o.owner = u"bob"_qs;
        day = DashboardService(m_t->db()).myDay(o);
        QVERIFY(day.ok());
        QCOMPARE(day->overdueCount, 1);
        QCOMPARE(day->staleCount, 0);
        QVERIFY(day->today.isEmpty());
    }

    void emptyDatabase()
    {
        m_t = std::make_unique<test::TestDatabase>();
        const Figures f = figures();
        QVERIFY(f.databaseEmpty);
        QCOMPARE(f.newContacts.count, 0);
        QCOMPARE(f.won.count, 0);
        QVERIFY(f.won.amounts.isEmpty());
        QVERIFY(!f.winRate.value);
        QVERIFY(!f.salesCycleDays.value);
        QCOMPARE(f.openPipeline.count, 0);
        QCOMPARE(f.stages.size(), 4);
        QVERIFY(f.topCustomers.isEmpty());
        QCOMPARE(f.wonPerMonth.size(), 12);
        QCOMPARE(recordsOf(f.won.records), 0);
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
