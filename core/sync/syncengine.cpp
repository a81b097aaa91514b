// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncengine.h"

#include "common/logging.h"
#include "common/workerthread.h"
#include "services/customfieldrepository.h"
#include "services/pipelinerepository.h"
#include "storage/sql.h"
#include "storage/sqlvalue.h"
#include "sync/credentialstore.h"
#include "sync/syncclient.h"
#include "sync/synclog.h"

#include <algorithm>
#include <memory>
#include <optional>

namespace crm::core::sync {

namespace {
const QString kServer = QStringLiteral("sync_server");
const QString kUser = QStringLiteral("sync_user");
const QString kTeam = QStringLiteral("sync_team");

// Pull pages are asked for, received, inflated and decoded on a thread of its own, with a
// client (and connection) of its own: while this thread applies a page, the next one is
// served by the server and decoded there — decoding was 7% of a big pull on this thread.
class PageFetcher
{
public:
    PageFetcher(const QUrl &server, const QString &token)
    {
        m_thread
            .run([this, server, token] {
                m_client = std::make_unique<SyncClient>(server);
                m_client->setToken(token);
            })
            .waitForFinished();
    }
    ~PageFetcher()
    {
        // A page still on its way is not waited for: its request is aborted.
        QMetaObject::invokeMethod(
            m_client->context(), [client = m_client.get()] { client->abort(); },
            Qt::QueuedConnection);
    }
    QFuture<Result<PullResponse>> fetch(qint64 since, int limit)
    {
        return m_thread.run([this, since, limit] { return m_client->pull(since, limit); });
    }

private:
    std::unique_ptr<SyncClient> m_client; // made, used and deleted on m_thread
    WorkerThread m_thread{[this] { m_client.reset(); }};
};
} // namespace

SyncEngine::SyncEngine(DatabasePtr db)
    : m_db(db)
    , m_replica(std::move(db))
{}

bool SyncEngine::isConfigured()
{
    return !server().isEmpty();
}

QUrl SyncEngine::server()
{
    auto s = m_replica.setting(kServer);
    return s ? QUrl(*s) : QUrl();
}

Result<LoginResponse> SyncEngine::login(const QUrl &server, const QString &user,
                                        const QString &password, const QString &deviceName)
{
    if (!server.isValid() || (server.scheme() != u"http" && server.scheme() != u"https") ||
        server.host().isEmpty())
        return Error{ErrorCode::Invalid,
                     QStringLiteral("\"%1\" is not a server address such as "
                                    "https://crm.example.com:8443")
                         .arg(server.toString()),
                     QStringLiteral("server")};
    SyncClient client(server);
    auto r = client.login(LoginRequest{user, password, m_replica.device(), deviceName});
    if (!r)
        return r.error();
    if (auto s = CredentialStore(m_db->path()).save(r->token); !s)
        return s.error();
    auto previous = m_replica.setting(kUser);
    if (!previous)
        return previous.error();
    if (previous->isEmpty()) {
        if (auto s = m_replica.adoptLocalRecords(m_db->localUser(), r->user); !s)
            return s.error();
    }
    for (const auto &[key, value] : {std::pair{kServer, server.toString()},
                                     std::pair{kUser, r->user}, std::pair{kTeam, r->team}}) {
        if (auto s = m_replica.setSetting(key, value); !s)
            return s.error();
    }
    // Custom fields defined before the team was known move to the team's ids.
    QSqlDatabase db = m_db->connection();
    if (auto s = CustomFieldRepository::adoptTeam(db); !s)
        return s.error();
    if (auto s = PipelineRepository::adoptTeam(m_db); !s) // the team's default pipeline
        return s.error();
    return r;
}

Status SyncEngine::logout()
{
    if (auto s = CredentialStore(m_db->path()).clear(); !s)
        return s;
    return m_replica.setSetting(kServer, QString());
}

Result<SyncReport> SyncEngine::syncOnce(const Progress &progress)
{
    const qint64 started = sql::nowMs();
    const QUrl url = server();
    Result<SyncReport> result = run(url, progress);
    if (auto s = SyncLog(m_db).record(started, url.toString(), result); !s)
        qCWarning(lcSync) << "cannot write the sync log:" << s.error().detail;
    return result;
}

Result<SyncReport> SyncEngine::run(const QUrl &url, const Progress &progress)
{
    if (url.isEmpty())
        return Error{ErrorCode::Unauthorized,
                     QStringLiteral("not signed in to a server (crm-cli account login)"),
                     {}};
    auto token = CredentialStore(m_db->path()).load();
    if (!token)
        return token.error();
    if (token->isEmpty())
        return Error{ErrorCode::Unauthorized,
                     QStringLiteral("no sign-in token for %1: sign in again").arg(url.toString()),
                     {}};
    SyncClient client(url);
    client.setToken(*token);
    SyncReport report;
    // Team-less custom fields (an earlier version's, or pulled from one) move to the team's
    // ids before the push, so the push carries the move.
    QSqlDatabase db = m_db->connection();
    if (auto s = CustomFieldRepository::adoptTeam(db); !s)
        return s.error();
    if (auto s = PipelineRepository::adoptTeam(m_db); !s) // the team's default pipeline
        return s.error();

    // Push the outbox, batch by batch, one request in flight at a time. While the server
    // stores a batch, the one after it is read and encoded, and once its answer is in, the
    // next goes out before the answer is written down: the laptop's work hides behind the
    // server's. The requests are the ones a batch at a time would send (pending() reads
    // nothing acknowledge() writes), and each is sent only after the one before it was
    // answered. A failure leaves what was not acknowledged in the outbox; a push answered
    // but not acknowledged is answered again, as a duplicate.
    auto total = m_replica.pendingCount();
    if (!total)
        return total.error();
    qint64 done = 0;
    struct Batch
    {
        QList<Change> changes;
        QByteArray body; // the request, encoded and compressed
    };
    auto read = [&](std::optional<qint64> after) -> Result<Batch> {
        auto changes = m_replica.pending(m_batch, after);
        if (!changes)
            return changes.error();
        Batch b{std::move(changes).value(), {}};
        if (!b.changes.isEmpty())
            b.body = SyncClient::pushBody(PushRequest{m_replica.device(), b.changes});
        return b;
    };
    auto send = [&](const Batch &b) {
        if (progress)
            progress(QStringLiteral("push"), done, *total);
        client.startPush(b.body);
    };
    auto first = read(std::nullopt);
    if (!first)
        return first.error();
    Batch current = std::move(first).value();
    if (!current.changes.isEmpty())
        send(current);
    while (!current.changes.isEmpty()) {
        // pending() returns changes in counter order.
        auto ahead = read(current.changes.last().counter);
        if (!ahead)
            return ahead.error();
        Batch next = std::move(ahead).value();
        auto answer = client.takePush();
        if (!answer)
            return answer.error();
        // Every pushed change answered once: acknowledge() then moves the outbox's start to
        // this batch's last counter, where the batch read ahead begins.
        if (auto s = LocalReplica::checkAnswers(current.changes, *answer); !s)
            return s.error();
        done += current.changes.size();
        if (!next.changes.isEmpty())
            send(next);
        if (auto s = m_replica.acknowledge(current.changes, *answer, report); !s)
            return s.error();
        current = std::move(next);
    }

    // Pull what the others wrote, page by page; each page commits with its cursor.
    auto cursor = m_replica.pullCursor();
    if (!cursor)
        return cursor.error();
    qint64 since = *cursor;
    const sql::LaterCheckpoints checkpoints(db);
    // A record changed in several pages has its sort keys and search entry refreshed once.
    if (auto s = m_replica.beginDeferredRefresh(); !s)
        return s.error();
    struct Deferral
    {
        LocalReplica &replica;
        ~Deferral() { replica.endDeferredRefresh(); }
    } deferral{m_replica};
    // The next page is asked for before this one is applied: the server reads it and the
    // fetcher's thread decodes it meanwhile.
    PageFetcher fetcher(url, *token);
    QFuture<Result<PullResponse>> ahead = fetcher.fetch(since, m_page);
    while (true) {
        if (progress)
            progress(QStringLiteral("pull"), report.pulled, -1);
        const Result<PullResponse> page = ahead.result();
        if (!page)
            return page.error();
        if (page->more && page->next > since)
            ahead = fetcher.fetch(page->next, m_page);
        if (auto s = m_replica.apply(*page, report); !s)
            return s.error();
        // Received so far, of about how many: what the server's log holds beyond this page
        // is an upper bound of what is still to come (changes this user may not see count).
        if (progress && page->head > 0)
            progress(QStringLiteral("pull"), report.pulled,
                     report.pulled +
                         (page->more ? std::max<qint64>(0, page->head - page->next) : 0));
        if (m_replica.deferredCount() >= LocalReplica::DeferredLimit) {
            if (auto s = m_replica.refreshDeferred(); !s)
                return s.error();
        }
        if (!page->more || page->next <= since)
            break;
        since = page->next;
    }
    if (auto s = m_replica.refreshDeferred(); !s)
        return s.error();
    // Custom field definitions the pull changed: their records' search entries.
    if (auto s = m_replica.refreshChangedFields(); !s)
        return s.error();
    qCInfo(lcSync) << "sync: pushed" << report.pushed << "pulled" << report.pulled << "conflicts"
                   << report.conflicts;
    return report;
}

} // namespace crm::core::sync
