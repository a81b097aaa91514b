// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "domain/contact.h"

#include <QByteArray>
#include <QMutex>
#include <QString>

#include <memory>

struct sqlite3;

namespace crm::core::import {

// Where an import preview keeps its rows, so that memory stays flat however long the file:
// a private temporary SQLite database (sqlite3_open("")) with a small page cache, which
// spills to a temporary file that SQLite deletes on close. It holds every row (its kind,
// choice, error, warnings, match and the contact itself, serialized) and the keys the
// in-file duplicate detection looks up. Thread affinity: none — the handle is serialized
// and every user takes mutex() around its statements, so the preview's worker, the UI's
// paging and the apply's worker can take turns.
class PreviewStore
{
public:
    static Result<std::shared_ptr<PreviewStore>> create();
    ~PreviewStore();
    PreviewStore(const PreviewStore &) = delete;
    PreviewStore &operator=(const PreviewStore &) = delete;

    sqlite3 *handle() const { return m_handle; }
    QMutex &mutex() { return m_mutex; }
    Status exec(const char *sql);

    // A contact as the bytes of the store's `contact` column, and back (every field).
    static QByteArray pack(const Contact &c);
    static Contact unpack(const QByteArray &bytes);

private:
    PreviewStore() = default;
    sqlite3 *m_handle = nullptr;
    QMutex m_mutex;
};

} // namespace crm::core::import
