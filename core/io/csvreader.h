// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "io/textcodec.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QIODevice;

namespace crm::core::io {

struct CsvRecord
{
    qint64 line = 0; // the line the record starts on, from 1
    QStringList fields;
};

// The delimiter that splits the first lines of a sample into the same number of fields
// (more than one) most consistently, quotes respected: comma, semicolon, tab or |. Comma when
// nothing tells.
QChar detectDelimiter(QStringView sample);

// Reads CSV as RFC 4180 has it — quoted fields with "" for a quote and line breaks inside,
// records ended by CRLF, LF or CR — from a device, decoding as it goes, so a file of any size
// streams in constant memory. Lenient where exports are sloppy (a quote inside an unquoted
// field is kept as it is, blank lines are skipped); an unclosed quote, text after a closing
// quote, or a field or record too large to be real is an error that names the line.
class CsvReader
{
    // The context lupdate files the messages of its members under.
    Q_DECLARE_TR_FUNCTIONS(crm::core::io::CsvReader)

public:
    static constexpr qsizetype MaxFieldChars = 1 << 20;
    static constexpr int MaxFields = 10000;

    CsvReader(QIODevice *device, const QByteArray &encoding, QChar delimiter, int bomLength = 0);

    bool isValid() const { return m_decoder.isValid(); }
    // The next record, or no record at the end of the file.
    Result<std::optional<CsvRecord>> next();
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 invalidSequences() const { return m_decoder.invalidSequences(); }

private:
    bool fill(); // decodes the next chunk into m_buffer; false at the end
    Error error(qint64 line, const QString &what) const;

    QIODevice *m_device;
    TextDecoder m_decoder;
    QChar m_delimiter;
    int m_skip;
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    bool m_end = false;
    bool m_started = false;
};

} // namespace crm::core::io
