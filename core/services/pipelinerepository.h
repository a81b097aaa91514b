// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "domain/pipeline.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QList>

namespace crm::core {

// Pipelines and their stages (team configuration, synced like any record). Every write is
// validated and runs in one transaction with its captured changes. Any thread.
// Where a deal stood before a settings change moved it (so an undo can put it back).
struct DealPlacement
{
    QByteArray dealId;
    QByteArray stageId;
    bool operator==(const DealPlacement &) const = default;
};

// What PipelineRepository::adoptTeam() wrote.
struct PipelineAdoption
{
    qint64 dealsCaptured = 0;  // deals whose stage moved by a captured edit (pushed)
    qint64 dealsRewritten = 0; // deals whose unpushed entries now name the team's stage
    qint64 stagesCaptured = 0; // added stages moved to the team's pipeline, likewise
    qint64 stagesRewritten = 0;
};

class PipelineRepository
{
    // The context lupdate files the messages of its members under.
    Q_DECLARE_TR_FUNCTIONS(crm::core::PipelineRepository)

public:
    explicit PipelineRepository(DatabasePtr db);
    DatabasePtr database() const { return m_db; }

    // Live pipelines by position, each with its live stages by position.
    Result<QList<Pipeline>> list() const;
    Result<Pipeline> get(const QByteArray &id) const;
    Result<Stage> stage(const QByteArray &id) const;
    // A pipeline by id text or by name (as stored or as shown, case-insensitive).
    Result<Pipeline> find(const QString &idOrName) const;
    // A live stage of the pipeline by id text or name; NotFound names the stages there are.
    Result<Stage> findStage(const Pipeline &pipeline, const QString &idOrName) const;
    // The stage of the pipeline with that outcome (won or lost), or NotFound.
    static Result<Stage> outcomeStage(const Pipeline &pipeline, StageOutcome outcome);

    // The default pipeline: the first by position (new deals without a stage go there).
    Result<Pipeline> defaultPipeline() const;

    Result<QByteArray> createPipeline(const QString &name); // without stages
    // A pipeline ready to use: one open stage, then its won and its lost stage.
    Result<QByteArray> addPipeline(const QString &name);
    Status renamePipeline(const QByteArray &id, const QString &name);
    // Makes it the default: first by position, the others keep their order after it.
    Status setDefaultPipeline(const QByteArray &id);
    // Deletes a pipeline and its stages (softly). Refused for the last pipeline and, while
    // live deals are in it, unless `moveTo` names another pipeline: then its open deals go
    // to that pipeline's first open stage and won and lost ones to its won and lost stage
    // (each move recorded). Returns where the moved deals stood.
    Result<QList<DealPlacement>> removePipeline(const QByteArray &id,
                                                const QByteArray &moveTo = {});

    Result<QByteArray> addStage(Stage stage); // appended after the pipeline's last stage
    // Name, probability, stale limit (and position). A stage's outcome never changes: every
    // pipeline keeps exactly one won and one lost stage.
    Status updateStage(const Stage &stage);
    // The pipeline's live stages in this order (every one of them, once).
    Status reorderStages(const QByteArray &pipelineId, const QList<QByteArray> &order);
    // Moves a stage one place up (-1) or down (+1).
    Status moveStage(const QByteArray &id, int delta);
    // Deletes an open stage (softly). Refused for a won or lost stage, for the pipeline's
    // last open stage and, while live deals are in it, unless `moveTo` names another open
    // stage of the pipeline to move them to. Returns where the moved deals stood.
    Result<QList<DealPlacement>> removeStage(const QByteArray &id, const QByteArray &moveTo = {});
    // Live deals in a stage.
    Result<int> dealCount(const QByteArray &stageId) const;

    // Every pipeline and stage, deleted ones too: what an undo of a settings change restores.
    Result<QList<Pipeline>> snapshot() const;
    // Writes pipelines and stages back as the snapshot holds them (names, positions,
    // probabilities, limits, deleted flags) in one transaction; a field written the same is
    // not captured again.
    Status restore(const QList<Pipeline> &snapshot);
    // `before` plus every pipeline and stage only in `after`, marked deleted: restoring it
    // undoes additions as well as edits.
    static QList<Pipeline> undoSnapshot(const QList<Pipeline> &before,
                                        const QList<Pipeline> &after);
    // Puts deals into stages (each move recorded; a lost deal keeps its reason).
    Status placeDeals(const QList<DealPlacement> &placements);

    // Refreshes the derived columns of the deals in a stage (after its probability or
    // outcome changed here or through sync).
    static Status refreshStageDeals(QSqlDatabase &db, const QByteArray &stageId);

    // Once the laptop knows its team (meta `sync_team`: at sign-in and before each sync), the
    // migration's team-less seed becomes the team's (DefaultPipeline::pipelineId(team)) with
    // what the laptop changed in it, and the deals, stages and stage history pointing at it
    // follow (pipelineadoption.cpp says how). Deals go `batch` per transaction. Nothing to do
    // before the first sign-in, nor once done. Any thread.
    static Result<PipelineAdoption> adoptTeam(const DatabasePtr &db, int batch = 2000);

private:
    DatabasePtr m_db;
};

} // namespace crm::core
