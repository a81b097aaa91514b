// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountservice.h"
#include "outcome.h"
#include "serverstore.h"
#include "storage/hybridlogicalclock.h"
#include "sync/protocol.h"

namespace crm::server {

// Push and pull: the authoritative log, field-level last-writer-wins by (hlc, device),
// conflict records, clamped clocks and per-record visibility. Generic over tables: it reads
// only the fields `owner`, `visibility` and `deleted`, and writes rows of `conflicts`.
class SyncService
{
public:
    static constexpr const char *ConflictsTable = "conflicts";
    // The records-table kind of a withdrawal's audience (never a synced table).
    static constexpr const char *AudienceTable = "crm_audience";

    explicit SyncService(ServerStore &store, core::HybridLogicalClock::WallClock wall = {});

    // Every change of one push in one transaction: all answered, or nothing changed.
    Outcome<core::sync::PushResponse> push(const Session &session,
                                           const core::sync::PushRequest &request);
    // limit <= 0 means MaxBatch; more than MaxBatch is cut to MaxBatch.
    Outcome<core::sync::PullResponse> pull(const Session &session, qint64 since, int limit);

    quint64 clock() { return m_clock.tick(); }

    // Tests only (the convergence simulator): the next push does all its work and then
    // fails just before COMMIT, as if the server died there — it rolls back and answers 503.
    void setFailBeforeCommitForTesting(bool fail) { m_failBeforeCommit = fail; }

private:
    struct PushState;
    struct Placement; // where a change's record sits: its root, or why it is refused
    core::Status prefetch(PushState &state, const QList<core::sync::Change> &changes);
    core::Result<Placement> place(PushState &state, core::sync::Change &change);
    core::Status applyFields(PushState &state, const core::sync::Change &change,
                             const QByteArray &root);
    core::Status flush(PushState &state);
    core::Status addConflict(PushState &state, const core::sync::Change &change,
                             const QByteArray &root, const QString &column, const QString &kind,
                             const FieldState &winner, const FieldState &loser);
    core::Result<QString> visibilityRefusal(PushState &state, const QByteArray &root,
                                            const core::sync::Change &change);
    core::Result<QString> ownerRefusal(PushState &state, const QCborValue &owner,
                                       const core::sync::Change &change);
    core::Status refreshRoot(PushState &state, const QByteArray &row, bool created);
    core::Status replayReshared(PushState &state);
    core::Status withdraw(PushState &state, const QByteArray &root, const RecordRow &before,
                          const QList<std::pair<QString, QByteArray>> &rows);

    ServerStore &m_store;
    core::HybridLogicalClock::WallClock m_wall;
    core::HybridLogicalClock m_clock;
    bool m_failBeforeCommit = false;
};

} // namespace crm::server
