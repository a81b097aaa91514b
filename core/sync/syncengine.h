// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/database.h"
#include "sync/localreplica.h"
#include "sync/protocol.h"

#include <QUrl>

#include <functional>

namespace crm::core::sync {

// One laptop's sync with the team server: sign in once, then push the outbox and pull what
// others wrote, page by page. Blocking; the desktop app runs it on its own thread, crm-cli
// in its main thread. Every page is applied in its own transaction together with the
// cursor, so an interrupted first sync resumes where it stopped.
class SyncEngine
{
public:
    explicit SyncEngine(DatabasePtr db);

    // Signs in, registers this laptop's device and keeps the token (CredentialStore).
    Result<LoginResponse> login(const QUrl &server, const QString &user, const QString &password,
                                const QString &deviceName);
    Status logout();

    bool isConfigured();
    QUrl server();

    // "push": done of total changes sent; "pull": done changes received of at most total
    // (an estimate from the server's log that shrinks to the exact count on the last page;
    // -1 before the first page or from a server that does not tell).
    using Progress = std::function<void(const QString &phase, qint64 done, qint64 total)>;
    // One sync run; its outcome goes to the sync log (SyncLog), success or not.
    Result<SyncReport> syncOnce(const Progress &progress = {});

    // Changes per push request and per pull page.
    void setBatchSize(int changes) { m_batch = m_page = changes; }

private:
    Result<SyncReport> run(const QUrl &server, const Progress &progress);

    DatabasePtr m_db;
    LocalReplica m_replica;
    // A push of 5,000 changes keeps a slow server's answer well within the client's timeout
    // (20,000 row creations took PostgreSQL over 60 s under load); pulls are cheap to serve.
    int m_batch = 5000;
    int m_page = MaxBatch;
};

} // namespace crm::core::sync
