// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverstore.h"

#include "walcheckpointer.h"

#include "common/logging.h"
#include "common/uuid.h"
#include "storage/sql.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlvalue.h"

#include <QAtomicInteger>
#include <QCborValue>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QUrl>

namespace crm::server {

using core::Error;
using core::ErrorCode;
using core::Result;
using core::Status;

namespace {

QVariant str(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant i64(qint64 v)
{
    return QVariant(v);
}

QVariant hlcValue(quint64 v)
{
    return QVariant(qint64(v));
}

Error queryError(const QSqlQuery &q, const QString &what)
{
    return Error{ErrorCode::Database, what + u": " + q.lastError().text(), {}};
}

Status run(QSqlQuery &q, const QString &what, const QVariantList &binds)
{
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    if (!q.exec())
        return queryError(q, what);
    return {};
}

// The current schema, created at once in a new database. BLOB becomes BYTEA on PostgreSQL;
// everything else is common SQL.
const char *const Schema1[] = {
    "CREATE TABLE counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)",
    "CREATE TABLE users (name TEXT PRIMARY KEY, team TEXT NOT NULL, password_hash TEXT NOT NULL,"
    " disabled INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL)",
    "CREATE TABLE devices (id BLOB PRIMARY KEY, user_name TEXT NOT NULL, name TEXT NOT NULL,"
    " token_hash BLOB, token_expires_at BIGINT NOT NULL DEFAULT 0,"
    " revoked INTEGER NOT NULL DEFAULT 0, registered_at BIGINT NOT NULL,"
    " last_seen_at BIGINT NOT NULL DEFAULT 0)",
    "CREATE UNIQUE INDEX devices_token ON devices (token_hash)",
    // The first answer to each pushed change, so a retry gets the same one.
    "CREATE TABLE applied (device BLOB NOT NULL, counter BIGINT NOT NULL, status INTEGER NOT NULL,"
    " server_seq BIGINT NOT NULL, reason TEXT NOT NULL, hlc BIGINT NOT NULL,"
    " PRIMARY KEY (device, counter))",
    // The authoritative log; rec is the root record whose visibility governs the entry.
    "CREATE TABLE log (server_seq BIGINT PRIMARY KEY, device BLOB NOT NULL, counter BIGINT NOT "
    "NULL, hlc BIGINT NOT NULL, txn BIGINT NOT NULL, tbl TEXT NOT NULL, row_id BLOB NOT NULL,"
    " col TEXT NOT NULL, value BLOB NOT NULL, base_seq BIGINT NOT NULL, scope BLOB,"
    " author TEXT NOT NULL, rec BLOB NOT NULL, replay INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE fields (tbl TEXT NOT NULL, row_id BLOB NOT NULL, col TEXT NOT NULL,"
    " value BLOB NOT NULL, hlc BIGINT NOT NULL, device BLOB NOT NULL, server_seq BIGINT NOT NULL,"
    " author TEXT NOT NULL, PRIMARY KEY (tbl, row_id, col))",
    "CREATE TABLE records (row_id BLOB PRIMARY KEY, tbl TEXT NOT NULL, root BLOB NOT NULL,"
    " owner TEXT NOT NULL, visibility TEXT NOT NULL)",
    "CREATE INDEX log_rec ON log (rec, server_seq)",
    "INSERT INTO counters (name, value) VALUES ('server_seq', 0)",
    "INSERT INTO counters (name, value) VALUES ('server_counter', 0)",
};

// Version 2 added log.replay and the index on log (rec, server_seq); a new database has them
// from Schema1.
const char *const Schema2[] = {
    "ALTER TABLE log ADD COLUMN replay INTEGER NOT NULL DEFAULT 0",
    "CREATE INDEX log_rec ON log (rec, server_seq)",
};

// Version 3 (SQLite only): the tables keyed by their primary key are stored in it (WITHOUT
// ROWID), and log.server_seq is the rowid itself, so each row is one b-tree entry, not two.
const char *const KeyedTables[] = {"applied", "fields", "records"};

QAtomicInteger<quint64> g_connections = 0;

// Set-based statements take their rows in a few fixed sizes, so each has a handful of texts
// (prepared once each) however many rows a push brings.
constexpr int ChunkSizes[] = {256, 64, 16, 4, 1};

int chunkSize(qsizetype remaining)
{
    for (int n : ChunkSizes) {
        if (remaining >= n)
            return n;
    }
    return 1;
}

// The smallest fixed size that holds `n` values (an IN list is padded up to it).
int paddedSize(qsizetype n)
{
    int size = ChunkSizes[0];
    for (int s : ChunkSizes) {
        if (s >= n)
            size = s;
    }
    return size;
}

} // namespace

ServerStore::ServerStore() = default;

QString ServerStore::ddl(QString sql) const
{
    if (m_dialect == Dialect::Postgres) {
        sql.replace(QStringLiteral("BLOB"), QStringLiteral("BYTEA"));
        return sql;
    }
    // SQLite: an INTEGER PRIMARY KEY is the rowid; a BIGINT one would be a second b-tree.
    sql.replace(QStringLiteral("server_seq BIGINT PRIMARY KEY"),
                QStringLiteral("server_seq INTEGER PRIMARY KEY"));
    for (const char *table : KeyedTables) {
        if (sql.startsWith(u"CREATE TABLE " + QLatin1String(table) + u" ("))
            sql += QStringLiteral(" WITHOUT ROWID");
    }
    return sql;
}

Result<core::SqliteStatement *> ServerStore::raw(const QString &sql)
{
    auto it = m_raw.find(sql);
    if (it == m_raw.end()) {
        auto q = std::make_unique<core::SqliteStatement>();
        if (Status s = q->prepare(m_sqlite, sql); !s)
            return s.error();
        it = m_raw.emplace(sql, std::move(q)).first;
    }
    return it->second.get();
}

Result<std::unique_ptr<ServerStore>> ServerStore::open(const QString &spec)
{
    std::unique_ptr<ServerStore> store(new ServerStore);
    store->m_connection = QStringLiteral("crm-server-%1").arg(++g_connections);
    if (spec.startsWith(u"sqlite:")) {
        const QString path = spec.mid(7);
        if (path.isEmpty())
            return Error{ErrorCode::Invalid,
                         QStringLiteral("--database sqlite:PATH: the path is missing"),
                         {}};
        if (!QFileInfo(path).absoluteDir().exists())
            return Error{ErrorCode::Io,
                         QStringLiteral("%1: the directory does not exist")
                             .arg(QFileInfo(path).absolutePath()),
                         {}};
        store->m_dialect = Dialect::Sqlite;
        store->m_description = QStringLiteral("sqlite:") + path;
        core::SqliteStatement::configureLibrary();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return Error{ErrorCode::Database,
                         QStringLiteral("%1: cannot open: %2").arg(path, db.lastError().text()),
                         {}};
        // synchronous=FULL: a push is answered after its commit, and the laptop then drops
        // those changes from its outbox; under NORMAL a power cut could lose commits already
        // answered, and with them edits that exist nowhere else. page_size (a new file only):
        // a push of 5,000 changes rewrites some 9 MB of `fields` pages; in 16 KiB pages
        // that is a quarter of the WAL frames, and its COMMIT takes ~30% less than in 4 KiB.
        for (const char *pragma :
             {"PRAGMA page_size = 16384", "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
              "PRAGMA foreign_keys=OFF", "PRAGMA cache_size=-65536", "PRAGMA temp_store=MEMORY"}) {
            if (Status s = store->exec(QString::fromLatin1(pragma)); !s)
                return Error{ErrorCode::NotADatabase,
                             QStringLiteral("%1: not a crm-server database (%2)")
                                 .arg(path, s.error().detail),
                             {}};
        }
        store->m_sqlite = core::SqliteStatement::handleOf(db);
        if (!store->m_sqlite)
            return Error{ErrorCode::Database,
                         QStringLiteral("%1: the SQLite driver gives no handle").arg(path),
                         {}};
        // The log's checkpoints on a thread of their own: a push's COMMIT appends and syncs.
        store->m_checkpointer = WalCheckpointer::start(store->m_sqlite, path);
    } else if (spec.startsWith(u"postgresql://") || spec.startsWith(u"postgres://")) {
        const QUrl url(spec, QUrl::StrictMode);
        const QString dbName = url.path().mid(1);
        if (!url.isValid() || url.host().isEmpty() || dbName.isEmpty())
            return Error{ErrorCode::Invalid,
                         QStringLiteral("--database: expected postgresql://USER@HOST:PORT/DB"),
                         {}};
        store->m_dialect = Dialect::Postgres;
        store->m_description = QStringLiteral("postgresql://%1@%2:%3/%4")
                                   .arg(url.userName(), url.host())
                                   .arg(url.port(5432))
                                   .arg(dbName);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), store->m_connection);
        if (!db.isValid())
            return Error{ErrorCode::Database,
                         QStringLiteral("the PostgreSQL driver QPSQL is not installed "
                                        "(Debian package libqt6sql6-psql)"),
                         {}};
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(dbName);
        db.setUserName(url.userName());
        if (!url.password().isEmpty())
            db.setPassword(url.password());
        db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        if (!db.open())
            return Error{ErrorCode::Database,
                         QStringLiteral("%1: cannot connect: %2")
                             .arg(store->m_description, db.lastError().text().simplified()),
                         {}};
        if (Status s = store->exec(QStringLiteral("SET client_min_messages = WARNING")); !s)
            return s.error();
    } else {
        return Error{ErrorCode::Invalid,
                     QStringLiteral("--database: expected sqlite:PATH or "
                                    "postgresql://USER@HOST:PORT/DB, not \"%1\"")
                         .arg(spec.section(u':', 0, 0)),
                     {}};
    }
    if (Status s = store->migrate(); !s)
        return s.error();
    return store;
}

ServerStore::~ServerStore()
{
    m_checkpointer.reset(); // before the connection it serves closes
    m_raw.clear();
    m_queries.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Status ServerStore::exec(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql))
        return queryError(q, sql.left(60));
    return {};
}

QSqlQuery &ServerStore::prepared(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto q = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connection, false));
        q->setForwardOnly(true);
        q->prepare(sql);
        it = m_queries.emplace(sql, std::move(q)).first;
    }
    it->second->finish();
    return *it->second;
}

Status ServerStore::migrate()
{
    if (Status s = exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
        !s)
        return Error{ErrorCode::NotADatabase,
                     QStringLiteral("%1: cannot use as a crm-server database: %2")
                         .arg(m_description, s.error().detail),
                     {}};
    if (Status s = begin(); !s)
        return s;
    if (m_dialect == Dialect::Postgres) {
        // Several instances may start at once: one migrates, the others wait and see it done.
        if (Status s = exec(QStringLiteral("LOCK TABLE meta IN EXCLUSIVE MODE")); !s) {
            rollback();
            return s;
        }
    }
    int current = 0;
    {
        QSqlQuery &q = prepared(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
        if (Status s = run(q, QStringLiteral("schema version"), {QStringLiteral("schema_version")});
            !s) {
            rollback();
            return s;
        }
        if (q.next())
            current = q.value(0).toString().toInt();
        q.finish();
    }
    if (current > SchemaVersion) {
        rollback();
        return Error{ErrorCode::NewerVersion,
                     QStringLiteral("%1: schema version %2 was written by a newer crm-server "
                                    "(this one knows up to %3)")
                         .arg(m_description)
                         .arg(current)
                         .arg(SchemaVersion),
                     {}};
    }
    if (current < 1) {
        for (const char *statement : Schema1) {
            if (Status s = exec(ddl(QString::fromLatin1(statement))); !s) {
                rollback();
                return s;
            }
        }
        QSqlQuery &q = prepared(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
        for (const auto &[key, value] :
             {std::pair{QStringLiteral("schema_version"), QString::number(SchemaVersion)},
              std::pair{QStringLiteral("server_device"),
                        QString::fromLatin1(core::Uuid::createV7().toHex())}}) {
            if (Status s = run(q, QStringLiteral("schema"), {key, value}); !s) {
                rollback();
                return s;
            }
        }
    } else if (current < SchemaVersion) {
        // Version 2: a record's log replayed when its owner or visibility changes.
        if (current < 2) {
            for (const char *statement : Schema2) {
                if (Status s = exec(QString::fromLatin1(statement)); !s) {
                    rollback();
                    return s;
                }
            }
        }
        if (current < 3 && m_dialect == Dialect::Sqlite) {
            if (Status s = migrateToKeyedTables(); !s) {
                rollback();
                return s;
            }
        }
        QSqlQuery &q = prepared(QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"));
        if (Status s = run(q, QStringLiteral("schema"),
                           {QString::number(SchemaVersion), QStringLiteral("schema_version")});
            !s) {
            rollback();
            return s;
        }
    }
    QSqlQuery &q = prepared(QStringLiteral("SELECT value FROM meta WHERE key = 'server_device'"));
    if (Status s = run(q, QStringLiteral("server device"), {}); !s) {
        rollback();
        return s;
    }
    if (q.next())
        m_serverDevice = QByteArray::fromHex(q.value(0).toString().toLatin1());
    q.finish();
    if (m_serverDevice.size() != 16) {
        rollback();
        return Error{ErrorCode::Damaged,
                     m_description + QStringLiteral(": the server device id is missing"),
                     {}};
    }
    return commit();
}

Status ServerStore::migrateToKeyedTables()
{
    // Each table is built again from its current definition and its rows copied over (the
    // columns are in the same order); the index on the log goes with the old table.
    for (const char *name : {"applied", "fields", "records", "log"}) {
        const QString table = QString::fromLatin1(name);
        QString create;
        for (const char *statement : Schema1) {
            if (QString::fromLatin1(statement).startsWith(u"CREATE TABLE " + table + u" ("))
                create = ddl(QString::fromLatin1(statement));
        }
        const QStringList steps = {u"ALTER TABLE " + table + u" RENAME TO " + table + u"_v2",
                                   create,
                                   u"INSERT INTO " + table + u" SELECT * FROM " + table + u"_v2",
                                   u"DROP TABLE " + table + u"_v2"};
        for (const QString &sql : steps) {
            if (Status s = exec(sql); !s)
                return s;
        }
    }
    return exec(QStringLiteral("CREATE INDEX log_rec ON log (rec, server_seq)"));
}

bool ServerStore::reconnectIfLost()
{
    if (m_dialect != Dialect::Postgres)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    {
        QSqlQuery ping(db);
        if (db.isOpen() && ping.exec(QStringLiteral("SELECT 1")))
            return false; // connected: the error was something else
    }
    qCWarning(lcStorage) << m_description << "lost its connection; connecting again";
    m_queries.clear(); // prepared on the old connection
    db.close();
    if (!db.open()) {
        qCWarning(lcStorage).noquote()
            << m_description << "cannot connect:" << db.lastError().text().simplified();
        return false;
    }
    return exec(QStringLiteral("SET client_min_messages = WARNING")).ok();
}

Status ServerStore::begin()
{
    return exec(m_dialect == Dialect::Sqlite ? QStringLiteral("BEGIN IMMEDIATE")
                                             : QStringLiteral("BEGIN"));
}

Status ServerStore::commit()
{
    for (auto &[sql, q] : m_queries)
        q->finish();
    for (auto &[sql, q] : m_raw)
        q->reset();
    Status s = exec(QStringLiteral("COMMIT"));
    if (!s) {
        rollback();
        return s;
    }
    m_writtenRows += m_uncommittedRows;
    m_uncommittedRows = 0;
    if (m_dialect == Dialect::Postgres &&
        m_writtenRows - m_analyzedAt >= std::max(m_analyzeAfter, m_analyzedAt)) {
        m_analyzedAt = m_writtenRows;
        // Outside the transaction, which has committed; it blocks no reader or writer.
        if (Status a = exec(QStringLiteral("ANALYZE fields, log, records, applied")); !a)
            qCWarning(lcStorage) << "refreshing the planner's statistics:" << a.error().detail;
    }
    return s;
}

Result<double> ServerStore::plannerRows(const QString &table)
{
    if (m_dialect != Dialect::Postgres)
        return -1.0;
    QSqlQuery &q = prepared(QStringLiteral("SELECT reltuples FROM pg_class WHERE relname = ?"));
    if (Status s = run(q, QStringLiteral("read the planner's statistics"), {table}); !s)
        return s.error();
    const double rows = q.next() ? q.value(0).toDouble() : -1.0;
    q.finish();
    return rows;
}

void ServerStore::rollback()
{
    m_uncommittedRows = 0;
    for (auto &[sql, q] : m_queries)
        q->finish();
    for (auto &[sql, q] : m_raw)
        q->reset();
    (void)exec(QStringLiteral("ROLLBACK"));
}

Result<qint64> ServerStore::lockCounter(const QString &name)
{
    QSqlQuery &q = prepared(
        QStringLiteral("UPDATE counters SET value = value WHERE name = ? RETURNING value"));
    if (Status s = run(q, QStringLiteral("lock counter ") + name, {name}); !s)
        return s.error();
    if (!q.next())
        return Error{ErrorCode::Damaged, QStringLiteral("counter %1 is missing").arg(name), {}};
    const qint64 v = q.value(0).toLongLong();
    q.finish();
    return v;
}

Status ServerStore::setCounter(const QString &name, qint64 value)
{
    QSqlQuery &q = prepared(QStringLiteral("UPDATE counters SET value = ? WHERE name = ?"));
    return run(q, QStringLiteral("set counter ") + name, {i64(value), name});
}

Result<qint64> ServerStore::counter(const QString &name)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT value FROM counters WHERE name = ?"));
    if (Status s = run(q, QStringLiteral("read counter ") + name, {name}); !s)
        return s.error();
    const qint64 v = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return v;
}

Result<std::optional<UserRow>> ServerStore::user(const QString &name)
{
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT name, team, password_hash, disabled, created_at FROM users WHERE name = ?"));
    if (Status s = run(q, QStringLiteral("read user"), {name}); !s)
        return s.error();
    std::optional<UserRow> out;
    if (q.next())
        out = UserRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toInt() != 0, q.value(4).toLongLong()};
    q.finish();
    return out;
}

Status ServerStore::insertUser(const UserRow &u)
{
    QSqlQuery &q = prepared(QStringLiteral("INSERT INTO users (name, team, password_hash, "
                                           "disabled, created_at) VALUES (?, ?, ?, ?, ?)"));
    return run(q, QStringLiteral("add user"),
               {str(u.name), str(u.team), str(u.passwordHash), int(u.disabled), i64(u.createdAt)});
}

Status ServerStore::setPasswordHash(const QString &name, const QString &hash)
{
    QSqlQuery &q = prepared(QStringLiteral("UPDATE users SET password_hash = ? WHERE name = ?"));
    return run(q, QStringLiteral("set password"), {str(hash), name});
}

Status ServerStore::setDisabled(const QString &name, bool disabled)
{
    QSqlQuery &q = prepared(QStringLiteral("UPDATE users SET disabled = ? WHERE name = ?"));
    return run(q, QStringLiteral("disable user"), {int(disabled), name});
}

namespace {

const QString DeviceColumns = QStringLiteral(
    "id, user_name, name, token_hash, token_expires_at, revoked, registered_at, last_seen_at");

DeviceRow deviceFrom(const QSqlQuery &q)
{
    return DeviceRow{q.value(0).toByteArray(), q.value(1).toString(),   q.value(2).toString(),
                     q.value(3).toByteArray(), q.value(4).toLongLong(), q.value(5).toInt() != 0,
                     q.value(6).toLongLong(),  q.value(7).toLongLong()};
}

} // namespace

Result<std::optional<DeviceRow>> ServerStore::device(const QByteArray &id)
{
    QSqlQuery &q = prepared(u"SELECT " + DeviceColumns + u" FROM devices WHERE id = ?");
    if (Status s = run(q, QStringLiteral("read device"), {id}); !s)
        return s.error();
    std::optional<DeviceRow> out;
    if (q.next())
        out = deviceFrom(q);
    q.finish();
    return out;
}

Result<std::optional<DeviceRow>> ServerStore::deviceByToken(const QByteArray &tokenHash)
{
    QSqlQuery &q = prepared(u"SELECT " + DeviceColumns + u" FROM devices WHERE token_hash = ?");
    if (Status s = run(q, QStringLiteral("read token"), {tokenHash}); !s)
        return s.error();
    std::optional<DeviceRow> out;
    if (q.next())
        out = deviceFrom(q);
    q.finish();
    return out;
}

Status ServerStore::saveDevice(const DeviceRow &d)
{
    QSqlQuery &q = prepared(
        u"INSERT INTO devices (" + DeviceColumns +
        u") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
        " user_name = excluded.user_name, name = excluded.name, token_hash = excluded.token_hash,"
        " token_expires_at = excluded.token_expires_at, revoked = excluded.revoked,"
        " registered_at = excluded.registered_at, last_seen_at = excluded.last_seen_at");
    return run(q, QStringLiteral("save device"),
               {d.id, str(d.user), str(d.name), core::sql::blobOrNull(d.tokenHash),
                i64(d.tokenExpiresAt), int(d.revoked), i64(d.registeredAt), i64(d.lastSeenAt)});
}

Result<QList<DeviceRow>> ServerStore::devices(const QString &user)
{
    QSqlQuery &q = prepared(u"SELECT " + DeviceColumns +
                            u" FROM devices WHERE ? = '' OR user_name = ? ORDER BY user_name, "
                            u"registered_at");
    if (Status s = run(q, QStringLiteral("list devices"), {str(user), str(user)}); !s)
        return s.error();
    QList<DeviceRow> out;
    while (q.next())
        out << deviceFrom(q);
    q.finish();
    return out;
}

Status ServerStore::touchDevice(const QByteArray &id, qint64 now)
{
    QSqlQuery &q = prepared(QStringLiteral("UPDATE devices SET last_seen_at = ? WHERE id = ?"));
    return run(q, QStringLiteral("touch device"), {i64(now), id});
}

Result<std::optional<AppliedRow>> ServerStore::applied(const QByteArray &device, qint64 counter)
{
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT status, server_seq, reason, hlc FROM applied WHERE device = ? AND counter = ?"));
    if (Status s = run(q, QStringLiteral("read applied"), {device, i64(counter)}); !s)
        return s.error();
    std::optional<AppliedRow> out;
    if (q.next())
        out = AppliedRow{q.value(0).toInt(), q.value(1).toLongLong(), q.value(2).toString(),
                         quint64(q.value(3).toLongLong())};
    q.finish();
    return out;
}

Status ServerStore::saveApplied(const QByteArray &device, qint64 counter, const AppliedRow &r)
{
    QSqlQuery &q = prepared(QStringLiteral("INSERT INTO applied (device, counter, status, "
                                           "server_seq, reason, hlc) VALUES (?, ?, ?, ?, ?, ?)"));
    return run(q, QStringLiteral("save applied"),
               {device, i64(counter), r.status, i64(r.serverSeq), str(r.reason), hlcValue(r.hlc)});
}

Result<std::optional<FieldState>> ServerStore::field(const QString &table, const QByteArray &row,
                                                     const QString &column)
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT value, hlc, device, server_seq, author FROM "
                                           "fields WHERE tbl = ? AND row_id = ? AND col = ?"));
    if (Status s = run(q, QStringLiteral("read field"), {table, row, column}); !s)
        return s.error();
    std::optional<FieldState> out;
    if (q.next())
        out = FieldState{q.value(0).toByteArray(), quint64(q.value(1).toLongLong()),
                         q.value(2).toByteArray(), q.value(3).toLongLong(), q.value(4).toString()};
    q.finish();
    return out;
}

Status ServerStore::saveField(const QString &table, const QByteArray &row, const QString &column,
                              const FieldState &f)
{
    QSqlQuery &q = prepared(QStringLiteral(
        "INSERT INTO fields (tbl, row_id, col, value, hlc, device, server_seq, author)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tbl, row_id, col) DO UPDATE SET"
        " value = excluded.value, hlc = excluded.hlc, device = excluded.device,"
        " server_seq = excluded.server_seq, author = excluded.author"));
    return run(
        q, QStringLiteral("save field"),
        {table, row, column, f.value, hlcValue(f.hlc), f.device, i64(f.serverSeq), str(f.author)});
}

Result<std::optional<std::pair<QString, FieldState>>>
ServerStore::latestOtherWrite(const QString &table, const QByteArray &row,
                              const QByteArray &exceptDevice, qint64 afterSeq,
                              const QString &exceptColumn)
{
    QSqlQuery &q = prepared(QStringLiteral(
        "SELECT col, value, hlc, device, server_seq, author FROM fields WHERE tbl = ? AND "
        "row_id = ? AND device <> ? AND server_seq > ? AND col <> ? ORDER BY server_seq DESC "
        "LIMIT 1"));
    if (Status s = run(q, QStringLiteral("read latest write"),
                       {table, row, exceptDevice, i64(afterSeq), exceptColumn});
        !s)
        return s.error();
    std::optional<std::pair<QString, FieldState>> out;
    if (q.next())
        out = std::pair{q.value(0).toString(),
                        FieldState{q.value(1).toByteArray(), quint64(q.value(2).toLongLong()),
                                   q.value(3).toByteArray(), q.value(4).toLongLong(),
                                   q.value(5).toString()}};
    q.finish();
    return out;
}

Result<std::optional<RecordRow>> ServerStore::record(const QByteArray &row)
{
    QSqlQuery &q = prepared(
        QStringLiteral("SELECT tbl, root, owner, visibility FROM records WHERE row_id = ?"));
    if (Status s = run(q, QStringLiteral("read record"), {row}); !s)
        return s.error();
    std::optional<RecordRow> out;
    if (q.next())
        out = RecordRow{q.value(0).toString(), q.value(1).toByteArray(), q.value(2).toString(),
                        q.value(3).toString()};
    q.finish();
    return out;
}

Status ServerStore::saveRecord(const QByteArray &row, const RecordRow &r)
{
    QSqlQuery &q = prepared(QStringLiteral(
        "INSERT INTO records (row_id, tbl, root, owner, visibility) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (row_id) DO UPDATE SET tbl = excluded.tbl, root = excluded.root,"
        " owner = excluded.owner, visibility = excluded.visibility"));
    return run(q, QStringLiteral("save record"),
               {row, r.table, r.root, str(r.owner), str(r.visibility)});
}

Status ServerStore::appendLog(const core::sync::Change &c, const QByteArray &root)
{
    QSqlQuery &q = prepared(QStringLiteral(
        "INSERT INTO log (server_seq, device, counter, hlc, txn, tbl, row_id, col, value, "
        "base_seq, scope, author, rec) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    return run(q, QStringLiteral("append to the log"),
               {i64(c.serverSeq), c.device, i64(c.counter), hlcValue(c.hlc), i64(c.txn), c.table,
                c.row, str(c.column), c.value.toCbor(), i64(c.baseSeq),
                core::sql::blobOrNull(c.scope), str(c.author), root});
}

Result<QList<core::sync::Change>> ServerStore::visibleLog(const QString &user, const QString &team,
                                                          const QByteArray &device, qint64 since,
                                                          qint64 head, int limit)
{
    // Visibility is the root record's as it is now: its owner, or its owner's team.
    const QString sql = QStringLiteral(
        "SELECT l.server_seq, l.device, l.counter, l.hlc, l.txn, l.tbl, l.row_id, l.col, l.value,"
        " l.base_seq, l.scope, l.author FROM log l JOIN records r ON r.row_id = l.rec"
        " JOIN users u ON u.name = r.owner"
        // A withdrawal (see SyncService::withdraw) is not for whoever sees the record now.
        " LEFT JOIN records w ON l.col = 'crm_withdrawn' AND w.row_id = l.scope"
        " LEFT JOIN users wu ON wu.name = w.owner"
        " WHERE l.server_seq > ? AND l.server_seq <= ? AND (l.device <> ? OR l.replay = 1)"
        " AND (r.owner = ? OR (r.visibility = 'team' AND u.team = ?))"
        " AND (w.row_id IS NULL OR NOT (w.owner = ? OR (w.visibility = 'team' AND wu.team = ?)))"
        " ORDER BY l.server_seq LIMIT ?");
    const QVariantList binds = {i64(since), i64(head), device,    str(user),
                                str(team),  str(user), str(team), limit};
    if (m_sqlite) {
        auto q = raw(sql);
        if (!q)
            return q.error();
        for (int i = 0; i < binds.size(); ++i)
            (*q)->bindValue(i + 1, binds.at(i));
        return readChanges(**q);
    }
    QSqlQuery &q = prepared(sql);
    if (Status s = run(q, QStringLiteral("pull"), binds); !s)
        return s.error();
    return readChanges(q);
}

Result<QList<core::sync::Change>> ServerStore::recordLog(const QByteArray &root)
{
    const QString sql =
        QStringLiteral("SELECT server_seq, device, counter, hlc, txn, tbl, row_id, col, value,"
                       " base_seq, scope, author FROM log WHERE rec = ? ORDER BY server_seq");
    if (m_sqlite) {
        auto q = raw(sql);
        if (!q)
            return q.error();
        (*q)->bindBlobOrNull(1, root);
        return readChanges(**q);
    }
    QSqlQuery &q = prepared(sql);
    if (Status s = run(q, QStringLiteral("read a record's log"), {root}); !s)
        return s.error();
    return readChanges(q);
}

QList<core::sync::Change> ServerStore::readChanges(QSqlQuery &q)
{
    QList<core::sync::Change> out;
    while (q.next()) {
        core::sync::Change c;
        c.serverSeq = q.value(0).toLongLong();
        c.device = q.value(1).toByteArray();
        c.counter = q.value(2).toLongLong();
        c.hlc = quint64(q.value(3).toLongLong());
        c.txn = q.value(4).toLongLong();
        c.table = q.value(5).toString();
        c.row = q.value(6).toByteArray();
        c.column = q.value(7).toString();
        c.value = QCborValue::fromCbor(q.value(8).toByteArray());
        c.baseSeq = q.value(9).toLongLong();
        c.scope = q.value(10).toByteArray();
        c.author = q.value(11).toString();
        out << std::move(c);
    }
    q.finish();
    return out;
}

Result<QList<core::sync::Change>> ServerStore::readChanges(core::SqliteStatement &q)
{
    QList<core::sync::Change> out;
    while (true) {
        auto row = q.next(QStringLiteral("read the log"));
        if (!row)
            return row.error();
        if (!*row)
            break;
        core::sync::Change c;
        c.serverSeq = q.columnInt(0);
        c.device = q.columnBlob(1);
        c.counter = q.columnInt(2);
        c.hlc = quint64(q.columnInt(3));
        c.txn = q.columnInt(4);
        c.table = q.columnText(5);
        c.row = q.columnBlob(6);
        c.column = q.columnText(7);
        c.value = QCborValue::fromCbor(q.columnBlob(8));
        c.baseSeq = q.columnInt(9);
        c.scope = q.columnBlob(10); // NULL: a null QByteArray
        c.author = q.columnText(11);
        out << std::move(c);
    }
    return out;
}

Status ServerStore::insertMany(const QString &head, const QString &tail, int columns,
                               const QList<QVariantList> &rows, const QString &what)
{
    m_uncommittedRows += rows.size();
    for (qsizetype done = 0; done < rows.size();) {
        const int n = chunkSize(rows.size() - done);
        const QString values = core::sql::markRows(columns, n);
        QSqlQuery &q = prepared(head + u" VALUES " + values + tail);
        int at = 0;
        for (int i = 0; i < n; ++i) {
            for (const QVariant &v : rows.at(done + i))
                q.bindValue(at++, v);
        }
        if (!q.exec())
            return queryError(q, what);
        done += n;
    }
    return {};
}

template <typename Bind>
Status ServerStore::insertRaw(const QString &head, const QString &tail, int columns,
                              qsizetype count, const Bind &bind, const QString &what)
{
    return core::insertRows(
        head, tail, columns, count, [this](const QString &text) { return raw(text); }, bind, what);
}

Result<QHash<qint64, AppliedRow>> ServerStore::appliedRange(const QByteArray &device, qint64 from,
                                                            qint64 to)
{
    const QString sql =
        QStringLiteral("SELECT counter, status, server_seq, reason, hlc FROM applied WHERE "
                       "device = ? AND counter >= ? AND counter <= ?");
    QHash<qint64, AppliedRow> out;
    if (m_sqlite) {
        auto q = raw(sql);
        if (!q)
            return q.error();
        (*q)->bindBlobOrNull(1, device);
        (*q)->bindInt(2, from);
        (*q)->bindInt(3, to);
        while (true) {
            auto row = (*q)->next(QStringLiteral("read applied"));
            if (!row)
                return row.error();
            if (!*row)
                break;
            out.insert((*q)->columnInt(0),
                       AppliedRow{int((*q)->columnInt(1)), (*q)->columnInt(2), (*q)->columnText(3),
                                  quint64((*q)->columnInt(4))});
        }
        return out;
    }
    QSqlQuery &q = prepared(sql);
    if (Status s = run(q, QStringLiteral("read applied"), {device, i64(from), i64(to)}); !s)
        return s.error();
    while (q.next())
        out.insert(q.value(0).toLongLong(),
                   AppliedRow{q.value(1).toInt(), q.value(2).toLongLong(), q.value(3).toString(),
                              quint64(q.value(4).toLongLong())});
    q.finish();
    return out;
}

Status ServerStore::saveAppliedMany(const QList<std::tuple<QByteArray, qint64, AppliedRow>> &rows)
{
    if (m_sqlite) {
        return insertRaw(
            QStringLiteral(
                "INSERT INTO applied (device, counter, status, server_seq, reason, hlc)"),
            {}, 6, rows.size(),
            [&](core::SqliteStatement &q, int at, qsizetype i) {
                const auto &[device, counter, r] = rows.at(i);
                q.bindBlobView(at, device);
                q.bindInt(at + 1, counter);
                q.bindInt(at + 2, r.status);
                q.bindInt(at + 3, r.serverSeq);
                q.bindText(at + 4, r.reason);
                q.bindInt(at + 5, qint64(r.hlc));
            },
            QStringLiteral("save applied"));
    }
    QList<QVariantList> values;
    values.reserve(rows.size());
    for (const auto &[device, counter, r] : rows)
        values.append(
            {device, i64(counter), r.status, i64(r.serverSeq), str(r.reason), hlcValue(r.hlc)});
    return insertMany(QStringLiteral("INSERT INTO applied (device, counter, status, server_seq, "
                                     "reason, hlc)"),
                      {}, 6, values, QStringLiteral("save applied"));
}

Result<QHash<QByteArray, RecordRow>> ServerStore::records(const QList<QByteArray> &rows)
{
    QHash<QByteArray, RecordRow> out;
    if (m_sqlite) {
        // A lookup per key: cheap on the raw handle, and no IN list to build and sort.
        auto q = raw(
            QStringLiteral("SELECT tbl, root, owner, visibility FROM records WHERE row_id = ?"));
        if (!q)
            return q.error();
        for (const QByteArray &row : rows) {
            (*q)->bindBlobOrNull(1, row);
            auto found = (*q)->next(QStringLiteral("read records"));
            if (!found)
                return found.error();
            if (!*found)
                continue;
            out.insert(row, RecordRow{(*q)->columnText(0), (*q)->columnBlob(1), (*q)->columnText(2),
                                      (*q)->columnText(3)});
            (*q)->reset();
        }
        return out;
    }
    for (qsizetype done = 0; done < rows.size();) {
        const qsizetype n = std::min<qsizetype>(ChunkSizes[0], rows.size() - done);
        const int size = paddedSize(n);
        QSqlQuery &q = prepared(u"SELECT row_id, tbl, root, owner, visibility FROM records WHERE "
                                u"row_id IN (" +
                                core::sql::marks(size) + u')');
        for (int i = 0; i < size; ++i)
            q.bindValue(i, rows.at(done + std::min<qsizetype>(i, n - 1)));
        if (!q.exec())
            return queryError(q, QStringLiteral("read records"));
        while (q.next())
            out.insert(q.value(0).toByteArray(),
                       RecordRow{q.value(1).toString(), q.value(2).toByteArray(),
                                 q.value(3).toString(), q.value(4).toString()});
        q.finish();
        done += n;
    }
    return out;
}

Status ServerStore::saveRecords(const QList<std::pair<QByteArray, RecordRow>> &records)
{
    if (m_sqlite) {
        auto q = raw(QStringLiteral(
            "INSERT INTO records (row_id, tbl, root, owner, visibility) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (row_id) DO UPDATE SET tbl = excluded.tbl, root = excluded.root,"
            " owner = excluded.owner, visibility = excluded.visibility"));
        if (!q)
            return q.error();
        for (const auto &[row, r] : records) {
            (*q)->bindBlobOrNull(1, row);
            (*q)->bindText(2, r.table);
            (*q)->bindBlobOrNull(3, r.root);
            (*q)->bindText(4, r.owner);
            (*q)->bindText(5, r.visibility);
            if (Status s = (*q)->run(QStringLiteral("save records")); !s)
                return s;
        }
        return {};
    }
    QList<QVariantList> values;
    values.reserve(records.size());
    for (const auto &[row, r] : records)
        values.append({row, r.table, r.root, str(r.owner), str(r.visibility)});
    return insertMany(
        QStringLiteral("INSERT INTO records (row_id, tbl, root, owner, visibility)"),
        QStringLiteral(" ON CONFLICT (row_id) DO UPDATE SET tbl = excluded.tbl, root = "
                       "excluded.root, owner = excluded.owner, visibility = excluded.visibility"),
        5, values, QStringLiteral("save records"));
}

Result<QList<ServerStore::StoredField>>
ServerStore::fields(const QString &table, const QList<QByteArray> &rows, const QStringList &columns)
{
    QList<StoredField> out;
    const int colSize = columns.isEmpty() ? 0 : paddedSize(columns.size());
    if (colSize > ChunkSizes[0] || columns.size() > colSize)
        return Error{ErrorCode::Invalid, QStringLiteral("read fields: too many columns"), {}};
    if (m_sqlite) {
        // The fields of one row are neighbours in the table's key: one range per row, or for
        // a few columns (an edit and its row's `deleted`) a point lookup each rather than
        // stepping through every field of the row.
        const bool point = !columns.isEmpty() && columns.size() <= 4;
        const QSet<QString> wanted(columns.cbegin(), columns.cend());
        auto q = raw(QStringLiteral("SELECT col, value, hlc, device, server_seq, author FROM "
                                    "fields WHERE tbl = ? AND row_id = ?") +
                     (point ? QStringLiteral(" AND col = ?") : QString()));
        if (!q)
            return q.error();
        (*q)->bindText(1, table);
        const QStringList probes = point ? columns : QStringList{QString()};
        for (const QByteArray &row : rows) {
            (*q)->bindBlobOrNull(2, row);
            for (const QString &probe : probes) {
                if (point)
                    (*q)->bindText(3, probe);
                while (true) {
                    auto next = (*q)->next(QStringLiteral("read fields"));
                    if (!next)
                        return next.error();
                    if (!*next)
                        break;
                    QString column = (*q)->columnText(0);
                    if (!wanted.isEmpty() && !wanted.contains(column))
                        continue;
                    out.append(StoredField{
                        row, std::move(column),
                        FieldState{(*q)->columnBlob(1), quint64((*q)->columnInt(2)),
                                   (*q)->columnBlob(3), (*q)->columnInt(4), (*q)->columnText(5)}});
                }
            }
        }
        return out;
    }
    for (qsizetype done = 0; done < rows.size();) {
        const qsizetype n = std::min<qsizetype>(ChunkSizes[0], rows.size() - done);
        const int size = paddedSize(n);
        QString sql = u"SELECT row_id, col, value, hlc, device, server_seq, author FROM fields "
                      u"WHERE tbl = ? AND row_id IN (" +
                      core::sql::marks(size) + u')';
        if (colSize)
            sql += u" AND col IN (" + core::sql::marks(colSize) + u')';
        QSqlQuery &q = prepared(sql);
        int at = 0;
        q.bindValue(at++, table);
        for (int i = 0; i < size; ++i)
            q.bindValue(at++, rows.at(done + std::min<qsizetype>(i, n - 1)));
        for (int i = 0; i < colSize; ++i)
            q.bindValue(at++, columns.at(std::min<qsizetype>(i, columns.size() - 1)));
        if (!q.exec())
            return queryError(q, QStringLiteral("read fields"));
        while (q.next())
            out.append(
                StoredField{q.value(0).toByteArray(), q.value(1).toString(),
                            FieldState{q.value(2).toByteArray(), quint64(q.value(3).toLongLong()),
                                       q.value(4).toByteArray(), q.value(5).toLongLong(),
                                       q.value(6).toString()}});
        q.finish();
        done += n;
    }
    return out;
}

Status ServerStore::saveFields(const QList<FieldWrite> &writes)
{
    if (m_sqlite) {
        // Within one statement a later row for the same key would update the earlier one;
        // there is none (at most one write per field).
        return insertRaw(
            QStringLiteral(
                "INSERT INTO fields (tbl, row_id, col, value, hlc, device, server_seq, author)"),
            QStringLiteral(" ON CONFLICT (tbl, row_id, col) DO UPDATE SET value = excluded.value,"
                           " hlc = excluded.hlc, device = excluded.device,"
                           " server_seq = excluded.server_seq, author = excluded.author"),
            8, writes.size(),
            [&](core::SqliteStatement &q, int at, qsizetype i) {
                const FieldWrite &w = writes.at(i);
                q.bindText(at, w.table);
                q.bindBlobView(at + 1, w.row);
                q.bindText(at + 2, w.column);
                q.bindBlobView(at + 3, w.state.value);
                q.bindInt(at + 4, qint64(w.state.hlc));
                q.bindBlobView(at + 5, w.state.device);
                q.bindInt(at + 6, w.state.serverSeq);
                q.bindText(at + 7, w.state.author);
            },
            QStringLiteral("save fields"));
    }
    QList<QVariantList> values;
    values.reserve(writes.size());
    for (const FieldWrite &w : writes)
        values.append({w.table, w.row, w.column, w.state.value, hlcValue(w.state.hlc),
                       w.state.device, i64(w.state.serverSeq), str(w.state.author)});
    return insertMany(
        QStringLiteral(
            "INSERT INTO fields (tbl, row_id, col, value, hlc, device, server_seq, author)"),
        QStringLiteral(" ON CONFLICT (tbl, row_id, col) DO UPDATE SET value = excluded.value, "
                       "hlc = excluded.hlc, device = excluded.device, server_seq = "
                       "excluded.server_seq, author = excluded.author"),
        8, values, QStringLiteral("save fields"));
}

Status ServerStore::appendLogs(const QList<LogEntry> &entries)
{
    if (m_sqlite) {
        return insertRaw(
            QStringLiteral("INSERT INTO log (server_seq, device, counter, hlc, txn, tbl, row_id, "
                           "col, value, base_seq, scope, author, rec, replay)"),
            {}, 14, entries.size(),
            [&](core::SqliteStatement &q, int at, qsizetype i) {
                const auto &[c, root, replay] = entries.at(i);
                q.bindInt(at, c.serverSeq);
                q.bindBlobView(at + 1, c.device);
                q.bindInt(at + 2, c.counter);
                q.bindInt(at + 3, qint64(c.hlc));
                q.bindInt(at + 4, c.txn);
                q.bindText(at + 5, c.table);
                q.bindBlobView(at + 6, c.row);
                q.bindText(at + 7, c.column);
                // The encoded value lives only as long as this call: SQLite copies it.
                q.bindBlobOrNull(at + 8, c.value.toCbor());
                q.bindInt(at + 9, c.baseSeq);
                q.bindBlobView(at + 10, c.scope);
                q.bindText(at + 11, c.author);
                q.bindBlobView(at + 12, root);
                q.bindInt(at + 13, int(replay));
            },
            QStringLiteral("append to the log"));
    }
    QList<QVariantList> values;
    values.reserve(entries.size());
    for (const auto &[c, root, replay] : entries)
        values.append({i64(c.serverSeq), c.device, i64(c.counter), hlcValue(c.hlc), i64(c.txn),
                       c.table, c.row, str(c.column), c.value.toCbor(), i64(c.baseSeq),
                       core::sql::blobOrNull(c.scope), str(c.author), root, int(replay)});
    return insertMany(QStringLiteral("INSERT INTO log (server_seq, device, counter, hlc, txn, "
                                     "tbl, row_id, col, value, base_seq, scope, author, rec, "
                                     "replay)"),
                      {}, 14, values, QStringLiteral("append to the log"));
}

Result<quint64> ServerStore::maxLoggedHlc()
{
    QSqlQuery &q = prepared(QStringLiteral("SELECT MAX(hlc) FROM log"));
    if (Status s = run(q, QStringLiteral("read clock"), {}); !s)
        return s.error();
    const quint64 v = q.next() ? quint64(q.value(0).toLongLong()) : 0;
    q.finish();
    return v;
}

} // namespace crm::server
