// SPDX-License-Identifier: GPL-3.0-or-later
// The default pipeline of two teams on one real crm-server (crm-cli laptops): Riga and
// Tallinn (two laptops each) and Erik in Vilnius, who worked before his first sign-in, each
// rename a seeded stage, change a probability and move deals through the seeded stages.
// Nothing is refused; each team sees its own pipeline and its own edits, never the other
// team's; the laptops of a team hold one pipeline (the team's seed ids), not two; a stage one
// team adds never reaches another; a laptop joining a team later pulls the team's pipeline
// and holds one default pipeline.
#include "domain/pipeline.h"
#include "services/pipelinerepository.h"
#include "storage/database.h"
#include "support/process.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using crm::core::DefaultPipeline::pipelineId;
using crm::core::DefaultPipeline::stageId;
using crm::test::ProcessRun;

class TestPipelineTeamSync : public QObject
{
    Q_OBJECT

    QString m_cli;
    QString m_serverBinary;
    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_url;
    // anna and bob work in Riga (fiona joins them later), carol and dave in Tallinn, erik
    // alone in Vilnius.
    static constexpr std::pair<const char *, const char *> kUsers[] = {
        {"anna", "riga"},    {"bob", "riga"},     {"carol", "tallinn"},
        {"dave", "tallinn"}, {"erik", "vilnius"}, {"fiona", "riga"}};

    QString dbOf(const QString &laptop) const { return m_dir.filePath(laptop + u".sqlite"); }
    ProcessRun cli(const QString &laptop, const QStringList &args, const QByteArray &input = {})
    {
        return crm::test::runProcess(m_cli, QStringList{u"--database"_qs, dbOf(laptop)} + args,
                                     input);
    }
    QString out(const QString &laptop, const QStringList &args)
    {
        const ProcessRun r = cli(laptop, args);
        if (r.exitCode != 0)
            qWarning() << args << r.err;
        return r.exitCode == 0 ? QString::fromUtf8(r.out).trimmed() : QString();
    }
    bool ok(const QString &laptop, const QStringList &args)
    {
        const ProcessRun r = cli(laptop, args);
        if (r.exitCode != 0)
            qWarning() << args << r.err;
        return r.exitCode == 0;
    }
    bool login(const QString &laptop)
    {
        const ProcessRun r = cli(laptop,
                                 {u"account"_qs, u"login"_qs, u"--server"_qs, m_url, u"--user"_qs,
                                  laptop, u"--password-stdin"_qs},
                                 laptop.toUtf8() + " pass\n");
        if (r.exitCode != 0)
            qWarning() << r.err;
        return r.exitCode == 0;
    }
    int rejectedBySync(const QString &laptop)
    {
        const ProcessRun r = cli(laptop, {u"--format"_qs, u"json"_qs, u"sync"_qs});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out).object().value(u"rejected").toInt(-1);
    }
    // A stage edit through the repository, on the laptop's file (no crm-cli command edits
    // stages); nothing else has the file open meanwhile.
    bool editStage(const QString &laptop, const QByteArray &id, const QString &name,
                   int probability = -1)
    {
        auto db = crm::core::Database::open(dbOf(laptop));
        if (!db)
            return false;
        bool done = false;
        {
            crm::core::PipelineRepository pipelines(db.value());
            auto stored = pipelines.stage(id);
            if (stored) {
                crm::core::Stage stage = stored.value();
                if (!name.isEmpty())
                    stage.name = name;
                if (probability >= 0)
                    stage.probability = probability;
                auto s = pipelines.updateStage(stage);
                if (!s)
                    qWarning() << s.error().detail;
                done = s.ok();
            }
        }
        db.value()->closeConnection();
        return done;
    }
    QByteArray addStage(const QString &laptop, const QByteArray &pipeline, const QString &name)
    {
        auto db = crm::core::Database::open(dbOf(laptop));
        if (!db)
            return {};
        QByteArray id;
        {
            crm::core::Stage s;
            s.pipelineId = pipeline;
            s.name = name;
            s.probability = 55;
            auto added = crm::core::PipelineRepository(db.value()).addStage(s);
            if (added)
                id = added.value();
        }
        db.value()->closeConnection();
        return id;
    }
    // Rows of the laptop's file, one string per row.
    QStringList rows(const QString &laptop, const QString &statement,
                     const QVariantList &binds = {})
    {
        QStringList out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"peek"_qs);
            db.setDatabaseName(dbOf(laptop));
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_qs);
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(statement);
                for (const QVariant &b : binds)
                    q.addBindValue(b);
                if (!q.exec())
                    qWarning() << statement << q.lastError().text();
                while (q.next()) {
                    QStringList fields;
                    for (int i = 0; i < q.record().count(); ++i)
                        fields << q.value(i).toString();
                    out << fields.join(u'|');
                }
            }
        }
        QSqlDatabase::removeDatabase(u"peek"_qs);
        return out;
    }
    // The live pipelines: "id hex|name".
    QStringList pipelines(const QString &laptop)
    {
        return rows(laptop,
                    u"SELECT hex(id), name FROM pipelines WHERE deleted = 0 ORDER BY id"_qs);
    }
    // A stage's "name|probability", or empty.
    QString stage(const QString &laptop, const QByteArray &id)
    {
        const QStringList r = rows(
            laptop, u"SELECT name, probability FROM stages WHERE id = ? AND deleted = 0"_qs, {id});
        return r.isEmpty() ? QString() : r.first();
    }
    // A deal's stage as "stage id hex|stage name|pipeline id hex", by the deal's title.
    QString dealStage(const QString &laptop, const QString &title)
    {
        const QStringList r =
            rows(laptop,
                 u"SELECT hex(d.stage_id), s.name, hex(d.local_pipeline_id) FROM deals d LEFT "
                 u"JOIN stages s ON s.id = d.stage_id WHERE d.title = ?"_qs,
                 {title});
        return r.isEmpty() ? QString() : r.first();
    }
    static QString hexOf(const QByteArray &id) { return QString::fromLatin1(id.toHex().toUpper()); }

private slots:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("CRM_CLI_BINARY");
        m_serverBinary = qEnvironmentVariable("CRM_SERVER_BINARY");
        QVERIFY(QFile::exists(m_cli));
        QVERIFY(QFile::exists(m_serverBinary));
        const QString serverDb = u"sqlite:"_qs + m_dir.filePath(u"server.sqlite"_qs);
        for (const auto &[user, team] : kUsers) {
            const ProcessRun r =
                crm::test::addServerUser(m_serverBinary, serverDb, QString::fromLatin1(user),
                                         QString::fromLatin1(team), QByteArray(user) + " pass");
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        m_url = crm::test::startServe(m_server, m_serverBinary, serverDb);
        QVERIFY(!m_url.isEmpty());
    }

    void cleanupTestCase()
    {
        m_server.terminate();
        m_server.waitForFinished(10000);
    }

    void twoTeamsEachEditTheirOwnDefaultPipeline()
    {
        const QString a = u"anna"_qs, b = u"bob"_qs, c = u"carol"_qs, d = u"dave"_qs,
                      e = u"erik"_qs, f = u"fiona"_qs;
        const QString riga = u"riga"_qs, tallinn = u"tallinn"_qs, vilnius = u"vilnius"_qs;

        // Erik, never signed in: renames a stage, adds a deal and moves it on.
        QVERIFY(editStage(e, stageId(1), u"Kvalifikuotas"_qs, 30));
        const QString kaunas = out(e, {u"deal"_qs, u"add"_qs, u"--title"_qs, u"Kaunas"_qs,
                                       u"--amount"_qs, u"100"_qs, u"--currency"_qs, u"EUR"_qs});
        QVERIFY(!kaunas.isEmpty());
        QVERIFY(ok(e, {u"deal"_qs, u"move"_qs, kaunas, u"--stage"_qs, u"Proposal sent"_qs}));
        QCOMPARE(pipelines(e), QStringList{hexOf(pipelineId()) + u"|Sales"_qs});

        for (const QString &laptop : {a, b, c, d, e})
            QVERIFY(login(laptop));
        // Signed in, each laptop holds its team's seed (Erik's with his offline work).
        QCOMPARE(pipelines(a), QStringList{hexOf(pipelineId(riga)) + u"|Sales"_qs});
        QCOMPARE(pipelines(c), QStringList{hexOf(pipelineId(tallinn)) + u"|Sales"_qs});
        QCOMPARE(pipelines(e), QStringList{hexOf(pipelineId(vilnius)) + u"|Sales"_qs});
        QCOMPARE(stage(e, stageId(1, vilnius)), u"Kvalifikuotas|30"_qs);
        QCOMPARE(dealStage(e, u"Kaunas"_qs),
                 hexOf(stageId(2, vilnius)) + u"|Proposal sent|"_qs + hexOf(pipelineId(vilnius)));

        // Both teams edit the same seeded stages, offline.
        QVERIFY(editStage(a, stageId(0, riga), u"Izpēte"_qs));
        QVERIFY(editStage(c, stageId(0, tallinn), u"Uurimine"_qs, 15));
        QVERIFY(editStage(d, stageId(3, tallinn), {}, 80));
        const QString rigaDeal =
            out(b, {u"deal"_qs, u"add"_qs, u"--title"_qs, u"Rīgas darījums"_qs, u"--amount"_qs,
                    u"250"_qs, u"--currency"_qs, u"EUR"_qs, u"--stage"_qs, u"Qualified"_qs});
        QVERIFY(!rigaDeal.isEmpty());
        QVERIFY(ok(b, {u"deal"_qs, u"move"_qs, rigaDeal, u"--stage"_qs, u"Negotiation"_qs}));
        const QString tallinnDeal =
            out(d, {u"deal"_qs, u"add"_qs, u"--title"_qs, u"Tallinna tehing"_qs, u"--amount"_qs,
                    u"300"_qs, u"--currency"_qs, u"EUR"_qs});
        QVERIFY(!tallinnDeal.isEmpty());
        QVERIFY(ok(d, {u"deal"_qs, u"won"_qs, tallinnDeal}));

        // Nothing is refused, whoever pushes first.
        for (const QString &laptop : {c, a, e, b, d, c, a, b, d})
            QCOMPARE(rejectedBySync(laptop), 0);

        // Each team: one pipeline, its own seed ids, its own edits.
        for (const QString &laptop : {a, b}) {
            QCOMPARE(pipelines(laptop), QStringList{hexOf(pipelineId(riga)) + u"|Sales"_qs});
            QCOMPARE(stage(laptop, stageId(0, riga)), u"Izpēte|10"_qs);
            QCOMPARE(stage(laptop, stageId(3, riga)), u"Negotiation|75"_qs);
            QCOMPARE(dealStage(laptop, u"Rīgas darījums"_qs),
                     hexOf(stageId(3, riga)) + u"|Negotiation|"_qs + hexOf(pipelineId(riga)));
            QCOMPARE(dealStage(laptop, u"Tallinna tehing"_qs), QString());
        }
        for (const QString &laptop : {c, d}) {
            QCOMPARE(pipelines(laptop), QStringList{hexOf(pipelineId(tallinn)) + u"|Sales"_qs});
            QCOMPARE(stage(laptop, stageId(0, tallinn)), u"Uurimine|15"_qs);
            QCOMPARE(stage(laptop, stageId(3, tallinn)), u"Negotiation|80"_qs);
            QCOMPARE(dealStage(laptop, u"Tallinna tehing"_qs),
                     hexOf(stageId(4, tallinn)) + u"|Won|"_qs + hexOf(pipelineId(tallinn)));
            QCOMPARE(dealStage(laptop, u"Rīgas darījums"_qs), QString());
        }
        QCOMPARE(stage(e, stageId(1, vilnius)), u"Kvalifikuotas|30"_qs);
        // No laptop holds another team's seed, nor any team-less one any more.
        for (const QString &laptop : {a, b, c, d, e}) {
            const QStringList names = rows(laptop, u"SELECT name FROM stages"_qs);
            QCOMPARE(names.contains(u"Uurimine"_qs), laptop == c || laptop == d);
            QCOMPARE(names.contains(u"Izpēte"_qs), laptop == a || laptop == b);
            QCOMPARE(names.contains(u"Kvalifikuotas"_qs), laptop == e);
            QCOMPARE(
                rows(laptop, u"SELECT id FROM stages WHERE hex(id) LIKE '0000000000007000%'"_qs),
                QStringList());
        }

        // A stage Riga adds (a random id) stays Riga's.
        const QByteArray rigaStage = addStage(a, pipelineId(riga), u"Pārrunas"_qs);
        QVERIFY(!rigaStage.isEmpty());
        for (const QString &laptop : {a, b, c, d})
            QCOMPARE(rejectedBySync(laptop), 0);
        QCOMPARE(stage(b, rigaStage), u"Pārrunas|55"_qs);
        QCOMPARE(stage(c, rigaStage), QString());

        // Fiona joins Riga later: the team's pipeline, edits and deals, and one pipeline.
        QVERIFY(login(f));
        QCOMPARE(rejectedBySync(f), 0);
        QCOMPARE(pipelines(f), QStringList{hexOf(pipelineId(riga)) + u"|Sales"_qs});
        QCOMPARE(stage(f, stageId(0, riga)), u"Izpēte|10"_qs);
        QCOMPARE(stage(f, rigaStage), u"Pārrunas|55"_qs);
        QCOMPARE(dealStage(f, u"Rīgas darījums"_qs),
                 hexOf(stageId(3, riga)) + u"|Negotiation|"_qs + hexOf(pipelineId(riga)));
        // And her edit reaches Anna.
        QVERIFY(editStage(f, stageId(1, riga), u"Kvalificēts"_qs));
        QCOMPARE(rejectedBySync(f), 0);
        QCOMPARE(rejectedBySync(a), 0);
        QCOMPARE(stage(a, stageId(1, riga)), u"Kvalificēts|25"_qs);
        QCOMPARE(stage(c, stageId(1, tallinn)), u"Qualified|25"_qs);
    }
};

QTEST_GUILESS_MAIN(TestPipelineTeamSync)
#include "tst_pipelineteamsync.moc"
