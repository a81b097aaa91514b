// SPDX-License-Identifier: GPL-3.0-or-later
#include "customfieldrepository.h"

#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "storage/sql.h"
#include "storage/sqlvalue.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <optional>

namespace crm::core {

namespace {

const QString kColumns =
    QStringLiteral("id, entity, key, label, type, required, position, choices, deleted");

CustomFieldDefinition fromRecord(const QSqlQuery &q)
{
    CustomFieldDefinition d;
    d.id = q.value(0).toByteArray();
    parseEntity(q.value(1).toString(), &d.entity);
    d.key = q.value(2).toString();
    d.label = q.value(3).toString();
    parseType(q.value(4).toString(), &d.type);
    d.required = q.value(5).toInt() != 0;
    d.position = q.value(6).toInt();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(7).toString().toUtf8()).array())
        d.choices << v.toString();
    d.deleted = q.value(8).toInt() != 0;
    return d;
}

QString choicesJson(const QStringList &choices)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(choices)).toJson(QJsonDocument::Compact));
}

Result<std::optional<CustomFieldDefinition>> byId(QSqlDatabase &db, const QByteArray &id)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT " + kColumns + u" FROM custom_fields WHERE id = ?");
    q.addBindValue(id);
    if (!q.exec())
        return sql::error(q, QStringLiteral("loading a custom field"));
    if (!q.next())
        return std::optional<CustomFieldDefinition>();
    return std::optional<CustomFieldDefinition>(fromRecord(q));
}

// The team this laptop syncs with ("" before its first sign-in); SyncEngine keeps it in meta.
Result<QString> syncTeam(QSqlDatabase &db)
{
    auto t = sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'sync_team'"));
    if (!t)
        return t.error();
    return t->toString();
}

// The definition of (entity, key): the live one, and among several (a team-less one not yet
// moved to the team's id) the team's; a deleted one when none is live.
Result<std::optional<CustomFieldDefinition>> byKey(QSqlDatabase &db, CustomEntity entity,
                                                   const QString &key)
{
    auto team = syncTeam(db);
    if (!team)
        return team.error();
    QSqlQuery q(db);
    q.prepare(u"SELECT " + kColumns +
              u" FROM custom_fields WHERE entity = ? AND key = ? ORDER BY deleted, id = ? DESC "
              u"LIMIT 1");
    q.addBindValue(entityTable(entity));
    q.addBindValue(key);
    q.addBindValue(CustomField::fieldId(entity, key, *team));
    if (!q.exec())
        return sql::error(q, QStringLiteral("loading a custom field"));
    if (!q.next())
        return std::optional<CustomFieldDefinition>();
    return std::optional<CustomFieldDefinition>(fromRecord(q));
}

// Choices renamed in place: at the same position, the old text gone from the list and the
// new one not in the old list (a choice moved or added is not a rename).
QList<QPair<QString, QString>> renamedChoices(const CustomFieldDefinition &before,
                                              const CustomFieldDefinition &after)
{
    QList<QPair<QString, QString>> out;
    if (before.type != after.type)
        return out;
    for (qsizetype i = 0; i < std::min(before.choices.size(), after.choices.size()); ++i) {
        const QString &from = before.choices[i];
        const QString &to = after.choices[i];
        if (from != to && !after.choices.contains(from) && !before.choices.contains(to))
            out.append({from, to});
    }
    return out;
}

// A choice as it appears inside a multiple choice's canonical JSON array: "text", escaped.
QString jsonChoice(const QString &choice)
{
    const QString array =
        QString::fromUtf8(QJsonDocument(QJsonArray{choice}).toJson(QJsonDocument::Compact));
    return array.mid(1, array.size() - 2);
}

// Renames the choices in the stored values; the update triggers capture each value changed.
Status renameValues(QSqlDatabase &db, const CustomFieldDefinition &def,
                    const QList<QPair<QString, QString>> &renames)
{
    const bool multi = def.type == CustomFieldType::MultiChoice;
    QSqlQuery q(db);
    q.prepare(multi ? QStringLiteral("UPDATE custom_values SET value = replace(value, ?, ?) "
                                     "WHERE field_id = ? AND deleted = 0 AND instr(value, ?) > 0")
                    : QStringLiteral("UPDATE custom_values SET value = ? WHERE field_id = ? AND "
                                     "deleted = 0 AND value = ?"));
    for (const auto &[from, to] : renames) {
        const QVariantList binds =
            multi ? QVariantList{jsonChoice(from), jsonChoice(to), def.id, jsonChoice(from)}
                  : QVariantList{to, def.id, from};
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (auto s = sql::run(q, QStringLiteral("renaming a choice in the values")); !s)
            return s;
    }
    return {};
}

} // namespace

CustomFieldRepository::CustomFieldRepository(DatabasePtr db)
    : m_db(std::move(db))
{}

Result<QList<CustomFieldDefinition>> CustomFieldRepository::definitions(QSqlDatabase &db,
                                                                        CustomEntity entity)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT " + kColumns +
              u" FROM custom_fields WHERE entity = ? AND deleted = 0 ORDER BY position, key");
    q.addBindValue(entityTable(entity));
    if (!q.exec())
        return sql::error(q, QStringLiteral("loading custom fields"));
    QList<CustomFieldDefinition> out;
    while (q.next())
        out << fromRecord(q);
    return out;
}

Result<QList<CustomFieldDefinition>> CustomFieldRepository::list(CustomEntity entity) const
{
    QSqlDatabase db = m_db->connection();
    return definitions(db, entity);
}

Result<CustomFieldDefinition> CustomFieldRepository::get(CustomEntity entity,
                                                         const QString &key) const
{
    QSqlDatabase db = m_db->connection();
    auto d = byKey(db, entity, key);
    if (!d)
        return d.error();
    if (!d->has_value() || (*d)->deleted)
        return Error{ErrorCode::NotFound,
                     tr("%1 have no custom field “%2”").arg(entityTable(entity), key),
                     {}};
    return **d;
}

Status CustomFieldRepository::validate(const CustomFieldDefinition &def) const
{
    if (!CustomField::isValidKey(def.key))
        return Error{ErrorCode::Invalid,
                     tr("“%1” is not a key: use lower-case letters, digits and _, starting with "
                        "a letter (at most 40)")
                         .arg(def.key),
                     QStringLiteral("key")};
    if (def.label.trimmed().isEmpty())
        return Error{ErrorCode::Invalid, tr("a field needs a label"), QStringLiteral("label")};
    const bool choosing =
        def.type == CustomFieldType::Choice || def.type == CustomFieldType::MultiChoice;
    if (choosing && def.choices.isEmpty())
        return Error{ErrorCode::Invalid, tr("a choice field needs at least one choice"),
                     QStringLiteral("choices")};
    QStringList seen;
    for (const QString &c : def.choices) {
        if (c.trimmed().isEmpty() || c.contains(u';'))
            return Error{ErrorCode::Invalid, tr("“%1” is not a choice (empty, or with ;)").arg(c),
                         QStringLiteral("choices")};
        if (seen.contains(c.toLower()))
            return Error{ErrorCode::Invalid, tr("the choice “%1” is listed twice").arg(c),
                         QStringLiteral("choices")};
        seen << c.toLower();
    }
    return {};
}

Result<QByteArray> CustomFieldRepository::add(CustomFieldDefinition def, SearchRefresh refresh)
{
    def.label = def.label.trimmed();
    for (QString &c : def.choices)
        c = c.trimmed();
    if (def.type != CustomFieldType::Choice && def.type != CustomFieldType::MultiChoice)
        def.choices.clear();
    if (auto s = validate(def); !s)
        return s.error();
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto team = syncTeam(db);
    if (!team)
        return team.error();
    auto live = byKey(db, def.entity, def.key);
    if (!live)
        return live.error();
    def.id = CustomField::fieldId(def.entity, def.key, *team);
    auto existing = byId(db, def.id);
    if (!existing)
        return existing.error();
    if ((live->has_value() && !(*live)->deleted) ||
        (existing->has_value() && !(*existing)->deleted))
        return Error{ErrorCode::Invalid,
                     tr("%1 already have a field “%2”").arg(entityTable(def.entity), def.key),
                     QStringLiteral("key")};
    auto last =
        sql::scalar(db,
                    QStringLiteral("SELECT max(position) FROM custom_fields WHERE entity = ? "
                                   "AND deleted = 0"),
                    {entityTable(def.entity)});
    if (!last)
        return last.error();
    def.position = last->isNull() ? 0 : last->toInt() + 1;
    QSqlQuery q(db);
    if (existing->has_value()) {
        // Added again after a delete: the same row (and its values) come back.
        q.prepare(QStringLiteral("UPDATE custom_fields SET label = ?, type = ?, required = ?, "
                                 "position = ?, choices = ?, deleted = 0 WHERE id = ?"));
    } else {
        q.prepare(QStringLiteral("INSERT INTO custom_fields(label, type, required, position, "
                                 "choices, entity, key, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    q.addBindValue(def.label);
    q.addBindValue(typeKey(def.type));
    q.addBindValue(def.required ? 1 : 0);
    q.addBindValue(def.position);
    q.addBindValue(choicesJson(def.choices));
    if (!existing->has_value()) {
        q.addBindValue(entityTable(def.entity));
        q.addBindValue(def.key);
    }
    q.addBindValue(def.id);
    if (auto s = sql::run(q, QStringLiteral("saving a custom field")); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    if (existing->has_value() && refresh == SearchRefresh::Now) {
        if (auto s = refreshSearch(def.id); !s)
            return s.error();
    }
    return def.id;
}

Status CustomFieldRepository::edit(const CustomFieldDefinition &edited, SearchRefresh refresh)
{
    CustomFieldDefinition def = edited;
    def.label = def.label.trimmed();
    for (QString &c : def.choices)
        c = c.trimmed();
    if (def.type != CustomFieldType::Choice && def.type != CustomFieldType::MultiChoice)
        def.choices.clear();
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto stored = def.id.isEmpty() ? byKey(db, def.entity, def.key) : byId(db, def.id);
    if (!stored)
        return stored.error();
    if (!stored->has_value() || (*stored)->deleted)
        return Error{ErrorCode::NotFound, tr("no such custom field"), {}};
    def.id = (*stored)->id;
    def.entity = (*stored)->entity;
    def.key = (*stored)->key;
    if (auto s = validate(def); !s)
        return s;
    if (def.type != (*stored)->type) {
        auto n = valueCount(def.id);
        if (!n)
            return n.error();
        if (n.value() > 0)
            return Error{ErrorCode::Invalid,
                         tr("%1 records have a value in “%2”: its type cannot change")
                             .arg(n.value())
                             .arg(def.label),
                         QStringLiteral("type")};
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE custom_fields SET label = ?, type = ?, required = ?, "
                             "choices = ? WHERE id = ?"));
    q.addBindValue(def.label);
    q.addBindValue(typeKey(def.type));
    q.addBindValue(def.required ? 1 : 0);
    q.addBindValue(choicesJson(def.choices));
    q.addBindValue(def.id);
    if (auto s = sql::run(q, QStringLiteral("saving a custom field")); !s)
        return s;
    if (auto s = renameValues(db, def, renamedChoices(**stored, def)); !s)
        return s;
    if (auto s = tx.commit(); !s)
        return s;
    if (refresh == SearchRefresh::Now && changesSearch(**stored, def))
        return refreshSearch(def.id);
    return {};
}

bool CustomFieldRepository::changesSearch(const CustomFieldDefinition &before,
                                          const CustomFieldDefinition &after)
{
    return before.type != after.type || !renamedChoices(before, after).isEmpty();
}

Status CustomFieldRepository::refreshSearch(const QByteArray &id,
                                            const std::function<bool(qint64, qint64)> &progress)
{
    constexpr int Batch = 1000;
    QSqlDatabase db = m_db->connection();
    auto def = byId(db, id);
    if (!def)
        return def.error();
    if (!def->has_value() || (*def)->entity == CustomEntity::Deal)
        return {};
    const CustomEntity entity = (*def)->entity;
    // Every record with a value in the field, in one pass over the field's index.
    QList<QByteArray> records;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT DISTINCT record_id FROM custom_values WHERE field_id = "
                                 "? AND deleted = 0 AND value <> ''"));
        q.addBindValue(id);
        if (!q.exec())
            return sql::error(q, QStringLiteral("finding the records of a custom field"));
        while (q.next())
            records << q.value(0).toByteArray();
    }
    const qint64 total = records.size();
    for (qsizetype from = 0; from < records.size(); from += Batch) {
        Transaction tx(db);
        if (!tx.begun())
            return tx.begun();
        const QList<QByteArray> batch = records.mid(from, Batch);
        Status s = entity == CustomEntity::Contact ? ContactRepository::refreshDerived(db, batch)
                                                   : CompanyRepository::refreshDerived(db, batch);
        if (!s)
            return s;
        if (auto c = tx.commit(); !c)
            return c;
        if (progress && !progress(from + batch.size(), total))
            return Error{ErrorCode::Cancelled, tr("the search refresh was stopped"), {}};
    }
    if (progress && total == 0)
        progress(0, 0);
    return {};
}

Status CustomFieldRepository::reorder(CustomEntity entity, const QList<QByteArray> &ids)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto defs = definitions(db, entity);
    if (!defs)
        return defs.error();
    QList<QByteArray> order = ids;
    for (const CustomFieldDefinition &d : defs.value()) {
        if (!order.contains(d.id))
            order << d.id;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE custom_fields SET position = ? WHERE id = ? AND entity = ? "
                             "AND position IS NOT ?"));
    for (int i = 0; i < order.size(); ++i) {
        for (const QVariant &v :
             {QVariant(i), QVariant(order[i]), QVariant(entityTable(entity)), QVariant(i)})
            q.addBindValue(v);
        if (auto s = sql::run(q, QStringLiteral("ordering custom fields")); !s)
            return s;
    }
    return tx.commit();
}

Status CustomFieldRepository::remove(const QByteArray &id, SearchRefresh refresh)
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE custom_fields SET deleted = 1 WHERE id = ? AND deleted = 0"));
    q.addBindValue(id);
    if (auto s = sql::run(q, QStringLiteral("deleting a custom field")); !s)
        return s;
    return refresh == SearchRefresh::Now ? refreshSearch(id) : Status{};
}

Result<int> CustomFieldRepository::valueCount(const QByteArray &id) const
{
    QSqlDatabase db = m_db->connection();
    auto n = sql::scalar(db,
                         QStringLiteral("SELECT count(*) FROM custom_values WHERE field_id = ? AND "
                                        "deleted = 0 AND value <> ''"),
                         {id});
    if (!n)
        return n.error();
    return n->toInt();
}

QString CustomFieldRepository::loadStatement()
{
    return QStringLiteral("SELECT f.key, COALESCE(v.value, ''), f.type FROM custom_fields f LEFT "
                          "JOIN custom_values v ON v.record_id = ?1 AND v.field_id = f.id AND "
                          "v.deleted = 0 WHERE f.entity = ?2 AND f.deleted = 0 ORDER BY "
                          "f.position, f.key");
}

Status CustomFieldRepository::load(SqliteStatement &q, CustomEntity entity,
                                   const QByteArray &recordId, CustomValues &values,
                                   QString *searchText)
{
    q.bindBlobView(1, recordId);
    q.bindText(2, entityTable(entity));
    QStringList text;
    for (;;) {
        auto row = q.next(QStringLiteral("loading custom values"));
        if (!row) {
            q.reset();
            return row.error();
        }
        if (!row.value())
            break;
        const QString value = q.columnText(1);
        values.insert(q.columnText(0), value);
        CustomFieldType type = CustomFieldType::Text;
        if (searchText && !value.isEmpty() && parseType(q.columnText(2), &type) && isTextLike(type))
            text << (type == CustomFieldType::MultiChoice ? CustomField::choicesOf(value).join(u' ')
                                                          : value);
    }
    q.reset();
    if (searchText)
        *searchText = text.join(u' ');
    return {};
}

Result<CustomValues> CustomFieldRepository::load(QSqlDatabase &db, CustomEntity entity,
                                                 const QByteArray &recordId, QString *searchText)
{
    SqliteStatement q;
    if (auto s = q.prepare(SqliteStatement::handleOf(db), loadStatement()); !s)
        return s.error();
    CustomValues out;
    if (auto s = load(q, entity, recordId, out, searchText); !s)
        return s.error();
    return out;
}

Status CustomFieldRepository::save(QSqlDatabase &db, CustomEntity entity,
                                   const QByteArray &recordId, const CustomValues &values)
{
    if (values.isEmpty())
        return {};
    // Key → the live definition's id (the team's, or a team-less one not yet moved).
    QHash<QString, QByteArray> fieldIds;
    {
        auto team = syncTeam(db);
        if (!team)
            return team.error();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT key, id FROM custom_fields WHERE entity = ? AND deleted "
                                 "= 0"));
        q.addBindValue(entityTable(entity));
        if (!q.exec())
            return sql::error(q, QStringLiteral("loading custom fields"));
        while (q.next()) {
            const QString key = q.value(0).toString();
            const QByteArray id = q.value(1).toByteArray();
            if (!fieldIds.contains(key) || id == CustomField::fieldId(entity, key, *team))
                fieldIds.insert(key, id);
        }
    }
    QSqlQuery read(db), insert(db), update(db);
    read.prepare(QStringLiteral("SELECT value, deleted FROM custom_values WHERE id = ?"));
    insert.prepare(QStringLiteral("INSERT INTO custom_values(id, record_id, field_id, entity, "
                                  "value) VALUES (?, ?, ?, ?, ?)"));
    update.prepare(QStringLiteral("UPDATE custom_values SET value = ?, deleted = 0 WHERE id = ?"));
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QByteArray field = fieldIds.value(it.key(), CustomField::fieldId(entity, it.key()));
        const QByteArray id = CustomField::valueId(recordId, field);
        read.addBindValue(id);
        if (!read.exec())
            return sql::error(read, QStringLiteral("loading a custom value"));
        const bool exists = read.next();
        const bool same =
            exists && read.value(0).toString() == it.value() && read.value(1).toInt() == 0;
        read.finish();
        if (same || (!exists && it.value().isEmpty()))
            continue;
        QSqlQuery &q = exists ? update : insert;
        if (exists) {
            q.addBindValue(sql::text(it.value()));
            q.addBindValue(id);
        } else {
            for (const QVariant &v : {QVariant(id), QVariant(recordId), QVariant(field),
                                      QVariant(entityTable(entity)), sql::text(it.value())})
                q.addBindValue(v);
        }
        if (auto s = sql::run(q, QStringLiteral("saving a custom value")); !s)
            return s;
    }
    return {};
}

Status CustomFieldRepository::adoptTeam(QSqlDatabase &db)
{
    auto team = syncTeam(db);
    if (!team)
        return team.error();
    if (team->isEmpty())
        return {};
    QSqlQuery q(db);
    q.prepare(u"SELECT " + kColumns + u" FROM custom_fields WHERE deleted = 0");
    if (!q.exec())
        return sql::error(q, QStringLiteral("loading custom fields"));
    QList<CustomFieldDefinition> foreign;
    while (q.next()) {
        CustomFieldDefinition d = fromRecord(q);
        if (d.id != CustomField::fieldId(d.entity, d.key, *team))
            foreign << d;
    }
    q.finish();
    if (foreign.isEmpty())
        return {};
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery insertField(db), reviveField(db), dropField(db), values(db), readValue(db),
        insertValue(db), reviveValue(db), dropValue(db);
    insertField.prepare(QStringLiteral(
        "INSERT INTO custom_fields(id, entity, key, label, type, required, position, choices) "
        "SELECT ?, entity, key, label, type, required, position, choices FROM custom_fields "
        "WHERE id = ?"));
    reviveField.prepare(QStringLiteral(
        "UPDATE custom_fields SET (label, type, required, position, choices, deleted) = (SELECT "
        "label, type, required, position, choices, 0 FROM custom_fields WHERE id = ?) WHERE id "
        "= ? AND deleted = 1"));
    dropField.prepare(QStringLiteral("UPDATE custom_fields SET deleted = 1 WHERE id = ?"));
    values.prepare(QStringLiteral("SELECT id, record_id FROM custom_values WHERE field_id = ? "
                                  "AND deleted = 0"));
    readValue.prepare(QStringLiteral("SELECT deleted FROM custom_values WHERE id = ?"));
    insertValue.prepare(QStringLiteral(
        "INSERT INTO custom_values(id, record_id, field_id, entity, value, local_record_deleted) "
        "SELECT ?, record_id, ?, entity, value, local_record_deleted FROM custom_values WHERE "
        "id = ?"));
    reviveValue.prepare(QStringLiteral(
        "UPDATE custom_values SET (value, deleted) = (SELECT value, 0 FROM custom_values WHERE "
        "id = ?) WHERE id = ? AND deleted = 1"));
    dropValue.prepare(QStringLiteral("UPDATE custom_values SET deleted = 1 WHERE id = ?"));
    auto run = [](QSqlQuery &s, const QVariantList &binds) {
        for (const QVariant &b : binds)
            s.addBindValue(b);
        return sql::run(s, QStringLiteral("moving a custom field to the team"));
    };
    // Ordinary captured writes: the team's definition and values appear (or come back), the
    // team-less ones are deleted, and sync carries both. Every laptop of the team derives the
    // same ids, so their moves converge on one row each; a definition the team already has
    // live keeps what it says.
    for (const CustomFieldDefinition &old : std::as_const(foreign)) {
        const QByteArray id = CustomField::fieldId(old.entity, old.key, *team);
        auto existing = byId(db, id);
        if (!existing)
            return existing.error();
        if (!existing->has_value()) {
            if (auto s = run(insertField, {id, old.id}); !s)
                return s;
        } else if (auto s = run(reviveField, {old.id, id}); !s) {
            return s;
        }
        values.addBindValue(old.id);
        if (!values.exec())
            return sql::error(values, QStringLiteral("loading custom values"));
        QList<std::pair<QByteArray, QByteArray>> moving; // old value id, record id
        while (values.next())
            moving.append({values.value(0).toByteArray(), values.value(1).toByteArray()});
        values.finish();
        for (const auto &[valueId, recordId] : moving) {
            const QByteArray to = CustomField::valueId(recordId, id);
            readValue.addBindValue(to);
            if (!readValue.exec())
                return sql::error(readValue, QStringLiteral("loading a custom value"));
            const bool exists = readValue.next();
            readValue.finish();
            Status s =
                exists ? run(reviveValue, {valueId, to}) : run(insertValue, {to, id, valueId});
            if (!s)
                return s;
            if (auto d = run(dropValue, {valueId}); !d)
                return d;
        }
        if (auto s = run(dropField, {old.id}); !s)
            return s;
    }
    return tx.commit();
}

Result<QList<CustomFieldDefinition>> CustomFieldRepository::prepare(QSqlDatabase &db,
                                                                    CustomEntity entity,
                                                                    CustomValues &values,
                                                                    const CustomValues *stored)
{
    auto defs = definitions(db, entity);
    if (!defs)
        return defs.error();
    if (auto s = CustomField::normalize(defs.value(), values, stored); !s)
        return s.error();
    return defs;
}

QString CustomFieldRepository::searchText(const QList<CustomFieldDefinition> &defs,
                                          const CustomValues &values)
{
    QStringList parts;
    for (const CustomFieldDefinition &d : defs) {
        const QString v = values.value(d.key);
        if (v.isEmpty() || !isTextLike(d.type))
            continue;
        parts << (d.type == CustomFieldType::MultiChoice ? CustomField::choicesOf(v).join(u' ')
                                                         : v);
    }
    return parts.join(u' ');
}

bool CustomFieldRepository::changes(const CustomValues &stored, const CustomValues &edited)
{
    for (auto it = edited.cbegin(); it != edited.cend(); ++it) {
        if (stored.value(it.key()) != it.value())
            return true;
    }
    return false;
}

} // namespace crm::core
