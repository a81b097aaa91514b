// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "sync/protocol.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <tuple>

struct sqlite3;

namespace crm::core {
class SqliteStatement;
}

namespace crm::server {

class WalCheckpointer;

struct UserRow
{
    QString name;
    QString team;
    QString passwordHash;
    bool disabled = false;
    qint64 createdAt = 0;
};

struct DeviceRow
{
    QByteArray id;
    QString user;
    QString name;
    QByteArray tokenHash; // empty: no valid token (revoked or never logged in)
    qint64 tokenExpiresAt = 0;
    bool revoked = false;
    qint64 registeredAt = 0;
    qint64 lastSeenAt = 0;
};

// The first answer to a pushed (device, counter): a retry gets it again.
struct AppliedRow
{
    int status = 0;
    qint64 serverSeq = 0;
    QString reason;
    quint64 hlc = 0;
};

// The current value of one field and its clock.
struct FieldState
{
    QByteArray value; // CBOR
    quint64 hlc = 0;
    QByteArray device;
    qint64 serverSeq = 0;
    QString author;
};

// A synced record and the root record whose owner/visibility govern it. For a root
// (root == its own id) owner and visibility are kept here from its winning field values.
struct RecordRow
{
    QString table;
    QByteArray root;
    QString owner;
    QString visibility; // "private" or "team"
};

// Everything crm-server keeps, on SQLite (QSQLITE) or PostgreSQL (QPSQL). One class with a
// dialect rather than two implementations: the SQL is the same but for column types, how a
// transaction starts, and how the sequence counter is locked, so both backends run the very
// same statements the conformance suite checks. One connection per thread: the caller owns
// the store on the thread that uses it.
class ServerStore
{
public:
    enum class Dialect
    {
        Sqlite,
        Postgres
    };
    static constexpr int SchemaVersion = 3;

    // `spec`: "sqlite:PATH" or "postgresql://USER[:PASSWORD]@HOST[:PORT]/DB" (libpq also
    // reads PGPASSWORD). Creates or upgrades the schema; refuses a newer one.
    static core::Result<std::unique_ptr<ServerStore>> open(const QString &spec);
    ~ServerStore();
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    Dialect dialect() const { return m_dialect; }
    QString description() const { return m_description; }
    QByteArray serverDevice() const { return m_serverDevice; }

    // After a failed query: true when the connection to PostgreSQL was lost (the database
    // server restarted) and is open again, so the caller may try once more. A healthy
    // connection costs nothing this way: the check runs only after an error. SQLite: false.
    bool reconnectIfLost();

    // Transactions (not nested). On PostgreSQL the caller serialises writers with
    // lockCounter(); on SQLite BEGIN IMMEDIATE already does.
    core::Status begin();
    core::Status commit();
    void rollback();

    // PostgreSQL plans from table statistics that autovacuum refreshes only now and then: a
    // table that grows from nothing in one burst (a laptop's first push into a new team)
    // keeps an estimate of a few hundred rows, and the push's IN-list reads of `fields` then
    // filter the whole table instead of using its key. So after a commit that brings the
    // rows this instance wrote to twice what they were at its last ANALYZE (and at least
    // `rows` more), the push tables are analyzed. SQLite: nothing to do.
    void setAnalyzeAfter(qint64 rows) { m_analyzeAfter = rows; }
    // The planner's estimate of a table's rows (PostgreSQL's pg_class.reltuples; -1: none
    // yet). SQLite: -1.
    core::Result<double> plannerRows(const QString &table);

    // Named counters ("server_seq", "server_counter"). lockCounter() takes the row lock
    // (UPDATE ... RETURNING) and answers the current value; setCounter() stores a new one.
    core::Result<qint64> lockCounter(const QString &name);
    core::Status setCounter(const QString &name, qint64 value);
    core::Result<qint64> counter(const QString &name);

    // Accounts.
    core::Result<std::optional<UserRow>> user(const QString &name);
    core::Status insertUser(const UserRow &user);
    core::Status setPasswordHash(const QString &name, const QString &hash);
    core::Status setDisabled(const QString &name, bool disabled);
    core::Result<std::optional<DeviceRow>> device(const QByteArray &id);
    core::Result<std::optional<DeviceRow>> deviceByToken(const QByteArray &tokenHash);
    core::Status saveDevice(const DeviceRow &device); // insert or replace
    core::Result<QList<DeviceRow>> devices(const QString &user = {});
    core::Status touchDevice(const QByteArray &id, qint64 now);

    // Sync state.
    core::Result<std::optional<AppliedRow>> applied(const QByteArray &device, qint64 counter);
    core::Status saveApplied(const QByteArray &device, qint64 counter, const AppliedRow &row);
    core::Result<std::optional<FieldState>> field(const QString &table, const QByteArray &row,
                                                  const QString &column);
    core::Status saveField(const QString &table, const QByteArray &row, const QString &column,
                           const FieldState &state);
    // The latest write (by server_seq) to a field of the row other than `exceptColumn`, by a
    // device other than `exceptDevice`, with server_seq > afterSeq.
    core::Result<std::optional<std::pair<QString, FieldState>>>
    latestOtherWrite(const QString &table, const QByteArray &row, const QByteArray &exceptDevice,
                     qint64 afterSeq, const QString &exceptColumn);
    core::Result<std::optional<RecordRow>> record(const QByteArray &row);
    core::Status saveRecord(const QByteArray &row, const RecordRow &record);
    core::Status appendLog(const core::sync::Change &change, const QByteArray &root);
    // Log entries in (since, head] of records the user may see now, not written by
    // `device`, server_seq ascending, at most `limit`.
    // Every log entry of the record `root` governs, in server order.
    core::Result<QList<core::sync::Change>> recordLog(const QByteArray &root);
    core::Result<QList<core::sync::Change>> visibleLog(const QString &user, const QString &team,
                                                       const QByteArray &device, qint64 since,
                                                       qint64 head, int limit);
    core::Result<quint64> maxLoggedHlc();

    // Set-based forms of the above for one push: reads of many keys in a few statements and
    // writes of many rows in multi-row statements (a few hundred rows each), so a push of
    // thousands of changes costs tens of statements, not tens of thousands.
    // The answers to `device`'s counters in [from, to].
    core::Result<QHash<qint64, AppliedRow>> appliedRange(const QByteArray &device, qint64 from,
                                                         qint64 to);
    core::Status saveAppliedMany(const QList<std::tuple<QByteArray, qint64, AppliedRow>> &rows);
    // The records among `rows` that exist.
    core::Result<QHash<QByteArray, RecordRow>> records(const QList<QByteArray> &rows);
    core::Status saveRecords(const QList<std::pair<QByteArray, RecordRow>> &records);
    struct StoredField
    {
        QByteArray row;
        QString column;
        FieldState state;
    };
    // The fields of `rows` of `table` (only the `columns` named, when there are any), in no
    // particular order. A flat list: a hash per row would cost an allocation of room for
    // dozens of fields each, for the one or two a push of edits reads.
    core::Result<QList<StoredField>> fields(const QString &table, const QList<QByteArray> &rows,
                                            const QStringList &columns = {});
    struct FieldWrite
    {
        QString table;
        QByteArray row;
        QString column;
        FieldState state;
    };
    // At most one write per field in one call.
    core::Status saveFields(const QList<FieldWrite> &writes);
    struct LogEntry
    {
        core::sync::Change change;
        QByteArray root;     // the record whose owner and visibility govern the entry
        bool replay = false; // logged again (SyncService::replayReshared): also for its writer
    };
    core::Status appendLogs(const QList<LogEntry> &entries);

private:
    static QList<core::sync::Change> readChanges(QSqlQuery &q);
    ServerStore();
    core::Status migrateToKeyedTables();
    // On SQLite the hot paths of push and pull run on the raw handle (one prepared statement
    // per text, cached): QSqlQuery's binding costs more than the SQL itself there.
    core::Result<core::SqliteStatement *> raw(const QString &sql);
    core::Result<QList<core::sync::Change>> readChanges(core::SqliteStatement &q);
    core::Status migrate();
    QSqlQuery &prepared(const QString &sql); // cached per statement
    core::Status exec(const QString &sql);
    QString ddl(QString sql) const;
    // On SQLite: core::insertRows() through this store's raw statements.
    template <typename Bind>
    core::Status insertRaw(const QString &head, const QString &tail, int columns, qsizetype count,
                           const Bind &bind, const QString &what);
    // INSERT `head` VALUES (?, ...), (?, ...) `tail` over `rows` (each `columns` values), in
    // statements of at most a few hundred rows.
    core::Status insertMany(const QString &head, const QString &tail, int columns,
                            const QList<QVariantList> &rows, const QString &what);

    Dialect m_dialect = Dialect::Sqlite;
    QString m_connection;
    QString m_description;
    QByteArray m_serverDevice;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
    sqlite3 *m_sqlite = nullptr; // the connection's handle on SQLite, else nullptr
    qint64 m_analyzeAfter = 20000;
    qint64 m_uncommittedRows = 0; // written by insertMany in the open transaction
    qint64 m_writtenRows = 0;     // committed by this instance
    qint64 m_analyzedAt = 0;      // m_writtenRows at the last ANALYZE
    std::map<QString, std::unique_ptr<core::SqliteStatement>> m_raw;
    // On SQLite: the log's checkpoints, off the request thread (nullptr: SQLite's own).
    std::unique_ptr<WalCheckpointer> m_checkpointer;
};

} // namespace crm::server
