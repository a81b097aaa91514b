// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictservice.h"

#include "common/uuid.h"
#include "storage/hybridlogicalclock.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "sync/localreplica.h"
#include "sync/protocol.h"

#include <QSqlQuery>

namespace crm::core::sync {

namespace {

const QString kColumns = QStringLiteral(
    "id, tbl, row, col, kind, winner_value, loser_value, winner_device, loser_device, "
    "winner_author, loser_author, winner_hlc, loser_hlc, created_at, state, resolution");

} // namespace

ConflictService::ConflictService(DatabasePtr db)
    : m_db(std::move(db))
{}

Result<QList<Conflict>> ConflictService::list(bool openOnly) const
{
    return select(openOnly ? QStringLiteral("deleted = 0 AND state = 'open'")
                           : QStringLiteral("deleted = 0"),
                  {});
}

Result<Conflict> ConflictService::get(const QByteArray &id) const
{
    auto found = select(QStringLiteral("id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{ErrorCode::NotFound, u"no conflict with id " + Uuid::toString(id), {}};
    return found->first();
}

Result<QList<Conflict>> ConflictService::select(const QString &where,
                                                const QVariantList &binds) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.prepare(u"SELECT " + kColumns + u" FROM conflicts WHERE " + where +
              u" ORDER BY created_at, rid");
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return sql::error(q, QStringLiteral("listing conflicts"));
    QList<Conflict> out;
    const QByteArray me = m_db->deviceId();
    while (q.next()) {
        Conflict c;
        c.id = q.value(0).toByteArray();
        c.table = q.value(1).toString();
        c.row = q.value(2).toByteArray();
        c.column = q.value(3).toString();
        c.kind = q.value(4).toString();
        c.winnerValue = q.value(5);
        c.loserValue = q.value(6);
        c.winnerDevice = q.value(7).toByteArray();
        c.loserDevice = q.value(8).toByteArray();
        c.winnerAuthor = q.value(9).toString();
        c.loserAuthor = q.value(10).toString();
        c.winnerHlc = quint64(q.value(11).toLongLong());
        c.loserHlc = quint64(q.value(12).toLongLong());
        c.created = QDateTime::fromMSecsSinceEpoch(q.value(13).toLongLong(), Qt::UTC);
        c.state = q.value(14).toString();
        c.resolution = q.value(15).toString();
        c.mineWon = c.winnerDevice == me;
        c.mineLost = c.loserDevice == me;
        out << c;
    }
    return out;
}

Status ConflictService::resolve(const QByteArray &id, Keep keep)
{
    auto found = get(id);
    if (!found)
        return found.error();
    const Conflict &c = *found;
    if (c.state != u"open")
        return Error{ErrorCode::Invalid, QStringLiteral("the conflict is already resolved"), {}};
    if (!isPlainIdentifier(c.table) || !isPlainIdentifier(c.column))
        return Error{ErrorCode::Invalid, QStringLiteral("the conflict names no field"), {}};

    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto setField = [&](const QString &column, const QVariant &value) -> Status {
        QSqlQuery q(db);
        q.prepare(u"UPDATE \"" + c.table + u"\" SET \"" + column + u"\" = ? WHERE id = ?");
        q.addBindValue(value);
        q.addBindValue(c.row);
        return sql::run(q, QStringLiteral("resolving the conflict"));
    };
    QString resolution;
    if (keep == Keep::Both) {
        if (c.kind != u"value" || !(c.table == u"contact_emails" || c.table == u"contact_phones"))
            return Error{ErrorCode::Invalid,
                         QStringLiteral("\"keep both\" is for e-mail addresses and phone numbers; "
                                        "choose mine or theirs"),
                         {}};
        // The row keeps the value it shows (the winner, once it has arrived); the other value
        // becomes a new row beside it.
        const QString valueColumn =
            c.table == u"contact_emails" ? QStringLiteral("email") : QStringLiteral("phone");
        if (c.column != valueColumn)
            return Error{ErrorCode::Invalid,
                         QStringLiteral("\"keep both\" keeps two addresses or numbers; this "
                                        "conflict is about %1")
                             .arg(c.column),
                         {}};
        auto shown = sql::scalar(
            db, u"SELECT " + valueColumn + u" FROM \"" + c.table + u"\" WHERE id = ?", {c.row});
        if (!shown)
            return shown.error();
        const QVariant other = *shown == c.winnerValue ? c.loserValue : c.winnerValue;
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO \"" + c.table + u"\"(id, contact_id, label, " + valueColumn +
                  u", position, deleted) SELECT ?, contact_id, label, ?, position + 1, 0 FROM \"" +
                  c.table + u"\" WHERE id = ?");
        q.addBindValue(Uuid::createV7());
        q.addBindValue(other);
        q.addBindValue(c.row);
        if (auto s = sql::run(q, QStringLiteral("keeping both values")); !s)
            return s;
        resolution = QStringLiteral("both");
    } else if (c.kind == u"edit_delete") {
        // The server makes the delete the winner and the edit of `column` the loser.
        // Keeping the edit restores the record with the edited value.
        const bool mineDeleted = c.mineIsWinner();
        const bool restore = (keep == Keep::Mine) != mineDeleted;
        if (restore) {
            if (auto s = setField(QStringLiteral("deleted"), 0); !s)
                return s;
            if (c.column != u"deleted") {
                if (auto s = setField(c.column, c.loserValue); !s)
                    return s;
            }
        } else if (auto s = setField(QStringLiteral("deleted"), 1); !s) {
            return s;
        }
        resolution = keep == Keep::Mine ? QStringLiteral("mine") : QStringLiteral("theirs");
    } else {
        if (auto s = setField(c.column, keep == Keep::Mine ? c.mine() : c.theirs()); !s)
            return s;
        resolution = keep == Keep::Mine ? QStringLiteral("mine") : QStringLiteral("theirs");
    }
    QSqlQuery done(db);
    done.prepare(
        QStringLiteral("UPDATE conflicts SET state = 'resolved', resolution = ? WHERE id = ?"));
    done.addBindValue(resolution);
    done.addBindValue(id);
    if (auto s = sql::run(done, QStringLiteral("resolving the conflict")); !s)
        return s;
    if (auto s = LocalReplica::refresh(db, c.table, c.row); !s)
        return s;
    return tx.commit();
}

} // namespace crm::core::sync
