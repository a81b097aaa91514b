// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

struct sqlite3;

namespace crm::core {

// Triggers of a connection set aside for part of a write transaction: dropped inside it and
// created again from their stored SQL before its commit, so no other connection ever sees
// them missing (a rollback brings them back by itself).
// For bulk writers on a table with a trigger that does not fire for them — the capture
// triggers while remote changes are applied, or while BulkCapture records the changes
// itself: the trigger's presence alone makes SQLite keep a statement journal for every
// statement that could fire it (each page the statement touches copied first).
// Thread affinity: the thread of its connection.
class TriggersAside
{
public:
    explicit TriggersAside(sqlite3 *handle)
        : m_handle(handle)
    {}
    ~TriggersAside(); // restores what is still aside (errors ignored: see restore())
    TriggersAside(const TriggersAside &) = delete;
    TriggersAside &operator=(const TriggersAside &) = delete;

    // Reads the SQL of these triggers; names without a trigger are left out. Call it before
    // setAside().
    Status remember(const QStringList &names);
    qsizetype count() const { return qsizetype(m_triggers.size()); }
    // Inside the write transaction: drops the remembered triggers.
    Status setAside();
    // Before the commit: creates again the remembered triggers that do not exist (after a
    // rollback to before setAside() they all do).
    Status restore();
    bool isAside() const { return m_aside; }

private:
    Status exec(const QString &sql, const QString &context);

    sqlite3 *m_handle = nullptr;
    std::vector<std::pair<QString, QString>> m_triggers; // name, SQL
    bool m_aside = false;
};

} // namespace crm::core
