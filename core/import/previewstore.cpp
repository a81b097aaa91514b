// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewstore.h"

#include <QDataStream>
#include <QIODevice>

#include <sqlite3.h>

namespace crm::core::import {

namespace {

// Row kinds and choices are stored as the enums' values (RowKind, DuplicateChoice); the
// partial indexes below name them: 1 Update, 2 Duplicate, 3 Invalid. Debian builds SQLite
// with secure_delete on: a private file deleted at the end needs no zeroing of what it frees.
constexpr const char *kSchema = R"(
PRAGMA journal_mode = OFF;
PRAGMA synchronous = OFF;
PRAGMA secure_delete = OFF;
PRAGMA cache_size = -8192;
PRAGMA temp_store = FILE;
CREATE TABLE rows (
    idx INTEGER PRIMARY KEY,
    line INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    choice INTEGER NOT NULL,
    error TEXT,
    warnings TEXT,
    first_name TEXT,
    last_name TEXT,
    match_id BLOB,
    match_row INTEGER,
    match_name TEXT,
    confidence REAL,
    reason TEXT,
    has_dups INTEGER NOT NULL DEFAULT 0,
    contact BLOB
);
CREATE INDEX rows_matches ON rows(idx) WHERE kind IN (1, 2);
CREATE INDEX rows_invalid ON rows(idx) WHERE kind = 3;
CREATE INDEX rows_warned ON rows(idx) WHERE warnings IS NOT NULL;
CREATE INDEX rows_duplicates ON rows(match_row, idx) WHERE kind = 2;
CREATE TABLE file_keys (key TEXT PRIMARY KEY, idx INTEGER NOT NULL) WITHOUT ROWID;
)";

} // namespace

Result<std::shared_ptr<PreviewStore>> PreviewStore::create()
{
    std::shared_ptr<PreviewStore> store(new PreviewStore);
    // "": a private temporary database on disk, deleted when closed; pages beyond the cache
    // go to that file instead of memory.
    const int rc = sqlite3_open_v2(
        "", &store->m_handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
        nullptr);
    if (rc != SQLITE_OK)
        return Error{ErrorCode::Database,
                     QStringLiteral("opening the import preview's temporary store: %1")
                         .arg(QString::fromUtf8(sqlite3_errstr(rc))),
                     {}};
    if (auto s = store->exec(kSchema); !s)
        return s.error();
    return store;
}

PreviewStore::~PreviewStore()
{
    sqlite3_close_v2(m_handle);
}

Status PreviewStore::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_handle, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message);
        sqlite3_free(message);
        return Error{ErrorCode::Database,
                     QStringLiteral("the import preview's temporary store: %1").arg(text),
                     {}};
    }
    return {};
}

QByteArray PreviewStore::pack(const Contact &c)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << c.id << c.rid << c.firstName << c.lastName << c.title << c.companyId << c.companyName
        << qint32(c.emails.size());
    for (const EmailAddress &e : c.emails)
        out << e.id << e.label << e.address;
    out << qint32(c.phones.size());
    for (const PhoneNumber &p : c.phones)
        out << p.id << p.label << p.number;
    out << c.street << c.postalCode << c.city << c.country << c.birthday << c.source
        << qint32(c.status) << c.owner << c.visibility << c.tags << c.notes << c.createdAt
        << c.updatedAt << c.deleted << c.photo.has_value();
    if (c.photo)
        out << c.photo->data << c.photo->type;
    out << c.custom << c.customText;
    return bytes;
}

Contact PreviewStore::unpack(const QByteArray &bytes)
{
    Contact c;
    QDataStream in(bytes);
    qint32 n = 0;
    in >> c.id >> c.rid >> c.firstName >> c.lastName >> c.title >> c.companyId >> c.companyName >>
        n;
    c.emails.resize(n);
    for (EmailAddress &e : c.emails)
        in >> e.id >> e.label >> e.address;
    in >> n;
    c.phones.resize(n);
    for (PhoneNumber &p : c.phones)
        in >> p.id >> p.label >> p.number;
    qint32 status = 0;
    bool hasPhoto = false;
    in >> c.street >> c.postalCode >> c.city >> c.country >> c.birthday >> c.source >> status >>
        c.owner >> c.visibility >> c.tags >> c.notes >> c.createdAt >> c.updatedAt >> c.deleted >>
        hasPhoto;
    c.status = LifecycleStatus(status);
    if (hasPhoto) {
        ContactPhoto photo;
        in >> photo.data >> photo.type;
        c.photo = photo;
    }
    in >> c.custom >> c.customText;
    return c;
}

} // namespace crm::core::import
