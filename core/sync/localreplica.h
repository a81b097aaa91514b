// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/database.h"
#include "sync/protocol.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>

#include <array>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace crm::core {
class SqliteStatement;
}

namespace crm::core::sync {

// What one sync did, for the status bar, the sync log and `crm-cli sync`.
struct SyncReport
{
    int pushed = 0;     // local changes the server stored
    int duplicates = 0; // answered before (a retried push)
    int rejected = 0;   // refused by the server; reasons below
    int pulled = 0;     // changes received from other devices
    int applied = 0;    // of those, the ones that won their field here
    int conflicts = 0;  // new open conflict records received
    QStringList rejections;
};

// The local side of sync, over the change log that capture writes: the outbox (local
// entries above the counter the server acknowledged), acknowledging pushed entries, and
// applying pulled changes field by field with last-writer-wins by (hlc, device). Generic:
// it knows tables only through sync_tables and their columns.
class LocalReplica
{
public:
    explicit LocalReplica(DatabasePtr db);
    ~LocalReplica();

    QByteArray device() const { return m_db->deviceId(); }

    // Up to `limit` local changes not yet answered by the server, oldest first; a batch that
    // has to be cut ends on a local transaction boundary when it can. `after`: read past that
    // counter instead of the acknowledged one (the batch after one still being answered).
    Result<QList<Change>> pending(int limit, std::optional<qint64> after = std::nullopt);
    Result<qint64> pendingCount();

    // Whether `response` answers each change of `pushed` exactly once (an answer that left
    // one out would move the outbox's start past it, and the change would never be sent).
    static Status checkAnswers(const QList<Change> &pushed, const PushResponse &response);
    // Records the server's answers to `pushed` in one transaction (refused unless
    // checkAnswers()): server sequence numbers
    // (and clamped clocks) onto the log and the clocks, rejections with their reasons; the
    // answered entries leave the outbox.
    Status acknowledge(const QList<Change> &pushed, const PushResponse &response,
                       SyncReport &report);

    // Applies one pulled page and moves the pull cursor, in one transaction; a change seen
    // before (same device and counter) is skipped, so nothing is applied twice.
    Status apply(const PullResponse &page, SyncReport &report);

    Result<qint64> pullCursor();

    // While deferring, apply() leaves the sort keys and search entries of the records it
    // touched due instead of refreshing them in every page: a record changed in several
    // pages (a bulk edit arrives column by column) is refreshed once. The due records are
    // kept with each page's commit (meta), so an interrupted sync refreshes them at the next
    // one. refreshDeferred() refreshes them in bounded batches (a transaction each); a page
    // that withdraws rows refreshes them in its own transaction. SyncEngine's pull defers,
    // and refreshes when DeferredLimit records are due and after the last page.
    static constexpr int DeferredLimit = 50000;
    // A page of at least this many changes sets the capture triggers its writes would fire
    // aside while it is applied (TriggersAside): none fires while remote changes are applied,
    // yet each costs every write a statement journal. Smaller pages keep them: dropping and
    // creating them changes the schema, which other connections then read again.
    static constexpr int SetAsideFrom = 256;
    Status beginDeferredRefresh(); // reads what an interrupted sync left due
    Status refreshDeferred();
    qsizetype deferredCount() const { return m_deferred.size(); }
    // Tests only: called after each batch refreshDeferred() committed, once the contacts of
    // the next batch have been read ahead.
    void setRefreshBatchHookForTesting(std::function<void(int batch)> hook)
    {
        m_refreshBatchHook = std::move(hook);
    }
    // apply() refreshes in every page again; what is still due stays kept.
    void endDeferredRefresh()
    {
        m_deferring = false;
        m_deferred.clear();
    }

    // Custom field definitions changed by pulled changes (deleted, added back, type or
    // choices changed) leave the search entries of the records with values in them to
    // refresh: apply() notes the fields in the same transaction, and this refreshes their
    // records in bounded batches (a transaction each), forgetting each field once done. An
    // interrupted run leaves the rest noted for the next one.
    Status refreshChangedFields();

    // On first sign-in: records this laptop made before, owned and authored by the local
    // (OS) user, become the account's — in the tables and in the not yet pushed log
    // entries — so the server accepts them as the account's own.
    Status adoptLocalRecords(const QString &localUser, const QString &account);

    // Local settings of sync, kept in the database (meta).
    Result<QString> setting(const QString &key);
    Status setSetting(const QString &key, const QString &value);

    // Keeps a table's local-only columns (sort keys, search index) right after sync wrote
    // its synced columns directly: once per applied page, for all the rows of the table it
    // touched. Contacts, companies and the contact child tables are registered; later tables
    // add theirs.
    using Refresher = std::function<Status(QSqlDatabase &, const QList<QByteArray> &rows)>;
    static void registerRefresher(const QString &table, Refresher refresher);
    // A child table whose rows' changes refresh their parent record instead (an e-mail's
    // contact).
    static void registerParent(const QString &table, const QString &parentTable,
                               const QString &column);
    // Runs the refreshers for one row (its parent's for a child row).
    static Status refresh(QSqlDatabase &db, const QString &table, const QByteArray &row);

private:
    struct Column
    {
        QString name;
        bool blob = false;
        int position = 0; // among the synced columns, in the table's order
    };
    struct TableInfo
    {
        bool known = false;
        QString scopeColumn;
        QHash<QString, Column> columns; // synced columns, without id
        QStringList order;              // the same in the table's order
        QString applying;               // what an error says was being done
        bool hasUpdatedAt = false;      // a local_updated_at column, stamped on every change
    };
    // A field's clock as the replica has it (the field's own, else its row's).
    struct FieldClock
    {
        bool found = false;
        quint64 hlc = 0;
        QByteArray device;
    };
    const TableInfo &table(QSqlDatabase &db, const QString &name);
    static int position(const TableInfo &info, const Change &c); // c.column must be known
    Status applyOne(QSqlDatabase &db, const Change &c, SyncReport &report,
                    QSet<QPair<QString, QByteArray>> &touched);
    // One field of a created row that existed already (a replay), last writer wins.
    Status applyField(QSqlDatabase &db, const Change &c, const TableInfo &info,
                      const QString &column, const QCborValue &value, bool &won);
    // A row no longer shared with this user: marked deleted now (so refreshers drop what is
    // derived from it), its clocks and its others' log entries forgotten, and removed after
    // the page's refresh (m_withdrawn). A later replay, should it be shared again, restores it.
    Status withdrawRow(QSqlDatabase &db, const Change &c, const TableInfo &info);
    // Writes the log entries of the applied changes that wait in m_log.
    Status flushLog(QSqlDatabase &db);
    // The (device, counter) pairs of the page being applied that the log already holds.
    Status readSeen(QSqlDatabase &db, const QList<Change> &changes);

    using RowSet = QSet<QPair<QString, QByteArray>>;
    static Status refreshAll(QSqlDatabase &db, const RowSet &touched);
    // The records whose refresher runs for these rows (a child row's parent).
    static Result<RowSet> roots(QSqlDatabase &db, const RowSet &touched);
    static Status refreshRoots(QSqlDatabase &db, const RowSet &roots);
    Status saveDeferred(QSqlDatabase &db);
    // Statements on the raw SQLite handle, prepared once per applied page, by their text.
    Result<SqliteStatement *> statement(QSqlDatabase &db, const QString &text);
    // A statement about some of a table's synced columns (bit n: the column at position n),
    // found without building its text for every change or row.
    enum RowStatementKind
    {
        RowCreate,        // INSERT of a created row; inserts nothing when the id exists
        RowRead,          // SELECT of the columns of a row
        RowUpdate,        // UPDATE of the columns of a row
        RowUpdateStamped, // the same, and local_updated_at
        RowStatementKinds
    };
    Result<SqliteStatement *> rowStatement(QSqlDatabase &db, RowStatementKind kind,
                                           const QString &table, const TableInfo &info,
                                           quint64 columns);
    // Edits of known columns wait in m_edits until the page ends or a change of another kind
    // comes; then they are applied a row at a time: the row's values and clocks read once,
    // one UPDATE of the columns whose edits won (with the stamp when nothing derived needs a
    // refresh), the field clocks and log entries in groups. Several edits of a row in one
    // page cost about what one does.
    Status applyEdits(QSqlDatabase &db, SyncReport &report, RowSet &touched);
    // The clocks of `row` (of `q`, the clocks statement of applyEdits()): those of the
    // `columns` it has (found), and the row's own.
    Status readClocks(SqliteStatement &q, const Change &row, const TableInfo &info, quint64 columns,
                      std::array<FieldClock, 64> &fieldClocks, FieldClock &rowClock);
    // Writes the field clocks of the edits that won, waiting in m_clocks.
    Status flushClocks(QSqlDatabase &db);
    void clearStatements(); // all of the page's statements

    DatabasePtr m_db;
    QHash<QString, TableInfo> m_tables;
    std::map<QString, std::unique_ptr<SqliteStatement>> m_statements;
    QHash<QPair<QString, quint64>, SqliteStatement *> m_rowStatements[RowStatementKinds];
    std::vector<const Change *> m_edits;  // edits waiting for applyEdits(), in page order
    std::vector<const Change *> m_clocks; // edits that won, whose field clocks wait
    // Changes of the page being applied that are already in the log (seen before, or
    // applied earlier in the same page).
    QSet<QPair<QByteArray, qint64>> m_seen;
    QList<QPair<QString, QByteArray>> m_withdrawn; // rows withdrawn in the page being applied
    // Log entries of applied changes not yet written: the change (in the page being applied)
    // and the old and new values the history shows.
    struct PendingLog
    {
        const Change *change = nullptr;
        QVariant oldValue;
        QVariant newValue;
    };
    static constexpr size_t LogRowsPerStatement = 64;
    std::vector<PendingLog> m_log;
    // Custom fields whose definition the page being applied changed in a way that changes
    // the search text of their records (refreshChangedFields()).
    QSet<QByteArray> m_changedFields;
    bool m_deferring = false;
    std::function<void(int batch)> m_refreshBatchHook;
    RowSet m_deferred;  // records due for a refresh (beginDeferredRefresh())
    qint64 m_acked = 0; // the local counter the server has acknowledged, read per page
};

} // namespace crm::core::sync
