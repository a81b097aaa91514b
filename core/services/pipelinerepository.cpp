// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelinerepository.h"

#include "common/uuid.h"
#include "services/dealrepository.h"
#include "storage/sql.h"
#include "storage/sqlvalue.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>

namespace crm::core {

namespace {

// The context lupdate files the messages of this file's free functions under (their
// namespace); each class with messages declares its own.
QString tr(const char *text)
{
    return QCoreApplication::translate("crm::core", text);
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

// The live deals whose `column` (stage_id or local_pipeline_id) is `id`, with their stage.
Result<QList<DealPlacement>> dealsIn(QSqlDatabase &db, const QString &column, const QByteArray &id)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, stage_id FROM deals WHERE " + column + u" = ? AND deleted = 0");
    q.addBindValue(id);
    if (!q.exec())
        return sql::error(q, QStringLiteral("finding the deals to move"));
    QList<DealPlacement> out;
    while (q.next())
        out << DealPlacement{q.value(0).toByteArray(), q.value(1).toByteArray()};
    return out;
}

// Positions 0, 1, … in `order` for rows of `table` (pipelines or stages); only the ones that
// change are written (and captured). A stage's deals take its new position.
Status writePositions(const DatabasePtr &database, const QString &table,
                      const QList<QByteArray> &order)
{
    QSqlDatabase db = database->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(db);
    q.prepare(u"UPDATE " + table + u" SET position = ? WHERE id = ? AND position <> ?");
    for (int i = 0; i < order.size(); ++i) {
        q.addBindValue(i);
        q.addBindValue(order.at(i));
        q.addBindValue(i);
        if (auto s = sql::run(q, QStringLiteral("ordering the %1").arg(table)); !s)
            return s;
        if (table == u"stages" && q.numRowsAffected() > 0) {
            if (auto s = PipelineRepository::refreshStageDeals(db, order.at(i)); !s)
                return s;
        }
    }
    return tx.commit();
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
    auto stored = this->stage(stage.id);
    if (!stored)
        return stored.error();
    if (stored->outcome != stage.outcome)
        return Error{ErrorCode::Invalid,
                     tr("a stage keeps its outcome: every pipeline has exactly one won and one "
                        "lost stage"),
                     QStringLiteral("outcome")};
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

Result<int> PipelineRepository::dealCount(const QByteArray &stageId) const
{
    QSqlDatabase db = m_db->connection();
    auto n = sql::scalar(
        db, QStringLiteral("SELECT count(*) FROM deals WHERE stage_id = ? AND deleted = 0"),
        {stageId});
    if (!n)
        return n.error();
    return n->toInt();
}

Result<QList<DealPlacement>> PipelineRepository::removeStage(const QByteArray &id,
                                                             const QByteArray &moveTo)
{
    auto st = stage(id);
    if (!st)
        return st.error();
    if (st->deleted)
        return QList<DealPlacement>{};
    if (st->outcome != StageOutcome::Open)
        return Error{ErrorCode::Invalid,
                     tr("the %1 stage stays: every pipeline has exactly one won and one lost "
                        "stage")
                         .arg(st->displayName()),
                     QStringLiteral("stage")};
    auto pipeline = get(st->pipelineId);
    if (!pipeline)
        return pipeline.error();
    int open = 0;
    for (const Stage &s : pipeline->stages)
        open += s.outcome == StageOutcome::Open ? 1 : 0;
    if (open <= 1)
        return Error{ErrorCode::Invalid,
                     tr("the %1 stage is the pipeline's last open stage").arg(st->displayName()),
                     QStringLiteral("stage")};
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto deals = dealsIn(db, QStringLiteral("stage_id"), id);
    if (!deals)
        return deals.error();
    if (!deals->isEmpty()) {
        if (moveTo.isEmpty())
            return Error{
                ErrorCode::Invalid,
                tr("deals in this stage: %1; choose the stage they move to").arg(deals->size()),
                QStringLiteral("stage")};
        const Stage *target = nullptr;
        for (const Stage &s : pipeline->stages) {
            if (s.id == moveTo && s.id != id && s.outcome == StageOutcome::Open)
                target = &s;
        }
        if (!target)
            return Error{ErrorCode::Invalid,
                         tr("the deals can only move to another open stage of the pipeline %1")
                             .arg(pipeline->displayName()),
                         QStringLiteral("moveTo")};
        QList<DealPlacement> forward;
        for (const DealPlacement &d : std::as_const(deals.value()))
            forward << DealPlacement{d.dealId, target->id};
        if (auto s = placeDeals(forward); !s)
            return s.error();
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE stages SET deleted = 1 WHERE id = ?"));
    q.addBindValue(id);
    if (auto s = sql::run(q, QStringLiteral("deleting the stage")); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return deals.value();
}

Status PipelineRepository::reorderStages(const QByteArray &pipelineId,
                                         const QList<QByteArray> &order)
{
    auto pipeline = get(pipelineId);
    if (!pipeline)
        return pipeline.error();
    QList<QByteArray> live;
    for (const Stage &s : pipeline->stages)
        live << s.id;
    QList<QByteArray> sortedOrder = order, sortedLive = live;
    std::sort(sortedOrder.begin(), sortedOrder.end());
    std::sort(sortedLive.begin(), sortedLive.end());
    if (sortedOrder != sortedLive)
        return Error{ErrorCode::Invalid,
                     tr("a new order must name every stage of the pipeline %1 once")
                         .arg(pipeline->displayName()),
                     QStringLiteral("stage")};
    return writePositions(m_db, QStringLiteral("stages"), order);
}

Status PipelineRepository::moveStage(const QByteArray &id, int delta)
{
    auto st = stage(id);
    if (!st)
        return st.error();
    auto pipeline = get(st->pipelineId);
    if (!pipeline)
        return pipeline.error();
    QList<QByteArray> order;
    for (const Stage &s : pipeline->stages)
        order << s.id;
    const qsizetype from = order.indexOf(id);
    const qsizetype to = from + delta;
    if (from < 0 || to < 0 || to >= order.size())
        return {}; // already first or last
    order.move(from, to);
    return reorderStages(st->pipelineId, order);
}

Result<Pipeline> PipelineRepository::defaultPipeline() const
{
    auto all = list();
    if (!all)
        return all.error();
    if (all->isEmpty())
        return Error{ErrorCode::NotFound, tr("there is no pipeline"), QStringLiteral("pipeline")};
    return all->first();
}

Result<QByteArray> PipelineRepository::addPipeline(const QString &name)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto id = createPipeline(name);
    if (!id)
        return id.error();
    struct Seed
    {
        QString name;
        int probability;
        StageOutcome outcome;
    };
    const Seed seeds[] = {{tr("New"), 10, StageOutcome::Open},
                          {tr("Won"), 100, StageOutcome::Won},
                          {tr("Lost"), 0, StageOutcome::Lost}};
    for (const Seed &seed : seeds) {
        Stage st;
        st.pipelineId = id.value();
        st.name = seed.name;
        st.probability = seed.probability;
        st.outcome = seed.outcome;
        if (auto s = addStage(st); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return id.value();
}

Status PipelineRepository::renamePipeline(const QByteArray &id, const QString &name)
{
    if (name.trimmed().isEmpty())
        return Error{ErrorCode::Invalid, tr("a pipeline needs a name"), QStringLiteral("name")};
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE pipelines SET name = ? WHERE id = ? AND deleted = 0 AND name IS NOT ?"));
    q.addBindValue(name.trimmed());
    q.addBindValue(id);
    q.addBindValue(name.trimmed());
    if (auto s = sql::run(q, QStringLiteral("renaming the pipeline")); !s)
        return s;
    return tx.commit();
}

Status PipelineRepository::setDefaultPipeline(const QByteArray &id)
{
    auto all = list();
    if (!all)
        return all.error();
    QList<QByteArray> order;
    for (const Pipeline &p : all.value())
        order << p.id;
    const qsizetype at = order.indexOf(id);
    if (at < 0)
        return Error{ErrorCode::NotFound, tr("no pipeline with id %1").arg(Uuid::toString(id)),
                     QStringLiteral("pipeline")};
    order.move(at, 0);
    return writePositions(m_db, QStringLiteral("pipelines"), order);
}

Result<QList<DealPlacement>> PipelineRepository::removePipeline(const QByteArray &id,
                                                                const QByteArray &moveTo)
{
    auto all = list();
    if (!all)
        return all.error();
    const Pipeline *doomed = nullptr;
    const Pipeline *target = nullptr;
    for (const Pipeline &p : all.value()) {
        if (p.id == id)
            doomed = &p;
        else if (!moveTo.isEmpty() && p.id == moveTo)
            target = &p;
    }
    if (!doomed)
        return Error{ErrorCode::NotFound, tr("no pipeline with id %1").arg(Uuid::toString(id)),
                     QStringLiteral("pipeline")};
    if (all->size() == 1)
        return Error{
            ErrorCode::Invalid,
            tr("%1 is the last pipeline; add another one first").arg(doomed->displayName()),
            QStringLiteral("pipeline")};
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto deals = dealsIn(db, QStringLiteral("local_pipeline_id"), id);
    if (!deals)
        return deals.error();
    if (!deals->isEmpty()) {
        if (!target)
            return Error{ErrorCode::Invalid,
                         moveTo.isEmpty()
                             ? tr("deals in this pipeline: %1; choose the pipeline they move to")
                                   .arg(deals->size())
                             : tr("the deals can only move to another pipeline"),
                         QStringLiteral("moveTo")};
        // Each deal to the stage of the other pipeline that matches its outcome.
        QHash<QByteArray, QByteArray> to;
        QByteArray firstOpen;
        for (const Stage &s : target->stages) {
            if (s.outcome == StageOutcome::Open && firstOpen.isEmpty())
                firstOpen = s.id;
        }
        for (const Stage &s : doomed->stages) {
            auto match = s.outcome == StageOutcome::Open ? Result<Stage>(Stage{})
                                                         : outcomeStage(*target, s.outcome);
            to.insert(s.id, s.outcome == StageOutcome::Open || !match ? firstOpen : match->id);
        }
        QList<DealPlacement> forward;
        for (const DealPlacement &d : std::as_const(deals.value())) {
            const QByteArray stageId = to.value(d.stageId, firstOpen);
            if (stageId.isEmpty())
                return Error{
                    ErrorCode::Invalid,
                    tr("the pipeline %1 has no stage for these deals").arg(target->displayName()),
                    QStringLiteral("moveTo")};
            forward << DealPlacement{d.dealId, stageId};
        }
        if (auto s = placeDeals(forward); !s)
            return s.error();
    }
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE stages SET deleted = 1 WHERE pipeline_id = ? AND deleted = 0"));
    q.addBindValue(id);
    if (auto s = sql::run(q, QStringLiteral("deleting the pipeline's stages")); !s)
        return s.error();
    QSqlQuery p(db);
    p.prepare(QStringLiteral("UPDATE pipelines SET deleted = 1 WHERE id = ?"));
    p.addBindValue(id);
    if (auto s = sql::run(p, QStringLiteral("deleting the pipeline")); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return deals.value();
}

Result<QList<Pipeline>> PipelineRepository::snapshot() const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, position, deleted FROM pipelines ORDER BY rid")))
        return sql::error(q, QStringLiteral("reading the pipelines"));
    QList<Pipeline> out;
    while (q.next()) {
        Pipeline p;
        p.id = q.value(0).toByteArray();
        p.name = q.value(1).toString();
        p.position = q.value(2).toInt();
        p.deleted = q.value(3).toBool();
        out << p;
    }
    QSqlQuery s(db);
    s.setForwardOnly(true);
    if (!s.exec(u"SELECT " + kStageColumns + u" FROM stages ORDER BY rid"))
        return sql::error(s, QStringLiteral("reading the stages"));
    while (s.next()) {
        const Stage st = stageFrom(s);
        for (Pipeline &p : out) {
            if (p.id == st.pipelineId)
                p.stages << st;
        }
    }
    return out;
}

Status PipelineRepository::restore(const QList<Pipeline> &snapshot)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    // "IS NOT" on every field: an unchanged field is not written, so not captured again.
    QSqlQuery p(db);
    p.prepare(QStringLiteral("UPDATE pipelines SET name = :name, position = :position, deleted = "
                             ":deleted WHERE id = :id AND (name IS NOT :name OR position IS NOT "
                             ":position OR deleted IS NOT :deleted)"));
    QSqlQuery s(db);
    s.prepare(QStringLiteral(
        "UPDATE stages SET name = :name, position = :position, probability = :probability, "
        "stale_days = :stale, deleted = :deleted WHERE id = :id AND (name IS NOT :name OR "
        "position IS NOT :position OR probability IS NOT :probability OR stale_days IS NOT "
        ":stale OR deleted IS NOT :deleted)"));
    for (const Pipeline &pipeline : snapshot) {
        p.bindValue(QStringLiteral(":name"), pipeline.name);
        p.bindValue(QStringLiteral(":position"), pipeline.position);
        p.bindValue(QStringLiteral(":deleted"), pipeline.deleted ? 1 : 0);
        p.bindValue(QStringLiteral(":id"), pipeline.id);
        if (auto st = sql::run(p, QStringLiteral("restoring the pipeline")); !st)
            return st;
        for (const Stage &stage : pipeline.stages) {
            s.bindValue(QStringLiteral(":name"), stage.name);
            s.bindValue(QStringLiteral(":position"), stage.position);
            s.bindValue(QStringLiteral(":probability"), stage.probability);
            s.bindValue(QStringLiteral(":stale"), stage.staleAfterDays
                                                      ? QVariant(*stage.staleAfterDays)
                                                      : QVariant(QMetaType::fromType<int>()));
            s.bindValue(QStringLiteral(":deleted"), stage.deleted ? 1 : 0);
            s.bindValue(QStringLiteral(":id"), stage.id);
            if (auto st = sql::run(s, QStringLiteral("restoring the stage")); !st)
                return st;
            if (s.numRowsAffected() > 0) {
                if (auto st = refreshStageDeals(db, stage.id); !st)
                    return st;
            }
        }
    }
    return tx.commit();
}

QList<Pipeline> PipelineRepository::undoSnapshot(const QList<Pipeline> &before,
                                                 const QList<Pipeline> &after)
{
    QList<Pipeline> out = before;
    for (const Pipeline &p : after) {
        auto was =
            std::find_if(out.begin(), out.end(), [&p](const Pipeline &b) { return b.id == p.id; });
        if (was == out.end()) {
            Pipeline gone = p;
            gone.deleted = true;
            for (Stage &st : gone.stages)
                st.deleted = true;
            out << gone;
            continue;
        }
        for (const Stage &st : p.stages) {
            const bool known = std::any_of(was->stages.cbegin(), was->stages.cend(),
                                           [&st](const Stage &b) { return b.id == st.id; });
            if (!known) {
                Stage gone = st;
                gone.deleted = true;
                was->stages << gone;
            }
        }
    }
    return out;
}

Status PipelineRepository::placeDeals(const QList<DealPlacement> &placements)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    DealRepository deals(m_db);
    for (const DealPlacement &d : placements) {
        if (auto s = deals.place(d.dealId, d.stageId); !s)
            return s;
    }
    return tx.commit();
}

Status PipelineRepository::refreshStageDeals(QSqlDatabase &db, const QByteArray &stageId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE deals SET local_pipeline_id = s.pipeline_id, local_outcome = s.outcome, "
        "local_stage_position = s.position, "
        "local_probability = COALESCE(deals.probability, s.probability), "
        "local_weighted = (deals.amount * COALESCE(deals.probability, s.probability)) / 100 "
        "FROM stages s WHERE s.id = deals.stage_id AND deals.stage_id = ?"));
    q.addBindValue(stageId);
    return sql::run(q, QStringLiteral("refreshing the deals of a stage"));
}

} // namespace crm::core
