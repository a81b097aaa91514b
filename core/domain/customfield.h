// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Custom fields — design.
//
// Definitions live in the synced table `custom_fields` (id, entity, key, label, type,
// required, position, choices as a JSON array, deleted): team configuration, shared like a
// tag. A definition's id is derived from (team, entity, key) (fieldId()), so two laptops of a
// team that add "industry" to contacts offline hold one field, not two, while another team
// on the same server that adds "industry" holds its own (ids are global on the server, and
// a record belongs to one team); deleting and adding it again brings the same row (and its
// values) back. A laptop not yet signed in has no team and uses the team-less id of
// earlier versions; CustomFieldRepository::adoptTeam() moves such definitions and their
// values to the team's ids once the laptop knows its team (at sign-in and every sync).
//
// Values live in the synced child table `custom_values` (id, record_id, field_id, entity,
// value, deleted). One row per (record, field), whose id is derived from the pair
// (valueId()): two laptops that fill the same field of one record write the same row, so
// the second is an edit of the first — a field-level last-writer-wins register with a
// conflict record when the values differ — while two laptops that fill different fields of
// one record write different rows and never conflict. The row is scoped by `record_id`
// (sync_tables.scope_column), so the server governs a value by its contact's, company's or
// deal's owner and visibility: a private contact's values stay private. No protocol change.
//
// Values are canonical text, the same on every laptop whatever its locale: text as typed;
// number "-1234.5" (C locale); money "1234.50 EUR" (the currency's minor digits, like
// deals); date "2026-03-10"; yes/no "1" / "0"; single choice the choice; multiple choice a
// JSON array of choices in the definition's order; URL as typed (http, https or mailto).
// "" is "no value". Repositories read and write them with their record, in one transaction.

#include "common/result.h"

#include <QByteArray>
#include <QLocale>
#include <QMap>
#include <QString>
#include <QStringList>

namespace crm::core {

enum class CustomEntity
{
    Contact,
    Company,
    Deal
};
// "contacts", "companies", "deals": the table of the records, also the stored entity.
QString entityTable(CustomEntity entity);
// Accepts "contact(s)", "company"/"companies", "deal(s)".
bool parseEntity(const QString &text, CustomEntity *entity);

enum class CustomFieldType
{
    Text,
    LongText,
    Number,
    Money,
    Date,
    YesNo,
    Choice,
    MultiChoice,
    Url
};
// "text", "longtext", "number", "money", "date", "yesno", "choice", "multichoice", "url".
QString typeKey(CustomFieldType type);
bool parseType(const QString &key, CustomFieldType *type);
QList<CustomFieldType> allTypes();
// Types whose values enter the full-text search entry of their record.
bool isTextLike(CustomFieldType type);

struct CustomFieldDefinition
{
    QByteArray id; // fieldId(entity, key, team)
    CustomEntity entity = CustomEntity::Contact;
    QString key; // [a-z][a-z0-9_]*, fixed once created
    QString label;
    CustomFieldType type = CustomFieldType::Text;
    bool required = false;
    int position = 0;
    QStringList choices; // Choice and MultiChoice
    bool deleted = false;
};

// Field key → canonical value ("" is empty). A record carries the values it has.
using CustomValues = QMap<QString, QString>;

namespace CustomField {

// `team` empty: the team-less id (a laptop not signed in, and every laptop before teams
// scoped the ids).
QByteArray fieldId(CustomEntity entity, const QString &key, const QString &team = {});
QByteArray valueId(const QByteArray &recordId, const QByteArray &fieldId);
bool isValidKey(const QString &key);

// The canonical form of what a user or a file typed (`input` in the C locale: "1234.5",
// "1234.50 EUR", "2026-03-10", "yes"/"no"/"true"/"false"/"1"/"0", choices separated by ';'
// or given as the canonical JSON array). An Error's field is "custom:KEY" and its detail
// starts with the field's label ("Industry: “Mining” is not one of: Retail, Banking").
Result<QString> canonical(const CustomFieldDefinition &def, const QString &input);
// Brings a record's values to their canonical form in place and checks them against the
// definitions: an unknown key or a bad value is refused naming the field; on create
// (`stored` null) every required field needs a value, on an edit a required value may not
// be cleared.
Status normalize(const QList<CustomFieldDefinition> &defs, CustomValues &values,
                 const CustomValues *stored);
// For people: numbers, money and dates in the locale, yes/no as a word, choices joined.
QString display(const CustomFieldDefinition &def, const QString &value,
                const QLocale &locale = QLocale());
// Multiple choice: canonical JSON ⇄ list.
QStringList choicesOf(const QString &value);
QString encodeChoices(const CustomFieldDefinition &def, const QStringList &chosen);
// Money: canonical "1234.50 EUR" ⇄ (minor units, currency); false when not money.
bool splitMoney(const QString &value, qint64 *minor, QString *currency);

} // namespace CustomField

} // namespace crm::core
