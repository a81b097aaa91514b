// SPDX-License-Identifier: GPL-3.0-or-later
// crm-cli field list | add | edit | delete and --field KEY=VALUE on the real binary: values
// stored canonically, bad values refused with exit 1 naming the field, usage errors exit 2,
// and a refused command leaves the file as it was.
#include "support/clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace crm;

class TestCliFields : public QObject
{
    Q_OBJECT

private:
    test::CliRunner m_cli;

    QString ok(const QStringList &arguments) const { return m_cli.ok(arguments, u"!"_qs); }
    QJsonObject show(const QString &what, const QString &id) const
    {
        return QJsonDocument::fromJson(
                   m_cli.run({u"--format"_qs, u"json"_qs, what, u"show"_qs, id}).out)
            .object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_cli.found(), qPrintable(m_cli.binary()));
        QVERIFY(m_cli.reset());
    }

    void definitionsAndValues()
    {
        QCOMPARE(ok({u"field"_qs, u"add"_qs, u"--entity"_qs, u"contact"_qs, u"--key"_qs,
                     u"industry"_qs, u"--label"_qs, u"Industry"_qs, u"--type"_qs, u"choice"_qs,
                     u"--choice"_qs, u"Retail"_qs, u"--choice"_qs, u"Banking"_qs}),
                 QString());
        QCOMPARE(ok({u"field"_qs, u"add"_qs, u"--entity"_qs, u"company"_qs, u"--key"_qs,
                     u"founded"_qs, u"--label"_qs, u"Founded"_qs, u"--type"_qs, u"date"_qs}),
                 QString());
        QCOMPARE(ok({u"field"_qs, u"add"_qs, u"--entity"_qs, u"deal"_qs, u"--key"_qs, u"budget"_qs,
                     u"--label"_qs, u"Budget"_qs, u"--type"_qs, u"money"_qs, u"--required"_qs,
                     u"yes"_qs}),
                 QString());
        const QJsonArray fields =
            QJsonDocument::fromJson(
                m_cli.run({u"--format"_qs, u"json"_qs, u"field"_qs, u"list"_qs}).out)
                .array();
        QCOMPARE(fields.size(), 3);
        QCOMPARE(fields[0][u"key"].toString(), u"industry"_qs);
        QCOMPARE(fields[0][u"choices"].toArray().size(), 2);
        QCOMPARE(fields[2][u"required"].toBool(), true);

        // Usage errors (exit 2) and refusals (exit 1) that name what is wrong.
        test::ProcessRun r =
            m_cli.run({u"field"_qs, u"add"_qs, u"--entity"_qs, u"contact"_qs, u"--key"_qs, u"x"_qs,
                       u"--label"_qs, u"X"_qs, u"--type"_qs, u"colour"_qs});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--type"), r.err.constData());
        r = m_cli.run({u"field"_qs, u"add"_qs, u"--entity"_qs, u"contact"_qs, u"--key"_qs,
                       u"industry"_qs, u"--label"_qs, u"Again"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("--key") && r.err.contains("industry"), r.err.constData());
        r = m_cli.run({u"field"_qs, u"list"_qs, u"--entity"_qs, u"planet"_qs});
        QCOMPARE(r.exitCode, 2);

        const QString id = ok({u"contact"_qs, u"add"_qs, u"--first-name"_qs, u"Anna"_qs,
                               u"--field"_qs, u"industry=retail"_qs});
        QCOMPARE(show(u"contact"_qs, id)[u"custom"][u"industry"].toString(), u"Retail"_qs);

        const QByteArray before = m_cli.databaseHash();
        r = m_cli.run({u"contact"_qs, u"edit"_qs, id, u"--field"_qs, u"industry=Mining"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("crm-cli: error: --field industry: Industry:"),
                 r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        r = m_cli.run({u"contact"_qs, u"edit"_qs, id, u"--field"_qs, u"nosuch=1"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("nosuch"), r.err.constData());
        r = m_cli.run({u"contact"_qs, u"edit"_qs, id, u"--field"_qs, u"industry"_qs});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(m_cli.databaseHash(), before);

        QCOMPARE(ok({u"contact"_qs, u"edit"_qs, id, u"--field"_qs, u"industry=Banking"_qs}),
                 QString());
        QCOMPARE(show(u"contact"_qs, id)[u"custom"][u"industry"].toString(), u"Banking"_qs);

        const QString co = ok({u"company"_qs, u"add"_qs, u"--name"_qs, u"SIA Koks"_qs,
                               u"--field"_qs, u"founded=1999-05-01"_qs});
        QCOMPARE(show(u"company"_qs, co)[u"custom"][u"founded"].toString(), u"1999-05-01"_qs);
        r = m_cli.run({u"company"_qs, u"edit"_qs, co, u"--field"_qs, u"founded=1999-02-30"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("--field founded"), r.err.constData());

        // A required deal field.
        r = m_cli.run({u"deal"_qs, u"add"_qs, u"--title"_qs, u"Pallets"_qs, u"--amount"_qs,
                       u"10"_qs, u"--currency"_qs, u"EUR"_qs});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("--field budget: Budget: a value is required"), r.err.constData());
        QVERIFY(ok({u"deal"_qs, u"add"_qs, u"--title"_qs, u"Pallets"_qs, u"--amount"_qs, u"10"_qs,
                    u"--currency"_qs, u"EUR"_qs, u"--field"_qs, u"budget=1250.5 eur"_qs})
                    .size() == 36);

        // Edit and delete a definition; the search finds a choice value.
        QCOMPARE(ok({u"field"_qs, u"edit"_qs, u"industry"_qs, u"--entity"_qs, u"contact"_qs,
                     u"--label"_qs, u"Sector"_qs, u"--choice"_qs, u"Retail"_qs, u"--choice"_qs,
                     u"Banking"_qs, u"--choice"_qs, u"Farming"_qs}),
                 QString());
        const QByteArray found =
            m_cli.run({u"--format"_qs, u"csv"_qs, u"search"_qs, u"banking"_qs}).out;
        QVERIFY2(found.contains(id.toUtf8()), found.constData());
        QCOMPARE(ok({u"field"_qs, u"delete"_qs, u"industry"_qs, u"--entity"_qs, u"contact"_qs}),
                 QString());
        QVERIFY(!show(u"contact"_qs, id)[u"custom"].toObject().contains(u"industry"));
        r = m_cli.run({u"field"_qs, u"delete"_qs, u"industry"_qs, u"--entity"_qs, u"contact"_qs});
        QCOMPARE(r.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliFields)
#include "tst_cli_fields.moc"
