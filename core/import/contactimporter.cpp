// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactimporter.h"

#include "common/logging.h"
#include "common/uuid.h"
#include "common/workerthread.h"
#include "domain/validation.h"
#include "import/importbatches.h"
#include "import/matchevidence.h"
#include "import/namesimilarity.h"
#include "import/phonenormalizer.h"
#include "import/previewstore.h"
#include "search/textfolder.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/customfieldrepository.h"
#include "storage/indexesaside.h"
#include "storage/sql.h"
#include "storage/sqlitestatement.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFuture>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace crm::core::import {

namespace {

// Rows read and matched at a time: the preview's memory bound (three chunks at most: one
// read, one matched against the database, one filed in the store). Large enough for the
// lookups of a chunk, in key order, to share the index pages they read (at 1M contacts,
// 5,000 took a fifth off the preview against 500).
constexpr int DetectChunk = 5000;
constexpr int CreateChunk = 5000; // rows of the file per transaction of the apply
constexpr int UpdateChunk = 5000; // contacts per transaction
constexpr int NameCandidates = 20;

// The context lupdate files the messages of this file's free functions under (their
// namespace); each class with messages declares its own.
QString tr(const char *text)
{
    return QCoreApplication::translate("crm::core::import", text);
}

QString nameKey(const Contact &c)
{
    return TextFolder::fold(c.firstName.simplified()) + u'|' +
           TextFolder::fold(c.lastName.simplified());
}

// The words of folded text as FTS5 tokens, quoted.
QStringList ftsTokens(const QString &text)
{
    QStringList out;
    QString word;
    const QString folded = TextFolder::fold(text);
    for (QChar c : folded) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            out << u'"' + word + u'"';
            word.clear();
        }
    }
    if (!word.isEmpty())
        out << u'"' + word + u'"';
    return out;
}

// Candidates by name from the search index: every word of the last name, and the first
// name's first two letters as a prefix (a typo later in the first name still finds them).
QString nameMatchExpression(const Contact &c)
{
    QStringList terms = ftsTokens(c.lastName);
    const QStringList first = ftsTokens(c.firstName);
    if (terms.isEmpty())
        return first.join(u" AND ");
    if (!first.isEmpty()) {
        const QString w = first.first().mid(1, first.first().size() - 2);
        terms << (w.size() >= 2 ? w.left(2) + u'*' : first.first());
    }
    return terms.join(u" AND ");
}

// Keys of one valid row, computed once.
struct RowKeys
{
    QStringList emails;
    QStringList phones;    // E.164
    QStringList phoneKeys; // last seven digits, for the index
    QString name;
};

using Evidence = MatchEvidence;

QString displayName(const QString &first, const QString &last)
{
    return QStringList{first, last}.join(u' ').simplified();
}

const QString kPhoneKeyExpression = phoneKeyExpression();

// Duplicate candidates of a chunk of rows in the database.
class DatabaseMatcher
{
public:
    DatabaseMatcher(QSqlDatabase db, const PhoneNormalizer &phones)
        : m_db(std::move(db))
        , m_phones(phones)
    {}

    // The candidates of each row (`out`: one entry per row, in their order).
    Status match(const QList<PreviewRow> &rows, const QList<RowKeys> &keys,
                 QList<QHash<QByteArray, Evidence>> *out)
    {
        out->resize(rows.size());
        QHash<QString, QList<int>> byEmail;
        QHash<QString, QList<int>> byPhoneKey;
        for (int i = 0; i < rows.size(); ++i) {
            for (const QString &e : keys[i].emails)
                byEmail[e] << i;
            for (const QString &p : keys[i].phoneKeys)
                byPhoneKey[p] << i;
        }
        if (!byEmail.isEmpty()) {
            QStringList values = byEmail.keys();
            values.sort(); // one walk through the index (see DetectChunk)
            auto st = inList(
                EmailLookup,
                u"SELECT e.contact_id, lower(trim(e.email)), c.first_name, c.last_name"
                u" FROM contact_emails e CROSS JOIN contacts c ON c.id = e.contact_id"
                u" WHERE lower(trim(e.email)) IN (%1) AND e.deleted = 0 AND c.deleted = 0"_qs,
                values, [&](const SqliteStatement &q) {
                    const QString email = q.columnText(1);
                    for (int i : byEmail.value(email)) {
                        Evidence &ev = (*out)[i][q.columnBlob(0)];
                        ev.email = true;
                        ev.emailValue = email;
                        ev.name = displayName(q.columnText(2), q.columnText(3));
                    }
                });
            if (!st)
                return st;
        }
        if (!byPhoneKey.isEmpty()) {
            QStringList values = byPhoneKey.keys();
            values.sort();
            auto st =
                inList(PhoneLookup,
                       u"SELECT p.contact_id, p.phone, " + kPhoneKeyExpression +
                           u", c.first_name, c.last_name FROM contact_phones p"
                           u" CROSS JOIN contacts c ON c.id = p.contact_id WHERE " +
                           kPhoneKeyExpression + u" IN (%1) AND p.deleted = 0 AND c.deleted = 0",
                       values, [&](const SqliteStatement &q) {
                           const QString stored = q.columnText(1);
                           const QString e164 = m_phones.e164(stored);
                           for (int i : byPhoneKey.value(q.columnText(2))) {
                               if (!keys[i].phones.contains(e164))
                                   continue;
                               Evidence &ev = (*out)[i][q.columnBlob(0)];
                               ev.phone = true;
                               ev.phoneValue = stored;
                               ev.name = displayName(q.columnText(3), q.columnText(4));
                           }
                       });
            if (!st)
                return st;
        }
        // Names: rows with e-mail or phone matches compare with those. A row with neither
        // asks the search index for people of that name; a row whose e-mails and phones
        // match nobody is someone new, however common the name (two John Smiths).
        for (int i = 0; i < rows.size(); ++i) {
            QHash<QByteArray, Evidence> &found = (*out)[i];
            const Contact &c = rows[i].contact;
            if (rows[i].kind == RowKind::Invalid)
                continue;
            if (found.isEmpty()) {
                if (!keys[i].emails.isEmpty() || !keys[i].phones.isEmpty())
                    continue;
                const QString expr = nameMatchExpression(c);
                if (expr.isEmpty())
                    continue;
                if (!m_byNamePrepared) {
                    // CROSS JOIN keeps SQLite from walking all contacts and probing the
                    // index for each: the few matches of the index come first.
                    m_byName = QSqlQuery(m_db);
                    m_byName.setForwardOnly(true);
                    m_byName.prepare(
                        QStringLiteral(
                            "SELECT c.id, c.first_name, c.last_name FROM contacts_fts f"
                            " CROSS JOIN contacts c ON c.rid = f.rowid WHERE contacts_fts MATCH ?"
                            " AND c.deleted = 0 LIMIT %1")
                            .arg(NameCandidates));
                    m_byNamePrepared = true;
                }
                m_byName.addBindValue(expr);
                if (!m_byName.exec())
                    return sql::error(m_byName, QStringLiteral("looking up names"));
                while (m_byName.next()) {
                    const double s = NameSimilarity::compare(c.firstName, c.lastName,
                                                             m_byName.value(1).toString(),
                                                             m_byName.value(2).toString());
                    if (s < SimilarName)
                        continue;
                    Evidence &ev = found[m_byName.value(0).toByteArray()];
                    ev.nameScore = s;
                    ev.name =
                        displayName(m_byName.value(1).toString(), m_byName.value(2).toString());
                }
                m_byName.finish();
            } else {
                for (auto it = found.begin(); it != found.end(); ++it) {
                    const QString &n = it->name;
                    const qsizetype space = n.lastIndexOf(u' ');
                    it->nameScore = NameSimilarity::compare(c.firstName, c.lastName,
                                                            space < 0 ? QString() : n.left(space),
                                                            space < 0 ? n : n.mid(space + 1));
                }
            }
        }
        return {};
    }

private:
    enum Lookup
    {
        EmailLookup,
        PhoneLookup
    };

    // Runs `statement` with its IN list filled, Per values at a time, on the raw handle: the
    // full-size statement of each lookup is prepared once per import.
    Status inList(Lookup lookup, const QString &statement, const QStringList &values,
                  const std::function<void(const SqliteStatement &)> &row)
    {
        constexpr int Per = 250;
        for (qsizetype at = 0; at < values.size(); at += Per) {
            const qsizetype n = std::min<qsizetype>(Per, values.size() - at);
            SqliteStatement once;
            SqliteStatement *q = n == Per ? &m_full[lookup] : &once;
            if (q == &once || !m_fullPrepared[lookup]) {
                if (auto s = q->prepare(SqliteStatement::handleOf(m_db),
                                        statement.arg(sql::marks(int(n))));
                    !s)
                    return s;
                m_fullPrepared[lookup] = m_fullPrepared[lookup] || q != &once;
            }
            for (qsizetype i = 0; i < n; ++i)
                q->bindText(int(i + 1), values[at + i]);
            for (;;) {
                auto has = q->next(QStringLiteral("looking up duplicates"));
                if (!has)
                    return has.error();
                if (!has.value())
                    break;
                row(*q);
            }
        }
        return {};
    }

    QSqlDatabase m_db;
    const PhoneNormalizer &m_phones;
    QSqlQuery m_byName{QSqlDatabase()};
    bool m_byNamePrepared = false;
    SqliteStatement m_full[2];
    bool m_fullPrepared[2] = {false, false};
};

// Fills what the target lacks from a row: empty fields, new e-mails, phones and tags. True
// when it changed anything (false: the target is as it was, no need to compare it).
bool mergeInto(Contact &t, const Contact &r, const PhoneNormalizer &phones)
{
    bool changed = false;
    for (auto [to, from] : {std::pair{&t.firstName, &r.firstName},
                            {&t.lastName, &r.lastName},
                            {&t.title, &r.title},
                            {&t.street, &r.street},
                            {&t.postalCode, &r.postalCode},
                            {&t.city, &r.city},
                            {&t.country, &r.country},
                            {&t.source, &r.source},
                            {&t.notes, &r.notes}}) {
        if (*to != *from && to->trimmed().isEmpty()) {
            *to = *from;
            changed = true;
        }
    }
    if (!t.birthday.isValid() && r.birthday.isValid()) {
        t.birthday = r.birthday;
        changed = true;
    }
    for (auto it = r.custom.cbegin(); it != r.custom.cend(); ++it) {
        if (t.custom.value(it.key()).isEmpty() && !it.value().isEmpty()) {
            t.custom.insert(it.key(), it.value());
            changed = true;
        }
    }
    if (t.companyId.isEmpty() && t.companyName.isEmpty() && !r.companyName.isEmpty()) {
        t.companyName = r.companyName;
        changed = true;
    }
    changed = addMissingContactPoints(t, r, phones) || changed;
    if ((!t.photo || t.photo->isEmpty()) && r.photo && !r.photo->isEmpty()) {
        t.photo = r.photo;
        changed = true;
    }
    return changed;
}

// What mergeInto() reads of the contacts an apply's chunk of updates would merge into, read
// for the whole chunk in four queries instead of loading each contact (~120 µs each): most
// matches bring nothing new, and those are left alone before UpdatePlanner loads the rest.
// It reads when the apply reads the chunk (UpdatePlanner), so a contact edited after the
// preview is judged as it is then; what it does not read (custom values, photos) counts as a
// change, and so does a contact it cannot find (UpdatePlanner then says why).
class MergeTargets
{
public:
    static constexpr int Max = 500; // ids per call: the statements' IN lists

    Status prepare(sqlite3 *h)
    {
        const QString marks = sql::marks(Max);
        const QString in = u" IN (" + marks + u')';
        const std::pair<SqliteStatement *, QString> all[] = {
            {&m_contacts, u"SELECT id, first_name, last_name, title, street, postal_code, city,"
                          u" country, birthday, source, notes, company_id, local_company_name"
                          u" FROM contacts WHERE id" +
                              in},
            {&m_emails,
             u"SELECT contact_id, email FROM contact_emails WHERE deleted = 0 AND contact_id" + in},
            {&m_phones,
             u"SELECT contact_id, phone FROM contact_phones WHERE deleted = 0 AND contact_id" + in},
            {&m_tags, u"SELECT l.contact_id, t.name FROM contact_tags l JOIN tags t"
                      u" ON t.id = l.tag_id WHERE l.deleted = 0 AND l.contact_id" +
                          in}};
        for (const auto &[st, sql] : all) {
            if (auto s = st->prepare(h, sql); !s)
                return s;
        }
        return {};
    }

    // The ids (at most Max, in their order) whose rows in `from` would change them.
    Result<QList<QByteArray>> changing(const QList<QByteArray> &ids,
                                       const QHash<QByteArray, QList<Contact>> &from,
                                       const PhoneNormalizer &phones)
    {
        Q_ASSERT(ids.size() <= Max);
        QHash<QByteArray, Contact> targets;
        targets.reserve(ids.size());
        auto each = [&](SqliteStatement &q, const std::function<void(Contact &)> &read) -> Status {
            for (int i = 0; i < Max; ++i)
                q.bindBlobOrNull(i + 1, i < ids.size() ? ids[i] : QByteArray());
            for (;;) {
                auto has = q.next(QStringLiteral("reading the contacts to update"));
                if (!has) {
                    q.reset();
                    return has.error();
                }
                if (!has.value())
                    break;
                const QByteArray id = q.columnBlob(0);
                if (&q == &m_contacts) {
                    Contact &c = targets[id];
                    c.id = id;
                    read(c);
                } else if (auto it = targets.find(id); it != targets.end()) {
                    read(*it);
                }
            }
            q.reset();
            return {};
        };
        Status s = each(m_contacts, [&](Contact &c) {
            const SqliteStatement &q = m_contacts;
            c.firstName = q.columnText(1);
            c.lastName = q.columnText(2);
            c.title = q.columnText(3);
            c.street = q.columnText(4);
            c.postalCode = q.columnText(5);
            c.city = q.columnText(6);
            c.country = q.columnText(7);
            c.birthday = QDate::fromString(q.columnText(8), Qt::ISODate);
            c.source = q.columnText(9);
            c.notes = q.columnText(10);
            c.companyId = q.columnBlob(11);
            c.companyName = q.columnText(12);
        });
        if (s)
            s = each(m_emails, [&](Contact &c) {
                c.emails << EmailAddress{{}, {}, m_emails.columnText(1)};
            });
        if (s)
            s = each(m_phones, [&](Contact &c) {
                c.phones << PhoneNumber{{}, {}, m_phones.columnText(1)};
            });
        if (s)
            s = each(m_tags, [&](Contact &c) { c.tags << m_tags.columnText(1); });
        if (!s)
            return s.error();
        QList<QByteArray> out;
        for (const QByteArray &id : ids) {
            const auto target = targets.constFind(id);
            bool changed = target == targets.constEnd();
            if (!changed) {
                Contact merged = *target;
                for (const Contact &row : from.value(id)) {
                    const bool unread = (row.photo && !row.photo->isEmpty()) ||
                                        std::any_of(row.custom.cbegin(), row.custom.cend(),
                                                    [](const QString &v) { return !v.isEmpty(); });
                    changed = unread || mergeInto(merged, row, phones) || changed;
                }
            }
            if (changed)
                out << id;
        }
        return out;
    }

private:
    SqliteStatement m_contacts;
    SqliteStatement m_emails;
    SqliteStatement m_phones;
    SqliteStatement m_tags;
};

// A T that lives on a thread of its own with its own connection: made there at the first task
// as T(that connection, phones); each task `work(T &)` runs there, in order; the T and the
// connection go with the thread (the destructor waits for the tasks). The preview's database
// matching and the apply's reading of updates run this way beside the thread that writes.
template <typename T> class OnItsOwnConnection
{
public:
    OnItsOwnConnection(DatabasePtr db, const PhoneNormalizer &phones)
        : m_db(std::move(db))
        , m_phones(phones)
    {}

    template <typename Work> auto run(Work work)
    {
        return m_thread.run([this, work = std::move(work)] {
            if (!m_object)
                m_object.emplace(m_db->connection(), m_phones);
            return work(*m_object);
        });
    }

private:
    DatabasePtr m_db;
    const PhoneNormalizer &m_phones;
    std::optional<T> m_object;
    // Last, so it goes first: its tasks end before what they use.
    WorkerThread m_thread{[this] {
        m_object.reset();
        m_db->closeConnection();
    }};
};

// A chunk of an apply's updates: the contacts (in order) and the file's rows of each.
struct ChunkOfUpdates
{
    QList<QByteArray> ids;
    QHash<QByteArray, QList<Contact>> from;
};

// What a chunk's update of one contact needs: the contact as stored, merged with its rows,
// and its undo record.
struct PlannedUpdate
{
    ContactRepository::Loaded stored;
    Contact merged;
    QString before;
};

// The reading half of a chunk of updates, on whichever connection it is given: which contacts
// the rows would change (MergeTargets), each loaded and merged with its rows. Companies are
// linked by the writer (that may create one).
class UpdatePlanner
{
public:
    UpdatePlanner(const QSqlDatabase &db, const PhoneNormalizer &phones)
        : m_reader(db)
        , m_phones(phones)
    {
        m_ready = m_targets.prepare(SqliteStatement::handleOf(db));
    }

    Result<QList<PlannedUpdate>> plan(const ChunkOfUpdates &chunk)
    {
        if (!m_ready)
            return m_ready.error();
        QList<QByteArray> changing;
        for (qsizetype at = 0; at < chunk.ids.size(); at += MergeTargets::Max) {
            auto some =
                m_targets.changing(chunk.ids.mid(at, MergeTargets::Max), chunk.from, m_phones);
            if (!some)
                return some.error();
            changing << some.value();
        }
        QList<PlannedUpdate> out;
        out.reserve(changing.size());
        for (const QByteArray &id : std::as_const(changing)) {
            auto loaded = m_reader.load(id);
            if (!loaded)
                return loaded.error();
            Contact merged = loaded->contact;
            bool changed = false;
            for (const Contact &row : chunk.from.value(id))
                changed = mergeInto(merged, row, m_phones) || changed;
            if (!changed)
                continue; // most matches bring nothing new
            QString before = ImportBatches::contactToJson(loaded->contact);
            out << PlannedUpdate{std::move(loaded).value(), std::move(merged), std::move(before)};
        }
        return out;
    }

private:
    MergeTargets m_targets;
    ContactRepository::Reader m_reader;
    const PhoneNormalizer &m_phones;
    Status m_ready;
};

// What tells whether anything was written to the database since: PRAGMA data_version (a
// commit of another connection) and total_changes() (a write of this one).
Result<std::pair<qint64, qint64>> writeMarks(QSqlDatabase &db)
{
    auto others = sql::scalar(db, QStringLiteral("PRAGMA data_version"));
    if (!others)
        return others.error();
    auto own = sql::scalar(db, QStringLiteral("SELECT total_changes()"));
    if (!own)
        return own.error();
    return std::pair{others->toLongLong(), own->toLongLong()};
}

// A vCard's X-CRM-FIELD values onto the fields with their keys, checked as a form checks
// them: a bad value is an error naming its line, a value for no field a warning.
void mapCustomValues(const QList<CustomFieldDefinition> &fields,
                     const QList<io::VCardCustomValue> &values, PreviewRow &row,
                     QList<Error> &errors)
{
    for (const io::VCardCustomValue &v : values) {
        const auto def =
            std::find_if(fields.cbegin(), fields.cend(),
                         [&](const CustomFieldDefinition &d) { return d.key == v.key; });
        if (def == fields.cend()) {
            row.warnings << tr("line %1: there is no custom field “%2” for contacts; its value "
                               "“%3” is skipped")
                                .arg(v.line)
                                .arg(v.key, v.text.left(60));
            continue;
        }
        // A multiple choice comes as a list; canonical() reads a JSON array of choices, which
        // keeps a choice with any character in it whole.
        const QString input =
            def->type == CustomFieldType::MultiChoice
                ? QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(v.values))
                                        .toJson(QJsonDocument::Compact))
                : v.text;
        auto value = CustomField::canonical(*def, input);
        if (!value) {
            errors.append(Error{ErrorCode::Invalid,
                                tr("line %1: %2").arg(v.line).arg(value.error().detail),
                                value.error().field});
            continue;
        }
        row.contact.custom.insert(def->key, value.value());
    }
}

QString formatName(ImportFormat f)
{
    return f == ImportFormat::VCard ? QStringLiteral("vcard") : QStringLiteral("csv");
}

} // namespace

namespace {

const QString kRowColumns =
    QStringLiteral("idx, line, kind, choice, error, warnings, match_id, match_row, match_name,"
                   " confidence, reason, contact FROM rows");
constexpr QChar WarningSeparator = QChar(0x1f); // between a row's warnings in the store

PreviewRow rowFrom(const SqliteStatement &q)
{
    PreviewRow r;
    r.index = q.columnInt(0);
    r.line = q.columnInt(1);
    r.kind = RowKind(q.columnInt(2));
    r.choice = DuplicateChoice(q.columnInt(3));
    r.error = q.columnText(4);
    if (const QString w = q.columnText(5); !w.isEmpty())
        r.warnings = w.split(WarningSeparator);
    r.match.contactId = q.columnBlob(6);
    r.match.row = q.columnType(7) == 5 /* SQLITE_NULL */ ? -1 : int(q.columnInt(7));
    r.match.name = q.columnText(8);
    r.match.confidence = q.columnDouble(9);
    r.match.reason = q.columnText(10);
    r.contact = PreviewStore::unpack(q.columnBlob(11));
    return r;
}

// The preview's statements on its store, prepared once per preview.
struct StoreWriter
{
    SqliteStatement insertRow;
    SqliteStatement findKey;
    SqliteStatement replaceKey; // e-mails and phones: the latest row that leads them
    SqliteStatement keepKey;    // names: the first row with the name
    SqliteStatement leadOf;
    SqliteStatement markLead;

    Status prepare(sqlite3 *h)
    {
        const std::pair<SqliteStatement *, const char *> all[] = {
            {&insertRow,
             "INSERT INTO rows (idx, line, kind, choice, error, warnings, first_name, last_name,"
             " match_id, match_row, match_name, confidence, reason, contact)"
             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"},
            {&findKey, "SELECT idx FROM file_keys WHERE key = ?1"},
            {&replaceKey, "INSERT OR REPLACE INTO file_keys (key, idx) VALUES (?1, ?2)"},
            {&keepKey, "INSERT OR IGNORE INTO file_keys (key, idx) VALUES (?1, ?2)"},
            {&leadOf, "SELECT line, first_name, last_name FROM rows WHERE idx = ?1"},
            {&markLead, "UPDATE rows SET has_dups = 1 WHERE idx = ?1"}};
        for (const auto &[st, sql] : all) {
            if (auto s = st->prepare(h, QString::fromLatin1(sql)); !s)
                return s;
        }
        return {};
    }

    // The row that holds a key, or -1.
    Result<qint64> find(QChar kind, const QString &value)
    {
        findKey.bindText(1, kind + value);
        auto has = findKey.next(QStringLiteral("looking up a key of the file"));
        if (!has)
            return has.error();
        const qint64 at = has.value() ? findKey.columnInt(0) : -1;
        findKey.reset();
        return at;
    }

    Status put(SqliteStatement &st, QChar kind, const QString &value, qint64 index)
    {
        st.bindText(1, kind + value);
        st.bindInt(2, index);
        return st.run(QStringLiteral("keeping a key of the file"));
    }

    Status add(const PreviewRow &r)
    {
        insertRow.bindInt(1, r.index);
        insertRow.bindInt(2, r.line);
        insertRow.bindInt(3, int(r.kind));
        insertRow.bindInt(4, int(r.choice));
        insertRow.bindVariant(5, r.error.isEmpty() ? QVariant() : QVariant(r.error));
        insertRow.bindVariant(6, r.kind == RowKind::Invalid || r.warnings.isEmpty()
                                     ? QVariant()
                                     : QVariant(r.warnings.join(WarningSeparator)));
        insertRow.bindText(7, r.contact.firstName);
        insertRow.bindText(8, r.contact.lastName);
        insertRow.bindBlobOrNull(9, r.match.contactId);
        insertRow.bindVariant(10, r.match.row < 0 ? QVariant() : QVariant(qint64(r.match.row)));
        insertRow.bindVariant(11, r.match.name.isEmpty() ? QVariant() : QVariant(r.match.name));
        insertRow.bindVariant(12, r.match.confidence);
        insertRow.bindVariant(13, r.match.reason.isEmpty() ? QVariant() : QVariant(r.match.reason));
        const QByteArray contact = PreviewStore::pack(r.contact);
        insertRow.bindBlobView(14, contact);
        return insertRow.run(QStringLiteral("keeping a row of the preview"));
    }
};

} // namespace

PreviewRow ImportPreview::row(qint64 index) const
{
    if (!store)
        return {};
    QMutexLocker lock(&store->mutex());
    SqliteStatement q;
    if (!q.prepare(store->handle(), u"SELECT " + kRowColumns + u" WHERE idx = ?1"))
        return {};
    q.bindInt(1, index);
    auto has = q.next(QStringLiteral("reading a row of the preview"));
    return has && has.value() ? rowFrom(q) : PreviewRow{};
}

Result<QList<PreviewRow>> ImportPreview::page(PreviewFilter filter, qint64 afterIndex,
                                              int limit) const
{
    QList<PreviewRow> out;
    if (!store)
        return out;
    const QString where = filter == PreviewFilter::All       ? u"1"_qs
                          : filter == PreviewFilter::Matches ? u"kind IN (1, 2)"_qs
                          : filter == PreviewFilter::Invalid ? u"kind = 3"_qs
                                                             : u"warnings IS NOT NULL"_qs;
    QMutexLocker lock(&store->mutex());
    SqliteStatement q;
    if (auto s = q.prepare(store->handle(), u"SELECT " + kRowColumns + u" WHERE " + where +
                                                u" AND idx > ?1 ORDER BY idx LIMIT ?2");
        !s)
        return s.error();
    q.bindInt(1, afterIndex);
    q.bindInt(2, limit);
    for (;;) {
        auto has = q.next(QStringLiteral("paging the preview"));
        if (!has)
            return has.error();
        if (!has.value())
            break;
        out << rowFrom(q);
    }
    return out;
}

Status ImportPreview::setChoice(qint64 index, DuplicateChoice choice)
{
    if (!store)
        return {};
    QMutexLocker lock(&store->mutex());
    SqliteStatement q;
    if (auto s = q.prepare(store->handle(),
                           u"UPDATE rows SET choice = ?1 WHERE idx = ?2 AND kind IN (1, 2)"_qs);
        !s)
        return s;
    q.bindInt(1, int(choice));
    q.bindInt(2, index);
    return q.run(QStringLiteral("choosing for a match"));
}

void ImportPreview::setChoiceForAll(DuplicateChoice choice)
{
    if (!store)
        return;
    QMutexLocker lock(&store->mutex());
    const QByteArray sql = QByteArrayLiteral("UPDATE rows SET choice = ") +
                           QByteArray::number(int(choice)) +
                           QByteArrayLiteral(" WHERE kind IN (1, 2)");
    if (auto s = store->exec(sql.constData()); !s)
        qCWarning(lcStorage) << s.error().message();
}

ContactImporter::ContactImporter(DatabasePtr db)
    : m_db(std::move(db))
{}

Result<ImportPreview> ContactImporter::preview(const ImportSettings &settings,
                                               const ImportProgress &progress)
{
    QSqlDatabase db = m_db->connection();
    auto sample = ImportSource::inspect(settings.source, 0);
    if (!sample)
        return sample.error();
    ImportPreview p;
    p.source = settings.source;
    p.format = sample->format;
    p.source.format = sample->format;
    p.headers = sample->headers;
    p.region = settings.region.isEmpty() ? PhoneNormalizer::defaultRegion(db) : settings.region;
    if (p.format == ImportFormat::Csv) {
        p.source.encoding = sample->encoding;
        p.source.delimiter = sample->delimiter;
        if (!p.source.mapping)
            p.source.mapping = ColumnMapping::recall(db, p.headers);
        if (!p.source.mapping->mapsAnything())
            return Error{
                ErrorCode::Invalid,
                tr("%1: no column is mapped to a contact field (headers: %2)")
                    .arg(QFileInfo(p.source.path).fileName(), p.headers.join(QStringLiteral(", "))),
                {}};
    }

    auto customDefs = CustomFieldRepository::definitions(db, CustomEntity::Contact);
    if (!customDefs)
        return customDefs.error();
    const QList<CustomFieldDefinition> customFields = customDefs.value();
    auto made = PreviewStore::create();
    if (!made)
        return made.error();
    p.store = made.value();
    PreviewStore &store = *p.store;
    QMutexLocker lock(&store.mutex());
    StoreWriter w;
    if (auto s = w.prepare(store.handle()); !s)
        return s.error();

    const PhoneNormalizer phones(p.region);
    // The rows of one chunk: read, then matched against the database and the earlier rows
    // (whose keys are in the store), then stored. Nothing else of the file stays in memory.
    struct Chunk
    {
        QList<PreviewRow> rows;
        QList<RowKeys> keys;
    };
    struct Matched
    {
        std::shared_ptr<Chunk> chunk; // handed back: this thread may change its rows now
        Status status;
        QList<QHash<QByteArray, Evidence>> found; // by row of the chunk
    };
    auto chunk = std::make_shared<Chunk>();
    chunk->rows.reserve(DetectChunk);
    chunk->keys.reserve(DetectChunk);

    // The database's side of the matching runs on a thread of its own, with its own
    // connection: while it looks up one chunk's keys, this thread reads the next chunk and
    // files the one before in the store (about half the work each, on the other core).
    OnItsOwnConnection<DatabaseMatcher> matching(m_db, phones);
    QFuture<Matched> inMatch; // the chunk the worker has (none: not valid)
    auto startMatch = [&](std::shared_ptr<Chunk> c) {
        return matching.run([c = std::move(c)](DatabaseMatcher &matcher) {
            Matched m;
            m.status = matcher.match(c->rows, c->keys, &m.found);
            m.chunk = c;
            return m;
        });
    };

    // Within the file first: an earlier row of the same person.
    auto matchInFile = [&](PreviewRow &r, const RowKeys &k) -> Result<bool> {
        Evidence inFile;
        qint64 earlier = -1;
        auto seen = [&](QChar kind, const QStringList &values, bool *flag,
                        QString *value) -> Status {
            for (const QString &v : values) {
                auto at = w.find(kind, v);
                if (!at)
                    return at.error();
                if (at.value() >= 0 && (earlier < 0 || at.value() == earlier)) {
                    earlier = at.value();
                    *flag = true;
                    *value = v;
                }
            }
            return {};
        };
        if (auto s = seen(u'e', k.emails, &inFile.email, &inFile.emailValue); !s)
            return s.error();
        if (auto s = seen(u'p', k.phones, &inFile.phone, &inFile.phoneValue); !s)
            return s.error();
        const bool nameOnly = k.emails.isEmpty() && k.phones.isEmpty();
        auto named = w.find(u'n', k.name);
        if (!named)
            return named.error();
        if (named.value() >= 0 && (earlier < 0 ? nameOnly : named.value() == earlier)) {
            earlier = named.value();
            inFile.nameScore = 1.0;
        }
        if (earlier >= 0) {
            w.leadOf.bindInt(1, earlier);
            auto has = w.leadOf.next(QStringLiteral("reading an earlier row"));
            if (!has)
                return has.error();
            Contact lead;
            const qint64 leadLine = w.leadOf.columnInt(0);
            lead.firstName = w.leadOf.columnText(1);
            lead.lastName = w.leadOf.columnText(2);
            w.leadOf.reset();
            if (inFile.nameScore < 1.0)
                inFile.nameScore = NameSimilarity::compare(r.contact.firstName, r.contact.lastName,
                                                           lead.firstName, lead.lastName);
            r.kind = RowKind::Duplicate;
            r.match.row = int(earlier);
            r.match.name = lead.displayName();
            r.match.confidence = inFile.confidence();
            r.match.reason = tr("line %1: %2").arg(leadLine).arg(inFile.reason());
            w.markLead.bindInt(1, earlier);
            if (auto s = w.markLead.run(QStringLiteral("marking an earlier row")); !s)
                return s.error();
        }
        const qint64 leader = earlier >= 0 ? earlier : r.index;
        for (const QString &e : k.emails) {
            if (auto s = w.put(w.replaceKey, u'e', e, leader); !s)
                return s.error();
        }
        for (const QString &ph : k.phones) {
            if (auto s = w.put(w.replaceKey, u'p', ph, leader); !s)
                return s.error();
        }
        if (auto s = w.put(w.keepKey, u'n', k.name, leader); !s)
            return s.error();
        return earlier >= 0;
    };

    // Files a matched chunk: its rows' matches within the file, then each row in the store.
    auto classify = [&](Chunk &c, const QList<QHash<QByteArray, Evidence>> &found) -> Status {
        for (qsizetype i = 0; i < c.rows.size(); ++i) {
            PreviewRow &r = c.rows[i];
            if (r.kind != RowKind::Invalid) {
                r.choice = settings.onDuplicate;
                auto inFile = matchInFile(r, c.keys[i]);
                if (!inFile)
                    return inFile.error();
                if (!inFile.value()) {
                    const QHash<QByteArray, Evidence> &hits = found[i];
                    const Evidence *best = nullptr;
                    QByteArray bestId;
                    for (auto it = hits.cbegin(); it != hits.cend(); ++it) {
                        if (!it->matches())
                            continue;
                        if (!best || it->confidence() > best->confidence() ||
                            (it->confidence() == best->confidence() && it.key() < bestId)) {
                            best = &*it;
                            bestId = it.key();
                        }
                    }
                    if (best) {
                        r.kind = RowKind::Update;
                        r.match.contactId = bestId;
                        r.match.name = best->name;
                        r.match.confidence = best->confidence();
                        r.match.reason = best->reason();
                    } else {
                        r.kind = RowKind::New;
                        r.choice = DuplicateChoice::Create;
                    }
                }
                if (!r.warnings.isEmpty())
                    ++p.warned;
            }
            ++p.counts[int(r.kind)];
            if (auto s = w.add(r); !s)
                return s;
        }
        return {};
    };
    // Waits for the chunk in the worker's hands and files it.
    auto finishMatch = [&]() -> Status {
        if (!inMatch.isValid())
            return {};
        const Matched m = std::exchange(inMatch, {}).result();
        if (!m.status)
            return m.status;
        return classify(*m.chunk, m.found);
    };
    // Hands the chunk read to the worker, then files the one it had.
    auto handOver = [&]() -> Status {
        QFuture<Matched> next = startMatch(std::exchange(chunk, std::make_shared<Chunk>()));
        chunk->rows.reserve(DetectChunk);
        chunk->keys.reserve(DetectChunk);
        const Status filed = finishMatch();
        inMatch = std::move(next);
        return filed;
    };
    // One transaction for the whole preview: the store is private and temporary, and a
    // commit per chunk would write the cached pages out each time (the cache still spills).
    if (auto s = store.exec("BEGIN"); !s)
        return s.error();

    bool cancelled = false;
    Status failed;
    auto st = ImportSource::read(
        p.source,
        [&](SourceRecord &&rec) {
            PreviewRow row;
            row.index = p.total++;
            row.line = rec.line;
            RowKeys k;
            if (!rec.contact) {
                row.kind = RowKind::Invalid;
                row.error = rec.error;
            } else {
                row.contact = std::move(*rec.contact);
                row.warnings = std::move(rec.warnings);
                QList<Error> errors = Validation::check(row.contact);
                mapCustomValues(customFields, rec.custom, row, errors);
                // Custom values in their canonical form; a required one must be in the file.
                if (auto s = CustomField::normalize(customFields, row.contact.custom, nullptr); !s)
                    errors << s.error();
                if (!errors.isEmpty()) {
                    row.kind = RowKind::Invalid;
                    row.error = errors.first().detail;
                } else {
                    for (const EmailAddress &e : row.contact.emails)
                        k.emails << emailKey(e.address);
                    for (const PhoneNumber &ph : row.contact.phones) {
                        const QString e164 = phones.e164(ph.number);
                        if (TextFolder::digits(e164).size() >= 5) {
                            k.phones << e164;
                            k.phoneKeys << PhoneNormalizer::indexKey(e164);
                        }
                    }
                    k.name = nameKey(row.contact);
                }
            }
            chunk->rows << std::move(row);
            chunk->keys << std::move(k);
            if (chunk->rows.size() >= DetectChunk) {
                failed = handOver();
                if (!failed)
                    return false;
            }
            return !cancelled;
        },
        [&](double share) {
            if (progress && !progress(qint64(share * 2000), 2000))
                cancelled = true;
        });
    if (!st)
        return st.error();
    if (!failed)
        return failed.error();
    if (cancelled)
        return Error{ErrorCode::Cancelled, tr("the import was cancelled"), {}};
    if (!chunk->rows.isEmpty()) {
        if (auto s = handOver(); !s)
            return s.error();
    }
    if (auto s = finishMatch(); !s)
        return s.error();
    if (auto s = store.exec("COMMIT"); !s)
        return s.error();
    if (progress && !progress(2000, 2000))
        return Error{ErrorCode::Cancelled, tr("the import was cancelled"), {}};
    return p;
}

Result<ImportOutcome> ContactImporter::apply(const ImportPreview &p, const ImportProgress &progress)
{
    if (!p.store)
        return Error{ErrorCode::Invalid, tr("the import has no preview"), {}};
    const PhoneNormalizer phones(p.region);
    ImportOutcome out;
    PreviewStore &store = *p.store;
    QMutexLocker lock(&store.mutex());
    sqlite3 *h = store.handle();

    // The file's rows in order, a chunk at a time; the rows that repeat a row that is
    // created (choice Update) are merged into it before it is written; the updates of
    // contacts in the database come after, grouped by contact, so each is one update.
    SqliteStatement rows;
    SqliteStatement repeats; // the rows merged into a created row
    SqliteStatement fateOf;  // what happens to the row a repeat merges into
    SqliteStatement updates;
    SqliteStatement updateCount;
    SqliteStatement createCount;
    const std::pair<SqliteStatement *, const char *> statements[] = {
        {&rows, "SELECT idx, kind, choice, contact, match_row, has_dups FROM rows"
                " WHERE idx > ?1 ORDER BY idx LIMIT ?2"},
        {&repeats, "SELECT contact FROM rows WHERE match_row = ?1 AND kind = 2 AND choice = 0"
                   " ORDER BY idx"},
        {&fateOf, "SELECT kind, choice FROM rows WHERE idx = ?1"},
        {&updates, "SELECT target, contact FROM ("
                   " SELECT idx, match_id AS target, contact FROM rows"
                   "  WHERE kind = 1 AND choice = 0"
                   " UNION ALL"
                   " SELECT d.idx, l.match_id, d.contact FROM rows d JOIN rows l"
                   "  ON l.idx = d.match_row WHERE d.kind = 2 AND d.choice = 0"
                   "  AND l.kind = 1 AND l.choice = 0)"
                   " ORDER BY target, idx"},
        {&updateCount, "SELECT count(DISTINCT match_id) FROM rows WHERE kind = 1 AND choice = 0"},
        {&createCount,
         "SELECT count(*) FROM rows WHERE kind = 0 OR (kind IN (1, 2) AND choice = 1)"}};
    for (const auto &[st, sql] : statements) {
        if (auto s = st->prepare(h, QString::fromLatin1(sql)); !s)
            return s.error();
    }
    qint64 toUpdate = 0;
    if (auto has = updateCount.next(QStringLiteral("counting updates")); !has)
        return has.error();
    else if (has.value())
        toUpdate = updateCount.columnInt(0);
    updateCount.reset();
    qint64 toCreate = 0;
    if (auto has = createCount.next(QStringLiteral("counting creations")); !has)
        return has.error();
    else if (has.value())
        toCreate = createCount.columnInt(0);
    createCount.reset();

    QSqlDatabase db = m_db->connection();
    // For all its chunks, not only createMany()'s own.
    const sql::LaterCheckpoints checkpoints(db);
    {
        Transaction tx(db);
        if (!tx.begun())
            return tx.begun().error();
        auto id =
            ImportBatches::begin(db, QFileInfo(p.source.path).fileName(), formatName(p.format));
        if (!id)
            return id.error();
        out.batchId = id.value();
        if (auto s = tx.commit(); !s)
            return s.error();
    }

    ContactRepository contacts(m_db);
    CompanyRepository companies(m_db);
    ImportBatches::ItemWriter items(db, out.batchId);
    QHash<QString, QByteArray> companyIds; // folded name -> id
    int seq = 0;
    // A large load builds the contacts' random-order indexes after its rows and updates
    // (IndexesAside): part of the progress, about half as long as writing them.
    auto worthIt = IndexesAside::worthItForContacts(db, toCreate + toUpdate);
    if (!worthIt)
        return worthIt.error();
    const bool buildAfter = worthIt.value();
    const qint64 buildShare = buildAfter ? (toCreate + toUpdate) / 2 : 0;
    const qint64 total = p.rowCount() + toUpdate + buildShare;
    qint64 done = 0;

    // Resolves a contact's company by name, creating it (as part of the batch) when missing.
    QList<QByteArray> createdCompanies;
    auto linkCompany = [&](Contact &c) -> Status {
        if (!c.companyId.isEmpty() || c.companyName.trimmed().isEmpty())
            return {};
        const QString key = TextFolder::fold(c.companyName.simplified());
        if (auto it = companyIds.constFind(key); it != companyIds.constEnd()) {
            c.companyId = *it;
            return {};
        }
        auto found = companies.findByName(c.companyName.simplified());
        if (!found)
            return found.error();
        QByteArray id = found.value();
        if (id.isEmpty()) {
            Company company;
            company.name = c.companyName.simplified();
            auto made = companies.create(company);
            if (!made)
                return made.error();
            id = made.value();
            createdCompanies << id;
        }
        companyIds.insert(key, id);
        c.companyId = id;
        return {};
    };
    auto recordCompanies = [&](qint64 afterSeq) -> Status {
        for (const QByteArray &id : std::as_const(createdCompanies)) {
            if (auto s = items.add(seq++, QStringLiteral("company_created"), id, {}, afterSeq); !s)
                return s;
        }
        createdCompanies.clear();
        return {};
    };

    std::optional<IndexesAside> aside; // built again when it goes, whatever happened
    // Undoes what was written so far, after a cancel or a failure.
    auto abandon = [&](const Error &why) -> Result<ImportOutcome> {
        // With the indexes back first: the undo decides for itself whether to set them aside
        // again, and its check for companies still in use needs contacts_company.
        if (aside)
            (void)aside->restore();
        ImportBatches batches(m_db);
        if (auto s = batches.undo(out.batchId); !s)
            return Error{s.error().code,
                         tr("%1; undoing the partial import %2 failed: %3")
                             .arg(why.message())
                             .arg(out.batchId)
                             .arg(s.error().message()),
                         {}};
        ImportBatch b;
        b.id = out.batchId;
        (void)ImportBatches::finish(db, b, QStringLiteral("cancelled"));
        return why;
    };
    const Error cancelled{
        ErrorCode::Cancelled, tr("the import was cancelled; nothing of it was kept"), {}};

    // The contacts of a chunk of the file to create, and the rows it skips.
    auto readCreates = [&](qint64 after, QList<Contact> *chunk, qint64 *last) -> Result<int> {
        rows.bindInt(1, after);
        rows.bindInt(2, CreateChunk);
        int read = 0;
        for (;;) {
            auto has = rows.next(QStringLiteral("reading the preview"));
            if (!has)
                return has.error();
            if (!has.value())
                break;
            ++read;
            *last = rows.columnInt(0);
            const auto kind = RowKind(rows.columnInt(1));
            const auto choice = DuplicateChoice(rows.columnInt(2));
            if (kind == RowKind::Invalid) {
                ++out.invalid;
                continue;
            }
            const bool create = kind == RowKind::New || choice == DuplicateChoice::Create;
            if (!create) {
                if (choice == DuplicateChoice::Skip) {
                    ++out.skipped;
                } else if (kind == RowKind::Duplicate) {
                    // Merged into the row it repeats, wherever that went: created (merged
                    // there), updated (below) or skipped.
                    fateOf.bindInt(1, rows.columnInt(4));
                    auto lead = fateOf.next(QStringLiteral("reading the preview"));
                    if (!lead)
                        return lead.error();
                    const auto leadKind = RowKind(fateOf.columnInt(0));
                    const auto leadChoice = DuplicateChoice(fateOf.columnInt(1));
                    fateOf.reset();
                    if (leadKind == RowKind::Update && leadChoice == DuplicateChoice::Skip)
                        ++out.skipped;
                }
                continue;
            }
            Contact c = PreviewStore::unpack(rows.columnBlob(3));
            c.id = Uuid::createV7();
            if (kind != RowKind::Duplicate && rows.columnInt(5) != 0) {
                repeats.bindInt(1, rows.columnInt(0));
                for (;;) {
                    auto more = repeats.next(QStringLiteral("reading the preview"));
                    if (!more)
                        return more.error();
                    if (!more.value())
                        break;
                    mergeInto(c, PreviewStore::unpack(repeats.columnBlob(0)), phones);
                }
                repeats.reset();
            }
            *chunk << std::move(c);
        }
        rows.reset();
        return read;
    };

    // One chunk per transaction; a chunk that fails rolls back whole before the batch is
    // abandoned (its undo must not run inside the failed transaction).
    auto createChunk = [&](QList<Contact> &chunk) -> Status {
        Transaction tx(db);
        if (!tx.begun())
            return tx.begun();
        for (Contact &c : chunk) {
            if (auto s = linkCompany(c); !s)
                return s;
        }
        auto made = contacts.createMany(chunk, int(chunk.size()));
        if (!made)
            return made.error();
        auto after = ImportBatches::lastChangeSeq(db);
        if (!after)
            return after.error();
        if (auto s = recordCompanies(after.value()); !s)
            return s;
        for (const Contact &c : std::as_const(chunk)) {
            if (auto s =
                    items.add(seq++, QStringLiteral("contact_created"), c.id, {}, after.value());
                !s)
                return s;
        }
        if (auto s = tx.commit(); !s)
            return s;
        out.created += int(chunk.size());
        return {};
    };
    // Writes a chunk of updates read by an UpdatePlanner, in the open transaction.
    auto writeUpdates = [&](QList<PlannedUpdate> planned) -> Status {
        QList<std::pair<ContactRepository::Loaded, Contact>> edits;
        QList<QPair<QByteArray, QString>> written; // id, its fields before
        for (PlannedUpdate &u : planned) {
            if (auto s = linkCompany(u.merged); !s)
                return s;
            if (ImportBatches::sameRecord(u.stored.contact, u.merged))
                continue;
            written << qMakePair(u.stored.contact.id, std::move(u.before));
            edits.emplace_back(std::move(u.stored), std::move(u.merged));
        }
        auto edited = contacts.updateLoaded(edits);
        if (!edited)
            return edited.error();
        auto after = ImportBatches::lastChangeSeq(db);
        if (!after)
            return after.error();
        if (auto s = recordCompanies(after.value()); !s)
            return s;
        for (const auto &[id, before] : std::as_const(written)) {
            if (auto s =
                    items.add(seq++, QStringLiteral("contact_updated"), id, before, after.value());
                !s)
                return s;
        }
        out.updated += int(written.size());
        return {};
    };

    if (buildAfter) {
        aside.emplace(db, IndexesAside::contactIndexes());
        if (!aside->begun())
            return abandon(aside->begun().error());
    }
    for (qint64 last = -1;;) {
        QList<Contact> chunk;
        auto read = readCreates(last, &chunk, &last);
        if (!read)
            return abandon(read.error());
        if (read.value() == 0)
            break;
        createdCompanies.clear();
        if (!chunk.isEmpty()) {
            if (auto s = createChunk(chunk); !s)
                return abandon(s.error());
        }
        done += read.value();
        if (progress && !progress(done, total))
            return abandon(cancelled);
    }

    // The updates: the rows of each contact together, UpdateChunk contacts per transaction.
    // While this thread writes one chunk, the next is read and merged (UpdatePlanner) on a
    // thread of its own with its own connection — a quarter of the update phase's work at a
    // million contacts (perf), off the writer's path. That reading starts once this chunk's write
    // transaction has begun, so no one else can write meanwhile; when anything was written between
    // the two transactions (another connection's commit: PRAGMA data_version; this one's:
    // total_changes()), the chunk is read again here, inside its transaction.
    OnItsOwnConnection<UpdatePlanner> planning(m_db, phones);
    std::optional<UpdatePlanner> local; // for a chunk written over since it was read
    struct Reading
    {
        std::shared_ptr<const ChunkOfUpdates> chunk;
        QFuture<Result<QList<PlannedUpdate>>> planned;
        std::pair<qint64, qint64> marks; // writeMarks() when the reading began
    };
    std::optional<Reading> reading;
    auto startReading = [&](std::shared_ptr<const ChunkOfUpdates> chunk,
                            std::pair<qint64, qint64> marks) {
        auto planned =
            planning.run([chunk](UpdatePlanner &planner) { return planner.plan(*chunk); });
        reading = Reading{std::move(chunk), std::move(planned), marks};
    };
    // Writes the chunk being read, and starts reading `next` (none: the last was read).
    auto writeRead = [&](std::shared_ptr<const ChunkOfUpdates> next) -> Status {
        Reading r = std::move(*reading);
        reading.reset();
        Transaction tx(db);
        if (!tx.begun()) {
            r.planned.waitForFinished();
            return tx.begun();
        }
        auto marks = writeMarks(db);
        Result<QList<PlannedUpdate>> planned = r.planned.takeResult(); // waits for it
        if (!marks)
            return marks.error();
        if (marks.value() != r.marks) {
            if (!local)
                local.emplace(db, phones);
            planned = local->plan(*r.chunk);
        }
        if (!planned)
            return planned.error();
        if (next)
            startReading(std::move(next), marks.value());
        createdCompanies.clear();
        if (auto s = writeUpdates(std::move(planned).value()); !s)
            return s;
        if (auto s = tx.commit(); !s)
            return s;
        if (reading) {
            // This commit is no one else's write: the next chunk compares this connection's
            // changes with the count after it. Its data_version stays the one read at BEGIN
            // (another connection may commit right after ours, after the reading began).
            auto own = writeMarks(db);
            if (!own)
                return own.error();
            reading->marks.second = own->second;
        }
        done += r.chunk->ids.size();
        if (progress && !progress(done, total))
            return cancelled;
        return {};
    };
    // Hands a chunk over: the first starts reading, each later one is read while the one
    // before it is written.
    auto handOver = [&](std::shared_ptr<const ChunkOfUpdates> chunk) -> Status {
        if (reading)
            return writeRead(std::move(chunk));
        if (!chunk)
            return {};
        auto marks = writeMarks(db);
        if (!marks)
            return marks.error();
        startReading(std::move(chunk), marks.value());
        return {};
    };
    auto failed = [&](const Error &why) {
        if (reading)
            reading->planned.waitForFinished(); // before the undo
        return abandon(why);
    };
    auto chunk = std::make_shared<ChunkOfUpdates>();
    for (;;) {
        auto has = updates.next(QStringLiteral("reading the preview"));
        if (!has)
            return failed(has.error());
        if (!has.value())
            break;
        const QByteArray target = updates.columnBlob(0);
        if (chunk->ids.isEmpty() || chunk->ids.constLast() != target) {
            if (chunk->ids.size() >= UpdateChunk) {
                if (auto s = handOver(std::exchange(chunk, std::make_shared<ChunkOfUpdates>()));
                    !s) {
                    updates.reset();
                    return failed(s.error());
                }
            }
            chunk->ids << target;
        }
        chunk->from[target] << PreviewStore::unpack(updates.columnBlob(1));
    }
    updates.reset();
    if (!chunk->ids.isEmpty()) {
        if (auto s = handOver(std::move(chunk)); !s)
            return failed(s.error());
    }
    if (auto s = handOver(nullptr); !s)
        return failed(s.error());

    if (aside) {
        // After the updates too, which look contacts up by id only (and write e-mails,
        // phones and sort fields), and before the lists show the new contacts. Not
        // cancellable: the indexes must come back.
        const qint64 before = done;
        if (auto s = aside->restore([&](int built, int of) {
                if (progress)
                    (void)progress(before + buildShare * built / std::max(1, of), total);
            });
            !s)
            return abandon(s.error());
        done = before + buildShare;
    }

    ImportBatch b;
    b.id = out.batchId;
    b.created = out.created;
    b.updated = out.updated;
    b.skipped = out.skipped;
    b.invalid = out.invalid;
    if (auto s = ImportBatches::finish(db, b, QStringLiteral("applied")); !s)
        return s.error();
    if (p.format == ImportFormat::Csv && p.source.mapping)
        (void)ColumnMapping::remember(db, p.headers, *p.source.mapping);
    return out;
}

} // namespace crm::core::import
