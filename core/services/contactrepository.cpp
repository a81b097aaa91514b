// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactrepository.h"

#include "common/uuid.h"
#include "domain/validation.h"
#include "search/searchindex.h"
#include "search/textfolder.h"
#include "services/contactphotos.h"
#include "services/customfieldrepository.h"
#include "storage/bulkcapture.h"
#include "storage/sql.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlvalue.h"
#include "storage/transaction.h"

#include <QScopeGuard>
#include <QSqlQuery>

#include <sqlite3.h>

#include <memory>
#include <optional>
#include <unordered_map>

namespace crm::core {

namespace {

const QString kColumns = QStringLiteral(
    "c.rid, c.id, c.first_name, c.last_name, c.title, c.company_id, c.street, c.postal_code, "
    "c.city, c.country, c.birthday, c.source, c.status, c.owner, c.visibility, c.notes, "
    "c.created_at, c.local_updated_at, c.deleted, c.local_company_name");

// A contact from a row of kColumns, read by `text(column)`, `integer(column)` and
// `blob(column)` (a QSqlQuery's or a SqliteStatement's).
template <typename Text, typename Integer, typename Blob>
Contact contactFrom(const Text &text, const Integer &integer, const Blob &blob)
{
    Contact c;
    c.rid = integer(0);
    c.id = blob(1);
    c.firstName = text(2);
    c.lastName = text(3);
    c.title = text(4);
    c.companyId = blob(5);
    c.street = text(6);
    c.postalCode = text(7);
    c.city = text(8);
    c.country = text(9);
    c.birthday = QDate::fromString(text(10), Qt::ISODate);
    c.source = text(11);
    parseLifecycle(text(12), &c.status);
    c.owner = text(13);
    c.visibility = text(14);
    c.notes = text(15);
    c.createdAt = integer(16);
    c.updatedAt = integer(17);
    c.deleted = integer(18) != 0;
    c.companyName = text(19);
    return c;
}

Contact fromRecord(const QSqlQuery &q)
{
    return contactFrom([&q](int i) { return q.value(i).toString(); },
                       [&q](int i) { return q.value(i).toLongLong(); },
                       [&q](int i) { return q.value(i).toByteArray(); });
}

Contact fromStatement(const SqliteStatement &q)
{
    return contactFrom([&q](int i) { return q.columnText(i); },
                       [&q](int i) { return q.columnInt(i); },
                       [&q](int i) { return q.columnBlob(i); });
}

Contact normalized(Contact c)
{
    for (QString *s : {&c.firstName, &c.lastName, &c.title, &c.street, &c.postalCode, &c.city,
                       &c.country, &c.source, &c.owner})
        *s = s->simplified();
    for (EmailAddress &e : c.emails)
        e.address = e.address.trimmed();
    for (PhoneNumber &p : c.phones)
        p.number = p.number.simplified();
    c.emails.removeIf([](const EmailAddress &e) { return e.address.isEmpty(); });
    c.phones.removeIf([](const PhoneNumber &p) { return p.number.isEmpty(); });
    QStringList tags;
    QStringList keys;
    for (const QString &t : std::as_const(c.tags)) {
        const QString s = t.simplified();
        const QString k = TextFolder::fold(s);
        if (!s.isEmpty() && !keys.contains(k)) {
            tags << s;
            keys << k;
        }
    }
    c.tags = tags;
    return c;
}

QString sortName(const Contact &c)
{
    // Folded name by name rather than "last first" as one string: first and last names
    // repeat, so each hits TextFolder's cache, while whole names would miss it and cost an
    // ICU transliteration per contact. Folding never crosses the space between them.
    if (c.lastName.isEmpty())
        return TextFolder::fold(c.firstName);
    if (c.firstName.isEmpty())
        return TextFolder::fold(c.lastName) + u' ';
    return TextFolder::fold(c.lastName) + u' ' + TextFolder::fold(c.firstName);
}

bool sameFields(const Contact &a, const Contact &b)
{
    return a.firstName == b.firstName && a.lastName == b.lastName && a.title == b.title &&
           a.companyId == b.companyId && a.street == b.street && a.postalCode == b.postalCode &&
           a.city == b.city && a.country == b.country && a.birthday == b.birthday &&
           a.source == b.source && a.status == b.status && a.owner == b.owner &&
           a.visibility == b.visibility && a.notes == b.notes && a.emails == b.emails &&
           a.phones == b.phones && a.tags == b.tags;
}

// The company names and tags a batch of contacts refers to, each looked up once per batch:
// for both writers (Writer, BulkWriter), on their connection. Call prepare() first.
struct Lookups
{
    SqliteStatement findTag;
    SqliteStatement companyName;
    QHash<QString, QByteArray> tagIds;       // folded name -> id, within this batch
    QHash<QByteArray, QString> companyNames; // nothing renames a company meanwhile

    Status prepare(sqlite3 *handle)
    {
        if (auto s = findTag.prepare(handle, QStringLiteral("SELECT id FROM tags WHERE "
                                                            "local_key = ?1 AND deleted = 0 "
                                                            "ORDER BY id LIMIT 1"));
            !s)
            return s;
        return companyName.prepare(handle, QStringLiteral("SELECT CASE WHEN deleted THEN '' ELSE "
                                                          "name END FROM companies WHERE id = ?1"));
    }

    // The name a contact of company `id` shows ('' for a deleted one); none for no company.
    Result<QString> nameOfCompany(const QByteArray &id)
    {
        if (id.isEmpty())
            return QString();
        if (auto it = companyNames.constFind(id); it != companyNames.constEnd())
            return *it;
        companyName.bindBlobView(1, id);
        auto row = companyName.next(QStringLiteral("looking up the company"));
        if (!row)
            return row.error();
        if (!row.value())
            return Error{ErrorCode::Invalid, u"no company with id " + Uuid::toString(id),
                         QStringLiteral("company")};
        QString n = companyName.columnText(0);
        companyName.reset();
        companyNames.insert(id, n);
        return n;
    }

    // The id of the live tag called `name` (folded); when there is none, `create(id, key)`
    // writes one with a new id.
    template <typename Create> Result<QByteArray> tagId(const QString &name, const Create &create)
    {
        const QString key = TextFolder::fold(name);
        if (auto it = tagIds.constFind(key); it != tagIds.constEnd())
            return *it;
        findTag.bindText(1, key);
        auto row = findTag.next(QStringLiteral("looking up a tag"));
        if (!row)
            return row.error();
        QByteArray id;
        if (row.value()) {
            id = findTag.columnBlob(0);
            findTag.reset();
        } else {
            id = Uuid::createV7();
            if (Status s = create(id, key); !s)
                return s.error();
        }
        tagIds.insert(key, id);
        return id;
    }
};

// Prepared statements of one connection, re-used across the rows of a batch (raw SQLite
// statements: QSqlQuery's QVariant binding and result caching cost as much as an update's
// SQL). Call prepare() first.
struct Writer
{
    sqlite3 *handle = nullptr;
    SqliteStatement insertContact;
    SqliteStatement insertEmail;
    SqliteStatement insertPhone;
    SqliteStatement insertLink;
    SqliteStatement insertTag;
    SqliteStatement fts;
    Lookups lookups;

    explicit Writer(const QSqlDatabase &db)
        : handle(SqliteStatement::handleOf(db))
    {}

    Status prepare()
    {
        // OR FAIL rather than the default ABORT: a statement whose triggers write other
        // tables and that may abort keeps a statement journal (a copy of every page it
        // touches, opened and closed per row). A failing insert here always ends in the
        // rollback of the enclosing transaction or savepoint, so FAIL loses nothing.
        const std::pair<SqliteStatement *, QString> statements[] = {
            {&insertContact,
             QStringLiteral("INSERT OR FAIL INTO contacts(id, first_name, last_name, title, "
                            "company_id, street, postal_code, city, country, birthday, source, "
                            "status, owner, visibility, notes, created_at, deleted, "
                            "local_sort_name, local_company_name, local_email, local_phone, "
                            "local_updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
                            "?11, ?12, ?13, ?14, ?15, ?16, 0, ?17, ?18, ?19, ?20, ?21)")},
            {&insertEmail, QStringLiteral("INSERT OR FAIL INTO contact_emails(id, contact_id, "
                                          "label, email, position, deleted) VALUES (?1, ?2, ?3, "
                                          "?4, ?5, 0)")},
            {&insertPhone, QStringLiteral("INSERT OR FAIL INTO contact_phones(id, contact_id, "
                                          "label, phone, position, deleted) VALUES (?1, ?2, ?3, "
                                          "?4, ?5, 0)")},
            {&insertLink, QStringLiteral("INSERT OR FAIL INTO contact_tags(id, contact_id, "
                                         "tag_id, deleted) VALUES (?1, ?2, ?3, 0)")},
            {&insertTag, QStringLiteral("INSERT INTO tags(id, name, color, deleted, local_key) "
                                        "VALUES (?1, ?2, '', 0, ?3)")},
            {&fts, QStringLiteral("INSERT INTO contacts_fts(rowid, text) VALUES (?1, ?2)")},
        };
        for (const auto &[statement, text] : statements) {
            if (auto s = statement->prepare(handle, text); !s)
                return s;
        }
        return lookups.prepare(handle);
    }

    Result<QString> nameOfCompany(const QByteArray &id) { return lookups.nameOfCompany(id); }

    Result<QByteArray> tagId(const QString &name)
    {
        return lookups.tagId(name, [&](const QByteArray &id, const QString &key) {
            insertTag.bindBlobView(1, id);
            insertTag.bindText(2, name);
            insertTag.bindText(3, key);
            return insertTag.run(QStringLiteral("creating a tag"));
        });
    }

    // An e-mail address or a phone number (`insert` is insertEmail or insertPhone).
    static Status addChild(SqliteStatement &insert, const QByteArray &contactId, QByteArray &id,
                           const QString &label, const QString &value, int position,
                           const QString &context)
    {
        if (id.isEmpty())
            id = Uuid::createV7();
        insert.bindBlobView(1, id);
        insert.bindBlobView(2, contactId);
        insert.bindText(3, label);
        insert.bindText(4, value);
        insert.bindInt(5, position);
        return insert.run(context);
    }

    Status addEmail(const QByteArray &contactId, EmailAddress &e, int position)
    {
        return addChild(insertEmail, contactId, e.id, e.label, e.address, position,
                        QStringLiteral("saving an e-mail address"));
    }

    Status addPhone(const QByteArray &contactId, PhoneNumber &p, int position)
    {
        return addChild(insertPhone, contactId, p.id, p.label, p.number, position,
                        QStringLiteral("saving a phone number"));
    }

    Status addTag(const QByteArray &contactId, const QString &tag)
    {
        auto id = tagId(tag);
        if (!id)
            return id.error();
        const QByteArray link = Uuid::createV7();
        insertLink.bindBlobView(1, link);
        insertLink.bindBlobView(2, contactId);
        insertLink.bindBlobView(3, id.value());
        return insertLink.run(QStringLiteral("tagging the contact"));
    }

    // Inserts a validated, normalized contact; fills in its ids.
    Status insert(Contact &c)
    {
        auto company = nameOfCompany(c.companyId);
        if (!company)
            return company.error();
        c.companyName = company.value();
        c.id = Uuid::createV7();
        c.createdAt = c.updatedAt = sql::nowMs();
        SqliteStatement &q = insertContact;
        q.bindBlobView(1, c.id);
        q.bindText(2, c.firstName);
        q.bindText(3, c.lastName);
        q.bindText(4, c.title);
        q.bindBlobOrNull(5, c.companyId);
        q.bindText(6, c.street);
        q.bindText(7, c.postalCode);
        q.bindText(8, c.city);
        q.bindText(9, c.country);
        q.bindText(10, c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString());
        q.bindText(11, c.source);
        q.bindText(12, lifecycleKey(c.status));
        q.bindText(13, c.owner);
        q.bindText(14, c.visibility);
        q.bindText(15, c.notes);
        q.bindInt(16, c.createdAt);
        q.bindText(17, sortName(c));
        q.bindText(18, c.companyName);
        q.bindText(19, c.primaryEmail());
        q.bindText(20, c.primaryPhone());
        q.bindInt(21, c.updatedAt);
        if (auto s = q.run(QStringLiteral("saving the contact")); !s)
            return s;
        c.rid = sqlite3_last_insert_rowid(handle); // the contact's, not its triggers' rows
        for (int i = 0; i < c.emails.size(); ++i) {
            if (auto s = addEmail(c.id, c.emails[i], i); !s)
                return s;
        }
        for (int i = 0; i < c.phones.size(); ++i) {
            if (auto s = addPhone(c.id, c.phones[i], i); !s)
                return s;
        }
        for (const QString &t : std::as_const(c.tags)) {
            if (auto s = addTag(c.id, t); !s)
                return s;
        }
        fts.bindInt(1, c.rid);
        fts.bindText(2, SearchIndex::contactText(c));
        return fts.run(QStringLiteral("indexing the contact"));
    }
};

// createMany's writer: the rows of Writer inserted by BulkCapture, which records their
// creations itself instead of the triggers (a trigger program per row, with its statement
// journal and two look-ups of the newest change, cost more than the rows themselves). The
// change_log and row_clocks rows are the ones create() leaves, in the same order.
struct BulkWriter
{
    // The columns each table's rows are written with, and their places.
    enum ContactColumn
    {
        CId,
        CFirst,
        CLast,
        CTitle,
        CCompany,
        CStreet,
        CPostal,
        CCity,
        CCountry,
        CBirthday,
        CSource,
        CStatus,
        COwner,
        CVisibility,
        CNotes,
        CCreated,
        CDeleted,
        CSortName,
        CCompanyName,
        CEmail,
        CPhone,
        CUpdated
    };
    enum ChildColumn
    {
        KId,
        KContact,
        KLabel,
        KValue,
        KPosition,
        KDeleted
    };
    enum LinkColumn
    {
        LId,
        LContact,
        LTag,
        LDeleted
    };
    enum PhotoColumn
    {
        PId,
        PContact,
        PMime,
        PData,
        PDeleted
    };
    enum TagColumn
    {
        TId,
        TName,
        TColor,
        TDeleted,
        TKey
    };
    enum ValueColumn
    {
        VId,
        VRecord,
        VField,
        VEntity,
        VValue,
        VDeleted,
        VRecordDeleted
    };

    BulkCapture capture;
    Lookups lookups;
    SqliteStatement fts;
    int contacts = 0;
    int emails = 0;
    int phones = 0;
    int tags = 0;
    int links = 0;
    int photos = 0;
    int values = 0;
    QHash<QString, QByteArray> fieldIds; // custom field key -> its id
    QList<QPair<qint64, QString>> pendingIndex;

    explicit BulkWriter(const QSqlDatabase &db)
        : capture(db)
    {}

    Status prepare()
    {
        if (!capture.begun())
            return capture.begun();
        sqlite3 *h = capture.handle();
        if (auto s = lookups.prepare(h); !s)
            return s;
        if (auto s = fts.prepare(
                h, QStringLiteral("INSERT INTO contacts_fts(rowid, text) VALUES (?1, ?2)"));
            !s)
            return s;
        const auto columns = [](const char *list) { return QString::fromLatin1(list).split(u' '); };
        const std::tuple<int *, QString, QStringList> tables[] = {
            {&contacts, QStringLiteral("contacts"),
             columns("id first_name last_name title company_id street postal_code city country "
                     "birthday source status owner visibility notes created_at deleted "
                     "local_sort_name local_company_name local_email local_phone "
                     "local_updated_at")},
            {&emails, QStringLiteral("contact_emails"),
             columns("id contact_id label email position deleted")},
            {&phones, QStringLiteral("contact_phones"),
             columns("id contact_id label phone position deleted")},
            {&tags, QStringLiteral("tags"), columns("id name color deleted local_key")},
            {&links, QStringLiteral("contact_tags"), columns("id contact_id tag_id deleted")},
            {&photos, QStringLiteral("contact_photos"), columns("id contact_id mime data deleted")},
            {&values, QStringLiteral("custom_values"),
             columns("id record_id field_id entity value deleted local_record_deleted")},
        };
        for (const auto &[index, name, cols] : tables) {
            auto t = capture.table(name, cols);
            if (!t)
                return t.error();
            *index = t.value();
        }
        // Nothing reads the child rows before the transaction ends: they go in in groups.
        for (const int table : {emails, phones, links}) {
            if (auto s = capture.deferRows(table); !s)
                return s;
        }
        // The values of new, live contacts: local_record_deleted is 0, written here.
        return capture.setAside(QStringLiteral("custom_values_record_state"));
    }

    Result<QByteArray> tagId(const QString &name)
    {
        return lookups.tagId(name, [&](const QByteArray &id, const QString &key) {
            capture.blob(tags, TId, id);
            capture.text(tags, TName, name);
            capture.text(tags, TColor, QString());
            capture.integer(tags, TDeleted, 0);
            capture.text(tags, TKey, key);
            return capture.insert(tags);
        });
    }

    // An e-mail address or a phone number of contact `contactId`.
    Status insertChild(int table, QByteArray &id, const QByteArray &contactId, const QString &label,
                       const QString &value, int position)
    {
        if (id.isEmpty())
            id = Uuid::createV7();
        capture.blob(table, KId, id);
        capture.blob(table, KContact, contactId);
        capture.text(table, KLabel, label);
        capture.text(table, KValue, value);
        capture.integer(table, KPosition, position);
        capture.integer(table, KDeleted, 0);
        return capture.insert(table);
    }

    Status insert(Contact &c)
    {
        auto company = lookups.nameOfCompany(c.companyId);
        if (!company)
            return company.error();
        c.companyName = company.value();
        if (!Uuid::isValid(c.id)) // an importer names its contacts beforehand
            c.id = Uuid::createV7();
        c.createdAt = c.updatedAt = sql::nowMs();
        const int t = contacts;
        capture.blob(t, CId, c.id);
        capture.text(t, CFirst, c.firstName);
        capture.text(t, CLast, c.lastName);
        capture.text(t, CTitle, c.title);
        capture.blob(t, CCompany, c.companyId);
        capture.text(t, CStreet, c.street);
        capture.text(t, CPostal, c.postalCode);
        capture.text(t, CCity, c.city);
        capture.text(t, CCountry, c.country);
        capture.text(t, CBirthday,
                     c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString());
        capture.text(t, CSource, c.source);
        capture.text(t, CStatus, lifecycleKey(c.status));
        capture.text(t, COwner, c.owner);
        capture.text(t, CVisibility, c.visibility);
        capture.text(t, CNotes, c.notes);
        capture.integer(t, CCreated, c.createdAt);
        capture.integer(t, CDeleted, 0);
        capture.text(t, CSortName, sortName(c));
        capture.text(t, CCompanyName, c.companyName);
        capture.text(t, CEmail, c.primaryEmail());
        capture.text(t, CPhone, c.primaryPhone());
        capture.integer(t, CUpdated, c.updatedAt);
        if (auto s = capture.insert(t); !s)
            return s;
        c.rid = capture.insertedRowid();
        for (int i = 0; i < c.emails.size(); ++i) {
            EmailAddress &e = c.emails[i];
            if (auto s = insertChild(emails, e.id, c.id, e.label, e.address, i); !s)
                return s;
        }
        for (int i = 0; i < c.phones.size(); ++i) {
            PhoneNumber &p = c.phones[i];
            if (auto s = insertChild(phones, p.id, c.id, p.label, p.number, i); !s)
                return s;
        }
        for (const QString &name : std::as_const(c.tags)) {
            auto tag = tagId(name);
            if (!tag)
                return tag.error();
            capture.blob(links, LId, Uuid::createV7());
            capture.blob(links, LContact, c.id);
            capture.blob(links, LTag, tag.value());
            capture.integer(links, LDeleted, 0);
            if (auto s = capture.insert(links); !s)
                return s;
        }
        if (c.photo && !c.photo->isEmpty()) {
            capture.blob(photos, PId, ContactPhotos::rowId(c.id));
            capture.blob(photos, PContact, c.id);
            capture.text(photos, PMime,
                         c.photo->type.isEmpty() ? ContactPhotos::sniffType(c.photo->data)
                                                 : c.photo->type);
            capture.blob(photos, PData, c.photo->data);
            capture.integer(photos, PDeleted, 0);
            if (auto s = capture.insert(photos); !s)
                return s;
        }
        // Custom values (normalized already): a new contact has none stored, so each non-empty
        // one is a new row, captured here like the contact's other rows.
        for (auto it = c.custom.cbegin(); it != c.custom.cend(); ++it) {
            if (it.value().isEmpty())
                continue;
            auto field = fieldIds.constFind(it.key());
            if (field == fieldIds.constEnd())
                field = fieldIds.insert(it.key(),
                                        CustomField::fieldId(CustomEntity::Contact, it.key()));
            capture.blob(values, VId, CustomField::valueId(c.id, *field));
            capture.blob(values, VRecord, c.id);
            capture.blob(values, VField, *field);
            capture.text(values, VEntity, entityTable(CustomEntity::Contact));
            capture.text(values, VValue, it.value());
            capture.integer(values, VDeleted, 0);
            capture.integer(values, VRecordDeleted, 0);
            if (auto s = capture.insert(values); !s)
                return s;
        }
        pendingIndex.append({c.rid, SearchIndex::contactText(c)});
        return {};
    }

    // The batch's search entries, at its end: FTS5 writes one segment per flush, so many
    // rows at once rather than one at a time.
    Status flushIndex()
    {
        for (const auto &[rid, text] : std::as_const(pendingIndex)) {
            fts.bindInt(1, rid);
            fts.bindText(2, text);
            if (auto s = fts.run(QStringLiteral("indexing the contact")); !s)
                return s;
        }
        pendingIndex.clear();
        return {};
    }
};

// The child rows of contacts, with its statements prepared once for many contacts.
// Call prepare() first.
class ChildLoader
{
public:
    explicit ChildLoader(const QSqlDatabase &db)
        : m_handle(SqliteStatement::handleOf(db))
    {}

    Status prepare()
    {
        const std::pair<SqliteStatement *, QString> statements[] = {
            {&m_emails, QStringLiteral("SELECT id, label, email FROM contact_emails WHERE "
                                       "contact_id = ?1 AND deleted = 0 ORDER BY position, id")},
            {&m_phones, QStringLiteral("SELECT id, label, phone FROM contact_phones WHERE "
                                       "contact_id = ?1 AND deleted = 0 ORDER BY position, id")},
            {&m_tags, QStringLiteral("SELECT t.name FROM contact_tags l JOIN tags t ON t.id = "
                                     "l.tag_id WHERE l.contact_id = ?1 AND l.deleted = 0 ORDER BY "
                                     "t.local_key")},
            {&m_custom, CustomFieldRepository::loadStatement()},
        };
        for (const auto &[statement, text] : statements) {
            if (auto s = statement->prepare(m_handle, text); !s)
                return s;
        }
        return {};
    }

    Status load(Contact &c)
    {
        auto rows = [&c](SqliteStatement &q, const QString &what, auto &&read) -> Status {
            q.bindBlobView(1, c.id);
            for (;;) {
                auto row = q.next(what);
                if (!row)
                    return row.error();
                if (!row.value())
                    return {};
                read(q);
            }
        };
        if (auto s = rows(
                m_emails, QStringLiteral("loading e-mail addresses"),
                [&c](const SqliteStatement &q) {
                    c.emails << EmailAddress{q.columnBlob(0), q.columnText(1), q.columnText(2)};
                });
            !s)
            return s;
        if (auto s =
                rows(m_phones, QStringLiteral("loading phone numbers"),
                     [&c](const SqliteStatement &q) {
                         c.phones << PhoneNumber{q.columnBlob(0), q.columnText(1), q.columnText(2)};
                     });
            !s)
            return s;
        if (auto s = rows(m_tags, QStringLiteral("loading tags"),
                          [&c](const SqliteStatement &q) { c.tags << q.columnText(0); });
            !s)
            return s;
        return CustomFieldRepository::load(m_custom, CustomEntity::Contact, c.id, c.custom,
                                           &c.customText);
    }

private:
    sqlite3 *m_handle = nullptr;
    SqliteStatement m_emails;
    SqliteStatement m_phones;
    SqliteStatement m_tags;
    SqliteStatement m_custom;
};

// Brings the child rows of a contact in line with `wanted`: updates kept rows, inserts new
// ones, soft-deletes the rest. Rows are matched by id. `upd` binds (label, value, position,
// id, contact_id), `del` the id.
template <typename Item, typename AddFn>
Status syncChildren(SqliteStatement &upd, SqliteStatement &del, const QString &table,
                    const QByteArray &contactId, const QList<Item> &stored, QList<Item> wanted,
                    const QString Item::*value, AddFn add)
{
    QList<QByteArray> kept;
    for (int i = 0; i < wanted.size(); ++i) {
        Item &w = wanted[i];
        const bool known =
            !w.id.isEmpty() &&
            std::any_of(stored.begin(), stored.end(), [&](const Item &s) { return s.id == w.id; });
        if (known) {
            kept << w.id;
            upd.bindText(1, w.label);
            upd.bindText(2, w.*value);
            upd.bindInt(3, i);
            upd.bindBlobView(4, w.id);
            upd.bindBlobView(5, contactId);
            if (auto s = upd.run(u"saving " + table); !s)
                return s;
        } else {
            w.id.clear();
            if (auto s = add(w, i); !s)
                return s;
        }
    }
    for (const Item &s : stored) {
        if (kept.contains(s.id))
            continue;
        del.bindBlobView(1, s.id);
        if (auto st = del.run(u"removing from " + table); !st)
            return st;
    }
    return {};
}

Status loadChildren(QSqlDatabase &db, Contact &c)
{
    ChildLoader loader(db);
    if (auto s = loader.prepare(); !s)
        return s;
    return loader.load(c);
}

// The statements of load and update, prepared once per connection and re-used across the
// contacts of a batch (an import updates thousands; preparing ~20 statements per contact
// cost more than the writes). Runs inside the caller's transaction. Call prepare() first.
class Updater
{
public:
    explicit Updater(QSqlDatabase &db)
        : m_db(db)
        , m_handle(SqliteStatement::handleOf(db))
        , m_children(db)
        , m_writer(db)
    {}

    Status prepare()
    {
        const QString fts = SearchIndex::tableName(SearchIndex::Kind::Contact);
        const std::pair<SqliteStatement *, QString> statements[] = {
            {&m_photo, ContactPhotos::getStatement()},
            {&m_emailUpd, QStringLiteral("UPDATE contact_emails SET label = ?1, email = ?2, "
                                         "position = ?3 WHERE id = ?4 AND contact_id = ?5")},
            {&m_emailDel, QStringLiteral("UPDATE contact_emails SET deleted = 1 WHERE id = ?1")},
            {&m_phoneUpd, QStringLiteral("UPDATE contact_phones SET label = ?1, phone = ?2, "
                                         "position = ?3 WHERE id = ?4 AND contact_id = ?5")},
            {&m_phoneDel, QStringLiteral("UPDATE contact_phones SET deleted = 1 WHERE id = ?1")},
            {&m_links, QStringLiteral("SELECT l.id, t.local_key, l.deleted FROM contact_tags l "
                                      "JOIN tags t ON t.id = l.tag_id WHERE l.contact_id = ?1")},
            {&m_setDel, QStringLiteral("UPDATE contact_tags SET deleted = ?1 WHERE id = ?2")},
            {&m_contact, u"SELECT " + kColumns +
                             u", c.local_sort_name, c.local_email, c.local_phone FROM contacts c"
                             u" WHERE c.id = ?1"},
            {&m_ftsDel, u"DELETE FROM " + fts + u" WHERE rowid = ?1"},
            {&m_ftsIns, u"INSERT INTO " + fts + u"(rowid, text) VALUES (?1, ?2)"},
        };
        for (const auto &[statement, text] : statements) {
            if (auto s = statement->prepare(m_handle, text); !s)
                return s;
        }
        if (auto s = m_children.prepare(); !s)
            return s;
        return m_writer.prepare();
    }

    Result<Contact> load(const QByteArray &id)
    {
        m_contact.bindBlobView(1, id);
        auto found = m_contact.next(QStringLiteral("loading the contact"));
        if (!found)
            return found.error();
        if (!found.value())
            return Error{ErrorCode::NotFound, u"no contact with id " + Uuid::toString(id), {}};
        Contact c = fromStatement(m_contact);
        m_derived = {id, m_contact.columnText(20), m_contact.columnText(21),
                     m_contact.columnText(22)};
        m_contact.reset();
        if (auto s = m_children.load(c); !s)
            return s.error();
        // The photo too: an import's update fills only a missing one, and its undo record
        // says whether there was one.
        auto photo = ContactPhotos::get(m_photo, id);
        if (!photo)
            return photo.error();
        c.photo = photo.value();
        return c;
    }

    // load(), with the derived columns it read.
    Result<ContactRepository::Loaded> loadWithColumns(const QByteArray &id)
    {
        auto c = load(id);
        if (!c)
            return c.error();
        return ContactRepository::Loaded{std::move(c).value(),
                                         {m_derived.sortName, m_derived.email, m_derived.phone}};
    }

    // update() over what loadWithColumns() read, here or on another connection.
    Status update(Contact contact, const ContactRepository::Loaded &stored)
    {
        m_derived = {stored.contact.id, stored.columns[0], stored.columns[1], stored.columns[2]};
        return update(std::move(contact), stored.contact);
    }

    // Saves a validated, normalized contact over `stored` (what load() returned).
    Status update(Contact contact, const Contact &stored)
    {
        // The definitions once per Updater: an import updates thousands with one.
        if (!m_defs) {
            auto defs = CustomFieldRepository::definitions(m_db, CustomEntity::Contact);
            if (!defs)
                return defs.error();
            m_defs = std::move(defs).value();
        }
        if (auto s = CustomField::normalize(*m_defs, contact.custom, &stored.custom); !s)
            return s;
        // `stored` holds the photo load() read: an unchanged one is not read again.
        if (contact.photo && contact.photo != stored.photo) {
            if (auto s = ContactPhotos::set(m_db, contact.id, *contact.photo); !s)
                return s;
        }
        if (sameFields(stored, contact) &&
            !CustomFieldRepository::changes(stored.custom, contact.custom))
            return {};
        if (auto s = CustomFieldRepository::save(m_db, CustomEntity::Contact, contact.id,
                                                 contact.custom);
            !s)
            return s;
        {
            CustomValues merged = stored.custom;
            merged.insert(contact.custom);
            contact.customText = CustomFieldRepository::searchText(*m_defs, merged);
        }
        auto company = m_writer.nameOfCompany(contact.companyId);
        if (!company)
            return company.error();
        contact.companyName = company.value();
        contact.rid = stored.rid;

        if (auto s = syncChildren(
                m_emailUpd, m_emailDel, QStringLiteral("contact_emails"), contact.id, stored.emails,
                contact.emails, &EmailAddress::address,
                [&](EmailAddress &e, int pos) { return m_writer.addEmail(contact.id, e, pos); });
            !s)
            return s;
        if (auto s = syncChildren(
                m_phoneUpd, m_phoneDel, QStringLiteral("contact_phones"), contact.id, stored.phones,
                contact.phones, &PhoneNumber::number,
                [&](PhoneNumber &p, int pos) { return m_writer.addPhone(contact.id, p, pos); });
            !s)
            return s;
        if (stored.tags != contact.tags) {
            if (auto s = updateTags(contact); !s)
                return s;
        }

        if (auto s = write(contact, stored); !s)
            return s;
        if (!stored.deleted) {
            if (m_deferSearch) {
                m_search.append({stored.rid, SearchIndex::contactText(contact)});
                return {};
            }
            return index(stored.rid, SearchIndex::contactText(contact));
        }
        return {};
    }

    // Many updates in a row keep their search entries until writeSearch(): FTS5 flushes
    // what it holds at every statement savepoint (the capture triggers' statements open
    // one), so a search write between a contact's other writes cost a flush of the index
    // per contact (callgrind/perf: most of an import's updates).
    void deferSearch() { m_deferSearch = true; }
    Status writeSearch()
    {
        for (const auto &[rid, text] : std::as_const(m_search)) {
            if (auto s = index(rid, text); !s)
                return s;
        }
        m_search.clear();
        return {};
    }

private:
    // The contact's row: only the columns whose value changes are SET, with local_updated_at.
    // SQLite rewrites the entries of every index on a column in the SET list, changed or not
    // (at a million contacts, a random leaf each), and checks every capture trigger of those
    // columns. One prepared statement per set of columns.
    Status write(const Contact &contact, const Contact &stored)
    {
        static const char *const names[] = {"first_name",
                                            "last_name",
                                            "title",
                                            "company_id",
                                            "street",
                                            "postal_code",
                                            "city",
                                            "country",
                                            "birthday",
                                            "source",
                                            "status",
                                            "owner",
                                            "visibility",
                                            "notes",
                                            "local_sort_name",
                                            "local_company_name",
                                            "local_email",
                                            "local_phone"};
        auto birthday = [](const Contact &c) {
            return c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString();
        };
        const QVariant values[] = {contact.firstName,
                                   contact.lastName,
                                   contact.title,
                                   sql::blobOrNull(contact.companyId),
                                   contact.street,
                                   contact.postalCode,
                                   contact.city,
                                   contact.country,
                                   birthday(contact),
                                   contact.source,
                                   lifecycleKey(contact.status),
                                   contact.owner,
                                   contact.visibility,
                                   contact.notes,
                                   sortName(contact),
                                   contact.companyName,
                                   contact.primaryEmail(),
                                   contact.primaryPhone()};
        static_assert(std::size(names) == std::size(values));
        // What the row holds: the stored fields, and the derived columns as load() read them
        // (a contact not loaded last here writes them all).
        const Derived *derived = m_derived.id == contact.id ? &m_derived : nullptr;
        const bool known = derived != nullptr;
        const bool same[] = {contact.firstName == stored.firstName,
                             contact.lastName == stored.lastName,
                             contact.title == stored.title,
                             contact.companyId == stored.companyId,
                             contact.street == stored.street,
                             contact.postalCode == stored.postalCode,
                             contact.city == stored.city,
                             contact.country == stored.country,
                             birthday(contact) == birthday(stored),
                             contact.source == stored.source,
                             contact.status == stored.status,
                             contact.owner == stored.owner,
                             contact.visibility == stored.visibility,
                             contact.notes == stored.notes,
                             known && values[14].toString() == derived->sortName,
                             contact.companyName == stored.companyName, // the row's own
                             known && values[16].toString() == derived->email,
                             known && values[17].toString() == derived->phone};
        static_assert(std::size(same) == std::size(values));
        quint32 columns = 0;
        for (size_t i = 0; i < std::size(values); ++i) {
            if (!same[i])
                columns |= 1u << i;
        }
        std::unique_ptr<SqliteStatement> &update = m_updates[columns];
        if (!update) {
            QString sql = QStringLiteral("UPDATE contacts SET ");
            for (size_t i = 0; i < std::size(names); ++i) {
                if (columns & (1u << i))
                    sql += QLatin1String(names[i]) + u" = ?, ";
            }
            sql += u"local_updated_at = ? WHERE id = ?";
            auto made = std::make_unique<SqliteStatement>();
            if (auto s = made->prepare(m_handle, sql); !s)
                return s;
            update = std::move(made);
        }
        int at = 0;
        for (size_t i = 0; i < std::size(values); ++i) {
            if (columns & (1u << i))
                update->bindValue(++at, sql::text(values[i]));
        }
        update->bindInt(++at, sql::nowMs());
        update->bindBlobView(++at, contact.id);
        return update->run(QStringLiteral("saving the contact"));
    }

    Status index(qint64 rid, const QString &text)
    {
        m_ftsDel.bindInt(1, rid);
        if (auto s = m_ftsDel.run(QStringLiteral("updating the search index")); !s)
            return s;
        m_ftsIns.bindInt(1, rid);
        m_ftsIns.bindText(2, text);
        return m_ftsIns.run(QStringLiteral("updating the search index"));
    }

    // Tags: drop links whose tag is gone, re-use a dropped link or add a new one.
    Status updateTags(const Contact &contact)
    {
        QStringList wantedKeys;
        for (const QString &t : std::as_const(contact.tags))
            wantedKeys << TextFolder::fold(t);
        m_links.bindBlobView(1, contact.id);
        QHash<QString, QPair<QByteArray, bool>> byKey; // key -> (link id, deleted)
        for (;;) {
            auto row = m_links.next(QStringLiteral("loading tags"));
            if (!row)
                return row.error();
            if (!row.value())
                break;
            const QString key = m_links.columnText(1);
            const bool deleted = m_links.columnInt(2) != 0;
            if (!byKey.contains(key) || !deleted)
                byKey.insert(key, {m_links.columnBlob(0), deleted});
        }
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
            const bool want = wantedKeys.contains(it.key());
            if (want == !it->second)
                continue;
            m_setDel.bindInt(1, want ? 0 : 1);
            m_setDel.bindBlobView(2, it->first);
            if (auto s = m_setDel.run(QStringLiteral("saving tags")); !s)
                return s;
        }
        for (int i = 0; i < contact.tags.size(); ++i) {
            if (byKey.contains(wantedKeys[i]))
                continue;
            if (auto s = m_writer.addTag(contact.id, contact.tags[i]); !s)
                return s;
        }
        return {};
    }

    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    SqliteStatement m_contact;
    SqliteStatement m_photo;
    ChildLoader m_children;
    Writer m_writer;
    SqliteStatement m_emailUpd, m_emailDel, m_phoneUpd, m_phoneDel;
    SqliteStatement m_links, m_setDel, m_ftsDel, m_ftsIns;
    // The UPDATE of each set of changed columns.
    std::unordered_map<quint32, std::unique_ptr<SqliteStatement>> m_updates;
    // The derived columns of the contact load() read last.
    struct Derived
    {
        QByteArray id;
        QString sortName, email, phone;
    };
    Derived m_derived;
    bool m_deferSearch = false;
    std::optional<QList<CustomFieldDefinition>> m_defs; // see update()
    QList<QPair<qint64, QString>> m_search;             // rid, text: deferred search entries
};

Result<Contact> load(QSqlDatabase &db, const QByteArray &id)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT " + kColumns + u" FROM contacts c WHERE c.id = ?");
    q.addBindValue(id);
    if (!q.exec())
        return sql::error(q, QStringLiteral("loading the contact"));
    if (!q.next())
        return Error{ErrorCode::NotFound, u"no contact with id " + Uuid::toString(id), {}};
    Contact c = fromRecord(q);
    if (auto s = loadChildren(db, c); !s)
        return s.error();
    return c;
}

Error firstError(const QList<Error> &errors)
{
    return errors.first();
}

} // namespace

ContactRepository::ContactRepository(DatabasePtr db)
    : m_db(std::move(db))
{}

Result<QByteArray> ContactRepository::create(Contact contact)
{
    contact = normalized(std::move(contact));
    if (contact.owner.isEmpty())
        contact.owner = m_db->localUser();
    if (const auto errors = Validation::check(contact); !errors.isEmpty())
        return firstError(errors);
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto defs = CustomFieldRepository::prepare(db, CustomEntity::Contact, contact.custom, nullptr);
    if (!defs)
        return defs.error();
    contact.customText = CustomFieldRepository::searchText(defs.value(), contact.custom);
    Writer w(db);
    if (auto s = w.prepare(); !s)
        return s.error();
    if (auto s = w.insert(contact); !s)
        return s.error();
    if (contact.photo && !contact.photo->isEmpty()) {
        if (auto s = ContactPhotos::set(db, contact.id, *contact.photo); !s)
            return s.error();
    }
    if (auto s = CustomFieldRepository::save(db, CustomEntity::Contact, contact.id, contact.custom);
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return contact.id;
}

Result<int> ContactRepository::createMany(const QList<Contact> &contacts, int batchSize,
                                          const std::function<bool(int)> &progress)
{
    // Validate everything first: a bad row stops the run before anything is written.
    QSqlDatabase db = m_db->connection();
    auto defs = CustomFieldRepository::definitions(db, CustomEntity::Contact);
    if (!defs)
        return defs.error();
    QList<Contact> ready;
    ready.reserve(contacts.size());
    for (int i = 0; i < contacts.size(); ++i) {
        Contact c = normalized(contacts[i]);
        if (c.owner.isEmpty())
            c.owner = m_db->localUser();
        QList<Error> errors = Validation::check(c);
        if (c.photo) {
            if (auto s = ContactPhotos::validate(*c.photo); !s)
                errors << s.error();
        }
        if (auto s = CustomField::normalize(defs.value(), c.custom, nullptr); !s)
            errors << s.error();
        if (!errors.isEmpty()) {
            Error e = errors.first();
            e.detail = QStringLiteral("contact %1: %2").arg(i + 1).arg(e.detail);
            return e;
        }
        c.customText = CustomFieldRepository::searchText(defs.value(), c.custom);
        ready << std::move(c);
    }
    const sql::LaterCheckpoints checkpoints(db);
    // The sort indexes take every new contact at a random place: with a million contacts their
    // leaves outgrow the usual 32 MB cache, and an insert would read a page back again.
    const sql::PragmaScope cache(db, QStringLiteral("cache_size"), -98304); // 96 MB, in KiB
    BulkWriter w(db);
    if (auto s = w.prepare(); !s)
        return s.error();
    // Inside a caller's transaction (an import's chunk) the rows go straight into it: a
    // savepoint there would make SQLite keep a statement journal for every statement, which
    // costs more than the inserts on a large file. The caller rolls back on failure.
    const bool callers = Transaction::isOpen(db);
    int done = 0;
    while (done < ready.size()) {
        std::optional<Transaction> tx;
        if (!callers) {
            tx.emplace(db);
            if (!tx->begun())
                return tx->begun().error();
        }
        if (auto s = w.capture.startTransaction(); !s)
            return s.error();
        const int end = callers ? int(ready.size())
                                : std::min<int>(ready.size(), done + std::max(1, batchSize));
        for (int i = done; i < end; ++i) {
            if (auto s = w.insert(ready[i]); !s)
                return s.error();
        }
        if (auto s = w.flushIndex(); !s)
            return s.error();
        if (auto s = w.capture.finishTransaction(); !s)
            return s.error();
        if (tx) {
            if (auto s = tx->commit(); !s)
                return s.error();
        }
        done = end;
        if (progress && !progress(done))
            break;
    }
    return done;
}

Result<Contact> ContactRepository::get(const QByteArray &id) const
{
    QSqlDatabase db = m_db->connection();
    auto loaded = load(db, id);
    if (!loaded)
        return loaded;
    Contact contact = loaded.value();
    auto photo = ContactPhotos::get(db, id);
    if (!photo)
        return photo.error();
    contact.photo = photo.value();
    return contact;
}

Status ContactRepository::update(const Contact &edited)
{
    Contact contact = normalized(edited);
    if (const auto errors = Validation::check(contact); !errors.isEmpty())
        return firstError(errors);
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    Updater u(db);
    if (auto s = u.prepare(); !s)
        return s;
    auto stored = u.load(contact.id);
    if (!stored)
        return stored.error();
    if (auto s = u.update(std::move(contact), stored.value()); !s)
        return s;
    return tx.commit();
}

namespace {

// The frame of updateEach() and updateLoaded(): the caller's transaction (no savepoint of
// its own, see createMany) or one of its own, one Updater for all, the search entries at the
// end. `work` saves the contacts through save().
Result<int> updateMany(QSqlDatabase db, const std::function<Result<int>(Updater &)> &work)
{
    std::optional<Transaction> tx;
    if (!Transaction::isOpen(db)) {
        tx.emplace(db);
        if (!tx->begun())
            return tx->begun().error();
    }
    Updater u(db);
    if (auto s = u.prepare(); !s)
        return s.error();
    u.deferSearch();
    auto written = work(u);
    if (!written)
        return written;
    if (auto s = u.writeSearch(); !s)
        return s.error();
    if (tx) {
        if (auto s = tx->commit(); !s)
            return s.error();
    }
    return written;
}

// An edited contact, normalized and validated, over what `stored` says is stored.
template <typename Stored> Status save(Updater &u, const Contact &edited, const Stored &stored)
{
    Contact contact = normalized(edited);
    if (const auto errors = Validation::check(contact); !errors.isEmpty()) {
        Error e = firstError(errors);
        e.detail = u"contact " + Uuid::toString(contact.id) + u": " + e.detail;
        return e;
    }
    return u.update(std::move(contact), stored);
}

} // namespace

Result<int>
ContactRepository::updateEach(const QList<QByteArray> &ids,
                              const std::function<bool(const Contact &, Contact *)> &edit)
{
    return updateMany(m_db->connection(), [&](Updater &u) -> Result<int> {
        int written = 0;
        for (const QByteArray &id : ids) {
            auto stored = u.load(id);
            if (!stored)
                return stored.error();
            Contact edited = stored.value();
            if (!edit(stored.value(), &edited))
                continue;
            if (auto s = save(u, edited, stored.value()); !s)
                return s.error();
            ++written;
        }
        return written;
    });
}

struct ContactRepository::Reader::Private
{
    explicit Private(QSqlDatabase connection)
        : db(std::move(connection))
    {}
    QSqlDatabase db;
    Updater updater{db};
    std::optional<Status> prepared; // once, at the first load
};

ContactRepository::Reader::Reader(QSqlDatabase db)
    : d(std::make_unique<Private>(std::move(db)))
{}

ContactRepository::Reader::~Reader() = default;

Result<ContactRepository::Loaded> ContactRepository::Reader::load(const QByteArray &id)
{
    if (!d->prepared)
        d->prepared = d->updater.prepare();
    if (!*d->prepared)
        return d->prepared->error();
    return d->updater.loadWithColumns(id);
}

Result<int> ContactRepository::updateLoaded(const QList<std::pair<Loaded, Contact>> &edits)
{
    return updateMany(m_db->connection(), [&](Updater &u) -> Result<int> {
        for (const auto &[stored, edited] : edits) {
            if (auto s = save(u, edited, stored); !s)
                return s.error();
        }
        return int(edits.size());
    });
}

Status ContactRepository::setDeleted(const QByteArray &id, bool deleted)
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
    q.prepare(QStringLiteral("UPDATE contacts SET deleted = ?, local_updated_at = ? WHERE id = ?"));
    q.addBindValue(deleted ? 1 : 0);
    q.addBindValue(sql::nowMs());
    q.addBindValue(id);
    if (!q.exec())
        return sql::error(q, QStringLiteral("deleting the contact"));
    Status s = deleted ? SearchIndex::remove(db, SearchIndex::Kind::Contact, stored->rid)
                       : SearchIndex::put(db, SearchIndex::Kind::Contact, stored->rid,
                                          SearchIndex::contactText(stored.value()));
    if (!s)
        return s;
    return tx.commit();
}

Status ContactRepository::remove(const QByteArray &id)
{
    return setDeleted(id, true);
}

Status ContactRepository::restore(const QByteArray &id)
{
    return setDeleted(id, false);
}

Result<QList<Contact>> ContactRepository::list(int limit) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT " + kColumns +
              u" FROM contacts c WHERE c.deleted = 0 ORDER BY c.local_sort_name, c.rid LIMIT ?");
    q.addBindValue(limit);
    if (!q.exec())
        return sql::error(q, QStringLiteral("listing contacts"));
    QList<Contact> out;
    while (q.next())
        out << fromRecord(q);
    ChildLoader children(db);
    if (auto s = children.prepare(); !s)
        return s.error();
    for (Contact &c : out) {
        if (auto s = children.load(c); !s)
            return s.error();
    }
    return out;
}

Result<QList<Contact>> ContactRepository::ofCompany(const QByteArray &companyId) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.prepare(u"SELECT " + kColumns +
              u" FROM contacts c WHERE c.company_id = ? AND c.deleted = 0 ORDER BY "
              u"c.local_sort_name, c.rid");
    q.addBindValue(companyId);
    if (!q.exec())
        return sql::error(q, QStringLiteral("listing the company's contacts"));
    QList<Contact> out;
    while (q.next())
        out << fromRecord(q);
    ChildLoader children(db);
    if (auto s = children.prepare(); !s)
        return s.error();
    for (Contact &c : out) {
        if (auto s = children.load(c); !s)
            return s.error();
    }
    return out;
}

Status ContactRepository::forEach(const std::function<bool(const Contact &)> &visit,
                                  int pageSize) const
{
    QSqlDatabase db = m_db->connection();
    // One read transaction: the pages agree with each other while others write.
    if (!db.transaction())
        return sql::error(db, QStringLiteral("starting to read contacts"));
    auto done = qScopeGuard([&] { db.rollback(); });
    QSqlQuery page(db), emails(db), phones(db), tags(db), custom(db);
    for (QSqlQuery *q : {&page, &emails, &phones, &tags, &custom})
        q->setForwardOnly(true);
    // "+c.deleted": walk the table by rid; through a sort index (deleted, …) SQLite would
    // sort every live contact again for each page.
    page.prepare(u"SELECT " + kColumns +
                 u" FROM contacts c WHERE c.rid > ? AND +c.deleted = 0 ORDER BY c.rid LIMIT ?");
    // The children of the page's contacts: by the rid range, through the contact_id indexes.
    const QString range = QStringLiteral(" JOIN contacts c ON c.id = x.contact_id WHERE c.rid > ? "
                                         "AND c.rid <= ? AND x.deleted = 0 ORDER BY ");
    emails.prepare(u"SELECT c.rid, x.id, x.label, x.email FROM contact_emails x" + range +
                   u"c.rid, x.position, x.id");
    phones.prepare(u"SELECT c.rid, x.id, x.label, x.phone FROM contact_phones x" + range +
                   u"c.rid, x.position, x.id");
    tags.prepare(u"SELECT c.rid, t.name FROM contact_tags x JOIN tags t ON t.id = x.tag_id" +
                 range + u"c.rid, t.local_key");
    custom.prepare(QStringLiteral(
        "SELECT c.rid, f.key, x.value FROM custom_values x JOIN custom_fields f ON f.id = "
        "x.field_id AND f.deleted = 0 JOIN contacts c ON c.id = x.record_id WHERE c.rid > ? AND "
        "c.rid <= ? AND x.deleted = 0 AND x.value <> '' ORDER BY c.rid"));
    qint64 after = 0;
    for (;;) {
        page.addBindValue(after);
        page.addBindValue(std::max(1, pageSize));
        if (!page.exec())
            return sql::error(page, QStringLiteral("reading contacts"));
        QList<Contact> contacts;
        QHash<qint64, qsizetype> byRid;
        while (page.next()) {
            contacts << fromRecord(page);
            byRid.insert(contacts.last().rid, contacts.size() - 1);
        }
        if (contacts.isEmpty())
            return {};
        const qint64 last = contacts.last().rid;
        for (QSqlQuery *q : {&emails, &phones, &tags, &custom}) {
            q->addBindValue(after);
            q->addBindValue(last);
            if (!q->exec())
                return sql::error(*q, QStringLiteral("reading contacts' details"));
            while (q->next()) {
                const auto it = byRid.constFind(q->value(0).toLongLong());
                if (it == byRid.constEnd())
                    continue; // a deleted contact's
                Contact &c = contacts[*it];
                if (q == &emails)
                    c.emails << EmailAddress{q->value(1).toByteArray(), q->value(2).toString(),
                                             q->value(3).toString()};
                else if (q == &phones)
                    c.phones << PhoneNumber{q->value(1).toByteArray(), q->value(2).toString(),
                                            q->value(3).toString()};
                else if (q == &tags)
                    c.tags << q->value(1).toString();
                else
                    c.custom.insert(q->value(1).toString(), q->value(2).toString());
            }
        }
        for (const Contact &c : std::as_const(contacts)) {
            if (!visit(c))
                return {};
        }
        after = last;
    }
}

Result<int> ContactRepository::count() const
{
    QSqlDatabase db = m_db->connection();
    auto v = sql::scalar(db, QStringLiteral("SELECT count(*) FROM contacts WHERE deleted = 0"));
    if (!v)
        return v.error();
    return v->toInt();
}

Status ContactRepository::refreshCompanyContacts(QSqlDatabase &db, const QByteArray &companyId)
{
    auto name = sql::scalar(db,
                            QStringLiteral("SELECT CASE WHEN deleted THEN '' ELSE name END "
                                           "FROM companies WHERE id = ?"),
                            {companyId});
    if (!name)
        return name.error();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE contacts SET local_company_name = ? WHERE company_id = ?"));
    q.addBindValue(name->toString());
    q.addBindValue(companyId);
    if (!q.exec())
        return sql::error(q, QStringLiteral("updating the company's contacts"));
    QSqlQuery ids(db);
    ids.prepare(QStringLiteral("SELECT id FROM contacts WHERE company_id = ? AND deleted = 0"));
    ids.addBindValue(companyId);
    if (!ids.exec())
        return sql::error(ids, QStringLiteral("updating the company's contacts"));
    QList<QByteArray> list;
    while (ids.next())
        list << ids.value(0).toByteArray();
    for (const QByteArray &id : std::as_const(list)) {
        auto c = load(db, id);
        if (!c)
            return c.error();
        if (auto s = SearchIndex::put(db, SearchIndex::Kind::Contact, c->rid,
                                      SearchIndex::contactText(c.value()));
            !s)
            return s;
    }
    return {};
}

Status ContactRepository::refreshDerived(QSqlDatabase &db, const QByteArray &contactId)
{
    return refreshDerived(db, QList<QByteArray>{contactId});
}

Status ContactRepository::refreshDerived(QSqlDatabase &db, const QList<QByteArray> &contactIds)
{
    auto rows = readDerived(db, contactIds);
    if (!rows)
        return rows.error();
    return writeDerived(db, *rows);
}

Result<QList<ContactRepository::Derived>>
ContactRepository::readDerived(QSqlDatabase &db, const QList<QByteArray> &contactIds)
{
    // Sync refreshes a page of thousands: raw statements prepared once for all of them, only
    // the columns the sort keys and the search text are made of.
    sqlite3 *handle = SqliteStatement::handleOf(db);
    SqliteStatement contact, company, emails, phones, tags, ftsText;
    const QString fts = SearchIndex::tableName(SearchIndex::Kind::Contact);
    const std::pair<SqliteStatement *, QString> statements[] = {
        {&contact, QStringLiteral("SELECT rid, first_name, last_name, title, company_id, city, "
                                  "country, deleted, local_sort_name, local_company_name, "
                                  "local_email, local_phone FROM contacts WHERE id = ?")},
        {&company, QStringLiteral("SELECT CASE WHEN deleted THEN '' ELSE name END FROM "
                                  "companies WHERE id = ?")},
        {&emails, QStringLiteral("SELECT email FROM contact_emails WHERE contact_id = ? AND "
                                 "deleted = 0 ORDER BY position, id")},
        {&phones, QStringLiteral("SELECT phone FROM contact_phones WHERE contact_id = ? AND "
                                 "deleted = 0 ORDER BY position, id")},
        {&tags, QStringLiteral("SELECT t.name FROM contact_tags l JOIN tags t ON t.id = "
                               "l.tag_id WHERE l.contact_id = ? AND l.deleted = 0 ORDER BY "
                               "t.local_key")},
        {&ftsText, u"SELECT text FROM " + fts + u" WHERE rowid = ?"},
    };
    for (const auto &[statement, text] : statements) {
        if (auto s = statement->prepare(handle, text); !s)
            return s.error();
    }
    // Custom values enter the search text only when contacts have custom fields at all.
    auto customFields = sql::scalar(db, QStringLiteral("SELECT EXISTS(SELECT 1 FROM "
                                                       "custom_fields WHERE entity = 'contacts' "
                                                       "AND deleted = 0)"));
    if (!customFields)
        return customFields.error();
    SqliteStatement custom;
    if (customFields->toBool()) {
        if (auto s = custom.prepare(handle, CustomFieldRepository::loadStatement()); !s)
            return s.error();
    }
    // Reads the first column of every row of `q` (bound to the contact) into `out`.
    auto readAll = [](SqliteStatement &q, const QByteArray &id, const QString &what,
                      auto &&out) -> Status {
        q.bindBlobView(1, id);
        while (true) {
            auto row = q.next(what);
            if (!row)
                return row.error();
            if (!*row)
                break;
            out(q.columnText(0));
        }
        q.reset();
        return {};
    };
    QList<Derived> out;
    out.reserve(contactIds.size());
    for (const QByteArray &contactId : contactIds) {
        contact.bindBlobView(1, contactId);
        auto found = contact.next(QStringLiteral("loading the contact"));
        if (!found)
            return found.error();
        if (!*found) {
            contact.reset();
            continue; // not arrived yet
        }
        Contact c;
        c.id = contactId;
        c.rid = contact.columnInt(0);
        c.firstName = contact.columnText(1);
        c.lastName = contact.columnText(2);
        c.title = contact.columnText(3);
        c.companyId = contact.columnBlob(4);
        c.city = contact.columnText(5);
        c.country = contact.columnText(6);
        c.deleted = contact.columnInt(7) != 0;
        const QString stored[] = {contact.columnText(8), contact.columnText(9),
                                  contact.columnText(10), contact.columnText(11)};
        contact.reset();
        if (auto s = readAll(emails, contactId, QStringLiteral("loading e-mail addresses"),
                             [&](QString v) {
                                 c.emails << EmailAddress{{}, {}, std::move(v)};
                             });
            !s)
            return s.error();
        if (auto s = readAll(phones, contactId, QStringLiteral("loading phone numbers"),
                             [&](QString v) {
                                 c.phones << PhoneNumber{{}, {}, std::move(v)};
                             });
            !s)
            return s.error();
        if (auto s = readAll(tags, contactId, QStringLiteral("loading tags"),
                             [&](QString v) { c.tags << std::move(v); });
            !s)
            return s.error();
        if (customFields->toBool()) {
            if (auto s = CustomFieldRepository::load(custom, CustomEntity::Contact, contactId,
                                                     c.custom, &c.customText);
                !s)
                return s.error();
        }
        if (!c.companyId.isEmpty()) {
            company.bindBlobView(1, c.companyId);
            auto name = company.next(QStringLiteral("loading the company name"));
            if (!name)
                return name.error();
            c.companyName = *name ? company.columnText(0) : QString();
            company.reset();
        }

        Derived d{contactId,
                  c.rid,
                  c.deleted,
                  false,
                  {sortName(c), c.companyName, c.primaryEmail(), c.primaryPhone()}};
        d.columnsChanged =
            !std::equal(std::begin(d.columns), std::end(d.columns), std::begin(stored));
        d.text = c.deleted ? QString() : SearchIndex::contactText(c);
        ftsText.bindInt(1, c.rid);
        auto indexed = ftsText.next(QStringLiteral("reading the search index"));
        if (!indexed)
            return indexed.error();
        d.indexChanged = *indexed ? c.deleted || ftsText.columnText(0) != d.text : !c.deleted;
        ftsText.reset();
        out.append(std::move(d));
    }
    return out;
}

Status ContactRepository::writeDerived(QSqlDatabase &db, const QList<Derived> &rows)
{
    // No write where nothing derived changed (a city or a title changes the search text, not
    // the sort keys); every contact is stamped.
    sqlite3 *handle = SqliteStatement::handleOf(db);
    SqliteStatement fullUpdate, stamp, ftsDelete, ftsInsert;
    const QString fts = SearchIndex::tableName(SearchIndex::Kind::Contact);
    const std::pair<SqliteStatement *, QString> statements[] = {
        {&fullUpdate, QStringLiteral("UPDATE contacts SET local_sort_name = ?, "
                                     "local_company_name = ?, local_email = ?, local_phone = ?, "
                                     "local_updated_at = ? WHERE id = ?")},
        {&stamp, QStringLiteral("UPDATE contacts SET local_updated_at = ? WHERE id = ?")},
        {&ftsDelete, u"DELETE FROM " + fts + u" WHERE rowid = ?"},
        {&ftsInsert, u"INSERT INTO " + fts + u"(rowid, text) VALUES (?, ?)"},
    };
    for (const auto &[statement, text] : statements) {
        if (auto s = statement->prepare(handle, text); !s)
            return s;
    }
    const qint64 now = sql::nowMs();
    for (const Derived &d : rows) {
        SqliteStatement &update = d.columnsChanged ? fullUpdate : stamp;
        int i = 1;
        if (d.columnsChanged) {
            for (const QString &v : d.columns)
                update.bindText(i++, v);
        }
        update.bindInt(i++, now);
        update.bindBlobView(i, d.id);
        if (auto s = update.run(QStringLiteral("refreshing the contact")); !s)
            return s;
        if (!d.indexChanged)
            continue;
        ftsDelete.bindInt(1, d.rid);
        if (auto s = ftsDelete.run(QStringLiteral("updating the search index")); !s)
            return s;
        if (!d.deleted) {
            ftsInsert.bindInt(1, d.rid);
            ftsInsert.bindText(2, d.text);
            if (auto s = ftsInsert.run(QStringLiteral("updating the search index")); !s)
                return s;
        }
    }
    return {};
}

} // namespace crm::core
