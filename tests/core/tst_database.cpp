// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/deallistmodel.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/dealrepository.h"
#include "storage/database.h"
#include "storage/indexesaside.h"
#include "storage/migrations.h"
#include "storage/sql.h"
#include "support/builders.h"
#include "support/testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <random>
#include <thread>

#include <sqlite3.h>

using namespace crm;
using namespace crm::core;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Writes with the C API, bypassing our own connection set-up, as another program would.
void rawExec(const QString &path, const char *statement)
{
    sqlite3 *h = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &h), SQLITE_OK);
    char *err = nullptr;
    const int rc = sqlite3_exec(h, statement, nullptr, nullptr, &err);
    if (rc != SQLITE_OK)
        qWarning("%s", err);
    sqlite3_free(err);
    sqlite3_close(h);
    QCOMPARE(rc, SQLITE_OK);
}

// A database with one contact, closed and checkpointed (no -wal file left).
QString makeDatabase(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    {
        auto db = Database::open(path);
        if (!db)
            qFatal("%s", qPrintable(db.error().detail));
        ContactRepository r(db.value());
        if (!r.create(test::contact(u"Līga"_qs, u"Kalniņa"_qs)).ok())
            qFatal("create failed");
    }
    rawExec(path, "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;");
    return path;
}

// Every index of the file with its SQL, sorted: what a load that set indexes aside must leave.
QStringList indexes(QSqlDatabase db)
{
    QStringList out;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name || ' ' || sql FROM sqlite_master WHERE type = 'index' AND "
                          "sql IS NOT NULL"));
    while (q.next())
        out << q.value(0).toString();
    out.sort();
    return out;
}

QString planOf(QSqlDatabase db, const QString &query)
{
    QSqlQuery q(db);
    // EXPLAIN does not notice that another connection changed the schema; a query does.
    q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    q.finish();
    q.exec(u"EXPLAIN QUERY PLAN " + query);
    QStringList steps;
    while (q.next())
        steps << q.value(3).toString();
    return steps.join(u"; ");
}

const QString ByName = QStringLiteral(
    "SELECT rid FROM contacts WHERE deleted = 0 ORDER BY local_sort_name, rid LIMIT 10");

} // namespace

class TestDatabaseOpen : public QObject
{
    Q_OBJECT

private slots:
    // A new file gets 16 KiB pages (a quarter of the WAL frames per commit of neighbouring
    // rows), and SQLite keeps no memory statistics (a global mutex in every allocation).
    void newFilesUseBigPagesAndSqliteKeepsNoStatistics()
    {
        test::TestDatabase t;
        QCOMPARE(t.scalar(u"PRAGMA page_size"_qs).toInt(), 16384);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM contacts"_qs).toInt(), 0);
        sqlite3_int64 used = -1, highest = -1;
        QCOMPARE(sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &used, &highest, 0), SQLITE_OK);
        QCOMPARE(used, sqlite3_int64(0));
    }

    void freshDatabaseHasTheLatestSchema()
    {
        test::TestDatabase t;
        QVERIFY(t.db()->isNew());
        QCOMPARE(t.scalar(u"PRAGMA user_version"_qs).toInt(), Migrations::latestVersion());
        QCOMPARE(t.scalar(u"PRAGMA journal_mode"_qs).toString(), u"wal"_qs);
        QCOMPARE(t.scalar(u"PRAGMA foreign_keys"_qs).toInt(), 1);
        QCOMPARE(t.db()->deviceId().size(), 16);
        for (const char *table : {"contacts", "companies", "contact_emails", "contact_phones",
                                  "tags", "contact_tags"}) {
            QVERIFY2(t.scalar(u"SELECT count(*) FROM sync_tables WHERE name = ?"_qs,
                              {QString::fromLatin1(table)})
                             .toInt() == 1,
                     table);
        }
    }

    // A saved edit survives a power cut (synchronous = FULL under WAL): on every connection,
    // the UI's and a worker thread's.
    void commitsAreDurable()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(u"d.sqlite"_qs));
        QVERIFY(db.ok());
        auto pragma = [](QSqlDatabase c, const QString &name) {
            QSqlQuery q(c);
            return q.exec(u"PRAGMA "_qs + name) && q.next() ? q.value(0).toString() : QString();
        };
        QCOMPARE(pragma(db.value()->connection(), u"journal_mode"_qs), u"wal"_qs);
        QCOMPARE(pragma(db.value()->connection(), u"synchronous"_qs), u"2"_qs); // FULL
        QString onWorker;
        std::thread([&] {
            onWorker = pragma(db.value()->connection(), u"synchronous"_qs);
            db.value()->closeConnection();
        }).join();
        QCOMPARE(onWorker, u"2"_qs);
    }

    void reopenKeepsDeviceAndData()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir, u"a.sqlite"_qs);
        QByteArray device;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(!db.value()->isNew());
            device = db.value()->deviceId();
            QCOMPARE(ContactRepository(db.value()).count().value(), 1);
        }
        auto again = Database::open(path);
        QVERIFY(again.ok());
        QCOMPARE(again.value()->deviceId(), device);
    }

    void upgradesTheKeptVersion1File()
    {
        // tests/data/crm-v1.sqlite was written by schema version 1 and is kept unchanged, so
        // every later migration is tested against a real old file.
        QTemporaryDir dir;
        const QString source = qEnvironmentVariable("CRM_TEST_DATA_DIR") + u"/crm-v1.sqlite";
        QVERIFY2(QFile::exists(source), qPrintable(source));
        const QString path = dir.filePath(u"old.sqlite"_qs);
        QVERIFY(QFile::copy(source, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(Database::peekSchemaVersion(path), 1);
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().detail));
        QSqlDatabase c = db.value()->connection();
        QCOMPARE(sql::scalar(c, u"PRAGMA user_version"_qs)->toInt(), Migrations::latestVersion());
        ContactRepository contacts(db.value());
        auto all = contacts.list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).lastName, u"Bērziņš"_qs);
        QCOMPARE(all->at(0).emails.size(), 1);
        if (Migrations::latestVersion() > 1) {
            // The file as it was is kept beside it.
            auto backup = Database::peekSchemaVersion(path + u".schema1.bak");
            QCOMPARE(backup, 1);
            Q_UNUSED(before);
        }
        // v15: the company with a customer among its contacts is a customer; the value was
        // captured, so it syncs.
        const QString koks = sql::scalar(c, u"SELECT status FROM companies WHERE name ="
                                            u" 'Baltijas Koks SIA'"_qs)
                                 ->toString();
        QCOMPARE(koks, u"customer"_qs);
        QCOMPARE(sql::scalar(c, u"SELECT count(*) FROM change_log WHERE tbl = 'companies' AND"
                                u" col = 'status' AND new_value = 'customer'"_qs)
                     ->toInt(),
                 1);
        // Writing still works and is captured.
        Contact first = all->at(0);
        first.title = u"Director"_qs;
        QVERIFY(contacts.update(first).ok());
    }

    // tests/data/crm-v10.sqlite (made by tests/data/make-crm-v10.sh) is schema 10, before
    // the deals list indexes and search of v11, and holds open, won and lost deals: they stay
    // as they were through every later migration, and the new search table finds them.
    void upgradesTheKeptVersion10FileWithDeals()
    {
        QTemporaryDir dir;
        const QString source = qEnvironmentVariable("CRM_TEST_DATA_DIR") + u"/crm-v10.sqlite";
        QVERIFY2(QFile::exists(source), qPrintable(source));
        const QString path = dir.filePath(u"v10.sqlite"_qs);
        QVERIFY(QFile::copy(source, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(Database::peekSchemaVersion(path), 10);
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().detail));
        QSqlDatabase c = db.value()->connection();
        QCOMPARE(sql::scalar(c, u"PRAGMA user_version"_qs)->toInt(), Migrations::latestVersion());
        QCOMPARE(Database::peekSchemaVersion(path + u".schema10.bak"_qs), 10);

        DealRepository deals(db.value());
        auto all = deals.list({});
        QVERIFY2(all, qPrintable(all.error().message()));
        QCOMPARE(all->size(), 4);
        QHash<QString, Deal> byTitle;
        for (const Deal &d : all.value())
            byTitle.insert(d.title, d);
        const Deal fleet = byTitle.value(u"Fleet renewal"_qs);
        QCOMPARE(fleet.amount, 12'500'00);
        QCOMPARE(fleet.currency, u"EUR"_qs);
        QCOMPARE(fleet.probability, std::optional<int>(35));
        QCOMPARE(fleet.expectedClose, QDate(2027, 3, 31));
        QCOMPARE(fleet.companyName, u"SIA Koks"_qs);
        QCOMPARE(deals.get(fleet.id)->contacts.size(), 1); // list() reads no child rows
        QCOMPARE(deals.stageHistory(fleet.id)->size(), 2); // created, moved
        QCOMPARE(byTitle.value(u"Printers for Liepāja"_qs).outcome, StageOutcome::Won);
        QCOMPARE(byTitle.value(u"Printers for Liepāja"_qs).amount, 2'300'50);
        QCOMPARE(byTitle.value(u"Warehouse racks"_qs).outcome, StageOutcome::Lost);
        QCOMPARE(byTitle.value(u"Warehouse racks"_qs).lostReason, u"Went with a competitor"_qs);
        QCOMPARE(byTitle.value(u"Łódź office move"_qs).outcome, StageOutcome::Open);

        // v11's search table holds them: folded words of a title find the deal.
        QCOMPARE(sql::scalar(c, u"SELECT count(*) FROM deals_fts"_qs)->toInt(), 4);
        DealListModel list(db.value());
        list.setOutcome(DealListModel::Outcome::Any);
        list.setFilterText(u"lodz"_qs);
        QCOMPARE(list.totalCount(), 1);
        QCOMPARE(list.index(0, DealListModel::Title).data().toString(), u"Łódź office move"_qs);
        list.setFilterText(u"liepaja"_qs);
        QCOMPARE(list.totalCount(), 1);
        QCOMPARE(list.idAt(0), byTitle.value(u"Printers for Liepāja"_qs).id);
        // And the stage position v11 derived sorts by stage.
        list.setFilterText({});
        list.sort(DealListModel::Stage, Qt::AscendingOrder);
        QCOMPARE(list.totalCount(), 4);
        QCOMPARE(list.index(0, DealListModel::Title).data().toString(), u"Fleet renewal"_qs);
        // v15: the company with a won deal is a customer, in the list's Status column too.
        auto koks = CompanyRepository(db.value()).get(fleet.companyId);
        QVERIFY(koks);
        QCOMPARE(koks->status, LifecycleStatus::Customer);
        // Still writable, captured, and found after an edit.
        Deal renamed = fleet;
        renamed.title = u"Fleet renewal Tallinn"_qs;
        QVERIFY(deals.update(renamed));
        list.setFilterText(u"tallinn"_qs);
        QCOMPARE(list.totalCount(), 1);
    }

    void upgradeKeepsACopyAndRunsInOneTransaction()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir, u"upgrade.sqlite"_qs);
        const int from = Migrations::latestVersion();
        Migrations::setExtraStepForTesting([](QSqlDatabase &db) {
            return sql::exec(
                db, u"ALTER TABLE contacts ADD COLUMN nickname TEXT NOT NULL DEFAULT ''"_qs);
        });
        auto db = Database::open(path);
        Migrations::setExtraStepForTesting({});
        QVERIFY2(db.ok(), qPrintable(db.error().detail));
        QSqlDatabase c = db.value()->connection();
        QCOMPARE(sql::scalar(c, u"PRAGMA user_version"_qs)->toInt(), from + 1);
        QVERIFY(sql::exec(c, u"SELECT nickname FROM contacts"_qs).ok());
        const QString backup = path + QStringLiteral(".schema%1.bak").arg(from);
        QCOMPARE(Database::peekSchemaVersion(backup), from);
        auto old = Database::open(backup);
        QVERIFY2(old.ok(), qPrintable(old.error().detail));
        QCOMPARE(ContactRepository(old.value()).count().value(), 1);
    }

    void failedUpgradeChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir, u"failing.sqlite"_qs);
        const int from = Migrations::latestVersion();
        Migrations::setExtraStepForTesting([](QSqlDatabase &db) -> Status {
            if (auto s = sql::exec(db, u"CREATE TABLE half_done(x)"_qs); !s)
                return s;
            return Error{ErrorCode::Database, u"disk on fire"_qs, {}};
        });
        auto db = Database::open(path);
        Migrations::setExtraStepForTesting({});
        QVERIFY(!db.ok());
        QVERIFY(db.error().detail.contains(u"disk on fire"));
        QVERIFY(db.error().detail.contains(QStringLiteral("schema %1").arg(from + 1)));
        auto again = Database::open(path);
        QVERIFY(again.ok());
        QSqlDatabase c = again.value()->connection();
        QCOMPARE(sql::scalar(c, u"PRAGMA user_version"_qs)->toInt(), from);
        QCOMPARE(sql::scalar(c, u"SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"_qs)
                     ->toInt(),
                 0);
        QCOMPARE(ContactRepository(again.value()).count().value(), 1);
    }

    void newerVersionIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir, u"newer.sqlite"_qs);
        rawExec(path, "PRAGMA user_version = 999");
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::NewerVersion);
        QVERIFY(db.error().detail.contains(u"newer version"));
        QVERIFY(db.error().detail.contains(u"999"));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"));
    }

    void notADatabaseIsRefusedUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addRow("text") << QByteArray("first,last\nAnna,Bērziņa\n");
        QTest::addRow("binary") << QByteArray(4096, '\x7f');
        QTest::addRow("short header") << QByteArray("SQLite format 3");
    }

    void notADatabaseIsRefusedUntouched()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"contacts.csv"_qs);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::NotADatabase);
        QVERIFY(db.error().detail.contains(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
        QVERIFY(!QFile::exists(path + u"-wal"));
    }

    void foreignSqliteFileIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.sqlite"_qs);
        rawExec(path, "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT); INSERT INTO "
                      "notes(body) VALUES ('x');");
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::Damaged);
        QVERIFY(db.error().detail.contains(u"another program"));
        QCOMPARE(fileHash(path), before);
    }

    void damagedFileIsRefusedUntouched_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addRow("schema page scribbled") << u"scribble"_qs;
        QTest::addRow("cut off") << u"truncate"_qs;
    }

    void damagedFileIsRefusedUntouched()
    {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        const QString path = makeDatabase(dir, u"damaged.sqlite"_qs);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            if (damage == u"scribble") {
                // Overwrite the b-tree of the schema table on page 1, leaving the header.
                f.seek(100);
                f.write(QByteArray(900, '\xA5'));
            } else {
                QVERIFY(f.resize(f.size() / 2));
            }
        }
        const QByteArray before = fileHash(path);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::Damaged);
        QVERIFY2(db.error().detail.contains(u"damaged"), qPrintable(db.error().detail));
        QVERIFY(db.error().detail.contains(u"not changed"));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"));
    }

    // Random damage anywhere in the file: open either works or refuses cleanly, never
    // crashes, and a refused file keeps every byte.
    void randomDamageNeverCrashes()
    {
        QTemporaryDir dir;
        const QString original = makeDatabase(dir, u"original.sqlite"_qs);
        QFile f(original);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pristine = f.readAll();
        f.close();
        std::mt19937 rng(7);
        int refused = 0;
        for (int i = 0; i < 60; ++i) {
            QByteArray bytes = pristine;
            const int flips = 1 + int(rng() % 64);
            const int start = int(rng() % bytes.size());
            for (int j = 0; j < flips; ++j)
                bytes[(start + j) % bytes.size()] = char(rng());
            if (i % 7 == 0)
                bytes.truncate(int(rng() % bytes.size()));
            const QString path = dir.filePath(QStringLiteral("mutant%1.sqlite").arg(i));
            {
                QFile m(path);
                QVERIFY(m.open(QIODevice::WriteOnly));
                m.write(bytes);
            }
            auto db = Database::open(path);
            if (!db.ok()) {
                ++refused;
                QVERIFY(!db.error().detail.isEmpty());
                QFile m(path);
                QVERIFY(m.open(QIODevice::ReadOnly));
                QVERIFY2(m.readAll() == bytes, qPrintable(db.error().detail));
                continue;
            }
            // Accepted: reading may still meet the damage, but reports it as an error.
            ContactRepository r(db.value());
            (void)r.list();
            (void)r.count();
        }
        QVERIFY(refused > 0);
    }

    void missingFileWithoutCreateIsAnError()
    {
        QTemporaryDir dir;
        Database::Options o;
        o.create = false;
        auto db = Database::open(dir.filePath(u"nope.sqlite"_qs), o);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::NotFound);
        QVERIFY(!QFile::exists(dir.filePath(u"nope.sqlite"_qs)));
    }

    void createsMissingFolders()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a/b/c/crm.sqlite"_qs);
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.error().detail));
        QVERIFY(QFile::exists(path));
    }

    // A bulk load builds the contacts' random-order indexes after its rows: set aside, other
    // connections see them missing (a list sorted by name scans), built again identical.
    void indexesSetAsideComeBackAsTheyWere()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir, u"aside.sqlite"_qs);
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QSqlDatabase c = db.value()->connection();
        const QStringList before = indexes(c);
        QVERIFY(planOf(c, ByName).contains(u"contacts_by_name"));
        {
            IndexesAside aside(c, IndexesAside::contactIndexes());
            QVERIFY(aside.begun().ok());
            QCOMPARE(aside.count(), IndexesAside::contactIndexes().size());
            QStringList expected = IndexesAside::contactIndexes();
            expected.sort(); // as recorded: by key
            QCOMPARE(IndexesAside::aside(c).value(), expected);
            QVERIFY(IndexesAside::isAside(c, u"contact_emails_key"_qs).value());
            QVERIFY(!IndexesAside::isAside(c, u"contacts_by_status"_qs).value());
            // Another process sees the file without them.
            auto other = Database::open(path);
            QVERIFY(other.ok());
            QSqlDatabase oc = other.value()->connection();
            QCOMPARE(indexes(oc).size(), before.size() - IndexesAside::contactIndexes().size());
            QVERIFY(!planOf(oc, ByName).contains(u"contacts_by_name"));
            // Writes go on meanwhile.
            ContactRepository r(other.value());
            QVERIFY(r.create(test::contact(u"Jānis"_qs, u"Bērziņš"_qs, u"j@x.lv"_qs)).ok());
            int calls = 0;
            QVERIFY(aside
                        .restore([&](int done, int total) {
                            ++calls;
                            QCOMPARE(total, IndexesAside::contactIndexes().size());
                            QCOMPARE(done, calls);
                        })
                        .ok());
            QCOMPARE(calls, IndexesAside::contactIndexes().size());
            QVERIFY2(planOf(oc, ByName).contains(u"contacts_by_name"),
                     qPrintable(planOf(oc, ByName)));
        }
        QCOMPARE(indexes(c), before);
        QVERIFY(IndexesAside::aside(c).value().isEmpty());
        QVERIFY(!sql::scalar(c, u"SELECT 1 FROM meta WHERE key LIKE 'index%'"_qs)->isValid());
        QCOMPARE(sql::scalar(c, u"PRAGMA integrity_check"_qs)->toString(), u"ok"_qs);
        // The scope builds them again without restore(), too.
        {
            IndexesAside aside(c, {u"contacts_by_city"_qs, u"no_such_index"_qs});
            QVERIFY(aside.begun().ok());
            QCOMPARE(aside.count(), 1);
            QCOMPARE(indexes(c).size(), before.size() - 1);
        }
        QCOMPARE(indexes(c), before);
    }

    // A load that crashed leaves its indexes aside: the next open builds them, unless the
    // process that set them aside is still running.
    void indexesLeftAsideAreBuiltAtTheNextOpen()
    {
        QTemporaryDir dir;
        const QString path = makeDatabase(dir, u"crashed.sqlite"_qs);
        QStringList before;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QSqlDatabase c = db.value()->connection();
            before = indexes(c);
            // Never deleted: stands in for a load that did not get to build them.
            auto *aside = new IndexesAside(c, IndexesAside::contactIndexes());
            QVERIFY(aside->begun().ok());
            Q_UNUSED(aside);
        }
        {
            // This process set them aside and still runs: left for it to build.
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QCOMPARE(indexes(db.value()->connection()).size(),
                     before.size() - IndexesAside::contactIndexes().size());
            QCOMPARE(IndexesAside::leftBehind(db.value()->connection()).value(), 0);
            // Now the process that set them aside has ended.
            QProcess ended;
            ended.start(u"sleep"_qs, {u"0.1"_qs});
            QVERIFY(ended.waitForStarted());
            const qint64 pid = ended.processId();
            QVERIFY(ended.waitForFinished());
            QSqlDatabase c = db.value()->connection();
            QSqlQuery q(c);
            QVERIFY(
                q.exec(u"UPDATE meta SET value = %1 WHERE key = 'indexes_aside_by'"_qs.arg(pid)));
            QCOMPARE(q.numRowsAffected(), 1);
        }
        {
            // The app opens without building them (it does in the background, once the window
            // shows): left as they were, and counted as left behind.
            Database::Options later;
            later.buildIndexesLeftAside = false;
            auto db = Database::open(path, later);
            QVERIFY(db.ok());
            QSqlDatabase c = db.value()->connection();
            QCOMPARE(indexes(c).size(), before.size() - IndexesAside::contactIndexes().size());
            QCOMPARE(IndexesAside::leftBehind(c).value(), IndexesAside::contactIndexes().size());
        }
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QSqlDatabase c = db.value()->connection();
        QCOMPARE(indexes(c), before);
        QVERIFY(IndexesAside::aside(c).value().isEmpty());
        QVERIFY(planOf(c, ByName).contains(u"contacts_by_name"));
    }

    void whenBuildingIndexesAfterPays_data()
    {
        QTest::addColumn<qint64>("existing");
        QTest::addColumn<qint64>("adding");
        QTest::addColumn<bool>("worthIt");
        QTest::newRow("small load") << qint64(0) << qint64(19999) << false;
        QTest::newRow("into an empty file") << qint64(0) << qint64(20000) << true;
        QTest::newRow("a few into a million") << qint64(1000000) << qint64(50000) << false;
        QTest::newRow("many into a million") << qint64(1000000) << qint64(290000) << true;
        QTest::newRow("an eighth of the whole") << qint64(700000) << qint64(100000) << true;
    }

    void whenBuildingIndexesAfterPays()
    {
        QFETCH(qint64, existing);
        QFETCH(qint64, adding);
        QFETCH(bool, worthIt);
        QCOMPARE(IndexesAside::worthIt(existing, adding), worthIt);
    }

    void connectionPerThread()
    {
        test::TestDatabase t;
        ContactRepository r(t.db());
        QVERIFY(r.create(test::contact(u"Main"_qs, u"Thread"_qs)).ok());
        QString workerName;
        int seen = -1;
        std::thread worker([&] {
            workerName = t.db()->connection().connectionName();
            ContactRepository wr(t.db());
            seen = wr.count().value();
            (void)wr.create(test::contact(u"Worker"_qs, u"Thread"_qs));
            t.db()->closeConnection();
        });
        worker.join();
        QCOMPARE(seen, 1);
        QVERIFY(workerName != t.db()->connection().connectionName());
        QCOMPARE(r.count().value(), 2);
        // Both writes are in one gapless sequence.
        QCOMPARE(t.scalar(u"SELECT max(counter) - min(counter) + 1 = count(*) FROM change_log"_qs)
                     .toInt(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "tst_database.moc"
