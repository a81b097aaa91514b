// SPDX-License-Identifier: GPL-3.0-or-later
#include "importbatches.h"

#include "common/jsonwriter.h"
#include "common/uuid.h"
#include "search/searchindex.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "storage/indexesaside.h"
#include "storage/sql.h"
#include "storage/sqlvalue.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <limits>
#include <optional>

namespace crm::core::import {

namespace {

constexpr int UndoChunk = 500;     // updated contacts and created companies per transaction
constexpr int CreatedChunk = 5000; // created contacts per transaction

ImportBatch fromRecord(const QSqlQuery &q)
{
    ImportBatch b;
    b.id = q.value(0).toLongLong();
    b.startedAt = q.value(1).toLongLong();
    b.finishedAt = q.value(2).toLongLong();
    b.source = q.value(3).toString();
    b.format = q.value(4).toString();
    b.state = q.value(5).toString();
    b.created = q.value(6).toInt();
    b.updated = q.value(7).toInt();
    b.skipped = q.value(8).toInt();
    b.invalid = q.value(9).toInt();
    return b;
}

const QString kBatchColumns = QStringLiteral(
    "id, started_at, finished_at, source, format, state, created, updated, skipped, invalid");

struct Item
{
    int seq = 0;
    QString kind;
    QByteArray recordId;
    QString before;
    qint64 afterSeq = 0;
};

} // namespace

ImportBatches::ImportBatches(DatabasePtr db)
    : m_db(std::move(db))
{}

Result<QList<ImportBatch>> ImportBatches::list(int limit) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT " + kBatchColumns + u" FROM import_batches ORDER BY id DESC LIMIT ?");
    q.addBindValue(limit);
    if (!q.exec())
        return sql::error(q, QStringLiteral("listing imports"));
    QList<ImportBatch> out;
    while (q.next())
        out << fromRecord(q);
    return out;
}

Result<ImportBatch> ImportBatches::get(qint64 id) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.prepare(u"SELECT " + kBatchColumns + u" FROM import_batches WHERE id = ?");
    q.addBindValue(id);
    if (!q.exec())
        return sql::error(q, QStringLiteral("loading an import"));
    if (!q.next())
        return Error{ErrorCode::NotFound, tr("no import with number %1").arg(id), {}};
    return fromRecord(q);
}

Result<qint64> ImportBatches::begin(QSqlDatabase &db, const QString &source, const QString &format)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO import_batches(started_at, source, format, state) VALUES "
                             "(?, ?, ?, 'applying')"));
    q.addBindValue(sql::nowMs());
    q.addBindValue(source);
    q.addBindValue(format);
    if (!q.exec())
        return sql::error(q, QStringLiteral("starting an import"));
    return q.lastInsertId().toLongLong();
}

Status ImportBatches::addItem(QSqlDatabase &db, qint64 batch, int seq, const QString &kind,
                              const QByteArray &recordId, const QString &before, qint64 afterSeq)
{
    return ItemWriter(db, batch).add(seq, kind, recordId, before, afterSeq);
}

ImportBatches::ItemWriter::ItemWriter(QSqlDatabase &db, qint64 batch)
    : m_insert(db)
    , m_batch(batch)
{
    m_insert.prepare(QStringLiteral("INSERT INTO import_items(batch_id, seq, kind, record_id, "
                                    "before, after_seq) VALUES (?, ?, ?, ?, ?, ?)"));
}

Status ImportBatches::ItemWriter::add(int seq, const QString &kind, const QByteArray &recordId,
                                      const QString &before, qint64 afterSeq)
{
    m_insert.addBindValue(m_batch);
    m_insert.addBindValue(seq);
    m_insert.addBindValue(kind);
    m_insert.addBindValue(recordId);
    m_insert.addBindValue(before.isEmpty() ? QVariant() : QVariant(before));
    m_insert.addBindValue(afterSeq);
    return sql::run(m_insert, QStringLiteral("recording an import"));
}

Status ImportBatches::finish(QSqlDatabase &db, const ImportBatch &b, const QString &state)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE import_batches SET finished_at = ?, state = ?, created = ?,"
                             " updated = ?, skipped = ?, invalid = ? WHERE id = ?"));
    q.addBindValue(sql::nowMs());
    q.addBindValue(state);
    q.addBindValue(b.created);
    q.addBindValue(b.updated);
    q.addBindValue(b.skipped);
    q.addBindValue(b.invalid);
    q.addBindValue(b.id);
    return sql::run(q, QStringLiteral("finishing an import"));
}

Result<qint64> ImportBatches::lastChangeSeq(QSqlDatabase &db)
{
    auto v = sql::scalar(db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

QString ImportBatches::contactToJson(const Contact &c)
{
    // Written directly: an import of a million rows records ~200,000 of these, and
    // QJsonObject (a CBOR tree, its keys sorted, then serialized) cost a tenth of an update.
    json::Writer w;
    const auto text = [&w](const char *key, QStringView value) { w.key(key).string(value); };
    w.beginObject();
    text("first_name", c.firstName);
    text("last_name", c.lastName);
    text("title", c.title);
    text("company_id", c.companyId.isEmpty() ? QString() : Uuid::toString(c.companyId));
    text("street", c.street);
    text("postal_code", c.postalCode);
    text("city", c.city);
    text("country", c.country);
    text("birthday", c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString());
    text("source", c.source);
    text("status", lifecycleKey(c.status));
    text("notes", c.notes);
    w.key("tags").beginArray();
    for (const QString &t : c.tags)
        w.string(t);
    w.endArray();
    w.key("emails").beginArray();
    for (const EmailAddress &e : c.emails) {
        w.beginObject();
        text("id", Uuid::toString(e.id));
        text("label", e.label);
        text("address", e.address);
        w.endObject();
    }
    w.endArray();
    w.key("phones").beginArray();
    for (const PhoneNumber &p : c.phones) {
        w.beginObject();
        text("id", Uuid::toString(p.id));
        text("label", p.label);
        text("number", p.number);
        w.endObject();
    }
    w.endArray();
    // Whether it had a photo (an update fills only a missing one, so undo removes it).
    if (c.photo)
        w.key("photo").boolean(!c.photo->isEmpty());
    // Custom field values (absent in batches written before them).
    w.key("custom").beginObject();
    for (auto it = c.custom.cbegin(); it != c.custom.cend(); ++it)
        w.key(QStringView(it.key())).string(it.value());
    w.endObject();
    w.endObject();
    return QString::fromUtf8(w.data());
}

bool ImportBatches::sameRecord(const Contact &a, const Contact &b)
{
    // Field by field what contactToJson() writes (a null and an empty text are both "").
    auto photo = [](const Contact &c) { return c.photo ? (c.photo->isEmpty() ? 1 : 2) : 0; };
    return a.firstName == b.firstName && a.lastName == b.lastName && a.title == b.title &&
           a.companyId == b.companyId && a.street == b.street && a.postalCode == b.postalCode &&
           a.city == b.city && a.country == b.country &&
           (a.birthday.isValid() ? a.birthday : QDate()) ==
               (b.birthday.isValid() ? b.birthday : QDate()) &&
           a.source == b.source && a.status == b.status && a.notes == b.notes && a.tags == b.tags &&
           a.emails == b.emails && a.phones == b.phones && photo(a) == photo(b) &&
           a.custom == b.custom;
}

Contact ImportBatches::contactFromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    Contact c;
    c.firstName = o.value(u"first_name").toString();
    c.lastName = o.value(u"last_name").toString();
    c.title = o.value(u"title").toString();
    c.companyId = Uuid::fromString(o.value(u"company_id").toString());
    c.street = o.value(u"street").toString();
    c.postalCode = o.value(u"postal_code").toString();
    c.city = o.value(u"city").toString();
    c.country = o.value(u"country").toString();
    c.birthday = QDate::fromString(o.value(u"birthday").toString(), Qt::ISODate);
    c.source = o.value(u"source").toString();
    parseLifecycle(o.value(u"status").toString(), &c.status);
    c.notes = o.value(u"notes").toString();
    for (const QJsonValue &t : o.value(u"tags").toArray())
        c.tags << t.toString();
    for (const QJsonValue &v : o.value(u"emails").toArray()) {
        const QJsonObject e = v.toObject();
        c.emails << EmailAddress{Uuid::fromString(e.value(u"id").toString()),
                                 e.value(u"label").toString(), e.value(u"address").toString()};
    }
    for (const QJsonValue &v : o.value(u"phones").toArray()) {
        const QJsonObject p = v.toObject();
        c.phones << PhoneNumber{Uuid::fromString(p.value(u"id").toString()),
                                p.value(u"label").toString(), p.value(u"number").toString()};
    }
    if (o.value(u"photo") == QJsonValue(false))
        c.photo = ContactPhoto{}; // none before: undo removes one the import added
    const QJsonObject custom = o.value(u"custom").toObject();
    for (auto it = custom.constBegin(); it != custom.constEnd(); ++it)
        c.custom.insert(it.key(), it.value().toString());
    return c;
}

Status ImportBatches::undo(qint64 id, const std::function<bool(qint64, qint64)> &progress)
{
    auto batch = get(id);
    if (!batch)
        return batch.error();
    if (batch->state == u"undone")
        return Error{ErrorCode::Invalid, tr("import %1 was already undone").arg(id), {}};
    QSqlDatabase db = m_db->connection();

    // First every check, then every write: an undo that cannot be done whole does nothing.
    // One query finds the items whose record (or a contact's e-mail, phone or tag row) has a
    // change-log entry after the import wrote it; a created contact deleted since has nothing
    // left to undo and does not count.
    QSqlQuery changedItems(db);
    changedItems.setForwardOnly(true);
    changedItems.prepare(QStringLiteral(
        "SELECT i.kind, i.record_id FROM import_items i"
        " WHERE i.batch_id = ? AND i.undone = 0"
        "  AND (EXISTS (SELECT 1 FROM change_log l WHERE l.row = i.record_id"
        "               AND l.seq > i.after_seq)"
        "   OR (i.kind <> 'company_created' AND EXISTS (SELECT 1 FROM ("
        "        SELECT id FROM contact_emails WHERE contact_id = i.record_id UNION ALL"
        "        SELECT id FROM contact_phones WHERE contact_id = i.record_id UNION ALL"
        "        SELECT id FROM contact_tags WHERE contact_id = i.record_id) r"
        "       JOIN change_log l ON l.row = r.id AND l.seq > i.after_seq)))"
        "  AND NOT (i.kind = 'contact_created' AND"
        "           COALESCE((SELECT deleted FROM contacts WHERE id = i.record_id), 0) = 1)"
        " ORDER BY i.seq"));
    changedItems.addBindValue(id);
    if (!changedItems.exec())
        return sql::error(changedItems, QStringLiteral("checking for later edits"));
    ContactRepository contacts(m_db);
    CompanyRepository companies(m_db);
    QStringList changed;
    int changedCount = 0;
    while (changedItems.next()) {
        ++changedCount;
        if (changed.size() >= 5)
            continue;
        const QByteArray recordId = changedItems.value(1).toByteArray();
        QString name;
        if (changedItems.value(0).toString() == u"company_created") {
            auto c = companies.get(recordId);
            name = c ? c->name : QString();
        } else {
            auto c = contacts.get(recordId);
            name = c ? c->displayName() : QString();
        }
        changed << tr("%1 (%2)").arg(name, Uuid::toString(recordId));
    }
    changedItems.finish();
    if (changedCount > 0) {
        QString list = changed.join(QStringLiteral(", "));
        if (changedCount > changed.size())
            list += tr(" and %1 more").arg(changedCount - changed.size());
        return Error{
            ErrorCode::Invalid,
            tr("import %1 cannot be undone: records were changed after it: %2").arg(id).arg(list),
            {}};
    }

    auto count = [&](const QString &kind) -> Result<qint64> {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT count(*) FROM import_items WHERE batch_id = ? AND"
                                 " undone = 0 AND kind = ?"));
        q.addBindValue(id);
        q.addBindValue(kind);
        if (!q.exec() || !q.next())
            return sql::error(q, QStringLiteral("loading an import"));
        return q.value(0).toLongLong();
    };
    auto createdCount = count(QStringLiteral("contact_created"));
    if (!createdCount)
        return createdCount.error();

    QList<Item> items; // what is undone record by record: updated contacts, created companies
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT seq, kind, record_id, before, after_seq FROM import_items"
                                 " WHERE batch_id = ? AND undone = 0 AND kind <> 'contact_created'"
                                 " ORDER BY seq"));
        q.addBindValue(id);
        if (!q.exec())
            return sql::error(q, QStringLiteral("loading an import"));
        while (q.next())
            items << Item{q.value(0).toInt(), q.value(1).toString(), q.value(2).toByteArray(),
                          q.value(3).toString(), q.value(4).toLongLong()};
    }
    const qint64 total = createdCount.value() + items.size();
    qint64 done = 0;
    auto stopped = [&] { return progress && !progress(done, total); };
    const Error stop{ErrorCode::Cancelled, tr("the undo was stopped"), {}};

    // Deleting a created contact moves its entries in the sort indexes (deleted leads their
    // keys), restoring an updated one moves those of the fields it changes: an undo of many
    // builds the indexes afterwards instead, before the companies, whose check for a contact
    // still linked to them needs contacts_company.
    const qint64 updatedCount = std::count_if(
        items.cbegin(), items.cend(), [](const Item &i) { return i.kind == u"contact_updated"; });
    auto worthIt = IndexesAside::worthItForContacts(db, createdCount.value() + updatedCount);
    if (!worthIt)
        return worthIt.error();
    const sql::LaterCheckpoints checkpoints(db);
    std::optional<IndexesAside> aside;
    if (worthIt.value()) {
        aside.emplace(db, IndexesAside::contactIndexes());
        if (!aside->begun())
            return aside->begun();
    }

    // The contacts it created, set by set: soft-deleted in SQL (the capture triggers record
    // each row) and taken out of the search index.
    {
        QSqlQuery upTo(db);
        upTo.prepare(QStringLiteral(
            "SELECT seq FROM import_items WHERE batch_id = ? AND kind = 'contact_created' AND"
            " undone = 0 ORDER BY seq LIMIT 1 OFFSET ?"));
        const QString chunk = QStringLiteral("SELECT record_id FROM import_items WHERE batch_id = "
                                             ":batch AND kind = 'contact_created' AND undone = 0"
                                             " AND seq <= :last");
        QSqlQuery unindex(db);
        unindex.prepare(u"DELETE FROM " + SearchIndex::tableName(SearchIndex::Kind::Contact) +
                        u" WHERE rowid IN (SELECT rid FROM contacts WHERE deleted = 0 AND id IN (" +
                        chunk + u"))");
        QSqlQuery remove(db);
        remove.prepare(u"UPDATE contacts SET deleted = 1, local_updated_at = :now"
                       u" WHERE deleted = 0 AND id IN (" +
                       chunk + u")");
        QSqlQuery mark(db);
        mark.prepare(QStringLiteral("UPDATE import_items SET undone = 1 WHERE batch_id = :batch"
                                    " AND kind = 'contact_created' AND undone = 0 AND"
                                    " seq <= :last"));
        while (done < createdCount.value()) {
            upTo.addBindValue(id);
            upTo.addBindValue(CreatedChunk - 1);
            if (!upTo.exec())
                return sql::error(upTo, QStringLiteral("undoing an import"));
            const qint64 last =
                upTo.next() ? upTo.value(0).toLongLong() : std::numeric_limits<qint64>::max();
            upTo.finish();
            Transaction tx(db);
            if (!tx.begun())
                return tx.begun();
            for (QSqlQuery *q : {&unindex, &remove, &mark}) {
                q->bindValue(QStringLiteral(":batch"), id);
                q->bindValue(QStringLiteral(":last"), last);
                if (q == &remove)
                    q->bindValue(QStringLiteral(":now"), sql::nowMs());
                if (!q->exec())
                    return sql::error(*q, QStringLiteral("undoing an import"));
            }
            const int marked = mark.numRowsAffected();
            if (auto s = tx.commit(); !s)
                return s;
            done += std::max(marked, 1);
            if (stopped())
                return stop;
        }
    }

    // Updated contacts are restored one by one, then the companies no live contact links
    // any more are deleted.
    const qsizetype companiesFrom =
        std::stable_partition(items.begin(), items.end(),
                              [](const Item &i) { return i.kind != u"company_created"; }) -
        items.begin();
    QSqlQuery markUndone(db);
    markUndone.prepare(
        QStringLiteral("UPDATE import_items SET undone = 1 WHERE batch_id = ? AND seq = ?"));
    QSqlQuery companyInUse(db);
    companyInUse.prepare(
        QStringLiteral("SELECT 1 FROM contacts WHERE company_id = ? AND deleted = 0 LIMIT 1"));
    auto restoreIndexes = [&]() -> Status {
        if (!aside)
            return {};
        auto s = aside->restore();
        aside.reset();
        return s;
    };
    for (qsizetype next = 0; next < items.size();) {
        if (items[next].kind == u"company_created") {
            if (auto s = restoreIndexes(); !s)
                return s;
        }
        Transaction tx(db);
        if (!tx.begun())
            return tx.begun();
        // A chunk is contacts or companies, not both (the indexes come back in between).
        const qsizetype end = std::min<qsizetype>(
            next < companiesFrom ? companiesFrom : items.size(), next + UndoChunk);
        // The chunk's updated contacts through one updater (statements prepared once).
        QList<QByteArray> updatedIds;
        QHash<QByteArray, QString> beforeOf;
        for (qsizetype i = next; i < end; ++i) {
            if (items[i].kind == u"contact_updated") {
                updatedIds << items[i].recordId;
                beforeOf.insert(items[i].recordId, items[i].before);
            }
        }
        if (!updatedIds.isEmpty()) {
            auto restored = contacts.updateEach(updatedIds, [&](const Contact &, Contact *r) {
                const Contact before = contactFromJson(beforeOf.value(r->id));
                r->firstName = before.firstName;
                r->lastName = before.lastName;
                r->title = before.title;
                r->companyId = before.companyId;
                r->street = before.street;
                r->postalCode = before.postalCode;
                r->city = before.city;
                r->country = before.country;
                r->birthday = before.birthday;
                r->source = before.source;
                r->status = before.status;
                r->notes = before.notes;
                r->tags = before.tags;
                r->emails = before.emails;
                r->phones = before.phones;
                if (before.photo)
                    r->photo = before.photo;
                return true;
            });
            if (!restored)
                return restored.error();
        }
        for (qsizetype i = next; i < end; ++i) {
            const Item &item = items[i];
            if (item.kind == u"company_created") {
                companyInUse.addBindValue(item.recordId);
                if (!companyInUse.exec())
                    return sql::error(companyInUse, QStringLiteral("undoing an import"));
                const bool inUse = companyInUse.next();
                companyInUse.finish();
                auto current = companies.get(item.recordId);
                if (!inUse && current && !current->deleted) {
                    if (auto s = companies.remove(item.recordId); !s)
                        return s;
                }
            }
            markUndone.addBindValue(id);
            markUndone.addBindValue(item.seq);
            if (auto s = sql::run(markUndone, QStringLiteral("undoing an import")); !s)
                return s;
        }
        if (auto s = tx.commit(); !s)
            return s;
        done += end - next;
        next = end;
        if (stopped())
            return stop;
    }
    if (auto s = restoreIndexes(); !s)
        return s;

    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE import_batches SET state = 'undone', undone_at = ? WHERE id = ?"));
    q.addBindValue(sql::nowMs());
    q.addBindValue(id);
    return sql::run(q, QStringLiteral("undoing an import"));
}

} // namespace crm::core::import
