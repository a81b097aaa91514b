// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "domain/contact.h"
#include "import/columnmapping.h"
#include "import/importsource.h"
#include "storage/database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace crm::core::import {

class PreviewStore;

// What a row of the file would become.
enum class RowKind
{
    New,       // no match: a new contact
    Update,    // matches a contact in the database
    Duplicate, // matches an earlier row of the same file
    Invalid    // cannot be imported (see error)
};

// What to do with a row that matches (Update or Duplicate).
enum class DuplicateChoice
{
    Update, // merge into the match: fill empty fields, add new e-mails, phones and tags
    Create, // a contact of its own
    Skip
};

struct DuplicateMatch
{
    QByteArray contactId;  // Update: the contact in the database
    int row = -1;          // Duplicate: the index of the earlier row
    QString name;          // what the match is called, for the preview
    double confidence = 0; // 0..1
    QString reason;        // "same e-mail a@b.lv, similar name"
};

struct PreviewRow
{
    qint64 index = -1; // the record's place in the file, from 0
    qint64 line = 0;
    RowKind kind = RowKind::New;
    Contact contact;
    QString error; // Invalid: why
    // What a valid row leaves out, each with its line: a photo that cannot be kept, a value
    // for a custom field that does not exist ("line 12: …; skipped").
    QStringList warnings;
    DuplicateMatch match;
    DuplicateChoice choice = DuplicateChoice::Update;
};

// Which rows of a preview a page lists.
enum class PreviewFilter
{
    All,
    Matches, // Update and Duplicate rows, each with its choice
    Invalid,
    Warnings // valid rows with warnings
};

// Everything read and matched, nothing written. The rows live in a temporary store (see
// PreviewStore), not in memory: read them by index or page by page; the caller may change
// the matches' choices. Copies share the store (and the choices).
struct ImportPreview
{
    SourceOptions source; // with the encoding, delimiter and mapping actually used
    ImportFormat format = ImportFormat::Csv;
    QStringList headers;
    QString region; // for phone numbers without a country code
    std::shared_ptr<PreviewStore> store;
    qint64 total = 0;                // rows read
    qint64 counts[4] = {0, 0, 0, 0}; // by RowKind
    qint64 warned = 0;               // valid rows with warnings

    qint64 rowCount() const { return total; }
    int count(RowKind kind) const { return int(counts[int(kind)]); }
    int warningCount() const { return int(warned); }
    // One row (any kind) by its index; an index out of range gives a row with index -1.
    PreviewRow row(qint64 index) const;
    // Up to `limit` rows of `filter` after the row `afterIndex` (-1: from the start), in
    // file order: keyset paging for the wizard's tables and the CLI's listing.
    Result<QList<PreviewRow>> page(PreviewFilter filter, qint64 afterIndex, int limit) const;
    Status setChoice(qint64 index, DuplicateChoice choice);
    void setChoiceForAll(DuplicateChoice choice);
};

struct ImportSettings
{
    SourceOptions source;
    QString region; // empty: PhoneNormalizer::defaultRegion
    DuplicateChoice onDuplicate = DuplicateChoice::Update;
};

struct ImportOutcome
{
    qint64 batchId = 0;
    int created = 0;
    int updated = 0;
    int skipped = 0;
    int invalid = 0;
};

// (done, total); return false to cancel.
using ImportProgress = std::function<bool(qint64, qint64)>;

// Imports contacts from CSV or vCard: a preview that reads the file and finds duplicates
// against the database (candidates looked up by indexed e-mail, phone digits and the search
// index's folded names — never a scan per row) and within the file; then an apply that
// writes one import batch through the repositories in bounded transactions, so change
// capture and sync see ordinary edits, and that ImportBatches can undo whole. Run both off
// the UI thread: they use the calling thread's connection.
class ContactImporter
{
    // The context lupdate files the messages of its members under.
    Q_DECLARE_TR_FUNCTIONS(crm::core::import::ContactImporter)

public:
    explicit ContactImporter(DatabasePtr db);

    Result<ImportPreview> preview(const ImportSettings &settings,
                                  const ImportProgress &progress = {});
    // A cancelled or failed apply undoes what it wrote and returns the error (Cancelled).
    Result<ImportOutcome> apply(const ImportPreview &preview, const ImportProgress &progress = {});

private:
    DatabasePtr m_db;
};

} // namespace crm::core::import
