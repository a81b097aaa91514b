// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportengine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPageLayout>
#include <QPageSize>

#include <functional>

class QPagedPaintDevice;

namespace crm::ui {

struct ReportPageOptions
{
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    QDateTime generatedAt; // default: now
};

// Paints a report on pages: its title, the period and filters in words, when it was
// generated, a bar chart of the grouped figure, then the table with its header repeated on
// every page, subtotals and the grand total, and "Page 2 of 7" at the foot of each page.
// Text is set in DejaVu Sans (Latin with diacritics, Cyrillic, Greek), embedded in a PDF as a
// subset. Qt Gui only (no Widgets): crm-cli and worker threads use it too.
class ReportPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(crm::ui::ReportPdfWriter)

public:
    // Writes a PDF file (aside, then renamed). `cancelled` is asked between pages.
    static core::Status writePdf(const QString &path, const core::reports::CompiledReport &report,
                                 const core::reports::ReportTable &table,
                                 const ReportPageOptions &options = {},
                                 const std::function<bool()> &cancelled = {});
    // Paints on a device already set up (a QPdfWriter or a QPrinter); returns the page count.
    static core::Result<int> paint(QPagedPaintDevice *device,
                                   const core::reports::CompiledReport &report,
                                   const core::reports::ReportTable &table,
                                   const QDateTime &generatedAt = {},
                                   const std::function<bool()> &cancelled = {});
    // Registers the bundled-by-Debian DejaVu fonts once; the family to use.
    static QString fontFamily();
    // "a4", "letter" / "portrait", "landscape"; false when unknown.
    static bool parsePageSize(const QString &text, QPageSize::PageSizeId *size);
    static bool parseOrientation(const QString &text, QPageLayout::Orientation *orientation);
};

} // namespace crm::ui
