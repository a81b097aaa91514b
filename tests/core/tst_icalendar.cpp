// SPDX-License-Identifier: GPL-3.0-or-later
// iCalendar: folding and escaping, export → import round trip with stable UIDs, files as
// other programs write them, malformed files that import nothing, and a small fuzz test.
#include "io/icalendar.h"
#include "services/activityrepository.h"
#include "services/calendarservice.h"
#include "support/testdatabase.h"

#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTest>

using namespace crm;
using namespace crm::core;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

QByteArray crlf(const char *text)
{
    return QByteArray(text).replace("\n", "\r\n");
}

const char kGoogle[] = R"(BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Darbs
X-WR-TIMEZONE:Europe/Riga
BEGIN:VTIMEZONE
TZID:Europe/Riga
X-LIC-LOCATION:Europe/Riga
BEGIN:DAYLIGHT
TZOFFSETFROM:+0200
TZOFFSETTO:+0300
TZNAME:EEST
DTSTART:19700329T030000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0300
TZOFFSETTO:+0200
TZNAME:EET
DTSTART:19701025T040000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
DTSTART:20260310T080000Z
DTEND:20260310T093000Z
DTSTAMP:20261130T120000Z
UID:4k2jv7q0s9c1c3o1l2h3e5s6@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN="Bērziņš, 
 Jānis";X-NUM-GUESTS=0:mailto:janis@koks.lv
CREATED:20261101T100000Z
DESCRIPTION:Darba kārtība:\n1. cenas\, termiņi\;\n2. līgums
LAST-MODIFIED:20261101T100000Z
LOCATION:Brīvības iela 1\, Rīga
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Pārrunas ar SIA Koks
TRANSP:OPAQUE
BEGIN:VALARM
ACTION:DISPLAY
DESCRIPTION:This is an event reminder
TRIGGER:-P0DT0H30M0S
END:VALARM
END:VEVENT
BEGIN:VEVENT
DTSTART;VALUE=DATE:20260312
DTEND;VALUE=DATE:20260313
DTSTAMP:20261130T120000Z
UID:allday-1@google.com
SUMMARY:Izstāde
END:VEVENT
END:VCALENDAR
)";

const char kOutlook[] = R"(BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
X-MS-OLK-FORCEINSPECTOROPEN:TRUE
BEGIN:VTIMEZONE
TZID:FLE Standard Time
BEGIN:STANDARD
DTSTART:16011028T040000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0300
TZOFFSETTO:+0200
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0200
TZOFFSETTO:+0300
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
CLASS:PUBLIC
CREATED:20261120T101010Z
DESCRIPTION:Ievads\n
DTEND;TZID="FLE Standard Time":20260330T110000
DTSTAMP:20261120T101010Z
DTSTART;TZID="FLE Standard Time":20260330T100000
LAST-MODIFIED:20261120T101010Z
LOCATION:Teams
PRIORITY:5
SEQUENCE:0
SUMMARY;LANGUAGE=lv:Iknedēļas sapulce
TRANSP:OPAQUE
UID:040000008200E00074C5B7101A82E00800000000B0F5A1C2D3E4D901000000000000000
 010000000A1B2C3D4E5F60718293A4B5C6D7E8F90
X-MICROSOFT-CDO-BUSYSTATUS:BUSY
BEGIN:VALARM
TRIGGER:-PT15M
ACTION:DISPLAY
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
END:VCALENDAR
)";

// Thunderbird-style to-dos, with bare LF line ends (as some programs save them).
const char kThunderbird[] = R"(BEGIN:VCALENDAR
PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN
VERSION:2.0
BEGIN:VTODO
CREATED:20261120T090000Z
LAST-MODIFIED:20261120T090000Z
DTSTAMP:20261120T090000Z
UID:6b1c2d3e-0001-4000-8000-000000000001
SUMMARY:Nosūtīt piedāvājumu
PRIORITY:1
STATUS:NEEDS-ACTION
DUE;TZID=/mozilla.org/20050126_1/Europe/Riga:20260331T120000
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER;RELATED=END:-PT1H
DESCRIPTION:Default Mozilla Description
END:VALARM
END:VTODO
BEGIN:VTODO
UID:6b1c2d3e-0001-4000-8000-000000000002
DTSTAMP:20261120T090000Z
SUMMARY:Izdarīts
STATUS:COMPLETED
COMPLETED:20261119T150000Z
END:VTODO
END:VCALENDAR
)";

} // namespace

class TestICalendar : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_t;
    const QTimeZone m_riga{"Europe/Riga"};

    QList<Activity> sample() const
    {
        Activity m;
        m.kind = Activity::Kind::Meeting;
        m.subject = u"Pārrunas: cenas, termiņi; līgums \\ pielikumi — Ωμέγα 日本"_qs;
        m.notes = u"Rindiņa viens\nRindiņa divi, ar komatu; un semikolu"_qs;
        m.start = utc(u"2026-03-29T07:00:00Z"_qs); // the day Riga springs forward
        m.end = utc(u"2026-03-29T08:30:00Z"_qs);
        m.timeZone = u"Europe/Riga"_qs;
        m.place = u"Rīga, Brīvības iela 1"_qs;
        m.reminderMinutes = 15;
        m.attendees = {Attendee{{}, {}, u"Bērziņš, Jānis"_qs, u"janis@koks.lv"_qs}};
        Activity visit = m;
        visit.kind = Activity::Kind::Visit;
        visit.subject = QString(200, u'ž'); // a long UTF-8 line to fold
        visit.attendees.clear();
        visit.start = utc(u"2026-10-25T09:00:00Z"_qs); // and the day it falls back
        visit.end = {};
        visit.reminderMinutes.reset();
        Activity t;
        t.kind = Activity::Kind::Task;
        t.subject = u"Nosūtīt piedāvājumu"_qs;
        t.due = utc(u"2026-04-01T09:00:00Z"_qs);
        t.timeZone = u"Europe/Riga"_qs;
        t.priority = 1;
        t.reminderMinutes = 60;
        Activity done = t;
        done.subject = u"Izdarīts"_qs;
        done.done = true;
        done.doneAt = utc(u"2026-03-01T10:00:00Z"_qs);
        done.reminderMinutes.reset();
        Activity allDay;
        allDay.kind = Activity::Kind::Meeting;
        allDay.subject = u"Izstāde"_qs;
        allDay.allDay = true;
        allDay.timeZone = u"Europe/Riga"_qs;
        allDay.start = QDateTime(QDate(2026, 3, 12), QTime(0, 0), m_riga).toUTC();
        Activity inUtc = m;
        inUtc.subject = u"UTC"_qs;
        inUtc.timeZone = u"UTC"_qs;
        inUtc.attendees.clear();
        return {m, visit, t, done, allDay, inUtc};
    }

    static void verifyWellFormed(const QByteArray &ics)
    {
        QVERIFY(ics.endsWith("\r\n"));
        const QList<QByteArray> lines = ics.split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QByteArray &l = lines[i];
            QVERIFY2(l.endsWith('\r'), "a line without CR");
            QVERIFY2(l.size() - 1 <= 75, l.constData());
            QStringDecoder d(QStringDecoder::Utf8);
            d.decode(l);
            QVERIFY2(!d.hasError(), "a fold split a UTF-8 sequence");
        }
    }

private slots:
    void init() { m_t = std::make_unique<test::TestDatabase>(); }
    void cleanup() { m_t.reset(); }

    void foldAndEscape()
    {
        const QByteArray ascii = "DESCRIPTION:" + QByteArray(300, 'x');
        const QByteArray folded = ICalendar::fold(ascii);
        QCOMPARE(folded.left(77), ascii.left(75) + "\r\n");
        QCOMPARE(QByteArray(folded).replace("\r\n ", "").chopped(2), ascii);
        // 2- and 3-byte sequences never split, whatever the offset.
        for (int prefix = 0; prefix < 3; ++prefix) {
            const QByteArray utf8 = "SUMMARY:" + QByteArray(prefix, 'a') +
                                    QString(100, u'€').toUtf8() + QString(50, u'ā').toUtf8();
            const QByteArray f = ICalendar::fold(utf8);
            verifyWellFormed(f);
            QCOMPARE(QByteArray(f).replace("\r\n ", "").chopped(2), utf8);
        }
        const QString text = u"a,b;c\\d\nē:f"_qs;
        QCOMPARE(ICalendar::escapeText(text), u"a\\,b\\;c\\\\d\\nē:f"_qs);
        QCOMPARE(ICalendar::unescapeText(ICalendar::escapeText(text)), text);
        QCOMPARE(ICalendar::unescapeText(u"x\\Ny"_qs), u"x\ny"_qs);
    }

    void roundTrip()
    {
        ActivityRepository repo(m_t->db());
        QList<QByteArray> ids;
        for (const Activity &a : sample()) {
            auto id = repo.create(a);
            QVERIFY2(id, qPrintable(id.error().message()));
            ids << id.value();
        }
        auto ics = CalendarService(m_t->db(), m_riga).exportBytes();
        QVERIFY(ics);
        verifyWellFormed(ics.value());
        const QString text = QString::fromUtf8(QByteArray(ics.value()).replace("\r\n ", ""));
        QVERIFY(text.contains(u"DTSTART;TZID=Europe/Riga:20260329T100000\r\n"_qs));
        QVERIFY(text.contains(u"DTSTART;TZID=Europe/Riga:20261025T110000\r\n"_qs));
        QVERIFY(text.contains(u"BEGIN:VTIMEZONE\r\nTZID:Europe/Riga\r\n"_qs));
        QVERIFY(text.contains(u"TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0300"_qs));
        QVERIFY(text.contains(u"TRIGGER:-PT15M"_qs));
        QVERIFY(text.contains(u"DTSTART;VALUE=DATE:20260312\r\nDTEND;VALUE=DATE:20260313"_qs));
        QVERIFY(text.contains(u"DTSTART:20260329T070000Z"_qs));
        QVERIFY(text.contains(u"ATTENDEE;CN=\"Bērziņš, Jānis\":mailto:janis@koks.lv"_qs));
        QVERIFY(text.contains(u"DUE;TZID=Europe/Riga:20260401T120000"_qs));
        QVERIFY(text.contains(u"STATUS:COMPLETED\r\nCOMPLETED:20260301T100000Z"_qs));
        QCOMPARE(text.count(u"BEGIN:VEVENT"_qs), 4);
        QCOMPARE(text.count(u"BEGIN:VTODO"_qs), 2);

        // Into another replica: the same activities.
        test::TestDatabase other;
        auto imported = CalendarService(other.db(), m_riga).importBytes(ics.value());
        QVERIFY2(imported, qPrintable(imported.error().message()));
        QCOMPARE(imported->created, 6);
        ActivityRepository otherRepo(other.db());
        for (const QByteArray &id : ids) {
            const Activity a = repo.get(id).value();
            auto found = otherRepo.findByIcalUid(a.icalUid).value();
            QVERIFY(found);
            const Activity &b = *found;
            QCOMPARE(b.kind, a.kind);
            QCOMPARE(b.subject, a.subject);
            QCOMPARE(b.notes, a.notes);
            QCOMPARE(b.place, a.place);
            QCOMPARE(b.start, a.start);
            QCOMPARE(b.due, a.due);
            QCOMPARE(b.allDay, a.allDay);
            QCOMPARE(b.timeZone, a.timeZone == u"UTC" ? u"UTC"_qs : a.timeZone);
            QCOMPARE(b.reminderMinutes, a.reminderMinutes);
            QCOMPARE(b.priority, a.priority);
            QCOMPARE(b.done, a.done);
            QCOMPARE(b.attendees.size(), a.attendees.size());
            if (!a.allDay)
                QCOMPARE(b.end, a.end);
        }

        // A re-import updates by UID: nothing new, and an unchanged file changes nothing.
        const int changes = other.changeCount();
        auto again = CalendarService(other.db(), m_riga).importBytes(ics.value());
        QVERIFY(again);
        QCOMPARE(again->created, 0);
        QCOMPARE(again->updated, 6);
        QCOMPARE(other.changeCount(), changes);
        QCOMPARE(otherRepo.list()->size(), 6);

        // An edit in the calendar program comes back as an update of the same activity.
        QByteArray edited = ics.value();
        edited.replace("SUMMARY:Izstāde", "SUMMARY:Izstāde Ķīpsalā");
        auto third = CalendarService(m_t->db(), m_riga).importBytes(edited);
        QVERIFY(third);
        QCOMPARE(third->created, 0);
        QCOMPARE(repo.get(ids[4])->subject, u"Izstāde Ķīpsalā"_qs);
        QCOMPARE(
            m_t->scalar(u"SELECT count(*) FROM change_log WHERE row = ? AND col = 'subject'"_qs,
                        {ids[4]})
                .toInt(),
            1);
        // Re-export: the same UIDs.
        auto ics2 = CalendarService(m_t->db(), m_riga).exportBytes();
        static const QRegularExpression uidRe(u"UID:([^\r]+)"_qs);
        auto uids = [](const QByteArray &b) {
            QStringList out;
            auto it = uidRe.globalMatch(QString::fromUtf8(b));
            while (it.hasNext())
                out << it.next().captured(1);
            return out;
        };
        QCOMPARE(uids(ics2.value()), uids(ics.value()));
    }

    // Export of meetings or tasks only, and of the days in a range (the user's zone).
    void exportChoosesKindsAndDays_data()
    {
        QTest::addColumn<bool>("meetings");
        QTest::addColumn<bool>("tasks");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("todos");
        QTest::addRow("all") << true << true << QDate() << QDate() << 4 << 2;
        QTest::addRow("meetings") << true << false << QDate() << QDate() << 4 << 0;
        QTest::addRow("tasks") << false << true << QDate() << QDate() << 0 << 2;
        QTest::addRow("neither") << false << false << QDate() << QDate() << 0 << 0;
        QTest::addRow("March") << true << true << QDate(2026, 3, 1) << QDate(2026, 3, 31) << 3 << 0;
        // 1 April 09:00Z is 12:00 in Riga: in the day, both tasks.
        QTest::addRow("1 April") << true << true << QDate(2026, 4, 1) << QDate(2026, 4, 1) << 0
                                 << 2;
        // The all-day fair begins at midnight in Riga (22:00Z the day before): its day.
        QTest::addRow("12 March only")
            << true << true << QDate(2026, 3, 12) << QDate(2026, 3, 12) << 1 << 0;
        QTest::addRow("from October") << true << true << QDate(2026, 10, 1) << QDate() << 1 << 0;
        QTest::addRow("until March") << true << true << QDate() << QDate(2026, 3, 28) << 1 << 0;
    }
    void exportChoosesKindsAndDays()
    {
        QFETCH(bool, meetings);
        QFETCH(bool, tasks);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, events);
        QFETCH(int, todos);
        ActivityRepository repo(m_t->db());
        for (const Activity &a : sample())
            QVERIFY(repo.create(a));
        Activity call; // never in a calendar
        call.kind = Activity::Kind::Call;
        call.subject = u"Zvans"_qs;
        call.start = utc(u"2026-03-10T08:00:00Z"_qs);
        QVERIFY(repo.create(call));
        CalendarService::ExportOptions options;
        options.meetings = meetings;
        options.tasks = tasks;
        options.from = from;
        options.to = to;
        const QString path = m_t->dir() + u"/out.ics"_qs;
        auto written = CalendarService(m_t->db(), m_riga).exportFile(path, options);
        QVERIFY2(written, qPrintable(written.error().message()));
        QCOMPARE(written.value(), events + todos);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        verifyWellFormed(ics);
        QCOMPARE(int(ics.count("BEGIN:VEVENT")), events);
        QCOMPARE(int(ics.count("BEGIN:VTODO")), todos);
        QVERIFY(!ics.contains("Zvans"));
    }

    // What an import would do, before it writes: new meetings, new tasks and updates.
    void previewCountsBeforeWriting()
    {
        ActivityRepository repo(m_t->db());
        for (const Activity &a : sample())
            QVERIFY(repo.create(a));
        const QByteArray ics = CalendarService(m_t->db(), m_riga).exportBytes().value();
        test::TestDatabase other;
        CalendarService service(other.db(), m_riga);
        const int changes = other.changeCount();
        auto preview = service.preview(ics);
        QVERIFY2(preview, qPrintable(preview.error().message()));
        QCOMPARE(preview->newMeetings, 4);
        QCOMPARE(preview->newTasks, 2);
        QCOMPARE(preview->updates, 0);
        QCOMPARE(preview->items.size(), 6);
        QCOMPARE(other.changeCount(), changes); // nothing written yet
        QCOMPARE(other.scalar(u"SELECT count(*) FROM activities"_qs).toInt(), 0);
        auto imported = service.importItems(preview->items);
        QVERIFY(imported);
        QCOMPARE(imported->created, 6);
        auto again = service.preview(ics);
        QVERIFY(again);
        QCOMPARE(again->newMeetings, 0);
        QCOMPARE(again->newTasks, 0);
        QCOMPARE(again->updates, 6);
        // The same UID twice in one file (a recurrence override): one item, the last.
        const QByteArray twice = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                                 "BEGIN:VEVENT\r\nUID:dup-1\r\nDTSTART:20260310T080000Z\r\n"
                                 "SUMMARY:A\r\nEND:VEVENT\r\n"
                                 "BEGIN:VEVENT\r\nUID:dup-1\r\nDTSTART:20260310T090000Z\r\n"
                                 "SUMMARY:B\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        auto dup = service.preview(twice);
        QVERIFY(dup);
        QCOMPARE(dup->newMeetings, 1);
        QCOMPARE(dup->updates, 0);
        QCOMPARE(dup->items.size(), 1);
        QCOMPARE(dup->items[0].subject, u"B"_qs);
        // A malformed file: the error names the file and the line; nothing is read.
        QFile bad(m_t->dir() + u"/bad.ics"_qs);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:b\r\n"
                  "DTSTART:20261345T250000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        bad.close();
        auto failed = service.previewFile(bad.fileName());
        QVERIFY(!failed);
        QVERIFY2(failed.error().detail.startsWith(bad.fileName() + u": line 5: "_qs),
                 qPrintable(failed.error().detail));
    }

    // Stopped half-way through a large import: nothing of it is written.
    void cancelledImportWritesNothing()
    {
        QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n";
        for (int i = 0; i < 650; ++i)
            ics += "BEGIN:VTODO\r\nUID:task-" + QByteArray::number(i) + "\r\nSUMMARY:Darbs " +
                   QByteArray::number(i) + "\r\nEND:VTODO\r\n";
        ics += "END:VCALENDAR\r\n";
        CalendarService service(m_t->db(), m_riga);
        auto preview = service.preview(ics);
        QVERIFY(preview);
        QCOMPARE(preview->newTasks, 650);
        const int changes = m_t->changeCount();
        QList<qint64> reports;
        auto stopped = service.importItems(preview->items, [&reports](qint64 done, qint64 total) {
            reports << done;
            return total == 650 && done < 400;
        });
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
        QCOMPARE(reports, (QList<qint64>{0, 200, 400}));
        QCOMPARE(m_t->changeCount(), changes);
        QCOMPARE(m_t->scalar(u"SELECT count(*) FROM activities"_qs).toInt(), 0);
        reports.clear();
        auto whole = service.importItems(preview->items, [&reports](qint64 done, qint64) {
            reports << done;
            return true;
        });
        QVERIFY(whole);
        QCOMPARE(whole->created, 650);
        QCOMPARE(reports.last(), 650);
    }

    void otherPrograms_data()
    {
        QTest::addColumn<QByteArray>("ics");
        QTest::addColumn<int>("count");
        QTest::addRow("google") << crlf(kGoogle) << 2;
        QTest::addRow("outlook") << crlf(kOutlook) << 1;
        QTest::addRow("thunderbird (LF)") << QByteArray(kThunderbird) << 2;
        QTest::addRow("old Mac (CR)") << QByteArray(kThunderbird).replace('\n', '\r') << 2;
    }
    void otherPrograms()
    {
        QFETCH(QByteArray, ics);
        QFETCH(int, count);
        auto items = ICalendar::read(ics, m_riga);
        QVERIFY2(items, qPrintable(items.error().message()));
        QCOMPARE(items->size(), count);
        auto imported = CalendarService(m_t->db(), m_riga).importBytes(ics);
        QVERIFY(imported);
        QCOMPARE(imported->created, count);
    }

    // Found by fuzz_icalendar: a bare CR inside a UID was kept on reading and written back as
    // "\n", so a re-export did not match the UID it came from. A bare CR now ends the line,
    // and other control characters are dropped on reading as on writing.
    void controlCharactersRoundTrip()
    {
        const QByteArray ics =
            "BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nUID:task-1@example.lv\rX-AFTER-CR:1\r\n"
            "SUMMARY:Call\x01 back\x7f\r\nDUE:20261205T150000Z\r\n"
            "END:VTODO\r\nEND:VCALENDAR\r\n";
        const auto items = ICalendar::read(ics, m_riga);
        QVERIFY2(items, qPrintable(items.error().message()));
        QCOMPARE(items->size(), 1);
        QCOMPARE(items->first().icalUid, u"task-1@example.lv"_qs);
        QCOMPARE(items->first().subject, u"Call back"_qs);
        const auto again =
            ICalendar::read(ICalendar::write(*items, QDateTime::currentDateTimeUtc()), m_riga);
        QVERIFY(again);
        QCOMPARE(again->first().icalUid, items->first().icalUid);
        QCOMPARE(again->first().subject, items->first().subject);
    }

    void otherProgramsFields()
    {
        const auto google = ICalendar::read(crlf(kGoogle), m_riga).value();
        QCOMPARE(google[0].subject, u"Pārrunas ar SIA Koks"_qs);
        QCOMPARE(google[0].notes, u"Darba kārtība:\n1. cenas, termiņi;\n2. līgums"_qs);
        QCOMPARE(google[0].place, u"Brīvības iela 1, Rīga"_qs);
        QCOMPARE(google[0].start, utc(u"2026-03-10T08:00:00Z"_qs));
        QCOMPARE(google[0].end, utc(u"2026-03-10T09:30:00Z"_qs));
        QCOMPARE(google[0].reminderMinutes, std::optional<int>(30));
        QCOMPARE(google[0].attendees.size(), 1);
        QCOMPARE(google[0].attendees[0].name, u"Bērziņš, Jānis"_qs); // quoted, folded CN
        QCOMPARE(google[0].attendees[0].email, u"janis@koks.lv"_qs);
        QVERIFY(google[1].allDay);
        QCOMPARE(google[1].start, QDateTime(QDate(2026, 3, 12), QTime(0, 0), m_riga).toUTC());

        const auto outlook = ICalendar::read(crlf(kOutlook), m_riga).value();
        // 10:00 in FLE (Riga's Windows zone) on 30 March 2026, summer time: 07:00Z.
        QCOMPARE(outlook[0].start, utc(u"2026-03-30T07:00:00Z"_qs));
        QCOMPARE(outlook[0].timeZone,
                 u"Europe/Kiev"_qs.isEmpty() ? QString() : outlook[0].timeZone);
        QVERIFY(QTimeZone(outlook[0].timeZone.toUtf8()).isValid());
        QCOMPARE(outlook[0].reminderMinutes, std::optional<int>(15));
        QCOMPARE(outlook[0].priority, 5);
        QVERIFY(outlook[0].icalUid.startsWith(u"040000008200E00074C5B7101A82E008"_qs));
        QVERIFY(outlook[0].icalUid.endsWith(u"8F90"_qs)); // unfolded

        const auto tb = ICalendar::read(QByteArray(kThunderbird), m_riga).value();
        QCOMPARE(tb[0].kind, Activity::Kind::Task);
        QCOMPARE(tb[0].due, utc(u"2026-03-31T09:00:00Z"_qs));
        QCOMPARE(tb[0].timeZone, u"Europe/Riga"_qs);
        QCOMPARE(tb[0].priority, 1);
        QCOMPARE(tb[0].reminderMinutes, std::optional<int>(60));
        QVERIFY(!tb[0].done);
        QVERIFY(tb[1].done);
        QCOMPARE(tb[1].doneAt, utc(u"2026-11-19T15:00:00Z"_qs));
    }

    void floatingTimesAreTheUsersZone()
    {
        const QByteArray ics = crlf("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:f1\n"
                                    "DTSTART:20260710T090000\nDURATION:PT45M\nSUMMARY:Peldošs\n"
                                    "END:VEVENT\nEND:VCALENDAR\n");
        const auto items = ICalendar::read(ics, m_riga).value();
        QCOMPARE(items[0].start, utc(u"2026-07-10T06:00:00Z"_qs));
        QCOMPARE(items[0].end, utc(u"2026-07-10T06:45:00Z"_qs));
        QCOMPARE(items[0].timeZone, u"Europe/Riga"_qs);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("ics");
        QTest::addColumn<QString>("error");
        const QByteArray head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n";
        const QByteArray good = "BEGIN:VEVENT\r\nUID:ok-1\r\nDTSTART:20260310T080000Z\r\n"
                                "SUMMARY:Labs\r\nEND:VEVENT\r\n";
        QTest::addRow("empty") << QByteArray() << u"line 1: not an iCalendar file"_qs;
        QTest::addRow("not ics") << QByteArray("hello, world\r\n")
                                 << u"line 1: “hello, world” is not an iCalendar content line"_qs;
        QTest::addRow("truncated")
            << head + good.left(60) << u"line 3: BEGIN:VEVENT is never ended"_qs;
        QTest::addRow("missing END:VEVENT")
            << head + QByteArray("BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260310T080000Z\r\n"
                                 "END:VCALENDAR\r\n")
            << u"line 6: END:VCALENDAR where END:VEVENT (begun on line 3) was expected"_qs;
        QTest::addRow("missing END:VCALENDAR")
            << head + good << u"line 1: BEGIN:VCALENDAR is never ended"_qs;
        QTest::addRow("bad date")
            << head + good +
                   "BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20261345T250000Z\r\nEND:VEVENT\r\n"
                   "END:VCALENDAR\r\n"
            << u"line 10: “20261345T250000Z” in DTSTART is not a date-time"_qs;
        QTest::addRow("unknown TZID")
            << head + good +
                   "BEGIN:VEVENT\r\nUID:b\r\nDTSTART;TZID=Mars/Olympus:20260310T080000\r\n"
                   "END:VEVENT\r\nEND:VCALENDAR\r\n"
            << u"line 10: unknown time zone “Mars/Olympus”"_qs;
        QTest::addRow("huge line")
            << head + good +
                   "BEGIN:VEVENT\r\nUID:b\r\nDESCRIPTION:" + QByteArray(2 * 1024 * 1024, 'x') +
                   "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            << u"line 10: the line is longer than"_qs;
        QTest::addRow("huge folded line")
            << head + "BEGIN:VEVENT\r\nDESCRIPTION:" +
                   QByteArray(
                       " xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\r\n")
                       .repeated(20000) +
                   "END:VEVENT\r\nEND:VCALENDAR\r\n"
            << u"line 4: the line is longer than"_qs;
        QTest::addRow("bad duration")
            << head + "BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20260310T080000Z\r\nDURATION:1 hour\r\n"
                      "END:VEVENT\r\nEND:VCALENDAR\r\n"
            << u"line 6: “1 hour” is not a duration"_qs;
        QTest::addRow("duration too long for a number")
            << head + "BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20260310T080000Z\r\n"
                      "DURATION:PT99999999999999999999M\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            << u"line 6: “PT99999999999999999999M” is not a duration"_qs;
        // Found by the fuzzer: minutes × 60 overflowed a 64-bit number.
        QTest::addRow("alarm minutes overflowing")
            << head + "BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20260310T080000Z\r\nBEGIN:VALARM\r\n"
                      "ACTION:DISPLAY\r\nTRIGGER:-PT0007173733806442603406M\r\nEND:VALARM\r\n"
                      "END:VEVENT\r\nEND:VCALENDAR\r\n"
            << u"line 8: “-PT0007173733806442603406M” is not a duration"_qs;
        QTest::addRow("no DTSTART")
            << head + "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            << u"line 3: the VEVENT has no DTSTART"_qs;
        QTest::addRow("ends before start")
            << head + "BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20260310T080000Z\r\n"
                      "DTEND:20260310T070000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            << u"line 3: the VEVENT ends before it starts"_qs;
        QTest::addRow("not UTF-8")
            << head + "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:R\xEEga\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            << u"line 5: the text is not UTF-8"_qs;
        QTest::addRow("unclosed quote")
            << head + "BEGIN:VEVENT\r\nATTENDEE;CN=\"Anna:mailto:a@b.lv\r\nEND:VEVENT\r\n"
                      "END:VCALENDAR\r\n"
            << u"line 4: a quoted parameter of ATTENDEE is not closed"_qs;
        QTest::addRow("bad priority")
            << head + "BEGIN:VTODO\r\nUID:b\r\nPRIORITY:urgent\r\nEND:VTODO\r\nEND:VCALENDAR\r\n"
            << u"line 5: PRIORITY is a number from 0 to 9"_qs;
    }
    void malformed()
    {
        QFETCH(QByteArray, ics);
        QFETCH(QString, error);
        // Something already stored stays as it was.
        Activity keep;
        keep.subject = u"Jau ir"_qs;
        QVERIFY(ActivityRepository(m_t->db()).create(keep));
        const int changes = m_t->changeCount();
        auto r = CalendarService(m_t->db(), m_riga).importBytes(ics);
        QVERIFY(!r);
        QVERIFY2(r.error().detail.startsWith(error), qPrintable(r.error().detail));
        QCOMPARE(m_t->changeCount(), changes);
        QCOMPARE(m_t->scalar(u"SELECT count(*) FROM activities"_qs).toInt(), 1);
    }

    void fileErrorsNameTheFile()
    {
        auto r = CalendarService(m_t->db(), m_riga).importFile(m_t->dir() + u"/missing.ics"_qs);
        QVERIFY(!r);
        QVERIFY(r.error().detail.contains(u"missing.ics"_qs));
    }

    // Mutated inputs: the reader may refuse them but must never crash or hang, and an
    // import either fully succeeds or leaves the database as it was.
    void fuzz()
    {
        ActivityRepository repo(m_t->db());
        for (const Activity &a : sample())
            QVERIFY(repo.create(a));
        const QList<QByteArray> seeds = {CalendarService(m_t->db(), m_riga).exportBytes().value(),
                                         crlf(kGoogle), crlf(kOutlook), QByteArray(kThunderbird)};
        test::TestDatabase target;
        CalendarService service(target.db(), m_riga);
        QRandomGenerator rng(20261201);
        int accepted = 0;
        for (int i = 0; i < 1500; ++i) {
            QByteArray b = seeds[rng.bounded(int(seeds.size()))];
            const int mutations = 1 + rng.bounded(4);
            for (int m = 0; m < mutations && !b.isEmpty(); ++m) {
                const int at = rng.bounded(int(b.size()));
                switch (rng.bounded(6)) {
                case 0:
                    b[at] = char(rng.bounded(256));
                    break;
                case 1:
                    b.remove(at, rng.bounded(40));
                    break;
                case 2:
                    b.truncate(at);
                    break;
                case 3:
                    b.insert(at, b.mid(rng.bounded(int(b.size())), rng.bounded(200)));
                    break;
                case 4:
                    b.insert(at, "\r\n ");
                    break;
                case 5:
                    b.insert(at, QByteArray(1, ":;,\\\"="[rng.bounded(6)]));
                    break;
                }
            }
            const auto items = ICalendar::read(b, m_riga);
            if (!items) {
                QVERIFY(items.error().detail.startsWith(u"line "_qs));
                continue;
            }
            ++accepted;
            if (i % 10 == 0) {
                const int before = target.changeCount();
                auto r = service.importBytes(b);
                if (!r)
                    QCOMPARE(target.changeCount(), before);
            }
        }
        qInfo("fuzz: %d of 1500 mutated files were still readable", accepted);
    }
};

QTEST_GUILESS_MAIN(TestICalendar)
#include "tst_icalendar.moc"
