// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/database.h"

#include <QDateTime>
#include <QList>
#include <QVariant>

namespace crm::core {

// One captured change, as the History tab and `crm-cli history` show it.
struct HistoryEntry
{
    quint64 hlc = 0;
    QDateTime when; // from the clock, in UTC
    QString author;
    QByteArray device;
    QString table; // "contacts", "contact_emails", …
    QByteArray row;
    QString column; // empty: the row was created
    QVariant oldValue;
    QVariant newValue;  // for a created row: its fields as a JSON object (text)
    bool local = false; // made on this device
};

// Reads the change log: who changed which field, when, from what to what.
class HistoryRepository
{
public:
    explicit HistoryRepository(DatabasePtr db);

    // Everything about a record, oldest first: the record itself and its child rows
    // (e-mails, phones, tag links; the contacts of a company are records of their own).
    Result<QList<HistoryEntry>> historyOf(const QByteArray &recordId) const;
    // Local changes not yet acknowledged by a server (the outbox), oldest first.
    Result<QList<HistoryEntry>> pending(int limit = 1000) const;
    Result<int> pendingCount() const;

private:
    DatabasePtr m_db;
};

} // namespace crm::core
