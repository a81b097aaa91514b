// SPDX-License-Identifier: GPL-3.0-or-later
// crm-cli report list | run on the real binary: every format, parameters, the exit status
// contract (usage 2 naming what is wrong, runtime 1) and files that are only written whole.
#include "support/clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace crm;

class TestCliReports : public QObject
{
    Q_OBJECT

    test::CliRunner m_cli;

private slots:
    void initTestCase() { QVERIFY2(m_cli.found(), qPrintable(m_cli.binary())); }

    void init()
    {
        QVERIFY(m_cli.reset());
        QVERIFY(!m_cli
                     .ok({u"deal"_qs, u"add"_qs, u"--title"_qs, u"Rīga"_qs, u"--amount"_qs,
                          u"1000"_qs, u"--currency"_qs, u"EUR"_qs, u"--stage"_qs, u"Research"_qs})
                     .isEmpty());
        QVERIFY(!m_cli
                     .ok({u"deal"_qs, u"add"_qs, u"--title"_qs, u"Αθήνα"_qs, u"--amount"_qs,
                          u"250.50"_qs, u"--currency"_qs, u"USD"_qs, u"--stage"_qs, u"Research"_qs})
                     .isEmpty());
    }

    void listsTheBuiltIns()
    {
        const QString out = m_cli.ok({u"report"_qs, u"list"_qs});
        for (const char *name :
             {"pipeline-by-stage", "sales-forecast", "won-lost", "activity-per-owner",
              "lead-sources", "customers", "overdue-tasks"})
            QVERIFY2(out.contains(QLatin1String(name)), name);
    }

    void runsInEveryFormat()
    {
        const QString table = m_cli.ok({u"report"_qs, u"run"_qs, u"pipeline-by-stage"_qs});
        QVERIFY2(table.contains(u"Research") && table.contains(u"Total"), qPrintable(table));

        const test::ProcessRun json = m_cli.run(
            {u"report"_qs, u"run"_qs, u"pipeline-by-stage"_qs, u"--format"_qs, u"json"_qs});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(rows.size(), 3); // Research, the pipeline's subtotal, the total
        const QJsonObject total = rows.last().toObject();
        QCOMPARE(total.value(u"row").toString(), u"total"_qs);
        QCOMPARE(total.value(u"count_all").toInt(), 2);
        QCOMPARE(total.value(u"sum_amount").toObject().value(u"EUR").toString(), u"1000.00"_qs);
        QCOMPARE(total.value(u"sum_amount").toObject().value(u"USD").toString(), u"250.50"_qs);

        const QString csv = m_cli.path(u"r.csv"_qs);
        QVERIFY(
            !m_cli
                 .ok({u"report"_qs, u"run"_qs, u"pipeline-by-stage"_qs, u"--format"_qs, u"csv"_qs,
                      u"-o"_qs, csv, u"--delimiter"_qs, u"semicolon"_qs, u"--bom"_qs})
                 .isEmpty());
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFPipeline;Stage;Deals;Total;Weighted\r\n"));
        QVERIFY2(bytes.contains("Total;;2;\"1000.00 EUR; 250.50 USD\";"), bytes.constData());

        const QString pdf = m_cli.path(u"r.pdf"_qs);
        QVERIFY(!m_cli
                     .ok({u"report"_qs, u"run"_qs, u"pipeline-by-stage"_qs, u"--format"_qs,
                          u"pdf"_qs, u"-o"_qs, pdf, u"--page-size"_qs, u"letter"_qs,
                          u"--orientation"_qs, u"landscape"_qs})
                     .isEmpty());
        QFile p(pdf);
        QVERIFY(p.open(QIODevice::ReadOnly));
        QVERIFY(p.read(5) == "%PDF-");
        const test::ProcessRun text = test::runProcess(u"pdftotext"_qs, {pdf, u"-"_qs});
        QVERIFY(text.out.contains("Pipeline by stage"));
    }

    void parametersNarrow()
    {
        const test::ProcessRun json =
            m_cli.run({u"report"_qs, u"run"_qs, u"won-lost"_qs, u"--param"_qs, u"period=all"_qs,
                       u"--param"_qs, u"owner=nobody"_qs, u"--format"_qs, u"json"_qs});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().toObject().value(u"count_all").toInt(), 0);
    }

    void usageErrorsExitTwoAndNameTheProblem_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::addRow("unknown report") << QStringList{u"nope"_qs} << u"unknown report “nope”"_qs;
        QTest::addRow("unknown param")
            << QStringList{u"won-lost"_qs, u"--param"_qs, u"colour=red"_qs}
            << u"unknown parameter “colour”"_qs;
        QTest::addRow("bad period")
            << QStringList{u"won-lost"_qs, u"--param"_qs, u"period=soon"_qs} << u"“soon”"_qs;
        QTest::addRow("not key=value")
            << QStringList{u"won-lost"_qs, u"--param"_qs, u"period"_qs} << u"KEY=VALUE"_qs;
        QTest::addRow("format") << QStringList{u"won-lost"_qs, u"--format"_qs, u"xls"_qs}
                                << u"--format"_qs;
        QTest::addRow("pdf without file")
            << QStringList{u"won-lost"_qs, u"--format"_qs, u"pdf"_qs} << u"-o"_qs;
        QTest::addRow("page size")
            << QStringList{u"won-lost"_qs, u"--page-size"_qs, u"b5"_qs} << u"--page-size"_qs;
    }

    void usageErrorsExitTwoAndNameTheProblem()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const test::ProcessRun r = m_cli.run(QStringList{u"report"_qs, u"run"_qs} + arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(expected), qPrintable(err));
        QCOMPARE(err.count(u'\n'), 1);
    }

    void runtimeErrorsExitOne()
    {
        const test::ProcessRun r =
            m_cli.run({u"report"_qs, u"run"_qs, u"won-lost"_qs, u"--format"_qs, u"csv"_qs, u"-o"_qs,
                       m_cli.path(u"no/such/dir/x.csv"_qs)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("cannot write"));
    }
};

QTEST_GUILESS_MAIN(TestCliReports)
#include "tst_cli_reports.moc"
