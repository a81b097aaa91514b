// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace crm::core {

class HybridLogicalClock;

// Per-connection state behind the SQL functions the capture triggers call.
struct ConnectionState
{
    HybridLogicalClock *clock = nullptr;
    QByteArray device;
    QByteArray author;  // UTF-8; another thread may change it (Database::setLocalUser):
    QMutex authorMutex; // read and written under this
    quint64 lastHlc = 0;
    quint64 txn = 0; // the first clock value of the open transaction; 0 outside one
    bool applyingRemote = false;
    // A bulk writer (BulkCapture) writes the entries itself: the insert triggers stand aside.
    bool bulkWriting = false;
};

// Change capture lives in SQLite triggers, so every writer — UI, CLI, import, demo data,
// automation — goes through it. For a captured table, in the writing transaction:
//  - an INSERT appends one change_log entry (col NULL, the row's fields as JSON) and one
//    row clock; per-field clocks appear only once a field changes afterwards;
//  - an UPDATE appends one entry per column whose value really changed (old and new value,
//    base_seq = server_seq of the value that was replaced) and sets that field's clock;
//  - a hard DELETE is refused (deletes are soft: `deleted` is a field like any other).
// Every entry gets the next hybrid-logical-clock value and the next gapless per-device
// counter (read inside the transaction, so a rollback leaves no gap).
// Columns named `rid` or starting with `local_` are local-only and never captured.
namespace ChangeCapture {

// Registers crm_hlc(), crm_last_hlc(), crm_device(), crm_author(), crm_txn(),
// crm_capturing(), crm_bulk_writing(on) and the transaction hooks on a raw connection.
// crm_bulk_writing(1|0) switches the triggers off or on again for a BulkCapture and returns
// 1 when the connection captures at all (it does not while applying remote changes).
bool registerFunctions(sqlite3 *handle, ConnectionState *state);

// (Re)creates the capture triggers of `table` from its current columns and records it in
// sync_tables. Migrations call it after creating or altering a synced table.
Status captureTable(QSqlDatabase &db, const QString &table);

// The names of the capture triggers captureTable() creates: the one recording a new row, and
// the one recording a change of `column` (for writers that set them aside: TriggersAside).
QString insertTrigger(const QString &table);
QString updateTrigger(const QString &table, const QString &column);

// The expression an insert trigger records as the new row's fields: json_object() over the
// synced columns in table order, BLOBs as lower-case hex, the row named NEW.
Result<QString> rowJsonExpression(QSqlDatabase &db, const QString &table);

// The captured (synced) columns of a table, without `id`.
QStringList syncedColumns(QSqlDatabase &db, const QString &table);

} // namespace ChangeCapture

} // namespace crm::core
