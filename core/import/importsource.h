// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "domain/contact.h"
#include "import/columnmapping.h"
#include "io/vcard.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace crm::core::import {

enum class ImportFormat
{
    Auto, // by the file's name and first bytes
    Csv,
    VCard
};

// What to read and how. Empty encoding / null delimiter: detected.
struct SourceOptions
{
    QString path;
    ImportFormat format = ImportFormat::Auto;
    QByteArray encoding;
    QChar delimiter;
    bool keepPhotos = false; // vCard photos onto the contacts (ContactPhotos), or skipped
    std::optional<ColumnMapping> mapping; // CSV: none means remembered or recognised
};

// The first look at a file, before a mapping is chosen: what the wizard's encoding page and
// the CLI's dry run show.
struct SourceSample
{
    ImportFormat format = ImportFormat::Csv;
    QByteArray encoding;
    bool encodingCertain = false;
    QChar delimiter;
    QStringList headers;
    QList<QStringList> rows; // the first few data rows
};

// One record of the file as a contact, or why it cannot be one; line is where it starts.
struct SourceRecord
{
    qint64 line = 0;
    std::optional<Contact> contact;
    QString error;
    // vCard: custom field values for the importer to map by key and check, and what was
    // left out of the record ("line 12: the photo …; skipped").
    QList<io::VCardCustomValue> custom;
    QStringList warnings;
};

// Reads contacts out of a CSV or vCard file, streaming (CSV) or card by card (vCard).
// A file that cannot be read as a whole — missing, binary, an unclosed quote, a broken vCard
// structure — is an error naming the file and line; a bad record is a SourceRecord with its
// line and reason.
class ImportSource
{
    // The context lupdate files the messages of its members under.
    Q_DECLARE_TR_FUNCTIONS(crm::core::import::ImportSource)

public:
    static ImportFormat formatOf(const QString &path, QByteArrayView head);
    static Result<SourceSample> inspect(const SourceOptions &options, int sampleRows = 20);
    // Visits every record; `visit` returns false to stop (cancel). `progress` gets the share
    // of the file read so far (0..1).
    static Status read(const SourceOptions &options,
                       const std::function<bool(SourceRecord &&)> &visit,
                       const std::function<void(double)> &progress = {});
};

} // namespace crm::core::import
