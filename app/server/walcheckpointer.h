// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

namespace crm::server {

// Copies an SQLite store's write-ahead log back into the database file on a thread and
// connection of its own. SQLite's automatic checkpoint does it inside the COMMIT that finds
// the log past its threshold: the copy, a sync of the database file and the reads it takes
// then delay that push's answer and every request behind it. Here the COMMIT only appends
// to the log and syncs it, as before; a commit is durable once the log is synced
// (synchronous=FULL), and a checkpoint syncs the log before it copies and the database file
// before the log is used again from its start, so nothing answered can be lost.
class WalCheckpointer
{
public:
    // SQLite's own threshold (wal_autocheckpoint): a checkpoint after a commit that leaves at
    // least this many pages in the log.
    static constexpr int StartPages = 1000;
    // A log this long is checkpointed in the COMMIT again, as SQLite does by itself: the
    // thread has fallen behind, and the log must not grow without end.
    static constexpr int InlinePages = 16 * StartPages;

    // Takes over the checkpoints of `served` (a connection to `path`), or nullptr when the
    // thread's connection cannot be opened (SQLite's automatic checkpoint stays on then).
    static std::unique_ptr<WalCheckpointer> start(sqlite3 *served, const QString &path);
    // Hands the checkpoints back to SQLite's automatic ones and stops the thread (a
    // checkpoint under way finishes first).
    ~WalCheckpointer();

    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Checkpoints run so far by the thread and in COMMITs (tests).
    int threadCheckpoints() const;
    int inlineCheckpoints() const;

private:
    WalCheckpointer(sqlite3 *served, sqlite3 *own);
    static int committed(void *self, sqlite3 *db, const char *name, int pages);
    void run();

    sqlite3 *m_served;
    sqlite3 *m_own;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_due = false;
    bool m_stop = false;
    int m_threadCheckpoints = 0;
    int m_inlineCheckpoints = 0;
    std::thread m_thread;
};

} // namespace crm::server
