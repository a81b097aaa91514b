// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/database.h"
#include "sync/localreplica.h"

#include <QList>
#include <QString>

namespace crm::core::sync {

// One line of the sync log: a sync run, or several alike in a row.
struct SyncLogEntry
{
    enum class Outcome
    {
        Ok,        // pushed and pulled everything
        Offline,   // the server could not be reached
        SignedOut, // no sign-in, or the server no longer accepts it
        Failed,    // anything else: the message says what
    };
    qint64 id = 0;
    qint64 startedAt = 0;  // ms since the epoch, of the first run of the line
    qint64 finishedAt = 0; // of the last
    int repeats = 1;       // runs alike in a row that this line stands for
    QString server;
    Outcome outcome = Outcome::Ok;
    SyncReport report;
    QString message; // the error, or the server's reasons for refused changes

    // Nothing moved and nothing went wrong: such runs fold into one line.
    bool isIdle() const;
};

// The local sync log (not synced): what each sync run did, newest first, so a user can see
// when the laptop last synced, what moved and why a sync failed. Runs alike in a row — idle
// syncs every few minutes, or the same error while offline — are one line with a count, and
// only the newest Kept lines stay. Every connection's thread may use it.
class SyncLog
{
public:
    explicit SyncLog(DatabasePtr db);

    static constexpr int Kept = 500;

    Status record(const SyncLogEntry &run);
    // Records the outcome of a sync run that started at `startedAt`.
    Status record(qint64 startedAt, const QString &server, const Result<SyncReport> &result);
    Result<QList<SyncLogEntry>> recent(int limit = Kept) const;
    Status clear();

    static QString outcomeKey(SyncLogEntry::Outcome outcome);
    static SyncLogEntry::Outcome outcomeOf(const Error &error);

private:
    DatabasePtr m_db;
};

} // namespace crm::core::sync
