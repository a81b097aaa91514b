// SPDX-License-Identifier: GPL-3.0-or-later
// End to end with real processes: a crm-server and three crm-cli laptops on their own
// database files. Edits made "offline" on two laptops meet on the server; both end with the
// same data and a conflict record that neither loses; another team sees nothing; a server
// that is gone makes `sync` fail with exit 1. Run on SQLite and on a PostgreSQL server the
// test starts itself.
#include "postgresfixture.h"
#include "reports/builtinreports.h"
#include "reports/reportrepository.h"
#include "storage/database.h"
#include "support/process.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = crm::test::ProcessRun;

Run run(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    return crm::test::runProcess(program, args, input);
}

} // namespace

class TestSyncEndToEnd : public QObject
{
    Q_OBJECT

private:
    QString m_cli;
    QString m_serverBinary;
    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_url;
    QString m_database;

    Run server(const QStringList &args, const QByteArray &input = {})
    {
        return run(m_serverBinary, args + QStringList{QStringLiteral("--database"), m_database},
                   input);
    }
    Run cli(const QString &laptop, const QStringList &args, const QByteArray &input = {})
    {
        return run(m_cli,
                   QStringList{QStringLiteral("--database"),
                               m_dir.filePath(laptop + QStringLiteral(".sqlite"))} +
                       args,
                   input);
    }
    QJsonObject json(const QString &laptop, const QStringList &args)
    {
        const Run r =
            cli(laptop, QStringList{QStringLiteral("--format"), QStringLiteral("json")} + args);
        if (r.exitCode != 0)
            qWarning() << args << r.err;
        return QJsonDocument::fromJson(r.out).object();
    }
    QJsonArray jsonList(const QString &laptop, const QStringList &args)
    {
        const Run r =
            cli(laptop, QStringList{QStringLiteral("--format"), QStringLiteral("json")} + args);
        if (r.exitCode != 0)
            qWarning() << args << r.err;
        return QJsonDocument::fromJson(r.out).array();
    }
    int syncField(const QString &laptop, const QString &field)
    {
        const QJsonObject o = json(laptop, {QStringLiteral("sync")});
        return o.value(field).toInt(-1);
    }

    bool startServer(const QString &database)
    {
        m_database = database;
        for (const auto &[user, team] :
             {std::pair{"anna", "riga"}, std::pair{"bob", "riga"}, std::pair{"carl", "tallinn"}}) {
            const Run r = server({QStringLiteral("user"), QStringLiteral("add"),
                                  QString::fromLatin1(user), QStringLiteral("--team"),
                                  QString::fromLatin1(team), QStringLiteral("--password-stdin")},
                                 QByteArray(user) + " pass\n");
            if (r.exitCode != 0) {
                qWarning() << r.err;
                return false;
            }
        }
        m_url = launch(m_server);
        return !m_url.isEmpty();
    }

    // Starts `serve` on m_database and a free loopback port; its URL, or empty.
    QString launch(QProcess &process)
    {
        return crm::test::startServe(process, m_serverBinary, m_database);
    }

    Run login(const QString &laptop, const QString &url, const QByteArray &user)
    {
        return cli(laptop,
                   {QStringLiteral("account"), QStringLiteral("login"), QStringLiteral("--server"),
                    url, QStringLiteral("--user"), QString::fromLatin1(user),
                    QStringLiteral("--password-stdin")},
                   user + " pass\n");
    }

    // `crm-cli sync` on several laptops at once; true when every one succeeded.
    bool syncTogether(const QStringList &laptops)
    {
        std::vector<std::unique_ptr<QProcess>> running;
        for (const QString &laptop : laptops) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(crm::test::testEnvironment());
            p->start(m_cli,
                     {QStringLiteral("--database"),
                      m_dir.filePath(laptop + QStringLiteral(".sqlite")), QStringLiteral("sync")});
            running.push_back(std::move(p));
        }
        bool ok = true;
        for (auto &p : running) {
            if (!p->waitForFinished(60000) || p->exitStatus() != QProcess::NormalExit ||
                p->exitCode() != 0) {
                qWarning() << "sync failed:" << p->readAllStandardError();
                ok = false;
            }
        }
        return ok;
    }

    QStringList contactIds(const QString &laptop)
    {
        QStringList ids;
        for (const QJsonValue &row :
             jsonList(laptop, {QStringLiteral("contact"), QStringLiteral("list")}))
            ids << row[u"id"].toString() + u' ' + row[u"title"].toString();
        ids.sort();
        return ids;
    }

    void stopServer()
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.terminate();
            m_server.waitForFinished(10000);
        }
    }

    void scenario(const QString &prefix)
    {
        const QString a = prefix + QStringLiteral("-anna"), b = prefix + QStringLiteral("-bob"),
                      c = prefix + QStringLiteral("-carl");
        // Anna worked before she had an account: her contact is hers once she signs in.
        const Run added = cli(a, {QStringLiteral("contact"), QStringLiteral("add"),
                                  QStringLiteral("--first-name"), QStringLiteral("Jānis"),
                                  QStringLiteral("--last-name"), QStringLiteral("Bērziņš"),
                                  QStringLiteral("--email"), QStringLiteral("janis@koks.lv"),
                                  QStringLiteral("--phone"), QStringLiteral("+371 2612 3456"),
                                  QStringLiteral("--company"), QStringLiteral("SIA Koks")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QString id = QString::fromUtf8(added.out).trimmed();
        // A private contact of Anna's never reaches Bob.
        const Run secret = cli(a, {QStringLiteral("contact"), QStringLiteral("add"),
                                   QStringLiteral("--first-name"), QStringLiteral("Slepens"),
                                   QStringLiteral("--last-name"), QStringLiteral("Kontakts"),
                                   QStringLiteral("--phone"), QStringLiteral("+371 2000 0001"),
                                   QStringLiteral("--visibility"), QStringLiteral("private")});
        QVERIFY2(secret.exitCode == 0, secret.err.constData());

        for (const auto &[laptop, user] :
             {std::pair{a, "anna"}, std::pair{b, "bob"}, std::pair{c, "carl"}}) {
            const Run login = cli(laptop,
                                  {QStringLiteral("account"), QStringLiteral("login"),
                                   QStringLiteral("--server"), m_url, QStringLiteral("--user"),
                                   QString::fromLatin1(user), QStringLiteral("--password-stdin")},
                                  QByteArray(user) + " pass\n");
            QVERIFY2(login.exitCode == 0, login.err.constData());
        }
        const Run wrong = cli(b,
                              {QStringLiteral("account"), QStringLiteral("login"),
                               QStringLiteral("--server"), m_url, QStringLiteral("--user"),
                               QStringLiteral("bob"), QStringLiteral("--password-stdin")},
                              "not his password\n");
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("401"), wrong.err.constData());

        const Run first =
            cli(a, {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("sync")});
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QJsonObject pushed = QJsonDocument::fromJson(first.out).object();
        QVERIFY2(pushed.value(u"pushed").toInt() == 6, first.out.constData());
        QCOMPARE(pushed.value(u"rejected").toInt(), 0);
        QCOMPARE(syncField(b, QStringLiteral("pulled")), 4); // all but the private contact
        QCOMPARE(syncField(c, QStringLiteral("pulled")), 0); // another team

        // Bob finds Jānis by a folded prefix, with his company and phone.
        const QJsonArray hits = jsonList(b, {QStringLiteral("search"), QStringLiteral("berz")});
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first()[u"company"].toString(), QStringLiteral("SIA Koks"));
        QCOMPARE(jsonList(b, {QStringLiteral("search"), QStringLiteral("slepens")}).size(), 0);
        QCOMPARE(jsonList(c, {QStringLiteral("search"), QStringLiteral("berz")}).size(), 0);
        QCOMPARE(
            json(b, {QStringLiteral("contact"), QStringLiteral("show"), id})[u"owner"].toString(),
            QStringLiteral("anna"));

        // Offline, both change the city; Bob's edit is the later one.
        QCOMPARE(cli(a, {QStringLiteral("contact"), QStringLiteral("edit"), id,
                         QStringLiteral("--city"), QStringLiteral("Rīga")})
                     .exitCode,
                 0);
        QTest::qWait(20);
        QCOMPARE(cli(b, {QStringLiteral("contact"), QStringLiteral("edit"), id,
                         QStringLiteral("--city"), QStringLiteral("Jūrmala"),
                         QStringLiteral("--title"), QStringLiteral("Valdes loceklis")})
                     .exitCode,
                 0);
        QCOMPARE(syncField(a, QStringLiteral("conflicts")), 0);
        QCOMPARE(syncField(b, QStringLiteral("conflicts")), 1);
        QCOMPARE(syncField(a, QStringLiteral("conflicts")), 1);
        for (const QString &laptop : {a, b}) {
            const QJsonObject shown =
                json(laptop, {QStringLiteral("contact"), QStringLiteral("show"), id});
            QCOMPARE(shown[u"city"].toString(), QStringLiteral("Jūrmala"));
            QCOMPARE(shown[u"title"].toString(), QStringLiteral("Valdes loceklis"));
        }
        // Anna's value is not lost: her conflicts inbox has it.
        const QJsonArray conflicts =
            jsonList(a, {QStringLiteral("conflicts"), QStringLiteral("list")});
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first()[u"field"].toString(), QStringLiteral("city"));
        QCOMPARE(conflicts.first()[u"mine"].toString(), QStringLiteral("Rīga"));
        QCOMPARE(conflicts.first()[u"theirs"].toString(), QStringLiteral("Jūrmala"));
        QCOMPARE(conflicts.first()[u"by"].toString(), QStringLiteral("bob"));

        // Anna keeps hers; the choice is an ordinary edit and reaches Bob.
        const Run resolved = cli(a, {QStringLiteral("conflicts"), QStringLiteral("resolve"),
                                     conflicts.first()[u"id"].toString(), QStringLiteral("--keep"),
                                     QStringLiteral("mine")});
        QVERIFY2(resolved.exitCode == 0, resolved.err.constData());
        QCOMPARE(syncField(a, QStringLiteral("rejected")), 0);
        QCOMPARE(syncField(b, QStringLiteral("conflicts")), 0);
        for (const QString &laptop : {a, b}) {
            QCOMPARE(json(laptop, {QStringLiteral("contact"), QStringLiteral("show"), id})[u"city"]
                         .toString(),
                     QStringLiteral("Rīga"));
            QCOMPARE(jsonList(laptop, {QStringLiteral("conflicts"), QStringLiteral("list")}).size(),
                     0);
        }

        // Edit versus delete: Bob deletes while Anna edits; the edit is kept in a conflict
        // and "mine" on Anna's side restores the contact with her edit.
        QCOMPARE(cli(b, {QStringLiteral("contact"), QStringLiteral("delete"), id}).exitCode, 0);
        QCOMPARE(cli(a, {QStringLiteral("contact"), QStringLiteral("edit"), id,
                         QStringLiteral("--notes"), QStringLiteral("Zvanīt pirmdien")})
                     .exitCode,
                 0);
        QCOMPARE(syncField(b, QStringLiteral("conflicts")), 0);
        QCOMPARE(syncField(a, QStringLiteral("conflicts")), 1);
        const QJsonArray editDelete =
            jsonList(a, {QStringLiteral("conflicts"), QStringLiteral("list")});
        QCOMPARE(editDelete.size(), 1);
        QCOMPARE(editDelete.first()[u"kind"].toString(), QStringLiteral("edit_delete"));
        QCOMPARE(cli(a, {QStringLiteral("conflicts"), QStringLiteral("resolve"),
                         editDelete.first()[u"id"].toString(), QStringLiteral("--keep"),
                         QStringLiteral("mine")})
                     .exitCode,
                 0);
        QVERIFY(syncField(a, QStringLiteral("pushed")) >= 1);
        QVERIFY(syncField(b, QStringLiteral("pulled")) >= 1);
        const QJsonObject restored =
            json(b, {QStringLiteral("contact"), QStringLiteral("show"), id});
        QCOMPARE(restored[u"notes"].toString(), QStringLiteral("Zvanīt pirmdien"));
        QCOMPARE(jsonList(b, {QStringLiteral("search"), QStringLiteral("berz")}).size(), 1);

        // Bob's history of the contact names both authors.
        const Run history = cli(b, {QStringLiteral("history"), id});
        QVERIFY(history.out.contains("anna"));
        QVERIFY(history.out.contains("bob"));

        // Anna shares her private contact with the team, after Bob has pulled past its
        // creation: he receives the whole record now, its phone included, and edits it.
        const QString secretId = QString::fromUtf8(secret.out).trimmed();
        QCOMPARE(cli(a, {QStringLiteral("contact"), QStringLiteral("edit"), secretId,
                         QStringLiteral("--city"), QStringLiteral("Cēsis")})
                     .exitCode,
                 0);
        QCOMPARE(syncField(a, QStringLiteral("pushed")), 1);
        QCOMPARE(syncField(b, QStringLiteral("pulled")), 0);
        QCOMPARE(cli(a, {QStringLiteral("contact"), QStringLiteral("edit"), secretId,
                         QStringLiteral("--visibility"), QStringLiteral("team")})
                     .exitCode,
                 0);
        QCOMPARE(syncField(a, QStringLiteral("pushed")), 1);
        QVERIFY(syncField(b, QStringLiteral("pulled")) >= 4);
        const QJsonObject shared =
            json(b, {QStringLiteral("contact"), QStringLiteral("show"), secretId});
        QCOMPARE(shared[u"first_name"].toString(), QStringLiteral("Slepens"));
        QCOMPARE(shared[u"city"].toString(), QStringLiteral("Cēsis"));
        QCOMPARE(shared[u"visibility"].toString(), QStringLiteral("team"));
        QCOMPARE(jsonList(b, {QStringLiteral("search"), QStringLiteral("20000001")}).size(), 1);
        QCOMPARE(jsonList(c, {QStringLiteral("search"), QStringLiteral("slepens")}).size(), 0);
        QCOMPARE(cli(b, {QStringLiteral("contact"), QStringLiteral("edit"), secretId,
                         QStringLiteral("--title"), QStringLiteral("Direktors")})
                     .exitCode,
                 0);
        QCOMPARE(syncField(b, QStringLiteral("rejected")), 0);
        QCOMPARE(syncField(a, QStringLiteral("pulled")), 1);
        // Anna's laptop had the record's entries already: the replay changed nothing there.
        QCOMPARE(json(a, {QStringLiteral("contact"), QStringLiteral("show"), secretId})[u"title"]
                     .toString(),
                 QStringLiteral("Direktors"));

        // Private again: the contact leaves Bob's laptop, phone and search entry included...
        QCOMPARE(cli(a, {QStringLiteral("contact"), QStringLiteral("edit"), secretId,
                         QStringLiteral("--visibility"), QStringLiteral("private")})
                     .exitCode,
                 0);
        QCOMPARE(syncField(a, QStringLiteral("pushed")), 1);
        QVERIFY(syncField(b, QStringLiteral("pulled")) >= 2);
        QCOMPARE(cli(b, {QStringLiteral("contact"), QStringLiteral("show"), secretId}).exitCode, 1);
        QCOMPARE(jsonList(b, {QStringLiteral("search"), QStringLiteral("slepens")}).size(), 0);
        QCOMPARE(jsonList(b, {QStringLiteral("search"), QStringLiteral("20000001")}).size(), 0);
        QCOMPARE(json(a, {QStringLiteral("contact"), QStringLiteral("show"), secretId})[u"city"]
                     .toString(),
                 QStringLiteral("Cēsis"));
        // ...and comes back whole, Bob's own edit too, when Anna shares it once more.
        QCOMPARE(cli(a, {QStringLiteral("contact"), QStringLiteral("edit"), secretId,
                         QStringLiteral("--visibility"), QStringLiteral("team")})
                     .exitCode,
                 0);
        QCOMPARE(syncField(a, QStringLiteral("pushed")), 1);
        QVERIFY(syncField(b, QStringLiteral("pulled")) >= 4);
        const QJsonObject back =
            json(b, {QStringLiteral("contact"), QStringLiteral("show"), secretId});
        QCOMPARE(back[u"title"].toString(), QStringLiteral("Direktors"));
        QCOMPARE(back[u"city"].toString(), QStringLiteral("Cēsis"));
        QCOMPARE(jsonList(b, {QStringLiteral("search"), QStringLiteral("20000001")}).size(), 1);
        QCOMPARE(syncField(a, QStringLiteral("pulled")), 0);

        // A sync with nothing to do does nothing.
        const QJsonObject idle = json(b, {QStringLiteral("sync")});
        QCOMPARE(idle[u"pushed"].toInt(), 0);
        QCOMPARE(idle[u"pulled"].toInt(), 0);

        // No server: exit 1 with a clear line; the local edit waits in the outbox.
        stopServer();
        QCOMPARE(cli(b, {QStringLiteral("contact"), QStringLiteral("edit"), id,
                         QStringLiteral("--city"), QStringLiteral("Liepāja")})
                     .exitCode,
                 0);
        const Run offline = cli(b, {QStringLiteral("sync")});
        QCOMPARE(offline.exitCode, 1);
        QVERIFY2(offline.err.contains("cannot reach"), offline.err.constData());
        QCOMPARE(offline.err.count('\n'), 1);
        QCOMPARE(offline.out, QByteArray());

        // The sync log tells it, newest first: offline twice in a row is one line with a
        // count, the idle run before it is its own line, and older runs moved changes.
        QCOMPARE(cli(b, {QStringLiteral("sync")}).exitCode, 1);
        const QJsonArray log = jsonList(b, {QStringLiteral("sync"), QStringLiteral("log")});
        QVERIFY(log.size() >= 3);
        QCOMPARE(log[0][u"outcome"].toString(), u"offline"_qs);
        QCOMPARE(log[0][u"runs"].toInt(), 2);
        QVERIFY(log[0][u"message"].toString().contains(u"cannot reach"));
        QCOMPARE(log[1][u"outcome"].toString(), u"ok"_qs);
        QCOMPARE(log[1][u"pushed"].toInt(), 0);
        QCOMPARE(log[1][u"pulled"].toInt(), 0);
        bool moved = false;
        for (const QJsonValue &line : log)
            moved = moved || line[u"pulled"].toInt() > 0 || line[u"pushed"].toInt() > 0;
        QVERIFY(moved);
        const QJsonArray newest = jsonList(b, {QStringLiteral("sync"), QStringLiteral("log"),
                                               QStringLiteral("--limit"), QStringLiteral("1")});
        QCOMPARE(newest.size(), 1);
        QCOMPARE(cli(b, {QStringLiteral("sync"), QStringLiteral("log"), QStringLiteral("--limit"),
                         QStringLiteral("0")})
                     .exitCode,
                 2);
    }

private slots:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("CRM_CLI_BINARY");
        m_serverBinary = qEnvironmentVariable("CRM_SERVER_BINARY");
        QVERIFY2(QFile::exists(m_cli), "CRM_CLI_BINARY names no file");
        QVERIFY2(QFile::exists(m_serverBinary), "CRM_SERVER_BINARY names no file");
    }

    void cleanup() { stopServer(); }

    void onSqlite()
    {
        QVERIFY(startServer(u"sqlite:" + m_dir.filePath(QStringLiteral("server.sqlite"))));
        scenario(QStringLiteral("sqlite"));
    }

    void onPostgres()
    {
        PostgresFixture pg;
        QString skip, error;
        if (!pg.start(&skip, &error)) {
            if (!skip.isEmpty())
                QSKIP(qPrintable(skip));
            QFAIL(qPrintable(error));
        }
        const QString spec = pg.createDatabase(&error);
        QVERIFY2(!spec.isEmpty(), qPrintable(error));
        QVERIFY(startServer(spec));
        scenario(QStringLiteral("pg"));
        stopServer();
    }

    // Saved reports are records like any other: one saved on Anna's laptop reaches Bob,
    // who can run it; his edit of it reaches Anna; her delete removes it from Bob's list;
    // another team never sees it.
    void savedReportsReachTheTeam()
    {
        using namespace crm::core;
        using namespace crm::core::reports;
        QVERIFY(startServer(u"sqlite:" + m_dir.filePath(QStringLiteral("reports-server.sqlite"))));
        const QString a = u"reports-anna"_qs, b = u"reports-bob"_qs, c = u"reports-carl"_qs;
        for (const auto &[laptop, user] :
             {std::pair{a, "anna"}, std::pair{b, "bob"}, std::pair{c, "carl"}})
            QCOMPARE(login(laptop, m_url, user).exitCode, 0);
        // The Reports window saves through ReportRepository; so does this, on Anna's file.
        const auto withRepository = [this](const QString &laptop, const auto &work) {
            auto opened = Database::open(m_dir.filePath(laptop + u".sqlite"));
            QVERIFY2(opened, qPrintable(opened.error().detail));
            ReportRepository repo(opened.value());
            work(repo);
        };
        QByteArray id;
        withRepository(a, [&](ReportRepository &repo) {
            ReportDefinition def = *BuiltinReports::find(u"pipeline-by-stage"_qs);
            def.title = u"Rīgas piltuve"_qs;
            auto saved = repo.save(def);
            QVERIFY2(saved, qPrintable(saved.error().detail));
            id = saved.value();
        });
        const auto titles = [this](const QString &laptop) {
            QStringList out;
            for (const QJsonValue &row :
                 jsonList(laptop, {QStringLiteral("report"), QStringLiteral("list")}))
                out << row[u"title"].toString();
            return out;
        };
        QVERIFY(!titles(a).isEmpty());
        QCOMPARE(syncField(a, QStringLiteral("pushed")), 1);
        QCOMPARE(syncField(b, QStringLiteral("pulled")), 1);
        QCOMPARE(syncField(c, QStringLiteral("pulled")), 0);
        QVERIFY2(titles(b).contains(u"Rīgas piltuve"_qs), qPrintable(titles(b).join(u", ")));
        QVERIFY(!titles(c).contains(u"Rīgas piltuve"_qs));
        const Run ran = cli(b, {QStringLiteral("report"), QStringLiteral("run"),
                                QStringLiteral("Rīgas piltuve"), QStringLiteral("--format"),
                                QStringLiteral("csv")});
        QVERIFY2(ran.exitCode == 0, ran.err.constData());
        QVERIFY(ran.out.startsWith("Pipeline"));

        withRepository(b, [&](ReportRepository &repo) {
            auto report = repo.get(id);
            QVERIFY(report);
            ReportDefinition def = report->definition;
            def.title = u"Rīgas piltuve 2027"_qs;
            QVERIFY(repo.update(id, def));
        });
        QCOMPARE(syncField(b, QStringLiteral("pushed")), 2); // the title and the definition
        QCOMPARE(syncField(a, QStringLiteral("pulled")), 2);
        QVERIFY(titles(a).contains(u"Rīgas piltuve 2027"_qs));

        withRepository(a, [&](ReportRepository &repo) { QVERIFY(repo.remove(id)); });
        QCOMPARE(syncField(a, QStringLiteral("pushed")), 1);
        QCOMPARE(syncField(b, QStringLiteral("pulled")), 1);
        QVERIFY(!titles(b).contains(u"Rīgas piltuve 2027"_qs));
        stopServer();
    }

    // A merge on Anna's laptop reaches Bob's (one contact, the deal moved, the merge record),
    // and so does her unmerge later (both contacts again).
    void mergeAndUnmergeReachAnotherLaptop()
    {
        QVERIFY(startServer(u"sqlite:" + m_dir.filePath(QStringLiteral("merge-server.sqlite"))));
        const QString a = QStringLiteral("merge-anna"), b = QStringLiteral("merge-bob");
        QCOMPARE(login(a, m_url, "anna").exitCode, 0);
        QCOMPARE(login(b, m_url, "bob").exitCode, 0);
        for (const QString &last : {QStringLiteral("Ozola"), QStringLiteral("Ozoliņa")}) {
            const Run r = cli(a, {QStringLiteral("contact"), QStringLiteral("add"),
                                  QStringLiteral("--first-name"), QStringLiteral("Anna"),
                                  QStringLiteral("--last-name"), last, QStringLiteral("--email"),
                                  QStringLiteral("anna@x.lv")});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        QVERIFY(syncTogether({a}));
        QVERIFY(syncTogether({b}));
        QCOMPARE(contactIds(b).size(), 2);
        const QJsonArray pairs =
            jsonList(a, {QStringLiteral("duplicates"), QStringLiteral("list")});
        QCOMPARE(pairs.size(), 1);
        const QString keep = pairs[0][u"id_a"].toString(), gone = pairs[0][u"id_b"].toString();
        const Run merged = cli(a, {QStringLiteral("merge"), keep, gone});
        QVERIFY2(merged.exitCode == 0, merged.err.constData());
        const QString mergeId = QString::fromUtf8(merged.out).trimmed();
        QVERIFY(syncTogether({a}));
        QVERIFY(syncTogether({b}));
        QCOMPARE(contactIds(b), QStringList{keep + u' '});
        // Bob sees no duplicates any more, and can take Anna's merge back himself.
        QCOMPARE(jsonList(b, {QStringLiteral("duplicates"), QStringLiteral("list")}).size(), 0);
        const Run unmerged = cli(b, {QStringLiteral("unmerge"), mergeId});
        QVERIFY2(unmerged.exitCode == 0, unmerged.err.constData());
        QVERIFY(syncTogether({b}));
        QVERIFY(syncTogether({a}));
        QCOMPARE(contactIds(a).size(), 2);
        QCOMPARE(jsonList(a, {QStringLiteral("duplicates"), QStringLiteral("list")}).size(), 1);
        const Run again = cli(a, {QStringLiteral("unmerge"), mergeId});
        QCOMPARE(again.exitCode, 1); // unmerged on Bob's laptop: the state synced
        stopServer();
    }

    // PostgreSQL restarts under a running crm-server: the next request connects again.
    void postgresRestart()
    {
        PostgresFixture pg;
        QString skip, error;
        if (!pg.start(&skip, &error)) {
            if (!skip.isEmpty())
                QSKIP(qPrintable(skip));
            QFAIL(qPrintable(error));
        }
        const QString spec = pg.createDatabase(&error);
        QVERIFY2(!spec.isEmpty(), qPrintable(error));
        QVERIFY(startServer(spec));
        const QString laptop = QStringLiteral("restart-anna");
        QCOMPARE(login(laptop, m_url, "anna").exitCode, 0);
        QCOMPARE(cli(laptop, {QStringLiteral("contact"), QStringLiteral("add"),
                              QStringLiteral("--first-name"), QStringLiteral("Before"),
                              QStringLiteral("--last-name"), QStringLiteral("Restart")})
                     .exitCode,
                 0);
        QCOMPARE(syncField(laptop, QStringLiteral("pushed")), 1);
        QVERIFY2(pg.restart(&error), qPrintable(error));
        QCOMPARE(cli(laptop, {QStringLiteral("contact"), QStringLiteral("add"),
                              QStringLiteral("--first-name"), QStringLiteral("After"),
                              QStringLiteral("--last-name"), QStringLiteral("Restart")})
                     .exitCode,
                 0);
        const Run again = cli(
            laptop, {QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("sync")});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(u"pushed").toInt(), 1);
        stopServer();
    }

    // crm-server is stateless over PostgreSQL: two instances serve one database. Laptops
    // signed in to either push and pull at the same time, round after round, and all end
    // with the same records — no change skipped by a cursor, none applied twice.
    void twoInstancesOnOnePostgres()
    {
        PostgresFixture pg;
        QString skip, error;
        if (!pg.start(&skip, &error)) {
            if (!skip.isEmpty())
                QSKIP(qPrintable(skip));
            QFAIL(qPrintable(error));
        }
        const QString spec = pg.createDatabase(&error);
        QVERIFY2(!spec.isEmpty(), qPrintable(error));
        QVERIFY(startServer(spec));
        QProcess second;
        const QString secondUrl = launch(second);
        QVERIFY(!secondUrl.isEmpty());
        QVERIFY(secondUrl != m_url);

        const QStringList laptops = {QStringLiteral("multi-anna-1"), QStringLiteral("multi-anna-2"),
                                     QStringLiteral("multi-bob")};
        QCOMPARE(login(laptops[0], m_url, "anna").exitCode, 0);
        QCOMPARE(login(laptops[1], secondUrl, "anna").exitCode, 0);
        QCOMPARE(login(laptops[2], secondUrl, "bob").exitCode, 0);

        constexpr int Rounds = 3;
        constexpr int PerRound = 3;
        for (int round = 0; round < Rounds; ++round) {
            for (const QString &laptop : laptops) {
                for (int i = 0; i < PerRound; ++i) {
                    const Run added =
                        cli(laptop,
                            {QStringLiteral("contact"), QStringLiteral("add"),
                             QStringLiteral("--first-name"), laptop, QStringLiteral("--last-name"),
                             QStringLiteral("R%1N%2").arg(round).arg(i), QStringLiteral("--title"),
                             QStringLiteral("round %1").arg(round)});
                    QVERIFY2(added.exitCode == 0, added.err.constData());
                }
            }
            QVERIFY(syncTogether(laptops));
        }
        // Two quiet rounds: everyone pushes what is left, then pulls what the others pushed.
        for (int settle = 0; settle < 2; ++settle) {
            for (const QString &laptop : laptops)
                QCOMPARE(cli(laptop, {QStringLiteral("sync")}).exitCode, 0);
        }
        const QStringList expected = contactIds(laptops[0]);
        QCOMPARE(expected.size(), Rounds * PerRound * int(laptops.size()));
        for (const QString &laptop : laptops.mid(1))
            QCOMPARE(contactIds(laptop), expected);

        second.terminate();
        second.waitForFinished(10000);
        stopServer();
    }
};

QTEST_GUILESS_MAIN(TestSyncEndToEnd)
#include "tst_syncendtoend.moc"
