// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncservice.h"

#include "common/uuid.h"
#include "domain/pipeline.h"

#include <QCborMap>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>
#include <tuple>
#include <vector>

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

// Everything one push reads and writes, kept in memory: read in bulk before the changes are
// applied (prefetch), kept current by them, and written back in bulk before COMMIT (flush).
// This is sound because the push is the only writer while its transaction runs (BEGIN
// IMMEDIATE on SQLite, the counter row's lock on PostgreSQL); a key the cache does not hold
// is read from the store, which nothing in this push has written yet.
struct SyncService::PushState
{
    ServerStore &store;
    const Session &session;
    qint64 seq = 0;                      // the last server_seq handed out
    std::optional<qint64> serverCounter; // the server device's counter, once locked

    using RowKey = QPair<QString, QByteArray>; // (table, row)
    struct FieldSlot
    {
        std::optional<FieldState> state;
        bool dirty = false;
    };
    struct RowFields
    {
        // A row has a few dozen fields at most, and a push of edits touches one or two of
        // each: a list searched in order costs far less than a hash per row (a QHash
        // allocates room for dozens of entries on its first insert).
        std::vector<std::pair<QString, FieldSlot>> columns;
        bool complete = false; // every field of the row is here: a missing one does not exist

        const FieldSlot *find(const QString &column) const
        {
            for (const auto &[name, slot] : columns) {
                if (name == column)
                    return &slot;
            }
            return nullptr;
        }
        // Replaces the column's slot, or adds it.
        void set(const QString &column, FieldSlot slot)
        {
            for (auto &[name, current] : columns) {
                if (name == column) {
                    current = std::move(slot);
                    return;
                }
            }
            columns.emplace_back(column, std::move(slot));
        }
        // Adds the column's slot unless the row has one already.
        void add(QString column, FieldSlot slot)
        {
            if (!find(column))
                columns.emplace_back(std::move(column), std::move(slot));
        }
    };
    struct RecordSlot
    {
        std::optional<RecordRow> record;
        bool dirty = false;
    };

    // Answers to pushed (device, counter) given before, and the counter ranges read.
    QHash<QPair<QByteArray, qint64>, AppliedRow> applied;
    QHash<QByteArray, QPair<qint64, qint64>> appliedRead;
    QList<std::tuple<QByteArray, qint64, AppliedRow>> newApplied;
    QHash<QByteArray, RecordSlot> records;
    QHash<QString, std::optional<UserRow>> users;
    QHash<RowKey, RowFields> fields;
    QList<ServerStore::LogEntry> log; // entries to append
    // Roots whose owner or visibility this push changed, with their record before: their
    // log is replayed and their rows withdrawn from those who lost them (replayReshared).
    QList<std::pair<QByteArray, RecordRow>> reshared;

    Result<std::optional<AppliedRow>> appliedRow(const QByteArray &device, qint64 counter)
    {
        if (const auto it = applied.constFind({device, counter}); it != applied.constEnd())
            return std::optional<AppliedRow>(*it);
        if (const auto range = appliedRead.constFind(device);
            range != appliedRead.constEnd() && counter >= range->first && counter <= range->second)
            return std::optional<AppliedRow>();
        return store.applied(device, counter);
    }
    void saveApplied(const QByteArray &device, qint64 counter, const AppliedRow &row)
    {
        applied.insert({device, counter}, row);
        newApplied.append({device, counter, row});
    }

    Result<std::optional<RecordRow>> record(const QByteArray &row)
    {
        if (const auto it = records.constFind(row); it != records.constEnd())
            return it->record;
        auto r = store.record(row);
        if (r)
            records.insert(row, RecordSlot{*r, false});
        return r;
    }
    void saveRecord(const QByteArray &row, const RecordRow &record)
    {
        records.insert(row, RecordSlot{record, true});
    }

    Result<std::optional<UserRow>> user(const QString &name)
    {
        if (const auto it = users.constFind(name); it != users.constEnd())
            return *it;
        auto u = store.user(name);
        if (u)
            users.insert(name, *u);
        return u;
    }

    Result<std::optional<FieldState>> field(const QString &table, const QByteArray &row,
                                            const QString &column)
    {
        RowFields &r = fields[{table, row}];
        if (const FieldSlot *slot = r.find(column))
            return slot->state;
        if (r.complete)
            return std::optional<FieldState>();
        auto f = store.field(table, row, column);
        if (f)
            r.columns.emplace_back(column, FieldSlot{*f, false});
        return f;
    }
    void saveField(const QString &table, const QByteArray &row, const QString &column,
                   const FieldState &state)
    {
        fields[{table, row}].set(column, FieldSlot{state, true});
    }
    // Every field of the row, from the store where this push has not read or written it.
    Status completeRow(const QString &table, const QByteArray &row)
    {
        RowFields &r = fields[{table, row}];
        if (r.complete)
            return {};
        auto stored = store.fields(table, {row});
        if (!stored)
            return stored.error();
        RowFields &now = fields[{table, row}];
        for (ServerStore::StoredField &f : stored.value())
            now.add(std::move(f.column), FieldSlot{std::move(f.state), false});
        now.complete = true;
        return {};
    }
    // The latest write (by server_seq, then column name) to a field of the row other than
    // `exceptColumn`, by a device other than `exceptDevice`, after `afterSeq`.
    Result<std::optional<std::pair<QString, FieldState>>>
    latestOtherWrite(const QString &table, const QByteArray &row, const QByteArray &exceptDevice,
                     qint64 afterSeq, const QString &exceptColumn)
    {
        if (Status s = completeRow(table, row); !s)
            return s.error();
        std::optional<std::pair<QString, FieldState>> out;
        const RowFields &r = fields[{table, row}];
        for (const auto &[column, slot] : r.columns) {
            if (!slot.state || column == exceptColumn || slot.state->device == exceptDevice ||
                slot.state->serverSeq <= afterSeq)
                continue;
            if (!out || slot.state->serverSeq > out->second.serverSeq ||
                (slot.state->serverSeq == out->second.serverSeq && column < out->first))
                out = std::pair{column, *slot.state};
        }
        return out;
    }
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

Result<QString> SyncService::visibilityRefusal(PushState &state, const QByteArray &root,
                                               const Change &c)
{
    const Session &session = state.session;
    auto r = state.record(root);
    if (!r)
        return r.error();
    if (!r->has_value())
        return QString(where(c) + QStringLiteral(": unknown record"));
    const RecordRow &rec = **r;
    if (rec.owner == session.user)
        return QString();
    if (rec.visibility == Team) {
        auto owner = state.user(rec.owner);
        if (!owner)
            return owner.error();
        if (owner->has_value() && (*owner)->team == session.team)
            return QString();
        return QString(where(c) + QStringLiteral(": belongs to another team"));
    }
    return QString(where(c) + QStringLiteral(": private to another user"));
}

Result<QString> SyncService::ownerRefusal(PushState &state, const QCborValue &owner,
                                          const Change &c)
{
    const Session &session = state.session;
    if (owner.isUndefined() || owner.isNull() || (owner.isString() && owner.toString().isEmpty()))
        return QString(); // no owner named: the pushing user
    if (!owner.isString())
        return QString(where(c) + QStringLiteral(": owner must be a user name"));
    const QString name = owner.toString();
    if (name == session.user)
        return QString();
    auto u = state.user(name);
    if (!u)
        return u.error();
    if (!u->has_value())
        return QString(where(c) + QStringLiteral(": owner \"%1\" is not a user").arg(name));
    if ((*u)->team != session.team)
        return QString(where(c) + QStringLiteral(": owner \"%1\" is not in your team").arg(name));
    return QString();
}

Result<SyncService::Placement> SyncService::place(PushState &state, Change &c)
{
    const Session &session = state.session;
    auto refuse = [](const QString &reason) { return Placement{{}, reason}; };
    auto visibilityValid = [](const QCborValue &v) {
        return v.isString() && (v.toString() == Private || v.toString() == Team);
    };
    const QCborMap fields = c.isCreation() ? c.value.toMap() : QCborMap();
    if (c.column == core::sync::WithdrawnColumn ||
        (c.isCreation() && fields.contains(QString(core::sync::WithdrawnColumn))))
        return refuse(
            where(c) +
            QStringLiteral(": %1 is written by the server only").arg(core::sync::WithdrawnColumn));

    auto existing = state.record(c.row);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        const RecordRow &rec = **existing;
        if (rec.table != c.table)
            return refuse(where(c) +
                          QStringLiteral(": the id belongs to a record of %1").arg(rec.table));
        auto hidden = visibilityRefusal(state, rec.root, c);
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
            auto badOwner = ownerRefusal(state, owner, c);
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
        // The default pipeline is written by every laptop with fixed ids and no creation in
        // the log: its first edit makes it a record shared with the editor's team. A team's
        // seed (DefaultPipeline::pipelineId(team)) is that team's alone.
        const bool seeded = (c.table == u"pipelines" || c.table == u"stages") &&
                            core::DefaultPipeline::isSeededFor(c.row, session.team);
        if (!seeded)
            return refuse(where(c) + QStringLiteral(": unknown record"));
        state.saveRecord(c.row, RecordRow{c.table, c.row, session.user, Team});
        return Placement{c.row, {}};
    }

    if (core::DefaultPipeline::isSeeded(c.row))
        return refuse(where(c) + QStringLiteral(": a seeded pipeline or stage is never created"));
    if (!c.scope.isEmpty()) {
        // A child row (an e-mail of a contact): governed by its scope's root record.
        auto scope = state.record(c.scope);
        if (!scope)
            return scope.error();
        if (!scope->has_value())
            return refuse(where(c) + QStringLiteral(": scope %1 is an unknown record")
                                         .arg(QString::fromLatin1(c.scope.toHex().left(8))));
        auto hidden = visibilityRefusal(state, (*scope)->root, c);
        if (!hidden)
            return hidden.error();
        if (!hidden->isEmpty())
            return refuse(*hidden);
        const QByteArray root = (*scope)->root;
        state.saveRecord(c.row, RecordRow{c.table, root, {}, {}});
        return Placement{root, {}};
    }

    RecordRow root{c.table, c.row, session.user, Team};
    if (fields.contains(VisibilityField)) {
        // A root record (a contact, a company): private to its owner or shared with the team.
        const QCborValue visibility = fields.value(VisibilityField);
        if (!visibilityValid(visibility))
            return refuse(where(c) +
                          QStringLiteral(": visibility must be \"private\" or \"team\""));
        const QCborValue owner = fields.value(OwnerField);
        auto badOwner = ownerRefusal(state, owner, c);
        if (!badOwner)
            return badOwner.error();
        if (!badOwner->isEmpty())
            return refuse(*badOwner);
        if (owner.isString() && !owner.toString().isEmpty())
            root.owner = owner.toString();
        root.visibility = visibility.toString();
    }
    // Without a visibility field (e.g. a tag) the record is shared with the pusher's team.
    state.saveRecord(c.row, root);
    return Placement{c.row, {}};
}

Status SyncService::refreshRoot(PushState &state, const QByteArray &row, bool created)
{
    auto rec = state.record(row);
    if (!rec)
        return rec.error();
    if (!rec->has_value() || (*rec)->root != row)
        return {};
    const RecordRow before = **rec;
    RecordRow r = before;
    auto owner = state.field(r.table, row, OwnerField);
    if (!owner)
        return owner.error();
    if (owner->has_value()) {
        const QCborValue v = QCborValue::fromCbor((*owner)->value);
        if (v.isString() && !v.toString().isEmpty())
            r.owner = v.toString();
    }
    auto visibility = state.field(r.table, row, VisibilityField);
    if (!visibility)
        return visibility.error();
    if (visibility->has_value()) {
        const QString v = QCborValue::fromCbor((*visibility)->value).toString();
        if (v == Private || v == Team)
            r.visibility = v;
    }
    state.saveRecord(row, r);
    if (!created && (r.owner != before.owner || r.visibility != before.visibility) &&
        std::none_of(state.reshared.cbegin(), state.reshared.cend(),
                     [&](const auto &entry) { return entry.first == row; }))
        state.reshared.append({row, before});
    return {};
}

Status SyncService::replayReshared(PushState &state)
{
    // Pulls see a record's entries as the record is now; someone who may see it only from
    // this push on has pulled past its earlier entries, so they are logged again at the end.
    // Each keeps its (device, counter): a replica that has it already skips it, and a
    // replica skips an edit of a row it does not have, so no order is lost.
    for (const auto &[root, before] : std::as_const(state.reshared)) {
        auto stored = m_store.recordLog(root);
        if (!stored)
            return stored.error();
        QList<Change> replay = std::move(stored).value();
        for (const ServerStore::LogEntry &e : std::as_const(state.log)) {
            if (e.root == root)
                replay.append(e.change);
        }
        QList<std::pair<QString, QByteArray>> rows; // the record's rows, children included
        QSet<QPair<QByteArray, qint64>> once;       // earlier replays are in the log too
        for (Change &c : replay) {
            if (once.contains({c.device, c.counter}))
                continue;
            once.insert({c.device, c.counter});
            if (c.isCreation())
                rows.append({c.table, c.row});
            c.serverSeq = ++state.seq;
            state.log.append({std::move(c), root, true});
        }
        auto now = state.record(root);
        if (!now)
            return now.error();
        const bool narrowed = !now->has_value() || (*now)->owner != before.owner ||
                              (before.visibility == Team && (*now)->visibility == Private);
        if (narrowed) {
            if (Status s = withdraw(state, root, before, rows); !s)
                return s;
        }
    }
    return {};
}

Status SyncService::withdraw(PushState &state, const QByteArray &root, const RecordRow &before,
                             const QList<std::pair<QString, QByteArray>> &rows)
{
    // The entries go to the record's audience before this push (a record of their own holds
    // its owner and visibility); the pull leaves them out for whoever still sees the record.
    const QByteArray audience = core::Uuid::createV7();
    state.saveRecord(audience, RecordRow{QString::fromLatin1(AudienceTable), audience, before.owner,
                                         before.visibility});
    for (const auto &[table, row] : rows) {
        if (!state.serverCounter) {
            auto counter = m_store.lockCounter(QStringLiteral("server_counter"));
            if (!counter)
                return counter.error();
            state.serverCounter = *counter;
        }
        Change w;
        w.serverSeq = ++state.seq;
        w.device = m_store.serverDevice();
        w.counter = ++*state.serverCounter;
        w.hlc = m_clock.tick();
        w.txn = w.counter;
        w.table = table;
        w.row = row;
        w.column = core::sync::WithdrawnColumn;
        w.value = QCborValue(QCborValue::Null);
        w.scope = root;
        w.author = QStringLiteral("server");
        state.log.append({std::move(w), audience});
    }
    return {};
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
    state.saveRecord(k.row, RecordRow{k.table, root, {}, {}});
    state.fields[{k.table, k.row}].complete = true; // a new row
    for (auto it = m.constBegin(); it != m.constEnd(); ++it)
        state.saveField(k.table, k.row, it.key().toString(),
                        FieldState{it.value().toCbor(), k.hlc, k.device, k.serverSeq, k.author});
    state.log.append({k, root});
    return {};
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
        auto current = state.field(c.table, c.row, column);
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
        if (wins)
            state.saveField(c.table, c.row, column, mine);
    }
    if (detect && !c.isCreation()) {
        const FieldState mine{c.value.toCbor(), c.hlc, c.device, c.serverSeq, c.author};
        if (c.column != DeletedField) {
            // An edit of a record another device deleted meanwhile.
            auto deleted = state.field(c.table, c.row, DeletedField);
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
            auto edit = state.latestOtherWrite(c.table, c.row, c.device, c.baseSeq, DeletedField);
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
        return refreshRoot(state, c.row, c.isCreation());
    return {};
}

Status SyncService::prefetch(PushState &state, const QList<Change> &changes)
{
    // The answers given before, one range of counters per device (a push is one device's).
    QHash<QByteArray, QPair<qint64, qint64>> ranges;
    for (const Change &c : changes) {
        auto it = ranges.find(c.device);
        if (it == ranges.end())
            ranges.insert(c.device, {c.counter, c.counter});
        else
            *it = {std::min(it->first, c.counter), std::max(it->second, c.counter)};
    }
    for (auto it = ranges.constBegin(); it != ranges.constEnd(); ++it) {
        auto answered = m_store.appliedRange(it.key(), it->first, it->second);
        if (!answered)
            return answered.error();
        for (auto a = answered->constBegin(); a != answered->constEnd(); ++a)
            state.applied.insert({it.key(), a.key()}, *a);
        state.appliedRead.insert(it.key(), *it);
    }

    // The records the changes name, then the roots that govern them.
    QList<QByteArray> rows;
    QSet<QByteArray> wanted;
    auto want = [&](const QByteArray &row) {
        if (!row.isEmpty() && !state.records.contains(row) && !wanted.contains(row)) {
            wanted.insert(row);
            rows.append(row);
        }
    };
    QList<const Change *> fresh; // not answered before
    for (const Change &c : changes) {
        if (state.applied.contains({c.device, c.counter}))
            continue;
        fresh.append(&c);
        want(c.row);
        want(c.scope);
    }
    for (int round = 0; round < 2 && !rows.isEmpty(); ++round) {
        auto found = m_store.records(rows);
        if (!found)
            return found.error();
        for (const QByteArray &row : std::as_const(rows))
            state.records.insert(row, PushState::RecordSlot{found->contains(row)
                                                                ? std::optional(found->value(row))
                                                                : std::nullopt,
                                                            false});
        rows.clear();
        for (auto it = found->constBegin(); it != found->constEnd(); ++it)
            want(it->root);
    }

    // The fields the changes write: every field of a created row (usually none yet), the
    // written ones and `deleted` of an edited one.
    QHash<QString, QList<QByteArray>> created;
    QHash<QString, QSet<QByteArray>> createdSet;
    QHash<QString, QList<QByteArray>> edited;
    QHash<QString, QSet<QByteArray>> editedSet;
    QHash<QString, QSet<QString>> editedColumns;
    for (const Change *c : std::as_const(fresh)) {
        if (c->isCreation()) {
            if (!createdSet[c->table].contains(c->row)) {
                createdSet[c->table].insert(c->row);
                created[c->table].append(c->row);
            }
        } else {
            if (!editedSet[c->table].contains(c->row)) {
                editedSet[c->table].insert(c->row);
                edited[c->table].append(c->row);
            }
            editedColumns[c->table].insert(c->column);
        }
    }
    for (auto it = created.constBegin(); it != created.constEnd(); ++it) {
        auto found = m_store.fields(it.key(), *it);
        if (!found)
            return found.error();
        for (const QByteArray &row : *it)
            state.fields[{it.key(), row}].complete = true;
        for (ServerStore::StoredField &f : found.value())
            state.fields[{it.key(), f.row}].add(std::move(f.column),
                                                PushState::FieldSlot{std::move(f.state), false});
    }
    for (auto it = edited.constBegin(); it != edited.constEnd(); ++it) {
        QSet<QString> columnSet = editedColumns.value(it.key());
        columnSet.insert(DeletedField);
        const QStringList columns(columnSet.cbegin(), columnSet.cend());
        const bool all = columns.size() > 64; // then read whole rows
        QList<QByteArray> todo;
        for (const QByteArray &row : *it) {
            if (!createdSet.value(it.key()).contains(row))
                todo.append(row);
        }
        auto found = m_store.fields(it.key(), todo, all ? QStringList() : columns);
        if (!found)
            return found.error();
        // A column the store has not for a row is known not to exist (an empty slot), unless
        // the whole row was read (then the row is complete).
        for (const QByteArray &row : std::as_const(todo)) {
            PushState::RowFields &r = state.fields[{it.key(), row}];
            if (all) {
                r.complete = true;
                continue;
            }
            r.columns.reserve(columns.size());
            for (const QString &column : columns)
                r.columns.emplace_back(column, PushState::FieldSlot{});
        }
        for (ServerStore::StoredField &f : found.value())
            state.fields[{it.key(), f.row}].set(f.column,
                                                PushState::FieldSlot{std::move(f.state), false});
    }
    return {};
}

Status SyncService::flush(PushState &state)
{
    QList<std::pair<QByteArray, RecordRow>> records;
    for (auto it = state.records.constBegin(); it != state.records.constEnd(); ++it) {
        if (it->dirty && it->record)
            records.append({it.key(), *it->record});
    }
    if (Status s = m_store.saveRecords(records); !s)
        return s;
    // Sized first: a FieldWrite is copied, not moved, when the list grows.
    qsizetype dirty = 0;
    for (const PushState::RowFields &row : std::as_const(state.fields)) {
        for (const auto &[column, slot] : row.columns)
            dirty += slot.dirty && slot.state ? 1 : 0;
    }
    QList<ServerStore::FieldWrite> fields;
    fields.reserve(dirty);
    for (auto row = state.fields.constBegin(); row != state.fields.constEnd(); ++row) {
        for (const auto &[column, slot] : row->columns) {
            if (slot.dirty && slot.state)
                fields.append({row.key().first, row.key().second, column, *slot.state});
        }
    }
    // In key order, the store's b-tree is walked once from left to right instead of entered
    // at random places (the cache above is a hash), so the pages one write needs are mostly
    // those the write before it used.
    std::sort(fields.begin(), fields.end(), [](const auto &a, const auto &b) {
        if (int c = a.table.compare(b.table))
            return c < 0;
        if (a.row != b.row)
            return a.row < b.row;
        return a.column < b.column;
    });
    if (Status s = m_store.saveFields(fields); !s)
        return s;
    if (Status s = m_store.appendLogs(state.log); !s)
        return s;
    return m_store.saveAppliedMany(state.newApplied);
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
    PushState state{m_store, session, *seq, std::nullopt};
    // A log entry holds a whole Change, copied when the list grows: room for one per change.
    state.log.reserve(request.changes.size());
    state.newApplied.reserve(request.changes.size());
    if (Status s = prefetch(state, request.changes); !s)
        return fail(s.error());
    const qint64 skewLimit = m_wall() + core::sync::MaxClockSkewMs;
    core::sync::PushResponse response;
    response.results.reserve(request.changes.size());
    for (Change c : request.changes) {
        auto prior = state.appliedRow(c.device, c.counter);
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
        auto placement = place(state, c);
        if (!placement)
            return fail(placement.error());
        if (!placement->refusal.isEmpty()) {
            state.saveApplied(c.device, c.counter,
                              AppliedRow{int(PushStatus::Rejected), 0, placement->refusal, 0});
            response.results << PushResult{c.counter, PushStatus::Rejected, 0, placement->refusal,
                                           0};
            continue;
        }
        m_clock.observe(c.hlc);
        c.serverSeq = ++state.seq;
        if (Status s = applyFields(state, c, placement->root); !s)
            return fail(s.error());
        state.saveApplied(c.device, c.counter,
                          AppliedRow{int(PushStatus::Applied), c.serverSeq, {}, clamped});
        response.results << PushResult{c.counter, PushStatus::Applied, c.serverSeq, {}, clamped};
        state.log.append({std::move(c), placement->root});
    }
    if (Status s = replayReshared(state); !s)
        return fail(s.error());
    if (Status s = flush(state); !s)
        return fail(s.error());
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
    // A page of large values (photos) ends early, so it stays well under the body limit.
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < std::min<qsizetype>(limit, response.changes.size()); ++i) {
        bytes += core::sync::valueBytes(response.changes.at(i));
        if (i > 0 && bytes > core::sync::MaxBatchValueBytes) {
            limit = int(i);
            break;
        }
    }
    response.more = response.changes.size() > limit;
    if (response.more) {
        response.changes.resize(limit);
        response.next = response.changes.last().serverSeq;
    } else {
        // Past what this device may not see and its own changes, up to the head.
        response.next = std::max(since, *head);
    }
    response.hlc = m_clock.tick();
    response.head = *head;
    return response;
}

} // namespace crm::server
