// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "domain/customfield.h"
#include "models/recordquery.h"
#include "storage/database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace crm::core {

// What a bulk edit works on: explicit ids, or every row of a query.
struct BulkTarget
{
    CustomEntity entity = CustomEntity::Contact;
    QList<QByteArray> ids;
    RecordQuery query; // used when not empty
};

struct BulkOperation
{
    enum class Kind
    {
        SetField,
        AddTag,
        RemoveTag,
        SetOwner,
        Delete
    };
    Kind kind = Kind::SetField;
    QString field; // SetField: a built-in key ("status", "city", "stage") or "custom:KEY"
    QString value; // SetField: canonical after prepare(); tags: the tag; SetOwner: the owner
};

// A field a bulk edit can set, with how its value is entered.
struct BulkField
{
    enum class Type
    {
        Text,
        LongText,
        Choice, // one of `choices` (keys), shown by `choiceLabels`
        Date,   // YYYY-MM-DD or "" (none)
        Number, // an integer 0…100 or "" (none): deal probability
        Url,
        Phone,
        Company,  // a company's name (stored as its id)
        Stage,    // a stage's id or name
        Currency, // ISO 4217 code
        Custom    // a custom field (`custom` holds its definition)
    };
    QString key; // "status", "custom:industry"
    QString label;
    Type type = Type::Text;
    QStringList choices;
    QStringList choiceLabels;
    CustomFieldDefinition custom;
};

// One changed row and what the edited field held before (for undo).
struct BulkChange
{
    QByteArray id;
    QString before;
};

struct BulkOutcome
{
    qint64 edit = 0; // the recorded edit (bulk_edits.id); 0 when no row changed
    int matched = 0;
    QList<BulkChange> changes; // rows that changed (unchanged rows are not written)
};

// A bulk edit as the database keeps it (bulk_edits: local, never synced), for its history
// and its undo after a restart.
struct BulkEditRecord
{
    qint64 id = 0;
    qint64 startedAt = 0;  // ms since the epoch
    qint64 finishedAt = 0; // 0 while applying (or when interrupted)
    qint64 undoneAt = 0;
    CustomEntity entity = CustomEntity::Contact;
    BulkOperation op;    // prepared
    QString description; // describe() when it was made: "Set Status to Customer"
    int matched = 0;
    int changed = 0;
    int left = 0;  // rows its undo left as they were, because they changed after the edit
    QString state; // applying (interrupted when nothing runs it) | applied | undoing | undone
};

// What an undo did: rows put back, and the rows it left because their edited field (or the
// record) changed after the bulk edit — someone's later edit is never overwritten.
struct BulkUndoOutcome
{
    int restored = 0;
    QList<QByteArray> left;
};

// Bulk edits of contacts, companies and deals: set a field (built-in or custom), add or
// remove a tag, change the owner, soft-delete. Every row is written through its repository
// (validated as the forms validate, captured for sync field by field: an unchanged row writes
// nothing) in transactions of BatchSize rows. All or nothing: a cancel or a failure part-way
// undoes the batches already committed, from the before-values recorded while writing.
// Each edit that changed rows is recorded with the before-value of every changed row, in the
// transaction that changed it (bulk_edits, bulk_edit_items), so it can be undone also after a
// restart or a crash; the newest Kept edits are kept. undo() puts back the before-values of
// the edited field only, and only where the field still holds what the edit wrote. Safe to use
// from any thread (that thread's connection): the desktop app runs it on a worker.
class BulkEdit
{
    // The context lupdate files the messages of its members under.
    Q_DECLARE_TR_FUNCTIONS(crm::core::BulkEdit)

public:
    static constexpr int BatchSize = 2000;
    // Recorded edits kept for undo; an older one is forgotten when a new one is recorded.
    static constexpr int Kept = 100;
    // (done, total); returns false to cancel.
    using Progress = std::function<bool(qint64, qint64)>;

    explicit BulkEdit(DatabasePtr db);

    // The fields a bulk edit can set for an entity: built-ins, then live custom fields.
    Result<QList<BulkField>> fields(CustomEntity entity) const;
    // Checks the operation and brings its value to canonical form (a company's name becomes
    // its id, a status label its key …). An Error names the field ("status: …").
    Result<BulkOperation> prepare(CustomEntity entity, BulkOperation op) const;
    // The ids of the target (a query is read on this thread's connection).
    Result<QList<QByteArray>> resolve(const BulkTarget &target) const;
    // prepare() + resolve() + write. Error code Cancelled when `progress` said stop (nothing
    // stays written).
    Result<BulkOutcome> apply(const BulkTarget &target, const BulkOperation &op,
                              const Progress &progress = {});
    // Writes a prepared operation on these ids (apply() without prepare and resolve; redo).
    Result<BulkOutcome> applyTo(CustomEntity entity, const QList<QByteArray> &ids,
                                const BulkOperation &prepared, const Progress &progress = {});
    // Writes recorded edit `edit` again on these ids (the rows it had changed; redo after an
    // undo), recording their before-values anew.
    Result<BulkOutcome> redo(qint64 edit, const QList<QByteArray> &ids,
                             const Progress &progress = {});
    // Undoes recorded edit `edit` in transactions of BatchSize rows (not cancellable: progress
    // only reports). Resumable: an undo stopped by a crash finishes when run again. An edit
    // already undone is refused (ErrorCode::Invalid).
    Result<BulkUndoOutcome> undo(qint64 edit, const Progress &progress = {});

    // The recorded edits, newest first.
    Result<QList<BulkEditRecord>> history(int limit = Kept) const;
    Result<BulkEditRecord> record(qint64 edit) const;

    // "Set Status to Customer", "Add tag “vip”", for summaries and undo texts.
    QString describe(CustomEntity entity, const BulkOperation &prepared) const;

private:
    Result<BulkOutcome> write(qint64 edit, CustomEntity entity, const QList<QByteArray> &ids,
                              const BulkOperation &prepared, const Progress &progress);

    DatabasePtr m_db;
};

} // namespace crm::core
