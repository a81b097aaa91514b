// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "sql.h"

#include <QAtomicInteger>

#include <QSqlDriver>

#include <sqlite3.h>

namespace crm::core {

namespace {

bool inTransaction(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *h = *static_cast<sqlite3 *const *>(v.constData());
    return h && sqlite3_get_autocommit(h) == 0;
}

} // namespace

bool Transaction::isOpen(const QSqlDatabase &db)
{
    return inTransaction(db);
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    if (inTransaction(m_db)) {
        static QAtomicInteger<quint64> next = 0;
        m_savepoint = QStringLiteral("crm_sp%1").arg(++next);
        m_begun = sql::exec(m_db, u"SAVEPOINT " + m_savepoint);
    } else {
        m_begun = sql::exec(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    }
    m_active = m_begun.ok();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::commit()
{
    if (!m_active)
        return Error{ErrorCode::Database, QStringLiteral("commit without an open transaction"), {}};
    Status s = sql::exec(m_db, m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                                     : u"RELEASE " + m_savepoint);
    if (!s.ok()) {
        rollback();
        return s;
    }
    m_active = false;
    return s;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_savepoint.isEmpty()) {
        (void)sql::exec(m_db, QStringLiteral("ROLLBACK"));
    } else {
        (void)sql::exec(m_db, u"ROLLBACK TO " + m_savepoint);
        (void)sql::exec(m_db, u"RELEASE " + m_savepoint);
    }
}

} // namespace crm::core
