// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "sql.h"

namespace crm::core {

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_begun = sql::exec(m_db, QStringLiteral("BEGIN IMMEDIATE"));
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
    Status s = sql::exec(m_db, QStringLiteral("COMMIT"));
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
    (void)sql::exec(m_db, QStringLiteral("ROLLBACK"));
}

} // namespace crm::core
