// SPDX-License-Identifier: GPL-3.0-or-later
// The demo data a new user is offered: contacts and companies with a sales life, so Home,
// the board, the agenda, the reminders and the reports show something on the first start.
#include "dashboard/dashboardservice.h"
#include "dedup/duplicatefinder.h"
#include "demo/demodata.h"
#include "reminders/reminderengine.h"
#include "services/activityrepository.h"
#include "services/dealrepository.h"
#include "services/pipelinerepository.h"
#include "services/tagrepository.h"
#include "storage/indexesaside.h"
#include "support/testdatabase.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace crm;
using namespace crm::core;

class TestDemoData : public QObject
{
    Q_OBJECT

private:
    // A fixed "now": the data is laid out around it, whatever the real clock says.
    static QDateTime now() { return QDateTime(QDate(2026, 12, 15), QTime(10, 0)); }

    // Deals as text, to compare two runs.
    static QStringList dealRows(const test::TestDatabase &t)
    {
        QStringList rows;
        const int n = t.scalar(u"SELECT count(*) FROM deals"_qs).toInt();
        for (int i = 0; i < n; ++i)
            rows << t.scalar(u"SELECT title || '|' || amount || '|' || currency || '|' || "
                             u"won_at || '|' || lost_at || '|' || lost_reason FROM deals "
                             u"ORDER BY created_at, title, amount LIMIT 1 OFFSET ?"_qs,
                             {i})
                        .toString();
        return rows;
    }

private slots:
    void salesLife()
    {
        test::TestDatabase t;
        auto written = DemoData::populate(t.db(), 300, 2026, {}, now());
        QVERIFY2(written.ok(), qPrintable(written.error().message()));
        QCOMPARE(written.value(), 300);

        // Every stage of the default pipeline has deals; won and lost ones have closed.
        auto pipeline = PipelineRepository(t.db()).defaultPipeline();
        QVERIFY(pipeline.ok());
        for (const Stage &s : pipeline->stages) {
            auto count = PipelineRepository(t.db()).dealCount(s.id);
            QVERIFY(count.ok());
            QVERIFY2(count.value() > 0, qPrintable(s.name));
        }
        QCOMPARE(t.scalar(u"SELECT count(*) FROM deals WHERE local_outcome = 'lost' AND "
                          u"(lost_reason = '' OR lost_at = 0)"_qs)
                     .toInt(),
                 0);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM deals WHERE local_outcome = 'won' AND "
                          u"won_at = 0"_qs)
                     .toInt(),
                 0);
        // Several currencies, EUR the most.
        QVERIFY(t.scalar(u"SELECT count(DISTINCT currency) FROM deals"_qs).toInt() >= 3);
        QCOMPARE(t.scalar(u"SELECT currency FROM deals GROUP BY currency ORDER BY count(*) DESC "
                          u"LIMIT 1"_qs)
                     .toString(),
                 u"EUR"_qs);
        // Their history spreads over the past months, and nothing lies in the future.
        const qint64 nowMs = now().toMSecsSinceEpoch();
        const qint64 day = 24LL * 3600 * 1000;
        QVERIFY(t.scalar(u"SELECT min(changed_at) FROM deal_stage_changes"_qs).toLongLong() <
                nowMs - 180 * day);
        QVERIFY(t.scalar(u"SELECT max(changed_at) FROM deal_stage_changes"_qs).toLongLong() <=
                nowMs);
        QVERIFY(t.scalar(u"SELECT count(*) FROM deal_stage_changes WHERE from_stage_id IS NOT "
                         u"NULL"_qs)
                    .toInt() > 50);
        QVERIFY(
            t.scalar(u"SELECT count(*) FROM activities WHERE done = 1 AND done_at > ?"_qs, {nowMs})
                .toInt() == 0);

        // Activities of every kind but e-mail, calls with outcomes, meetings with places.
        for (const char *kind : {"call", "meeting", "visit", "task", "note"})
            QVERIFY2(t.scalar(u"SELECT count(*) FROM activities WHERE kind = ?"_qs,
                              {QString::fromLatin1(kind)})
                             .toInt() > 0,
                     kind);
        QVERIFY(t.scalar(u"SELECT count(*) FROM activities WHERE kind = 'call' AND outcome <> "
                         u"''"_qs)
                    .toInt() > 10);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM activities WHERE kind IN ('meeting', 'visit') "
                          u"AND place = ''"_qs)
                     .toInt(),
                 0);

        // The agenda: overdue tasks, something today and this week.
        ActivityRepository activities(t.db());
        const QTimeZone zone = QTimeZone::systemTimeZone();
        for (auto range : {ActivityRepository::Range::Overdue, ActivityRepository::Range::Today,
                           ActivityRepository::Range::Week}) {
            auto items = activities.agenda(range, now(), zone);
            QVERIFY(items.ok());
            QVERIFY2(!items->isEmpty(), qPrintable(QString::number(int(range))));
        }

        // Reminders: birthdays in the coming days and activity reminders.
        ReminderEngine reminders(
            t.db(), [] { return now(); }, zone);
        auto coming = reminders.list(7);
        QVERIFY(coming.ok());
        int birthdays = 0, ofActivities = 0;
        for (const Reminder &r : coming.value()) {
            birthdays += r.kind == Reminder::Kind::Birthday;
            ofActivities += r.kind == Reminder::Kind::Activity;
        }
        QVERIFY(birthdays >= 3);
        QVERIFY(ofActivities > 0);

        // Coloured tags in use on contacts, companies and deals.
        auto tags = TagRepository(t.db()).list();
        QVERIFY(tags.ok());
        int coloured = 0;
        for (const TagInfo &tag : tags.value())
            coloured += !tag.color.isEmpty() && tag.uses > 0;
        QVERIFY(coloured >= 4);
        for (const char *links : {"contact_tags", "company_tags", "deal_tags"})
            QVERIFY2(t.scalar(u"SELECT count(*) FROM "_qs + QString::fromLatin1(links) +
                              u" WHERE deleted = 0"_qs)
                             .toInt() > 0,
                     links);

        // The Home screen's figures are not empty, this month and this year.
        dashboard::DashboardService service(t.db());
        dashboard::DashboardService::Options options;
        options.now = now();
        options.zone = zone;
        auto month = service.figures(options);
        QVERIFY(month.ok());
        QVERIFY(month->won.count > 0);
        QVERIFY(month->lost.count > 0);
        QVERIFY(month->openPipeline.count > 0);
        QVERIFY(month->activitiesDone.count > 0);
        QVERIFY(month->winRate.value.has_value());
        int monthsWithWins = 0;
        for (const auto &b : month->wonPerMonth)
            monthsWithWins += b.count > 0;
        QVERIFY(monthsWithWins >= 8);
        int weeksWithActivities = 0;
        for (const auto &b : month->activitiesPerWeek)
            weeksWithActivities += b.count > 0;
        QVERIFY(weeksWithActivities >= 10);
        options.period = u"this_year"_qs;
        auto year = service.figures(options);
        QVERIFY(year.ok());
        QVERIFY(year->won.count > month->won.count);
        QVERIFY(year->salesCycleDays.value.has_value());
        QVERIFY(!year->topCustomers.isEmpty());
        auto myDay = service.myDay(options);
        QVERIFY(myDay.ok());
        QVERIFY(myDay->overdueCount > 0);
        QVERIFY(!myDay->today.isEmpty());
        QVERIFY(myDay->staleCount > 0);
        QVERIFY(!myDay->reminders.isEmpty());

        // All of it was captured for sync.
        for (const char *table : {"deals", "deal_stage_changes", "activities", "tags"})
            QVERIFY2(t.scalar(u"SELECT count(*) FROM change_log WHERE tbl = ?"_qs,
                              {QString::fromLatin1(table)})
                             .toInt() > 0,
                     table);
    }

    // A few people are in the demo twice, written differently (e-mail in capitals, phone as
    // 00…, the name without diacritics): Find Duplicates has them at the top, each with its
    // reason, and they are all it finds with high confidence.
    void somePeopleComeTwice()
    {
        test::TestDatabase t;
        QVERIFY(DemoData::populate(t.db(), 300, 2026, {}, now()).ok());
        QCOMPARE(t.scalar(u"SELECT count(*) FROM contacts WHERE deleted = 0"_qs).toInt(), 300);
        auto found = dedup::DuplicateFinder(t.db()).find({dedup::RecordKind::Contact, 0.8, {}});
        QVERIFY(found.ok());
        QStringList seen;
        int email = 0, phone = 0, name = 0;
        for (const dedup::DuplicatePair &p : found.value()) {
            const QString why = p.reasons.join(u"; ");
            seen << p.nameA + u" / " + p.nameB + u": " + why;
            email += why.contains(u"same e-mail");
            phone += why.contains(u"same phone");
            name += p.nameA != p.nameB;
        }
        QVERIFY2(found->size() >= 4 && found->size() <= 6, qPrintable(seen.join(u'\n')));
        QVERIFY2(email >= 2 && phone >= 2 && name >= 1, qPrintable(seen.join(u'\n')));
    }

    void sameSeedAndNowSameData()
    {
        test::TestDatabase a, b;
        QVERIFY(DemoData::populate(a.db(), 120, 7, {}, now()).ok());
        QVERIFY(DemoData::populate(b.db(), 120, 7, {}, now()).ok());
        const QStringList rows = dealRows(a);
        QVERIFY(rows.size() >= 12);
        QCOMPARE(dealRows(b), rows);
        QCOMPARE(b.scalar(u"SELECT count(*) FROM activities"_qs),
                 a.scalar(u"SELECT count(*) FROM activities"_qs));
    }

    void cancelledDemoHasNoSalesLife()
    {
        test::TestDatabase t;
        // Cancelled at the last contact batch: the contacts so far stay, nothing more comes.
        auto written = DemoData::populate(
            t.db(), 300, 2026, [](int done) { return done < 300; }, now());
        QVERIFY(written.ok());
        QCOMPARE(t.scalar(u"SELECT count(*) FROM deals"_qs).toInt(), 0);
    }

    // A large demo set (crm-cli demo --contacts N) builds the contacts' random-order indexes
    // after its rows, as a large import does.
    void aLargeSetBuildsItsIndexesAfter()
    {
        test::TestDatabase t;
        const QVariant indexes = t.scalar(u"SELECT group_concat(name) FROM (SELECT name FROM "
                                          u"sqlite_master WHERE type = 'index' ORDER BY name)"_qs);
        bool aside = false;
        auto written = DemoData::populate(
            t.db(), 20000, 2026,
            [&](int) {
                aside = aside || !IndexesAside::aside(t.db()->connection()).value().isEmpty();
                return true;
            },
            now());
        QVERIFY(written.ok());
        QCOMPARE(written.value(), 20000);
        QVERIFY(aside);
        QVERIFY(IndexesAside::aside(t.db()->connection()).value().isEmpty());
        QCOMPARE(t.scalar(u"SELECT group_concat(name) FROM (SELECT name FROM sqlite_master "
                          u"WHERE type = 'index' ORDER BY name)"_qs),
                 indexes);
        QVERIFY(t.scalar(u"SELECT count(*) FROM deals"_qs).toInt() > 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
