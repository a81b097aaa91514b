// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputformatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTextBoundaryFinder>

#include <unicode/uchar.h>

#include <algorithm>

namespace crm::cli {

namespace {

const QString kLabel = QStringLiteral("label");

// Table cells are one line: control characters (line breaks, tabs) become spaces.
QString oneLine(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    return out;
}

QString padded(const QString &text, int width)
{
    const int pad = width - OutputFormatter::displayWidth(text);
    return pad > 0 ? text + QString(pad, u' ') : text;
}

QByteArray tableOf(const QList<Column> &columns, const QList<Row> &rows)
{
    QList<int> shown;
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].inTable)
            shown << i;
    }
    QList<QStringList> cells;
    QList<int> widths;
    QStringList header;
    for (int i : shown) {
        header << oneLine(columns[i].header);
        widths << OutputFormatter::displayWidth(header.last());
    }
    for (const Row &row : rows) {
        QStringList line;
        for (int k = 0; k < shown.size(); ++k) {
            line << oneLine(OutputFormatter::cellText(row.value(shown[k]), OutputFormat::Table));
            widths[k] = std::max(widths[k], OutputFormatter::displayWidth(line.last()));
        }
        cells << line;
    }
    auto render = [&](const QStringList &line) -> QString {
        QString out;
        for (int k = 0; k < line.size(); ++k) {
            const bool last = k + 1 == line.size();
            out += last ? line[k] : padded(line[k], widths[k]) + QStringLiteral("  ");
        }
        while (out.endsWith(u' '))
            out.chop(1);
        return out + u'\n';
    };
    QString out = render(header);
    QStringList rules;
    for (int w : std::as_const(widths))
        rules << QString(w, u'-');
    out += render(rules);
    for (const QStringList &line : std::as_const(cells))
        out += render(line);
    return out.toUtf8();
}

QString csvLine(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &f : fields)
        quoted << OutputFormatter::csvField(f);
    return quoted.join(u',') + QStringLiteral("\r\n");
}

QJsonObject objectOf(const QList<Column> &columns, const Row &row)
{
    QJsonObject o;
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].inData)
            o.insert(columns[i].key, i < row.size() ? row[i] : QJsonValue());
    }
    return o;
}

QJsonArray arrayOf(const Listing &listing)
{
    QJsonArray a;
    for (const Row &row : listing.rows)
        a.append(objectOf(listing.columns, row));
    return a;
}

} // namespace

int OutputFormatter::displayWidth(const QString &text)
{
    int width = 0;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = finder.toNextBoundary();
        if (end < 0 || end <= start)
            end = text.size();
        const char32_t cp = text.mid(start, end - start).toUcs4().value(0);
        const auto eaw = u_getIntPropertyValue(UChar32(cp), UCHAR_EAST_ASIAN_WIDTH);
        const auto category = u_charType(UChar32(cp));
        if (category == U_FORMAT_CHAR || category == U_NON_SPACING_MARK ||
            category == U_ENCLOSING_MARK)
            width += 0; // zero-width joiners, marks without a base
        else if (eaw == U_EA_WIDE || eaw == U_EA_FULLWIDTH)
            width += 2;
        else
            width += 1;
        start = end;
    }
    return width;
}

QString OutputFormatter::cellText(const QJsonValue &value, OutputFormat format)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        if (format == OutputFormat::Table)
            return value.toBool() ? tr("yes") : tr("no");
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const auto i = qint64(d);
        return double(i) == d ? QString::number(i) : QString::number(d, 'g', 17);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << cellText(v, format);
        return parts.join(format == OutputFormat::Table ? QStringLiteral(", ")
                                                        : QStringLiteral("; "));
    }
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        if (o.size() == 2 && o.contains(kLabel)) {
            // {label, address} or {label, number}: the LABEL:VALUE form the options take
            // (`--email work:a@b.lv`).
            const QString label = o.value(kLabel).toString();
            const QString text = o.value(o.keys().constFirst() == kLabel ? o.keys().constLast()
                                                                         : o.keys().constFirst())
                                     .toString();
            if (format == OutputFormat::Table)
                return text + QStringLiteral(" (") + label + u')';
            return label + u':' + text;
        }
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    }
    return {};
}

QString OutputFormatter::csvField(const QString &text)
{
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\n') ||
                       text.contains(u'\r') || text.startsWith(u' ') || text.endsWith(u' ');
    if (!quote)
        return text;
    return u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

QByteArray OutputFormatter::list(OutputFormat format, const Listing &listing)
{
    switch (format) {
    case OutputFormat::Table:
        return tableOf(listing.columns, listing.rows);
    case OutputFormat::Csv: {
        QStringList header;
        for (const Column &c : listing.columns) {
            if (c.inData)
                header << c.key;
        }
        QString out = csvLine(header);
        for (const Row &row : listing.rows) {
            QStringList fields;
            for (int i = 0; i < listing.columns.size(); ++i) {
                if (listing.columns[i].inData)
                    fields << cellText(row.value(i), OutputFormat::Csv);
            }
            out += csvLine(fields);
        }
        return out.toUtf8();
    }
    case OutputFormat::Json:
        return QJsonDocument(arrayOf(listing)).toJson(QJsonDocument::Indented);
    }
    return {};
}

QByteArray OutputFormatter::record(OutputFormat format, const RecordView &record)
{
    switch (format) {
    case OutputFormat::Table: {
        int width = 0;
        for (const Column &c : record.fields)
            width = std::max(width, displayWidth(c.header) + 1);
        QString out;
        for (int i = 0; i < record.fields.size(); ++i) {
            if (!record.fields[i].inData)
                continue;
            const QString value = oneLine(cellText(record.values.value(i), format));
            QString line = padded(record.fields[i].header + u':', width) + u' ' + value;
            while (line.endsWith(u' '))
                line.chop(1);
            out += line + u'\n';
        }
        QByteArray bytes = out.toUtf8();
        if (record.section) {
            const auto &s = *record.section;
            bytes += '\n';
            bytes += QStringLiteral("%1 (%2):\n").arg(s.title).arg(s.listing.rows.size()).toUtf8();
            if (!s.listing.rows.isEmpty())
                bytes += tableOf(s.listing.columns, s.listing.rows);
        }
        return bytes;
    }
    case OutputFormat::Csv: {
        QStringList header;
        QStringList fields;
        for (int i = 0; i < record.fields.size(); ++i) {
            if (!record.fields[i].inData)
                continue;
            header << record.fields[i].key;
            fields << cellText(record.values.value(i), format);
        }
        if (record.section) {
            const auto &s = *record.section;
            header << s.key;
            int column = 0;
            for (int i = 0; i < s.listing.columns.size(); ++i) {
                if (s.listing.columns[i].key == s.summaryKey)
                    column = i;
            }
            QStringList parts;
            for (const Row &row : s.listing.rows)
                parts << cellText(row.value(column), format);
            fields << parts.join(QStringLiteral("; "));
        }
        return (csvLine(header) + csvLine(fields)).toUtf8();
    }
    case OutputFormat::Json: {
        QJsonObject o = objectOf(record.fields, record.values);
        if (record.section)
            o.insert(record.section->key, arrayOf(record.section->listing));
        return QJsonDocument(o).toJson(QJsonDocument::Indented);
    }
    }
    return {};
}

} // namespace crm::cli
