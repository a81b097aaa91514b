// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkcapture.h"

#include "storage/changecapture.h"

#include <sqlite3.h>

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

} // namespace

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
    m_tables.clear();
    SqliteStatement off;
    if (off.prepare(m_handle, QStringLiteral("SELECT crm_bulk_writing(0)")))
        (void)off.run(QStringLiteral("switching the capture triggers on"));
}

Result<int> BulkCapture::table(const QString &name)
{
    for (size_t i = 0; i < m_tables.size(); ++i) {
        if (m_tables[i]->name == name)
            return int(i);
    }
    auto t = std::make_unique<Table>();
    t->name = name;
    if (m_capturing) {
        auto json = ChangeCapture::rowJsonExpression(m_db, name);
        if (!json)
            return json.error();
        // The insert trigger's entry, column by column (see ChangeCapture::captureTable),
        // with the newest local clock and the counter bound instead of looked up.
        const QString entry =
            u"INSERT OR FAIL INTO change_log(hlc, device, counter, author, txn, tbl, row, col, "
            u"old_value, new_value, base_seq) SELECT crm_hlc(?1), crm_device(), ?2, "
            u"crm_author(), crm_txn(), " +
            literal(name) + u", NEW.id, NULL, NULL, " + json.value() + u", NULL FROM " +
            quoted(name) + u" AS NEW WHERE NEW.id = ?3";
        if (auto s = t->entry.prepare(m_handle, entry); !s)
            return s.error();
        if (auto s = t->rowClock.prepare(
                m_handle, u"INSERT OR REPLACE INTO row_clocks(tbl, row, hlc, device, server_seq) "
                          u"VALUES (" +
                              literal(name) + u", ?1, crm_last_hlc(), crm_device(), NULL)");
            !s)
            return s.error();
    }
    m_tables.push_back(std::move(t));
    return int(m_tables.size() - 1);
}

Status BulkCapture::startTransaction()
{
    m_started = true;
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
    last.reset();
    return {};
}

Status BulkCapture::inserted(int table, const QByteArray &id)
{
    if (!m_capturing)
        return {};
    Q_ASSERT(m_started);
    Table &t = *m_tables[size_t(table)];
    // crm_hlc() ticks past both the newest local entry and this connection's last clock, so
    // binding the entry read at the start of the transaction keeps the trigger's order.
    t.entry.bindInt(1, m_lastHlc);
    t.entry.bindInt(2, m_counter + 1);
    t.entry.bindBlobOrNull(3, id);
    if (auto s = t.entry.run(u"recording the change of " + t.name); !s)
        return s;
    if (sqlite3_changes(m_handle) != 1)
        return Error{ErrorCode::Database, t.name + u": the row to capture is missing", {}};
    ++m_counter;
    t.rowClock.bindBlobOrNull(1, id);
    return t.rowClock.run(u"recording the clock of " + t.name);
}

} // namespace crm::core
