// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportexport.h"

namespace crm::core::reports {

Result<qint64> exportCsv(const ReportEngine &engine, const CompiledReport &report,
                         QIODevice *device, const io::CsvWriteOptions &options,
                         const ExportProgress &progress)
{
    io::CsvWriter writer(device, options);
    QStringList header;
    for (const ReportColumn &c : report.columns)
        header << c.label;
    writer.writeRow(header);
    const QLocale locale;
    Status failed;
    auto ran = engine.run(report, [&](const ReportRow &row) {
        writer.writeRow(ReportFormat::row(report.columns, row, ReportFormat::Style::Plain, locale));
        if ((writer.rows() & 0x3fff) == 0) {
            if (auto s = writer.flush(); !s) {
                failed = s;
                return false;
            }
            if (progress && !progress(writer.rows() - 1))
                return false;
        }
        return true;
    });
    if (!failed)
        return failed.error();
    if (!ran)
        return ran.error();
    if (auto s = writer.flush(); !s)
        return s.error();
    if (progress)
        progress(writer.rows() - 1);
    return writer.rows() - 1;
}

} // namespace crm::core::reports
