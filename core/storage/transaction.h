// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QSqlDatabase>

namespace crm::core {

// A write transaction (BEGIN IMMEDIATE, so a writer waits at the start rather than failing
// half-way); rolls back on scope exit unless committed.
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

private:
    QSqlDatabase m_db;
    Status m_begun;
    bool m_active = false;
};

} // namespace crm::core
