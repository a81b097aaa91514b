// SPDX-License-Identifier: GPL-3.0-or-later
// Reminders with an injected clock and zone: activity reminders and due tasks, birthdays on
// the user's day across Riga's daylight-saving changes, 29 February, anniversaries of the
// first won deal, and state that survives a restart without being synced.
#include "reminders/reminderengine.h"
#include "services/activityrepository.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "storage/sql.h"
#include "support/builders.h"
#include "support/testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace crm;
using namespace crm::core;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

} // namespace

class TestReminderEngine : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_t;
    QDateTime m_now;
    const QTimeZone m_riga{"Europe/Riga"};

    ReminderEngine engine(const QTimeZone &zone = QTimeZone("Europe/Riga"))
    {
        return ReminderEngine(
            m_t->db(), [this] { return m_now; }, zone);
    }
    QByteArray addContactBornOn(const QString &first, const QDate &birthday)
    {
        Contact c = test::contact(first, u"Kalniņš"_qs);
        c.birthday = birthday;
        auto id = ContactRepository(m_t->db()).create(c);
        if (!id)
            qWarning("%s", qPrintable(id.error().message()));
        return id ? id.value() : QByteArray();
    }
    QStringList due(ReminderEngine &e)
    {
        auto all = e.dueNow();
        if (!all) {
            qWarning("%s", qPrintable(all.error().message()));
            return {u"error"_qs};
        }
        QStringList out;
        for (const Reminder &r : all.value())
            out << r.title;
        return out;
    }

private slots:
    void init() { m_t = std::make_unique<test::TestDatabase>(); }
    void cleanup() { m_t.reset(); }

    void occurrenceOf29February()
    {
        const QDate leapling(1992, 2, 29);
        QCOMPARE(ReminderEngine::occurrenceIn(leapling, 2027), QDate(2027, 2, 28));
        QCOMPARE(ReminderEngine::occurrenceIn(leapling, 2028), QDate(2028, 2, 29));
        QCOMPARE(ReminderEngine::occurrenceIn(QDate(1990, 3, 1), 2027), QDate(2027, 3, 1));
    }

    // Riga moves from EET (+2) to EEST (+3) at 01:00Z on 29 March 2026 and back at 01:00Z
    // on 25 October 2026: 09:00 local is 06:00Z on the first day and 07:00Z on the second.
    void birthdayAcrossDaylightSaving_data()
    {
        QTest::addColumn<QDate>("birthday");
        QTest::addColumn<QDateTime>("justBefore");
        QTest::addColumn<QDateTime>("fireAt");
        QTest::addRow("spring forward") << QDate(1985, 3, 29) << utc(u"2026-03-29T05:59:59Z"_qs)
                                        << utc(u"2026-03-29T06:00:00Z"_qs);
        QTest::addRow("fall back") << QDate(1985, 10, 25) << utc(u"2026-10-25T06:59:59Z"_qs)
                                   << utc(u"2026-10-25T07:00:00Z"_qs);
        QTest::addRow("winter") << QDate(1985, 1, 15) << utc(u"2026-01-15T06:59:59Z"_qs)
                                << utc(u"2026-01-15T07:00:00Z"_qs);
    }
    void birthdayAcrossDaylightSaving()
    {
        QFETCH(QDate, birthday);
        QFETCH(QDateTime, justBefore);
        QFETCH(QDateTime, fireAt);
        addContactBornOn(u"Anna"_qs, birthday);
        ReminderEngine e = engine();
        m_now = justBefore.addSecs(-3600);
        QCOMPARE(e.nextDue().value(), std::optional<QDateTime>(fireAt));
        m_now = justBefore;
        QCOMPARE(due(e), QStringList());
        m_now = fireAt;
        const auto all = e.dueNow().value();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].kind, Reminder::Kind::Birthday);
        QCOMPARE(all[0].title, u"Anna Kalniņš"_qs);
        QCOMPARE(all[0].years, 41);
        QCOMPARE(all[0].fireAt, fireAt);
        // The next day it is over (a birthday fires on its day only).
        m_now = fireAt.addDays(1);
        QCOMPARE(due(e), QStringList());
    }

    // A date is the user's day: at 00:30 in Riga on 5 March it is still 4 March in UTC.
    void birthdayIsTheUsersDay()
    {
        addContactBornOn(u"Pēteris"_qs, QDate(1970, 3, 5));
        m_now = utc(u"2026-03-04T22:30:00Z"_qs);
        ReminderEngine riga = engine();
        riga.setTimeOfDay(QTime(0, 0));
        QCOMPARE(due(riga), QStringList{u"Pēteris Kalniņš"_qs});
        ReminderEngine inUtc = engine(QTimeZone::utc());
        inUtc.setTimeOfDay(QTime(0, 0));
        QCOMPARE(due(inUtc), QStringList());
    }

    void leapDayBirthdays()
    {
        addContactBornOn(u"Līga"_qs, QDate(1992, 2, 29));
        ReminderEngine e = engine();
        // 2027 has no 29 February: 28 February.
        m_now = utc(u"2027-02-27T08:00:00Z"_qs);
        QCOMPARE(due(e), QStringList());
        QCOMPARE(e.nextDue().value(), std::optional<QDateTime>(utc(u"2027-02-28T07:00:00Z"_qs)));
        m_now = utc(u"2027-02-28T08:00:00Z"_qs);
        QCOMPARE(due(e), QStringList{u"Līga Kalniņš"_qs});
        QCOMPARE(e.dueNow()->first().years, 35);
        m_now = utc(u"2027-03-01T08:00:00Z"_qs);
        QCOMPARE(due(e), QStringList());
        // 2028 has one: not on the 28th, on the 29th.
        m_now = utc(u"2028-02-28T08:00:00Z"_qs);
        QCOMPARE(due(e), QStringList());
        m_now = utc(u"2028-02-29T08:00:00Z"_qs);
        QCOMPARE(due(e), QStringList{u"Līga Kalniņš"_qs});
        // Someone born on 28 February is not doubled in a leap year or a common one.
        addContactBornOn(u"Oskars"_qs, QDate(1990, 2, 28));
        m_now = utc(u"2027-02-28T08:00:00Z"_qs);
        QCOMPARE(due(e).size(), 2);
        m_now = utc(u"2028-02-28T08:00:00Z"_qs);
        QCOMPARE(due(e), QStringList{u"Oskars Kalniņš"_qs});
    }

    void activityRemindersAndDueTasks()
    {
        ActivityRepository repo(m_t->db());
        Activity m;
        m.kind = Activity::Kind::Meeting;
        m.subject = u"Tikšanās"_qs;
        m.start = utc(u"2026-03-29T07:00:00Z"_qs);
        m.timeZone = u"Europe/Riga"_qs;
        m.reminderMinutes = 15;
        auto mId = repo.create(m);
        QVERIFY(mId);
        Activity t;
        t.kind = Activity::Kind::Task;
        t.subject = u"Nosūtīt līgumu"_qs;
        t.due = utc(u"2026-03-29T10:00:00Z"_qs);
        auto tId = repo.create(t);
        QVERIFY(tId);

        ReminderEngine e = engine();
        m_now = utc(u"2026-03-29T06:00:00Z"_qs);
        QCOMPARE(e.nextDue().value(), std::optional<QDateTime>(utc(u"2026-03-29T06:45:00Z"_qs)));
        QCOMPARE(due(e), QStringList());
        m_now = utc(u"2026-03-29T06:45:00Z"_qs);
        QCOMPARE(due(e), QStringList{u"Tikšanās"_qs});
        QVERIFY(e.markFired(e.dueNow()->first().key));
        QCOMPARE(due(e), QStringList());
        QCOMPARE(e.nextDue().value(), std::optional<QDateTime>(utc(u"2026-03-29T10:00:00Z"_qs)));
        m_now = utc(u"2026-03-29T10:00:00Z"_qs);
        const auto dueTasks = e.dueNow().value();
        QCOMPARE(dueTasks.size(), 1);
        QCOMPARE(dueTasks[0].kind, Reminder::Kind::TaskDue);
        // Moved to later: a new occurrence, it reminds again.
        QVERIFY(repo.reschedule(mId.value(), utc(u"2026-03-29T11:00:00Z"_qs)));
        m_now = utc(u"2026-03-29T10:45:00Z"_qs);
        QCOMPARE(due(e), (QStringList{u"Nosūtīt līgumu"_qs, u"Tikšanās"_qs}));
        // Done tasks remind no more.
        QVERIFY(repo.markDone(tId.value()));
        QCOMPARE(due(e), QStringList{u"Tikšanās"_qs});
        // Missed while closed: still fires within the look-back, not after.
        m_now = utc(u"2026-04-04T10:00:00Z"_qs);
        QCOMPARE(due(e), QStringList{u"Tikšanās"_qs});
        m_now = utc(u"2026-04-06T10:00:00Z"_qs);
        QCOMPARE(due(e), QStringList());
    }

    void stateSurvivesRestartAndIsLocal()
    {
        addContactBornOn(u"Anna"_qs, QDate(1985, 6, 1));
        addContactBornOn(u"Juris"_qs, QDate(1980, 6, 1));
        m_now = utc(u"2026-06-01T08:00:00Z"_qs);
        const int changes = m_t->changeCount();
        {
            ReminderEngine e = engine();
            const auto all = e.dueNow().value();
            QCOMPARE(all.size(), 2);
            QVERIFY(e.dismiss(all[0].key));
            QVERIFY(e.snooze(all[1].key, m_now.addSecs(600)));
        }
        QCOMPARE(m_t->changeCount(), changes); // reminder state is never synced
        ReminderEngine restarted = engine();
        QCOMPARE(due(restarted), QStringList());
        QCOMPARE(restarted.nextDue().value(), std::optional<QDateTime>(m_now.addSecs(600)));
        m_now = m_now.addSecs(600);
        QCOMPARE(due(restarted).size(), 1);
        QVERIFY(restarted.markFired(restarted.dueNow()->first().key));
        QCOMPARE(due(restarted), QStringList());
    }

    // Snoozed past its day, a birthday fires when the snooze ends (it used to be looked for
    // on its day only, so it never fired again that year) — once, and again next year.
    void snoozedBirthdayFiresAfterItsDay_data()
    {
        QTest::addColumn<QDate>("birthday");
        QTest::addColumn<QDateTime>("snoozedAt");
        QTest::addColumn<int>("minutes"); // 0: until tomorrow
        QTest::addColumn<QDateTime>("until");
        QTest::addRow("until tomorrow") << QDate(1985, 6, 1) << utc(u"2026-06-01T06:30:00Z"_qs) << 0
                                        << utc(u"2026-06-02T06:00:00Z"_qs);
        // 23:55 in Riga (EEST) is 20:55Z; 15 minutes later it is 2 June there.
        QTest::addRow("across midnight") << QDate(1985, 6, 1) << utc(u"2026-06-01T20:55:00Z"_qs)
                                         << 15 << utc(u"2026-06-01T21:10:00Z"_qs);
        // The day before spring forward: 09:00 tomorrow is 06:00Z, not 07:00Z.
        QTest::addRow("across daylight saving")
            << QDate(1985, 3, 28) << utc(u"2026-03-28T08:00:00Z"_qs) << 0
            << utc(u"2026-03-29T06:00:00Z"_qs);
        // 29 February in a common year fires on the 28th; snoozed, it ends on 1 March.
        QTest::addRow("29 February") << QDate(1992, 2, 29) << utc(u"2027-02-28T08:00:00Z"_qs) << 0
                                     << utc(u"2027-03-01T07:00:00Z"_qs);
    }
    void snoozedBirthdayFiresAfterItsDay()
    {
        QFETCH(QDate, birthday);
        QFETCH(QDateTime, snoozedAt);
        QFETCH(int, minutes);
        QFETCH(QDateTime, until);
        addContactBornOn(u"Anna"_qs, birthday);
        addContactBornOn(u"Juris"_qs, birthday.addDays(3)); // never due in these days
        ReminderEngine e = engine();
        m_now = snoozedAt;
        const auto onItsDay = e.dueNow().value();
        QCOMPARE(onItsDay.size(), 1);
        const Reminder shown = onItsDay.first();
        QVERIFY(e.markFired(shown.key));
        const QDateTime end = minutes ? m_now.addSecs(minutes * 60) : e.tomorrowMorning();
        QCOMPARE(end, until);
        QVERIFY(e.snooze(shown.key, end));
        QCOMPARE(due(e), QStringList());
        QCOMPARE(e.nextDue().value(), std::optional<QDateTime>(until));
        m_now = until.addSecs(-1);
        QCOMPARE(due(e), QStringList());
        // The snooze ends on a later day than the birthday's own.
        QVERIFY(until.toTimeZone(m_riga).date() > shown.fireAt.toTimeZone(m_riga).date());
        m_now = until;
        const auto again = e.dueNow().value();
        QCOMPARE(again.size(), 1);
        QCOMPARE(again[0].key, shown.key);
        QCOMPARE(again[0].title, u"Anna Kalniņš"_qs);
        QCOMPARE(again[0].years, shown.years);
        QCOMPARE(again[0].kind, Reminder::Kind::Birthday);
        QVERIFY(e.markFired(again[0].key));
        QCOMPARE(due(e), QStringList());
        m_now = until.addSecs(3600);
        QCOMPARE(due(e), QStringList());
        // A snooze that ended while the program was closed still fires, within the look-back.
        QVERIFY(e.snooze(shown.key, until.addSecs(60)));
        m_now = until.addDays(5);
        QCOMPARE(due(e), QStringList{u"Anna Kalniņš"_qs});
        m_now = until.addDays(8);
        QCOMPARE(due(e), QStringList());
        // Next year it is a new occurrence and fires on its day again.
        const QDate nextDay =
            ReminderEngine::occurrenceIn(birthday, shown.fireAt.date().year() + 1);
        m_now = QDateTime(nextDay, QTime(12, 0), m_riga).toUTC();
        const auto nextYear = e.dueNow().value();
        QCOMPARE(nextYear.size(), 1);
        QCOMPARE(nextYear[0].years, shown.years + 1);
        QVERIFY(nextYear[0].key != shown.key);
    }

    void listsFiredAndUpcoming()
    {
        // Now: Tuesday 2027-02-23, 12:00 in Riga. Last 7 days and the next 7.
        m_now = utc(u"2027-02-23T10:00:00Z"_qs);
        addContactBornOn(u"Līga"_qs, QDate(1992, 2, 29));   // 28 Feb 2027: upcoming
        addContactBornOn(u"Ieva"_qs, QDate(1990, 2, 20));   // 20 Feb: in the last days
        addContactBornOn(u"Pēteris"_qs, QDate(1980, 4, 1)); // far ahead: not listed
        ActivityRepository repo(m_t->db());
        Activity done;
        done.kind = Activity::Kind::Task;
        done.subject = u"Overdue task"_qs;
        done.due = utc(u"2027-02-21T09:00:00Z"_qs);
        QVERIFY(repo.create(done));
        Activity later;
        later.kind = Activity::Kind::Meeting;
        later.subject = u"Visit"_qs;
        later.start = utc(u"2027-02-25T09:00:00Z"_qs);
        later.timeZone = u"Europe/Riga"_qs;
        later.reminderMinutes = 30;
        QVERIFY(repo.create(later));
        Activity old;
        old.kind = Activity::Kind::Task;
        old.subject = u"Long ago"_qs;
        old.due = utc(u"2027-02-01T09:00:00Z"_qs);
        QVERIFY(repo.create(old));

        ReminderEngine e = engine();
        // Ieva's birthday fired on its day and was dismissed; the task was shown.
        auto listed = e.list();
        QVERIFY(listed);
        QStringList titles;
        for (const Reminder &r : listed.value())
            titles << r.title;
        QCOMPARE(titles, (QStringList{u"Ieva Kalniņš"_qs, u"Overdue task"_qs, u"Visit"_qs,
                                      u"Līga Kalniņš"_qs}));
        QCOMPARE(listed->at(0).state, Reminder::State::Pending);
        QCOMPARE(listed->at(2).fireAt, utc(u"2027-02-25T08:30:00Z"_qs));
        QCOMPARE(listed->at(3).fireAt, utc(u"2027-02-28T07:00:00Z"_qs)); // 09:00 in Riga
        QCOMPARE(listed->at(3).years, 35);

        QVERIFY(e.dismiss(listed->at(0).key));
        QVERIFY(e.markFired(listed->at(1).key));
        QVERIFY(e.snooze(listed->at(2).key, utc(u"2027-02-25T09:00:00Z"_qs)));
        listed = e.list();
        QCOMPARE(listed->at(0).state, Reminder::State::Dismissed);
        QCOMPARE(listed->at(1).state, Reminder::State::Fired);
        QCOMPARE(listed->at(2).state, Reminder::State::Snoozed);
        QCOMPARE(listed->at(2).snoozedUntil, utc(u"2027-02-25T09:00:00Z"_qs));
        QCOMPARE(listed->at(3).state, Reminder::State::Pending);
        // A shorter window leaves the later ones out.
        QCOMPARE(e.list(1)->size(), 2);
    }

    void anniversaryOfFirstWonDeal()
    {
        auto company = CompanyRepository(m_t->db()).create(test::company(u"SIA Koks"_qs));
        QVERIFY(company);
        m_now = utc(u"2026-03-04T08:00:00Z"_qs);
        ReminderEngine e = engine();
        QCOMPARE(due(e), QStringList()); // no deals: no anniversaries, no error
        // Deals written as sync would write them: an open one (won_at 0) does not count, the
        // first won one does.
        QSqlDatabase db = m_t->db()->connection();
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO deals(id, company_id, stage_id, won_at) VALUES (?, ?, ?, ?)"_qs);
        const QList<QPair<char, QString>> deals = {{'\x01', u"2025-03-04T10:00:00Z"_qs},
                                                   {'\x02', u"2025-07-01T10:00:00Z"_qs},
                                                   {'\x03', QString()}};
        for (const auto &[n, at] : deals) {
            q.addBindValue(QByteArray(16, n));
            q.addBindValue(company.value());
            q.addBindValue(QByteArray(16, '\x7f'));
            q.addBindValue(at.isEmpty() ? qint64(0) : utc(at).toMSecsSinceEpoch());
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        m_now = utc(u"2026-01-01T08:00:00Z"_qs); // the open deal is no anniversary of 1970
        QCOMPARE(due(e), QStringList());
        m_now = utc(u"2026-03-04T08:00:00Z"_qs);
        const auto all = e.dueNow().value();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].kind, Reminder::Kind::Anniversary);
        QCOMPARE(all[0].title, u"SIA Koks"_qs);
        QCOMPARE(all[0].years, 1);
        m_now = utc(u"2026-07-01T08:00:00Z"_qs); // a later won deal is not the first
        QCOMPARE(due(e), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestReminderEngine)
#include "tst_reminderengine.moc"
