// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace crm::cli {

enum class OutputFormat
{
    Table,
    Csv,
    Json
};

// One column of a listing or one field of a record. `key` is stable (CSV header, JSON
// key, never translated); `header` is the translated label of the table format.
struct Column
{
    QString key;
    QString header;
    bool inTable = true; // the table format of a list shows only these (it must fit a terminal)
    bool inData = true;  // CSV, JSON and the "Field: value" lines of show
};

using Row = QList<QJsonValue>;

struct Listing
{
    QList<Column> columns;
    QList<Row> rows;
};

// A record with an optional list inside it (a company's contacts).
struct RecordView
{
    QList<Column> fields;
    Row values;
    struct Section
    {
        QString key;        // JSON key and CSV column
        QString title;      // table format heading
        QString summaryKey; // CSV: the column of each row joined into one cell
        Listing listing;
    };
    std::optional<Section> section;
};

// Renders listings and records as an aligned table, RFC 4180 CSV or JSON, all UTF-8.
// Values are JSON values: strings, numbers, booleans, null, arrays of strings and arrays of
// {label, address|number} objects (e-mails and phones).
class OutputFormatter
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::OutputFormatter)

public:
    static QByteArray list(OutputFormat format, const Listing &listing);
    static QByteArray record(OutputFormat format, const RecordView &record);

    // Terminal columns the text takes: grapheme clusters, East Asian wide ones count two.
    static int displayWidth(const QString &text);
    // The text of one value in a table cell or a CSV field.
    static QString cellText(const QJsonValue &value, OutputFormat format);
    // RFC 4180: quoted when it holds a comma, a quote, a line break or edge spaces.
    static QString csvField(const QString &text);
};

} // namespace crm::cli
