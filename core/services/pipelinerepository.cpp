// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelinerepository.h"

#include "common/uuid.h"
#include "storage/sql.h"
#include "storage/sqlvalue.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace crm::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("crm::core::PipelineRepository", text);
}

const QString kStageColumns =
    QStringLiteral("id, pipeline_id, name, position, probability, stale_days, outcome, deleted");

Stage stageFrom(const QSqlQuery &q)
{
    Stage s;
    s.id = q.value(0).toByteArray();
    s.pipelineId = q.value(1).toByteArray();
    s.name = q.value(2).toString();
    s.position = q.value(3).toInt();
    s.probability = q.value(4).toInt();
    if (!q.value(5).isNull())
        s.staleAfterDays = q.value(5).toInt();
    parseOutcome(q.value(6).toString(), &s.outcome);
    s.deleted = q.value(7).toBool();
    return s;
}

Status check(const Stage &s)
{
    if (s.name.trimmed().isEmpty())
        return Error{ErrorCode::Invalid, tr("a stage needs a name"), QStringLiteral("name")};
    if (s.probability < 0 || s.probability > 100)
        return Error{ErrorCode::Invalid,
                     tr("the probability must be between 0 and 100, not %1").arg(s.probability),
                     QStringLiteral("probability")};
    if (s.staleAfterDays && *s.staleAfterDays <= 0)
        return Error{
            ErrorCode::Invalid,
            tr("“stale after” must be a number of days above 0, not %1").arg(*s.staleAfterDays),
            QStringLiteral("staleAfterDays")};
    return {};
}

} // namespace

PipelineRepository::PipelineRepository(DatabasePtr db)
    : m_db(std::move(db))
{}

Result<QList<Pipeline>> PipelineRepository::list() const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT id, name, position FROM pipelines WHERE deleted = 0 ORDER BY position, id")))
        return sql::error(q, QStringLiteral("listing pipelines"));
    QList<Pipeline> out;
    while (q.next()) {
        Pipeline p;
        p.id = q.value(0).toByteArray();
        p.name = q.value(1).toString();
        p.position = q.value(2).toInt();
        out << p;
    }
    QSqlQuery s(db);
    s.setForwardOnly(true);
    if (!s.exec(u"SELECT " + kStageColumns +
                u" FROM stages WHERE deleted = 0 ORDER BY position, id"))
        return sql::error(s, QStringLiteral("listing stages"));
    while (s.next()) {
        const Stage st = stageFrom(s);
        for (Pipeline &p : out) {
            if (p.id == st.pipelineId)
                p.stages << st;
        }
    }
    return out;
}

Result<Pipeline> PipelineRepository::get(const QByteArray &id) const
{
    auto all = list();
    if (!all)
        return all.error();
    for (const Pipeline &p : all.value()) {
        if (p.id == id)
            return p;
    }
    return Error{ErrorCode::NotFound, tr("no pipeline with id %1").arg(Uuid::toString(id)), {}};
}

Result<Stage> PipelineRepository::stage(const QByteArray &id) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.prepare(u"SELECT " + kStageColumns + u" FROM stages WHERE id = ?");
    q.addBindValue(id);
    if (!q.exec())
        return sql::error(q, QStringLiteral("loading a stage"));
    if (!q.next())
        return Error{ErrorCode::NotFound, tr("no stage with id %1").arg(Uuid::toString(id)),
                     QStringLiteral("stage")};
    return stageFrom(q);
}

Result<Pipeline> PipelineRepository::find(const QString &idOrName) const
{
    auto all = list();
    if (!all)
        return all.error();
    const QByteArray id = Uuid::fromString(idOrName.trimmed());
    QStringList names;
    for (const Pipeline &p : all.value()) {
        if ((!id.isEmpty() && p.id == id) ||
            p.name.compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0 ||
            p.displayName().compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
        names << p.displayName();
    }
    return Error{
        ErrorCode::NotFound,
        tr("no pipeline “%1”; there are: %2").arg(idOrName, names.join(QStringLiteral(", "))),
        QStringLiteral("pipeline")};
}

Result<Stage> PipelineRepository::findStage(const Pipeline &pipeline, const QString &idOrName) const
{
    const QString wanted = idOrName.trimmed();
    const QByteArray id = Uuid::fromString(wanted);
    QStringList names;
    for (const Stage &s : pipeline.stages) {
        if ((!id.isEmpty() && s.id == id) || s.name.compare(wanted, Qt::CaseInsensitive) == 0 ||
            s.displayName().compare(wanted, Qt::CaseInsensitive) == 0)
            return s;
        names << s.displayName();
    }
    return Error{ErrorCode::NotFound,
                 tr("no stage “%1” in the pipeline %2; its stages are: %3")
                     .arg(idOrName, pipeline.displayName(), names.join(QStringLiteral(", "))),
                 QStringLiteral("stage")};
}

Result<Stage> PipelineRepository::outcomeStage(const Pipeline &pipeline, StageOutcome outcome)
{
    for (const Stage &s : pipeline.stages) {
        if (s.outcome == outcome)
            return s;
    }
    return Error{ErrorCode::NotFound,
                 (outcome == StageOutcome::Won ? tr("the pipeline %1 has no won stage")
                                               : tr("the pipeline %1 has no lost stage"))
                     .arg(pipeline.displayName()),
                 QStringLiteral("stage")};
}

Result<QByteArray> PipelineRepository::createPipeline(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error{ErrorCode::Invalid, tr("a pipeline needs a name"), QStringLiteral("name")};
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    const QByteArray id = Uuid::createV7();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO pipelines(id, name, position, deleted) VALUES (?, ?, "
                             "(SELECT COALESCE(MAX(position), -1) + 1 FROM pipelines), 0)"));
    q.addBindValue(id);
    q.addBindValue(name.trimmed());
    if (auto s = sql::run(q, QStringLiteral("saving the pipeline")); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QByteArray> PipelineRepository::addStage(Stage stage)
{
    stage.name = stage.name.trimmed();
    if (auto s = check(stage); !s)
        return s.error();
    auto pipeline = get(stage.pipelineId);
    if (!pipeline)
        return pipeline.error();
    if (stage.outcome != StageOutcome::Open) {
        for (const Stage &s : pipeline->stages) {
            if (s.outcome == stage.outcome)
                return Error{ErrorCode::Invalid,
                             tr("the pipeline already has a %1 stage (%2)")
                                 .arg(outcomeKey(stage.outcome), s.displayName()),
                             QStringLiteral("outcome")};
        }
    }
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    stage.id = Uuid::createV7();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO stages(id, pipeline_id, name, position, probability, stale_days, outcome, "
        "deleted) VALUES (?, ?, ?, (SELECT COALESCE(MAX(position), -1) + 1 FROM stages WHERE "
        "pipeline_id = ?), ?, ?, ?, 0)"));
    for (const QVariant &v : {QVariant(stage.id), QVariant(stage.pipelineId), QVariant(stage.name),
                              QVariant(stage.pipelineId), QVariant(stage.probability),
                              stage.staleAfterDays ? QVariant(*stage.staleAfterDays)
                                                   : QVariant(QMetaType::fromType<int>()),
                              QVariant(outcomeKey(stage.outcome))})
        q.addBindValue(v);
    if (auto s = sql::run(q, QStringLiteral("saving the stage")); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return stage.id;
}

Status PipelineRepository::updateStage(const Stage &edited)
{
    Stage stage = edited;
    stage.name = stage.name.trimmed();
    if (auto s = check(stage); !s)
        return s;
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE stages SET name = ?, position = ?, probability = ?, "
                             "stale_days = ?, outcome = ? WHERE id = ?"));
    for (const QVariant &v :
         {QVariant(stage.name), QVariant(stage.position), QVariant(stage.probability),
          stage.staleAfterDays ? QVariant(*stage.staleAfterDays)
                               : QVariant(QMetaType::fromType<int>()),
          QVariant(outcomeKey(stage.outcome)), QVariant(stage.id)})
        q.addBindValue(v);
    if (auto s = sql::run(q, QStringLiteral("saving the stage")); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return Error{
            ErrorCode::NotFound, tr("no stage with id %1").arg(Uuid::toString(stage.id)), {}};
    if (auto s = refreshStageDeals(db, stage.id); !s)
        return s;
    return tx.commit();
}

Status PipelineRepository::removeStage(const QByteArray &id)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto inUse = sql::scalar(
        db, QStringLiteral("SELECT count(*) FROM deals WHERE stage_id = ? AND deleted = 0"), {id});
    if (!inUse)
        return inUse.error();
    if (inUse->toInt() > 0)
        return Error{ErrorCode::Invalid,
                     QCoreApplication::translate("crm::core::PipelineRepository",
                                                 "deals in this stage: %1; move them first")
                         .arg(inUse->toInt()),
                     QStringLiteral("stage")};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE stages SET deleted = 1 WHERE id = ?"));
    q.addBindValue(id);
    if (auto s = sql::run(q, QStringLiteral("deleting the stage")); !s)
        return s;
    return tx.commit();
}

Status PipelineRepository::refreshStageDeals(QSqlDatabase &db, const QByteArray &stageId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE deals SET local_pipeline_id = s.pipeline_id, local_outcome = s.outcome, "
        "local_probability = COALESCE(deals.probability, s.probability), "
        "local_weighted = (deals.amount * COALESCE(deals.probability, s.probability)) / 100 "
        "FROM stages s WHERE s.id = deals.stage_id AND deals.stage_id = ?"));
    q.addBindValue(stageId);
    return sql::run(q, QStringLiteral("refreshing the deals of a stage"));
}

} // namespace crm::core
