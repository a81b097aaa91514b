// SPDX-License-Identifier: GPL-3.0-or-later
// crm-cli deal add | list | move | won | lost on the real binary: output, exit status,
// one-line errors, and bad input that changes nothing.
#include "support/clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace crm;

class TestCliDeals : public QObject
{
    Q_OBJECT

private:
    test::CliRunner m_cli;

    QJsonArray listJson(const QStringList &extra = {}) const
    {
        const test::ProcessRun r =
            m_cli.run(QStringList{u"--format"_qs, u"json"_qs, u"deal"_qs, u"list"_qs} + extra);
        return QJsonDocument::fromJson(r.out).array();
    }

private slots:
    void initTestCase() { QVERIFY2(m_cli.found(), qPrintable(m_cli.binary())); }
    void init() { QVERIFY(m_cli.reset()); }

    void addListMoveWonLost()
    {
        const QString contact = m_cli.ok({u"contact"_qs, u"add"_qs, u"--first-name"_qs, u"Anna"_qs,
                                          u"--last-name"_qs, u"Bērziņa"_qs});
        QVERIFY(!contact.isEmpty());
        const QString id =
            m_cli.ok({u"deal"_qs, u"add"_qs, u"--title"_qs, u"Fleet renewal"_qs, u"--amount"_qs,
                      u"12500.5"_qs, u"--currency"_qs, u"EUR"_qs, u"--company"_qs, u"SIA Koks"_qs,
                      u"--contact"_qs, contact, u"--stage"_qs, u"qualified"_qs, u"--close"_qs,
                      u"2027-03-31"_qs});
        QCOMPARE(id.size(), 36);
        const QString second = m_cli.ok({u"deal"_qs, u"add"_qs, u"--title"_qs, u"Small"_qs,
                                         u"--amount"_qs, u"100"_qs, u"--currency"_qs, u"USD"_qs});
        QVERIFY(!second.isEmpty());

        QJsonArray all = listJson();
        QCOMPARE(all.size(), 2);
        const QJsonObject fleet = all.at(1).toObject(); // Qualified sorts after Research
        QCOMPARE(fleet.value(u"id").toString(), id);
        QCOMPARE(fleet.value(u"amount").toString(), u"12500.50"_qs);
        QCOMPARE(fleet.value(u"currency").toString(), u"EUR"_qs);
        QCOMPARE(fleet.value(u"company").toString(), u"SIA Koks"_qs);
        QCOMPARE(fleet.value(u"stage").toString(), u"Qualified"_qs);
        QCOMPARE(fleet.value(u"probability").toInt(), 25);
        QCOMPARE(fleet.value(u"weighted").toString(), u"3125.12"_qs);
        QCOMPARE(fleet.value(u"expected_close").toString(), u"2027-03-31"_qs);
        QCOMPARE(fleet.value(u"stale").toBool(), false);
        QCOMPARE(all.at(0).toObject().value(u"stage").toString(), u"Research"_qs);

        QCOMPARE(listJson({u"--stage"_qs, u"Qualified"_qs}).size(), 1);
        QCOMPARE(listJson({u"--pipeline"_qs, u"Sales"_qs}).size(), 2);

        QCOMPARE(m_cli.run({u"deal"_qs, u"move"_qs, id.left(13), u"--stage"_qs, u"Negotiation"_qs})
                     .exitCode,
                 0);
        QCOMPARE(listJson({u"--stage"_qs, u"negotiation"_qs}).at(0).toObject().value(u"id"),
                 QJsonValue(id));
        QCOMPARE(m_cli.run({u"deal"_qs, u"won"_qs, id}).exitCode, 0);
        QCOMPARE(
            m_cli.run({u"deal"_qs, u"lost"_qs, second, u"--reason"_qs, u"Budget cut"_qs}).exitCode,
            0);
        QCOMPARE(listJson({u"--open"_qs}).size(), 0);
        all = listJson();
        QCOMPARE(all.size(), 2);
        for (const QJsonValue &v : std::as_const(all)) {
            const QJsonObject o = v.toObject();
            if (o.value(u"id").toString() == id)
                QCOMPARE(o.value(u"outcome").toString(), u"won"_qs);
            else
                QCOMPARE(o.value(u"lost_reason").toString(), u"Budget cut"_qs);
        }

        // CSV has the stable keys as its header.
        const test::ProcessRun csv = m_cli.run({u"--format"_qs, u"csv"_qs, u"deal"_qs, u"list"_qs});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY(csv.out.startsWith("id,title,company,amount,currency"));
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments"); // {deal} stands for an existing deal
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QStringList add{u"deal"_qs, u"add"_qs, u"--title"_qs, u"T"_qs};
        QTest::addRow("no currency") << (add + QStringList{u"--amount"_qs, u"5"_qs}) << 2
                                     << u"give --title, --amount and --currency"_qs;
        QTest::addRow("unknown currency")
            << (add + QStringList{u"--amount"_qs, u"5"_qs, u"--currency"_qs, u"EURO"_qs}) << 1
            << u"--currency: “EURO” is not a currency code"_qs;
        QTest::addRow("amount with a comma")
            << (add + QStringList{u"--amount"_qs, u"5,50"_qs, u"--currency"_qs, u"EUR"_qs}) << 1
            << u"--amount: “5,50” is not an amount"_qs;
        QTest::addRow("too many decimals")
            << (add + QStringList{u"--amount"_qs, u"5.555"_qs, u"--currency"_qs, u"EUR"_qs}) << 1
            << u"--amount: EUR has 2 decimal places"_qs;
        QTest::addRow("negative") << (add + QStringList{u"--amount"_qs, u"-5"_qs, u"--currency"_qs,
                                                        u"EUR"_qs})
                                  << 1 << u"--amount"_qs;
        QTest::addRow("impossible close date")
            << (add + QStringList{u"--amount"_qs, u"5"_qs, u"--currency"_qs, u"EUR"_qs,
                                  u"--close"_qs, u"2027-02-30"_qs})
            << 1 << u"--close: “2027-02-30” is not a date"_qs;
        QTest::addRow("unknown stage")
            << (add + QStringList{u"--amount"_qs, u"5"_qs, u"--currency"_qs, u"EUR"_qs,
                                  u"--stage"_qs, u"Closing"_qs})
            << 1 << u"--stage: no stage “Closing”"_qs;
        QTest::addRow("lost stage without a reason")
            << (add + QStringList{u"--amount"_qs, u"5"_qs, u"--currency"_qs, u"EUR"_qs,
                                  u"--stage"_qs, u"Lost"_qs})
            << 1 << u"--reason"_qs;
        QTest::addRow("contact that is not an id")
            << (add + QStringList{u"--amount"_qs, u"5"_qs, u"--currency"_qs, u"EUR"_qs,
                                  u"--contact"_qs, u"Anna"_qs})
            << 2 << u"--contact"_qs;
        QTest::addRow("unknown contact")
            << (add + QStringList{u"--amount"_qs, u"5"_qs, u"--currency"_qs, u"EUR"_qs,
                                  u"--contact"_qs, u"01234567"_qs})
            << 1 << u"no contact with id 01234567"_qs;
        QTest::addRow("probability")
            << (add + QStringList{u"--amount"_qs, u"5"_qs, u"--currency"_qs, u"EUR"_qs,
                                  u"--probability"_qs, u"150"_qs})
            << 1 << u"--probability"_qs;
        QTest::addRow("move without a stage")
            << QStringList{u"deal"_qs, u"move"_qs, u"{deal}"_qs} << 2 << u"give --stage"_qs;
        QTest::addRow("move to lost")
            << QStringList{u"deal"_qs, u"move"_qs, u"{deal}"_qs, u"--stage"_qs, u"Lost"_qs} << 1
            << u"deal lost"_qs;
        QTest::addRow("move to an unknown stage")
            << QStringList{u"deal"_qs, u"move"_qs, u"{deal}"_qs, u"--stage"_qs, u"Done"_qs} << 1
            << u"no stage “Done”"_qs;
        QTest::addRow("lost without a reason")
            << QStringList{u"deal"_qs, u"lost"_qs, u"{deal}"_qs} << 2 << u"give --reason"_qs;
        QTest::addRow("lost with a blank reason")
            << QStringList{u"deal"_qs, u"lost"_qs, u"{deal}"_qs, u"--reason"_qs, u" "_qs} << 1
            << u"--reason: a lost deal needs the reason"_qs;
        QTest::addRow("won of no deal")
            << QStringList{u"deal"_qs, u"won"_qs, u"0123456789ab"_qs} << 1 << u"no deal with id"_qs;
        QTest::addRow("won of not an id")
            << QStringList{u"deal"_qs, u"won"_qs, u"x"_qs} << 2 << u"is not an id"_qs;
        QTest::addRow("list of an unknown pipeline")
            << QStringList{u"deal"_qs, u"list"_qs, u"--pipeline"_qs, u"Nope"_qs} << 1
            << u"--pipeline: no pipeline “Nope”"_qs;
    }
    void badInputChangesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString deal = m_cli.ok({u"deal"_qs, u"add"_qs, u"--title"_qs, u"Existing"_qs,
                                       u"--amount"_qs, u"1"_qs, u"--currency"_qs, u"EUR"_qs});
        QVERIFY(!deal.isEmpty());
        arguments.replaceInStrings(u"{deal}"_qs, deal);
        const QByteArray before = m_cli.databaseHash();
        const test::ProcessRun r = m_cli.run(arguments);
        QVERIFY2(r.exitCode != -1, "crm-cli crashed");
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.startsWith(u"crm-cli: error: "_qs), qPrintable(err));
        QVERIFY2(err.endsWith(u'\n') && err.count(u'\n') == 1, qPrintable(err));
        QVERIFY2(err.contains(message), qPrintable(err));
        QCOMPARE(m_cli.databaseHash(), before);
        QCOMPARE(listJson().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliDeals)
#include "tst_cli_deals.moc"
