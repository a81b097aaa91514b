// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergeservice.h"

#include "common/uuid.h"
#include "import/matchevidence.h"
#include "import/phonenormalizer.h"
#include "search/textfolder.h"
#include "services/activityrepository.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/dealrepository.h"
#include "storage/sql.h"
#include "storage/sqlvalue.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <type_traits>

namespace crm::core::dedup {

namespace {

// The context lupdate files the messages of this file's free functions under (their
// namespace); each class with messages declares its own.
QString tr(const char *text)
{
    return QCoreApplication::translate("crm::core::dedup", text);
}

// Plain text fields by key; the rest (company, birthday, status) are handled by name.
template <typename T> struct TextField
{
    const char *key;
    QString T::*member;
};

const TextField<Contact> kContactText[] = {
    {"first_name", &Contact::firstName},
    {"last_name", &Contact::lastName},
    {"title", &Contact::title},
    {"street", &Contact::street},
    {"postal_code", &Contact::postalCode},
    {"city", &Contact::city},
    {"country", &Contact::country},
    {"source", &Contact::source},
    {"owner", &Contact::owner},
    {"visibility", &Contact::visibility},
    {"notes", &Contact::notes},
};

const TextField<Company> kCompanyText[] = {
    {"name", &Company::name},       {"industry", &Company::industry},
    {"website", &Company::website}, {"phone", &Company::phone},
    {"street", &Company::street},   {"postal_code", &Company::postalCode},
    {"city", &Company::city},       {"country", &Company::country},
    {"owner", &Company::owner},     {"visibility", &Company::visibility},
    {"notes", &Company::notes},
};

template <typename T, size_t N>
QString *textField(const TextField<T> (&fields)[N], T &record, const QString &key)
{
    for (const TextField<T> &f : fields) {
        if (key == QLatin1StringView(f.key))
            return &(record.*(f.member));
    }
    return nullptr;
}

void setValue(Contact &c, const QString &key, const QString &v)
{
    if (QString *s = textField(kContactText, c, key))
        *s = v;
    else if (key == u"company")
        c.companyId = Uuid::fromString(v);
    else if (key == u"birthday")
        c.birthday = QDate::fromString(v, Qt::ISODate);
    else if (key == u"status")
        parseLifecycle(v, &c.status);
}

void setValue(Company &c, const QString &key, const QString &v)
{
    if (QString *s = textField(kCompanyText, c, key))
        *s = v;
    else if (key == u"status")
        parseLifecycle(v, &c.status);
}

QString fieldsToJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// A record's chosen fields and multi-valued parts, as the merge records them.
QJsonObject snapshot(const Contact &c)
{
    QJsonObject o;
    for (const MergeField &f : MergeService::fields(RecordKind::Contact))
        o.insert(f.key, MergeService::value(c, f.key));
    QJsonArray emails, phones;
    for (const EmailAddress &e : c.emails)
        emails.append(QJsonObject{{u"label"_qs, e.label}, {u"address"_qs, e.address}});
    for (const PhoneNumber &p : c.phones)
        phones.append(QJsonObject{{u"label"_qs, p.label}, {u"number"_qs, p.number}});
    o.insert(u"emails"_qs, emails);
    o.insert(u"phones"_qs, phones);
    o.insert(u"tags"_qs, QJsonArray::fromStringList(c.tags));
    return o;
}

QString displayName(const Contact &c)
{
    return c.displayName();
}

QString displayName(const Company &c)
{
    return c.name;
}

QJsonObject snapshot(const Company &c)
{
    QJsonObject o;
    for (const MergeField &f : MergeService::fields(RecordKind::Company))
        o.insert(f.key, MergeService::value(c, f.key));
    return o;
}

QStringList keysOf(const QJsonArray &a, const QString &field, bool phone,
                   const import::PhoneNormalizer &phones)
{
    QStringList out;
    for (const QJsonValue &v : a) {
        const QString s = v.isObject() ? v.toObject().value(field).toString() : v.toString();
        out << (phone             ? phones.e164(s)
                : field.isEmpty() ? TextFolder::fold(s)
                                  : import::emailKey(s));
    }
    return out;
}

// The survivor filled from the others: chosen fields, blanks, and the union of the lists.
template <typename T>
T combine(RecordKind kind, const QList<T> &records, int survivor,
          const QHash<QString, QByteArray> &fieldFrom, const import::PhoneNormalizer &phones)
{
    T merged = records[survivor];
    for (const MergeField &f : MergeService::fields(kind)) {
        const QByteArray from = fieldFrom.value(f.key);
        if (!from.isEmpty()) {
            for (const T &r : records) {
                if (r.id == from)
                    setValue(merged, f.key, MergeService::value(r, f.key));
            }
        } else if (MergeService::value(merged, f.key).trimmed().isEmpty()) {
            for (const T &r : records) {
                if (const QString v = MergeService::value(r, f.key); !v.trimmed().isEmpty()) {
                    setValue(merged, f.key, v);
                    break;
                }
            }
        }
    }
    if constexpr (std::is_same_v<T, Contact>) {
        for (const Contact &r : records) {
            if (r.id == merged.id)
                continue;
            import::addMissingContactPoints(merged, r, phones);
        }
    }
    return merged;
}

Status checkRequest(const MergeRequest &r)
{
    QList<QByteArray> ids = r.records;
    std::sort(ids.begin(), ids.end());
    if (ids.size() < 2)
        return Error{ErrorCode::Invalid, tr("a merge needs at least two records"), {}};
    if (std::adjacent_find(ids.begin(), ids.end()) != ids.end())
        return Error{ErrorCode::Invalid, tr("a record is named twice in the merge"), {}};
    if (!r.survivor.isEmpty() && !r.records.contains(r.survivor))
        return Error{ErrorCode::Invalid,
                     tr("the record to keep (%1) is not one of the merged records")
                         .arg(Uuid::toString(r.survivor)),
                     {}};
    const auto fields = MergeService::fields(r.kind);
    for (auto it = r.fieldFrom.cbegin(); it != r.fieldFrom.cend(); ++it) {
        if (std::none_of(fields.cbegin(), fields.cend(),
                         [&](const MergeField &f) { return f.key == it.key(); }))
            return Error{ErrorCode::Invalid, tr("unknown field %1").arg(it.key()), {}};
        if (!r.records.contains(*it))
            return Error{ErrorCode::Invalid,
                         tr("field %1: record %2 is not one of the merged records")
                             .arg(it.key(), Uuid::toString(*it)),
                         {}};
    }
    return {};
}

template <typename Repo, typename T>
Result<QList<T>> loadAll(Repo &repo, const MergeRequest &r, int *survivor)
{
    QList<T> out;
    for (const QByteArray &id : r.records) {
        auto rec = repo.get(id);
        if (!rec)
            return Error{
                ErrorCode::NotFound, tr("no record with id %1").arg(Uuid::toString(id)), {}};
        if (rec->deleted)
            return Error{
                ErrorCode::Invalid, tr("record %1 is deleted").arg(Uuid::toString(id)), {}};
        out << rec.value();
    }
    const QByteArray s = r.survivor.isEmpty() ? r.records.first() : r.survivor;
    *survivor = int(r.records.indexOf(s));
    return out;
}

QList<QByteArray> idsOf(QSqlDatabase &db, const QString &sql, const QList<QByteArray> &from)
{
    QList<QByteArray> out;
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QByteArray &id : from) {
        q.addBindValue(id);
        if (!q.exec())
            continue;
        while (q.next())
            if (!out.contains(q.value(0).toByteArray()))
                out << q.value(0).toByteArray();
        q.finish();
    }
    return out;
}

QJsonObject link(const char *type, const QByteArray &id, const QByteArray &from)
{
    return QJsonObject{{u"type"_qs, QLatin1StringView(type)},
                       {u"id"_qs, Uuid::toString(id)},
                       {u"from"_qs, Uuid::toString(from)}};
}

// Each field back to its value before the merge, unless it changed after it (`kept`).
template <typename T>
void restoreFields(T &record, const QList<MergeField> &fields, const QJsonObject &was,
                   const QJsonObject &after, const std::function<void(const QString &)> &kept)
{
    for (const MergeField &f : fields) {
        const QString now = MergeService::value(record, f.key);
        if (now == after.value(f.key).toString())
            setValue(record, f.key, was.value(f.key).toString());
        else if (now != was.value(f.key).toString())
            kept(f.label);
    }
}

MergeRecord recordFrom(const QSqlQuery &q)
{
    MergeRecord m;
    m.id = q.value(0).toByteArray();
    parseKind(q.value(1).toString(), &m.kind);
    m.survivor = q.value(2).toByteArray();
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array())
        m.merged << Uuid::fromString(v.toString());
    m.state = q.value(4).toString();
    m.mergedAt = q.value(5).toLongLong();
    m.survivorName = QJsonDocument::fromJson(q.value(6).toString().toUtf8())
                         .object()
                         .value(u"name"_qs)
                         .toString();
    return m;
}

const QString kMergeColumns =
    QStringLiteral("id, kind, survivor_id, merged_ids, state, merged_at, before");

} // namespace

MergeService::MergeService(DatabasePtr db)
    : m_db(std::move(db))
{}

QList<MergeField> MergeService::fields(RecordKind kind)
{
    if (kind == RecordKind::Company)
        return {{u"name"_qs, tr("Name")},
                {u"status"_qs, tr("Status")},
                {u"industry"_qs, tr("Industry")},
                {u"website"_qs, tr("Website")},
                {u"phone"_qs, tr("Phone")},
                {u"street"_qs, tr("Street")},
                {u"postal_code"_qs, tr("Postal code")},
                {u"city"_qs, tr("City")},
                {u"country"_qs, tr("Country")},
                {u"owner"_qs, tr("Owner")},
                {u"visibility"_qs, tr("Visibility")},
                {u"notes"_qs, tr("Notes")}};
    return {{u"first_name"_qs, tr("First name")},
            {u"last_name"_qs, tr("Last name")},
            {u"title"_qs, tr("Title")},
            {u"company"_qs, tr("Company")},
            {u"street"_qs, tr("Street")},
            {u"postal_code"_qs, tr("Postal code")},
            {u"city"_qs, tr("City")},
            {u"country"_qs, tr("Country")},
            {u"birthday"_qs, tr("Birthday")},
            {u"source"_qs, tr("Source")},
            {u"status"_qs, tr("Status")},
            {u"owner"_qs, tr("Owner")},
            {u"visibility"_qs, tr("Visibility")},
            {u"notes"_qs, tr("Notes")}};
}

QString MergeService::value(const Contact &c, const QString &key)
{
    Contact &m = const_cast<Contact &>(c);
    if (QString *s = textField(kContactText, m, key))
        return *s;
    if (key == u"company")
        return c.companyId.isEmpty() ? QString() : Uuid::toString(c.companyId);
    if (key == u"birthday")
        return c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString();
    if (key == u"status")
        return lifecycleKey(c.status);
    return {};
}

QString MergeService::value(const Company &c, const QString &key)
{
    if (QString *s = textField(kCompanyText, const_cast<Company &>(c), key))
        return *s;
    if (key == u"status")
        return lifecycleKey(c.status);
    return {};
}

Result<Contact> MergeService::previewContact(const MergeRequest &request) const
{
    if (auto s = checkRequest(request); !s)
        return s.error();
    ContactRepository contacts(m_db);
    int survivor = 0;
    auto records = loadAll<ContactRepository, Contact>(contacts, request, &survivor);
    if (!records)
        return records.error();
    QSqlDatabase db = m_db->connection();
    const import::PhoneNormalizer phones(import::PhoneNormalizer::defaultRegion(db));
    return combine(RecordKind::Contact, records.value(), survivor, request.fieldFrom, phones);
}

Result<Company> MergeService::previewCompany(const MergeRequest &request) const
{
    if (auto s = checkRequest(request); !s)
        return s.error();
    CompanyRepository companies(m_db);
    int survivor = 0;
    auto records = loadAll<CompanyRepository, Company>(companies, request, &survivor);
    if (!records)
        return records.error();
    const import::PhoneNormalizer phones;
    return combine(RecordKind::Company, records.value(), survivor, request.fieldFrom, phones);
}

Result<QByteArray> MergeService::merge(const MergeRequest &request)
{
    if (auto s = checkRequest(request); !s)
        return s.error();
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    ContactRepository contacts(m_db);
    CompanyRepository companies(m_db);
    ActivityRepository activities(m_db);
    DealRepository deals(m_db);
    const import::PhoneNormalizer phones(import::PhoneNormalizer::defaultRegion(db));
    QJsonObject before;
    QJsonArray links;
    QByteArray survivorId;
    QList<QByteArray> others;
    bool anyPrivate = false;

    // The survivor with the fields chosen from each record, written; the others noted.
    auto writeSurvivor = [&]<typename T>(auto &repo, const T &) -> Status {
        int s = 0;
        auto records = loadAll<std::decay_t<decltype(repo)>, T>(repo, request, &s);
        if (!records)
            return records.error();
        const T merged = combine(request.kind, records.value(), s, request.fieldFrom, phones);
        survivorId = merged.id;
        for (const T &r : records.value()) {
            anyPrivate = anyPrivate || r.visibility == u"private";
            if (r.id != survivorId)
                others << r.id;
        }
        before.insert(u"survivor"_qs, snapshot(records->at(s)));
        before.insert(u"name"_qs, displayName(merged));
        return repo.update(merged);
    };
    // Deletes the merged records (softly) and notes the survivor as it now stands.
    auto removeOthers = [&](auto &repo) -> Status {
        for (const QByteArray &o : std::as_const(others)) {
            if (auto st = repo.remove(o); !st)
                return st;
        }
        auto after = repo.get(survivorId);
        if (!after)
            return after.error();
        before.insert(u"after"_qs, snapshot(after.value()));
        return {};
    };
    auto moveActivities = [&](const QString &column, const char *type) -> Status {
        for (const QByteArray &a :
             idsOf(db, u"SELECT id FROM activities WHERE deleted = 0 AND " + column + u" = ?",
                   others)) {
            auto act = activities.get(a);
            if (!act)
                return act.error();
            Activity edited = act.value();
            QByteArray &slot = column == u"contact_id" ? edited.contactId : edited.companyId;
            links.append(link(type, a, slot));
            slot = survivorId;
            if (auto s = activities.update(edited); !s)
                return s;
        }
        return {};
    };

    if (request.kind == RecordKind::Contact) {
        if (auto st = writeSurvivor(contacts, Contact{}); !st)
            return st.error();
        // Activities about them, meetings they attend, deals they are on.
        if (auto st = moveActivities(u"contact_id"_qs, "activity_contact"); !st)
            return st.error();
        for (const QByteArray &a :
             idsOf(db,
                   QStringLiteral("SELECT t.activity_id FROM activity_attendees t JOIN "
                                  "activities a ON a.id = t.activity_id WHERE t.deleted = 0 "
                                  "AND a.deleted = 0 AND t.contact_id = ?"),
                   others)) {
            auto act = activities.get(a);
            if (!act)
                return act.error();
            Activity edited = act.value();
            for (Attendee &at : edited.attendees) {
                if (others.contains(at.contactId)) {
                    links.append(link("attendee", a, at.contactId));
                    at.contactId = survivorId;
                }
            }
            if (auto st = activities.update(edited); !st)
                return st.error();
        }
        for (const QByteArray &d :
             idsOf(db,
                   QStringLiteral("SELECT l.deal_id FROM deal_contacts l JOIN deals d ON "
                                  "d.id = l.deal_id WHERE l.deleted = 0 AND d.deleted = 0 AND "
                                  "l.contact_id = ?"),
                   others)) {
            auto deal = deals.get(d);
            if (!deal)
                return deal.error();
            Deal edited = deal.value();
            const bool had =
                std::any_of(edited.contacts.cbegin(), edited.contacts.cend(),
                            [&](const DealContact &x) { return x.contactId == survivorId; });
            QList<DealContact> kept;
            bool placed = had;
            for (const DealContact &x : std::as_const(edited.contacts)) {
                if (!others.contains(x.contactId)) {
                    kept << x;
                    continue;
                }
                QJsonObject l = link("deal_contact", d, x.contactId);
                l.insert(u"role"_qs, x.role);
                l.insert(u"had_survivor"_qs, placed);
                links.append(l);
                if (!placed) {
                    kept << DealContact{{}, survivorId, x.role, {}};
                    placed = true;
                }
            }
            edited.contacts = kept;
            if (auto st = deals.update(edited); !st)
                return st.error();
        }
        if (auto st = removeOthers(contacts); !st)
            return st.error();
    } else {
        if (auto st = writeSurvivor(companies, Company{}); !st)
            return st.error();
        for (const QByteArray &c : idsOf(
                 db, QStringLiteral("SELECT id FROM contacts WHERE deleted = 0 AND company_id = ?"),
                 others)) {
            auto contact = contacts.get(c);
            if (!contact)
                return contact.error();
            Contact edited = contact.value();
            links.append(link("contact_company", c, edited.companyId));
            edited.companyId = survivorId;
            if (auto st = contacts.update(edited); !st)
                return st.error();
        }
        for (const QByteArray &d :
             idsOf(db, QStringLiteral("SELECT id FROM deals WHERE deleted = 0 AND company_id = ?"),
                   others)) {
            auto deal = deals.get(d);
            if (!deal)
                return deal.error();
            Deal edited = deal.value();
            links.append(link("deal_company", d, edited.companyId));
            edited.companyId = survivorId;
            if (auto st = deals.update(edited); !st)
                return st.error();
        }
        if (auto st = moveActivities(u"company_id"_qs, "activity_company"); !st)
            return st.error();
        if (auto st = removeOthers(companies); !st)
            return st.error();
    }
    before.insert(u"links"_qs, links);

    const QByteArray id = Uuid::createV7();
    QJsonArray merged;
    for (const QByteArray &o : std::as_const(others))
        merged.append(Uuid::toString(o));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO merges(id, kind, survivor_id, merged_ids, before, state, "
                             "merged_at, owner, visibility, deleted) VALUES (?, ?, ?, ?, ?, "
                             "'merged', ?, ?, ?, 0)"));
    q.addBindValue(id);
    q.addBindValue(kindKey(request.kind));
    q.addBindValue(survivorId);
    q.addBindValue(QString::fromUtf8(QJsonDocument(merged).toJson(QJsonDocument::Compact)));
    q.addBindValue(fieldsToJson(before));
    q.addBindValue(sql::nowMs());
    q.addBindValue(m_db->localUser());
    q.addBindValue(anyPrivate ? u"private"_qs : u"team"_qs);
    if (auto s = sql::run(q, QStringLiteral("recording the merge")); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<UnmergeOutcome> MergeService::unmerge(const QByteArray &mergeId)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    QSqlQuery q(db);
    q.prepare(u"SELECT " + kMergeColumns + u" FROM merges WHERE id = ? AND deleted = 0");
    q.addBindValue(mergeId);
    if (!q.exec())
        return sql::error(q, QStringLiteral("loading the merge"));
    if (!q.next())
        return Error{
            ErrorCode::NotFound, tr("no merge with id %1").arg(Uuid::toString(mergeId)), {}};
    const MergeRecord m = recordFrom(q);
    const QJsonObject before = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    q.finish();
    if (m.state != u"merged")
        return Error{
            ErrorCode::Invalid, tr("merge %1 was already undone").arg(Uuid::toString(mergeId)), {}};

    ContactRepository contacts(m_db);
    CompanyRepository companies(m_db);
    ActivityRepository activities(m_db);
    DealRepository deals(m_db);
    const import::PhoneNormalizer phones(import::PhoneNormalizer::defaultRegion(db));
    UnmergeOutcome out;
    const QJsonObject was = before.value(u"survivor"_qs).toObject();
    const QJsonObject after = before.value(u"after"_qs).toObject();
    const QList<MergeField> fields = MergeService::fields(m.kind);
    auto keep = [&](const QString &what) {
        out.notRestored << tr("%1 was changed after the merge and keeps its new value").arg(what);
    };

    // The survivor: each field back unless it changed after the merge.
    if (m.kind == RecordKind::Contact) {
        auto current = contacts.get(m.survivor);
        if (!current)
            return Error{ErrorCode::NotFound,
                         tr("cannot unmerge: the record kept by the merge no longer exists"),
                         {}};
        if (current->deleted)
            return Error{ErrorCode::Invalid,
                         tr("cannot unmerge: %1, the record kept by the merge, was deleted "
                            "after it; restore it first")
                             .arg(current->displayName()),
                         {}};
        Contact restored = current.value();
        restoreFields(restored, fields, was, after, keep);
        // What the merge added to the lists goes; what the user changed since stays.
        const QStringList emailsBefore =
            keysOf(was.value(u"emails"_qs).toArray(), u"address"_qs, false, phones);
        const QStringList emailsAdded =
            keysOf(after.value(u"emails"_qs).toArray(), u"address"_qs, false, phones);
        restored.emails.removeIf([&](const EmailAddress &e) {
            const QString k = import::emailKey(e.address);
            return emailsAdded.contains(k) && !emailsBefore.contains(k);
        });
        const QStringList phonesBefore =
            keysOf(was.value(u"phones"_qs).toArray(), u"number"_qs, true, phones);
        const QStringList phonesAdded =
            keysOf(after.value(u"phones"_qs).toArray(), u"number"_qs, true, phones);
        restored.phones.removeIf([&](const PhoneNumber &p) {
            const QString k = phones.e164(p.number);
            return phonesAdded.contains(k) && !phonesBefore.contains(k);
        });
        const QStringList tagsBefore = keysOf(was.value(u"tags"_qs).toArray(), {}, false, phones);
        const QStringList tagsAdded = keysOf(after.value(u"tags"_qs).toArray(), {}, false, phones);
        restored.tags.removeIf([&](const QString &t) {
            const QString k = TextFolder::fold(t);
            return tagsAdded.contains(k) && !tagsBefore.contains(k);
        });
        if (auto s = contacts.update(restored); !s)
            return s.error();
        for (const QByteArray &o : m.merged) {
            if (auto s = contacts.restore(o); !s)
                return s.error();
        }
    } else {
        auto current = companies.get(m.survivor);
        if (!current)
            return Error{ErrorCode::NotFound,
                         tr("cannot unmerge: the record kept by the merge no longer exists"),
                         {}};
        if (current->deleted)
            return Error{ErrorCode::Invalid,
                         tr("cannot unmerge: %1, the record kept by the merge, was deleted "
                            "after it; restore it first")
                             .arg(current->name),
                         {}};
        Company restored = current.value();
        restoreFields(restored, fields, was, after, keep);
        if (auto s = companies.update(restored); !s)
            return s.error();
        for (const QByteArray &o : m.merged) {
            if (auto s = companies.restore(o); !s)
                return s.error();
        }
    }

    // The links, each only while it still points at the survivor.
    for (const QJsonValue &v : before.value(u"links"_qs).toArray()) {
        const QJsonObject l = v.toObject();
        const QString type = l.value(u"type"_qs).toString();
        const QByteArray id = Uuid::fromString(l.value(u"id"_qs).toString());
        const QByteArray from = Uuid::fromString(l.value(u"from"_qs).toString());
        if (type.startsWith(u"activity") || type == u"attendee") {
            auto act = activities.get(id);
            if (!act || act->deleted) {
                out.notRestored << tr("the activity “%1” was deleted after the merge")
                                       .arg(act ? act->subject : Uuid::toString(id));
                continue;
            }
            Activity edited = act.value();
            bool moved = false;
            if (type == u"attendee") {
                for (Attendee &a : edited.attendees) {
                    if (a.contactId == m.survivor && !moved) {
                        a.contactId = from;
                        moved = true;
                    }
                }
            } else {
                QByteArray &slot =
                    type == u"activity_contact" ? edited.contactId : edited.companyId;
                if (slot == m.survivor) {
                    slot = from;
                    moved = true;
                }
            }
            if (!moved) {
                out.notRestored << tr("the activity “%1” was linked elsewhere after the merge")
                                       .arg(edited.subject);
                continue;
            }
            if (auto s = activities.update(edited); !s)
                return s.error();
        } else if (type == u"deal_contact" || type == u"deal_company") {
            auto deal = deals.get(id);
            if (!deal || deal->deleted) {
                out.notRestored << tr("the deal “%1” was deleted after the merge")
                                       .arg(deal ? deal->title : Uuid::toString(id));
                continue;
            }
            Deal edited = deal.value();
            if (type == u"deal_company") {
                if (edited.companyId != m.survivor) {
                    out.notRestored << tr("the deal “%1” was moved to another company after the "
                                          "merge")
                                           .arg(edited.title);
                    continue;
                }
                edited.companyId = from;
            } else {
                const bool had = l.value(u"had_survivor"_qs).toBool();
                const QString role = l.value(u"role"_qs).toString();
                auto it =
                    std::find_if(edited.contacts.begin(), edited.contacts.end(),
                                 [&](const DealContact &x) { return x.contactId == m.survivor; });
                if (!had && it == edited.contacts.end()) {
                    out.notRestored << tr("the deal “%1” no longer has the contact after the merge")
                                           .arg(edited.title);
                    continue;
                }
                if (had)
                    edited.contacts << DealContact{{}, from, role, {}};
                else
                    *it = DealContact{{}, from, role, {}};
            }
            if (auto s = deals.update(edited); !s)
                return s.error();
        } else if (type == u"contact_company") {
            auto contact = contacts.get(id);
            if (!contact || contact->deleted) {
                out.notRestored << tr("the contact %1 was deleted after the merge")
                                       .arg(contact ? contact->displayName() : Uuid::toString(id));
                continue;
            }
            Contact edited = contact.value();
            if (edited.companyId != m.survivor) {
                out.notRestored << tr("the contact %1 was moved to another company after the merge")
                                       .arg(edited.displayName());
                continue;
            }
            edited.companyId = from;
            if (auto s = contacts.update(edited); !s)
                return s.error();
        }
    }

    QSqlQuery done(db);
    done.prepare(
        QStringLiteral("UPDATE merges SET state = 'unmerged', unmerged_at = ? WHERE id = ?"));
    done.addBindValue(sql::nowMs());
    done.addBindValue(mergeId);
    if (auto s = sql::run(done, QStringLiteral("recording the unmerge")); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return out;
}

Result<MergeRecord> MergeService::get(const QByteArray &mergeId) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.prepare(u"SELECT " + kMergeColumns + u" FROM merges WHERE id = ? AND deleted = 0");
    q.addBindValue(mergeId);
    if (!q.exec())
        return sql::error(q, QStringLiteral("loading the merge"));
    if (!q.next())
        return Error{
            ErrorCode::NotFound, tr("no merge with id %1").arg(Uuid::toString(mergeId)), {}};
    return recordFrom(q);
}

Result<QList<MergeRecord>> MergeService::list(int limit, const QByteArray &recordId) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (recordId.isEmpty()) {
        q.prepare(u"SELECT " + kMergeColumns +
                  u" FROM merges WHERE deleted = 0 ORDER BY merged_at DESC, rid DESC LIMIT ?");
    } else {
        q.prepare(u"SELECT " + kMergeColumns +
                  u" FROM merges WHERE deleted = 0 AND (survivor_id = ? OR instr(merged_ids, ?))"
                  u" ORDER BY merged_at DESC, rid DESC LIMIT ?");
        q.addBindValue(recordId);
        q.addBindValue(Uuid::toString(recordId));
    }
    q.addBindValue(limit);
    if (!q.exec())
        return sql::error(q, QStringLiteral("listing merges"));
    QList<MergeRecord> out;
    while (q.next())
        out << recordFrom(q);
    return out;
}

} // namespace crm::core::dedup
