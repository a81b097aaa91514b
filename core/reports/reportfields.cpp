// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfields.h"

#include "domain/activity.h"
#include "services/customfieldrepository.h"

#include <QCoreApplication>
#include <QMutex>

#include <list>

namespace crm::core::reports {

namespace {

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
        f("name", QT_TRANSLATE_NOOP("crm::core::Reports", "Name"), T::Text,
          "trim(c.first_name || ' ' || c.last_name)", "c.local_sort_name"),
        f("first_name", QT_TRANSLATE_NOOP("crm::core::Reports", "First name"), T::Text,
          "c.first_name"),
        f("last_name", QT_TRANSLATE_NOOP("crm::core::Reports", "Last name"), T::Text,
          "c.last_name"),
        f("title", QT_TRANSLATE_NOOP("crm::core::Reports", "Job title"), T::Text, "c.title"),
        f("company", QT_TRANSLATE_NOOP("crm::core::Reports", "Company"), T::Text,
          "c.local_company_name"),
        f("email", QT_TRANSLATE_NOOP("crm::core::Reports", "E-mail"), T::Text, "c.local_email"),
        f("phone", QT_TRANSLATE_NOOP("crm::core::Reports", "Phone"), T::Text, "c.local_phone"),
        f("city", QT_TRANSLATE_NOOP("crm::core::Reports", "City"), T::Text, "c.city"),
        f("country", QT_TRANSLATE_NOOP("crm::core::Reports", "Country"), T::Text, "c.country"),
        f("status", QT_TRANSLATE_NOOP("crm::core::Reports", "Status"), T::Key, "c.status"),
        f("source", QT_TRANSLATE_NOOP("crm::core::Reports", "Source"), T::Text, "c.source"),
        f("owner", QT_TRANSLATE_NOOP("crm::core::Reports", "Owner"), T::Text, "c.owner"),
        f("birthday", QT_TRANSLATE_NOOP("crm::core::Reports", "Birthday"), T::Date, "c.birthday"),
        f("notes", QT_TRANSLATE_NOOP("crm::core::Reports", "Notes"), T::Text, "c.notes"),
        f("created_at", QT_TRANSLATE_NOOP("crm::core::Reports", "Created"), T::DateTime,
          "c.created_at"),
        f("created_month", QT_TRANSLATE_NOOP("crm::core::Reports", "Month created"), T::Month,
          "strftime('%Y-%m', c.created_at / 1000, 'unixepoch', 'localtime')"),
        f("qualified", QT_TRANSLATE_NOOP("crm::core::Reports", "Qualified"), T::Bool,
          "(c.status <> 'lead')"),
        f("deal_count", QT_TRANSLATE_NOOP("crm::core::Reports", "Deals"), T::Integer,
          "(SELECT count(*) FROM deals cd WHERE cd.deleted = 0 AND cd.id IN (SELECT"
          " dc.deal_id FROM deal_contacts dc WHERE dc.contact_id = c.id AND dc.deleted = 0))"),
        f("won_deal_count", QT_TRANSLATE_NOOP("crm::core::Reports", "Deals won"), T::Integer,
          "(SELECT count(*) FROM deals cd WHERE cd.deleted = 0 AND cd.local_outcome = 'won'"
          " AND cd.id IN (SELECT dc.deal_id FROM deal_contacts dc WHERE dc.contact_id = c.id"
          " AND dc.deleted = 0))"),
        f("won_value", QT_TRANSLATE_NOOP("crm::core::Reports", "Won value"), T::MoneyMap,
          WON_MAP("wd.id IN (SELECT dc.deal_id FROM deal_contacts dc WHERE dc.contact_id ="
                  " c.id AND dc.deleted = 0)")),
        f("last_contact", QT_TRANSLATE_NOOP("crm::core::Reports", "Last contact"), T::DateTime,
          "(SELECT max(" CONTACT_AT
          ") FROM activities a WHERE a.contact_id = c.id AND " CONTACT_KINDS " AND " CONTACT_AT
          " <= ?1)"),
    };
}

QList<FieldSpec> companyFields()
{
    return {
        f("name", QT_TRANSLATE_NOOP("crm::core::Reports", "Name"), T::Text, "co.name",
          "co.local_sort_name"),
        f("status", QT_TRANSLATE_NOOP("crm::core::Reports", "Status"), T::Key, "co.status"),
        f("industry", QT_TRANSLATE_NOOP("crm::core::Reports", "Industry"), T::Text, "co.industry"),
        f("website", QT_TRANSLATE_NOOP("crm::core::Reports", "Website"), T::Text, "co.website"),
        f("phone", QT_TRANSLATE_NOOP("crm::core::Reports", "Phone"), T::Text, "co.phone"),
        f("city", QT_TRANSLATE_NOOP("crm::core::Reports", "City"), T::Text, "co.city"),
        f("country", QT_TRANSLATE_NOOP("crm::core::Reports", "Country"), T::Text, "co.country"),
        f("owner", QT_TRANSLATE_NOOP("crm::core::Reports", "Owner"), T::Text, "co.owner"),
        f("created_at", QT_TRANSLATE_NOOP("crm::core::Reports", "Created"), T::DateTime,
          "co.created_at"),
        f("contact_count", QT_TRANSLATE_NOOP("crm::core::Reports", "Contacts"), T::Integer,
          "(SELECT count(*) FROM contacts cc WHERE cc.company_id = co.id AND cc.deleted = 0)"),
        f("deal_count", QT_TRANSLATE_NOOP("crm::core::Reports", "Deals"), T::Integer,
          "(SELECT count(*) FROM deals cd WHERE cd.company_id = co.id AND cd.deleted = 0)"),
        f("won_deal_count", QT_TRANSLATE_NOOP("crm::core::Reports", "Deals won"), T::Integer,
          "(SELECT count(*) FROM deals cd WHERE cd.company_id = co.id AND cd.deleted = 0"
          " AND cd.local_outcome = 'won')"),
        f("won_value", QT_TRANSLATE_NOOP("crm::core::Reports", "Lifetime won value"), T::MoneyMap,
          WON_MAP("wd.company_id = co.id")),
        f("last_contact", QT_TRANSLATE_NOOP("crm::core::Reports", "Last contact"), T::DateTime,
          "(SELECT max(" CONTACT_AT ") FROM activities a WHERE " CONTACT_KINDS " AND " CONTACT_AT
          " <= ?1 AND (a.company_id = co.id OR a.contact_id IN (SELECT cc.id FROM contacts cc"
          " WHERE cc.company_id = co.id)))"),
    };
}

QList<FieldSpec> dealFields()
{
    return {
        f("title", QT_TRANSLATE_NOOP("crm::core::Reports", "Title"), T::Text, "d.title",
          "d.local_sort_title"),
        f("company", QT_TRANSLATE_NOOP("crm::core::Reports", "Company"), T::Text,
          "d.local_company_name"),
        f("pipeline", QT_TRANSLATE_NOOP("crm::core::Reports", "Pipeline"), T::Pipeline,
          "d.local_pipeline_id",
          "(SELECT p.position FROM pipelines p WHERE p.id = d.local_pipeline_id)"),
        f("stage", QT_TRANSLATE_NOOP("crm::core::Reports", "Stage"), T::Stage, "d.stage_id",
          "(SELECT s.position FROM stages s WHERE s.id = d.stage_id)"),
        f("outcome", QT_TRANSLATE_NOOP("crm::core::Reports", "Outcome"), T::Key, "d.local_outcome"),
        f("amount", QT_TRANSLATE_NOOP("crm::core::Reports", "Amount"), T::Money, "d.amount",
          nullptr, "d.currency"),
        f("weighted", QT_TRANSLATE_NOOP("crm::core::Reports", "Weighted amount"), T::Money,
          "d.local_weighted", nullptr, "d.currency"),
        f("currency", QT_TRANSLATE_NOOP("crm::core::Reports", "Currency"), T::Text, "d.currency"),
        f("probability", QT_TRANSLATE_NOOP("crm::core::Reports", "Probability %"), T::Integer,
          "d.local_probability"),
        f("expected_close", QT_TRANSLATE_NOOP("crm::core::Reports", "Expected close"), T::Date,
          "d.expected_close"),
        f("close_month", QT_TRANSLATE_NOOP("crm::core::Reports", "Close month"), T::Month,
          "substr(d.expected_close, 1, 7)"),
        f("owner", QT_TRANSLATE_NOOP("crm::core::Reports", "Owner"), T::Text, "d.owner"),
        f("source", QT_TRANSLATE_NOOP("crm::core::Reports", "Source"), T::Text, "d.source"),
        f("lost_reason", QT_TRANSLATE_NOOP("crm::core::Reports", "Lost reason"), T::Text,
          "d.lost_reason"),
        f("next_step", QT_TRANSLATE_NOOP("crm::core::Reports", "Next step"), T::Text,
          "d.next_step"),
        f("created_at", QT_TRANSLATE_NOOP("crm::core::Reports", "Created"), T::DateTime,
          "d.created_at"),
        f("won_at", QT_TRANSLATE_NOOP("crm::core::Reports", "Won"), T::DateTime,
          "NULLIF(d.won_at, 0)"),
        f("lost_at", QT_TRANSLATE_NOOP("crm::core::Reports", "Lost"), T::DateTime,
          "NULLIF(d.lost_at, 0)"),
        f("closed_at", QT_TRANSLATE_NOOP("crm::core::Reports", "Closed"), T::DateTime,
          "(CASE WHEN d.won_at > 0 THEN d.won_at WHEN d.lost_at > 0 THEN d.lost_at END)"),
        f("stage_since", QT_TRANSLATE_NOOP("crm::core::Reports", "In stage since"), T::DateTime,
          "d.local_stage_since"),
    };
}

QList<FieldSpec> activityFields()
{
    return {
        f("subject", QT_TRANSLATE_NOOP("crm::core::Reports", "Subject"), T::Text, "a.subject"),
        f("kind", QT_TRANSLATE_NOOP("crm::core::Reports", "Kind"), T::Key, "a.kind"),
        f("owner", QT_TRANSLATE_NOOP("crm::core::Reports", "Owner"), T::Text, "a.owner"),
        f("done", QT_TRANSLATE_NOOP("crm::core::Reports", "Done"), T::Bool, "a.done"),
        f("due_at", QT_TRANSLATE_NOOP("crm::core::Reports", "Due"), T::DateTime, "a.due_at"),
        f("start_at", QT_TRANSLATE_NOOP("crm::core::Reports", "Start"), T::DateTime, "a.start_at"),
        f("done_at", QT_TRANSLATE_NOOP("crm::core::Reports", "Done at"), T::DateTime, "a.done_at"),
        f("activity_at", QT_TRANSLATE_NOOP("crm::core::Reports", "Date"), T::DateTime,
          "COALESCE(a.done_at, a.start_at, a.due_at, a.created_at)"),
        f("created_at", QT_TRANSLATE_NOOP("crm::core::Reports", "Created"), T::DateTime,
          "a.created_at"),
        f("contact", QT_TRANSLATE_NOOP("crm::core::Reports", "Contact"), T::Text,
          "(SELECT trim(ac.first_name || ' ' || ac.last_name) FROM contacts ac WHERE ac.id ="
          " a.contact_id)"),
        f("company", QT_TRANSLATE_NOOP("crm::core::Reports", "Company"), T::Text,
          "(SELECT ao.name FROM companies ao WHERE ao.id = a.company_id)"),
        f("deal", QT_TRANSLATE_NOOP("crm::core::Reports", "Deal"), T::Text,
          "(SELECT ad.title FROM deals ad WHERE ad.id = a.deal_id)"),
        f("place", QT_TRANSLATE_NOOP("crm::core::Reports", "Place"), T::Text, "a.place"),
        f("overdue", QT_TRANSLATE_NOOP("crm::core::Reports", "Overdue"), T::Bool,
          "(a.done = 0 AND a.due_at IS NOT NULL AND a.due_at < ?1)"),
        f("days_overdue", QT_TRANSLATE_NOOP("crm::core::Reports", "Days overdue"), T::Integer,
          "(CASE WHEN a.done = 0 AND a.due_at < ?1 THEN (?1 - a.due_at) / 86400000 END)"),
    };
}

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
