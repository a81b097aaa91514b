// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace crm::core::reports {

enum class RecordType
{
    Contacts,
    Companies,
    Deals,
    Activities
};
QString recordTypeKey(RecordType type); // "contacts" …
bool parseRecordType(const QString &key, RecordType *type);
QString recordTypeLabel(RecordType type); // translated

// One condition (field operator value) or a group of them joined by AND ("all") or OR
// ("any"). A condition's value may come from a parameter instead: `param` names it, and a
// parameter left empty (or "all" for a period) drops the condition.
struct FilterNode
{
    // A group when `field` is empty.
    QString field;
    QString op;     // eq ne lt le gt ge contains starts_with in is_empty not_empty in_period past
    QVariant value; // a string, a number or (for "in") a list of strings
    QString param;
    bool any = false; // a group: OR instead of AND
    QList<FilterNode> children;

    bool isGroup() const { return field.isEmpty(); }
    friend bool operator==(const FilterNode &, const FilterNode &) = default;
};

struct Aggregate
{
    QString function; // count | sum | avg
    QString field;    // empty for count
    QString label;    // the column header; empty: made from the function and the field
    friend bool operator==(const Aggregate &, const Aggregate &) = default;
};

struct SortKey
{
    QString field;
    bool descending = false;
    friend bool operator==(const SortKey &, const SortKey &) = default;
};

// A value the person running the report chooses (the period, the owner, the pipeline).
struct ReportParameter
{
    QString name;         // "period"
    QString type;         // period | text | pipeline | integer
    QString label;        // untranslated English; shown through tr() in "crm::core::Reports"
    QString defaultValue; // "this_year"; empty: the condition is dropped
    friend bool operator==(const ReportParameter &, const ReportParameter &) = default;
};

// What a report shows: a plain value, stored as JSON (saved reports, built-ins, files).
// Without groups a report lists records (its columns) with a grand total of its
// aggregates; with one or two group fields it lists one row per group with the aggregates,
// a subtotal per first-level group (when there are two) and a grand total.
struct ReportDefinition
{
    // The context lupdate files the messages of its members under.
    Q_DECLARE_TR_FUNCTIONS(crm::core::reports::ReportDefinition)

public:
    static constexpr int FormatVersion = 1;

    QString builtinKey; // "pipeline-by-stage" for a built-in; empty for a saved report
    QString title;
    QString description;
    RecordType recordType = RecordType::Contacts;
    QStringList columns;
    FilterNode filter; // a group ("all") at the root
    QStringList groupBy;
    QList<Aggregate> aggregates;
    QList<SortKey> sort;
    QList<ReportParameter> parameters;
    int chartAggregate = -1; // the aggregate a chart shows; -1: the first sum, else the first

    bool isGrouped() const { return !groupBy.isEmpty(); }
    const ReportParameter *parameter(const QString &name) const;

    QJsonObject toJson() const;
    QByteArray toJsonBytes() const;
    // Checks the structure and every field and operator against the record type; an error
    // names where ("filter.conditions[1].field: unknown field “x” of deals").
    static Result<ReportDefinition> fromJson(const QJsonObject &object);
    static Result<ReportDefinition> fromJsonBytes(const QByteArray &json);
    // The same checks for a definition built in code or in the builder.
    Status validate() const;

    friend bool operator==(const ReportDefinition &, const ReportDefinition &) = default;
};

} // namespace crm::core::reports
