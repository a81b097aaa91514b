// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QSqlDatabase>

namespace crm::core {

// A write transaction that rolls back on scope exit unless committed.
// The outermost one is BEGIN IMMEDIATE (a writer waits at the start rather than failing
// half-way); one opened while another is active on the connection is a SAVEPOINT, so
// repository calls compose: a caller can wrap several of them into one atomic unit.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &begun() const { return m_begun; }
    Status commit();
    void rollback();
    bool isNested() const { return !m_savepoint.isEmpty(); }
    // Whether the connection has a transaction open (a Transaction made now would nest).
    static bool isOpen(const QSqlDatabase &db);

private:
    QSqlDatabase m_db;
    QString m_savepoint; // empty for the outermost transaction
    Status m_begun;
    bool m_active = false;
};

} // namespace crm::core
