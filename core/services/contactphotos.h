// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "domain/contact.h"
#include "storage/sqlitestatement.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace crm::core {

// Photos live in `contact_photos` (schema 9), one row per contact, synced as a child of the
// contact: a private contact's photo stays private.
namespace ContactPhotos {

inline constexpr qsizetype MaxBytes = 512 * 1024;

// The photo row of a contact: derived from the contact's id, so every laptop that sets a
// photo for one contact writes the same row.
QByteArray rowId(const QByteArray &contactId);
// An empty photo, or one of a known image type within MaxBytes; an error names what is wrong.
Status validate(const ContactPhoto &photo);
// The media type of an image from its first bytes ("image/png"); empty when unknown.
QString sniffType(const QByteArray &data);

// The contact's photo; empty when it has none.
Result<ContactPhoto> get(QSqlDatabase &db, const QByteArray &contactId);
// The same through a query prepared once with getStatement(), for many contacts.
QString getStatement();
Result<ContactPhoto> get(SqliteStatement &prepared, const QByteArray &contactId);
// Stores the photo (an empty one removes it), in the caller's transaction, through change
// capture like every write; nothing is written when it is unchanged.
Status set(QSqlDatabase &db, const QByteArray &contactId, const ContactPhoto &photo);

} // namespace ContactPhotos

} // namespace crm::core
