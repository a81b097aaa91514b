// SPDX-License-Identifier: GPL-3.0-or-later
// crm-cli timeline on the real binary: a contact's, company's and deal's entries newest first
// in every format, --limit, and bad input with its exit status.
#include "support/clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace crm;

class TestCliTimeline : public QObject
{
    Q_OBJECT

private:
    test::CliRunner m_cli;

    QJsonArray timeline(const QStringList &extra) const
    {
        const test::ProcessRun r =
            m_cli.run(QStringList{u"--format"_qs, u"json"_qs, u"timeline"_qs} + extra);
        return QJsonDocument::fromJson(r.out).array();
    }
    static QStringList kinds(const QJsonArray &entries)
    {
        QStringList out;
        for (const QJsonValue &v : entries)
            out << v.toObject().value(u"kind").toString();
        return out;
    }

private slots:
    void initTestCase() { QVERIFY2(m_cli.found(), qPrintable(m_cli.binary())); }
    void init() { QVERIFY(m_cli.reset()); }

    void contactCompanyAndDeal()
    {
        const QString contact =
            m_cli.ok({u"contact"_qs, u"add"_qs, u"--first-name"_qs, u"Anna"_qs, u"--last-name"_qs,
                      u"Bērziņa"_qs, u"--company"_qs, u"SIA Koks"_qs});
        QVERIFY(!contact.isEmpty());
        const QString call = m_cli.ok({u"activity"_qs, u"add"_qs, u"--kind"_qs, u"call"_qs,
                                       u"--subject"_qs, u"Asked about timber"_qs, u"--contact"_qs,
                                       contact, u"--start"_qs, u"2024-01-10T10:00:00Z"_qs});
        QVERIFY(!call.isEmpty());
        const QString deal = m_cli.ok({u"deal"_qs, u"add"_qs, u"--title"_qs, u"Timber"_qs,
                                       u"--amount"_qs, u"100"_qs, u"--currency"_qs, u"EUR"_qs,
                                       u"--company"_qs, u"SIA Koks"_qs, u"--contact"_qs, contact});
        QVERIFY(!deal.isEmpty());
        QCOMPARE(m_cli.run({u"deal"_qs, u"won"_qs, deal}).exitCode, 0);

        const QJsonArray entries = timeline({contact});
        QCOMPARE(kinds(entries),
                 (QStringList{u"deal_won"_qs, u"deal_opened"_qs, u"created"_qs, u"call"_qs}));
        const QJsonObject last = entries.last().toObject();
        QCOMPARE(last.value(u"title").toString(), u"Asked about timber"_qs);
        QCOMPARE(last.value(u"time").toString(), u"2024-01-10T10:00:00.000Z"_qs);
        QCOMPARE(last.value(u"record").toString(), u"activity"_qs);
        QCOMPARE(last.value(u"record_id").toString(), call);
        QCOMPARE(entries.first().toObject().value(u"record_id").toString(), deal);

        // The company sees its contact's call and its deal; the deal its own events.
        const QString company =
            QJsonDocument::fromJson(
                m_cli.run({u"--format"_qs, u"json"_qs, u"contact"_qs, u"show"_qs, contact}).out)
                .object()
                .value(u"company_id")
                .toString();
        QVERIFY2(!company.isEmpty(), "contact show names its company");
        const QStringList companyKinds = kinds(timeline({company}));
        QVERIFY(companyKinds.contains(u"call"_qs));
        QVERIFY(companyKinds.contains(u"deal_won"_qs));
        QCOMPARE(kinds(timeline({deal})), (QStringList{u"deal_won"_qs, u"deal_opened"_qs}));

        // --limit, the table and CSV.
        QCOMPARE(timeline({contact, u"--limit"_qs, u"2"_qs}).size(), 2);
        const QString table = m_cli.ok({u"timeline"_qs, contact});
        QVERIFY2(table.startsWith(u"Time"), qPrintable(table));
        QVERIFY(table.contains(u"Deal won: Timber"));
        const QString csv = m_cli.ok({u"--format"_qs, u"csv"_qs, u"timeline"_qs, contact});
        QVERIFY2(csv.startsWith(u"time,kind,title,detail,who,record,record_id"), qPrintable(csv));
        QCOMPARE(csv.split(u'\n').size(), 5);
    }

    void badInput()
    {
        QVERIFY(!m_cli
                     .ok({u"contact"_qs, u"add"_qs, u"--first-name"_qs, u"A"_qs, u"--last-name"_qs,
                          u"B"_qs})
                     .isEmpty());
        test::ProcessRun r = m_cli.run({u"timeline"_qs, u"0123456789abcdef"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("no contact, company or deal"), r.err.constData());
        r = m_cli.run({u"timeline"_qs, u"not-an-id"_qs});
        QCOMPARE(r.exitCode, 2);
        r = m_cli.run({u"timeline"_qs, u"0123456789abcdef"_qs, u"--limit"_qs, u"0"_qs});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--limit"), r.err.constData());
        r = m_cli.run({u"timeline"_qs});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliTimeline)
#include "tst_cli_timeline.moc"
