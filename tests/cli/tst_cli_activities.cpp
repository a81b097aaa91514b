// SPDX-License-Identifier: GPL-3.0-or-later
// crm-cli activity and ics commands, on the real binary in the Europe/Riga zone: add, the
// agenda lists, done, .ics export and import, and bad arguments that change nothing.
#include "support/clirunner.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using Run = crm::test::ProcessRun;

QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate); // "…Z"
}

} // namespace

class TestCliActivities : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_cli.found(), qPrintable(m_cli.binary()));
        m_cli.setEnv(u"TZ"_qs, u"Europe/Riga"_qs);
    }
    void init() { QVERIFY(m_cli.reset()); }

    void addListDone()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString task = add({u"--kind"_qs, u"task"_qs, u"--subject"_qs, u"Zvanīt Jānim"_qs,
                                  u"--due"_qs, iso(now.addDays(-1))});
        QVERIFY(!task.isEmpty());
        const QString meeting =
            add({u"--kind"_qs, u"meeting"_qs, u"--subject"_qs, u"Pārrunas"_qs, u"--start"_qs,
                 iso(now), u"--end"_qs, iso(now.addSecs(1800)), u"--reminder"_qs, u"15"_qs});
        QVERIFY(!meeting.isEmpty());
        const QString note = add({u"--kind"_qs, u"note"_qs, u"--subject"_qs, u"Piezīme"_qs});
        QVERIFY(!note.isEmpty());

        QCOMPARE(ids({u"--overdue"_qs}), QStringList{task});
        QCOMPARE(ids({u"--today"_qs}), QStringList{meeting});
        QVERIFY(ids({u"--week"_qs}).contains(meeting));
        QCOMPARE(ids({}).size(), 3); // everything, newest first
        QCOMPARE(ids({}).first(), note);

        // Local wall-clock time is Riga's ($TZ); a date alone is the end of that day.
        const QString local = add({u"--kind"_qs, u"task"_qs, u"--subject"_qs, u"Lokāli"_qs,
                                   u"--due"_qs, u"2027-07-01T09:30"_qs});
        const QString dateOnly = add({u"--kind"_qs, u"task"_qs, u"--subject"_qs, u"Diena"_qs,
                                      u"--due"_qs, u"2027-01-15"_qs});
        const QJsonArray all = list({});
        for (const QJsonValue &v : all) {
            const QJsonObject o = v.toObject();
            if (o[u"id"_qs] == local)
                QCOMPARE(o[u"due"_qs].toString(), u"2027-07-01T06:30:00.000Z"_qs);
            if (o[u"id"_qs] == dateOnly)
                QCOMPARE(o[u"due"_qs].toString(), u"2027-01-15T21:59:59.000Z"_qs);
        }

        const Run done = m_cli.run({u"activity"_qs, u"done"_qs, task.left(13)});
        QCOMPARE(done.exitCode, 0);
        QVERIFY(done.err.isEmpty());
        QVERIFY(ids({u"--overdue"_qs}).isEmpty());

        // Every write went through change capture.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"check"_qs);
        db.setDatabaseName(m_cli.database());
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT count(*) FROM change_log WHERE tbl = 'activities' AND "
                           u"col IS NULL"_qs));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 5);
            QVERIFY(q.exec(u"SELECT count(*) FROM change_log WHERE tbl = 'activities' AND "
                           u"col = 'done'"_qs));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(u"check"_qs);
    }

    void icsExportImport()
    {
        QVERIFY(!add({u"--kind"_qs, u"meeting"_qs, u"--subject"_qs, u"Tikšanās, ar komatu"_qs,
                      u"--start"_qs, u"2026-03-29T10:00"_qs, u"--end"_qs, u"2026-03-29T11:00"_qs,
                      u"--reminder"_qs, u"30"_qs})
                     .isEmpty());
        QVERIFY(!add({u"--kind"_qs, u"task"_qs, u"--subject"_qs, u"Uzdevums"_qs, u"--due"_qs,
                      u"2026-04-01T12:00"_qs})
                     .isEmpty());
        const QString file = m_cli.path(u"out.ics"_qs);
        const Run exported = m_cli.run({u"ics"_qs, u"export"_qs, u"-o"_qs, file});
        QCOMPARE(exported.exitCode, 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray ics = f.readAll();
        QVERIFY(ics.contains("DTSTART;TZID=Europe/Riga:20260329T100000\r\n"));
        QVERIFY(ics.contains("SUMMARY:Tikšanās\\, ar komatu\r\n"));
        QVERIFY(ics.contains("TRIGGER:-PT30M\r\n"));

        const QString other = m_cli.path(u"other.sqlite"_qs);
        Run imported = m_cli.run({u"ics"_qs, u"import"_qs, file}, other);
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(imported.outText().trimmed(), u"2 created, 0 updated"_qs);
        imported = m_cli.run({u"ics"_qs, u"import"_qs, file}, other);
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(imported.outText().trimmed(), u"0 created, 2 updated"_qs);
        // And back into the original: the same UIDs update, nothing doubles.
        imported = m_cli.run({u"ics"_qs, u"import"_qs, file});
        QCOMPARE(imported.outText().trimmed(), u"0 created, 2 updated"_qs);
        QCOMPARE(list({}).size(), 2);
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString a = u"activity"_qs;
        const QString add = u"add"_qs;
        QTest::addRow("unknown kind")
            << QStringList{a, add, u"--kind"_qs, u"lunch"_qs, u"--subject"_qs, u"x"_qs} << 2
            << u"--kind: “lunch” is not one of"_qs;
        QTest::addRow("no subject") << QStringList{a, add, u"--kind"_qs, u"task"_qs} << 2
                                    << u"give --kind and --subject"_qs;
        QTest::addRow("bad due")
            << QStringList{a,       add,         u"--kind"_qs,          u"task"_qs, u"--subject"_qs,
                           u"x"_qs, u"--due"_qs, u"2026-02-30T10:00"_qs}
            << 2 << u"--due: “2026-02-30T10:00” is not a date and time"_qs;
        QTest::addRow("end without start")
            << QStringList{a,       add,         u"--kind"_qs,          u"call"_qs, u"--subject"_qs,
                           u"x"_qs, u"--end"_qs, u"2026-03-01T10:00"_qs}
            << 2 << u"--end needs --start"_qs;
        QTest::addRow("due and start") << QStringList{a,
                                                      add,
                                                      u"--kind"_qs,
                                                      u"task"_qs,
                                                      u"--subject"_qs,
                                                      u"x"_qs,
                                                      u"--due"_qs,
                                                      u"2026-03-01T10:00"_qs,
                                                      u"--start"_qs,
                                                      u"2026-03-01T10:00"_qs}
                                       << 2 << u"give --due or --start, not both"_qs;
        QTest::addRow("meeting without start")
            << QStringList{a, add, u"--kind"_qs, u"meeting"_qs, u"--subject"_qs, u"x"_qs} << 1
            << u"--start: a meeting or visit needs a start time"_qs;
        QTest::addRow("end before start") << QStringList{a,
                                                         add,
                                                         u"--kind"_qs,
                                                         u"meeting"_qs,
                                                         u"--subject"_qs,
                                                         u"x"_qs,
                                                         u"--start"_qs,
                                                         u"2026-03-01T10:00"_qs,
                                                         u"--end"_qs,
                                                         u"2026-03-01T09:00"_qs}
                                          << 1 << u"--end: the end is before the start"_qs;
        QTest::addRow("contact not an id") << QStringList{a,
                                                          add,
                                                          u"--kind"_qs,
                                                          u"note"_qs,
                                                          u"--subject"_qs,
                                                          u"x"_qs,
                                                          u"--contact"_qs,
                                                          u"Jānis"_qs}
                                           << 2 << u"--contact: “Jānis” is not an id"_qs;
        QTest::addRow("no such contact") << QStringList{a,
                                                        add,
                                                        u"--kind"_qs,
                                                        u"note"_qs,
                                                        u"--subject"_qs,
                                                        u"x"_qs,
                                                        u"--contact"_qs,
                                                        u"01234567"_qs}
                                         << 1 << u"no contact with id 01234567"_qs;
        QTest::addRow("no such activity")
            << QStringList{a, u"done"_qs, u"0123456789abcdef"_qs} << 1 << u"no activity with id"_qs;
        QTest::addRow("two ranges") << QStringList{a, u"list"_qs, u"--today"_qs, u"--week"_qs} << 2
                                    << u"give one of --overdue"_qs;
        QTest::addRow("export without file")
            << QStringList{u"ics"_qs, u"export"_qs} << 2 << u"ics export: give -o FILE"_qs;
        QTest::addRow("import missing file")
            << QStringList{u"ics"_qs, u"import"_qs, u"/nonexistent/x.ics"_qs} << 1
            << u"/nonexistent/x.ics: cannot read the file"_qs;
    }
    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        // A database with one activity, which must stay exactly as it is.
        QVERIFY(!add({u"--kind"_qs, u"note"_qs, u"--subject"_qs, u"Esošā"_qs}).isEmpty());
        const QJsonArray before = list({});
        const Run r = m_cli.run(args);
        QVERIFY2(r.exitCode != -1, "crm-cli crashed");
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY2(r.err.startsWith("crm-cli: error: "), r.err.constData());
        QVERIFY2(r.err.endsWith('\n') && r.err.count('\n') == 1, r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
        QCOMPARE(list({}), before);
    }

    void badIcsImportsNothing()
    {
        QVERIFY(!add({u"--kind"_qs, u"note"_qs, u"--subject"_qs, u"Esošā"_qs}).isEmpty());
        const QString file = m_cli.path(u"bad.ics"_qs);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\n"
                "DTSTART:20260310T080000Z\r\nSUMMARY:Labs\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\n"
                "UID:b\r\nDTSTART;TZID=Nowhere/Special:20260310T080000\r\nEND:VEVENT\r\n"
                "END:VCALENDAR\r\n");
        f.close();
        const Run r = m_cli.run({u"ics"_qs, u"import"_qs, file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("bad.ics: line 10: unknown time zone"), r.err.constData());
        QCOMPARE(list({}).size(), 1); // the good event before it was not imported either
    }

private:
    QString add(const QStringList &arguments) const
    {
        const Run r = m_cli.run(QStringList{u"activity"_qs, u"add"_qs} + arguments);
        if (r.exitCode != 0) {
            qWarning("activity add failed: %s", r.err.constData());
            return {};
        }
        return r.outText().trimmed();
    }
    QJsonArray list(const QStringList &options) const
    {
        const Run r = m_cli.run(
            QStringList{u"activity"_qs, u"list"_qs, u"--format"_qs, u"json"_qs} + options);
        if (r.exitCode != 0)
            qWarning("activity list failed: %s", r.err.constData());
        return QJsonDocument::fromJson(r.out).array();
    }
    QStringList ids(const QStringList &options) const
    {
        QStringList out;
        for (const QJsonValue &v : list(options))
            out << v.toObject()[u"id"_qs].toString();
        return out;
    }

    crm::test::CliRunner m_cli;
};

QTEST_GUILESS_MAIN(TestCliActivities)
#include "tst_cli_activities.moc"
