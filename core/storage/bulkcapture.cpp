// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkcapture.h"

#include "common/jsonwriter.h"
#include "storage/changecapture.h"

#include <sqlite3.h>

#include <algorithm>

namespace crm::core {

namespace {

QString literal(const QString &text)
{
    return u'\'' + QString(text).replace(QChar(u'\''), QStringLiteral("''")) + u'\'';
}

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(QChar(u'"'), QStringLiteral("\"\"")) + u'"';
}

constexpr size_t EntriesPerStatement = 64;
constexpr size_t RowsPerStatement = 32;

// One change_log entry of a bulk insert: ?1 the newest clock, then per row its counter,
// table, row id and fields as JSON.
QString entryValues(size_t rows)
{
    QStringList values;
    for (size_t i = 0; i < rows; ++i) {
        const size_t p = 2 + i * 4;
        values << QStringLiteral("(crm_hlc(?1), crm_device(), ?%1, crm_author(), crm_txn(), ?%2, "
                                 "?%3, NULL, NULL, ?%4, NULL)")
                      .arg(p)
                      .arg(p + 1)
                      .arg(p + 2)
                      .arg(p + 3);
    }
    return QStringLiteral("INSERT OR FAIL INTO change_log(hlc, device, counter, author, txn, "
                          "tbl, row, col, old_value, new_value, base_seq) VALUES ") +
           values.join(u", ");
}

enum class Kind
{
    Null,
    Int,
    Text,
    Blob
};

} // namespace

struct BulkCapture::Table
{
    QString name;
    QByteArray nameUtf8;
    QString insertContext;
    QString entryContext;
    SqliteStatement insert;
    SqliteStatement insertMany; // RowsPerStatement rows, for deferred rows
    SqliteStatement entry;
    QString insertHead; // INSERT ... VALUES, without the values
    int idColumn = -1;
    bool jsonHere = false; // the entry's JSON built from the values, else read from the row
    // The synced columns in table order: the writer's column and `"name":`.
    std::vector<std::pair<int, QByteArray>> json;
    std::vector<Kind> kinds;
    std::vector<QByteArray> bytes; // UTF-8 text or blob, bound SQLITE_STATIC until the step
    std::vector<qint64> ints;
    // Deferred rows (deferRows()): the values of `pending` rows, column after column.
    bool deferred = false;
    size_t pending = 0;
    std::vector<Kind> pendingKinds;
    std::vector<QByteArray> pendingBytes;
    std::vector<qint64> pendingInts;
};

BulkCapture::BulkCapture(QSqlDatabase connection)
    : m_db(std::move(connection))
    , m_handle(SqliteStatement::handleOf(m_db))
{
    SqliteStatement on;
    m_begun = on.prepare(m_handle, QStringLiteral("SELECT crm_bulk_writing(1)"));
    if (!m_begun)
        return;
    auto row = on.next(QStringLiteral("switching the capture triggers off"));
    if (!row) {
        m_begun = row.error();
        return;
    }
    m_capturing = row.value() && on.columnInt(0) != 0;
    on.reset();
}

BulkCapture::~BulkCapture()
{
    if (!m_begun)
        return;
    if (m_aside.isAside())
        (void)m_aside.restore();
    m_tables.clear();
    SqliteStatement off;
    if (off.prepare(m_handle, QStringLiteral("SELECT crm_bulk_writing(0)")))
        (void)off.run(QStringLiteral("switching the capture triggers on"));
}

Result<int> BulkCapture::table(const QString &name, const QStringList &columns)
{
    Q_ASSERT(!m_aside.isAside());
    for (size_t i = 0; i < m_tables.size(); ++i) {
        if (m_tables[i]->name == name)
            return int(i);
    }
    auto t = std::make_unique<Table>();
    t->name = name;
    t->nameUtf8 = name.toUtf8();
    t->insertContext = u"saving a row of " + name;
    t->entryContext = u"recording the change of " + name;
    t->idColumn = int(columns.indexOf(QStringLiteral("id")));
    if (t->idColumn < 0)
        return Error{ErrorCode::Invalid, name + u": a bulk writer names the id column", {}};
    const qsizetype n = columns.size();
    t->kinds.assign(size_t(n), Kind::Null);
    t->bytes.assign(size_t(n), QByteArray());
    t->ints.assign(size_t(n), 0);
    QStringList params;
    QStringList names;
    for (qsizetype i = 0; i < n; ++i) {
        params << u'?' + QString::number(i + 1);
        names << quoted(columns[i]);
    }
    t->insertHead =
        u"INSERT OR FAIL INTO " + quoted(name) + u'(' + names.join(u", ") + u") VALUES ";
    if (auto s = t->insert.prepare(m_handle, t->insertHead + u'(' + params.join(u", ") + u')'); !s)
        return s.error();

    if (m_capturing) {
        const QStringList synced = ChangeCapture::syncedColumns(m_db, name);
        t->jsonHere = true;
        for (const QString &c : synced) {
            const int at = int(columns.indexOf(c));
            t->jsonHere = t->jsonHere && at >= 0;
            QByteArray key;
            json::appendString(key, c.toUtf8().constData(), c.toUtf8().size());
            t->json.emplace_back(at, key + ':');
        }
        // The insert trigger's entry, column by column (see ChangeCapture::captureTable),
        // with the newest local clock and the counter bound instead of looked up.
        const QString head = QStringLiteral(
            "INSERT OR FAIL INTO change_log(hlc, device, counter, author, txn, tbl, row, col, "
            "old_value, new_value, base_seq) ");
        if (t->jsonHere && !m_entriesPrepared) {
            if (auto s = m_entries.prepare(m_handle, entryValues(EntriesPerStatement)); !s)
                return s.error();
            if (auto s = m_entry.prepare(m_handle, entryValues(1)); !s)
                return s.error();
            m_entriesPrepared = true;
        }
        if (!t->jsonHere) {
            // A column the writer leaves to its default: the fields as the trigger reads them.
            auto json = ChangeCapture::rowJsonExpression(m_db, name);
            if (!json)
                return json.error();
            const QString entry =
                head + u"SELECT crm_hlc(?1), crm_device(), ?2, crm_author(), crm_txn(), " +
                literal(name) + u", NEW.id, NULL, NULL, " + json.value() + u", NULL FROM " +
                quoted(name) + u" AS NEW WHERE NEW.id = ?3";
            if (auto s = t->entry.prepare(m_handle, entry); !s)
                return s.error();
        }
    }
    // Set aside in any case: while applying remote changes it does not fire, but its
    // presence alone costs every insert a statement journal.
    if (auto s = m_aside.remember({ChangeCapture::insertTrigger(name)}); !s)
        return s.error();
    m_tables.push_back(std::move(t));
    return int(m_tables.size() - 1);
}

Status BulkCapture::deferRows(int table)
{
    Q_ASSERT(!m_aside.isAside());
    Table &t = *m_tables[size_t(table)];
    if (t.deferred || (m_capturing && !t.jsonHere))
        return {};
    const size_t n = t.kinds.size();
    QStringList rows;
    for (size_t r = 0; r < RowsPerStatement; ++r) {
        QStringList params;
        for (size_t i = 0; i < n; ++i)
            params << u'?' + QString::number(r * n + i + 1);
        rows << u'(' + params.join(u", ") + u')';
    }
    if (auto s = t.insertMany.prepare(m_handle, t.insertHead + rows.join(u", ")); !s)
        return s;
    t.deferred = true;
    t.pendingKinds.resize(n * RowsPerStatement);
    t.pendingBytes.resize(n * RowsPerStatement);
    t.pendingInts.resize(n * RowsPerStatement);
    return {};
}

Status BulkCapture::setAside(const QString &trigger)
{
    Q_ASSERT(!m_aside.isAside());
    return m_aside.remember({trigger});
}

Status BulkCapture::startTransaction()
{
    m_started = true;
    m_pendingCount = 0; // left by a transaction that failed
    for (const auto &t : m_tables)
        t->pending = 0;
    if (auto s = m_aside.setAside(); !s)
        return s;
    if (!m_capturing)
        return {};
    SqliteStatement last;
    if (auto s = last.prepare(m_handle,
                              QStringLiteral("SELECT hlc, counter FROM change_log WHERE device = "
                                             "crm_device() ORDER BY counter DESC LIMIT 1"));
        !s)
        return s;
    auto row = last.next(QStringLiteral("reading the newest change"));
    if (!row)
        return row.error();
    m_lastHlc = row.value() ? last.columnInt(0) : 0;
    m_counter = row.value() ? last.columnInt(1) : 0;
    m_firstCounter = m_counter;
    last.reset();
    return {};
}

Status BulkCapture::finishTransaction()
{
    m_started = false;
    for (const auto &t : m_tables) {
        if (auto s = flushRows(*t); !s)
            return s;
    }
    if (auto s = flushEntries(); !s)
        return s;
    if (m_capturing && m_counter > m_firstCounter) {
        // The row clocks of the transaction's creations in one statement, from their entries
        // (the triggers write one per row: the entry's clock and device, no server_seq yet).
        // Entries the triggers wrote meanwhile (custom values) have their clocks already.
        QStringList tables;
        for (const auto &t : m_tables)
            tables << literal(t->name);
        SqliteStatement clocks;
        if (auto s = clocks.prepare(
                m_handle, u"INSERT OR REPLACE INTO row_clocks(tbl, row, hlc, device, server_seq) "
                          u"SELECT tbl, row, hlc, device, NULL FROM change_log WHERE device = "
                          u"crm_device() AND counter > ?1 AND counter <= ?2 AND col IS NULL AND "
                          u"tbl IN (" +
                              tables.join(u", ") + u") ORDER BY counter");
            !s)
            return s;
        clocks.bindInt(1, m_firstCounter);
        clocks.bindInt(2, m_counter);
        if (auto s = clocks.run(QStringLiteral("recording the clocks of new rows")); !s)
            return s;
        m_firstCounter = m_counter;
    }
    return m_aside.isAside() ? m_aside.restore() : Status{};
}

void BulkCapture::text(int table, int column, const QString &value)
{
    Table &t = *m_tables[size_t(table)];
    t.kinds[size_t(column)] = Kind::Text;
    t.bytes[size_t(column)] = value.toUtf8();
}

void BulkCapture::blob(int table, int column, const QByteArray &value)
{
    Table &t = *m_tables[size_t(table)];
    t.kinds[size_t(column)] = value.isEmpty() ? Kind::Null : Kind::Blob;
    t.bytes[size_t(column)] = value;
}

void BulkCapture::integer(int table, int column, qint64 value)
{
    Table &t = *m_tables[size_t(table)];
    t.kinds[size_t(column)] = Kind::Int;
    t.ints[size_t(column)] = value;
}

namespace {

// Binds a row's values from parameter `first` on.
void bindRow(SqliteStatement &statement, int first, const Kind *kinds, const QByteArray *bytes,
             const qint64 *ints, size_t columns)
{
    for (size_t i = 0; i < columns; ++i) {
        const int at = first + int(i);
        switch (kinds[i]) {
        case Kind::Null:
            statement.bindBlobOrNull(at, {});
            break;
        case Kind::Int:
            statement.bindInt(at, ints[i]);
            break;
        case Kind::Text:
            statement.bindUtf8(at, bytes[i]);
            break;
        case Kind::Blob:
            statement.bindBlobView(at, bytes[i]);
            break;
        }
    }
}

} // namespace

Status BulkCapture::flushRows(Table &t)
{
    const size_t n = t.kinds.size();
    size_t done = 0;
    while (done < t.pending) {
        const size_t rows = t.pending - done >= RowsPerStatement ? RowsPerStatement : 1;
        SqliteStatement &insert = rows == RowsPerStatement ? t.insertMany : t.insert;
        for (size_t r = 0; r < rows; ++r) {
            const size_t at = (done + r) * n;
            bindRow(insert, int(r * n) + 1, &t.pendingKinds[at], &t.pendingBytes[at],
                    &t.pendingInts[at], n);
        }
        if (auto s = insert.run(t.insertContext); !s)
            return s;
        done += rows;
    }
    t.pending = 0;
    return {};
}

Status BulkCapture::insert(int table)
{
    Q_ASSERT(m_started);
    Table &t = *m_tables[size_t(table)];
    const size_t n = t.kinds.size();
    if (t.deferred) {
        const size_t at = t.pending * n;
        std::copy(t.kinds.begin(), t.kinds.end(), t.pendingKinds.begin() + qsizetype(at));
        std::copy(t.bytes.begin(), t.bytes.end(), t.pendingBytes.begin() + qsizetype(at));
        std::copy(t.ints.begin(), t.ints.end(), t.pendingInts.begin() + qsizetype(at));
        if (++t.pending == RowsPerStatement) {
            if (auto s = flushRows(t); !s)
                return s;
        }
        m_rowid = 0;
    } else {
        bindRow(t.insert, 1, t.kinds.data(), t.bytes.data(), t.ints.data(), n);
        if (auto s = t.insert.run(t.insertContext); !s)
            return s;
        m_rowid = sqlite3_last_insert_rowid(m_handle);
    }
    if (!m_capturing)
        return {};
    const QByteArray &id = t.bytes[size_t(t.idColumn)];
    if (!t.jsonHere) {
        // The entry reads the row's fields: the entries before it first, in counter order.
        if (auto s = flushEntries(); !s)
            return s;
        t.entry.bindInt(1, m_lastHlc);
        t.entry.bindInt(2, m_counter + 1);
        t.entry.bindBlobView(3, id);
        if (auto s = t.entry.run(t.entryContext); !s)
            return s;
        if (sqlite3_changes(m_handle) != 1)
            return Error{ErrorCode::Database, t.name + u": the row to capture is missing", {}};
        ++m_counter;
        return {};
    }
    if (m_pendingCount == m_pending.size())
        m_pending.emplace_back();
    Pending &p = m_pending[m_pendingCount++];
    p.table = table;
    p.row = id;
    // json_object over the synced columns in table order, BLOBs as lower-case hex.
    QByteArray &json = p.json;
    json.resize(0);
    json += '{';
    for (const auto &[column, key] : t.json) {
        if (json.size() > 1)
            json += ',';
        json += key;
        const QByteArray &b = t.bytes[size_t(column)];
        switch (t.kinds[size_t(column)]) {
        case Kind::Null:
            json += "null";
            break;
        case Kind::Int:
            json += QByteArray::number(t.ints[size_t(column)]);
            break;
        case Kind::Text:
            json::appendString(json, b.constData(), b.size());
            break;
        case Kind::Blob:
            json += '"';
            json += b.toHex();
            json += '"';
            break;
        }
    }
    json += '}';
    ++m_counter;
    return m_pendingCount == EntriesPerStatement ? flushEntries() : Status{};
}

Status BulkCapture::flushEntries()
{
    // The pending entries hold the counters up to m_counter.
    const qint64 first = m_counter - qint64(m_pendingCount) + 1;
    size_t done = 0;
    while (done < m_pendingCount) {
        const size_t n = m_pendingCount - done >= EntriesPerStatement ? EntriesPerStatement : 1;
        SqliteStatement &entries = n == EntriesPerStatement ? m_entries : m_entry;
        entries.bindInt(1, m_lastHlc);
        for (size_t i = 0; i < n; ++i) {
            const Pending &p = m_pending[done + i];
            const int at = 2 + int(i) * 4;
            entries.bindInt(at, first + qint64(done + i));
            entries.bindUtf8(at + 1, m_tables[size_t(p.table)]->nameUtf8);
            entries.bindBlobView(at + 2, p.row);
            entries.bindUtf8(at + 3, p.json);
        }
        if (auto s = entries.run(m_tables[size_t(m_pending[done].table)]->entryContext); !s)
            return s;
        done += n;
    }
    m_pendingCount = 0;
    return {};
}

} // namespace crm::core
