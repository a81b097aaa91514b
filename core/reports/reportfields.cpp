// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfields.h"

#include "domain/activity.h"
#include "services/customfieldrepository.h"

#include <QCoreApplication>
#include <QMutex>

#include <list>

namespace crm::core::reports {

namespace {

#define L(text) QT_TRANSLATE_NOOP("crm::core::Reports", text)

using T = FieldType;

FieldSpec f(const char *key, const char *label, FieldType type, const char *sql,
            const char *sortSql = nullptr, const char *currencySql = nullptr)
{
    return FieldSpec{QString::fromLatin1(key),
                     label,
                     type,
                     QString::fromLatin1(sql),
                     sortSql ? QString::fromLatin1(sortSql) : QString(),
                     currencySql ? QString::fromLatin1(currencySql) : QString()};
}

// The activities that count as contact with a customer: calls, meetings, visits and e-mails
// that have happened (?1 is now).
#define CONTACT_KINDS "a.kind IN ('call','meeting','visit','email') AND a.deleted = 0"
#define CONTACT_AT "COALESCE(a.start_at, a.done_at, a.due_at, a.created_at)"
// Won deals in amounts per currency, as "EUR:1200;USD:500".
#define WON_MAP(where)                                                                             \
    "(SELECT group_concat(cur || ':' || total, ';') FROM (SELECT wd.currency AS cur,"              \
    " SUM(wd.amount) AS total FROM deals wd WHERE wd.deleted = 0 AND wd.local_outcome ="           \
    " 'won' AND " where " GROUP BY wd.currency ORDER BY wd.currency))"

QList<FieldSpec> contactFields()
{
    return {
        f("name", L("Name"), T::Text, "trim(c.first_name || ' ' || c.last_name)",
          "c.local_sort_name"),
        f("first_name", L("First name"), T::Text, "c.first_name"),
        f("last_name", L("Last name"), T::Text, "c.last_name"),
        f("title", L("Job title"), T::Text, "c.title"),
        f("company", L("Company"), T::Text, "c.local_company_name"),
        f("email", L("E-mail"), T::Text, "c.local_email"),
        f("phone", L("Phone"), T::Text, "c.local_phone"),
        f("city", L("City"), T::Text, "c.city"),
        f("country", L("Country"), T::Text, "c.country"),
        f("status", L("Status"), T::Key, "c.status"),
        f("source", L("Source"), T::Text, "c.source"),
        f("owner", L("Owner"), T::Text, "c.owner"),
        f("birthday", L("Birthday"), T::Date, "c.birthday"),
        f("notes", L("Notes"), T::Text, "c.notes"),
        f("created_at", L("Created"), T::DateTime, "c.created_at"),
        f("created_month", L("Month created"), T::Month,
          "strftime('%Y-%m', c.created_at / 1000, 'unixepoch', 'localtime')"),
        f("qualified", L("Qualified"), T::Bool, "(c.status <> 'lead')"),
        f("deal_count", L("Deals"), T::Integer,
          "(SELECT count(*) FROM deals cd WHERE cd.deleted = 0 AND cd.id IN (SELECT"
          " dc.deal_id FROM deal_contacts dc WHERE dc.contact_id = c.id AND dc.deleted = 0))"),
        f("won_deal_count", L("Deals won"), T::Integer,
          "(SELECT count(*) FROM deals cd WHERE cd.deleted = 0 AND cd.local_outcome = 'won'"
          " AND cd.id IN (SELECT dc.deal_id FROM deal_contacts dc WHERE dc.contact_id = c.id"
          " AND dc.deleted = 0))"),
        f("won_value", L("Won value"), T::MoneyMap,
          WON_MAP("wd.id IN (SELECT dc.deal_id FROM deal_contacts dc WHERE dc.contact_id ="
                  " c.id AND dc.deleted = 0)")),
        f("last_contact", L("Last contact"), T::DateTime,
          "(SELECT max(" CONTACT_AT
          ") FROM activities a WHERE a.contact_id = c.id AND " CONTACT_KINDS " AND " CONTACT_AT
          " <= ?1)"),
    };
}

QList<FieldSpec> companyFields()
{
    return {
        f("name", L("Name"), T::Text, "co.name", "co.local_sort_name"),
        f("industry", L("Industry"), T::Text, "co.industry"),
        f("website", L("Website"), T::Text, "co.website"),
        f("phone", L("Phone"), T::Text, "co.phone"),
        f("city", L("City"), T::Text, "co.city"),
        f("country", L("Country"), T::Text, "co.country"),
        f("owner", L("Owner"), T::Text, "co.owner"),
        f("created_at", L("Created"), T::DateTime, "co.created_at"),
        f("contact_count", L("Contacts"), T::Integer,
          "(SELECT count(*) FROM contacts cc WHERE cc.company_id = co.id AND cc.deleted = 0)"),
        f("deal_count", L("Deals"), T::Integer,
          "(SELECT count(*) FROM deals cd WHERE cd.company_id = co.id AND cd.deleted = 0)"),
        f("won_deal_count", L("Deals won"), T::Integer,
          "(SELECT count(*) FROM deals cd WHERE cd.company_id = co.id AND cd.deleted = 0"
          " AND cd.local_outcome = 'won')"),
        f("won_value", L("Lifetime won value"), T::MoneyMap, WON_MAP("wd.company_id = co.id")),
        f("last_contact", L("Last contact"), T::DateTime,
          "(SELECT max(" CONTACT_AT ") FROM activities a WHERE " CONTACT_KINDS " AND " CONTACT_AT
          " <= ?1 AND (a.company_id = co.id OR a.contact_id IN (SELECT cc.id FROM contacts cc"
          " WHERE cc.company_id = co.id)))"),
    };
}

QList<FieldSpec> dealFields()
{
    return {
        f("title", L("Title"), T::Text, "d.title", "d.local_sort_title"),
        f("company", L("Company"), T::Text, "d.local_company_name"),
        f("pipeline", L("Pipeline"), T::Pipeline, "d.local_pipeline_id",
          "(SELECT p.position FROM pipelines p WHERE p.id = d.local_pipeline_id)"),
        f("stage", L("Stage"), T::Stage, "d.stage_id",
          "(SELECT s.position FROM stages s WHERE s.id = d.stage_id)"),
        f("outcome", L("Outcome"), T::Key, "d.local_outcome"),
        f("amount", L("Amount"), T::Money, "d.amount", nullptr, "d.currency"),
        f("weighted", L("Weighted amount"), T::Money, "d.local_weighted", nullptr, "d.currency"),
        f("currency", L("Currency"), T::Text, "d.currency"),
        f("probability", L("Probability %"), T::Integer, "d.local_probability"),
        f("expected_close", L("Expected close"), T::Date, "d.expected_close"),
        f("close_month", L("Close month"), T::Month, "substr(d.expected_close, 1, 7)"),
        f("owner", L("Owner"), T::Text, "d.owner"),
        f("source", L("Source"), T::Text, "d.source"),
        f("lost_reason", L("Lost reason"), T::Text, "d.lost_reason"),
        f("next_step", L("Next step"), T::Text, "d.next_step"),
        f("created_at", L("Created"), T::DateTime, "d.created_at"),
        f("won_at", L("Won"), T::DateTime, "NULLIF(d.won_at, 0)"),
        f("lost_at", L("Lost"), T::DateTime, "NULLIF(d.lost_at, 0)"),
        f("closed_at", L("Closed"), T::DateTime,
          "(CASE WHEN d.won_at > 0 THEN d.won_at WHEN d.lost_at > 0 THEN d.lost_at END)"),
        f("stage_since", L("In stage since"), T::DateTime, "d.local_stage_since"),
    };
}

QList<FieldSpec> activityFields()
{
    return {
        f("subject", L("Subject"), T::Text, "a.subject"),
        f("kind", L("Kind"), T::Key, "a.kind"),
        f("owner", L("Owner"), T::Text, "a.owner"),
        f("done", L("Done"), T::Bool, "a.done"),
        f("due_at", L("Due"), T::DateTime, "a.due_at"),
        f("start_at", L("Start"), T::DateTime, "a.start_at"),
        f("done_at", L("Done at"), T::DateTime, "a.done_at"),
        f("activity_at", L("Date"), T::DateTime,
          "COALESCE(a.done_at, a.start_at, a.due_at, a.created_at)"),
        f("created_at", L("Created"), T::DateTime, "a.created_at"),
        f("contact", L("Contact"), T::Text,
          "(SELECT trim(ac.first_name || ' ' || ac.last_name) FROM contacts ac WHERE ac.id ="
          " a.contact_id)"),
        f("company", L("Company"), T::Text,
          "(SELECT ao.name FROM companies ao WHERE ao.id = a.company_id)"),
        f("deal", L("Deal"), T::Text, "(SELECT ad.title FROM deals ad WHERE ad.id = a.deal_id)"),
        f("place", L("Place"), T::Text, "a.place"),
        f("overdue", L("Overdue"), T::Bool,
          "(a.done = 0 AND a.due_at IS NOT NULL AND a.due_at < ?1)"),
        f("days_overdue", L("Days overdue"), T::Integer,
          "(CASE WHEN a.done = 0 AND a.due_at < ?1 THEN (?1 - a.due_at) / 86400000 END)"),
    };
}

#undef L

} // namespace

QString FieldSpec::displayLabel() const
{
    if (!label)
        return customLabel;
    return QCoreApplication::translate("crm::core::Reports", label);
}

namespace {

// Custom fields as report fields. Specs are never freed (a handful per definition change),
// so find()'s pointers stay valid while the definitions change under a running report.
struct CustomRegistry
{
    QMutex mutex;
    std::list<FieldSpec> all;
    QHash<int, QList<const FieldSpec *>> current; // by RecordType
};

CustomRegistry &customRegistry()
{
    static CustomRegistry r;
    return r;
}

FieldSpec customSpec(const CustomFieldDefinition &d, const QString &alias)
{
    const QString value = u"(SELECT cv.value FROM custom_values cv WHERE cv.record_id = " + alias +
                          u".id AND cv.field_id = X'" + QString::fromLatin1(d.id.toHex()) +
                          u"' AND cv.deleted = 0 AND cv.value <> '')";
    FieldSpec s;
    s.key = u"custom:" + d.key;
    s.customLabel = d.label;
    switch (d.type) {
    case CustomFieldType::Date:
        s.type = FieldType::Date;
        s.sql = value;
        break;
    case CustomFieldType::YesNo:
        s.type = FieldType::Bool;
        s.sql = u"COALESCE(" + value + u" = '1', 0)";
        break;
    case CustomFieldType::Number:
    case CustomFieldType::Money: // "1250.50 EUR": by the amount; shown as stored
        s.type = FieldType::Text;
        s.sql = value;
        s.sortSql = u"CAST(" + value + u" AS REAL)";
        break;
    default:
        s.type = FieldType::Text;
        s.sql = value;
        break;
    }
    return s;
}

} // namespace

namespace ReportFields {

const QList<FieldSpec> &builtins(RecordType type)
{
    static const QList<FieldSpec> contacts = contactFields();
    static const QList<FieldSpec> companies = companyFields();
    static const QList<FieldSpec> deals = dealFields();
    static const QList<FieldSpec> activities = activityFields();
    switch (type) {
    case RecordType::Contacts:
        return contacts;
    case RecordType::Companies:
        return companies;
    case RecordType::Deals:
        return deals;
    case RecordType::Activities:
        break;
    }
    return activities;
}

QList<FieldSpec> of(RecordType type)
{
    QList<FieldSpec> out = builtins(type);
    CustomRegistry &r = customRegistry();
    QMutexLocker lock(&r.mutex);
    for (const FieldSpec *s : r.current.value(int(type)))
        out << *s;
    return out;
}

const FieldSpec *find(RecordType type, const QString &key)
{
    for (const FieldSpec &s : builtins(type)) {
        if (s.key == key)
            return &s;
    }
    CustomRegistry &r = customRegistry();
    QMutexLocker lock(&r.mutex);
    for (const FieldSpec *s : r.current.value(int(type))) {
        if (s->key == key)
            return s;
    }
    return nullptr;
}

void loadCustomFields(const DatabasePtr &db)
{
    const std::pair<RecordType, CustomEntity> types[] = {
        {RecordType::Contacts, CustomEntity::Contact},
        {RecordType::Companies, CustomEntity::Company},
        {RecordType::Deals, CustomEntity::Deal}};
    CustomFieldRepository repo(db);
    CustomRegistry &r = customRegistry();
    for (const auto &[type, entity] : types) {
        auto defs = repo.list(entity);
        if (!defs)
            continue;
        QMutexLocker lock(&r.mutex);
        QList<const FieldSpec *> now;
        for (const CustomFieldDefinition &d : defs.value()) {
            const FieldSpec spec = customSpec(d, alias(type));
            // The same spec as before keeps its pointer.
            auto same = std::find_if(r.all.cbegin(), r.all.cend(), [&](const FieldSpec &s) {
                return s.key == spec.key && s.sql == spec.sql && s.type == spec.type &&
                       s.customLabel == spec.customLabel;
            });
            if (same == r.all.cend()) {
                r.all.push_back(spec);
                now << &r.all.back();
            } else {
                now << &*same;
            }
        }
        r.current.insert(int(type), now);
    }
}

QString table(RecordType type)
{
    return QStringLiteral("%1 %2").arg(recordTypeKey(type), alias(type));
}

QString alias(RecordType type)
{
    switch (type) {
    case RecordType::Contacts:
        return QStringLiteral("c");
    case RecordType::Companies:
        return QStringLiteral("co");
    case RecordType::Deals:
        return QStringLiteral("d");
    case RecordType::Activities:
        break;
    }
    return QStringLiteral("a");
}

QStringList operatorsFor(FieldType type)
{
    switch (type) {
    case FieldType::Text:
        return {u"eq"_qs, u"ne"_qs,       u"contains"_qs, u"starts_with"_qs,
                u"in"_qs, u"is_empty"_qs, u"not_empty"_qs};
    case FieldType::Key:
    case FieldType::Stage:
    case FieldType::Pipeline:
        return {u"eq"_qs, u"ne"_qs, u"in"_qs};
    case FieldType::Bool:
        return {u"eq"_qs};
    case FieldType::Integer:
    case FieldType::Money:
        return {u"eq"_qs, u"ne"_qs, u"lt"_qs, u"le"_qs, u"gt"_qs, u"ge"_qs};
    case FieldType::MoneyMap:
        return {u"is_empty"_qs, u"not_empty"_qs};
    case FieldType::Date:
    case FieldType::DateTime:
        return {u"in_period"_qs, u"lt"_qs,       u"le"_qs,        u"gt"_qs,
                u"ge"_qs,        u"is_empty"_qs, u"not_empty"_qs, u"past"_qs};
    case FieldType::Month:
        return {u"eq"_qs, u"ne"_qs, u"lt"_qs, u"le"_qs, u"gt"_qs, u"ge"_qs, u"is_empty"_qs};
    }
    return {};
}

QString operatorLabel(const QString &op)
{
    static const QHash<QString, const char *> labels = {
        {u"eq"_qs, QT_TRANSLATE_NOOP("crm::core::Reports", "is")},
        {u"ne"_qs, QT_TRANSLATE_NOOP("crm::core::Reports", "is not")},
        {u"lt"_qs, QT_TRANSLATE_NOOP("crm::core::Reports", "is less than")},
        {u"le"_qs, QT_TRANSLATE_NOOP("crm::core::Reports", "is at most")},
        {u"gt"_qs, QT_TRANSLATE_NOOP("crm::core::Reports", "is more than")},
        {u"ge"_qs, QT_TRANSLATE_NOOP("crm::core::Reports", "is at least")},
        {u"contains"_qs, QT_TRANSLATE_NOOP("crm::core::Reports", "contains")},
        {u"starts_with"_qs, QT_TRANSLATE_NOOP("crm::core::Reports", "starts with")},
        {u"in"_qs, QT_TRANSLATE_NOOP("crm::core::Reports", "is one of")},
        {u"is_empty"_qs, QT_TRANSLATE_NOOP("crm::core::Reports", "is empty")},
        {u"not_empty"_qs, QT_TRANSLATE_NOOP("crm::core::Reports", "is not empty")},
        {u"in_period"_qs, QT_TRANSLATE_NOOP("crm::core::Reports", "is in")},
        {u"past"_qs, QT_TRANSLATE_NOOP("crm::core::Reports", "is in the past")},
    };
    const char *label = labels.value(op);
    return label ? QCoreApplication::translate("crm::core::Reports", label) : op;
}

QString keyLabel(const QString &fieldKey, const QString &value)
{
    if (fieldKey == u"kind") {
        if (auto kind = Activity::kindFromKey(value))
            return Activity::kindLabel(*kind);
        return value;
    }
    static const QHash<QString, const char *> labels = {
        {u"lead"_qs, QT_TRANSLATE_NOOP("crm::core::Reports", "Lead")},
        {u"prospect"_qs, QT_TRANSLATE_NOOP("crm::core::Reports", "Prospect")},
        {u"customer"_qs, QT_TRANSLATE_NOOP("crm::core::Reports", "Customer")},
        {u"former"_qs, QT_TRANSLATE_NOOP("crm::core::Reports", "Former customer")},
        {u"open"_qs, QT_TRANSLATE_NOOP("crm::core::Reports", "Open")},
        {u"won"_qs, QT_TRANSLATE_NOOP("crm::core::Reports", "Won")},
        {u"lost"_qs, QT_TRANSLATE_NOOP("crm::core::Reports", "Lost")},
    };
    const char *label = labels.value(value);
    return label ? QCoreApplication::translate("crm::core::Reports", label) : value;
}

} // namespace ReportFields

} // namespace crm::core::reports
