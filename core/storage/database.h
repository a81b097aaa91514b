// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/hybridlogicalclock.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace crm::core {

struct ConnectionState;

// One CRM database file. Hands out one QSqlDatabase connection per thread (WAL,
// foreign keys, busy timeout, the capture functions registered). Thread-safe.
class Database
{
public:
    struct Options
    {
        bool create = true; // create the file (and its folder) when missing
        QString localUser;  // recorded as the author of local edits; default: OS user
        HybridLogicalClock::WallClock wallClock; // for tests
        // Build the indexes an interrupted bulk load left aside (IndexesAside::recover) before
        // open() returns; false: the caller does, in the background (the app: ~20 s at a
        // million contacts, while the window already works).
        bool buildIndexesLeftAside = true;
    };

    static constexpr int SchemaVersion = 16;

    // Opens (creating or migrating as needed). A file that is not a database, is damaged,
    // or comes from a newer version is refused and left byte-for-byte untouched.
    static Result<std::shared_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::shared_ptr<Database>> open(const QString &path)
    {
        return open(path, Options());
    }

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    QByteArray deviceId() const { return m_deviceId; }
    QString localUser() const;
    // Makes `user` the author of edits from now on, on every connection (after signing in
    // to a team server, edits are the account's at once, not only after the next open).
    void setLocalUser(const QString &user);
    HybridLogicalClock &clock() { return *m_clock; }
    // True when this open created the file (the app then offers demo data).
    bool isNew() const { return m_created; }

    // This thread's connection, opened on first use.
    QSqlDatabase connection();
    // Closes this thread's connection (call before a worker thread ends).
    void closeConnection();

    // While set on a connection, its writes are not captured: the sync engine applies
    // remote changes this way, recording their clocks itself.
    void setApplyingRemote(const QSqlDatabase &connection, bool applying);

    // Reads the schema version from the file header without opening it; -1 when unreadable.
    static int peekSchemaVersion(const QString &path);

private:
    Database() = default;
    Result<QSqlDatabase> openConnection(const QString &name, bool readOnly);
    Status migrate();

    QString m_path;
    QString m_localUser;
    QByteArray m_deviceId;
    QString m_connectionPrefix;
    std::unique_ptr<HybridLogicalClock> m_clock;
    bool m_created = false;
    mutable QMutex m_mutex;
    QHash<QString, ConnectionState *> m_states; // by connection name
};

using DatabasePtr = std::shared_ptr<Database>;

} // namespace crm::core
