// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/csvwriter.h"
#include "reports/reportengine.h"

#include <functional>

class QIODevice;

namespace crm::core::reports {

// Called now and then with the rows written so far; false cancels.
using ExportProgress = std::function<bool(qint64 rows)>;

// Streams a report to CSV: a header row of the column labels, then every row as it comes
// from SQLite (subtotals and the total labelled in their first empty cell). Values are
// plain: ISO dates, amounts as "1234.50 EUR". Returns the rows written (without the header).
Result<qint64> exportCsv(const ReportEngine &engine, const CompiledReport &report,
                         QIODevice *device, const io::CsvWriteOptions &options,
                         const ExportProgress &progress = {});

} // namespace crm::core::reports
