// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "domain/contact.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace crm::core::io {

// A custom field's value as the file carries it (X-CRM-FIELD;X-KEY=industry:Retail): the
// importer maps it to the field with that key, if there is one, and checks it like a form.
struct VCardCustomValue
{
    qint64 line = 0;
    QString key;
    QString text;       // the value, unescaped
    QStringList values; // the same split at unescaped commas (a multiple choice's choices)
};

struct VCardAddress
{
    QString label; // work, home, other
    QString street;
    QString city;
    QString region;
    QString postalCode;
    QString country;
};

// One card as read: what a contact can hold, plus what the importer may map or drop.
struct VCard
{
    qint64 line = 0; // the line of its BEGIN:VCARD
    QString version; // 2.1, 3.0 or 4.0
    QString formattedName;
    QString firstName;
    QString lastName;
    QString organization;
    QString title;
    QString note;
    QList<EmailAddress> emails;
    QList<PhoneNumber> phones;
    QList<VCardAddress> addresses;
    QDate birthday;
    QStringList categories;
    QByteArray photo;  // decoded bytes, when photos are kept
    QString photoType; // e.g. image/jpeg
    QList<VCardCustomValue> custom;
    qint64 photoLine = 0; // the line of the PHOTO kept, or of one that was skipped
    QStringList warnings; // "line 12: …" for values that were skipped
};

// Reads vCard 2.1, 3.0 and 4.0 (RFC 2426, RFC 6350): folded lines, quoted-printable and
// base64 values, CHARSET parameters (in any encoding ICU knows), TYPE parameters in both the
// old (;WORK;CELL) and new (;TYPE=work,cell) forms, escaped text, structured N/ADR/ORG and
// CATEGORIES. A malformed structure — a property line without ':', a card that does not end,
// END without BEGIN — is an error naming its line, and nothing is returned; an unreadable
// value (a birthday that is no date) is skipped with a warning naming its line.
Result<QList<VCard>> parseVCards(const QByteArray &data, bool keepPhotos);

// The card as a contact (first e-mails/phones kept in order; the first address fills the
// contact's one; categories become tags).
Contact toContact(const VCard &card);

// vCard 4.0 for contacts: CRLF, lines folded at 75 octets (never inside a UTF-8 sequence),
// text escaped, UID from the contact's id so a re-import matches it. The contacts' values of
// the custom fields `fields` follow as extension properties, one per field, in the fields'
// order: X-CRM-FIELD;X-KEY=<key>:<canonical value> (escaped as text, RFC 6350 3.4; a
// multiple choice as a list of its choices separated by commas), which parseVCards reads
// back exactly, whatever the field's type.
QByteArray writeVCards(const QList<Contact> &contacts,
                       const QList<CustomFieldDefinition> &fields = {});

// The property name of custom field values.
inline constexpr char CustomFieldProperty[] = "X-CRM-FIELD";

} // namespace crm::core::io
