// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "common/logging.h"
#include "search/listfilter.h"
#include "storage/changecapture.h"
#include "storage/indexesaside.h"
#include "storage/migrations.h"
#include "storage/ridset.h"
#include "storage/sql.h"
#include "storage/sqlitestatement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QtEndian>

#include <sqlite3.h>

namespace crm::core {

namespace {

// SQLite counts every allocation for sqlite3_memory_used() under a global mutex; nothing here
// reads those figures, and a bulk insert makes millions of allocations. It can only be set
// before SQLite initializes, which the first connection does: at load time, before main().
const bool g_noMemoryStatistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;

// Connection names this thread opened, removed when the thread ends.
struct ThreadConnections
{
    QStringList names;
    ~ThreadConnections()
    {
        for (const QString &n : std::as_const(names))
            QSqlDatabase::removeDatabase(n);
    }
};
thread_local ThreadConnections t_connections;

QString connectionNameFor(const QString &prefix)
{
    return prefix + u':' + QString::number(quintptr(QThread::currentThreadId()), 16);
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

QString defaultUser()
{
    QString u = qEnvironmentVariable("USER");
    if (u.isEmpty())
        u = qEnvironmentVariable("USERNAME");
    return u.isEmpty() ? QStringLiteral("me") : u;
}

// A file shorter than the pages its header counts was cut off (a copy that did not finish,
// a full disk). With a WAL file beside it the header may lag behind, so only check without.
QString truncationProblem(const QString &path)
{
    if (QFileInfo::exists(path + u"-wal"))
        return {};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("cannot read the file");
    const QByteArray h = f.read(100);
    if (h.size() < 100)
        return QStringLiteral("the header is cut off");
    quint32 pageSize = qFromBigEndian<quint16>(h.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = qFromBigEndian<quint32>(h.constData() + 28);
    const quint32 changeCounter = qFromBigEndian<quint32>(h.constData() + 24);
    const quint32 validFor = qFromBigEndian<quint32>(h.constData() + 92);
    if (pages == 0 || changeCounter != validFor)
        return {}; // the header's page count is not reliable
    if (f.size() < qint64(pages) * pageSize)
        return QStringLiteral("the file is shorter than its %1 pages: it was cut off").arg(pages);
    return {};
}

} // namespace

int Database::peekSchemaVersion(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray header = f.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return -1;
    return qFromBigEndian<qint32>(header.constData() + 60);
}

Result<std::shared_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    std::shared_ptr<Database> db(new Database);
    db->m_path = QFileInfo(path).absoluteFilePath();
    db->m_localUser = options.localUser.isEmpty() ? defaultUser() : options.localUser;
    db->m_connectionPrefix = u"crm:" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    db->m_clock = options.wallClock ? std::make_unique<HybridLogicalClock>(options.wallClock)
                                    : std::make_unique<HybridLogicalClock>();

    const QFileInfo info(db->m_path);
    if (info.exists() && !info.isFile())
        return Error{ErrorCode::NotADatabase, path + u": not a file", {}};

    if (!info.exists() || info.size() == 0) {
        if (!options.create)
            return Error{ErrorCode::NotFound, path + u": no such database", {}};
        if (!QDir().mkpath(info.absolutePath()))
            return Error{ErrorCode::Io, info.absolutePath() + u": cannot create the folder", {}};
        db->m_created = true;
    } else {
        // Look before touching: the header says whether this is SQLite and which schema.
        int version = peekSchemaVersion(db->m_path);
        if (version < 0)
            return Error{ErrorCode::NotADatabase,
                         path + u": not a CRM database (the file is not an SQLite database)",
                         {}};
        if (version > Migrations::latestVersion()) {
            return Error{ErrorCode::NewerVersion,
                         path + QStringLiteral(": written by a newer version of the program "
                                               "(schema %1; this program knows up to %2); "
                                               "the file was not changed")
                                    .arg(version)
                                    .arg(Migrations::latestVersion()),
                         {}};
        }
        if (const QString problem = truncationProblem(db->m_path); !problem.isEmpty())
            return Error{ErrorCode::Damaged,
                         path + u": the database is damaged (" + problem +
                             u"); the file was not changed",
                         {}};
        // Read-only probe: a damaged file fails here and is left untouched.
        {
            const QString probeName = db->m_connectionPrefix + u":probe";
            QString probeProblem;
            QString backupProblem;
            bool newer = false;
            {
                auto probe = db->openConnection(probeName, true);
                if (!probe)
                    return Error{probe.error().code, path + u": " + probe.error().detail, {}};
                QSqlDatabase pdb = probe.value();
                QSqlQuery q(pdb);
                const bool okSchema =
                    q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next();
                QString problem = okSchema ? QString() : q.lastError().text();
                q.finish();
                if (okSchema) {
                    // The header may lag behind a write-ahead log: ask SQLite itself.
                    QSqlQuery v(pdb);
                    if (v.exec(QStringLiteral("PRAGMA user_version")) && v.next())
                        version = v.value(0).toInt();
                    newer = version > Migrations::latestVersion();
                }
                if (okSchema && !newer && version < Migrations::latestVersion()) {
                    // About to migrate: make sure the whole file is sound first.
                    QSqlQuery c(pdb);
                    if (!c.exec(QStringLiteral("PRAGMA quick_check(1)")) || !c.next())
                        problem = c.lastError().text();
                    else if (c.value(0).toString() != u"ok")
                        problem = c.value(0).toString();
                }
                if (okSchema && version == 0 && problem.isEmpty()) {
                    // An SQLite file of some other program: never build our schema into it.
                    QSqlQuery m(pdb);
                    if (m.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && m.next() &&
                        m.value(0).toInt() > 0)
                        problem = QStringLiteral("an SQLite database of another program");
                }
                if (okSchema && !newer && version >= 1 && problem.isEmpty()) {
                    QSqlQuery m(pdb);
                    if (!m.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'device_id'")) ||
                        !m.next())
                        problem = QStringLiteral("not a CRM database (no device id)");
                }
                if (problem.isEmpty() && !newer && version > 0 &&
                    version < Migrations::latestVersion()) {
                    // Keep a copy of the database as it was before the migration (VACUUM INTO
                    // reads through the write-ahead log, so the copy is complete).
                    const QString backup =
                        db->m_path + QStringLiteral(".schema%1.bak").arg(version);
                    QFile::remove(backup);
                    QSqlQuery b(pdb);
                    b.prepare(QStringLiteral("VACUUM INTO ?"));
                    b.addBindValue(backup);
                    if (!b.exec())
                        backupProblem = backup +
                                        u": cannot copy the database aside before upgrading it: " +
                                        b.lastError().text();
                }
                pdb.close();
                probeProblem = problem;
            }
            QSqlDatabase::removeDatabase(probeName);
            if (newer) {
                return Error{ErrorCode::NewerVersion,
                             path + QStringLiteral(": written by a newer version of the program "
                                                   "(schema %1; this program knows up to %2); "
                                                   "the file was not changed")
                                        .arg(version)
                                        .arg(Migrations::latestVersion()),
                             {}};
            }
            if (!backupProblem.isEmpty())
                return Error{ErrorCode::Io, backupProblem, {}};
            if (!probeProblem.isEmpty()) {
                return Error{ErrorCode::Damaged,
                             path + u": the database is damaged or not a CRM database (" +
                                 probeProblem + u"); the file was not changed",
                             {}};
            }
        }
    }

    auto conn = db->openConnection(connectionNameFor(db->m_connectionPrefix), false);
    if (!conn)
        return Error{conn.error().code, path + u": " + conn.error().detail, {}};
    t_connections.names << connectionNameFor(db->m_connectionPrefix);
    QSqlDatabase c = conn.value();
    if (auto s = Migrations::migrate(c); !s)
        return Error{s.error().code, path + u": " + s.error().detail, {}};
    // Indexes a bulk load set aside and could not build again (it crashed or was killed).
    // Without them everything still works, only slower: a failure (a full disk) is logged and
    // the next start tries again.
    if (options.buildIndexesLeftAside) {
        if (auto s = IndexesAside::recover(c); !s)
            qCWarning(lcStorage).noquote()
                << path << ": building the indexes an interrupted import set aside failed:"
                << s.error().message();
    }

    auto device = sql::scalar(c, QStringLiteral("SELECT value FROM meta WHERE key = 'device_id'"));
    if (!device || device->toByteArray().size() != 16)
        return Error{ErrorCode::Damaged, path + u": the device id is missing", {}};
    db->m_deviceId = device->toByteArray();
    // Once the laptop signed in to a team server, edits are authored by that account.
    if (options.localUser.isEmpty()) {
        auto account =
            sql::scalar(c, QStringLiteral("SELECT value FROM meta WHERE key = 'sync_user'"));
        if (account && !account->toString().isEmpty())
            db->m_localUser = account->toString();
    }
    auto last = sql::scalar(c,
                            QStringLiteral("SELECT hlc FROM change_log WHERE device = ? "
                                           "ORDER BY counter DESC LIMIT 1"),
                            {db->m_deviceId});
    if (last && last->isValid())
        db->m_clock->observe(last->toULongLong());
    // And above every clock sync brought in (LocalReplica keeps the largest in meta), so an
    // edit made after a restart still sorts after the pulled value it replaces.
    auto synced = sql::scalar(c, QStringLiteral("SELECT value FROM meta WHERE key = 'sync_hlc'"));
    if (synced && synced->isValid())
        db->m_clock->observe(synced->toULongLong());
    {
        QMutexLocker lock(&db->m_mutex);
        for (ConnectionState *s : std::as_const(db->m_states)) {
            s->device = db->m_deviceId;
            QMutexLocker authorLock(&s->authorMutex);
            s->author = db->m_localUser.toUtf8();
        }
    }
    return db;
}

QString Database::localUser() const
{
    QMutexLocker lock(&m_mutex);
    return m_localUser;
}

void Database::setLocalUser(const QString &user)
{
    QMutexLocker lock(&m_mutex);
    m_localUser = user;
    const QByteArray author = user.toUtf8();
    for (ConnectionState *s : std::as_const(m_states)) {
        QMutexLocker authorLock(&s->authorMutex);
        s->author = author;
    }
}

Result<QSqlDatabase> Database::openConnection(const QString &name, bool readOnly)
{
    SqliteStatement::configureLibrary(); // every connection of Database opens here
    QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    c.setDatabaseName(m_path);
    c.setConnectOptions(readOnly
                            ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000")
                            : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!c.open()) {
        const QString e = c.lastError().text();
        c = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return Error{ErrorCode::Database, u"cannot open: " + e, {}};
    }
    if (readOnly)
        return c;

    sqlite3 *h = handleOf(c);
    if (!h)
        return Error{ErrorCode::Database, QStringLiteral("the SQLite driver gives no handle"), {}};
    auto *state = new ConnectionState;
    state->clock = m_clock.get();
    state->device = m_deviceId;
    state->author = localUser().toUtf8();
    if (!ChangeCapture::registerFunctions(h, state) || !RidSet::registerFunction(h) ||
        !ListFilter::registerFunction(h)) {
        delete state;
        return Error{
            ErrorCode::Database, QStringLiteral("cannot register the capture functions"), {}};
    }
    {
        QMutexLocker lock(&m_mutex);
        delete m_states.value(name);
        m_states.insert(name, state);
    }
    // synchronous = FULL: a saved edit survives a power cut. Under NORMAL the last commits
    // could vanish after sync had pushed them, and the device's change counter would then
    // be reused for new edits the server takes for replays of the old ones.
    // page_size applies to a new file only (an existing one keeps its own): 16 KiB pages
    // make shallower b-trees and a quarter of the WAL frames (two writes each) per commit of
    // neighbouring rows — an import, a sync page, a bulk edit; 4 KiB pulls 100,000 synced
    // changes ~10% slower.
    // secure_delete = FAST: Debian builds SQLite with secure_delete on, which writes every page
    // freed (a dropped or rebuilt index, an FTS segment merged away) full of zeros once more;
    // FAST still zeroes deleted content wherever that costs no extra I/O. Records are deleted
    // softly anyway (`deleted` is a synced field), so what secure_delete guards is little.
    for (const char *pragma :
         {"PRAGMA page_size = 16384", "PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
          "PRAGMA synchronous = FULL", "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -32768",
          "PRAGMA secure_delete = FAST"}) {
        QSqlQuery q(c);
        if (!q.exec(QString::fromLatin1(pragma))) {
            const Error e = sql::error(q, QString::fromLatin1(pragma));
            return e;
        }
    }
    return c;
}

QSqlDatabase Database::connection()
{
    const QString name = connectionNameFor(m_connectionPrefix);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);
    auto c = openConnection(name, false);
    if (!c) {
        qCWarning(lcStorage) << "cannot open a connection for this thread:" << c.error().detail;
        return QSqlDatabase::database(name, false);
    }
    t_connections.names << name;
    return c.value();
}

void Database::closeConnection()
{
    const QString name = connectionNameFor(m_connectionPrefix);
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
    t_connections.names.removeAll(name);
    QMutexLocker lock(&m_mutex);
    delete m_states.take(name);
}

void Database::setApplyingRemote(const QSqlDatabase &connection, bool applying)
{
    QMutexLocker lock(&m_mutex);
    if (ConnectionState *s = m_states.value(connection.connectionName()))
        s->applyingRemote = applying;
}

Database::~Database()
{
    closeConnection();
    QMutexLocker lock(&m_mutex);
    // Connections of other threads must be closed by those threads; their state stays valid
    // until here, and the functions are never called after the connection is closed.
    qDeleteAll(m_states);
    m_states.clear();
}

} // namespace crm::core
