// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyrepository.h"

#include "storage/hybridlogicalclock.h"
#include "storage/sql.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace crm::core {

namespace {

const QString kColumns = QStringLiteral("hlc, author, device, tbl, row, col, old_value, new_value");

HistoryEntry fromRecord(const QSqlQuery &q, const QByteArray &localDevice)
{
    HistoryEntry e;
    e.hlc = q.value(0).toULongLong();
    e.when = QDateTime::fromMSecsSinceEpoch(HybridLogicalClock::millis(e.hlc), QTimeZone::utc());
    e.author = q.value(1).toString();
    e.device = q.value(2).toByteArray();
    e.table = q.value(3).toString();
    e.row = q.value(4).toByteArray();
    e.column = q.value(5).toString();
    e.oldValue = q.value(6);
    e.newValue = q.value(7);
    e.local = e.device == localDevice;
    return e;
}

} // namespace

HistoryRepository::HistoryRepository(DatabasePtr db)
    : m_db(std::move(db))
{}

Result<QList<HistoryEntry>> HistoryRepository::historyOf(const QByteArray &recordId) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT " + kColumns +
              u" FROM change_log WHERE (row = :id OR row IN ("
              u"SELECT id FROM contact_emails WHERE contact_id = :id "
              u"UNION ALL SELECT id FROM contact_phones WHERE contact_id = :id "
              u"UNION ALL SELECT id FROM contact_tags WHERE contact_id = :id))"
              // A withdrawal (the record was unshared for a while) is no edit of a field.
              u" AND col IS NOT 'crm_withdrawn' ORDER BY hlc, seq");
    q.bindValue(QStringLiteral(":id"), recordId);
    if (!q.exec())
        return sql::error(q, QStringLiteral("reading the history"));
    QList<HistoryEntry> out;
    while (q.next())
        out << fromRecord(q, m_db->deviceId());
    return out;
}

Result<QList<HistoryEntry>> HistoryRepository::pending(int limit) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT " + kColumns +
              u" FROM change_log WHERE device = ? AND counter > "
              u"COALESCE((SELECT value FROM meta WHERE key = 'acked_counter'), 0) "
              u"ORDER BY counter LIMIT ?");
    q.addBindValue(m_db->deviceId());
    q.addBindValue(limit);
    if (!q.exec())
        return sql::error(q, QStringLiteral("reading the outbox"));
    QList<HistoryEntry> out;
    while (q.next())
        out << fromRecord(q, m_db->deviceId());
    return out;
}

Result<int> HistoryRepository::pendingCount() const
{
    QSqlDatabase db = m_db->connection();
    auto v = sql::scalar(
        db,
        QStringLiteral("SELECT count(*) FROM change_log WHERE device = ? AND counter > "
                       "COALESCE((SELECT value FROM meta WHERE key = 'acked_counter'), 0)"),
        {m_db->deviceId()});
    if (!v)
        return v.error();
    return v->toInt();
}

} // namespace crm::core
