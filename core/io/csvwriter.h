// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

class QIODevice;

namespace crm::core::io {

struct CsvWriteOptions
{
    QChar delimiter = u',';
    bool byteOrderMark = false; // UTF-8 BOM, for spreadsheet programs that want one
    // A cell that starts with = + - @ (or a tab or carriage return) gets a leading ' so a
    // spreadsheet shows it as text instead of running it as a formula.
    bool guardFormulas = true;
};

// Writes CSV as RFC 4180 has it: UTF-8, CRLF, fields quoted when they hold the delimiter, a
// quote, a line break or leading/trailing spaces, quotes doubled. Buffered; rows stream.
class CsvWriter
{
public:
    CsvWriter(QIODevice *device, const CsvWriteOptions &options = {});

    void writeRow(const QStringList &fields);
    // The same for fields already in UTF-8 (a big export's cells), with no QString between:
    // quoted and guarded exactly as writeRow() does.
    void writeUtf8Row(const QByteArrayView *fields, qsizetype count);
    // Writes what is buffered; an error says what failed.
    Status flush();
    qint64 rows() const { return m_rows; }

    // One field as it is written (quoted and guarded as needed).
    static QString field(const QString &value, const CsvWriteOptions &options);

private:
    void start();
    void appendUtf8Field(QByteArrayView value);

    QIODevice *m_device;
    CsvWriteOptions m_options;
    QByteArray m_buffer;
    QByteArray m_delimiter; // UTF-8
    qint64 m_rows = 0;
    bool m_started = false;
    bool m_failed = false;
};

} // namespace crm::core::io
