// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/sqlitestatement.h"
#include "storage/triggersaside.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

struct sqlite3;

namespace crm::core {

// Change capture for a bulk writer (createMany, imports): it inserts the writer's rows itself
// through the SQLite C API and writes what the insert triggers would have written — one
// change_log entry (crm_hlc, crm_device, crm_author, crm_txn and the row's synced fields as
// the trigger's json_object gives them) in the same order, and one row clock per row (written
// for the whole transaction at its end).
// Per row it saves the trigger program and, above all, the statement journal SQLite keeps
// for every statement that fires a trigger (each page the statement touches copied first):
// between startTransaction() and finishTransaction() the insert triggers of its tables are
// dropped inside the write transaction, so no other connection ever sees them missing, and
// created again from their stored SQL before the commit (a rollback restores them too).
// The entry's JSON is built here from the bound values; the device's counter is read once
// per transaction and counted on here, so it stays gapless. Entries are written in groups by
// one multi-row statement, in counter order, before the transaction ends.
// Captures nothing while the connection applies remote changes, as the triggers would.
// Thread affinity: the thread of its connection.
class BulkCapture
{
public:
    explicit BulkCapture(QSqlDatabase connection);
    ~BulkCapture(); // the triggers capture again (and exist again, whatever happened)
    BulkCapture(const BulkCapture &) = delete;
    BulkCapture &operator=(const BulkCapture &) = delete;

    const Status &begun() const { return m_begun; }
    sqlite3 *handle() const { return m_handle; }

    // A captured table the writer inserts into, with the columns it writes: `id` and every
    // synced column (a synced column it leaves out is read back from the row instead, at a
    // cost), local ones as it likes. Prepares its statements once; call it outside a bulk
    // transaction (between finishTransaction() and startTransaction()).
    Result<int> table(const QString &name, const QStringList &columns);

    // The rows of `table` may wait and go in RowsPerStatement at a time by one multi-row
    // INSERT (before finishTransaction() returns): for a table whose rowids the writer does
    // not need and that nothing reads during the transaction (a child table). Its entries
    // must be built from the values (every synced column written), else it is not deferred.
    // Like table(), outside a bulk transaction.
    Status deferRows(int table);

    // Sets another insert trigger aside with the capture triggers, for a writer that does its
    // work itself (custom_values_record_state: it writes local_record_deleted).
    // Like table(), outside a bulk transaction.
    Status setAside(const QString &trigger);

    // Inside the write transaction, after its BEGIN: sets the insert triggers aside and reads
    // the device's newest counter and clock.
    Status startTransaction();
    // Before the COMMIT (or before handing a caller's transaction back): the row clocks of
    // the transaction's rows, in one statement, and the triggers again.
    Status finishTransaction();

    // The next row of a table: set every column, in the order given to table(), then insert().
    void text(int table, int column, const QString &value);    // a null QString stores ''
    void blob(int table, int column, const QByteArray &value); // empty: NULL
    void integer(int table, int column, qint64 value);
    // Inserts the row and records its creation.
    Status insert(int table);
    // The rowid of the row insert() inserted last (not sqlite3_last_insert_rowid(): that is
    // its change_log entry's); not for a table whose rows are deferred.
    qint64 insertedRowid() const { return m_rowid; }

private:
    struct Table;
    // A change_log entry waiting for its statement: the row's id and fields, its table.
    struct Pending
    {
        QByteArray row;
        QByteArray json;
        int table = 0;
    };
    Status flushEntries();
    Status flushRows(Table &table);

    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    Status m_begun;
    bool m_capturing = false;
    bool m_started = false;
    // The insert triggers set aside during a transaction: the tables' capture triggers and
    // any the writer does the work of (setAside()).
    TriggersAside m_aside{m_handle};
    qint64 m_counter = 0;
    qint64 m_firstCounter = 0; // the counter before the transaction's first entry
    qint64 m_lastHlc = 0;
    qint64 m_rowid = 0;
    std::vector<std::unique_ptr<Table>> m_tables;
    // The entries built from bound values are written EntriesPerStatement at a time (one
    // multi-row INSERT: cursors opened and the statement ended once, not per entry), the
    // rest one by one; always before anything else writes the log (finishTransaction(), an
    // entry read from its row). Slots re-used, so their buffers keep their capacity.
    std::vector<Pending> m_pending;
    size_t m_pendingCount = 0;
    SqliteStatement m_entries; // EntriesPerStatement rows
    SqliteStatement m_entry;   // one row
    bool m_entriesPrepared = false;
};

} // namespace crm::core
