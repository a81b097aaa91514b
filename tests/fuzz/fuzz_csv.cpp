// SPDX-License-Identifier: GPL-3.0-or-later
// CSV import reader: encoding and delimiter detection, then records until the end or an error
// naming its line. The records read are written back with CsvWriter and read again: the same
// fields come back.
#include "fuzzcheck.h"

#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "io/textcodec.h"

#include <QBuffer>

using namespace crm::core;

namespace {

// Reads at most `limit` records; false when the reader reported an error.
bool readAll(const QByteArray &bytes, const QByteArray &encoding, QChar delimiter, int bom,
             QList<QStringList> *records, QString *error)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    io::CsvReader reader(&buffer, encoding, delimiter, bom);
    FUZZ_CHECK(reader.isValid(), QString::fromLatin1(encoding));
    qint64 lastLine = 0;
    for (;;) {
        auto record = reader.next();
        if (!record) {
            *error = record.error().detail;
            return false;
        }
        if (!*record)
            return true;
        FUZZ_CHECK((*record)->line > lastLine, QString::number((*record)->line));
        lastLine = (*record)->line;
        records->append((*record)->fields);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzzBytes(data, size);
    const io::DetectedEncoding encoding = io::detectEncoding(input.left(64 * 1024));
    FUZZ_CHECK(io::importEncodings().contains(QString::fromLatin1(encoding.name)),
               QString::fromLatin1(encoding.name));
    const QString sample =
        io::TextDecoder::decodeAll(encoding.name, QByteArrayView(input).sliced(qMin(
                                                      qsizetype(encoding.bomLength), input.size())))
            .left(64 * 1024);
    const QChar delimiter = io::detectDelimiter(sample);

    QList<QStringList> records;
    QString error;
    if (!readAll(input, encoding.name, delimiter, encoding.bomLength, &records, &error)) {
        FUZZ_CHECK(error.startsWith(QStringLiteral("line ")), error);
        return 0;
    }

    // What was read, written as UTF-8 with the same delimiter, reads back field for field.
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    io::CsvWriteOptions options;
    options.delimiter = delimiter;
    options.guardFormulas = false;
    io::CsvWriter writer(&out, options);
    for (const QStringList &fields : records)
        writer.writeRow(fields);
    FUZZ_CHECK(writer.flush().ok(), QStringLiteral("flush"));

    QList<QStringList> again;
    FUZZ_CHECK(readAll(out.data(), QByteArrayLiteral("UTF-8"), delimiter, 0, &again, &error),
               error);
    FUZZ_CHECK(again.size() == records.size(),
               QStringLiteral("%1 records read back of %2").arg(again.size()).arg(records.size()));
    for (qsizetype i = 0; i < records.size(); ++i)
        FUZZ_CHECK(again.at(i) == records.at(i), QStringLiteral("record %1").arg(i + 1));
    return 0;
}
