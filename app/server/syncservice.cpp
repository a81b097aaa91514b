// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncservice.h"

#include "common/uuid.h"
#include "domain/pipeline.h"

#include <QCborMap>
#include <QDateTime>

#include <optional>
#include <tuple>

namespace crm::server {

using core::Error;
using core::HybridLogicalClock;
using core::Result;
using core::Status;
using core::sync::Change;
using core::sync::PushResult;
using core::sync::PushStatus;

namespace {

const QString OwnerField = QStringLiteral("owner");
const QString VisibilityField = QStringLiteral("visibility");
const QString DeletedField = QStringLiteral("deleted");
const QString Private = QStringLiteral("private");
const QString Team = QStringLiteral("team");

// "contacts 0190a3b4": what a refusal names.
QString where(const Change &c)
{
    return c.table + u' ' + QString::fromLatin1(c.row.toHex().left(8));
}

bool isSet(const QByteArray &cbor)
{
    const QCborValue v = QCborValue::fromCbor(cbor);
    return (v.isInteger() && v.toInteger() == 1) || (v.isBool() && v.toBool()) ||
           (v.isDouble() && v.toDouble() == 1.0);
}

bool newer(const FieldState &a, const FieldState &b)
{
    return std::tie(a.hlc, a.device) > std::tie(b.hlc, b.device);
}

} // namespace

struct SyncService::PushState
{
    const Session &session;
    qint64 seq = 0;                      // the last server_seq handed out
    std::optional<qint64> serverCounter; // the server device's counter, once locked
};

struct SyncService::Placement
{
    QByteArray root;
    QString refusal; // non-empty: the change is rejected for this reason
};

SyncService::SyncService(ServerStore &store, HybridLogicalClock::WallClock wall)
    : m_store(store)
    , m_wall(wall ? wall : HybridLogicalClock::WallClock([] {
        return QDateTime::currentMSecsSinceEpoch();
    }))
    , m_clock(m_wall)
{
    // Another instance may have run before: never hand out a clock below the log's.
    if (auto max = m_store.maxLoggedHlc())
        m_clock.observe(*max);
}

Result<QString> SyncService::visibilityRefusal(const Session &session, const QByteArray &root,
                                               const Change &c)
{
    auto r = m_store.record(root);
    if (!r)
        return r.error();
    if (!r->has_value())
        return QString(where(c) + QStringLiteral(": unknown record"));
    const RecordRow &rec = **r;
    if (rec.owner == session.user)
        return QString();
    if (rec.visibility == Team) {
        auto owner = m_store.user(rec.owner);
        if (!owner)
            return owner.error();
        if (owner->has_value() && (*owner)->team == session.team)
            return QString();
        return QString(where(c) + QStringLiteral(": belongs to another team"));
    }
    return QString(where(c) + QStringLiteral(": private to another user"));
}

Result<QString> SyncService::ownerRefusal(const Session &session, const QCborValue &owner,
                                          const Change &c)
{
    if (owner.isUndefined() || owner.isNull() || (owner.isString() && owner.toString().isEmpty()))
        return QString(); // no owner named: the pushing user
    if (!owner.isString())
        return QString(where(c) + QStringLiteral(": owner must be a user name"));
    const QString name = owner.toString();
    if (name == session.user)
        return QString();
    auto u = m_store.user(name);
    if (!u)
        return u.error();
    if (!u->has_value())
        return QString(where(c) + QStringLiteral(": owner \"%1\" is not a user").arg(name));
    if ((*u)->team != session.team)
        return QString(where(c) + QStringLiteral(": owner \"%1\" is not in your team").arg(name));
    return QString();
}

Result<SyncService::Placement> SyncService::place(const Session &session, Change &c)
{
    auto refuse = [](const QString &reason) { return Placement{{}, reason}; };
    auto visibilityValid = [](const QCborValue &v) {
        return v.isString() && (v.toString() == Private || v.toString() == Team);
    };
    const QCborMap fields = c.isCreation() ? c.value.toMap() : QCborMap();

    auto existing = m_store.record(c.row);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        const RecordRow &rec = **existing;
        if (rec.table != c.table)
            return refuse(where(c) +
                          QStringLiteral(": the id belongs to a record of %1").arg(rec.table));
        auto hidden = visibilityRefusal(session, rec.root, c);
        if (!hidden)
            return hidden.error();
        if (!hidden->isEmpty())
            return refuse(*hidden);
        if (rec.root == c.row) {
            const QCborValue owner = c.isCreation()           ? fields.value(OwnerField)
                                     : c.column == OwnerField ? c.value
                                                              : QCborValue();
            const QCborValue visibility = c.isCreation() ? fields.value(VisibilityField)
                                          : c.column == VisibilityField ? c.value
                                                                        : QCborValue();
            auto badOwner = ownerRefusal(session, owner, c);
            if (!badOwner)
                return badOwner.error();
            if (!badOwner->isEmpty())
                return refuse(*badOwner);
            if (!visibility.isUndefined() && !visibilityValid(visibility))
                return refuse(where(c) + QStringLiteral(": visibility must be \"private\" or "
                                                        "\"team\""));
        }
        return Placement{rec.root, {}};
    }

    if (!c.isCreation()) {
        // The default pipeline is written by every laptop's migration with fixed ids and no
        // creation in the log: its first edit anywhere makes it a record shared with the
        // editor's team.
        const bool seeded = (c.table == u"pipelines" || c.table == u"stages") &&
                            core::DefaultPipeline::isSeeded(c.row);
        if (!seeded)
            return refuse(where(c) + QStringLiteral(": unknown record"));
        if (Status s = m_store.saveRecord(c.row, RecordRow{c.table, c.row, session.user, Team}); !s)
            return s.error();
        return Placement{c.row, {}};
    }

    if (!c.scope.isEmpty()) {
        // A child row (an e-mail of a contact): governed by its scope's root record.
        auto scope = m_store.record(c.scope);
        if (!scope)
            return scope.error();
        if (!scope->has_value())
            return refuse(where(c) + QStringLiteral(": scope %1 is an unknown record")
                                         .arg(QString::fromLatin1(c.scope.toHex().left(8))));
        auto hidden = visibilityRefusal(session, (*scope)->root, c);
        if (!hidden)
            return hidden.error();
        if (!hidden->isEmpty())
            return refuse(*hidden);
        if (Status s = m_store.saveRecord(c.row, RecordRow{c.table, (*scope)->root, {}, {}}); !s)
            return s.error();
        return Placement{(*scope)->root, {}};
    }

    RecordRow root{c.table, c.row, session.user, Team};
    if (fields.contains(VisibilityField)) {
        // A root record (a contact, a company): private to its owner or shared with the team.
        const QCborValue visibility = fields.value(VisibilityField);
        if (!visibilityValid(visibility))
            return refuse(where(c) +
                          QStringLiteral(": visibility must be \"private\" or \"team\""));
        const QCborValue owner = fields.value(OwnerField);
        auto badOwner = ownerRefusal(session, owner, c);
        if (!badOwner)
            return badOwner.error();
        if (!badOwner->isEmpty())
            return refuse(*badOwner);
        if (owner.isString() && !owner.toString().isEmpty())
            root.owner = owner.toString();
        root.visibility = visibility.toString();
    }
    // Without a visibility field (e.g. a tag) the record is shared with the pusher's team.
    if (Status s = m_store.saveRecord(c.row, root); !s)
        return s.error();
    return Placement{c.row, {}};
}

Status SyncService::refreshRoot(const QByteArray &row)
{
    auto rec = m_store.record(row);
    if (!rec)
        return rec.error();
    if (!rec->has_value() || (*rec)->root != row)
        return {};
    RecordRow r = **rec;
    auto owner = m_store.field(r.table, row, OwnerField);
    if (!owner)
        return owner.error();
    if (owner->has_value()) {
        const QCborValue v = QCborValue::fromCbor((*owner)->value);
        if (v.isString() && !v.toString().isEmpty())
            r.owner = v.toString();
    }
    auto visibility = m_store.field(r.table, row, VisibilityField);
    if (!visibility)
        return visibility.error();
    if (visibility->has_value()) {
        const QString v = QCborValue::fromCbor((*visibility)->value).toString();
        if (v == Private || v == Team)
            r.visibility = v;
    }
    return m_store.saveRecord(row, r);
}

Status SyncService::addConflict(PushState &state, const Change &c, const QByteArray &root,
                                const QString &column, const QString &kind,
                                const FieldState &winner, const FieldState &loser)
{
    if (!state.serverCounter) {
        auto counter = m_store.lockCounter(QStringLiteral("server_counter"));
        if (!counter)
            return counter.error();
        state.serverCounter = *counter;
    }
    const qint64 counter = ++*state.serverCounter;
    QCborMap m;
    m.insert(QStringLiteral("tbl"), c.table);
    m.insert(QStringLiteral("row"), c.row);
    m.insert(QStringLiteral("col"), column);
    m.insert(QStringLiteral("kind"), kind);
    m.insert(QStringLiteral("winner_value"), QCborValue::fromCbor(winner.value));
    m.insert(QStringLiteral("winner_device"), winner.device);
    m.insert(QStringLiteral("winner_author"), winner.author);
    m.insert(QStringLiteral("winner_hlc"), qint64(winner.hlc));
    m.insert(QStringLiteral("loser_value"), QCborValue::fromCbor(loser.value));
    m.insert(QStringLiteral("loser_device"), loser.device);
    m.insert(QStringLiteral("loser_author"), loser.author);
    m.insert(QStringLiteral("loser_hlc"), qint64(loser.hlc));
    m.insert(QStringLiteral("created_at"), m_wall());
    m.insert(QStringLiteral("state"), QStringLiteral("open"));
    m.insert(QStringLiteral("resolution"), QStringLiteral(""));
    m.insert(DeletedField, 0);

    Change k;
    k.serverSeq = ++state.seq;
    k.device = m_store.serverDevice();
    k.counter = counter;
    k.hlc = m_clock.tick();
    k.txn = counter;
    k.table = QString::fromLatin1(ConflictsTable);
    k.row = core::Uuid::createV7();
    k.value = m;
    // Scoped by the conflicted row, so it is exactly as visible as that row.
    k.scope = c.row;
    k.author = QStringLiteral("server");
    if (Status s = m_store.saveRecord(k.row, RecordRow{k.table, root, {}, {}}); !s)
        return s;
    for (auto it = m.constBegin(); it != m.constEnd(); ++it) {
        if (Status s = m_store.saveField(
                k.table, k.row, it.key().toString(),
                FieldState{it.value().toCbor(), k.hlc, k.device, k.serverSeq, k.author});
            !s)
            return s;
    }
    return m_store.appendLog(k, root);
}

Status SyncService::applyFields(PushState &state, const Change &c, const QByteArray &root)
{
    // Conflicts about conflict rows would only breed more of them: there LWW alone decides.
    const bool detect = c.table != QLatin1String(ConflictsTable);
    QList<std::pair<QString, QCborValue>> values;
    if (c.isCreation()) {
        const QCborMap m = c.value.toMap();
        for (auto it = m.constBegin(); it != m.constEnd(); ++it)
            values.append({it.key().toString(), it.value()});
    } else {
        values.append({c.column, c.value});
    }
    for (const auto &[column, value] : values) {
        auto current = m_store.field(c.table, c.row, column);
        if (!current)
            return current.error();
        const FieldState mine{value.toCbor(), c.hlc, c.device, c.serverSeq, c.author};
        const bool wins = !current->has_value() || newer(mine, **current);
        if (detect && current->has_value()) {
            const FieldState &theirs = **current;
            // Written by another device after the value this writer saw, and different.
            if (c.baseSeq < theirs.serverSeq && theirs.device != c.device &&
                theirs.value != mine.value) {
                if (Status s = addConflict(state, c, root, column, QStringLiteral("value"),
                                           wins ? mine : theirs, wins ? theirs : mine);
                    !s)
                    return s;
            }
        }
        if (wins) {
            if (Status s = m_store.saveField(c.table, c.row, column, mine); !s)
                return s;
        }
    }
    if (detect && !c.isCreation()) {
        const FieldState mine{c.value.toCbor(), c.hlc, c.device, c.serverSeq, c.author};
        if (c.column != DeletedField) {
            // An edit of a record another device deleted meanwhile.
            auto deleted = m_store.field(c.table, c.row, DeletedField);
            if (!deleted)
                return deleted.error();
            if (deleted->has_value() && isSet((*deleted)->value) &&
                (*deleted)->device != c.device && (*deleted)->serverSeq > c.baseSeq) {
                if (Status s = addConflict(state, c, root, c.column, QStringLiteral("edit_delete"),
                                           **deleted, mine);
                    !s)
                    return s;
            }
        } else if (isSet(mine.value)) {
            // A delete of a record another device edited meanwhile (baseSeq: the largest
            // server_seq the deleting device knew for the row).
            auto edit = m_store.latestOtherWrite(c.table, c.row, c.device, c.baseSeq, DeletedField);
            if (!edit)
                return edit.error();
            if (edit->has_value()) {
                if (Status s = addConflict(state, c, root, (*edit)->first,
                                           QStringLiteral("edit_delete"), mine, (*edit)->second);
                    !s)
                    return s;
            }
        }
    }
    if (root == c.row && (c.isCreation() || c.column == OwnerField || c.column == VisibilityField))
        return refreshRoot(c.row);
    return {};
}

Outcome<core::sync::PushResponse> SyncService::push(const Session &session,
                                                    const core::sync::PushRequest &request)
{
    if (request.device != session.device)
        return Refusal{403, QStringLiteral("push: device %1 is not the device this token was "
                                           "issued to")
                                .arg(QString::fromLatin1(request.device.toHex().left(8)))};
    if (Status s = m_store.begin(); !s)
        return s.error();
    auto fail = [this](const Error &e) {
        m_store.rollback();
        return Outcome<core::sync::PushResponse>(e);
    };
    // Taking the counter row's lock first serialises pushes on PostgreSQL: server_seq is
    // handed out in commit order, so a pull never skips a change that commits late.
    auto seq = m_store.lockCounter(QStringLiteral("server_seq"));
    if (!seq)
        return fail(seq.error());
    PushState state{session, *seq, std::nullopt};
    const qint64 skewLimit = m_wall() + core::sync::MaxClockSkewMs;
    core::sync::PushResponse response;
    response.results.reserve(request.changes.size());
    for (Change c : request.changes) {
        auto prior = m_store.applied(c.device, c.counter);
        if (!prior)
            return fail(prior.error());
        if (prior->has_value()) {
            const AppliedRow &a = **prior;
            response.results << PushResult{c.counter,
                                           a.status == int(PushStatus::Rejected)
                                               ? PushStatus::Rejected
                                               : PushStatus::Duplicate,
                                           a.serverSeq, a.reason, a.hlc};
            continue;
        }
        c.author = session.user;
        c.serverSeq = 0;
        quint64 clamped = 0;
        if (HybridLogicalClock::millis(c.hlc) > skewLimit) {
            // Through the server's clock, so clamped clocks only grow: the far-future writes
            // of one push share the limit's millisecond, and a device's later write (say, a
            // delete after the creation) must not get the smaller counter and lose.
            c.hlc = m_clock.tick(
                HybridLogicalClock::make(skewLimit, HybridLogicalClock::counter(c.hlc)) - 1);
            clamped = c.hlc;
        }
        auto placement = place(session, c);
        if (!placement)
            return fail(placement.error());
        if (!placement->refusal.isEmpty()) {
            if (Status s = m_store.saveApplied(
                    c.device, c.counter,
                    AppliedRow{int(PushStatus::Rejected), 0, placement->refusal, 0});
                !s)
                return fail(s.error());
            response.results << PushResult{c.counter, PushStatus::Rejected, 0, placement->refusal,
                                           0};
            continue;
        }
        m_clock.observe(c.hlc);
        c.serverSeq = ++state.seq;
        if (Status s = applyFields(state, c, placement->root); !s)
            return fail(s.error());
        if (Status s = m_store.appendLog(c, placement->root); !s)
            return fail(s.error());
        if (Status s =
                m_store.saveApplied(c.device, c.counter,
                                    AppliedRow{int(PushStatus::Applied), c.serverSeq, {}, clamped});
            !s)
            return fail(s.error());
        response.results << PushResult{c.counter, PushStatus::Applied, c.serverSeq, {}, clamped};
    }
    if (state.seq != *seq) {
        if (Status s = m_store.setCounter(QStringLiteral("server_seq"), state.seq); !s)
            return fail(s.error());
    }
    if (state.serverCounter) {
        if (Status s = m_store.setCounter(QStringLiteral("server_counter"), *state.serverCounter);
            !s)
            return fail(s.error());
    }
    if (m_failBeforeCommit) {
        m_failBeforeCommit = false;
        m_store.rollback();
        return Refusal{503, QStringLiteral("push: the server stopped before commit (test hook)")};
    }
    if (Status s = m_store.commit(); !s)
        return s.error();
    response.hlc = m_clock.tick();
    return response;
}

Outcome<core::sync::PullResponse> SyncService::pull(const Session &session, qint64 since, int limit)
{
    if (limit <= 0 || limit > core::sync::MaxBatch)
        limit = core::sync::MaxBatch;
    // Everything up to head is committed (it is written in the same transaction as the
    // changes it counts), so the page is stable even while pushes commit.
    auto head = m_store.counter(QStringLiteral("server_seq"));
    if (!head)
        return head.error();
    auto rows =
        m_store.visibleLog(session.user, session.team, session.device, since, *head, limit + 1);
    if (!rows)
        return rows.error();
    core::sync::PullResponse response;
    response.changes = std::move(rows).value();
    response.more = response.changes.size() > limit;
    if (response.more) {
        response.changes.resize(limit);
        response.next = response.changes.last().serverSeq;
    } else {
        // Past what this device may not see and its own changes, up to the head.
        response.next = std::max(since, *head);
    }
    response.hlc = m_clock.tick();
    return response;
}

} // namespace crm::server
