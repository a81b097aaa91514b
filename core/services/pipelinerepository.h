// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "domain/pipeline.h"
#include "storage/database.h"

#include <QList>

namespace crm::core {

// Pipelines and their stages (team configuration, synced like any record). Every write is
// validated and runs in one transaction with its captured changes. Any thread.
class PipelineRepository
{
public:
    explicit PipelineRepository(DatabasePtr db);

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

    Result<QByteArray> createPipeline(const QString &name);
    Result<QByteArray> addStage(Stage stage); // appended after the pipeline's last stage
    Status updateStage(const Stage &stage);
    Status removeStage(const QByteArray &id); // soft; refused while live deals are in it

    // Refreshes the derived columns of the deals in a stage (after its probability or
    // outcome changed here or through sync).
    static Status refreshStageDeals(QSqlDatabase &db, const QByteArray &stageId);

private:
    DatabasePtr m_db;
};

} // namespace crm::core
