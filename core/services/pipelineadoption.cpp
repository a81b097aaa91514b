// SPDX-License-Identifier: GPL-3.0-or-later
// PipelineRepository::adoptTeam(): the migration's team-less seed becomes the team's seed
// (see DefaultPipeline in domain/pipeline.h).
//
// What is written, and why: the team's seed rows go in uncaptured, exactly as every laptop of
// the team writes them, so nothing about the seed itself is pushed and a laptop joining the
// team later never overwrites the team's edits with seed values. What the laptop changed in
// the team-less rows follows them: an edit still in the outbox is rewritten to name the
// team's row (its clock and counter kept, so it is the same change, and the server accepts
// it as the first edit of a seeded row); an edit the server already has under the team-less
// id (an earlier version's) is written again as an ordinary captured edit of the team's row.
// A reference to a team-less seed (a deal's stage_id, a stage's pipeline_id) moves the same
// way: rewritten in the outbox and in place where the row's latest write is not pushed yet,
// else an ordinary captured edit. Stage history (insert-only, synced) is rewritten in place
// and in the outbox, not re-captured: no move happened, and a history row is never edited
// anywhere, so a server copy that still names the team-less stage (pushed by an earlier
// version) changes no one's state; readers only meet the team's ids.
#include "pipelinerepository.h"

#include "storage/sql.h"
#include "storage/sqlitestatement.h"
#include "storage/transaction.h"

#include <QSqlQuery>

#include <sqlite3.h>

#include <optional>

namespace crm::core {

namespace {

// While alive, the connection's writes are not captured.
class Uncaptured
{
public:
    Uncaptured(Database &database, const QSqlDatabase &db)
        : m_database(database)
        , m_db(db)
    {
        m_database.setApplyingRemote(m_db, true);
    }
    ~Uncaptured() { m_database.setApplyingRemote(m_db, false); }
    Uncaptured(const Uncaptured &) = delete;
    Uncaptured &operator=(const Uncaptured &) = delete;

private:
    Database &m_database;
    QSqlDatabase m_db;
};

struct Context
{
    DatabasePtr database;
    QSqlDatabase db;
    QString team;
    QByteArray device;
    qint64 acked = 0; // the last local counter the server answered: above it is the outbox
};

QString hexOf(const QByteArray &id)
{
    return QString::fromLatin1(id.toHex());
}

Status run(QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.prepare(statement);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return sql::run(q, QStringLiteral("moving the default pipeline to the team"));
}

QList<QByteArray> seededStages()
{
    QList<QByteArray> out;
    for (int i = 0; i < 6; ++i)
        out << DefaultPipeline::stageId(i);
    return out;
}

// `CASE x WHEN 'seed' THEN 'team's' … ELSE x END` over team-less seeded ids, as hex text
// when `asHex` (the JSON of a created row), else as blobs.
QString seedCase(const QString &x, const QList<QByteArray> &seeds, const QString &team, bool asHex)
{
    QString out = u"CASE " + x;
    for (const QByteArray &from : seeds) {
        const QByteArray to = DefaultPipeline::forTeam(from, team);
        out += asHex ? QStringLiteral(" WHEN '%1' THEN '%2'").arg(hexOf(from), hexOf(to))
                     : QStringLiteral(" WHEN X'%1' THEN X'%2'").arg(hexOf(from), hexOf(to));
    }
    return out + u" ELSE " + x + u" END";
}

QString seedList(const QList<QByteArray> &seeds, bool asHex)
{
    QStringList ids;
    for (const QByteArray &id : seeds)
        ids << (asHex ? QStringLiteral("'%1'") : QStringLiteral("X'%1'")).arg(hexOf(id));
    return u'(' + ids.join(u',') + u')';
}

// The outbox's writes of `table`.`column` (rows created with it, edits of it) that name a
// team-less seed, rewritten to name the team's: two statements whose parameters are the
// device and the acknowledged counter, after the row when `oneRow`.
QStringList outboxRewrites(const QString &table, const QString &column,
                           const QList<QByteArray> &seeds, const QString &team, bool oneRow)
{
    const QString json = u"json_extract(new_value, '$." + column + u"')";
    // One row: found by change_log_row, not by walking the outbox (the + keeps the planner
    // off UNIQUE(device, counter) there).
    const QString where =
        oneRow ? QString(u" WHERE row = ? AND tbl = '" + table +
                         u"' AND +device = ? AND +counter > ? AND ")
               : QString(u" WHERE tbl = '" + table + u"' AND device = ? AND counter > ? AND ");
    return {u"UPDATE change_log SET new_value = json_set(new_value, '$." + column + u"', " +
                seedCase(json, seeds, team, true) + u')' + where + u"col IS NULL AND " + json +
                u" IN " + seedList(seeds, true),
            u"UPDATE change_log SET new_value = " +
                seedCase(QStringLiteral("new_value"), seeds, team, false) + where + u"col = '" +
                column + u"' AND new_value IN " + seedList(seeds, false)};
}

// The team's seed rows, and what the laptop changed in the team-less ones; then the
// team-less rows go. Once: nothing to do when the team's pipeline is there.
Status adoptSeed(Context &c)
{
    const Pipeline from = DefaultPipeline::seed();
    const Pipeline to = DefaultPipeline::seed(c.team);
    auto has =
        sql::scalar(c.db, QStringLiteral("SELECT count(*) FROM pipelines WHERE id = ?"), {to.id});
    if (!has)
        return has.error();
    if (has->toInt() > 0)
        return {};
    {
        Uncaptured off(*c.database, c.db);
        if (auto s = run(c.db,
                         QStringLiteral("INSERT INTO pipelines(id, name, position, deleted) "
                                        "VALUES (?, ?, 0, 0)"),
                         {to.id, to.name});
            !s)
            return s;
        for (const Stage &st : to.stages) {
            if (auto s = run(c.db,
                             QStringLiteral("INSERT INTO stages(id, pipeline_id, name, position, "
                                            "probability, stale_days, outcome, deleted) VALUES "
                                            "(?, ?, ?, ?, ?, ?, ?, 0)"),
                             {st.id, to.id, st.name, st.position, st.probability,
                              st.staleAfterDays ? QVariant(*st.staleAfterDays)
                                                : QVariant(QMetaType::fromType<int>()),
                              outcomeKey(st.outcome)});
                !s)
                return s;
        }
    }
    struct Row
    {
        QString table;
        QByteArray from, to;
        QStringList columns; // what an edit can change (a stage's outcome never changes)
    };
    QList<Row> rows{
        {QStringLiteral("pipelines"),
         from.id,
         to.id,
         {QStringLiteral("name"), QStringLiteral("position"), QStringLiteral("deleted")}}};
    for (int i = 0; i < 6; ++i)
        rows.append(
            {QStringLiteral("stages"),
             from.stages[i].id,
             to.stages[i].id,
             {QStringLiteral("name"), QStringLiteral("position"), QStringLiteral("probability"),
              QStringLiteral("stale_days"), QStringLiteral("deleted")}});
    const QVariantList outbox{c.device, c.acked};
    for (const Row &r : std::as_const(rows)) {
        auto exists =
            sql::scalar(c.db, u"SELECT count(*) FROM " + r.table + u" WHERE id = ?", {r.from});
        if (!exists)
            return exists.error();
        if (exists->toInt() == 0)
            continue;
        for (const QString &col : r.columns) {
            auto pending = sql::scalar(
                c.db,
                QStringLiteral("SELECT count(*) FROM change_log WHERE row = ? AND tbl = ? AND "
                               "col = ? AND +device = ? AND +counter > ?"),
                QVariantList{r.from, r.table, col} + outbox);
            if (!pending)
                return pending.error();
            const QString value = u"(SELECT " + col + u" FROM " + r.table + u" WHERE id = ?)";
            const QString copy = u"UPDATE " + r.table + u" SET " + col + u" = " + value +
                                 u" WHERE id = ? AND " + col + u" IS NOT " + value;
            if (pending->toInt() > 0) {
                // The outbox's edit (rewritten below) says it: copied, and its clock moves.
                Uncaptured off(*c.database, c.db);
                if (auto s = run(c.db, copy, {r.from, r.to, r.from}); !s)
                    return s;
                if (auto s = run(c.db,
                                 QStringLiteral("UPDATE field_clocks SET row = ? WHERE tbl = ? "
                                                "AND row = ? AND col = ?"),
                                 {r.to, r.table, r.from, col});
                    !s)
                    return s;
            } else if (auto s = run(c.db, copy, {r.from, r.to, r.from}); !s) {
                return s; // an edit the server has under the team-less id: captured again
            }
        }
        const QList<std::pair<QString, QVariantList>> statements = {
            {QStringLiteral("UPDATE change_log SET row = ?, base_seq = NULL WHERE row = ? AND "
                            "tbl = ? AND +device = ? AND +counter > ?"),
             QVariantList{r.to, r.from, r.table} + outbox},
            {QStringLiteral("DELETE FROM field_clocks WHERE tbl = ? AND row = ?"),
             {r.table, r.from}},
            {QStringLiteral("DELETE FROM row_clocks WHERE tbl = ? AND row = ?"), {r.table, r.from}},
        };
        for (const auto &[statement, binds] : statements) {
            if (auto s = run(c.db, statement, binds); !s)
                return s;
        }
        Uncaptured off(*c.database, c.db);
        if (auto s = run(c.db, u"DELETE FROM " + r.table + u" WHERE id = ?", {r.from}); !s)
            return s;
    }

    // Stage history in place; the outbox's stage history, deals and stages: one pass each
    // (only at this first adoption, when all of it is older than the team's seed).
    const QList<QByteArray> stages = seededStages();
    const QString history = u"UPDATE deal_stage_changes SET from_stage_id = " +
                            seedCase(QStringLiteral("from_stage_id"), stages, c.team, false) +
                            u", to_stage_id = " +
                            seedCase(QStringLiteral("to_stage_id"), stages, c.team, false) +
                            u" WHERE from_stage_id IN " + seedList(stages, false) +
                            u" OR to_stage_id IN " + seedList(stages, false);
    {
        Uncaptured off(*c.database, c.db);
        if (auto s = run(c.db, history, {}); !s)
            return s;
    }
    const QStringList rewrites =
        outboxRewrites(QStringLiteral("deal_stage_changes"), QStringLiteral("from_stage_id"),
                       stages, c.team, false) +
        outboxRewrites(QStringLiteral("deal_stage_changes"), QStringLiteral("to_stage_id"), stages,
                       c.team, false) +
        outboxRewrites(QStringLiteral("deals"), QStringLiteral("stage_id"), stages, c.team, false) +
        outboxRewrites(QStringLiteral("stages"), QStringLiteral("pipeline_id"), {from.id}, c.team,
                       false);
    for (const QString &statement : rewrites) {
        if (auto s = run(c.db, statement, outbox); !s)
            return s;
    }
    return {};
}

// Moves references to a team-less seed row (deals.stage_id, stages.pipeline_id) to the
// team's: where the row's latest write of the column is still in the outbox, that entry is
// rewritten and the row written uncaptured; else the row is written as a captured edit.
// Prepared once, for many rows (a laptop may hold 200,000 deals).
class ReferenceMover
{
public:
    ReferenceMover(Context &c, QString table, QString column, QList<QByteArray> seeds,
                   QString extraSet = {})
        : m_c(c)
        , m_table(std::move(table))
        , m_column(std::move(column))
        , m_seeds(std::move(seeds))
        , m_extraSet(std::move(extraSet))
    {}

    Status prepare()
    {
        sqlite3 *h = SqliteStatement::handleOf(m_c.db);
        const QString t = m_table, col = m_column;
        const QStringList rewrites = outboxRewrites(t, col, m_seeds, m_c.team, true);
        const std::pair<SqliteStatement *, QString> all[] = {
            {&m_pending, u"SELECT (SELECT server_seq IS NULL FROM field_clocks WHERE tbl = '" + t +
                             u"' AND row = ?1 AND col = '" + col +
                             u"'), (SELECT server_seq IS NULL FROM row_clocks WHERE tbl = '" + t +
                             u"' AND row = ?1)"},
            {&m_created, rewrites.at(0)},
            {&m_edited, rewrites.at(1)},
            {&m_write, u"UPDATE " + t + u" SET " + col + u" = ?2" + m_extraSet + u" WHERE id = ?1"},
        };
        for (const auto &[statement, text] : all) {
            if (auto s = statement->prepare(h, text); !s)
                return s;
        }
        return {};
    }

    // `row`'s column holds `from`; afterwards it holds `to`.
    Status move(const QByteArray &row, const QByteArray &to, const QByteArray &extra = {})
    {
        m_pending.bindBlobView(1, row);
        auto found = m_pending.next(QStringLiteral("reading a clock"));
        if (!found)
            return found.error();
        bool pending = true; // no clock: never captured, so never pushed either
        if (m_pending.columnType(0) != SQLITE_NULL)
            pending = m_pending.columnInt(0) != 0;
        else if (m_pending.columnType(1) != SQLITE_NULL)
            pending = m_pending.columnInt(1) != 0;
        m_pending.reset();
        const QString what = QStringLiteral("moving %1 to the team's pipeline").arg(m_table);
        if (pending) {
            for (SqliteStatement *rewrite : {&m_created, &m_edited}) {
                rewrite->bindBlobView(1, row);
                rewrite->bindBlobView(2, m_c.device);
                rewrite->bindInt(3, m_c.acked);
                if (auto s = rewrite->run(what); !s)
                    return s;
            }
        }
        std::optional<Uncaptured> off;
        if (pending)
            off.emplace(*m_c.database, m_c.db);
        m_write.bindBlobView(1, row);
        m_write.bindBlobView(2, to);
        if (!m_extraSet.isEmpty())
            m_write.bindBlobView(3, extra);
        if (auto s = m_write.run(what); !s)
            return s;
        ++(pending ? rewritten : captured);
        return {};
    }

    qint64 rewritten = 0; // rows whose outbox entries were rewritten (nothing new to push)
    qint64 captured = 0;  // rows written as a captured edit (one entry each)

private:
    Context &m_c;
    QString m_table, m_column;
    QList<QByteArray> m_seeds;
    QString m_extraSet;
    SqliteStatement m_pending, m_created, m_edited, m_write;
};

Result<QList<QByteArray>> ids(QSqlDatabase &db, const QString &statement, const QByteArray &bind)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(statement);
    q.addBindValue(bind);
    if (!q.exec())
        return sql::error(q, QStringLiteral("finding what points at the default pipeline"));
    QList<QByteArray> out;
    while (q.next())
        out << q.value(0).toByteArray();
    return out;
}

} // namespace

Result<PipelineAdoption> PipelineRepository::adoptTeam(const DatabasePtr &database, int batch)
{
    PipelineAdoption done;
    Context c{database, database->connection(), {}, database->deviceId(), 0};
    auto team = sql::scalar(c.db, QStringLiteral("SELECT value FROM meta WHERE key = "
                                                 "'sync_team'"));
    if (!team)
        return team.error();
    c.team = team->toString();
    if (c.team.isEmpty())
        return done; // never signed in: the team-less seed is the laptop's
    auto acked = sql::scalar(c.db, QStringLiteral("SELECT value FROM meta WHERE key = "
                                                  "'sync_push_acked'"));
    if (!acked)
        return acked.error();
    c.acked = acked->toLongLong();
    const QByteArray teamPipeline = DefaultPipeline::pipelineId(c.team);
    {
        Transaction tx(c.db);
        if (!tx.begun())
            return tx.begun().error();
        if (auto s = adoptSeed(c); !s)
            return s.error();
        // Stages added to the team-less pipeline (their own random ids) join the team's.
        auto added = ids(c.db, QStringLiteral("SELECT id FROM stages WHERE pipeline_id = ?"),
                         DefaultPipeline::pipelineId());
        if (!added)
            return added.error();
        ReferenceMover stages(c, QStringLiteral("stages"), QStringLiteral("pipeline_id"),
                              {DefaultPipeline::pipelineId()});
        if (auto s = stages.prepare(); !s)
            return s.error();
        for (const QByteArray &id : std::as_const(added.value())) {
            if (auto s = stages.move(id, teamPipeline); !s)
                return s.error();
            if (auto s = refreshStageDeals(c.db, id); !s)
                return s.error();
        }
        done.stagesCaptured += stages.captured;
        done.stagesRewritten += stages.rewritten;
        if (auto s = tx.commit(); !s)
            return s.error();
    }
    // Deals, `batch` per transaction so the sync thread never holds the file for long. The
    // team's stage carries what the team-less one did, so only the pipeline id derived from
    // the stage changes.
    for (int i = 0; i < 6; ++i) {
        const QByteArray from = DefaultPipeline::stageId(i);
        const QByteArray to = DefaultPipeline::stageId(i, c.team);
        auto deals = ids(c.db, QStringLiteral("SELECT id FROM deals WHERE stage_id = ?"), from);
        if (!deals)
            return deals.error();
        for (qsizetype at = 0; at < deals->size(); at += batch) {
            Transaction tx(c.db);
            if (!tx.begun())
                return tx.begun().error();
            ReferenceMover mover(c, QStringLiteral("deals"), QStringLiteral("stage_id"),
                                 seededStages(), QStringLiteral(", local_pipeline_id = ?3"));
            if (auto s = mover.prepare(); !s)
                return s.error();
            for (qsizetype k = at; k < std::min(at + batch, deals->size()); ++k) {
                if (auto s = mover.move(deals->at(k), to, teamPipeline); !s)
                    return s.error();
            }
            done.dealsCaptured += mover.captured;
            done.dealsRewritten += mover.rewritten;
            if (auto s = tx.commit(); !s)
                return s.error();
        }
    }
    return done;
}

} // namespace crm::core
