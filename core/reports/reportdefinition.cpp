// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdefinition.h"

#include "reports/reportfields.h"
#include "reports/reportperiod.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace crm::core::reports {

namespace {

// The context lupdate files the messages of this file's free functions under (their
// namespace); each class with messages declares its own.
QString tr(const char *text)
{
    return QCoreApplication::translate("crm::core::reports", text);
}

Error invalid(const QString &where, const QString &what)
{
    return Error{ErrorCode::Invalid, where + QStringLiteral(": ") + what, where};
}

QJsonValue valueToJson(const QVariant &v)
{
    if (v.metaType().id() == QMetaType::QStringList || v.metaType().id() == QMetaType::QVariantList)
        return QJsonArray::fromStringList(v.toStringList());
    if (!v.isValid() || v.isNull())
        return QJsonValue();
    if (v.metaType().id() == QMetaType::Int || v.metaType().id() == QMetaType::LongLong ||
        v.metaType().id() == QMetaType::Double || v.metaType().id() == QMetaType::Bool)
        return QJsonValue::fromVariant(v);
    return v.toString();
}

QJsonObject nodeToJson(const FilterNode &n)
{
    QJsonObject o;
    if (n.isGroup()) {
        o.insert(u"match"_qs, n.any ? u"any"_qs : u"all"_qs);
        QJsonArray children;
        for (const FilterNode &c : n.children)
            children.append(nodeToJson(c));
        o.insert(u"conditions"_qs, children);
        return o;
    }
    o.insert(u"field"_qs, n.field);
    o.insert(u"op"_qs, n.op);
    if (!n.param.isEmpty())
        o.insert(u"param"_qs, n.param);
    else if (n.value.isValid())
        o.insert(u"value"_qs, valueToJson(n.value));
    return o;
}

Result<FilterNode> nodeFromJson(const QJsonValue &value, const QString &where, int depth)
{
    if (!value.isObject())
        return invalid(where, tr("must be an object"));
    if (depth > 8)
        return invalid(where, tr("filter groups nest too deep (at most 8 levels)"));
    const QJsonObject o = value.toObject();
    FilterNode n;
    if (o.contains(u"conditions")) {
        const QString match = o.value(u"match").toString(u"all"_qs);
        if (match != u"all" && match != u"any")
            return invalid(where + u".match", tr("“%1” is not all or any").arg(match));
        n.any = match == u"any";
        if (!o.value(u"conditions").isArray())
            return invalid(where + u".conditions", tr("must be an array"));
        const QJsonArray children = o.value(u"conditions").toArray();
        for (qsizetype i = 0; i < children.size(); ++i) {
            auto child = nodeFromJson(children.at(i),
                                      where + QStringLiteral(".conditions[%1]").arg(i), depth + 1);
            if (!child)
                return child.error();
            n.children.append(child.value());
        }
        return n;
    }
    n.field = o.value(u"field").toString();
    if (n.field.isEmpty())
        return invalid(where + u".field", tr("is missing"));
    n.op = o.value(u"op").toString();
    n.param = o.value(u"param").toString();
    const QJsonValue v = o.value(u"value");
    if (v.isArray())
        n.value = v.toVariant().toStringList();
    else if (v.isDouble())
        n.value = v.toVariant();
    else if (v.isBool())
        n.value = v.toBool();
    else if (v.isString())
        n.value = v.toString();
    else if (!v.isUndefined() && !v.isNull())
        return invalid(where + u".value", tr("must be a string, a number or a list"));
    return n;
}

Status validateNode(const ReportDefinition &def, const FilterNode &n, const QString &where)
{
    if (n.isGroup()) {
        for (qsizetype i = 0; i < n.children.size(); ++i) {
            if (auto s = validateNode(def, n.children[i],
                                      where + QStringLiteral(".conditions[%1]").arg(i));
                !s)
                return s;
        }
        return {};
    }
    const FieldSpec *spec = ReportFields::find(def.recordType, n.field);
    if (!spec) {
        return invalid(where + u".field",
                       tr("unknown field “%1” of %2").arg(n.field, recordTypeKey(def.recordType)));
    }
    if (!ReportFields::operatorsFor(spec->type).contains(n.op)) {
        return invalid(where + u".op",
                       tr("“%1” does not apply to %2 (use %3)")
                           .arg(n.op, n.field, ReportFields::operatorsFor(spec->type).join(u", ")));
    }
    const bool needsValue = n.op != u"is_empty" && n.op != u"not_empty" && n.op != u"past";
    if (!n.param.isEmpty()) {
        if (!def.parameter(n.param))
            return invalid(where + u".param", tr("no parameter named “%1”").arg(n.param));
    } else if (needsValue && (!n.value.isValid() || n.value.isNull())) {
        return invalid(where + u".value", tr("is missing"));
    } else if (n.op == u"in_period") {
        if (auto r = Period::resolve(n.value.toString(), QDate::currentDate()); !r)
            return invalid(where + u".value", r.error().detail);
    } else if (n.op == u"in" && n.value.metaType().id() != QMetaType::QStringList) {
        return invalid(where + u".value", tr("must be a list for “in”"));
    }
    return {};
}

} // namespace

QString recordTypeKey(RecordType type)
{
    switch (type) {
    case RecordType::Contacts:
        return QStringLiteral("contacts");
    case RecordType::Companies:
        return QStringLiteral("companies");
    case RecordType::Deals:
        return QStringLiteral("deals");
    case RecordType::Activities:
        break;
    }
    return QStringLiteral("activities");
}

bool parseRecordType(const QString &key, RecordType *type)
{
    for (RecordType t :
         {RecordType::Contacts, RecordType::Companies, RecordType::Deals, RecordType::Activities}) {
        if (recordTypeKey(t) == key) {
            *type = t;
            return true;
        }
    }
    return false;
}

QString recordTypeLabel(RecordType type)
{
    switch (type) {
    case RecordType::Contacts:
        return tr("Contacts");
    case RecordType::Companies:
        return tr("Companies");
    case RecordType::Deals:
        return tr("Deals");
    case RecordType::Activities:
        break;
    }
    return tr("Activities");
}

const ReportParameter *ReportDefinition::parameter(const QString &name) const
{
    for (const ReportParameter &p : parameters) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QJsonObject ReportDefinition::toJson() const
{
    QJsonObject o;
    o.insert(u"version"_qs, FormatVersion);
    if (!builtinKey.isEmpty())
        o.insert(u"builtin"_qs, builtinKey);
    o.insert(u"title"_qs, title);
    if (!description.isEmpty())
        o.insert(u"description"_qs, description);
    o.insert(u"recordType"_qs, recordTypeKey(recordType));
    o.insert(u"columns"_qs, QJsonArray::fromStringList(columns));
    o.insert(u"filter"_qs, nodeToJson(filter));
    o.insert(u"groupBy"_qs, QJsonArray::fromStringList(groupBy));
    QJsonArray aggs;
    for (const Aggregate &a : aggregates) {
        QJsonObject ao{{u"function"_qs, a.function}};
        if (!a.field.isEmpty())
            ao.insert(u"field"_qs, a.field);
        if (!a.label.isEmpty())
            ao.insert(u"label"_qs, a.label);
        aggs.append(ao);
    }
    o.insert(u"aggregates"_qs, aggs);
    QJsonArray sortKeys;
    for (const SortKey &k : sort)
        sortKeys.append(QJsonObject{{u"field"_qs, k.field}, {u"descending"_qs, k.descending}});
    o.insert(u"sort"_qs, sortKeys);
    QJsonArray params;
    for (const ReportParameter &p : parameters) {
        params.append(QJsonObject{{u"name"_qs, p.name},
                                  {u"type"_qs, p.type},
                                  {u"label"_qs, p.label},
                                  {u"default"_qs, p.defaultValue}});
    }
    o.insert(u"parameters"_qs, params);
    if (chartAggregate >= 0)
        o.insert(u"chartAggregate"_qs, chartAggregate);
    return o;
}

QByteArray ReportDefinition::toJsonBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Result<ReportDefinition> ReportDefinition::fromJsonBytes(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // The line of the offset, so the message points into a file a person can open.
        const int line = int(json.left(error.offset).count('\n')) + 1;
        return Error{
            ErrorCode::Invalid,
            tr("line %1 (offset %2): %3").arg(line).arg(error.offset).arg(error.errorString()),
            {}};
    }
    if (!doc.isObject())
        return Error{ErrorCode::Invalid, tr("a report definition must be a JSON object"), {}};
    return fromJson(doc.object());
}

Result<ReportDefinition> ReportDefinition::fromJson(const QJsonObject &o)
{
    ReportDefinition def;
    const int version = o.value(u"version").toInt(FormatVersion);
    if (version < 1 || version > FormatVersion)
        return invalid(u"version"_qs, tr("unsupported version %1").arg(version));
    def.builtinKey = o.value(u"builtin").toString();
    def.title = o.value(u"title").toString().trimmed();
    def.description = o.value(u"description").toString();
    if (!o.value(u"recordType").isString() ||
        !parseRecordType(o.value(u"recordType").toString(), &def.recordType)) {
        return invalid(u"recordType"_qs, tr("“%1” is not contacts, companies, deals or activities")
                                             .arg(o.value(u"recordType").toVariant().toString()));
    }
    const auto stringList = [&](const QString &key, QStringList *out) -> Status {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray())
            return invalid(key, tr("must be an array of field names"));
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString())
                return invalid(QStringLiteral("%1[%2]").arg(key).arg(i), tr("must be a string"));
            out->append(a.at(i).toString());
        }
        return {};
    };
    if (auto s = stringList(u"columns"_qs, &def.columns); !s)
        return s.error();
    if (auto s = stringList(u"groupBy"_qs, &def.groupBy); !s)
        return s.error();
    if (o.contains(u"filter")) {
        auto root = nodeFromJson(o.value(u"filter"), u"filter"_qs, 0);
        if (!root)
            return root.error();
        if (!root->isGroup()) {
            FilterNode group;
            group.children.append(root.value());
            def.filter = group;
        } else {
            def.filter = root.value();
        }
    }
    const auto objects = [&](const QString &key) -> Result<QJsonArray> {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() || v.isNull())
            return QJsonArray();
        if (!v.isArray())
            return invalid(key, tr("must be an array"));
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isObject())
                return invalid(QStringLiteral("%1[%2]").arg(key).arg(i), tr("must be an object"));
        }
        return a;
    };
    auto aggs = objects(u"aggregates"_qs);
    if (!aggs)
        return aggs.error();
    for (const QJsonValue &v : aggs.value()) {
        const QJsonObject a = v.toObject();
        def.aggregates.append({a.value(u"function").toString(), a.value(u"field").toString(),
                               a.value(u"label").toString()});
    }
    auto sorts = objects(u"sort"_qs);
    if (!sorts)
        return sorts.error();
    for (const QJsonValue &v : sorts.value()) {
        const QJsonObject k = v.toObject();
        def.sort.append({k.value(u"field").toString(), k.value(u"descending").toBool()});
    }
    auto params = objects(u"parameters"_qs);
    if (!params)
        return params.error();
    for (const QJsonValue &v : params.value()) {
        const QJsonObject p = v.toObject();
        def.parameters.append({p.value(u"name").toString(), p.value(u"type").toString(u"text"_qs),
                               p.value(u"label").toString(), p.value(u"default").toString()});
    }
    def.chartAggregate = o.value(u"chartAggregate").toInt(-1);
    if (auto s = def.validate(); !s)
        return s.error();
    return def;
}

Status ReportDefinition::validate() const
{
    if (title.isEmpty())
        return invalid(u"title"_qs, tr("a report needs a title"));
    const QString type = recordTypeKey(recordType);
    const auto known = [&](const QString &where, const QString &key) -> Status {
        if (!ReportFields::find(recordType, key))
            return invalid(where, tr("unknown field “%1” of %2").arg(key, type));
        return {};
    };
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (auto s = known(QStringLiteral("columns[%1]").arg(i), columns[i]); !s)
            return s;
    }
    if (!isGrouped() && columns.isEmpty())
        return invalid(u"columns"_qs, tr("a report without groups needs at least one column"));
    if (groupBy.size() > 2)
        return invalid(u"groupBy"_qs, tr("at most two group fields"));
    for (qsizetype i = 0; i < groupBy.size(); ++i) {
        const QString where = QStringLiteral("groupBy[%1]").arg(i);
        if (auto s = known(where, groupBy[i]); !s)
            return s;
        if (!ReportFields::find(recordType, groupBy[i])->groupable())
            return invalid(where, tr("“%1” cannot be grouped by").arg(groupBy[i]));
    }
    if (groupBy.size() == 2 && groupBy[0] == groupBy[1])
        return invalid(u"groupBy[1]"_qs, tr("the same field twice"));
    if (isGrouped() && aggregates.isEmpty())
        return invalid(u"aggregates"_qs, tr("a grouped report needs at least one figure"));
    for (qsizetype i = 0; i < aggregates.size(); ++i) {
        const Aggregate &a = aggregates[i];
        const QString where = QStringLiteral("aggregates[%1]").arg(i);
        if (a.function == u"count") {
            if (!a.field.isEmpty())
                return invalid(where + u".field", tr("count takes no field"));
            continue;
        }
        if (a.function != u"sum" && a.function != u"avg")
            return invalid(where + u".function",
                           tr("“%1” is not count, sum or avg").arg(a.function));
        if (auto s = known(where + u".field", a.field); !s)
            return s;
        const FieldSpec *spec = ReportFields::find(recordType, a.field);
        if (!spec->summable())
            return invalid(where + u".field", tr("“%1” is not a number").arg(a.field));
        if (spec->type == FieldType::MoneyMap && a.function == u"avg")
            return invalid(where + u".function",
                           tr("amounts in several currencies can be summed, not averaged"));
    }
    for (qsizetype i = 0; i < sort.size(); ++i) {
        if (auto s = known(QStringLiteral("sort[%1].field").arg(i), sort[i].field); !s)
            return s;
        if (ReportFields::find(recordType, sort[i].field)->type == FieldType::MoneyMap)
            return invalid(QStringLiteral("sort[%1].field").arg(i),
                           tr("amounts in several currencies cannot be sorted"));
    }
    for (qsizetype i = 0; i < parameters.size(); ++i) {
        const ReportParameter &p = parameters[i];
        const QString where = QStringLiteral("parameters[%1]").arg(i);
        if (p.name.isEmpty())
            return invalid(where + u".name", tr("is missing"));
        static const QStringList types = {u"period"_qs, u"text"_qs, u"pipeline"_qs, u"integer"_qs};
        if (!types.contains(p.type))
            return invalid(where + u".type", tr("“%1” is not %2").arg(p.type, types.join(u", ")));
        for (qsizetype j = 0; j < i; ++j) {
            if (parameters[j].name == p.name)
                return invalid(where + u".name", tr("“%1” is given twice").arg(p.name));
        }
        if (p.type == u"period") {
            if (auto r = Period::resolve(p.defaultValue, QDate::currentDate()); !r)
                return invalid(where + u".default", r.error().detail);
        }
    }
    if (chartAggregate >= aggregates.size())
        return invalid(u"chartAggregate"_qs, tr("there is no figure %1").arg(chartAggregate));
    return validateNode(*this, filter, u"filter"_qs);
}

} // namespace crm::core::reports
