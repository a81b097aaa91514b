// SPDX-License-Identifier: GPL-3.0-or-later
// crm-cli import, import list and import undo on the real binary: the preview counts and
// invalid lines, a dry run that changes nothing, the batch number, undo, and exit codes.
#include "support/clirunner.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using Run = crm::test::ProcessRun;

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_cli.found(), qPrintable(m_cli.binary())); }
    void init()
    {
        QVERIFY(m_cli.reset());
        const Run r = m_cli.run({u"contact"_qs, u"add"_qs, u"--first-name"_qs, u"Anna"_qs,
                                 u"--last-name"_qs, u"Ozola"_qs, u"--email"_qs, u"anna@x.lv"_qs});
        QCOMPARE(r.exitCode, 0);
        m_csv = m_cli.path(u"people.csv"_qs);
        QFile f(m_csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("First Name;Last Name;E-mail Address;Mobile Phone\n"
                "Anna;Ozola;ANNA@x.lv;+371 2000 0001\n"
                "Jānis;Bērziņš;janis@x.lv;\n"
                ";;nobody@x.lv;\n"
                "Janis;Berzins;;\n");
    }

    void dryRunChangesNothing()
    {
        const QByteArray before = m_cli.databaseHash();
        const Run r = m_cli.run({u"import"_qs, m_csv, u"--dry-run"_qs});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("New: 1"), r.out.constData());
        QVERIFY(r.out.contains("Update: 1"));
        QVERIFY(r.out.contains("Duplicate in file: 1"));
        QVERIFY(r.out.contains("Invalid: 1"));
        QVERIFY(r.out.contains("line 4: "));
        QVERIFY(!r.out.contains("Import "));
        QCOMPARE(m_cli.databaseHash(), before);
        QCOMPARE(contacts().size(), 1);
    }

    void applyListUndo()
    {
        Run r = m_cli.run({u"import"_qs, m_csv, u"--on-duplicate"_qs, u"update"_qs});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Import 1: created 1, updated 1"), r.out.constData());
        QCOMPARE(contacts().size(), 2);

        r = m_cli.run({u"--format"_qs, u"json"_qs, u"import"_qs, u"list"_qs});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray batches = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(batches.size(), 1);
        QCOMPARE(batches[0][u"state"_qs].toString(), u"applied"_qs);
        QCOMPARE(batches[0][u"created"_qs].toInt(), 1);

        r = m_cli.run({u"import"_qs, u"undo"_qs, u"1"_qs});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(contacts().size(), 1);
        const QJsonObject anna = contacts().first().toObject();
        QCOMPARE(anna[u"phones"_qs].toArray().size(), 0); // the update is undone too

        r = m_cli.run({u"import"_qs, u"undo"_qs, u"1"_qs}); // twice: a runtime error
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.startsWith("crm-cli: error: "));
        QCOMPARE(r.err.count('\n'), 1);
    }

    void skipAndCreate()
    {
        Run r = m_cli.run({u"import"_qs, m_csv, u"--on-duplicate"_qs, u"skip"_qs});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("created 1, updated 0, skipped 2"), r.out.constData());
        r = m_cli.run({u"import"_qs, m_csv, u"--on-duplicate"_qs, u"create"_qs});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(contacts().size(), 5); // Anna, Jānis, then Anna, Jānis, Janis again
    }

    // crm-cli export contacts --format vcard, then crm-cli import into another database with
    // the same custom fields: every field type's value comes back exactly.
    void vcardCustomFieldsRoundTrip()
    {
        const QString other = m_cli.path(u"other.sqlite"_qs);
        const QList<QStringList> fields = {
            {u"nickname"_qs, u"text"_qs},
            {u"history"_qs, u"longtext"_qs},
            {u"employees"_qs, u"number"_qs},
            {u"budget"_qs, u"money"_qs},
            {u"met_on"_qs, u"date"_qs},
            {u"vip"_qs, u"yesno"_qs},
            {u"industry"_qs, u"choice"_qs, u"Retail, wholesale"_qs, u"Banking"_qs},
            {u"regions"_qs, u"multichoice"_qs, u"North"_qs, u"South, East"_qs, u"West"_qs},
            {u"homepage"_qs, u"url"_qs},
        };
        for (const QString &database : {QString(), other}) {
            for (const QStringList &f : fields) {
                QStringList args{u"field"_qs,  u"add"_qs, u"--entity"_qs, u"contact"_qs,
                                 u"--key"_qs,  f[0],      u"--label"_qs,  f[0],
                                 u"--type"_qs, f[1]};
                for (const QString &choice : f.mid(2))
                    args << u"--choice"_qs << choice;
                const Run r = m_cli.run(args, database);
                QVERIFY2(r.exitCode == 0, r.err.constData());
            }
        }
        const Run added =
            m_cli.run({u"contact"_qs,      u"add"_qs,
                       u"--first-name"_qs, u"Jānis"_qs,
                       u"--last-name"_qs,  u"Bērziņš"_qs,
                       u"--field"_qs,      u"nickname=Jāņuks; \"boss\", \\ ok"_qs,
                       u"--field"_qs,      u"history=First, line;\n\n  third \\n line\n"_qs,
                       u"--field"_qs,      u"employees=-1234.5"_qs,
                       u"--field"_qs,      u"budget=1250.5 eur"_qs,
                       u"--field"_qs,      u"met_on=2026-03-10"_qs,
                       u"--field"_qs,      u"vip=yes"_qs,
                       u"--field"_qs,      u"industry=retail, wholesale"_qs,
                       u"--field"_qs,      u"regions=West;South, East"_qs,
                       u"--field"_qs,      u"homepage=https://example.com/a;b,c?x=1&y=2"_qs});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QString vcf = m_cli.path(u"out.vcf"_qs);
        Run r =
            m_cli.run({u"export"_qs, u"contacts"_qs, u"--format"_qs, u"vcard"_qs, u"-o"_qs, vcf});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = m_cli.run({u"import"_qs, vcf}, other);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("New: 2"), r.out.constData());
        QVERIFY2(!r.out.contains("warning"), r.out.constData());

        auto customOf = [&](const QString &database) {
            QHash<QString, QJsonObject> out;
            const Run list =
                m_cli.run({u"--format"_qs, u"json"_qs, u"contact"_qs, u"list"_qs}, database);
            for (const QJsonValue &c : QJsonDocument::fromJson(list.out).array())
                out.insert(c[u"name"_qs].toString(), c[u"custom"_qs].toObject());
            return out;
        };
        const auto before = customOf({});
        const auto after = customOf(other);
        QCOMPARE(before.size(), 2);
        QCOMPARE(before.value(u"Jānis Bērziņš"_qs).size(), fields.size());
        QCOMPARE(before.value(u"Jānis Bērziņš"_qs)[u"regions"_qs].toString(),
                 u"[\"South, East\",\"West\"]"_qs);
        QCOMPARE(after, before);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::addRow("no file") << QStringList{u"import"_qs} << 2 << QByteArray("FILE");
        QTest::addRow("bad choice")
            << QStringList{u"import"_qs, u"@CSV"_qs, u"--on-duplicate"_qs, u"merge"_qs} << 2
            << QByteArray("--on-duplicate");
        QTest::addRow("bad photos")
            << QStringList{u"import"_qs, u"@CSV"_qs, u"--photos"_qs, u"some"_qs} << 2
            << QByteArray("--photos");
        QTest::addRow("bad format")
            << QStringList{u"import"_qs, u"@CSV"_qs, u"--format"_qs, u"xls"_qs} << 2
            << QByteArray("--format");
        QTest::addRow("bad encoding")
            << QStringList{u"import"_qs, u"@CSV"_qs, u"--encoding"_qs, u"klingon-8"_qs} << 2
            << QByteArray("--encoding");
        QTest::addRow("bad delimiter")
            << QStringList{u"import"_qs, u"@CSV"_qs, u"--delimiter"_qs, u"x"_qs} << 2
            << QByteArray("--delimiter");
        QTest::addRow("missing file") << QStringList{u"import"_qs, u"/nonexistent/x.csv"_qs} << 1
                                      << QByteArray("no such file");
        QTest::addRow("undo not a number")
            << QStringList{u"import"_qs, u"undo"_qs, u"x"_qs} << 2 << QByteArray("import number");
        QTest::addRow("undo unknown")
            << QStringList{u"import"_qs, u"undo"_qs, u"42"_qs} << 1 << QByteArray("42");
        QTest::addRow("vcard that is not")
            << QStringList{u"import"_qs, u"@CSV"_qs, u"--format"_qs, u"vcard"_qs} << 1
            << QByteArray("people.csv");
    }
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        arguments.replaceInStrings(u"@CSV"_qs, m_csv);
        const QByteArray before = m_cli.databaseHash();
        const Run r = m_cli.run(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.startsWith("crm-cli: error: ") && r.err.contains(message),
                 r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(m_cli.databaseHash(), before);
    }

private:
    QJsonArray contacts() const
    {
        const Run r = m_cli.run({u"--format"_qs, u"json"_qs, u"contact"_qs, u"list"_qs});
        return QJsonDocument::fromJson(r.out).array();
    }
    crm::test::CliRunner m_cli;
    QString m_csv;
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
