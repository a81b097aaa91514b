// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportdefinition.h"
#include "storage/database.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

namespace crm::core::reports {

enum class FieldType
{
    Text,
    Key, // a stored key shown translated: a status, an outcome, a kind
    Integer,
    Bool,
    Money,    // minor units in the record's currency (currencySql)
    MoneyMap, // "EUR:1200;USD:500" from a subquery: amounts in several currencies
    Date,     // 'YYYY-MM-DD' text
    DateTime, // UTC milliseconds
    Month,    // 'YYYY-MM' text
    Stage,    // a stage id, shown by name, sorted by position
    Pipeline, // a pipeline id, shown by name, sorted by position
};

// Amounts by currency code; never added across currencies.
using MoneyAmounts = QMap<QString, qint64>;

// One field a report can show, filter, group or sum. `sql` is an expression over the
// record type's table alias (c, co, d, a); ?1 in it is "now" in UTC milliseconds.
struct FieldSpec
{
    QString key;
    const char *label = nullptr; // translated in "crm::core::Reports"
    FieldType type = FieldType::Text;
    QString sql;
    QString sortSql;     // empty: sql
    QString currencySql; // Money only
    QString customLabel; // a custom field's label (shown as is; `label` is null)

    QString displayLabel() const;
    bool summable() const
    {
        return type == FieldType::Integer || type == FieldType::Bool || type == FieldType::Money ||
               type == FieldType::MoneyMap;
    }
    bool groupable() const { return type != FieldType::MoneyMap && type != FieldType::DateTime; }
};

namespace ReportFields {

// The built-in fields and then the custom fields ("custom:KEY") of the record type.
QList<FieldSpec> of(RecordType type);
// A field by key; the pointer stays valid for the life of the program.
const FieldSpec *find(RecordType type, const QString &key);
// Reads the custom field definitions of contacts, companies and deals into the fields
// reports offer (ReportEngine and ReportRepository call it; thread-safe).
void loadCustomFields(const DatabasePtr &db);
QString table(RecordType type); // "deals d"
QString alias(RecordType type); // "d"
// The operators that make sense for a field type.
QStringList operatorsFor(FieldType type);
QString operatorLabel(const QString &op);                        // translated
QString keyLabel(const QString &fieldKey, const QString &value); // "lead" → "Lead"

} // namespace ReportFields

} // namespace crm::core::reports

Q_DECLARE_METATYPE(crm::core::reports::MoneyAmounts)
