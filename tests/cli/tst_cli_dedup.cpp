// SPDX-License-Identifier: GPL-3.0-or-later
// crm-cli duplicates list, merge and unmerge on the real binary: pairs with scores and
// reasons in each format, a merge that prints its id, an unmerge, and exit codes.
#include "support/clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using Run = crm::test::ProcessRun;

} // namespace

class TestCliDedup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_cli.found(), qPrintable(m_cli.binary())); }
    void init()
    {
        QVERIFY(m_cli.reset());
        for (const QStringList &c :
             {QStringList{u"Anna"_qs, u"Ozola"_qs, u"anna@x.lv"_qs, u"Rīga"_qs},
              QStringList{u"Anna"_qs, u"Ozoliņa"_qs, u"ANNA@x.lv"_qs, u"Cēsis"_qs},
              QStringList{u"Pēteris"_qs, u"Kalns"_qs, u"p@y.lv"_qs, u"Ogre"_qs}}) {
            const Run r =
                m_cli.run({u"contact"_qs, u"add"_qs, u"--first-name"_qs, c[0], u"--last-name"_qs,
                           c[1], u"--email"_qs, c[2], u"--city"_qs, c[3]});
            QCOMPARE(r.exitCode, 0);
        }
    }

    void listMergeUnmerge()
    {
        Run r = m_cli.run({u"--format"_qs, u"json"_qs, u"duplicates"_qs, u"list"_qs});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray pairs = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(pairs.size(), 1);
        const QJsonObject p = pairs.first().toObject();
        QVERIFY(p[u"score"_qs].toDouble() > 0.9);
        QVERIFY2(p[u"reasons"_qs].toString().contains(u"same e-mail anna@x.lv"_qs),
                 r.out.constData());
        r = m_cli.run({u"--format"_qs, u"csv"_qs, u"duplicates"_qs, u"list"_qs});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("score,id_a,name_a,id_b,name_b,reasons"));
        r = m_cli.run({u"duplicates"_qs, u"list"_qs, u"--min-score"_qs, u"0.99"_qs});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains("anna@x.lv"));

        const QString a = p[u"id_a"_qs].toString();
        const QString b = p[u"id_b"_qs].toString();
        const QString cityOfA =
            a == contactIdOf(u"Ozola"_qs, contacts()) ? u"Rīga"_qs : u"Cēsis"_qs;
        r = m_cli.run({u"merge"_qs, a, b, u"--keep"_qs, b, u"--field"_qs, u"city="_qs + a});
        QCOMPARE(r.exitCode, 0);
        const QString mergeId = QString::fromUtf8(r.out).trimmed();
        QCOMPARE(mergeId.size(), 36);
        QJsonArray list = contacts();
        QCOMPARE(list.size(), 2);
        r = m_cli.run({u"--format"_qs, u"json"_qs, u"contact"_qs, u"show"_qs, b});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(cityOfA.toUtf8()), r.out.constData());
        r = m_cli.run({u"duplicates"_qs, u"list"_qs});
        QVERIFY(!r.out.contains("anna@x.lv"));

        r = m_cli.run({u"unmerge"_qs, mergeId.left(13)}); // a unique prefix does
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("undone"), r.out.constData());
        QCOMPARE(contacts().size(), 3);
        r = m_cli.run({u"unmerge"_qs, mergeId});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.startsWith("crm-cli: error: "));
        QCOMPARE(r.err.count('\n'), 1);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        QTest::addRow("bad kind") << QStringList{u"duplicates"_qs, u"list"_qs, u"--kind"_qs,
                                                 u"deal"_qs}
                                  << 2 << QByteArray("--kind");
        QTest::addRow("bad score")
            << QStringList{u"duplicates"_qs, u"list"_qs, u"--min-score"_qs, u"high"_qs} << 2
            << QByteArray("--min-score");
        QTest::addRow("one id") << QStringList{u"merge"_qs, u"@A"_qs} << 2 << QByteArray("ID");
        QTest::addRow("not an id")
            << QStringList{u"merge"_qs, u"@A"_qs, u"zebra"_qs} << 2 << QByteArray("zebra");
        QTest::addRow("bad field")
            << QStringList{u"merge"_qs, u"@A"_qs, u"@B"_qs, u"--field"_qs, u"shoe=@A"_qs} << 2
            << QByteArray("shoe");
        QTest::addRow("unknown id")
            << QStringList{u"merge"_qs, u"@A"_qs, u"0190aaaa-0000-7000-8000-000000000000"_qs} << 1
            << QByteArray("0190aaaa");
        QTest::addRow("same twice")
            << QStringList{u"merge"_qs, u"@A"_qs, u"@A"_qs} << 1 << QByteArray("twice");
        QTest::addRow("unknown merge")
            << QStringList{u"unmerge"_qs, u"0190aaaa-0000-7000-8000-000000000000"_qs} << 1
            << QByteArray("no merge");
        QTest::addRow("unmerge no id") << QStringList{u"unmerge"_qs} << 2 << QByteArray("MERGE_ID");
    }
    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const QJsonArray list = contacts();
        for (QString &a : arguments) {
            a.replace(u"@A"_qs, list[0].toObject()[u"id"_qs].toString());
            a.replace(u"@B"_qs, list[1].toObject()[u"id"_qs].toString());
        }
        const Run r = m_cli.run(arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QCOMPARE(contacts().size(), 3);
    }

private:
    static QString contactIdOf(const QString &lastName, const QJsonArray &list)
    {
        for (const QJsonValue &v : list) {
            if (v.toObject()[u"last_name"_qs].toString() == lastName)
                return v.toObject()[u"id"_qs].toString();
        }
        return {};
    }
    QJsonArray contacts() const
    {
        const Run r = m_cli.run({u"--format"_qs, u"json"_qs, u"contact"_qs, u"list"_qs});
        return QJsonDocument::fromJson(r.out).array();
    }
    crm::test::CliRunner m_cli;
};

QTEST_GUILESS_MAIN(TestCliDedup)
#include "tst_cli_dedup.moc"
