// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportdefinition.h"
#include "reports/reportfields.h"
#include "storage/database.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QVarLengthArray>
#include <QVariant>

#include <functional>

namespace crm::core::reports {

using ParameterValues = QHash<QString, QString>;

struct ReportColumn
{
    QString key;   // a field key, or "count", "sum_amount" … for figures
    QString label; // translated
    FieldType type = FieldType::Text;
    QString field; // the field shown or summed (empty for a count)
    bool figure = false;
    bool average = false;
};

enum class RowKind
{
    Detail,   // one record (a report without groups)
    Group,    // one group with its figures
    Subtotal, // the figures of a first-level group (reports with two group fields)
    Total     // the grand total
};

// One line of a report. Values follow the columns: QString, qint64, double, bool, or
// MoneyAmounts for money; null where there is nothing. A subtotal or total carries its
// label ("Subtotal", "Total · 12") for the first empty cell.
struct ReportRow
{
    RowKind kind = RowKind::Detail;
    QVariantList values;
    QString label;
};

// A definition compiled for one run: one parameterised SQL statement (values are bound,
// never pasted) and how to read its rows.
struct CompiledReport
{
    ReportDefinition definition;
    ParameterValues parameters; // every parameter with its value (defaults filled in)
    QDateTime now;              // UTC
    QList<ReportColumn> columns;
    QString sql;
    QVariantList binds;         // ?1, ?2 … in order
    QStringList conditions;     // the filters in words, translated
    QStringList parameterLines; // "Period: This year (1 Jan 2026 – 31 Dec 2026)"

    struct Plan; // how result columns map to report columns
    std::shared_ptr<const Plan> plan;
};

// Rows as they come; false from the sink stops the run (cancel).
using RowSink = std::function<bool(const ReportRow &)>;

// The cells of one detail row as ReportFormat::row(…, Style::Plain) writes them, already in
// UTF-8: what a big export writes, with no QVariant or QString in between. Valid for the
// duration of the sink's call.
class PlainCells
{
public:
    qsizetype size() const { return m_ends.size(); }
    QByteArrayView at(qsizetype i) const
    {
        const qsizetype begin = i == 0 ? 0 : m_ends[i - 1];
        return QByteArrayView(m_text.constData() + begin, m_ends[i] - begin);
    }

private:
    friend class PlainFormatter;
    QByteArray m_text;
    QVarLengthArray<qsizetype, 24> m_ends;
};
using PlainSink = std::function<bool(const PlainCells &)>;

// The rows of a run kept in memory, for screens, PDF and tests (not for big exports).
struct ReportTable
{
    QList<ReportColumn> columns;
    QList<ReportRow> rows;
    bool truncated = false; // more detail rows than asked for
};

// Compiles report definitions to SQL and streams their rows from this thread's connection.
// Plain row reports step the statement row by row (nothing held); grouped ones read one row
// per group and currency and add subtotals and the grand total as they go.
class ReportEngine
{
    // The context lupdate files the messages of its members under.
    Q_DECLARE_TR_FUNCTIONS(crm::core::reports::ReportEngine)

public:
    explicit ReportEngine(DatabasePtr db);

    // Checks the parameters (an unknown name or a bad value is an error naming it).
    Result<CompiledReport> compile(const ReportDefinition &definition,
                                   const ParameterValues &parameters = {},
                                   const QDateTime &now = {}) const;
    // Streams the rows; returns how many detail or group rows there were. Stopped by the
    // sink: ErrorCode::Cancelled.
    Result<qint64> run(const CompiledReport &report, const RowSink &sink) const;
    // The same, but the detail rows of a report without groups reach `details` as plain
    // UTF-8 cells; every other row (groups, subtotals, the total) still reaches `sink`.
    Result<qint64> runPlain(const CompiledReport &report, const PlainSink &details,
                            const RowSink &sink) const;
    // At most `maxDetailRows` detail rows (and every total); -1: all.
    Result<ReportTable> collect(const CompiledReport &report, qint64 maxDetailRows = -1) const;

private:
    Result<qint64> runRows(const CompiledReport &report, const RowSink &sink,
                           const PlainSink *details) const;

    DatabasePtr m_db;
};

// What a bar chart of a grouped report shows: one bar per group, of the chart's figure
// (the definition's chartAggregate, else its first sum, else its first figure). Money is
// charted in one currency — the one most groups have — never mixed.
struct ReportChart
{
    // The context lupdate files the messages of its members under.
    Q_DECLARE_TR_FUNCTIONS(crm::core::reports::ReportChart)

public:
    QStringList labels;
    QList<double> values; // major units for money
    QString caption;      // "Weighted (EUR)"
    QString currency;     // empty unless money
    bool isEmpty() const { return values.isEmpty(); }

    static ReportChart of(const CompiledReport &report, const ReportTable &table, int maxBars = 40);
};

// Cell text of report values.
namespace ReportFormat {

enum class Style
{
    Display, // the user's locale, currency symbols, translated keys
    Plain    // CSV: ISO dates, "1234.50 EUR", numbers without grouping
};

QString cell(const ReportColumn &column, const QVariant &value, Style style,
             const QLocale &locale = QLocale());
// The text of a row's cells, with the label of a subtotal or total in its first empty cell.
QStringList row(const QList<ReportColumn> &columns, const ReportRow &row, Style style,
                const QLocale &locale = QLocale());
// The number a chart draws for a figure: for money, the amount of `currency` in major units.
double chartValue(const QVariant &value, const QString &currency);

} // namespace ReportFormat

} // namespace crm::core::reports
