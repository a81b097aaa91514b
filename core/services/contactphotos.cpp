// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactphotos.h"

#include "storage/sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QSqlQuery>

namespace crm::core::ContactPhotos {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("crm::core::ContactPhotos", text);
}

} // namespace

QByteArray rowId(const QByteArray &contactId)
{
    const QByteArray name = QByteArray("crm contact photo:") + contactId;
    QByteArray id = QCryptographicHash::hash(name, QCryptographicHash::Sha256).left(16);
    id[6] = char((id[6] & 0x0f) | 0x80); // UUID version 8 (custom), variant 10
    id[8] = char((id[8] & 0x3f) | 0x80);
    return id;
}

QString sniffType(const QByteArray &d)
{
    if (d.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (d.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("image/png");
    if (d.startsWith("GIF87a") || d.startsWith("GIF89a"))
        return QStringLiteral("image/gif");
    if (d.size() >= 12 && d.startsWith("RIFF") && d.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    return {};
}

Status validate(const ContactPhoto &photo)
{
    if (photo.isEmpty())
        return {};
    if (photo.data.size() > MaxBytes) {
        const QLocale locale;
        return Error{ErrorCode::Invalid,
                     tr("the photo is %1 KB; at most %2 KB are kept")
                         .arg(locale.toString((photo.data.size() + 1023) / 1024),
                              locale.toString(MaxBytes / 1024)),
                     QStringLiteral("photo")};
    }
    const QString sniffed = sniffType(photo.data);
    if (sniffed.isEmpty() || (!photo.type.isEmpty() && photo.type != sniffed)) {
        return Error{ErrorCode::Invalid, tr("the photo is not a JPEG, PNG, GIF or WebP image"),
                     QStringLiteral("photo")};
    }
    return {};
}

QString getStatement()
{
    return QStringLiteral("SELECT data, mime FROM contact_photos WHERE id = ?1 AND deleted = 0");
}

Result<ContactPhoto> get(SqliteStatement &q, const QByteArray &contactId)
{
    q.bindBlobOrNull(1, rowId(contactId));
    auto row = q.next(QStringLiteral("reading a contact's photo"));
    if (!row) {
        q.reset();
        return row.error();
    }
    ContactPhoto photo;
    if (row.value()) {
        photo.data = q.columnBlob(0);
        photo.type = q.columnText(1);
    }
    q.reset();
    return photo;
}

Result<ContactPhoto> get(QSqlDatabase &db, const QByteArray &contactId)
{
    SqliteStatement q;
    if (auto s = q.prepare(SqliteStatement::handleOf(db), getStatement()); !s)
        return s.error();
    return get(q, contactId);
}

Status set(QSqlDatabase &db, const QByteArray &contactId, const ContactPhoto &photoIn)
{
    ContactPhoto photo = photoIn;
    if (!photo.isEmpty() && photo.type.isEmpty())
        photo.type = sniffType(photo.data);
    if (auto s = validate(photo); !s)
        return s;
    const QByteArray id = rowId(contactId);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT data, mime, deleted FROM contact_photos WHERE id = ?"));
    q.addBindValue(id);
    if (auto s = sql::run(q, QStringLiteral("reading a contact's photo")); !s)
        return s;
    const bool exists = q.next();
    const bool deleted = exists && q.value(2).toBool();
    const ContactPhoto stored = exists && !deleted
                                    ? ContactPhoto{q.value(0).toByteArray(), q.value(1).toString()}
                                    : ContactPhoto{};
    q.finish();
    if (stored == photo)
        return {};
    QSqlQuery w(db);
    if (!exists) {
        w.prepare(QStringLiteral("INSERT INTO contact_photos(id, contact_id, mime, data, deleted)"
                                 " VALUES (?, ?, ?, ?, 0)"));
        w.addBindValue(id);
        w.addBindValue(contactId);
        w.addBindValue(photo.type);
        w.addBindValue(photo.data);
    } else if (photo.isEmpty()) {
        // Removing keeps the bytes out of the change: only `deleted` changes.
        w.prepare(QStringLiteral("UPDATE contact_photos SET deleted = 1 WHERE id = ?"));
        w.addBindValue(id);
    } else {
        w.prepare(QStringLiteral(
            "UPDATE contact_photos SET mime = ?, data = ?, deleted = 0 WHERE id = ?"));
        w.addBindValue(photo.type);
        w.addBindValue(photo.data);
        w.addBindValue(id);
    }
    return sql::run(w, QStringLiteral("saving a contact's photo"));
}

} // namespace crm::core::ContactPhotos
