// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "domain/customfield.h"
#include "storage/database.h"
#include "storage/sqlitestatement.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>

#include <functional>

namespace crm::core {

// Custom field definitions (Settings ▸ Custom Fields…, `crm-cli field`), and the values of
// a record, which the contact, company and deal repositories read and write with the
// record in the same transaction (domain/customfield.h has the design). Definitions are
// soft-deleted: a deleted field hides with its values, and adding its key again brings
// both back. Safe to use from any thread (uses that thread's connection).
class CustomFieldRepository
{
    // The context lupdate files the messages of its members under.
    Q_DECLARE_TR_FUNCTIONS(crm::core::CustomFieldRepository)

public:
    // Whether add(), edit() and remove() bring the search entries of the records with values
    // in the field up to date themselves (Now), or leave it to the caller's refreshSearch()
    // (Later: the desktop app runs it off the UI thread with progress).
    enum class SearchRefresh
    {
        Now,
        Later
    };

    explicit CustomFieldRepository(DatabasePtr db);

    // The live definitions of an entity in their order.
    Result<QList<CustomFieldDefinition>> list(CustomEntity entity) const;
    Result<CustomFieldDefinition> get(CustomEntity entity, const QString &key) const;
    // Adds a field at the end of its entity's order and returns its id. A deleted field added
    // again brings its values back, into search too.
    Result<QByteArray> add(CustomFieldDefinition def, SearchRefresh refresh = SearchRefresh::Now);
    // Saves label, type, required and choices (the key is fixed). A field with values keeps
    // its type. A choice renamed in place (the same position, the old text gone, the new one
    // not there before) renames it in the records' values too, each value captured.
    Status edit(const CustomFieldDefinition &def, SearchRefresh refresh = SearchRefresh::Now);
    // Puts an entity's fields in this order (ids); positions of others follow.
    Status reorder(CustomEntity entity, const QList<QByteArray> &ids);
    Status remove(const QByteArray &id, SearchRefresh refresh = SearchRefresh::Now);
    // Whether editing `before` into `after` changes what the records' search entries hold
    // (the type, or a choice renamed), so that refreshSearch() is due.
    static bool changesSearch(const CustomFieldDefinition &before,
                              const CustomFieldDefinition &after);
    // Brings the search entries of the contacts or companies with a value in field `id` up to
    // date with its definition (deleted, added back, choices renamed): the records found in
    // one query, then refreshed a batch per transaction. `progress(done, total)` may return
    // false to stop (a Cancelled error; the batches done stay done, and running it again
    // finishes the work). Deals' search entries hold no custom values.
    Status refreshSearch(const QByteArray &id,
                         const std::function<bool(qint64, qint64)> &progress = {});
    // How many records have a value in this field (the UI asks before deleting it).
    Result<int> valueCount(const QByteArray &id) const;

    // Moves the live definitions whose id is not their team's (made before this laptop knew
    // its team, or by an earlier version, or pulled from one) to the team's id, with their
    // values, as captured writes. Nothing to do without a team. SyncEngine calls it at sign-in
    // and around every sync.
    static Status adoptTeam(QSqlDatabase &db);

    // --- used by repositories inside their transaction ---
    static Result<QList<CustomFieldDefinition>> definitions(QSqlDatabase &db, CustomEntity entity);
    // The values of a record's live fields ("" for none, so an undo that writes them back
    // clears what was set since) and, when asked, its search text.
    static Result<CustomValues> load(QSqlDatabase &db, CustomEntity entity,
                                     const QByteArray &recordId, QString *searchText = nullptr);
    // The same with a statement the caller prepares once with loadStatement() for many records.
    static QString loadStatement();
    static Status load(SqliteStatement &prepared, CustomEntity entity, const QByteArray &recordId,
                       CustomValues &values, QString *searchText);
    // Writes the given values (only those that differ from what is stored); captured.
    static Status save(QSqlDatabase &db, CustomEntity entity, const QByteArray &recordId,
                       const CustomValues &values);
    // Normalizes `values` (see CustomField::normalize) against the live definitions and
    // returns them, for the caller's search text and save.
    static Result<QList<CustomFieldDefinition>> prepare(QSqlDatabase &db, CustomEntity entity,
                                                        CustomValues &values,
                                                        const CustomValues *stored);
    // The text-like values of a record, for its search entry.
    static QString searchText(const QList<CustomFieldDefinition> &defs, const CustomValues &values);
    // True when saving `edited` over `stored` would change a value.
    static bool changes(const CustomValues &stored, const CustomValues &edited);

private:
    Status validate(const CustomFieldDefinition &def) const;
    DatabasePtr m_db;
};

} // namespace crm::core
