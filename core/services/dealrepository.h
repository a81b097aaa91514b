// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "domain/deal.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QList>

namespace crm::core {

// Deals with their contacts and tags (child rows) and their stage history. Every write is
// validated and runs in one transaction with its captured changes and derived columns.
// Safe to use from any thread (uses that thread's connection).
class DealRepository
{
    // The context lupdate files the messages of its members under.
    Q_DECLARE_TR_FUNCTIONS(crm::core::DealRepository)

public:
    explicit DealRepository(DatabasePtr db);

    // A deal without a stage starts in the first open stage of the default pipeline. Its
    // first stage is recorded in the history (from nothing).
    Result<QByteArray> create(Deal deal);
    // A deal as it went in the past, for demo data and records brought over from elsewhere:
    // created at `createdAt` (ms since the epoch) in its stage, then moved through `moves`
    // (oldest first) at their instants, each move recorded in its history as of then.
    struct PastMove
    {
        QByteArray stageId;
        qint64 at = 0;
        QString lostReason; // required for a lost stage
    };
    Result<QByteArray> createWithHistory(Deal deal, qint64 createdAt, const QList<PastMove> &moves);
    Result<Deal> get(const QByteArray &id) const;
    // Saves what differs from the stored deal; a changed stage is a move (recorded).
    Status update(const Deal &deal);
    Status remove(const QByteArray &id);  // soft delete
    Status restore(const QByteArray &id); // undo of remove

    // Moves the deal to another stage of any pipeline and records the move. A lost stage
    // needs a reason: use markLost. Moving to the stage it is in writes nothing.
    Status move(const QByteArray &id, const QByteArray &stageId);
    // Moves the deal to any stage, keeping its lost reason: for settings changes (a stage
    // or pipeline removed, or the undo of that), not for a salesperson's move.
    Status place(const QByteArray &id, const QByteArray &stageId);
    // To the won stage of the deal's pipeline (won date today).
    Status markWon(const QByteArray &id);
    // To the lost stage of the deal's pipeline with the reason; the reason is required.
    Status markLost(const QByteArray &id, const QString &reason);

    // Oldest first.
    Result<QList<StageChange>> stageHistory(const QByteArray &id) const;

    struct Filter
    {
        QByteArray pipelineId; // empty: every pipeline
        QByteArray stageId;    // empty: every stage
        bool openOnly = false;
    };
    Result<QList<Deal>> list(const Filter &filter, int limit = -1) const;

    // Time in the current stage at `nowMs`.
    static qint64 timeInStage(const Deal &deal, qint64 nowMs);
    // Past its stage's "stale after" limit at `nowMs` (never for a stage without one).
    static bool isStale(const Deal &deal, const Stage &stage, qint64 nowMs);

    // Recomputes a deal's local-only columns from its stored fields, stage and history —
    // after sync wrote them directly. A missing deal is not an error.
    static Status refreshDerived(QSqlDatabase &db, const QByteArray &dealId);
    // The company name shown on a company's deals (after a rename, delete or restore).
    static Status refreshCompanyDeals(QSqlDatabase &db, const QByteArray &companyId);

private:
    Status setDeleted(const QByteArray &id, bool deleted);
    // move() (checked as a salesperson's move) or place() (a settings change).
    Status relocate(const QByteArray &id, const QByteArray &stageId, bool setting);
    // `at`: when the move happened (0: now).
    Status moveTo(QSqlDatabase &db, const Deal &stored, const Stage &to, const QString &lostReason,
                  qint64 at = 0);
    DatabasePtr m_db;
};

} // namespace crm::core
