// SPDX-License-Identifier: GPL-3.0-or-later
// Custom fields between two laptops (crm-cli processes) through a real crm-server: the
// definitions reach the team; edits of different custom fields of one contact both survive;
// the same field edited on both is a conflict that keeps both values, also when both laptops
// fill a field the contact had no value in (the value rows share an id derived from the
// record and the field); a private contact's custom values never reach a colleague. Two
// teams on one server that define the same key each get their own field: nothing refused,
// the values sync within each team, nothing crosses to the other. A field deleted, added
// back or a choice renamed on one laptop reaches the other's search when it syncs.
#include "support/process.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using crm::test::ProcessRun;

class TestCustomFieldSync : public QObject
{
    Q_OBJECT

    QString m_cli;
    QString m_serverBinary;
    QTemporaryDir m_dir;
    QProcess m_server;
    QString m_url;
    // anna and bob work in Riga, carol and dave in Tallinn, erik alone in Vilnius.
    static constexpr std::pair<const char *, const char *> kUsers[] = {{"anna", "riga"},
                                                                       {"bob", "riga"},
                                                                       {"carol", "tallinn"},
                                                                       {"dave", "tallinn"},
                                                                       {"erik", "vilnius"}};

    QString dbOf(const QString &laptop) const { return m_dir.filePath(laptop + u".sqlite"); }
    ProcessRun cli(const QString &laptop, const QStringList &args, const QByteArray &input = {})
    {
        return crm::test::runProcess(m_cli, QStringList{u"--database"_qs, dbOf(laptop)} + args,
                                     input);
    }
    bool ok(const QString &laptop, const QStringList &args)
    {
        const ProcessRun r = cli(laptop, args);
        if (r.exitCode != 0)
            qWarning() << args << r.err;
        return r.exitCode == 0;
    }
    QJsonObject custom(const QString &laptop, const QString &id)
    {
        const ProcessRun r =
            cli(laptop, {u"--format"_qs, u"json"_qs, u"contact"_qs, u"show"_qs, id});
        return QJsonDocument::fromJson(r.out).object().value(u"custom").toObject();
    }
    int sync(const QString &laptop, const QString &field)
    {
        const ProcessRun r = cli(laptop, {u"--format"_qs, u"json"_qs, u"sync"_qs});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out).object().value(field).toInt(-1);
    }
    QJsonArray conflicts(const QString &laptop)
    {
        const ProcessRun r = cli(laptop, {u"--format"_qs, u"json"_qs, u"conflicts"_qs, u"list"_qs});
        return QJsonDocument::fromJson(r.out).array();
    }
    QString addContact(const QString &laptop, const QString &name, const QString &field)
    {
        const ProcessRun r =
            cli(laptop, {u"contact"_qs, u"add"_qs, u"--first-name"_qs, name, u"--field"_qs, field});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return QString::fromUtf8(r.out).trimmed();
    }
    // The laptop's live definitions of contacts' "region" as "label" (one per definition).
    QStringList regionFields(const QString &laptop)
    {
        const ProcessRun r = cli(laptop, {u"--format"_qs, u"json"_qs, u"field"_qs, u"list"_qs,
                                          u"--entity"_qs, u"contact"_qs});
        QStringList out;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
            if (v[u"key"].toString() == u"region")
                out << v[u"label"].toString();
        }
        return out;
    }
    // How many custom value rows a laptop's file holds with this value.
    int storedValues(const QString &laptop, const QString &value)
    {
        int n = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"peek"_qs);
            db.setDatabaseName(dbOf(laptop));
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_qs);
            if (db.open()) {
                QSqlQuery q(db);
                q.prepare(u"SELECT count(*) FROM custom_values WHERE value = ?"_qs);
                q.addBindValue(value);
                if (q.exec() && q.next())
                    n = q.value(0).toInt();
            }
        }
        QSqlDatabase::removeDatabase(u"peek"_qs);
        return n;
    }

    // The laptop's search finds the contact `id` by `word`.
    bool finds(const QString &laptop, const QString &word, const QString &id)
    {
        const ProcessRun r = cli(laptop, {u"--format"_qs, u"csv"_qs, u"search"_qs, word});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return r.out.contains(id.toUtf8());
    }

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
        // Erik defines fields before his first sign-in (customFieldsOfTwoTeams).
        for (const char *user : {"anna", "bob", "carol", "dave"}) {
            const ProcessRun r =
                cli(QString::fromLatin1(user),
                    {u"account"_qs, u"login"_qs, u"--server"_qs, m_url, u"--user"_qs,
                     QString::fromLatin1(user), u"--password-stdin"_qs},
                    QByteArray(user) + " pass\n");
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
    }

    void cleanupTestCase()
    {
        m_server.terminate();
        m_server.waitForFinished(10000);
    }

    void customFieldsSyncFieldByField()
    {
        const QString a = u"anna"_qs, b = u"bob"_qs;
        QVERIFY(ok(a, {u"field"_qs, u"add"_qs, u"--entity"_qs, u"contact"_qs, u"--key"_qs,
                       u"industry"_qs, u"--label"_qs, u"Industry"_qs, u"--type"_qs, u"choice"_qs,
                       u"--choice"_qs, u"Retail"_qs, u"--choice"_qs, u"Banking"_qs}));
        for (const char *key : {"budget", "motto"})
            QVERIFY(ok(a, {u"field"_qs, u"add"_qs, u"--entity"_qs, u"contact"_qs, u"--key"_qs,
                           QString::fromLatin1(key), u"--label"_qs, QString::fromLatin1(key),
                           u"--type"_qs, key[0] == 'b' ? u"money"_qs : u"text"_qs}));
        const ProcessRun added = cli(a, {u"contact"_qs, u"add"_qs, u"--first-name"_qs, u"Jānis"_qs,
                                         u"--field"_qs, u"industry=Retail"_qs});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QString id = QString::fromUtf8(added.out).trimmed();
        QVERIFY(ok(a, {u"contact"_qs, u"add"_qs, u"--first-name"_qs, u"Slepens"_qs,
                       u"--visibility"_qs, u"private"_qs, u"--field"_qs, u"motto=Zelta zivtiņa"_qs,
                       u"--field"_qs, u"budget=77 EUR"_qs}));
        QCOMPARE(sync(a, u"rejected"_qs), 0);
        QVERIFY(sync(b, u"pulled"_qs) > 0);

        // Bob has the definitions and Jānis's value; nothing of the private contact.
        const ProcessRun fields = cli(b, {u"--format"_qs, u"csv"_qs, u"field"_qs, u"list"_qs});
        QVERIFY(fields.out.contains("industry") && fields.out.contains("Retail; Banking"));
        QCOMPARE(custom(b, id).value(u"industry").toString(), u"Retail"_qs);
        QCOMPARE(storedValues(a, u"Zelta zivtiņa"_qs), 1);
        QCOMPARE(storedValues(b, u"Zelta zivtiņa"_qs), 0);
        QCOMPARE(storedValues(b, u"77.00 EUR"_qs), 0);

        // Offline, different fields of one contact: both survive, no conflict.
        QVERIFY(ok(a, {u"contact"_qs, u"edit"_qs, id, u"--field"_qs, u"industry=Banking"_qs}));
        QVERIFY(ok(b, {u"contact"_qs, u"edit"_qs, id, u"--field"_qs, u"budget=100 EUR"_qs}));
        QCOMPARE(sync(a, u"conflicts"_qs), 0);
        QCOMPARE(sync(b, u"conflicts"_qs), 0);
        QCOMPARE(sync(a, u"conflicts"_qs), 0);
        for (const QString &laptop : {a, b}) {
            const QJsonObject c = custom(laptop, id);
            QCOMPARE(c.value(u"industry").toString(), u"Banking"_qs);
            QCOMPARE(c.value(u"budget").toString(), u"100.00 EUR"_qs);
        }

        // Offline, the same field: the later one wins everywhere, the other is a conflict.
        QVERIFY(ok(a, {u"contact"_qs, u"edit"_qs, id, u"--field"_qs, u"budget=200 EUR"_qs}));
        QTest::qWait(20);
        QVERIFY(ok(b, {u"contact"_qs, u"edit"_qs, id, u"--field"_qs, u"budget=300 EUR"_qs}));
        QCOMPARE(sync(a, u"conflicts"_qs), 0);
        QCOMPARE(sync(b, u"conflicts"_qs), 1);
        QCOMPARE(sync(a, u"conflicts"_qs), 1);
        for (const QString &laptop : {a, b})
            QCOMPARE(custom(laptop, id).value(u"budget").toString(), u"300.00 EUR"_qs);
        QJsonArray open = conflicts(a);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first()[u"mine"].toString(), u"200.00 EUR"_qs);
        QCOMPARE(open.first()[u"theirs"].toString(), u"300.00 EUR"_qs);
        QVERIFY(ok(a, {u"conflicts"_qs, u"resolve"_qs, open.first()[u"id"].toString(), u"--keep"_qs,
                       u"theirs"_qs}));

        // Both fill a field the contact had no value in: one row (the same derived id), so
        // still a conflict rather than two values.
        QVERIFY(ok(a, {u"contact"_qs, u"edit"_qs, id, u"--field"_qs, u"motto=Ātri"_qs}));
        QTest::qWait(20);
        QVERIFY(ok(b, {u"contact"_qs, u"edit"_qs, id, u"--field"_qs, u"motto=Lēni"_qs}));
        QVERIFY(sync(a, u"conflicts"_qs) >= 0);
        QCOMPARE(sync(b, u"conflicts"_qs), 1);
        QVERIFY(sync(a, u"conflicts"_qs) >= 1);
        for (const QString &laptop : {a, b}) {
            QCOMPARE(custom(laptop, id).value(u"motto").toString(), u"Lēni"_qs);
            QCOMPARE(storedValues(laptop, u"Lēni"_qs), 1);
            QCOMPARE(storedValues(laptop, u"Ātri"_qs), 0);
        }
        QCOMPARE(conflicts(a).size(), 1);
        QCOMPARE(conflicts(a).first()[u"mine"].toString(), u"Ātri"_qs);
        // Bob finds Jānis by the custom text value.
        const ProcessRun found = cli(b, {u"--format"_qs, u"csv"_qs, u"search"_qs, u"leni"_qs});
        QVERIFY2(found.out.contains(id.toUtf8()), found.out.constData());
    }

    void definitionChangesReachSearch()
    {
        // Anna renames a choice, deletes a field and adds it back; each reaches Bob's search
        // when he syncs (the values of a deleted field hide from search, and come back).
        const QString a = u"anna"_qs, b = u"bob"_qs;
        QVERIFY(ok(a, {u"field"_qs, u"add"_qs, u"--entity"_qs, u"contact"_qs, u"--key"_qs,
                       u"sector"_qs, u"--label"_qs, u"Sector"_qs, u"--type"_qs, u"choice"_qs,
                       u"--choice"_qs, u"Forestry"_qs, u"--choice"_qs, u"Fishing"_qs}));
        QVERIFY(ok(a, {u"field"_qs, u"add"_qs, u"--entity"_qs, u"contact"_qs, u"--key"_qs,
                       u"nickname"_qs, u"--label"_qs, u"Nickname"_qs}));
        const ProcessRun added =
            cli(a, {u"contact"_qs, u"add"_qs, u"--first-name"_qs, u"Ilze"_qs, u"--field"_qs,
                    u"sector=Forestry"_qs, u"--field"_qs, u"nickname=Zvirbulis"_qs});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QString id = QString::fromUtf8(added.out).trimmed();
        QCOMPARE(sync(a, u"rejected"_qs), 0);
        QVERIFY(sync(b, u"pulled"_qs) > 0);
        QVERIFY(finds(b, u"forestry"_qs, id));
        QVERIFY(finds(b, u"zvirbulis"_qs, id));

        QVERIFY(ok(a, {u"field"_qs, u"edit"_qs, u"sector"_qs, u"--entity"_qs, u"contact"_qs,
                       u"--choice"_qs, u"Woodworking"_qs, u"--choice"_qs, u"Fishing"_qs}));
        QCOMPARE(sync(a, u"rejected"_qs), 0);
        QVERIFY(sync(b, u"pulled"_qs) > 0);
        QVERIFY(finds(b, u"woodworking"_qs, id));
        QVERIFY(!finds(b, u"forestry"_qs, id));
        QVERIFY(finds(b, u"zvirbulis"_qs, id));

        // A sync that brings only the field's deletion (no value changes with it).
        QVERIFY(ok(a, {u"field"_qs, u"delete"_qs, u"nickname"_qs, u"--entity"_qs, u"contact"_qs}));
        QVERIFY(!finds(a, u"zvirbulis"_qs, id));
        QCOMPARE(sync(a, u"rejected"_qs), 0);
        QVERIFY(sync(b, u"pulled"_qs) > 0);
        QVERIFY(!finds(b, u"zvirbulis"_qs, id));
        QVERIFY(finds(b, u"woodworking"_qs, id));

        QVERIFY(ok(a, {u"field"_qs, u"add"_qs, u"--entity"_qs, u"contact"_qs, u"--key"_qs,
                       u"nickname"_qs, u"--label"_qs, u"Nickname"_qs}));
        QCOMPARE(sync(a, u"rejected"_qs), 0);
        QVERIFY(sync(b, u"pulled"_qs) > 0);
        QVERIFY(finds(b, u"zvirbulis"_qs, id));
    }

    void customFieldsOfTwoTeams()
    {
        // Offline, Riga and Tallinn (both of its laptops) define contacts' "region", and Erik
        // in Vilnius defines it before he ever signed in; each fills it in for a contact.
        const QString a = u"anna"_qs, b = u"bob"_qs, c = u"carol"_qs, d = u"dave"_qs,
                      e = u"erik"_qs;
        for (const auto &[laptop, label] :
             {std::pair{a, u"Region"_qs}, std::pair{c, u"Piirkond"_qs},
              std::pair{d, u"Piirkond"_qs}, std::pair{e, u"Regionas"_qs}})
            QVERIFY(ok(laptop, {u"field"_qs, u"add"_qs, u"--entity"_qs, u"contact"_qs, u"--key"_qs,
                                u"region"_qs, u"--label"_qs, label}));
        const QString riga = addContact(a, u"Rīdzinieks"_qs, u"region=Vidzeme"_qs);
        const QString tallinn = addContact(c, u"Tallinlane"_qs, u"region=Harju"_qs);
        const QString tartu = addContact(d, u"Tartlane"_qs, u"region=Tartu"_qs);
        const QString kaunas = addContact(e, u"Kaunietis"_qs, u"region=Kaunas"_qs);
        for (const QString &id : {riga, tallinn, tartu, kaunas})
            QVERIFY(!id.isEmpty());
        const ProcessRun login = cli(e,
                                     {u"account"_qs, u"login"_qs, u"--server"_qs, m_url,
                                      u"--user"_qs, e, u"--password-stdin"_qs},
                                     "erik pass\n");
        QVERIFY2(login.exitCode == 0, login.err.constData());

        // Nothing is refused, whoever pushes first.
        for (const QString &laptop : {a, c, d, e, c, b})
            QCOMPARE(sync(laptop, u"rejected"_qs), 0);

        // Each team holds one "region" field of its own, with its team's values.
        QCOMPARE(regionFields(a), QStringList{u"Region"_qs});
        QCOMPARE(regionFields(b), QStringList{u"Region"_qs});
        QCOMPARE(regionFields(c), QStringList{u"Piirkond"_qs});
        QCOMPARE(regionFields(d), QStringList{u"Piirkond"_qs});
        QCOMPARE(regionFields(e), QStringList{u"Regionas"_qs});
        QCOMPARE(custom(b, riga).value(u"region").toString(), u"Vidzeme"_qs);
        for (const QString &laptop : {c, d}) {
            QCOMPARE(custom(laptop, tallinn).value(u"region").toString(), u"Harju"_qs);
            QCOMPARE(custom(laptop, tartu).value(u"region").toString(), u"Tartu"_qs);
        }
        QCOMPARE(custom(e, kaunas).value(u"region").toString(), u"Kaunas"_qs);

        // Tallinn edits its field and a value: Tallinn sees it, Riga does not.
        QVERIFY(ok(d, {u"field"_qs, u"edit"_qs, u"region"_qs, u"--entity"_qs, u"contact"_qs,
                       u"--label"_qs, u"Maakond"_qs}));
        QVERIFY(ok(d, {u"contact"_qs, u"edit"_qs, tallinn, u"--field"_qs, u"region=Harjumaa"_qs}));
        QCOMPARE(sync(d, u"rejected"_qs), 0);
        QCOMPARE(sync(c, u"rejected"_qs), 0);
        QCOMPARE(sync(b, u"rejected"_qs), 0);
        QCOMPARE(regionFields(c), QStringList{u"Maakond"_qs});
        QCOMPARE(custom(c, tallinn).value(u"region").toString(), u"Harjumaa"_qs);
        QCOMPARE(regionFields(b), QStringList{u"Region"_qs});

        // No team's values reach another.
        for (const auto &[laptop, foreign] :
             {std::pair{b, QStringList{u"Harjumaa"_qs, u"Tartu"_qs, u"Kaunas"_qs}},
              std::pair{c, QStringList{u"Vidzeme"_qs, u"Kaunas"_qs}},
              std::pair{e, QStringList{u"Vidzeme"_qs, u"Harjumaa"_qs, u"Tartu"_qs}}}) {
            for (const QString &value : foreign)
                QCOMPARE(storedValues(laptop, value), 0);
        }
        QCOMPARE(storedValues(c, u"Tartu"_qs), 1);
    }
};

QTEST_GUILESS_MAIN(TestCustomFieldSync)
#include "tst_customfieldsync.moc"
