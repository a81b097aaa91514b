// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsource.h"

#include "io/csvreader.h"
#include "io/textcodec.h"
#include "io/vcard.h"
#include "services/contactphotos.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace crm::core::import {

namespace {

constexpr qint64 SampleBytes = 64 * 1024;
constexpr qint64 MaxVCardBytes = 512LL * 1024 * 1024;

// The context lupdate files the messages of this file's free functions under (their
// namespace); each class with messages declares its own.
QString tr(const char *text)
{
    return QCoreApplication::translate("crm::core::import", text);
}

Error fileError(const QString &path, const QString &what)
{
    return Error{ErrorCode::Invalid, QFileInfo(path).fileName() + u": " + what, {}};
}

Result<QByteArray> readHead(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("cannot open %1: %2").arg(path, f.errorString()), {}};
    return f.read(SampleBytes);
}

struct CsvSetup
{
    QByteArray encoding;
    int bom = 0;
    bool certain = false;
    QChar delimiter;
};

Result<CsvSetup> setUpCsv(const SourceOptions &o, const QByteArray &head)
{
    CsvSetup s;
    const io::DetectedEncoding detected = io::detectEncoding(head);
    if (o.encoding.isEmpty()) {
        s.encoding = detected.name;
        s.bom = detected.bomLength;
        s.certain = detected.certain;
    } else {
        if (!io::TextDecoder(o.encoding).isValid())
            return Error{ErrorCode::Invalid,
                         tr("unknown encoding “%1”").arg(QString::fromLatin1(o.encoding)),
                         QStringLiteral("encoding")};
        s.encoding = o.encoding;
        s.certain = true;
        // A BOM of the encoding given is still skipped.
        if (detected.bomLength > 0 && detected.name.startsWith(o.encoding.left(6).toUpper()))
            s.bom = detected.bomLength;
    }
    // NUL bytes in a file that is not UTF-16: binary data, not a table.
    if (!s.encoding.startsWith("UTF-16")) {
        const qsizetype nul = head.indexOf('\0');
        if (nul >= 0)
            return fileError(o.path, tr("not a text file (binary data at byte %1)").arg(nul + 1));
    }
    const QString text = io::TextDecoder::decodeAll(
        s.encoding, QByteArrayView(head).sliced(std::min<qsizetype>(s.bom, head.size())));
    s.delimiter = o.delimiter.isNull() ? io::detectDelimiter(text) : o.delimiter;
    return s;
}

// The records of a CSV file after its header; visit(line, fields).
Status readCsv(const SourceOptions &o, const CsvSetup &setup,
               const std::function<bool(QStringList &&headers)> &onHeader,
               const std::function<bool(io::CsvRecord &&, bool invalidBytes)> &visit,
               const std::function<void(double)> &progress)
{
    QFile f(o.path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("cannot open %1: %2").arg(o.path, f.errorString()), {}};
    const qint64 size = std::max<qint64>(1, f.size());
    io::CsvReader reader(&f, setup.encoding, setup.delimiter, setup.bom);
    if (!reader.isValid())
        return Error{ErrorCode::Invalid,
                     tr("unknown encoding “%1”").arg(QString::fromLatin1(setup.encoding)),
                     {}};
    bool header = true;
    qint64 n = 0;
    while (true) {
        auto next = reader.next();
        if (!next)
            return fileError(o.path, next.error().message());
        if (!next.value())
            break;
        io::CsvRecord rec = std::move(*next.value());
        // The decoder works a chunk ahead of the records, so its count cannot say which
        // record held the bad bytes; their replacement characters can.
        const bool invalidBytes =
            reader.invalidSequences() > 0 &&
            std::any_of(rec.fields.cbegin(), rec.fields.cend(), [](const QString &field) {
                return field.contains(QChar::ReplacementCharacter);
            });
        if (header) {
            header = false;
            if (!onHeader(std::move(rec.fields)))
                return {};
            continue;
        }
        if (!visit(std::move(rec), invalidBytes))
            return {};
        if (progress && (++n % 1024) == 0)
            progress(double(reader.bytesRead()) / size);
    }
    if (header)
        return fileError(o.path, tr("the file is empty"));
    return {};
}

Contact vcardContact(const io::VCard &card)
{
    Contact c = io::toContact(card);
    c.companyName = card.organization;
    return c;
}

} // namespace

ImportFormat ImportSource::formatOf(const QString &path, QByteArrayView head)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"vcf" || suffix == u"vcard")
        return ImportFormat::VCard;
    QByteArray start = head.first(std::min<qsizetype>(512, head.size())).toByteArray();
    if (start.startsWith("\xEF\xBB\xBF"))
        start = start.mid(3);
    if (start.trimmed().toUpper().startsWith("BEGIN:VCARD"))
        return ImportFormat::VCard;
    return ImportFormat::Csv;
}

Result<SourceSample> ImportSource::inspect(const SourceOptions &o, int sampleRows)
{
    auto head = readHead(o.path);
    if (!head)
        return head.error();
    SourceSample sample;
    sample.format = o.format == ImportFormat::Auto ? formatOf(o.path, head.value()) : o.format;
    if (sample.format == ImportFormat::VCard) {
        sample.encoding = "UTF-8";
        sample.encodingCertain = true;
        return sample;
    }
    auto setup = setUpCsv(o, head.value());
    if (!setup)
        return setup.error();
    sample.encoding = setup->encoding;
    sample.encodingCertain = setup->certain;
    sample.delimiter = setup->delimiter;
    auto st = readCsv(
        o, setup.value(),
        [&](QStringList &&headers) {
            sample.headers = std::move(headers);
            return sampleRows > 0;
        },
        [&](io::CsvRecord &&rec, bool) {
            sample.rows << std::move(rec.fields);
            return sample.rows.size() < sampleRows;
        },
        {});
    // A structural error past the sample still shows the sample; the import reports it.
    if (!st && sample.headers.isEmpty())
        return st.error();
    return sample;
}

Status ImportSource::read(const SourceOptions &o, const std::function<bool(SourceRecord &&)> &visit,
                          const std::function<void(double)> &progress)
{
    auto head = readHead(o.path);
    if (!head)
        return head.error();
    const ImportFormat format =
        o.format == ImportFormat::Auto ? formatOf(o.path, head.value()) : o.format;
    if (format == ImportFormat::VCard) {
        QFile f(o.path);
        if (!f.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Io, tr("cannot open %1: %2").arg(o.path, f.errorString()), {}};
        if (f.size() > MaxVCardBytes)
            return fileError(o.path, tr("the file is too large for a vCard file"));
        auto cards = io::parseVCards(f.readAll(), o.keepPhotos);
        if (!cards)
            return fileError(o.path, cards.error().message());
        const qsizetype total = std::max<qsizetype>(1, cards->size());
        for (qsizetype i = 0; i < cards->size(); ++i) {
            const io::VCard &card = cards->at(i);
            SourceRecord rec;
            rec.line = card.line;
            rec.contact = vcardContact(card);
            rec.custom = card.custom;
            rec.warnings = card.warnings;
            // A photo that is no image or too large to keep is left out; the contact stays.
            const ContactPhoto photo{card.photo, card.photoType};
            if (!photo.isEmpty()) {
                if (auto valid = ContactPhotos::validate(photo))
                    rec.contact->photo = photo;
                else
                    rec.warnings
                        << tr("line %1: %2; skipped").arg(card.photoLine).arg(valid.error().detail);
            }
            if (!visit(std::move(rec)))
                return {};
            if (progress && (i % 1024) == 0)
                progress(double(i) / total);
        }
        return {};
    }
    auto setup = setUpCsv(o, head.value());
    if (!setup)
        return setup.error();
    QStringList headers;
    ColumnMapping mapping;
    return readCsv(
        o, setup.value(),
        [&](QStringList &&h) {
            headers = std::move(h);
            mapping = o.mapping ? *o.mapping : ColumnMapping::recognised(headers);
            return true;
        },
        [&](io::CsvRecord &&rec, bool invalidBytes) {
            SourceRecord out;
            out.line = rec.line;
            if (invalidBytes) {
                out.error = tr("bytes that are not valid %1 text")
                                .arg(QString::fromLatin1(setup->encoding));
            } else {
                auto contact = mapping.toContact(headers, rec.fields);
                if (contact)
                    out.contact = std::move(contact).value();
                else
                    out.error = contact.error().message();
            }
            return visit(std::move(out));
        },
        progress);
}

} // namespace crm::core::import
