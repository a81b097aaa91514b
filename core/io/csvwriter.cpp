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
                       (!v.isEmpty() && (v.front().isSpace() || v.back().isSpace()));
    if (!quote)
        return v;
    v.replace(u'"', QStringLiteral("\"\""));
    return u'"' + v + u'"';
}

void CsvWriter::writeRow(const QStringList &fields)
{
    if (!m_started) {
        m_started = true;
        if (m_options.byteOrderMark)
            m_buffer += "\xEF\xBB\xBF";
    }
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += m_options.delimiter;
        line += field(fields.at(i), m_options);
    }
    m_buffer += line.toUtf8();
    m_buffer += "\r\n";
    ++m_rows;
    if (m_buffer.size() >= FlushAt)
        (void)flush();
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
