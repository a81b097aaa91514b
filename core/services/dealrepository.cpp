// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealrepository.h"

#include "common/uuid.h"
#include "domain/money.h"
#include "search/searchindex.h"
#include "search/textfolder.h"
#include "services/customfieldrepository.h"
#include "services/pipelinerepository.h"
#include "services/taglinks.h"
#include "storage/sql.h"
#include "storage/sqlvalue.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace crm::core {

namespace {

// The context lupdate files the messages of this file's free functions under (their
// namespace); each class with messages declares its own.
QString tr(const char *text)
{
    return QCoreApplication::translate("crm::core", text);
}

Error invalid(const QString &field, const QString &message)
{
    return Error{ErrorCode::Invalid, message, field};
}

const QString kColumns = QStringLiteral(
    "d.rid, d.id, d.title, d.company_id, d.local_company_name, d.amount, d.currency, d.stage_id, "
    "d.probability, d.expected_close, d.owner, d.visibility, d.source, d.next_step, "
    "d.lost_reason, d.notes, d.won_at, d.lost_at, d.created_at, d.local_updated_at, d.deleted, "
    "d.local_pipeline_id, d.local_outcome, d.local_probability, d.local_weighted, "
    "d.local_stage_since");

Deal fromRecord(const QSqlQuery &q)
{
    Deal d;
    d.rid = q.value(0).toLongLong();
    d.id = q.value(1).toByteArray();
    d.title = q.value(2).toString();
    d.companyId = q.value(3).toByteArray();
    d.companyName = q.value(4).toString();
    d.amount = q.value(5).toLongLong();
    d.currency = q.value(6).toString();
    d.stageId = q.value(7).toByteArray();
    if (!q.value(8).isNull())
        d.probability = q.value(8).toInt();
    d.expectedClose = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    d.owner = q.value(10).toString();
    d.visibility = q.value(11).toString();
    d.source = q.value(12).toString();
    d.nextStep = q.value(13).toString();
    d.lostReason = q.value(14).toString();
    d.notes = q.value(15).toString();
    d.wonAt = q.value(16).toLongLong();
    d.lostAt = q.value(17).toLongLong();
    d.createdAt = q.value(18).toLongLong();
    d.updatedAt = q.value(19).toLongLong();
    d.deleted = q.value(20).toBool();
    d.pipelineId = q.value(21).toByteArray();
    parseOutcome(q.value(22).toString(), &d.outcome);
    d.effectiveProbability = q.value(23).toInt();
    d.weightedAmount = q.value(24).toLongLong();
    d.stageSince = q.value(25).toLongLong();
    return d;
}

Deal normalized(Deal d)
{
    for (QString *s : {&d.title, &d.currency, &d.owner, &d.source, &d.nextStep, &d.lostReason})
        *s = s->trimmed();
    d.currency = d.currency.toUpper();
    for (DealContact &c : d.contacts)
        c.role = c.role.trimmed();
    for (QString &t : d.tags)
        t = t.trimmed();
    d.tags.removeAll(QString());
    d.tags.removeDuplicates();
    return d;
}

Status check(const Deal &d)
{
    if (d.title.isEmpty())
        return invalid(QStringLiteral("title"), tr("a deal needs a title"));
    if (!Money::isCurrency(d.currency))
        return invalid(
            QStringLiteral("currency"),
            tr("“%1” is not a currency code; use one like EUR, USD or PLN").arg(d.currency));
    if (d.amount < 0)
        return invalid(QStringLiteral("amount"), tr("the amount cannot be negative"));
    if (d.probability && (*d.probability < 0 || *d.probability > 100))
        return invalid(QStringLiteral("probability"),
                       tr("the probability must be between 0 and 100, not %1").arg(*d.probability));
    if (d.visibility != u"team" && d.visibility != u"private")
        return invalid(QStringLiteral("visibility"),
                       tr("visibility must be “team” or “private”, not “%1”").arg(d.visibility));
    QSet<QByteArray> seen;
    for (const DealContact &c : d.contacts) {
        if (seen.contains(c.contactId))
            return invalid(
                QStringLiteral("contact"),
                tr("the contact %1 is on the deal twice").arg(Uuid::toString(c.contactId)));
        seen.insert(c.contactId);
    }
    return {};
}

// The first open stage of the default pipeline (the first by position; see
// PipelineRepository::setDefaultPipeline).
Result<QByteArray> defaultStage(QSqlDatabase &db)
{
    auto id = sql::scalar(
        db, QStringLiteral("SELECT s.id FROM stages s JOIN pipelines p ON p.id = s.pipeline_id "
                           "WHERE s.deleted = 0 AND p.deleted = 0 AND s.outcome = 'open' ORDER BY "
                           "p.position, p.id, s.position, s.id LIMIT 1"));
    if (!id)
        return id.error();
    if (!id->isValid())
        return invalid(QStringLiteral("stage"), tr("there is no pipeline with an open stage"));
    return id->toByteArray();
}

Status checkLinks(QSqlDatabase &db, const Deal &d)
{
    if (!d.companyId.isEmpty()) {
        auto live =
            sql::scalar(db, QStringLiteral("SELECT 1 FROM companies WHERE id = ? AND deleted = 0"),
                        {d.companyId});
        if (!live)
            return live.error();
        if (!live->isValid())
            return invalid(QStringLiteral("company"),
                           tr("no company with id %1").arg(Uuid::toString(d.companyId)));
    }
    for (const DealContact &c : d.contacts) {
        auto live =
            sql::scalar(db, QStringLiteral("SELECT 1 FROM contacts WHERE id = ? AND deleted = 0"),
                        {c.contactId});
        if (!live)
            return live.error();
        if (!live->isValid())
            return invalid(QStringLiteral("contact"),
                           tr("no contact with id %1").arg(Uuid::toString(c.contactId)));
    }
    return {};
}

Status insertStageChange(QSqlDatabase &db, const QByteArray &dealId, const QByteArray &from,
                         const QByteArray &to, qint64 at, const QString &by)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO deal_stage_changes(id, deal_id, from_stage_id, "
                             "to_stage_id, changed_at, changed_by, deleted) VALUES (?, ?, ?, ?, "
                             "?, ?, 0)"));
    for (const QVariant &v : {QVariant(Uuid::createV7()), QVariant(dealId), sql::blobOrNull(from),
                              QVariant(to), QVariant(at), sql::text(by)})
        q.addBindValue(v);
    return sql::run(q, QStringLiteral("recording the stage change"));
}

// Makes the deal's live contacts (by contact id, with their roles) and tags what `wanted`
// says: a removed one is soft-deleted, one added again re-uses its old row.
Status saveChildren(QSqlDatabase &db, const QByteArray &dealId, const Deal &wanted)
{
    QSqlQuery rows(db);
    rows.prepare(QStringLiteral(
        "SELECT id, contact_id, role, deleted FROM deal_contacts WHERE deal_id = ?"));
    rows.addBindValue(dealId);
    if (!rows.exec())
        return sql::error(rows, QStringLiteral("loading the deal's contacts"));
    struct Existing
    {
        QByteArray id;
        QString role;
        bool deleted;
    };
    QHash<QByteArray, Existing> byContact;
    while (rows.next()) {
        const QByteArray contact = rows.value(1).toByteArray();
        if (!byContact.contains(contact) || !rows.value(3).toBool())
            byContact.insert(contact, {rows.value(0).toByteArray(), rows.value(2).toString(),
                                       rows.value(3).toBool()});
    }
    QSqlQuery set(db);
    set.prepare(QStringLiteral("UPDATE deal_contacts SET role = ?, deleted = ? WHERE id = ?"));
    QSqlQuery add(db);
    add.prepare(QStringLiteral("INSERT INTO deal_contacts(id, deal_id, contact_id, role, deleted) "
                               "VALUES (?, ?, ?, ?, 0)"));
    QSet<QByteArray> wantedIds;
    for (const DealContact &c : wanted.contacts) {
        wantedIds.insert(c.contactId);
        const auto it = byContact.constFind(c.contactId);
        if (it == byContact.constEnd()) {
            for (const QVariant &v : {QVariant(Uuid::createV7()), QVariant(dealId),
                                      QVariant(c.contactId), sql::text(c.role)})
                add.addBindValue(v);
            if (auto s = sql::run(add, QStringLiteral("adding a contact to the deal")); !s)
                return s;
        } else if (it->deleted || it->role != c.role) {
            set.addBindValue(sql::text(c.role));
            set.addBindValue(0);
            set.addBindValue(it->id);
            if (auto s = sql::run(set, QStringLiteral("saving a contact of the deal")); !s)
                return s;
        }
    }
    for (auto it = byContact.cbegin(); it != byContact.cend(); ++it) {
        if (wantedIds.contains(it.key()) || it->deleted)
            continue;
        set.addBindValue(sql::text(it->role));
        set.addBindValue(1);
        set.addBindValue(it->id);
        if (auto s = sql::run(set, QStringLiteral("removing a contact from the deal")); !s)
            return s;
    }

    return TagLinks::save(db, QStringLiteral("deal_tags"), QStringLiteral("deal_id"), dealId,
                          wanted.tags);
}

Result<Deal> load(QSqlDatabase &db, const QByteArray &id)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT " + kColumns + u" FROM deals d WHERE d.id = ?");
    q.addBindValue(id);
    if (!q.exec())
        return sql::error(q, QStringLiteral("loading the deal"));
    if (!q.next())
        return Error{ErrorCode::NotFound, tr("no deal with id %1").arg(Uuid::toString(id)), {}};
    Deal d = fromRecord(q);
    QSqlQuery c(db);
    c.prepare(QStringLiteral(
        "SELECT l.id, l.contact_id, l.role, trim(c.first_name || ' ' || c.last_name) FROM "
        "deal_contacts l LEFT JOIN contacts c ON c.id = l.contact_id WHERE l.deal_id = ? AND "
        "l.deleted = 0 ORDER BY l.id"));
    c.addBindValue(id);
    if (!c.exec())
        return sql::error(c, QStringLiteral("loading the deal's contacts"));
    while (c.next())
        d.contacts << DealContact{c.value(0).toByteArray(), c.value(1).toByteArray(),
                                  c.value(2).toString(), c.value(3).toString()};
    auto tags = TagLinks::load(db, QStringLiteral("deal_tags"), QStringLiteral("deal_id"), id);
    if (!tags)
        return tags.error();
    d.tags = tags.value();
    auto custom = CustomFieldRepository::load(db, CustomEntity::Deal, id);
    if (!custom)
        return custom.error();
    d.custom = custom.value();
    return d;
}

} // namespace

DealRepository::DealRepository(DatabasePtr db)
    : m_db(std::move(db))
{}

Result<QByteArray> DealRepository::create(Deal deal)
{
    return createWithHistory(std::move(deal), sql::nowMs(), {});
}

Result<QByteArray> DealRepository::createWithHistory(Deal deal, qint64 createdAt,
                                                     const QList<PastMove> &moves)
{
    deal = normalized(std::move(deal));
    if (deal.owner.isEmpty())
        deal.owner = m_db->localUser();
    if (auto s = check(deal); !s)
        return s.error();
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    if (deal.stageId.isEmpty()) {
        auto stage = defaultStage(db);
        if (!stage)
            return stage.error();
        deal.stageId = stage.value();
    }
    auto stage = PipelineRepository(m_db).stage(deal.stageId);
    if (!stage)
        return stage.error();
    if (stage->deleted)
        return invalid(QStringLiteral("stage"),
                       tr("the stage %1 was deleted").arg(stage->displayName()));
    if (stage->outcome == StageOutcome::Lost && deal.lostReason.isEmpty())
        return invalid(QStringLiteral("lostReason"),
                       tr("a lost deal needs the reason it was lost"));
    if (auto s = checkLinks(db, deal); !s)
        return s.error();
    if (auto defs = CustomFieldRepository::prepare(db, CustomEntity::Deal, deal.custom, nullptr);
        !defs)
        return defs.error();

    deal.id = Uuid::createV7();
    deal.createdAt = createdAt;
    deal.wonAt = stage->outcome == StageOutcome::Won ? deal.createdAt : 0;
    deal.lostAt = stage->outcome == StageOutcome::Lost ? deal.createdAt : 0;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO deals(id, title, company_id, amount, currency, stage_id, probability, "
        "expected_close, owner, visibility, source, next_step, lost_reason, notes, won_at, "
        "lost_at, created_at, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "0)"));
    const QVariant values[] = {
        deal.id,
        deal.title,
        sql::blobOrNull(deal.companyId),
        deal.amount,
        deal.currency,
        deal.stageId,
        deal.probability ? QVariant(*deal.probability) : QVariant(QMetaType::fromType<int>()),
        deal.expectedClose.isValid() ? deal.expectedClose.toString(Qt::ISODate) : QString(),
        deal.owner,
        deal.visibility,
        deal.source,
        deal.nextStep,
        deal.lostReason,
        deal.notes,
        deal.wonAt,
        deal.lostAt,
        deal.createdAt,
    };
    for (const QVariant &v : values)
        q.addBindValue(sql::text(v));
    if (auto s = sql::run(q, QStringLiteral("saving the deal")); !s)
        return s.error();
    if (auto s = saveChildren(db, deal.id, deal); !s)
        return s.error();
    if (auto s = CustomFieldRepository::save(db, CustomEntity::Deal, deal.id, deal.custom); !s)
        return s.error();
    if (auto s =
            insertStageChange(db, deal.id, {}, deal.stageId, deal.createdAt, m_db->localUser());
        !s)
        return s.error();
    if (auto s = refreshDerived(db, deal.id); !s)
        return s.error();
    for (const PastMove &m : moves) {
        auto stored = load(db, deal.id);
        if (!stored)
            return stored.error();
        auto to = PipelineRepository(m_db).stage(m.stageId);
        if (!to)
            return to.error();
        if (to->outcome == StageOutcome::Lost && m.lostReason.trimmed().isEmpty())
            return invalid(QStringLiteral("lostReason"),
                           tr("a lost deal needs the reason it was lost"));
        if (auto s = moveTo(db, stored.value(), to.value(), m.lostReason, m.at); !s)
            return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return deal.id;
}

Result<Deal> DealRepository::get(const QByteArray &id) const
{
    QSqlDatabase db = m_db->connection();
    return load(db, id);
}

Status DealRepository::update(const Deal &edited)
{
    Deal deal = normalized(edited);
    if (auto s = check(deal); !s)
        return s;
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto stored = load(db, deal.id);
    if (!stored)
        return stored.error();
    if (auto s = checkLinks(db, deal); !s)
        return s;
    if (auto defs =
            CustomFieldRepository::prepare(db, CustomEntity::Deal, deal.custom, &stored->custom);
        !defs)
        return defs.error();
    if (auto s = CustomFieldRepository::save(db, CustomEntity::Deal, deal.id, deal.custom); !s)
        return s;
    if (deal.stageId != stored->stageId) {
        auto stage = PipelineRepository(m_db).stage(deal.stageId);
        if (!stage)
            return stage.error();
        if (stage->outcome == StageOutcome::Lost && deal.lostReason.isEmpty())
            return invalid(QStringLiteral("lostReason"),
                           tr("a lost deal needs the reason it was lost"));
        if (auto s = moveTo(db, stored.value(), stage.value(), deal.lostReason); !s)
            return s;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE deals SET title = ?, company_id = ?, amount = ?, currency = ?, probability = ?, "
        "expected_close = ?, owner = ?, visibility = ?, source = ?, next_step = ?, lost_reason = "
        "CASE WHEN lost_at > 0 THEN ? ELSE lost_reason END, notes = ? WHERE id = ?"));
    const QVariant values[] = {
        deal.title,
        sql::blobOrNull(deal.companyId),
        deal.amount,
        deal.currency,
        deal.probability ? QVariant(*deal.probability) : QVariant(QMetaType::fromType<int>()),
        deal.expectedClose.isValid() ? deal.expectedClose.toString(Qt::ISODate) : QString(),
        deal.owner,
        deal.visibility,
        deal.source,
        deal.nextStep,
        deal.lostReason,
        deal.notes,
        deal.id,
    };
    for (const QVariant &v : values)
        q.addBindValue(sql::text(v));
    if (auto s = sql::run(q, QStringLiteral("saving the deal")); !s)
        return s;
    if (auto s = saveChildren(db, deal.id, deal); !s)
        return s;
    if (auto s = refreshDerived(db, deal.id); !s)
        return s;
    return tx.commit();
}

Status DealRepository::setDeleted(const QByteArray &id, bool deleted)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto stored = load(db, id);
    if (!stored)
        return stored.error();
    if (stored->deleted == deleted)
        return {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE deals SET deleted = ?, local_updated_at = ? WHERE id = ?"));
    q.addBindValue(deleted ? 1 : 0);
    q.addBindValue(sql::nowMs());
    q.addBindValue(id);
    if (auto s = sql::run(q, QStringLiteral("deleting the deal")); !s)
        return s;
    return tx.commit();
}

Status DealRepository::remove(const QByteArray &id)
{
    return setDeleted(id, true);
}

Status DealRepository::restore(const QByteArray &id)
{
    return setDeleted(id, false);
}

Status DealRepository::moveTo(QSqlDatabase &db, const Deal &stored, const Stage &to,
                              const QString &lostReason, qint64 at)
{
    if (to.deleted)
        return invalid(QStringLiteral("stage"),
                       tr("the stage %1 was deleted").arg(to.displayName()));
    if (stored.stageId == to.id)
        return {};
    const qint64 now = at ? at : sql::nowMs();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE deals SET stage_id = ?, won_at = ?, lost_at = ?, "
                             "lost_reason = ? WHERE id = ?"));
    q.addBindValue(to.id);
    q.addBindValue(to.outcome == StageOutcome::Won ? (stored.wonAt ? stored.wonAt : now) : 0);
    q.addBindValue(to.outcome == StageOutcome::Lost ? now : 0);
    q.addBindValue(sql::text(to.outcome == StageOutcome::Lost ? lostReason.trimmed() : QString()));
    q.addBindValue(stored.id);
    if (auto s = sql::run(q, QStringLiteral("moving the deal")); !s)
        return s;
    if (auto s = insertStageChange(db, stored.id, stored.stageId, to.id, now, m_db->localUser());
        !s)
        return s;
    return refreshDerived(db, stored.id);
}

Status DealRepository::move(const QByteArray &id, const QByteArray &stageId)
{
    return relocate(id, stageId, false);
}

Status DealRepository::place(const QByteArray &id, const QByteArray &stageId)
{
    return relocate(id, stageId, true);
}

Status DealRepository::relocate(const QByteArray &id, const QByteArray &stageId, bool setting)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto stored = load(db, id);
    if (!stored)
        return stored.error();
    if (stored->deleted && !setting)
        return invalid(QStringLiteral("deal"), tr("the deal “%1” is deleted").arg(stored->title));
    auto stage = PipelineRepository(m_db).stage(stageId);
    if (!stage)
        return stage.error();
    if (stage->outcome == StageOutcome::Lost && stored->stageId != stageId && !setting)
        return invalid(QStringLiteral("lostReason"),
                       tr("a lost deal needs the reason it was lost; mark it lost with a reason"));
    // A settings change keeps a lost deal's reason; a salesperson's move leaves none behind.
    if (auto s =
            moveTo(db, stored.value(), stage.value(), setting ? stored->lostReason : QString());
        !s)
        return s;
    return tx.commit();
}

Status DealRepository::markWon(const QByteArray &id)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto stored = load(db, id);
    if (!stored)
        return stored.error();
    if (stored->deleted)
        return invalid(QStringLiteral("deal"), tr("the deal “%1” is deleted").arg(stored->title));
    PipelineRepository pipelines(m_db);
    auto pipeline = pipelines.get(stored->pipelineId);
    if (!pipeline)
        return pipeline.error();
    auto won = PipelineRepository::outcomeStage(pipeline.value(), StageOutcome::Won);
    if (!won)
        return won.error();
    if (auto s = moveTo(db, stored.value(), won.value(), {}); !s)
        return s;
    return tx.commit();
}

Status DealRepository::markLost(const QByteArray &id, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return invalid(QStringLiteral("lostReason"),
                       tr("a lost deal needs the reason it was lost"));
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto stored = load(db, id);
    if (!stored)
        return stored.error();
    if (stored->deleted)
        return invalid(QStringLiteral("deal"), tr("the deal “%1” is deleted").arg(stored->title));
    auto pipeline = PipelineRepository(m_db).get(stored->pipelineId);
    if (!pipeline)
        return pipeline.error();
    auto lost = PipelineRepository::outcomeStage(pipeline.value(), StageOutcome::Lost);
    if (!lost)
        return lost.error();
    if (stored->stageId == lost->id) {
        // Already lost: only the reason changes.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE deals SET lost_reason = ? WHERE id = ?"));
        q.addBindValue(reason.trimmed());
        q.addBindValue(id);
        if (auto s = sql::run(q, QStringLiteral("saving the lost reason")); !s)
            return s;
    } else if (auto s = moveTo(db, stored.value(), lost.value(), reason); !s) {
        return s;
    }
    return tx.commit();
}

Result<QList<StageChange>> DealRepository::stageHistory(const QByteArray &id) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, deal_id, from_stage_id, to_stage_id, changed_at, "
                             "changed_by FROM deal_stage_changes WHERE deal_id = ? AND deleted = "
                             "0 ORDER BY changed_at, id"));
    q.addBindValue(id);
    if (!q.exec())
        return sql::error(q, QStringLiteral("loading the stage history"));
    QList<StageChange> out;
    while (q.next())
        out << StageChange{q.value(0).toByteArray(), q.value(1).toByteArray(),
                           q.value(2).toByteArray(), q.value(3).toByteArray(),
                           q.value(4).toLongLong(),  q.value(5).toString()};
    return out;
}

Result<QList<Deal>> DealRepository::list(const Filter &filter, int limit) const
{
    QSqlDatabase db = m_db->connection();
    QString where = QStringLiteral("d.deleted = 0");
    QVariantList binds;
    if (!filter.pipelineId.isEmpty()) {
        where += QStringLiteral(" AND d.local_pipeline_id = ?");
        binds << filter.pipelineId;
    }
    if (!filter.stageId.isEmpty()) {
        where += QStringLiteral(" AND d.stage_id = ?");
        binds << filter.stageId;
    }
    if (filter.openOnly)
        where += QStringLiteral(" AND d.local_outcome = 'open'");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT " + kColumns +
              u" FROM deals d LEFT JOIN stages s ON s.id = d.stage_id "
              u"WHERE " +
              where +
              u" ORDER BY d.local_pipeline_id, s.position, d.expected_close, d.local_sort_title, "
              u"d.rid LIMIT ?");
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    q.addBindValue(limit);
    if (!q.exec())
        return sql::error(q, QStringLiteral("listing deals"));
    QList<Deal> out;
    while (q.next())
        out << fromRecord(q);
    return out;
}

qint64 DealRepository::timeInStage(const Deal &deal, qint64 nowMs)
{
    return std::max<qint64>(0, nowMs - (deal.stageSince ? deal.stageSince : deal.createdAt));
}

bool DealRepository::isStale(const Deal &deal, const Stage &stage, qint64 nowMs)
{
    if (!stage.staleAfterDays || deal.outcome != StageOutcome::Open)
        return false;
    return timeInStage(deal, nowMs) > qint64(*stage.staleAfterDays) * 24 * 3600 * 1000;
}

Status DealRepository::refreshDerived(QSqlDatabase &db, const QByteArray &dealId)
{
    QSqlQuery read(db);
    read.prepare(
        QStringLiteral("SELECT rid, title, local_sort_title, deleted FROM deals WHERE id = ?"));
    read.addBindValue(dealId);
    if (!read.exec())
        return sql::error(read, QStringLiteral("refreshing the deal"));
    if (!read.next())
        return {};
    const qint64 rid = read.value(0).toLongLong();
    const QString title = read.value(1).toString();
    const QString folded = TextFolder::fold(title);
    // The search text follows the title; a move or any other edit leaves it be.
    if (folded != read.value(2).toString()) {
        const QString text = SearchIndex::dealText(title);
        if (auto s = text.isEmpty() ? SearchIndex::remove(db, SearchIndex::Kind::Deal, rid)
                                    : SearchIndex::put(db, SearchIndex::Kind::Deal, rid, text);
            !s)
            return s;
    }
    read.finish();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE deals SET local_sort_title = :title, "
        "local_company_name = COALESCE((SELECT name FROM companies c WHERE c.id = "
        "deals.company_id AND c.deleted = 0), ''), "
        "local_pipeline_id = (SELECT pipeline_id FROM stages s WHERE s.id = deals.stage_id), "
        "local_outcome = COALESCE((SELECT outcome FROM stages s WHERE s.id = deals.stage_id), "
        "'open'), "
        "local_stage_position = COALESCE((SELECT position FROM stages s WHERE s.id = "
        "deals.stage_id), 0), "
        "local_probability = COALESCE(deals.probability, (SELECT probability FROM stages s WHERE "
        "s.id = deals.stage_id), 0), "
        "local_weighted = deals.amount * COALESCE(deals.probability, (SELECT probability FROM "
        "stages s WHERE s.id = deals.stage_id), 0) / 100, "
        "local_stage_since = COALESCE((SELECT MAX(changed_at) FROM deal_stage_changes h WHERE "
        "h.deal_id = deals.id AND h.to_stage_id = deals.stage_id AND h.deleted = 0), "
        "deals.created_at), "
        "local_updated_at = :now WHERE id = :id"));
    q.bindValue(QStringLiteral(":title"), folded);
    q.bindValue(QStringLiteral(":now"), sql::nowMs());
    q.bindValue(QStringLiteral(":id"), dealId);
    return sql::run(q, QStringLiteral("refreshing the deal"));
}

Status DealRepository::refreshCompanyDeals(QSqlDatabase &db, const QByteArray &companyId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE deals SET local_company_name = COALESCE((SELECT name FROM companies c WHERE c.id "
        "= deals.company_id AND c.deleted = 0), '') WHERE company_id = ?"));
    q.addBindValue(companyId);
    return sql::run(q, QStringLiteral("refreshing the company's deals"));
}

} // namespace crm::core
