// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace crm::core::io {

namespace {
constexpr qsizetype FlushAt = 256 * 1024;
} // namespace

CsvWriter::CsvWriter(QIODevice *device, const CsvWriteOptions &options)
    : m_device(device)
    , m_options(options)
    , m_delimiter(QString(options.delimiter).toUtf8())
{
    m_buffer.reserve(FlushAt + 4096);
}

QString CsvWriter::field(const QString &value, const CsvWriteOptions &options)
{
    QString v = value;
    if (options.guardFormulas && !v.isEmpty()) {
        const QChar first = v.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
            first == u'\r')
            v.prepend(u'\'');
    }
    const bool quote = v.contains(options.delimiter) || v.contains(u'"') || v.contains(u'\n') ||
                       v.contains(u'\r') ||
                       (!v.isEmpty() && (v.front().isSpace() || v.back().isSpace() ||
                                         v.front() == QChar::ByteOrderMark));
    if (!quote)
        return v;
    v.replace(u'"', QStringLiteral("\"\""));
    return u'"' + v + u'"';
}

void CsvWriter::start()
{
    if (!m_started) {
        m_started = true;
        if (m_options.byteOrderMark)
            m_buffer += "\xEF\xBB\xBF";
    }
}

void CsvWriter::writeRow(const QStringList &fields)
{
    start();
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += m_options.delimiter;
        line += field(fields.at(i), m_options);
    }
    // A row of one empty field would be a blank line, which readers skip: quoted, it stays.
    m_buffer += line.isEmpty() && !fields.isEmpty() ? QByteArrayLiteral("\"\"") : line.toUtf8();
    m_buffer += "\r\n";
    ++m_rows;
    if (m_buffer.size() >= FlushAt)
        (void)flush();
}

void CsvWriter::writeUtf8Row(const QByteArrayView *fields, qsizetype count)
{
    start();
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            m_buffer += m_delimiter;
        appendUtf8Field(fields[i]);
    }
    if (count == 1 && fields[0].isEmpty())
        m_buffer += "\"\""; // as in writeRow(): not a blank line
    m_buffer += "\r\n";
    ++m_rows;
    if (m_buffer.size() >= FlushAt)
        (void)flush();
}

// field() on UTF-8: the same guard, the same reasons to quote.
void CsvWriter::appendUtf8Field(QByteArrayView v)
{
    if (v.isEmpty())
        return;
    const char first = v.front();
    const bool guard = m_options.guardFormulas && (first == '=' || first == '+' || first == '-' ||
                                                   first == '@' || first == '\t' || first == '\r');
    bool quote = false;
    const bool asciiDelimiter = m_delimiter.size() == 1;
    const char delimiter = m_delimiter.front();
    for (const char c : v) {
        if (c == '"' || c == '\n' || c == '\r' || (asciiDelimiter && c == delimiter)) {
            quote = true;
            break;
        }
    }
    if (!quote && !asciiDelimiter)
        quote = v.contains(m_delimiter);
    if (!quote) {
        // Leading or trailing white space (a guarded field starts with its quote mark).
        const auto spaceAt = [](QByteArrayView part) {
            const QString s = QString::fromUtf8(part);
            return !s.isEmpty() && s.front().isSpace();
        };
        const auto isAsciiSpace = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
        if (!guard) {
            quote = uchar(first) < 0x80 ? isAsciiSpace(first) : spaceAt(v.first(qMin(v.size(), 4)));
            // A leading U+FEFF unquoted would read back as the file's byte-order mark.
            quote = quote || v.startsWith("\xEF\xBB\xBF");
        }
        if (!quote) {
            const char last = v.back();
            if (uchar(last) < 0x80) {
                quote = isAsciiSpace(last);
            } else {
                qsizetype start = v.size() - 1;
                while (start > 0 && (uchar(v[start]) & 0xC0) == 0x80)
                    --start;
                quote = spaceAt(v.sliced(start));
            }
        }
    }
    if (!quote) {
        if (guard)
            m_buffer += '\'';
        m_buffer += v;
        return;
    }
    m_buffer += '"';
    if (guard)
        m_buffer += '\'';
    for (const char c : v) {
        if (c == '"')
            m_buffer += '"';
        m_buffer += c;
    }
    m_buffer += '"';
}

Status CsvWriter::flush()
{
    if (m_failed)
        return Error{ErrorCode::Io, m_device->errorString(), {}};
    if (m_buffer.isEmpty())
        return {};
    if (m_device->write(m_buffer) != m_buffer.size()) {
        m_failed = true;
        return Error{
            ErrorCode::Io,
            QCoreApplication::translate("crm::core::io::CsvWriter", "cannot write the file: %1")
                .arg(m_device->errorString()),
            {}};
    }
    m_buffer.clear();
    return {};
}

} // namespace crm::core::io
