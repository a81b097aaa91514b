// SPDX-License-Identifier: GPL-3.0-or-later
#include "walcheckpointer.h"

#include "common/logging.h"

#include <sqlite3.h>

namespace crm::server {

std::unique_ptr<WalCheckpointer> WalCheckpointer::start(sqlite3 *served, const QString &path)
{
    if (!sqlite3_threadsafe())
        return nullptr; // connections on two threads need SQLite's locking
    sqlite3 *own = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &own,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    // The checkpoint syncs the log before copying it and the database file after, as the
    // serving connection's own checkpoints do under synchronous=FULL.
    if (rc != SQLITE_OK ||
        sqlite3_exec(own, "PRAGMA synchronous=FULL", nullptr, nullptr, nullptr) != SQLITE_OK) {
        qCWarning(lcStorage) << path << "checkpoints in the request thread:"
                             << (own ? sqlite3_errmsg(own) : "out of memory");
        sqlite3_close(own);
        return nullptr;
    }
    return std::unique_ptr<WalCheckpointer>(new WalCheckpointer(served, own));
}

WalCheckpointer::WalCheckpointer(sqlite3 *served, sqlite3 *own)
    : m_served(served)
    , m_own(own)
{
    m_thread = std::thread([this] { run(); });
    // Replaces the automatic checkpoint (the same hook, which wal_autocheckpoint sets).
    sqlite3_wal_hook(m_served, &WalCheckpointer::committed, this);
}

WalCheckpointer::~WalCheckpointer()
{
    sqlite3_wal_autocheckpoint(m_served, StartPages);
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread.join();
    sqlite3_close(m_own);
}

int WalCheckpointer::committed(void *self, sqlite3 *db, const char *name, int pages)
{
    auto *c = static_cast<WalCheckpointer *>(self);
    if (pages >= InlinePages) {
        // PASSIVE, as SQLite's automatic one: it waits for no reader or writer. Busy while
        // the thread is checkpointing, which is fine.
        if (sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr) ==
            SQLITE_OK) {
            std::lock_guard lock(c->m_mutex);
            ++c->m_inlineCheckpoints;
        }
    } else if (pages >= StartPages) {
        {
            std::lock_guard lock(c->m_mutex);
            c->m_due = true;
        }
        c->m_wake.notify_one();
    }
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [this] { return m_due || m_stop; });
        if (m_stop)
            return;
        m_due = false;
        lock.unlock();
        const int rc =
            sqlite3_wal_checkpoint_v2(m_own, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        if (rc != SQLITE_OK && rc != SQLITE_BUSY)
            qCWarning(lcStorage) << "checkpoint:" << sqlite3_errmsg(m_own);
        lock.lock();
        if (rc == SQLITE_OK)
            ++m_threadCheckpoints;
    }
}

int WalCheckpointer::threadCheckpoints() const
{
    std::lock_guard lock(m_mutex);
    return m_threadCheckpoints;
}

int WalCheckpointer::inlineCheckpoints() const
{
    std::lock_guard lock(m_mutex);
    return m_inlineCheckpoints;
}

} // namespace crm::server
