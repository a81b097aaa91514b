// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/sqlitestatement.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <vector>

struct sqlite3;

namespace crm::core {

// Change capture for a bulk writer (createMany, imports) that inserts rows through the SQLite
// C API. While a BulkCapture lives, the insert triggers of its connection stand aside and
// inserted() writes what they would have written: one change_log entry with the trigger's own
// expressions (crm_hlc, crm_device, crm_author, crm_txn and the row's fields as the trigger's
// json_object) and one row clock. What it saves per row is the trigger program, its
// statement journal and the two look-ups of the device's newest entry: the counter is read
// once per transaction (startTransaction) and counted on here, so it stays gapless.
// Captures nothing while the connection applies remote changes, as the triggers would.
// Thread affinity: the thread of its connection; create it outside or inside a transaction,
// call startTransaction() after every BEGIN.
class BulkCapture
{
public:
    explicit BulkCapture(QSqlDatabase connection);
    ~BulkCapture(); // the triggers capture again
    BulkCapture(const BulkCapture &) = delete;
    BulkCapture &operator=(const BulkCapture &) = delete;

    const Status &begun() const { return m_begun; }
    sqlite3 *handle() const { return m_handle; }

    // A captured table the writer inserts into; prepares its statements once.
    Result<int> table(const QString &name);
    // Reads the device's newest counter and clock, inside the write transaction.
    Status startTransaction();
    // Records the creation of row `id`, just inserted into `table`.
    Status inserted(int table, const QByteArray &id);

private:
    struct Table
    {
        QString name;
        SqliteStatement entry;
        SqliteStatement rowClock;
    };
    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    Status m_begun;
    bool m_capturing = false;
    bool m_started = false;
    qint64 m_counter = 0;
    qint64 m_lastHlc = 0;
    std::vector<std::unique_ptr<Table>> m_tables;
};

} // namespace crm::core
