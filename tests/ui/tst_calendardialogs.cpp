// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Import Calendar… and Export Calendar… in the main window, driven through their
// real dialogs the way a person uses them (the file typed into the dialog's own field, so
// no platform file dialog opens): the export's choice of meetings, tasks and days; the
// import's preview before writing; a malformed file that names its line and imports nothing.
#include "activities/calendarexportdialog.h"
#include "activities/calendarimportdialog.h"
#include "mainwindow/mainwindow.h"
#include "services/activityrepository.h"
#include "services/calendarservice.h"
#include "support/testdatabase.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace crm;
using namespace crm::core;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCalendarDialogs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<ui::MainWindow> m_window;

    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }
    int activityCount() const
    {
        return m_t->scalar(u"SELECT count(*) FROM activities WHERE deleted = 0"_qs).toInt();
    }
    void addSample()
    {
        ActivityRepository repo(m_t->db());
        Activity meeting;
        meeting.kind = Activity::Kind::Meeting;
        meeting.subject = u"Tikšanās ar SIA Koks"_qs;
        meeting.start = utc(u"2026-03-10T08:00:00Z"_qs);
        meeting.end = utc(u"2026-03-10T09:00:00Z"_qs);
        meeting.timeZone = u"UTC"_qs;
        QVERIFY(repo.create(meeting));
        Activity later = meeting;
        later.subject = u"Vizīte"_qs;
        later.kind = Activity::Kind::Visit;
        later.start = utc(u"2026-05-04T08:00:00Z"_qs);
        later.end = {};
        QVERIFY(repo.create(later));
        Activity task;
        task.kind = Activity::Kind::Task;
        task.subject = u"Nosūtīt piedāvājumu"_qs;
        task.due = utc(u"2026-03-20T12:00:00Z"_qs);
        QVERIFY(repo.create(task));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        test::isolateSettings(m_settings);
    }
    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        m_window = std::make_unique<ui::MainWindow>(m_t->db());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_t.reset();
    }

    void exportsTheChosenKindsAndDays()
    {
        addSample();
        QVERIFY(action("exportCalendarAction"));
        action("exportCalendarAction")->trigger();
        QPointer<ui::CalendarExportDialog> dialog =
            test::waitForDialog<ui::CalendarExportDialog>(u"calendarExportDialog"_qs);
        QVERIFY(dialog);
        auto *run = child<QPushButton>(dialog, "calendarActionButton");
        QVERIFY(!run->isEnabled());                        // no file yet
        const QString path = m_t->dir() + u"/meetings"_qs; // .ics is added
        test::typeText(child<QLineEdit>(dialog, "calendarFileEdit"), path);
        QVERIFY(run->isEnabled());
        // Neither kind: nothing to export.
        QTest::mouseClick(child<QCheckBox>(dialog, "exportMeetingsCheck"), Qt::LeftButton);
        QTest::mouseClick(child<QCheckBox>(dialog, "exportTasksCheck"), Qt::LeftButton);
        QVERIFY(!run->isEnabled());
        QTest::mouseClick(child<QCheckBox>(dialog, "exportMeetingsCheck"), Qt::LeftButton);
        // Meetings in March only.
        auto *from = child<QDateEdit>(dialog, "exportFromEdit");
        auto *to = child<QDateEdit>(dialog, "exportToEdit");
        QVERIFY(!from->isEnabled());
        QTest::mouseClick(child<QRadioButton>(dialog, "exportRangeRadio"), Qt::LeftButton);
        QVERIFY(from->isEnabled());
        from->setDate(QDate(2026, 3, 1));
        to->setDate(QDate(2026, 2, 1));
        QVERIFY(!run->isEnabled()); // ends before it begins
        to->setDate(QDate(2026, 3, 31));
        QVERIFY(run->isEnabled());
        QSignalSpy exported(dialog.data(), &ui::CalendarExportDialog::exported);
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_COMPARE(exported.size(), 1);
        QCOMPARE(exported[0][0].toInt(), 1);
        QCOMPARE(exported[0][1].toString(), path + u".ics"_qs);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        const QByteArray ics = readAll(path + u".ics"_qs);
        QCOMPARE(int(ics.count("BEGIN:VEVENT")), 1);
        QCOMPARE(int(ics.count("BEGIN:VTODO")), 0);
        QVERIFY(ics.contains("Tikšanās ar SIA Koks"));
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"items: 1"_qs));

        // Again, everything: both meetings and the task.
        action("exportCalendarAction")->trigger();
        dialog = test::waitForDialog<ui::CalendarExportDialog>(u"calendarExportDialog"_qs);
        QVERIFY(dialog);
        const QString all = m_t->dir() + u"/all.ics"_qs;
        test::typeText(child<QLineEdit>(dialog, "calendarFileEdit"), all);
        QTest::mouseClick(child<QPushButton>(dialog, "calendarActionButton"), Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(all));
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        const QByteArray everything = readAll(all);
        QCOMPARE(int(everything.count("BEGIN:VEVENT")), 2);
        QCOMPARE(int(everything.count("BEGIN:VTODO")), 1);
    }

    void importPreviewsThenWrites()
    {
        addSample();
        QTemporaryDir files; // outlives the first laptop's database
        const QString path = files.path() + u"/calendar.ics"_qs;
        QVERIFY(CalendarService(m_t->db()).exportFile(path));
        // Another laptop: the file is new there, then known.
        m_window.reset();
        m_t = std::make_unique<test::TestDatabase>();
        m_window = std::make_unique<ui::MainWindow>(m_t->db());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

        action("importCalendarAction")->trigger();
        QPointer<ui::CalendarImportDialog> dialog =
            test::waitForDialog<ui::CalendarImportDialog>(u"calendarImportDialog"_qs);
        QVERIFY(dialog);
        auto *run = child<QPushButton>(dialog, "calendarActionButton");
        QVERIFY(!run->isEnabled());
        test::typeText(child<QLineEdit>(dialog, "calendarFileEdit"), path);
        QTRY_COMPARE(dialog->statusText(), u"New meetings: 2 · New tasks: 1 · Updates: 0"_qs);
        QVERIFY(run->isEnabled());
        QCOMPARE(activityCount(), 0); // the preview writes nothing
        QSignalSpy imported(dialog.data(), &ui::CalendarImportDialog::imported);
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_COMPARE(imported.size(), 1);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(activityCount(), 3);
        QVERIFY(m_window->statusBar()->currentMessage().contains(u"new: 3"_qs));

        // The same file again: updates, nothing new.
        action("importCalendarAction")->trigger();
        dialog = test::waitForDialog<ui::CalendarImportDialog>(u"calendarImportDialog"_qs);
        QVERIFY(dialog);
        dialog->setFileName(path);
        QTRY_COMPARE(dialog->statusText(), u"New meetings: 0 · New tasks: 0 · Updates: 3"_qs);
        QTest::mouseClick(child<QPushButton>(dialog, "calendarActionButton"), Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(activityCount(), 3);
    }

    void malformedFileNamesTheLineAndImportsNothing()
    {
        const QString path = m_t->dir() + u"/broken.ics"_qs;
        QFile bad(path);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                  "BEGIN:VEVENT\r\nUID:a\r\nDTSTART:20260310T080000Z\r\nEND:VEVENT\r\n"
                  "BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20261345T250000Z\r\nEND:VEVENT\r\n"
                  "END:VCALENDAR\r\n");
        bad.close();
        action("importCalendarAction")->trigger();
        QPointer<ui::CalendarImportDialog> dialog =
            test::waitForDialog<ui::CalendarImportDialog>(u"calendarImportDialog"_qs);
        QVERIFY(dialog);
        test::typeText(child<QLineEdit>(dialog, "calendarFileEdit"), path);
        QTRY_VERIFY2(dialog->statusText().contains(u"line 9: "_qs),
                     qPrintable(dialog->statusText()));
        QVERIFY(dialog->statusText().contains(u"broken.ics"_qs));
        auto *run = child<QPushButton>(dialog, "calendarActionButton");
        QVERIFY(!run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        QCOMPARE(activityCount(), 0);
        // A file that is not there says so.
        child<QLineEdit>(dialog, "calendarFileEdit")->setText(m_t->dir() + u"/nothing.ics"_qs);
        QTRY_VERIFY(dialog->statusText().contains(u"no such file"_qs));
        QVERIFY(!run->isEnabled());
        // Cancel closes the dialog; still nothing written.
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
                          Qt::LeftButton);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(activityCount(), 0);
    }
};

QTEST_MAIN(TestCalendarDialogs)
#include "tst_calendardialogs.moc"
