// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpdfwriter.h"

#include <QFile>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>
#include <mutex>

namespace crm::ui {

using namespace core::reports;

namespace {

bool rightAligned(const ReportColumn &c)
{
    return c.figure || c.type == FieldType::Integer || c.type == FieldType::Money ||
           c.type == FieldType::MoneyMap;
}

// A "nice" step for an axis: 1, 2 or 5 times a power of ten.
double niceStep(double range, int ticks)
{
    if (range <= 0)
        return 1;
    const double raw = range / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * magnitude >= raw)
            return m * magnitude;
    }
    return 10 * magnitude;
}

struct Layout
{
    QPagedPaintDevice *device;
    QRectF page; // the paint rectangle, in device pixels
    double pt;   // device pixels per point
    QFont body, bold, title, small;

    QFont font(double points, bool isBold = false) const
    {
        QFont f(ReportPdfWriter::fontFamily());
        f.setPointSizeF(points);
        f.setBold(isBold);
        return f;
    }
};

void paintChart(QPainter &p, const Layout &l, const QRectF &area, const ReportChart &chart)
{
    p.save();
    p.setFont(l.bold);
    const QFontMetricsF bold(l.bold, l.device);
    p.setPen(Qt::black);
    p.drawText(QRectF(area.left(), area.top(), area.width(), bold.height()),
               Qt::AlignLeft | Qt::AlignVCenter, chart.caption);
    p.setFont(l.small);
    const QFontMetricsF fm(l.small, l.device);
    double maxValue = 0, minValue = 0;
    for (double v : chart.values) {
        maxValue = std::max(maxValue, v);
        minValue = std::min(minValue, v);
    }
    const double step = niceStep(maxValue - minValue, 5);
    const double top = std::ceil(maxValue / step) * step;
    const double bottom = std::floor(minValue / step) * step;
    const QLocale locale;
    const auto number = [&](double v) {
        return !chart.currency.isEmpty() ? locale.toString(v, 'f', 0) : locale.toString(v, 'g', 10);
    };
    double axisWidth = 0;
    for (double v = bottom; v <= top + step / 2; v += step)
        axisWidth = std::max(axisWidth, fm.horizontalAdvance(number(v)));
    const QRectF plot(area.left() + axisWidth + 6 * l.pt, area.top() + bold.height() + 6 * l.pt,
                      area.width() - axisWidth - 6 * l.pt,
                      area.height() - bold.height() - fm.height() * 2 - 12 * l.pt);
    const auto yOf = [&](double v) {
        return plot.bottom() - (top == bottom ? 0 : (v - bottom) / (top - bottom)) * plot.height();
    };
    p.setPen(QPen(QColor(0xd0, 0xd0, 0xd0), 0.5 * l.pt));
    for (double v = bottom; v <= top + step / 2; v += step) {
        const double y = yOf(v);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QRectF(area.left(), y - fm.height() / 2, axisWidth, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, number(v));
        p.setPen(QPen(QColor(0xd0, 0xd0, 0xd0), 0.5 * l.pt));
    }
    const qsizetype n = chart.values.size();
    if (n > 0) {
        const double slot = plot.width() / double(n);
        const double bar = std::min(slot * 0.7, 60 * l.pt);
        for (qsizetype i = 0; i < n; ++i) {
            const double x = plot.left() + slot * double(i) + (slot - bar) / 2;
            const double y0 = yOf(0), y1 = yOf(chart.values[i]);
            p.fillRect(QRectF(x, std::min(y0, y1), bar, std::abs(y1 - y0)),
                       QColor(0x2f, 0x6f, 0xb3));
            p.setPen(Qt::black);
            p.drawText(QRectF(plot.left() + slot * double(i), std::min(y0, y1) - fm.height(), slot,
                              fm.height()),
                       Qt::AlignHCenter | Qt::AlignBottom, number(chart.values[i]));
            const QString label = fm.elidedText(chart.labels[i], Qt::ElideRight, slot - 2 * l.pt);
            p.drawText(QRectF(plot.left() + slot * double(i), plot.bottom() + 3 * l.pt, slot,
                              fm.height() * 2),
                       Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, label);
        }
    }
    p.setPen(QPen(Qt::black, 0.75 * l.pt));
    p.drawLine(QPointF(plot.left(), yOf(0)), QPointF(plot.right(), yOf(0)));
    p.restore();
}

} // namespace

QString ReportPdfWriter::fontFamily()
{
    static QString family;
    static std::once_flag once;
    std::call_once(once, [] {
        // Debian's fonts-dejavu-core; fontconfig usually knows it already, but the program
        // must not depend on the desktop's font setup for a document it sends away.
        for (const char *file : {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}) {
            const QString path = u"/usr/share/fonts/truetype/dejavu/"_qs + QLatin1String(file);
            if (QFile::exists(path))
                QFontDatabase::addApplicationFont(path);
        }
        family = QFontDatabase::families().contains(u"DejaVu Sans"_qs) ? u"DejaVu Sans"_qs
                                                                       : QFont().family();
    });
    return family;
}

bool ReportPdfWriter::parsePageSize(const QString &text, QPageSize::PageSizeId *size)
{
    const QString t = text.trimmed().toLower();
    if (t == u"a4")
        *size = QPageSize::A4;
    else if (t == u"letter")
        *size = QPageSize::Letter;
    else
        return false;
    return true;
}

bool ReportPdfWriter::parseOrientation(const QString &text, QPageLayout::Orientation *orientation)
{
    const QString t = text.trimmed().toLower();
    if (t == u"portrait")
        *orientation = QPageLayout::Portrait;
    else if (t == u"landscape")
        *orientation = QPageLayout::Landscape;
    else
        return false;
    return true;
}

core::Status ReportPdfWriter::writePdf(const QString &path, const CompiledReport &report,
                                       const ReportTable &table, const ReportPageOptions &options,
                                       const std::function<bool()> &cancelled)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return core::Error{
            core::ErrorCode::Io, tr("cannot write %1: %2").arg(path, file.errorString()), {}};
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(300);
        pdf.setTitle(
            QCoreApplication::translate("crm::core::Reports", qPrintable(report.definition.title)));
        pdf.setCreator(u"CRM"_qs);
        pdf.setPageLayout(QPageLayout(QPageSize(options.pageSize), options.orientation,
                                      QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        auto pages = paint(&pdf, report, table, options.generatedAt, cancelled);
        if (!pages) {
            file.cancelWriting();
            return pages.error();
        }
    }
    if (!file.commit())
        return core::Error{
            core::ErrorCode::Io, tr("cannot write %1: %2").arg(path, file.errorString()), {}};
    return {};
}

core::Result<int> ReportPdfWriter::paint(QPagedPaintDevice *device, const CompiledReport &report,
                                         const ReportTable &table, const QDateTime &generatedIn,
                                         const std::function<bool()> &cancelled)
{
    Layout l{device, {}, 0, {}, {}, {}, {}};
    const QPageLayout pageLayout = device->pageLayout();
    const int dpi = device->logicalDpiY();
    l.page = QRectF(QPointF(0, 0), QSizeF(pageLayout.paintRectPixels(dpi).size()));
    l.pt = dpi / 72.0;
    l.body = l.font(8.5);
    l.bold = l.font(8.5, true);
    l.title = l.font(16, true);
    l.small = l.font(7.5);
    const QFontMetricsF fm(l.body, device), fmBold(l.bold, device), fmSmall(l.small, device),
        fmTitle(l.title, device);
    const QLocale locale;
    const QDateTime generatedAt =
        generatedIn.isValid() ? generatedIn : QDateTime::currentDateTime();
    const QList<ReportColumn> &columns = table.columns;
    const qsizetype nCols = columns.size();
    const double pad = 3 * l.pt;

    // Cell texts once; widths from the widest text of each column.
    QList<QStringList> cells;
    cells.reserve(table.rows.size());
    QList<double> widths(nCols, 0);
    for (qsizetype c = 0; c < nCols; ++c)
        widths[c] = fmBold.horizontalAdvance(columns[c].label) + 2 * pad;
    for (const ReportRow &row : table.rows) {
        QStringList texts = ReportFormat::row(columns, row, ReportFormat::Style::Display, locale);
        const QFontMetricsF &m =
            row.kind == RowKind::Detail || row.kind == RowKind::Group ? fm : fmBold;
        for (qsizetype c = 0; c < nCols; ++c) {
            for (const QString &line : texts[c].split(u'\n'))
                widths[c] = std::max(widths[c], m.horizontalAdvance(line) + 2 * pad);
        }
        cells << texts;
    }
    // Too wide: every column gives up width in proportion, none below a minimum; text is
    // elided then.
    double total = 0;
    for (double w : widths)
        total += w;
    if (total < l.page.width()) {
        // Narrow: the table still spans the page, the extra width shared out.
        for (double &w : widths)
            w *= l.page.width() / total;
    } else if (total > l.page.width()) {
        const double minimum = 30 * l.pt;
        double flexible = 0, fixed = 0;
        for (double w : widths)
            (w > minimum ? flexible : fixed) += w;
        const double factor = std::max(0.1, (l.page.width() - fixed) / std::max(1.0, flexible));
        for (double &w : widths) {
            if (w > minimum)
                w = std::max(minimum, w * factor);
        }
    }
    const auto rowHeight = [&](const QStringList &texts) {
        int lines = 1;
        for (const QString &t : texts)
            lines = std::max(lines, int(t.count(u'\n')) + 1);
        return lines * fm.lineSpacing() + 2 * pad;
    };
    const double headerHeight = fmBold.lineSpacing() * 1 + 2 * pad;
    const double footerHeight = fmSmall.lineSpacing() + 6 * l.pt;

    // The title block of the first page.
    const QString title =
        QCoreApplication::translate("crm::core::Reports", qPrintable(report.definition.title));
    QStringList info = report.parameterLines;
    if (!report.conditions.isEmpty())
        info << tr("Filters: %1").arg(report.conditions.join(tr("; ")));
    info << tr("Generated: %1").arg(locale.toString(generatedAt, QLocale::LongFormat));
    double infoHeight = 0;
    const QRectF infoWidth(0, 0, l.page.width(), 1e9);
    for (const QString &line : info)
        infoHeight += fm.boundingRect(infoWidth, Qt::TextWordWrap, line).height();
    const ReportChart chart = ReportChart::of(report, table);
    const double chartHeight =
        chart.values.isEmpty() ? 0 : std::min(l.page.height() * 0.32, 200 * l.pt);
    const double firstTop = fmTitle.lineSpacing() + 4 * l.pt + infoHeight + 8 * l.pt +
                            (chartHeight > 0 ? chartHeight + 10 * l.pt : 0);

    // Pages: which rows each holds.
    QList<QPair<qsizetype, qsizetype>> pages; // [first, end)
    {
        double y = firstTop + headerHeight;
        qsizetype first = 0;
        const double bottom = l.page.height() - footerHeight;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const double h = rowHeight(cells[i]);
            if (y + h > bottom && i > first) {
                pages.append({first, i});
                first = i;
                y = headerHeight;
            }
            y += h;
        }
        pages.append({first, cells.size()});
    }

    QPainter p;
    if (!p.begin(device))
        return core::Error{core::ErrorCode::Io, tr("cannot paint the report"), {}};
    p.setRenderHint(QPainter::Antialiasing);
    const int pageCount = int(pages.size());
    for (int pageNo = 0; pageNo < pageCount; ++pageNo) {
        if (cancelled && cancelled()) {
            p.end();
            return core::Error{core::ErrorCode::Cancelled, tr("the export was cancelled"), {}};
        }
        if (pageNo > 0)
            device->newPage();
        double y = 0;
        if (pageNo == 0) {
            p.setFont(l.title);
            p.setPen(Qt::black);
            p.drawText(QRectF(0, 0, l.page.width(), fmTitle.lineSpacing()),
                       Qt::AlignLeft | Qt::AlignVCenter, title);
            y = fmTitle.lineSpacing() + 4 * l.pt;
            p.setFont(l.body);
            p.setPen(QColor(0x40, 0x40, 0x40));
            for (const QString &line : info) {
                const QRectF r =
                    fm.boundingRect(QRectF(0, y, l.page.width(), 1e9), Qt::TextWordWrap, line);
                p.drawText(QRectF(0, y, l.page.width(), r.height()), Qt::TextWordWrap, line);
                y += r.height();
            }
            y += 8 * l.pt;
            if (chartHeight > 0) {
                paintChart(p, l, QRectF(0, y, l.page.width() * 0.9, chartHeight), chart);
                y += chartHeight + 10 * l.pt;
            }
        }
        // The header, on every page.
        double x = 0;
        p.fillRect(QRectF(0, y, l.page.width(), headerHeight), QColor(0x2f, 0x4f, 0x6f));
        p.setFont(l.bold);
        p.setPen(Qt::white);
        for (qsizetype c = 0; c < nCols; ++c) {
            const QRectF r(x + pad, y + pad, widths[c] - 2 * pad, headerHeight - 2 * pad);
            p.drawText(
                r, (rightAligned(columns[c]) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                fmBold.elidedText(columns[c].label, Qt::ElideRight, r.width()));
            x += widths[c];
        }
        y += headerHeight;
        for (qsizetype i = pages[pageNo].first; i < pages[pageNo].second; ++i) {
            const ReportRow &row = table.rows[i];
            const double h = rowHeight(cells[i]);
            const bool strong = row.kind == RowKind::Subtotal || row.kind == RowKind::Total;
            if (row.kind == RowKind::Subtotal)
                p.fillRect(QRectF(0, y, l.page.width(), h), QColor(0xe8, 0xee, 0xf4));
            else if (row.kind == RowKind::Total)
                p.fillRect(QRectF(0, y, l.page.width(), h), QColor(0xd0, 0xdc, 0xe8));
            else if (i % 2 == 1)
                p.fillRect(QRectF(0, y, l.page.width(), h), QColor(0xf6, 0xf6, 0xf6));
            p.setFont(strong ? l.bold : l.body);
            const QFontMetricsF &m = strong ? fmBold : fm;
            p.setPen(Qt::black);
            x = 0;
            for (qsizetype c = 0; c < nCols; ++c) {
                const QRectF r(x + pad, y + pad, widths[c] - 2 * pad, h - 2 * pad);
                QStringList lines = cells[i][c].split(u'\n');
                for (QString &line : lines)
                    line = m.elidedText(line, Qt::ElideRight, r.width());
                p.drawText(
                    r, (rightAligned(columns[c]) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop,
                    lines.join(u'\n'));
                x += widths[c];
            }
            if (row.kind == RowKind::Total) {
                p.setPen(QPen(Qt::black, 0.75 * l.pt));
                p.drawLine(QPointF(0, y), QPointF(l.page.width(), y));
            }
            y += h;
        }
        if (cells.isEmpty() && pageNo == 0) {
            p.setFont(l.body);
            p.drawText(QRectF(0, y + pad, l.page.width(), fm.lineSpacing()), tr("No records."));
        }
        // The foot: report title and "Page 2 of 7".
        p.setFont(l.small);
        p.setPen(QColor(0x60, 0x60, 0x60));
        const QRectF foot(0, l.page.height() - fmSmall.lineSpacing(), l.page.width(),
                          fmSmall.lineSpacing());
        p.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, title);
        p.drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
                   tr("Page %1 of %2").arg(pageNo + 1).arg(pageCount));
    }
    p.end();
    return pageCount;
}

} // namespace crm::ui
