// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportexport.h"

#include <QVarLengthArray>

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
    // Every so many rows: write out, report progress, ask whether to go on.
    const auto wrote = [&] {
        if ((writer.rows() & 0x3fff) != 0)
            return true;
        if (auto s = writer.flush(); !s) {
            failed = s;
            return false;
        }
        return !progress || progress(writer.rows() - 1);
    };
    QVarLengthArray<QByteArrayView, 24> fields;
    auto ran = engine.runPlain(
        report,
        [&](const PlainCells &cells) {
            fields.resize(cells.size());
            for (qsizetype i = 0; i < cells.size(); ++i)
                fields[i] = cells.at(i);
            writer.writeUtf8Row(fields.constData(), fields.size());
            return wrote();
        },
        [&](const ReportRow &row) {
            writer.writeRow(
                ReportFormat::row(report.columns, row, ReportFormat::Style::Plain, locale));
            return wrote();
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
