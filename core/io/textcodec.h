// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

struct UConverter;

namespace crm::core::io {

// The encodings an import reads: Unicode, and the Windows code pages of our users' languages
// (Baltic 1257, Cyrillic 1251, Central European 1250, Greek 1253). Names as ICU knows them.
QStringList importEncodings();

struct DetectedEncoding
{
    QByteArray name;      // one of importEncodings()
    int bomLength = 0;    // bytes of byte-order mark at the start, to skip
    bool certain = false; // a BOM, or valid UTF-8/UTF-16 — not a guess from letter statistics
};

// Guesses the encoding of a file from its first bytes: a byte-order mark; UTF-16 by its zero
// bytes; valid UTF-8; else the code page whose decoding reads most like its languages (letter
// frequencies and word shapes of Latvian, Lithuanian, Estonian, Polish, Russian and Greek).
DetectedEncoding detectEncoding(QByteArrayView sample);

// Streaming decoder over ICU's converters: a sequence split across two chunks decodes whole.
// Bytes that are not valid in the encoding become U+FFFD and are counted.
class TextDecoder
{
public:
    explicit TextDecoder(const QByteArray &encoding);
    ~TextDecoder();
    TextDecoder(const TextDecoder &) = delete;
    TextDecoder &operator=(const TextDecoder &) = delete;

    bool isValid() const { return m_converter != nullptr; }
    QString decode(QByteArrayView bytes, bool last = false);
    qint64 invalidSequences() const { return m_invalid; }

    // A whole buffer at once (skipping nothing); empty for an unknown encoding.
    static QString decodeAll(const QByteArray &encoding, QByteArrayView bytes,
                             qint64 *invalid = nullptr);

    // Text in an encoding (for exports and tests); characters it cannot hold become '?' and
    // are counted in *unmappable.
    static QByteArray encodeAll(const QByteArray &encoding, QStringView text,
                                qint64 *unmappable = nullptr);

private:
    ::UConverter *m_converter = nullptr;
    qint64 m_invalid = 0;
};

} // namespace crm::core::io
