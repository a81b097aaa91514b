// SPDX-License-Identifier: GPL-3.0-or-later
// The Reminders window (offscreen, a fixed clock in Riga): overdue, today, upcoming and
// dismissed groups; Dismiss, Snooze and Open driven with the buttons and the keyboard; and
// View ▸ Reminders (Ctrl+7) in the main window opening a record from it. A screenshot goes
// to the temporary directory.
#include "activities/reminderswindow.h"
#include "mainwindow/mainwindow.h"
#include "services/activityrepository.h"
#include "services/contactrepository.h"
#include "support/builders.h"
#include "support/testdatabase.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace crm;
using namespace crm::core;

namespace {
QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}
} // namespace

class TestRemindersWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::unique_ptr<test::TestDatabase> m_t;
    QDateTime m_now;
    QByteArray m_anna, m_task, m_visit;

    static QString keyOf(const QString &prefix, const QByteArray &id)
    {
        return prefix + u':' + QString::fromLatin1(id.toHex());
    }
    static bool hasKeyStarting(const QStringList &keys, const QString &start)
    {
        for (const QString &k : keys) {
            if (k.startsWith(start))
                return true;
        }
        return false;
    }

private slots:
    void initTestCase() { test::isolateSettings(m_settings); }
    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        m_now = utc(u"2027-02-23T10:00:00Z"_qs); // 12:00 in Riga
        Contact anna = test::contact(u"Anna"_qs, u"Bērziņa"_qs);
        anna.birthday = QDate(1985, 2, 23);
        m_anna = ContactRepository(m_t->db()).create(anna).value();
        ActivityRepository repo(m_t->db());
        Activity task;
        task.kind = Activity::Kind::Task;
        task.subject = u"Nosūtīt līgumu"_qs;
        task.due = utc(u"2027-02-21T09:00:00Z"_qs);
        m_task = repo.create(task).value();
        Activity visit;
        visit.kind = Activity::Kind::Meeting;
        visit.subject = u"Vizīte Liepājā"_qs;
        visit.start = utc(u"2027-02-25T09:00:00Z"_qs);
        visit.timeZone = u"Europe/Riga"_qs;
        visit.reminderMinutes = 60;
        m_visit = repo.create(visit).value();
    }
    void cleanup() { m_t.reset(); }

    void groupsDismissSnoozeOpen()
    {
        ui::RemindersWindow w(m_t->db());
        w.setClock([this] { return m_now; }, QTimeZone("Europe/Riga"));
        w.resize(640, 400);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(hasKeyStarting(w.keysIn(u"overdue"_qs), keyOf(u"due"_qs, m_task)));
        QVERIFY(hasKeyStarting(w.keysIn(u"today"_qs), keyOf(u"birthday"_qs, m_anna)));
        QVERIFY(hasKeyStarting(w.keysIn(u"upcoming"_qs), keyOf(u"activity"_qs, m_visit)));
        QVERIFY(w.keysIn(u"dismissed"_qs).isEmpty());
        QVERIFY(w.grab().save(QDir::temp().filePath(u"crm-reminders.png"_qs)));

        // Dismiss the overdue task with the button: it goes to the dismissed group.
        QVERIFY(w.selectKey(w.keysIn(u"overdue"_qs).first()));
        QTest::mouseClick(w.findChild<QPushButton *>(u"dismissReminderButton"_qs), Qt::LeftButton);
        QVERIFY(w.keysIn(u"overdue"_qs).isEmpty());
        QVERIFY(hasKeyStarting(w.keysIn(u"dismissed"_qs), keyOf(u"due"_qs, m_task)));

        // Snooze the visit's reminder for an hour from its menu.
        QVERIFY(w.selectKey(w.keysIn(u"upcoming"_qs).first()));
        auto *snooze = w.findChild<QAction *>(u"snooze60Action"_qs);
        QVERIFY(snooze);
        snooze->trigger();
        QTreeWidgetItem *item = w.tree()->currentItem();
        QVERIFY(item);
        QVERIFY(item->text(2).startsWith(u"Snoozed until"_qs));
        QVERIFY(ReminderEngine(m_t->db(), [this] { return m_now; }).dueNow()->size() == 1);

        // Open the birthday with Enter: the contact.
        QSignalSpy opened(&w, &ui::RemindersWindow::openRecord);
        QVERIFY(w.selectKey(w.keysIn(u"today"_qs).first()));
        w.tree()->setFocus();
        QTest::keyClick(w.tree(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).value<RecordKind>(), RecordKind::Contact);
        QCOMPARE(opened.first().at(1).toByteArray(), m_anna);

        // Delete dismisses too.
        QTest::keyClick(w.tree(), Qt::Key_Delete);
        QVERIFY(w.keysIn(u"today"_qs).size() == 1);
        QCOMPARE(w.tree()->currentItem() ? w.tree()->currentItem()->text(2) : QString(),
                 u"Dismissed"_qs);
    }

    void viewMenuOpensItAndARecord()
    {
        ui::MainWindow window(m_t->db());
        window.show();
        auto *action = window.findChild<QAction *>(u"showRemindersAction"_qs);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_7));
        action->trigger();
        auto *w = test::findVisible<ui::RemindersWindow>(u"remindersWindow"_qs);
        QVERIFY(w);
        // The real clock: the overdue task of 2027 lies in the future; the visit too. Pick
        // whatever is listed and open it.
        w->setClock([this] { return m_now; }, QTimeZone("Europe/Riga"));
        QVERIFY(w->selectKey(w->keysIn(u"upcoming"_qs).first()));
        QTest::mouseClick(w->findChild<QPushButton *>(u"openReminderButton"_qs), Qt::LeftButton);
        QVERIFY(
            QTest::qWaitFor([] { return test::findVisible<QDialog>(u"activityDialog"_qs); }, 5000));
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<QDialog *>(top); d && d->isVisible())
                d->reject();
        }
    }
};

QTEST_MAIN(TestRemindersWindow)
#include "tst_reminderswindow.moc"
