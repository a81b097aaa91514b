// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "domain/contact.h"
#include "storage/database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <functional>

namespace crm::core::import {

struct ImportBatch
{
    qint64 id = 0;
    qint64 startedAt = 0; // ms since the epoch
    qint64 finishedAt = 0;
    QString source; // the file's name
    QString format; // csv | vcard
    QString state;  // applying (or interrupted) | applied | cancelled | undone
    int created = 0;
    int updated = 0;
    int skipped = 0;
    int invalid = 0;
};

// The local record of imports (tables import_batches, import_items; never synced) and their
// undo. Undo deletes the contacts and companies an import created and restores the contacts
// it updated, as ordinary captured edits that sync; it refuses — naming the records — when
// any of them was changed after the import. Use from one thread at a time per object.
class ImportBatches
{
    // The context lupdate files the messages of its members under.
    Q_DECLARE_TR_FUNCTIONS(crm::core::import::ImportBatches)

public:
    explicit ImportBatches(DatabasePtr db);

    Result<QList<ImportBatch>> list(int limit = 100) const;
    Result<ImportBatch> get(qint64 id) const;
    // Undoes a batch in bounded transactions; `progress(done, total)` may return false to
    // stop (what is undone stays undone, the rest can be undone later).
    Status undo(qint64 id, const std::function<bool(qint64, qint64)> &progress = {});

    // For the importer, inside its transactions.
    static Result<qint64> begin(QSqlDatabase &db, const QString &source, const QString &format);
    static Status addItem(QSqlDatabase &db, qint64 batch, int seq, const QString &kind,
                          const QByteArray &recordId, const QString &before, qint64 afterSeq);
    // addItem with its statement prepared once, for the items of a whole import.
    class ItemWriter
    {
    public:
        ItemWriter(QSqlDatabase &db, qint64 batch);
        Status add(int seq, const QString &kind, const QByteArray &recordId, const QString &before,
                   qint64 afterSeq);

    private:
        QSqlQuery m_insert;
        qint64 m_batch;
    };
    static Status finish(QSqlDatabase &db, const ImportBatch &counts, const QString &state);
    static Result<qint64> lastChangeSeq(QSqlDatabase &db);

    static QString contactToJson(const Contact &c);
    // Whether contactToJson() writes the same for both, without writing it (an import's
    // update compares every matched contact before and after its merge).
    static bool sameRecord(const Contact &a, const Contact &b);
    static Contact contactFromJson(const QString &json);

private:
    DatabasePtr m_db;
};

} // namespace crm::core::import
