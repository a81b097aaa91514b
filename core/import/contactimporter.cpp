// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactimporter.h"

#include "common/uuid.h"
#include "domain/validation.h"
#include "import/importbatches.h"
#include "import/matchevidence.h"
#include "import/namesimilarity.h"
#include "import/phonenormalizer.h"
#include "search/textfolder.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/customfieldrepository.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace crm::core::import {

namespace {

constexpr int DetectChunk = 500;
constexpr int CreateChunk = 1000;
constexpr int UpdateChunk = 500;
constexpr int NameCandidates = 20;

QString tr(const char *text)
{
    return QCoreApplication::translate("crm::core::import::ContactImporter", text);
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

    Status match(const QList<PreviewRow> &rows, const QList<RowKeys> &keys, int from, int to,
                 QList<QHash<QByteArray, Evidence>> *out)
    {
        QHash<QString, QList<int>> byEmail;
        QHash<QString, QList<int>> byPhoneKey;
        for (int i = from; i < to; ++i) {
            for (const QString &e : keys[i].emails)
                byEmail[e] << i;
            for (const QString &p : keys[i].phoneKeys)
                byPhoneKey[p] << i;
        }
        if (!byEmail.isEmpty()) {
            const QStringList values = byEmail.keys();
            auto st = inList(
                u"SELECT e.contact_id, lower(trim(e.email)), c.first_name, c.last_name"
                u" FROM contact_emails e CROSS JOIN contacts c ON c.id = e.contact_id"
                u" WHERE lower(trim(e.email)) IN (%1) AND e.deleted = 0 AND c.deleted = 0"_qs,
                values, [&](const QSqlQuery &q) {
                    for (int i : byEmail.value(q.value(1).toString())) {
                        Evidence &ev = (*out)[i - from][q.value(0).toByteArray()];
                        ev.email = true;
                        ev.emailValue = q.value(1).toString();
                        ev.name = displayName(q.value(2).toString(), q.value(3).toString());
                    }
                });
            if (!st)
                return st;
        }
        if (!byPhoneKey.isEmpty()) {
            const QStringList values = byPhoneKey.keys();
            auto st =
                inList(u"SELECT p.contact_id, p.phone, " + kPhoneKeyExpression +
                           u", c.first_name, c.last_name FROM contact_phones p"
                           u" CROSS JOIN contacts c ON c.id = p.contact_id WHERE " +
                           kPhoneKeyExpression + u" IN (%1) AND p.deleted = 0 AND c.deleted = 0",
                       values, [&](const QSqlQuery &q) {
                           const QString stored = q.value(1).toString();
                           const QString e164 = m_phones.e164(stored);
                           for (int i : byPhoneKey.value(q.value(2).toString())) {
                               if (!keys[i].phones.contains(e164))
                                   continue;
                               Evidence &ev = (*out)[i - from][q.value(0).toByteArray()];
                               ev.phone = true;
                               ev.phoneValue = stored;
                               ev.name = displayName(q.value(3).toString(), q.value(4).toString());
                           }
                       });
            if (!st)
                return st;
        }
        // Names: rows with e-mail or phone matches compare with those. A row with neither
        // asks the search index for people of that name; a row whose e-mails and phones
        // match nobody is someone new, however common the name (two John Smiths).
        for (int i = from; i < to; ++i) {
            QHash<QByteArray, Evidence> &found = (*out)[i - from];
            const Contact &c = rows[i].contact;
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
    Status inList(const QString &statement, const QStringList &values,
                  const std::function<void(const QSqlQuery &)> &row)
    {
        constexpr int Per = 250;
        for (qsizetype at = 0; at < values.size(); at += Per) {
            const qsizetype n = std::min<qsizetype>(Per, values.size() - at);
            QStringList marks(n, QStringLiteral("?"));
            QSqlQuery q(m_db);
            q.setForwardOnly(true);
            q.prepare(statement.arg(marks.join(u',')));
            for (qsizetype i = 0; i < n; ++i)
                q.addBindValue(values[at + i]);
            if (!q.exec())
                return sql::error(q, QStringLiteral("looking up duplicates"));
            while (q.next())
                row(q);
        }
        return {};
    }

    QSqlDatabase m_db;
    const PhoneNormalizer &m_phones;
    QSqlQuery m_byName{QSqlDatabase()};
    bool m_byNamePrepared = false;
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

int ImportPreview::count(RowKind kind) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [kind](const PreviewRow &r) { return r.kind == kind; }));
}

int ImportPreview::warningCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const PreviewRow &r) {
        return r.kind != RowKind::Invalid && !r.warnings.isEmpty();
    }));
}

void ImportPreview::setChoiceForAll(DuplicateChoice choice)
{
    for (PreviewRow &r : rows) {
        if (r.kind == RowKind::Update || r.kind == RowKind::Duplicate)
            r.choice = choice;
    }
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
    // Read: 0..1000 of the progress; matching: 1000..2000.
    bool cancelled = false;
    auto st = ImportSource::read(
        p.source,
        [&](SourceRecord &&rec) {
            PreviewRow row;
            row.line = rec.line;
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
                }
            }
            p.rows << std::move(row);
            return !cancelled;
        },
        [&](double share) {
            if (progress && !progress(qint64(share * 1000), 2000))
                cancelled = true;
        });
    if (!st)
        return st.error();
    if (cancelled)
        return Error{ErrorCode::Cancelled, tr("the import was cancelled"), {}};

    const PhoneNormalizer phones(p.region);
    QList<RowKeys> keys(p.rows.size());
    for (qsizetype i = 0; i < p.rows.size(); ++i) {
        const PreviewRow &r = p.rows[i];
        if (r.kind == RowKind::Invalid)
            continue;
        RowKeys &k = keys[i];
        for (const EmailAddress &e : r.contact.emails)
            k.emails << emailKey(e.address);
        for (const PhoneNumber &ph : r.contact.phones) {
            const QString e164 = phones.e164(ph.number);
            if (TextFolder::digits(e164).size() >= 5) {
                k.phones << e164;
                k.phoneKeys << PhoneNormalizer::indexKey(e164);
            }
        }
        k.name = nameKey(r.contact);
    }

    DatabaseMatcher matcher(db, phones);
    QHash<QString, int> firstByEmail;
    QHash<QString, int> firstByPhone;
    QHash<QString, int> firstByName;
    for (int from = 0; from < p.rows.size(); from += DetectChunk) {
        const int to = std::min<int>(p.rows.size(), from + DetectChunk);
        QList<QHash<QByteArray, Evidence>> found(to - from);
        if (auto s = matcher.match(p.rows, keys, from, to, &found); !s)
            return s.error();
        for (int i = from; i < to; ++i) {
            PreviewRow &r = p.rows[i];
            if (r.kind == RowKind::Invalid)
                continue;
            r.choice = settings.onDuplicate;
            const RowKeys &k = keys[i];
            // Within the file first: an earlier row of the same person.
            Evidence inFile;
            int earlier = -1;
            auto seen = [&](const QHash<QString, int> &index, const QStringList &values, bool *flag,
                            QString *value) {
                for (const QString &v : values) {
                    if (auto it = index.constFind(v); it != index.constEnd()) {
                        if (earlier < 0 || *it == earlier) {
                            earlier = *it;
                            *flag = true;
                            *value = v;
                        }
                    }
                }
            };
            seen(firstByEmail, k.emails, &inFile.email, &inFile.emailValue);
            seen(firstByPhone, k.phones, &inFile.phone, &inFile.phoneValue);
            const bool nameOnly = k.emails.isEmpty() && k.phones.isEmpty();
            if (auto it = firstByName.constFind(k.name);
                it != firstByName.constEnd() && (earlier < 0 ? nameOnly : *it == earlier)) {
                earlier = *it;
                inFile.nameScore = 1.0;
            } else if (earlier >= 0) {
                const Contact &o = p.rows[earlier].contact;
                inFile.nameScore = NameSimilarity::compare(r.contact.firstName, r.contact.lastName,
                                                           o.firstName, o.lastName);
            }
            if (earlier >= 0) {
                r.kind = RowKind::Duplicate;
                r.match.row = earlier;
                r.match.name = p.rows[earlier].contact.displayName();
                r.match.confidence = inFile.confidence();
                r.match.reason = tr("line %1: %2").arg(p.rows[earlier].line).arg(inFile.reason());
            } else {
                const QHash<QByteArray, Evidence> &hits = found[i - from];
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
            for (const QString &e : k.emails)
                firstByEmail.insert(e, earlier >= 0 ? earlier : i);
            for (const QString &ph : k.phones)
                firstByPhone.insert(ph, earlier >= 0 ? earlier : i);
            if (!firstByName.contains(k.name))
                firstByName.insert(k.name, earlier >= 0 ? earlier : i);
        }
        if (progress && !progress(1000 + qint64(to) * 1000 / std::max<int>(1, p.rows.size()), 2000))
            return Error{ErrorCode::Cancelled, tr("the import was cancelled"), {}};
    }
    return p;
}

Result<ImportOutcome> ContactImporter::apply(const ImportPreview &p, const ImportProgress &progress)
{
    const PhoneNormalizer phones(p.region);
    ImportOutcome out;

    // Where each row goes: a new contact (index into fresh), an existing one, or nowhere.
    QList<Contact> fresh;
    QList<QByteArray> updateOrder;
    QHash<QByteArray, QList<int>> updateRows;
    QList<int> freshOf(p.rows.size(), -1);
    QList<QByteArray> existingOf(p.rows.size());
    for (int i = 0; i < p.rows.size(); ++i) {
        const PreviewRow &r = p.rows[i];
        if (r.kind == RowKind::Invalid) {
            ++out.invalid;
            continue;
        }
        const bool create = r.kind == RowKind::New || r.choice == DuplicateChoice::Create;
        if (!create && r.choice == DuplicateChoice::Skip) {
            ++out.skipped;
            continue;
        }
        if (create) {
            freshOf[i] = fresh.size();
            Contact c = r.contact;
            c.id = Uuid::createV7();
            fresh << c;
        } else if (r.kind == RowKind::Update) {
            existingOf[i] = r.match.contactId;
            if (!updateRows.contains(r.match.contactId))
                updateOrder << r.match.contactId;
            updateRows[r.match.contactId] << i;
        } else { // a duplicate merged into the row it repeats, wherever that went
            const int lead = r.match.row;
            if (freshOf.value(lead, -1) >= 0) {
                freshOf[i] = freshOf[lead];
                mergeInto(fresh[freshOf[lead]], r.contact, phones);
            } else if (!existingOf.value(lead).isEmpty()) {
                existingOf[i] = existingOf[lead];
                updateRows[existingOf[lead]] << i;
            } else {
                ++out.skipped; // the row it repeats is skipped
            }
        }
    }

    QSqlDatabase db = m_db->connection();
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
    const qint64 total = fresh.size() + updateOrder.size();
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

    // Undoes what was written so far, after a cancel or a failure.
    auto abandon = [&](const Error &why) -> Result<ImportOutcome> {
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

    // One chunk per transaction; a chunk that fails rolls back whole before the batch is
    // abandoned (its undo must not run inside the failed transaction).
    auto createChunk = [&](qsizetype from, qsizetype to) -> Status {
        Transaction tx(db);
        if (!tx.begun())
            return tx.begun();
        QList<Contact> chunk = fresh.mid(from, to - from);
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
    auto updateChunk = [&](qsizetype from, qsizetype to) -> Status {
        Transaction tx(db);
        if (!tx.begun())
            return tx.begun();
        QList<QPair<QByteArray, QString>> written; // id, its fields before
        Status linked;
        auto edited = contacts.updateEach(
            updateOrder.mid(from, to - from), [&](const Contact &stored, Contact *merged) {
                bool changed = false;
                for (int row : updateRows.value(stored.id))
                    changed = mergeInto(*merged, p.rows[row].contact, phones) || changed;
                if (!changed)
                    return false; // most matches bring nothing new: no JSON to compare
                if (auto s = linkCompany(*merged); !s) {
                    linked = s;
                    return false;
                }
                const QString before = ImportBatches::contactToJson(stored);
                if (ImportBatches::contactToJson(*merged) == before)
                    return false;
                written << qMakePair(stored.id, before);
                return true;
            });
        if (!edited)
            return edited.error();
        if (!linked)
            return linked;
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
        if (auto s = tx.commit(); !s)
            return s;
        out.updated += int(written.size());
        return {};
    };
    for (qsizetype from = 0; from < fresh.size(); from += CreateChunk) {
        const qsizetype to = std::min<qsizetype>(fresh.size(), from + CreateChunk);
        createdCompanies.clear();
        if (auto s = createChunk(from, to); !s)
            return abandon(s.error());
        done += to - from;
        if (progress && !progress(done, total))
            return abandon(cancelled);
    }
    for (qsizetype from = 0; from < updateOrder.size(); from += UpdateChunk) {
        const qsizetype to = std::min<qsizetype>(updateOrder.size(), from + UpdateChunk);
        createdCompanies.clear();
        if (auto s = updateChunk(from, to); !s)
            return abandon(s.error());
        done += to - from;
        if (progress && !progress(done, total))
            return abandon(cancelled);
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
