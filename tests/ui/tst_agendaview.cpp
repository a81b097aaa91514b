// SPDX-License-Identifier: GPL-3.0-or-later
// The agenda screen driven like a person would: switch ranges, tick a task off, move one to
// tomorrow with Ctrl+Right, follow one up — and undo each. And the reminder notifier.
#include "activities/agendaview.h"
#include "activities/remindernotifier.h"
#include "services/activityrepository.h"
#include "support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QDropEvent>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace crm;
using namespace crm::core;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

} // namespace

class TestAgendaView : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_t;
    const QDateTime m_now = utc(u"2026-03-04T08:00:00Z"_qs); // Wednesday, 10:00 in Riga
    const QTimeZone m_riga{"Europe/Riga"};

    QByteArray addTask(const QString &subject, const QDateTime &due)
    {
        Activity a;
        a.subject = subject;
        a.due = due;
        a.timeZone = u"Europe/Riga"_qs;
        return ActivityRepository(m_t->db()).create(a).value();
    }

private slots:
    void init() { m_t = std::make_unique<test::TestDatabase>(); }
    void cleanup() { m_t.reset(); }

    void rangesDoneRescheduleUndo()
    {
        const QByteArray overdue = addTask(u"Nokavēts"_qs, utc(u"2026-03-03T08:00:00Z"_qs));
        const QByteArray today = addTask(u"Šodien"_qs, utc(u"2026-03-04T12:00:00Z"_qs));
        addTask(u"Piektdien"_qs, utc(u"2026-03-06T12:00:00Z"_qs));

        QUndoStack undo;
        ui::AgendaView view(m_t->db(), &undo);
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setClock([this] { return m_now; }, m_riga);
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view)); // shortcuts need the active window
        auto *table = view.findChild<QTableView *>(u"agendaTableView"_qs);
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 1); // today
        QCOMPARE(table->model()->index(0, AgendaModel::Subject).data().toString(), u"Šodien"_qs);

        QTest::mouseClick(view.findChild<QPushButton *>(u"weekButton"_qs), Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 3);
        QTest::mouseClick(view.findChild<QPushButton *>(u"overdueButton"_qs), Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 1);

        // Tick the overdue task off: it leaves the list; undo brings it back.
        auto *done = view.findChild<QPushButton *>(u"agendaDoneButton"_qs);
        QVERIFY(!done->isEnabled());
        table->selectRow(0);
        QVERIFY(done->isEnabled());
        QTest::mouseClick(done, Qt::LeftButton);
        QVERIFY(ActivityRepository(m_t->db()).get(overdue)->done);
        QCOMPARE(table->model()->rowCount(), 0);
        undo.undo();
        QVERIFY(!ActivityRepository(m_t->db()).get(overdue)->done);
        QCOMPARE(table->model()->rowCount(), 1);
        undo.redo();
        QVERIFY(ActivityRepository(m_t->db()).get(overdue)->done);

        // Ctrl+Right moves today's task to tomorrow.
        QTest::mouseClick(view.findChild<QPushButton *>(u"todayButton"_qs), Qt::LeftButton);
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(ActivityRepository(m_t->db()).get(today)->due, utc(u"2026-03-05T12:00:00Z"_qs));
        QCOMPARE(table->model()->rowCount(), 0);
        undo.undo();
        QCOMPARE(ActivityRepository(m_t->db()).get(today)->due, utc(u"2026-03-04T12:00:00Z"_qs));

        // Follow-up in one step, undone in one step.
        table->selectRow(0);
        QTest::mouseClick(view.findChild<QPushButton *>(u"agendaFollowUpButton"_qs),
                          Qt::LeftButton);
        QVERIFY(ActivityRepository(m_t->db()).get(today)->done);
        QCOMPARE(ActivityRepository(m_t->db()).list()->size(), 4);
        undo.undo();
        QVERIFY(!ActivityRepository(m_t->db()).get(today)->done);
        QCOMPARE(ActivityRepository(m_t->db()).list()->size(), 3);
    }

    void dragOntoADayReschedules()
    {
        const QByteArray task = addTask(u"Piegāde"_qs, utc(u"2026-03-04T12:00:00Z"_qs));
        QUndoStack undo;
        ui::AgendaView view(m_t->db(), &undo);
        view.setClock([this] { return m_now; }, m_riga);
        view.resize(760, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *table = view.findChild<QTableView *>(u"agendaTableView"_qs);
        QCOMPARE(table->model()->rowCount(), 1);
        auto *saturday = view.findChild<QPushButton *>(u"rescheduleDay3"_qs);
        QVERIFY(saturday);
        QCOMPARE(saturday->text(), QLocale().dayName(6, QLocale::ShortFormat));
        QCOMPARE(view.findChild<QPushButton *>(u"rescheduleDay1"_qs)->text(), u"Tomorrow"_qs);

        // The drag carries the row's activity; the drop on Saturday moves it there, same time.
        std::unique_ptr<QMimeData> data(
            table->model()->mimeData({table->model()->index(0, AgendaModel::Subject)}));
        QVERIFY(data);
        const QPoint at = saturday->rect().center();
        QDragEnterEvent enter(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(saturday, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(saturday, &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(ActivityRepository(m_t->db()).get(task)->due, utc(u"2026-03-07T12:00:00Z"_qs));
        QCOMPARE(table->model()->rowCount(), 0); // no longer today
        QCOMPARE(undo.count(), 1);
        undo.undo();
        QCOMPARE(ActivityRepository(m_t->db()).get(task)->due, utc(u"2026-03-04T12:00:00Z"_qs));
        QCOMPARE(table->model()->rowCount(), 1);

        // Something else dropped there is refused and changes nothing.
        QMimeData text;
        text.setText(u"hello"_qs);
        QDragEnterEvent foreign(at, Qt::MoveAction, &text, Qt::LeftButton, Qt::NoModifier);
        foreign.setAccepted(false);
        QApplication::sendEvent(saturday, &foreign);
        QVERIFY(!foreign.isAccepted());

        // By keyboard and mouse without a drag: select, then click a day.
        table->selectRow(0);
        QTest::mouseClick(view.findChild<QPushButton *>(u"rescheduleDay1"_qs), Qt::LeftButton);
        QCOMPARE(ActivityRepository(m_t->db()).get(task)->due, utc(u"2026-03-05T12:00:00Z"_qs));
        undo.undo();
        table->selectRow(0);
        view.grab().save(u"/tmp/timeline-agenda-days.png"_qs);
    }

    void notifierFiresOnce()
    {
        Activity m;
        m.kind = Activity::Kind::Meeting;
        m.subject = u"Tikšanās"_qs;
        m.start = m_now.addSecs(600);
        m.timeZone = u"Europe/Riga"_qs;
        m.reminderMinutes = 10;
        QVERIFY(ActivityRepository(m_t->db()).create(m));
        ui::ReminderNotifier notifier(m_t->db());
        notifier.setClock([this] { return m_now; }, m_riga);
        QSignalSpy spy(&notifier, &ui::ReminderNotifier::reminderDue);
        notifier.check();
        QCOMPARE(spy.count(), 1);
        const auto r = spy.at(0).at(0).value<Reminder>();
        QCOMPARE(r.title, u"Tikšanās"_qs);
        QVERIFY(ui::ReminderNotifier::describe(r, m_riga).contains(u"Tikšanās"_qs));
        // A second check (or a restart) does not repeat it.
        ui::ReminderNotifier restarted(m_t->db());
        restarted.setClock([this] { return m_now; }, m_riga);
        QSignalSpy again(&restarted, &ui::ReminderNotifier::reminderDue);
        restarted.check();
        notifier.check();
        QCOMPARE(again.count(), 0);
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_MAIN(TestAgendaView)
#include "tst_agendaview.moc"
