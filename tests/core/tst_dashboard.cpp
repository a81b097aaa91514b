// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard's figures against values worked out by hand on a fixture database: "now" is
// Tuesday 15 December 2026, 10:00 in Riga (UTC+2), the period "this month" is 1–15 December
// and is compared with 1–15 November. Edges: records at 23:59 on the last day, at 00:00 on
// the day after, and one that is 1 December in Riga but still 30 November in UTC.
#include "dashboard/dashboardservice.h"
#include "services/activityrepository.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/dealrepository.h"
#include "support/builders.h"
#include "support/testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace crm;
using namespace crm::core;
using namespace crm::core::dashboard;

namespace {

const QTimeZone kRiga("Europe/Riga");
constexpr qint64 Day = 24LL * 3600 * 1000;

qint64 riga(int month, int day, int hour = 12, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute, second), kRiga)
        .toMSecsSinceEpoch();
}

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
    QDateTime m_now;
    QByteArray m_koks, m_athens, m_staleDeal, m_overdueTask;

    void exec(const QString &statement, const QVariantList &binds)
    {
        QSqlDatabase db = m_t->db()->connection();
        QSqlQuery q(db);
        q.prepare(statement);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec())
            qFatal("%s", qPrintable(q.lastError().text()));
    }

    QByteArray contact(const char *name, const char *owner, qint64 createdAt,
                       LifecycleStatus status, bool deleted = false)
    {
        Contact c = test::contact(QString::fromUtf8(name), u"Test"_qs);
        c.owner = QString::fromLatin1(owner);
        c.status = status;
        auto id = ContactRepository(m_t->db()).create(c);
        if (!id)
            qFatal("%s", qPrintable(id.error().message()));
        exec(u"UPDATE contacts SET created_at = ?, deleted = ? WHERE id = ?"_qs,
             {createdAt, deleted ? 1 : 0, id.value()});
        return id.value();
    }

    // A deal in `stage` (4 won, 5 lost) created at `createdAt` and closed at `closedAt`.
    QByteArray deal(const char *title, qint64 amount, const char *currency, int stage,
                    const char *owner, qint64 createdAt, qint64 closedAt = 0,
                    const QByteArray &company = {}, bool deleted = false)
    {
        Deal d = test::deal(QString::fromUtf8(title), amount, QString::fromLatin1(currency), stage);
        d.owner = QString::fromLatin1(owner);
        d.companyId = company;
        if (stage == 5)
            d.lostReason = u"price"_qs;
        auto id = DealRepository(m_t->db()).create(d);
        if (!id)
            qFatal("%s", qPrintable(id.error().message()));
        exec(u"UPDATE deals SET created_at = ?, local_stage_since = ?, won_at = ?, lost_at = ?,"
             " deleted = ? WHERE id = ?"_qs,
             {createdAt, createdAt, stage == 4 ? closedAt : 0, stage == 5 ? closedAt : 0,
              deleted ? 1 : 0, id.value()});
        return id.value();
    }

    QByteArray activity(Activity::Kind kind, const char *owner, qint64 dueAt, qint64 doneAt)
    {
        Activity a;
        a.kind = kind;
        a.subject = u"Activity"_qs;
        a.owner = QString::fromLatin1(owner);
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(dueAt, QTimeZone::utc());
        if (kind == Activity::Kind::Task || kind == Activity::Kind::Note) {
            a.due = at;
        } else {
            a.start = at;
            a.end = at.addSecs(1800);
        }
        ActivityRepository repo(m_t->db());
        auto id = repo.create(a);
        if (!id)
            qFatal("%s", qPrintable(id.error().message()));
        if (doneAt && !repo.markDone(id.value(), true,
                                     QDateTime::fromMSecsSinceEpoch(doneAt, QTimeZone::utc())))
            qFatal("markDone");
        return id.value();
    }

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
        m_now = QDateTime(QDate(2026, 12, 15), QTime(10, 0), kRiga);
        m_koks = CompanyRepository(m_t->db()).create(test::company(u"Koks SIA"_qs)).value();
        m_athens = CompanyRepository(m_t->db()).create(test::company(u"Αθήνα ΑΕ"_qs)).value();
        using S = LifecycleStatus;

        contact("c1", "anna", riga(12, 3), S::Lead);
        contact("c2", "anna", riga(12, 10), S::Customer);
        contact("c3", "bob", riga(12, 15, 23, 30), S::Lead);   // the last evening: in
        contact("c4", "anna", riga(12, 16, 0, 0), S::Lead);    // the day after: out
        contact("c5", "anna", riga(11, 5), S::Lead);           // previous period
        contact("c6", "anna", riga(11, 16, 0, 0), S::Lead);    // after the previous period
        contact("c7", "anna", riga(12, 5), S::Lead, true);     // deleted
        contact("c8", "bob", riga(11, 30, 23, 59), S::Lead);   // between the two
        contact("c9", "anna", riga(12, 1, 0, 30), S::Customer); // 30 Nov 22:30 UTC

        deal("d1", 100000, "EUR", 4, "anna", riga(12, 5) - 10 * Day, riga(12, 5), m_koks);
        deal("d2", 50000, "USD", 4, "bob", riga(12, 15, 23, 59) - 15 * Day, riga(12, 15, 23, 59),
             m_athens);
        deal("d3", 200000, "EUR", 4, "anna", riga(11, 10) - 20 * Day, riga(11, 10), m_koks);
        deal("d4", 30000, "EUR", 5, "bob", riga(11, 1), riga(12, 2));
        deal("d5", 40000, "EUR", 5, "anna", riga(10, 1), riga(11, 3));
        deal("d6", 70000, "EUR", 4, "anna", riga(12, 1), riga(12, 16, 0, 0), m_koks);
        deal("d7", 90000, "EUR", 4, "anna", riga(12, 1), riga(12, 3), m_koks, true);
        deal("o1", 1000000, "EUR", 0, "anna", riga(11, 20));
        deal("o2", 2000000, "EUR", 2, "bob", riga(12, 2));
        m_staleDeal = deal("o3", 500000, "USD", 3, "anna", riga(10, 1));

        activity(Activity::Kind::Call, "anna", riga(12, 3), riga(12, 3));
        activity(Activity::Kind::Meeting, "bob", riga(12, 10), riga(12, 10));
        activity(Activity::Kind::Call, "anna", riga(11, 4), riga(11, 4));
        activity(Activity::Kind::Task, "anna", riga(12, 15, 9), riga(12, 15, 23, 59, 59));
        activity(Activity::Kind::Note, "anna", riga(12, 20), 0);
        m_overdueTask = activity(Activity::Kind::Task, "anna", riga(12, 14), 0);
        activity(Activity::Kind::Task, "bob", riga(12, 10), 0);
        activity(Activity::Kind::Task, "anna", riga(12, 15, 16), 0); // today, later
    }

    void cleanup() { m_t.reset(); }

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
        QTest::addRow("last 30 days") << u"last_30_days"_qs << dec15 << QDate(2026, 11, 16)
                                      << dec15 << QDate(2026, 10, 17) << QDate(2026, 11, 15);
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
        exec(u"UPDATE contacts SET birthday = '1990-12-15' WHERE first_name = 'c1'"_qs, {});
        DashboardService::Options o;
        o.now = m_now;
        o.zone = kRiga;
        auto day = DashboardService(m_t->db()).myDay(o);
        QVERIFY(day.ok());
        // Overdue: anna's task of the 14th and bob's of the 10th (oldest first).
        QCOMPARE(day->overdueCount, 2);
        QCOMPARE(day->overdue.size(), 2);
        QCOMPARE(day->overdue.at(1).id, m_overdueTask);
        QCOMPARE(recordsOf(day->overdueRecords), day->overdueCount);
        // Today: the task done this morning and the one due this afternoon.
        QCOMPARE(day->today.size(), 2);
        QCOMPARE(day->reminders.size(), 1);
        QCOMPARE(day->reminders.at(0).kind, Reminder::Kind::Birthday);
        QCOMPARE(day->reminders.at(0).years, 36);
        // o3 has been in Negotiation (14 days' limit) since 1 October.
        QCOMPARE(day->staleCount, 1);
        QCOMPARE(day->stale.size(), 1);
        QCOMPARE(day->stale.at(0).id, m_staleDeal);
        QVERIFY2(day->stale.at(0).reason.contains(u"Negotiation"), qPrintable(day->stale.at(0).reason));
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
