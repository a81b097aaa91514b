// SPDX-License-Identifier: GPL-3.0-or-later
// Activities: validated writes with undo, done/reschedule/follow-up, every write captured
// for sync, and the agenda (repository ranges and the paged model).
#include "common/uuid.h"
#include "models/agendamodel.h"
#include "services/activityrepository.h"
#include "services/contactrepository.h"
#include "storage/changecapture.h"
#include "support/builders.h"
#include "support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTest>

using namespace crm;
using namespace crm::core;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

Activity task(const QString &subject, const QDateTime &due)
{
    Activity a;
    a.kind = Activity::Kind::Task;
    a.subject = subject;
    a.due = due;
    a.timeZone = QStringLiteral("Europe/Riga");
    return a;
}

Activity meeting(const QString &subject, const QDateTime &start, int minutes = 60)
{
    Activity a;
    a.kind = Activity::Kind::Meeting;
    a.subject = subject;
    a.start = start;
    a.end = start.addSecs(minutes * 60);
    a.timeZone = QStringLiteral("Europe/Riga");
    a.place = QStringLiteral("Rīga, Brīvības iela 1");
    return a;
}

} // namespace

class TestActivityRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_t;

    int entries(const QString &table, const QByteArray &row, const QString &col) const
    {
        return m_t
            ->scalar(QStringLiteral("SELECT count(*) FROM change_log WHERE tbl = ? AND row = ? "
                                    "AND col IS ?"),
                     {table, row, col.isNull() ? QVariant() : QVariant(col)})
            .toInt();
    }

private slots:
    void init() { m_t = std::make_unique<test::TestDatabase>(); }
    void cleanup() { m_t.reset(); }

    void tablesAreSynced()
    {
        QCOMPARE(m_t->scalar(u"SELECT count(*) FROM sync_tables WHERE name IN ('activities', "
                             u"'activity_attendees')"_qs)
                     .toInt(),
                 2);
        QCOMPARE(m_t->scalar(u"SELECT scope_column FROM sync_tables WHERE name = "
                             u"'activity_attendees'"_qs)
                     .toString(),
                 u"activity_id"_qs);
        QCOMPARE(m_t->scalar(u"SELECT count(*) FROM sync_tables WHERE name = 'reminder_state'"_qs)
                     .toInt(),
                 0);
        // The derived agenda columns are generated, so neither capture nor sync sees them.
        QSqlDatabase db = m_t->db()->connection();
        const QStringList cols = ChangeCapture::syncedColumns(db, u"activities"_qs);
        QVERIFY(cols.contains(u"due_at"_qs));
        QVERIFY(!cols.contains(u"local_when"_qs));
        QVERIFY(!cols.contains(u"local_open_due"_qs));
    }

    void createCapturesAndLoads()
    {
        auto contact =
            ContactRepository(m_t->db()).create(test::contact(u"Jānis"_qs, u"Bērziņš"_qs));
        QVERIFY(contact);
        ActivityRepository repo(m_t->db());
        Activity m = meeting(u"Pārrunas par līgumu"_qs, utc(u"2026-03-02T08:00:00Z"_qs));
        m.contactId = contact.value();
        m.dealId = QByteArray(16, '\x07'); // a deal that this replica may not know yet
        m.reminderMinutes = 15;
        m.attendees = {Attendee{{}, contact.value(), u"Jānis Bērziņš"_qs, u"janis@koks.lv"_qs},
                       Attendee{{}, {}, u"Anna"_qs, u"anna@example.com"_qs}};
        const int before = m_t->changeCount();
        auto id = repo.create(m);
        QVERIFY2(id, qPrintable(id.error().message()));
        // One row entry for the activity and one per attendee, in one transaction.
        QCOMPARE(m_t->changeCount() - before, 3);
        QCOMPARE(entries(u"activities"_qs, id.value(), {}), 1);
        QCOMPARE(
            m_t->scalar(u"SELECT count(DISTINCT txn) FROM change_log WHERE seq > ?"_qs, {before})
                .toInt(),
            1);

        auto loaded = repo.get(id.value());
        QVERIFY(loaded);
        QCOMPARE(loaded->subject, m.subject);
        QCOMPARE(loaded->start, m.start);
        QCOMPARE(loaded->end, m.end);
        QCOMPARE(loaded->timeZone, u"Europe/Riga"_qs);
        QCOMPARE(loaded->dealId, m.dealId);
        QCOMPARE(loaded->reminderMinutes, std::optional<int>(15));
        QCOMPARE(loaded->attendees.size(), 2);
        QCOMPARE(loaded->attendees[1].email, u"anna@example.com"_qs);
        QCOMPARE(loaded->icalUid, Uuid::toString(id.value()) + u"@crm");
        QCOMPARE(loaded->owner, m_t->db()->localUser());
    }

    void validation_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QString>("field");
        QTest::addRow("no subject") << 0 << u"subject"_qs;
        QTest::addRow("meeting without start") << 1 << u"start"_qs;
        QTest::addRow("end before start") << 2 << u"end"_qs;
        QTest::addRow("unknown zone") << 3 << u"timeZone"_qs;
        QTest::addRow("reminder without time") << 4 << u"reminder"_qs;
        QTest::addRow("bad direction") << 5 << u"direction"_qs;
        QTest::addRow("bad attendee e-mail") << 6 << u"attendee:1"_qs;
    }
    void validation()
    {
        QFETCH(int, change);
        QFETCH(QString, field);
        Activity a = meeting(u"Tikšanās"_qs, utc(u"2026-03-02T08:00:00Z"_qs));
        switch (change) {
        case 0:
            a.subject = u"  "_qs;
            break;
        case 1:
            a.start = a.end = {};
            break;
        case 2:
            a.end = a.start.addSecs(-60);
            break;
        case 3:
            a.timeZone = u"Mars/Olympus"_qs;
            break;
        case 4:
            a = task(u"Zvanīt"_qs, {});
            a.reminderMinutes = 10;
            break;
        case 5:
            a.direction = u"sideways"_qs;
            break;
        case 6:
            a.attendees = {Attendee{{}, {}, u"X"_qs, u"not-an-address"_qs}};
            break;
        }
        const int before = m_t->changeCount();
        auto id = ActivityRepository(m_t->db()).create(a);
        QVERIFY(!id);
        QCOMPARE(id.error().field, field);
        QVERIFY(!id.error().detail.isEmpty());
        QCOMPARE(m_t->changeCount(), before); // nothing written
    }

    void editDeleteAndUndo()
    {
        ActivityRepository repo(m_t->db());
        auto id = repo.create(task(u"Nosūtīt piedāvājumu"_qs, utc(u"2026-03-03T10:00:00Z"_qs)));
        QVERIFY(id);
        const Activity original = repo.get(id.value()).value();

        Activity edited = original;
        edited.subject = u"Nosūtīt jauno piedāvājumu"_qs;
        edited.priority = 1;
        int before = m_t->changeCount();
        QVERIFY(repo.update(edited));
        QCOMPARE(m_t->changeCount() - before, 2); // subject and priority, nothing else
        QCOMPARE(entries(u"activities"_qs, id.value(), u"subject"_qs), 1);

        before = m_t->changeCount();
        QVERIFY(repo.update(edited)); // unchanged: writes nothing
        QCOMPARE(m_t->changeCount(), before);

        // Undo of the edit.
        QVERIFY(repo.revert(original));
        QCOMPARE(repo.get(id.value())->subject, original.subject);
        QCOMPARE(repo.get(id.value())->priority, 0);

        // Delete (soft, synced) and its undo.
        QVERIFY(repo.remove(id.value()));
        QVERIFY(repo.get(id.value())->deleted);
        QCOMPARE(entries(u"activities"_qs, id.value(), u"deleted"_qs), 1);
        QCOMPARE(repo.list()->size(), 0);
        QVERIFY(repo.restore(id.value()));
        QVERIFY(!repo.get(id.value())->deleted);
        QCOMPARE(repo.list()->size(), 1);

        // A hard delete is refused by the capture triggers.
        QSqlDatabase db = m_t->db()->connection();
        QSqlQuery q(db);
        QVERIFY(!q.exec(u"DELETE FROM activities"_qs));
    }

    void attendeesAreChildRows()
    {
        ActivityRepository repo(m_t->db());
        Activity m = meeting(u"Vizīte"_qs, utc(u"2026-03-02T08:00:00Z"_qs));
        m.attendees = {Attendee{{}, {}, u"A"_qs, u"a@example.com"_qs}};
        auto id = repo.create(m);
        QVERIFY(id);
        Activity stored = repo.get(id.value()).value();
        const QByteArray firstId = stored.attendees[0].id;
        stored.attendees << Attendee{{}, {}, u"B"_qs, u"b@example.com"_qs};
        QVERIFY(repo.update(stored));
        stored = repo.get(id.value()).value();
        QCOMPARE(stored.attendees.size(), 2);
        QCOMPARE(stored.attendees[0].id, firstId); // kept its row: no churn for sync
        stored.attendees.removeFirst();
        QVERIFY(repo.update(stored));
        QCOMPARE(repo.get(id.value())->attendees.size(), 1);
        QCOMPARE(entries(u"activity_attendees"_qs, firstId, u"deleted"_qs), 1);
    }

    void doneRescheduleFollowUp()
    {
        ActivityRepository repo(m_t->db());
        auto contact = ContactRepository(m_t->db()).create(test::contact(u"Ivan"_qs, u"Ivanov"_qs));
        QVERIFY(contact);
        Activity call;
        call.kind = Activity::Kind::Call;
        call.subject = u"Zvans"_qs;
        call.contactId = contact.value();
        call.direction = u"outbound"_qs;
        call.start = utc(u"2026-03-02T08:00:00Z"_qs);
        call.durationSeconds = 300;
        auto callId = repo.create(call);
        QVERIFY(callId);

        // Reschedule keeps a meeting's length.
        auto mId = repo.create(meeting(u"Tikšanās"_qs, utc(u"2026-03-02T08:00:00Z"_qs), 90));
        QVERIFY(mId);
        QVERIFY(repo.reschedule(mId.value(), utc(u"2026-03-04T12:00:00Z"_qs)));
        QCOMPARE(repo.get(mId.value())->start, utc(u"2026-03-04T12:00:00Z"_qs));
        QCOMPARE(repo.get(mId.value())->end, utc(u"2026-03-04T13:30:00Z"_qs));
        // A task moves its due time.
        auto tId = repo.create(task(u"Uzdevums"_qs, utc(u"2026-03-02T08:00:00Z"_qs)));
        QVERIFY(repo.reschedule(tId.value(), utc(u"2026-03-05T08:00:00Z"_qs)));
        QCOMPARE(repo.get(tId.value())->due, utc(u"2026-03-05T08:00:00Z"_qs));

        const QDateTime doneAt = utc(u"2026-03-02T09:00:00Z"_qs);
        QVERIFY(repo.markDone(tId.value(), true, doneAt));
        QVERIFY(repo.get(tId.value())->done);
        QCOMPARE(repo.get(tId.value())->doneAt, doneAt);
        QCOMPARE(entries(u"activities"_qs, tId.value(), u"done"_qs), 1);
        QVERIFY(repo.markDone(tId.value(), false));
        QVERIFY(!repo.get(tId.value())->done);
        QVERIFY(!repo.get(tId.value())->doneAt.isValid());

        // Follow-up in one step: the call is done, the new task links to the same contact.
        const int before = m_t->changeCount();
        auto follow = repo.followUp(callId.value(),
                                    task(u"Nosūtīt cenas"_qs, utc(u"2026-03-06T08:00:00Z"_qs)));
        QVERIFY2(follow, qPrintable(follow.error().message()));
        QVERIFY(repo.get(callId.value())->done);
        const Activity next = repo.get(follow.value()).value();
        QCOMPARE(next.contactId, contact.value());
        QCOMPARE(next.followsId, callId.value());
        QCOMPARE(
            m_t->scalar(u"SELECT count(DISTINCT txn) FROM change_log WHERE seq > ?"_qs, {before})
                .toInt(),
            1);
        // A follow-up that fails validation leaves the call as it was.
        auto t2 = repo.create(task(u"Vēl viens"_qs, {}));
        auto bad = repo.followUp(t2.value(), task(u""_qs, {}));
        QVERIFY(!bad);
        QVERIFY(!repo.get(t2.value())->done);
    }

    void agendaRanges()
    {
        ActivityRepository repo(m_t->db());
        const QTimeZone riga("Europe/Riga");
        // Wednesday 2026-03-04 10:00 in Riga (08:00Z).
        const QDateTime now = utc(u"2026-03-04T08:00:00Z"_qs);
        auto overdue = repo.create(task(u"overdue"_qs, utc(u"2026-03-03T08:00:00Z"_qs)));
        auto doneOverdue = repo.create(task(u"done overdue"_qs, utc(u"2026-03-02T08:00:00Z"_qs)));
        QVERIFY(repo.markDone(doneOverdue.value()));
        // 23:30 Riga on the 4th is 21:30Z: today in Riga.
        auto lateToday = repo.create(meeting(u"late today"_qs, utc(u"2026-03-04T21:30:00Z"_qs)));
        // 00:30 Riga on the 5th is 22:30Z on the 4th: not today in Riga, but this week.
        auto tomorrow = repo.create(meeting(u"tomorrow"_qs, utc(u"2026-03-04T22:30:00Z"_qs)));
        auto nextWeek = repo.create(task(u"next week"_qs, utc(u"2026-03-10T08:00:00Z"_qs)));
        auto deleted = repo.create(task(u"deleted"_qs, utc(u"2026-03-04T09:00:00Z"_qs)));
        QVERIFY(repo.remove(deleted.value()));
        Activity note;
        note.kind = Activity::Kind::Note;
        note.subject = u"a note has no time"_qs;
        QVERIFY(repo.create(note));

        auto subjects = [&](ActivityRepository::Range r) {
            QStringList out;
            const auto rows = repo.agenda(r, now, riga, 100, QLocale(QLocale::Latvian));
            for (const Activity &a : rows.value())
                out << a.subject;
            return out;
        };
        QCOMPARE(subjects(ActivityRepository::Range::Overdue), QStringList{u"overdue"_qs});
        QCOMPARE(subjects(ActivityRepository::Range::Today), QStringList{u"late today"_qs});
        // Latvian weeks start on Monday: 2 March … 8 March.
        QCOMPARE(
            subjects(ActivityRepository::Range::Week),
            (QStringList{u"done overdue"_qs, u"overdue"_qs, u"late today"_qs, u"tomorrow"_qs}));
        Q_UNUSED(overdue);
        Q_UNUSED(lateToday);
        Q_UNUSED(tomorrow);
        Q_UNUSED(nextWeek);
    }

    void agendaModelPages()
    {
        ActivityRepository repo(m_t->db());
        const QTimeZone riga("Europe/Riga");
        const QDateTime now = utc(u"2026-03-04T08:00:00Z"_qs);
        // 450 overdue tasks: three pages, with equal due times to exercise the rid tiebreak.
        QSqlDatabase db = m_t->db()->connection();
        for (int i = 0; i < 450; ++i) {
            QVERIFY(repo.create(task(u"T%1"_qs.arg(i, 3, 10, QChar(u'0')),
                                     utc(u"2026-03-01T08:00:00Z"_qs).addSecs((i / 3) * 60))));
        }
        AgendaModel model(m_t->db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClock([now] { return now; }, riga);
        model.setRange(AgendaModel::Range::Overdue);
        QCOMPARE(model.rowCount(), AgendaModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        for (int r = 0; r < 450; ++r) {
            QCOMPARE(model.index(r, AgendaModel::Subject).data().toString(),
                     u"T%1"_qs.arg(r, 3, 10, QChar(u'0')));
        }
        QCOMPARE(model.headerData(AgendaModel::Subject, Qt::Horizontal).toString(), u"Subject"_qs);
        // Ticking one off and reloading drops it from the overdue list.
        QVERIFY(repo.markDone(model.idAt(0)));
        model.reload();
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 449);
        model.setRange(AgendaModel::Range::Today);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestActivityRepository)
#include "tst_activityrepository.moc"
