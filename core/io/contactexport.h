// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "io/csvwriter.h"
#include "storage/database.h"

#include <functional>

class QIODevice;

namespace crm::core::io {

enum class ExportFormat
{
    Csv,
    VCard,
};

// The header of a contacts CSV export: the user's language (tr()), Google-like pairs for
// e-mails and phones ("E-mail 1 - Label", "E-mail 1 - Value").
QStringList contactCsvHeader();

// Writes every live contact to `out` — CSV (per `csv`) or vCard 4.0 — streaming a page at a
// time, so a million contacts need no more memory than a few thousand. `progress(done,
// total)` may return false to cancel (an ErrorCode::Cancelled error). Returns the number
// written.
Result<qint64> exportContacts(const DatabasePtr &db, QIODevice *out, ExportFormat format,
                              const CsvWriteOptions &csv = {},
                              const std::function<bool(qint64, qint64)> &progress = {});

} // namespace crm::core::io
