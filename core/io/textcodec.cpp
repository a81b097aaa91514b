// SPDX-License-Identifier: GPL-3.0-or-later
#include "textcodec.h"

#include <unicode/ucnv.h>

#include <algorithm>
#include <array>

namespace crm::core::io {

QStringList importEncodings()
{
    return {QStringLiteral("UTF-8"),        QStringLiteral("UTF-16LE"),
            QStringLiteral("UTF-16BE"),     QStringLiteral("windows-1257"),
            QStringLiteral("windows-1251"), QStringLiteral("windows-1250"),
            QStringLiteral("windows-1253")};
}

TextDecoder::TextDecoder(const QByteArray &encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    m_converter = ucnv_open(encoding.constData(), &status);
    if (U_FAILURE(status)) {
        if (m_converter)
            ucnv_close(m_converter);
        m_converter = nullptr;
    }
}

TextDecoder::~TextDecoder()
{
    if (m_converter)
        ucnv_close(m_converter);
}

QString TextDecoder::decode(QByteArrayView bytes, bool last)
{
    if (!m_converter)
        return {};
    // At most one UTF-16 unit per byte, plus what a flush may release.
    QString out(bytes.size() + 8, Qt::Uninitialized);
    auto *target = reinterpret_cast<UChar *>(out.data());
    UChar *const targetStart = target;
    const char *source = bytes.data();
    UErrorCode status = U_ZERO_ERROR;
    ucnv_toUnicode(m_converter, &target, targetStart + out.size(), &source,
                   bytes.data() + bytes.size(), nullptr, last, &status);
    out.resize(target - targetStart);
    if (U_FAILURE(status))
        return {};
    m_invalid += out.count(QChar::ReplacementCharacter);
    return out;
}

QString TextDecoder::decodeAll(const QByteArray &encoding, QByteArrayView bytes, qint64 *invalid)
{
    TextDecoder d(encoding);
    const QString text = d.decode(bytes, true);
    if (invalid)
        *invalid = d.invalidSequences();
    return text;
}

QByteArray TextDecoder::encodeAll(const QByteArray &encoding, QStringView text, qint64 *unmappable)
{
    if (unmappable)
        *unmappable = 0;
    UErrorCode status = U_ZERO_ERROR;
    UConverter *c = ucnv_open(encoding.constData(), &status);
    if (U_FAILURE(status))
        return {};
    ucnv_setSubstChars(c, "?", 1, &status);
    status = U_ZERO_ERROR;
    const int capacity = int(text.size()) * ucnv_getMaxCharSize(c) + 16;
    QByteArray out(capacity, Qt::Uninitialized);
    const int written =
        ucnv_fromUChars(c, out.data(), capacity, reinterpret_cast<const UChar *>(text.utf16()),
                        int(text.size()), &status);
    if (unmappable && U_SUCCESS(status)) {
        // Count what did not survive the round trip.
        const QString back = decodeAll(encoding, QByteArrayView(out.constData(), written));
        for (qsizetype i = 0; i < std::min(back.size(), text.size()); ++i)
            *unmappable += back.at(i) != text.at(i) ? 1 : 0;
    }
    ucnv_close(c);
    if (U_FAILURE(status))
        return {};
    out.resize(written);
    return out;
}

namespace {

bool validUtf8(QByteArrayView s, bool *nonAscii)
{
    *nonAscii = false;
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        *nonAscii = true;
        int len = 0;
        quint32 cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + len > n)
            return true; // cut off by the end of the sample, not invalid
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
            cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

// What the text of a code page's languages looks like: its letters, the frequent ones, and
// whether its words are Latin with a few accented letters among plain ones.
struct Profile
{
    const char *encoding;
    QString letters;  // every letter of its languages beyond ASCII (both cases)
    QString frequent; // the most frequent letters (lower case; ASCII ones included)
    bool latin;
};

const std::array<Profile, 4> &profiles()
{
    static const std::array<Profile, 4> all = {{
        {"windows-1257", QStringLiteral("āčēģīķļņšūžąęėįųõäöüĀČĒĢĪĶĻŅŠŪŽĄĘĖĮŲÕÄÖÜ"),
         QStringLiteral("āēīūšõäöüčėųįą"), true},
        {"windows-1250",
         QStringLiteral(
             "ąćęłńóśźżčďěňřšťůžýáéíúőűäöüôĺľŕşţăâîĄĆĘŁŃÓŚŹŻČĎĚŇŘŠŤŮŽÝÁÉÍÚŐŰÄÖÜÔĹĽŔŞŢĂÂÎ"),
         QStringLiteral("ąęółśżćńźčřěšžáéíý"), true},
        {"windows-1251",
         QStringLiteral("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
                        "іїєўґІЇЄЎҐ"),
         QStringLiteral("оеаинтсрвлкмдпуя"), false},
        {"windows-1253",
         QStringLiteral("αβγδεζηθικλμνξοπρστυφχψωςάέήίόύώϊϋΐΰΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩΆΈΉΊΌΎΏΪΫ"),
         QStringLiteral("αοειτνησρπκμυλάέίόή"), false},
    }};
    return all;
}

// How much a decoding reads like the profile's languages; higher is likelier. Word by word:
// letters of the languages count for it, the frequent ones more; letters foreign to them,
// control characters and undefined bytes against it; so do words that mix Latin letters with
// Cyrillic or Greek ones, Latin words with accented letters side by side, and a final sigma
// inside a word.
int plausibility(const QString &text, const Profile &profile)
{
    int score = 0;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u == 0xFFFD || (u >= 0x80 && u < 0xA0)) {
            score -= 6; // undefined in the code page, or a control character
            ++i;
            continue;
        }
        if (!c.isLetter()) {
            ++i; // punctuation and symbols (« » „ “ – — € №) tell little
            continue;
        }
        // One word: a run of letters.
        int ascii = 0, native = 0, wordScore = 0, accentedRun = 0;
        for (; i < n && text.at(i).isLetter(); ++i) {
            const QChar l = text.at(i);
            if (l.unicode() < 0x80) {
                ++ascii;
                accentedRun = 0;
                continue;
            }
            if (!profile.letters.contains(l)) {
                wordScore -= 3; // a letter foreign to these languages
                accentedRun = 0;
                continue;
            }
            ++native;
            wordScore += profile.frequent.contains(l.toLower()) ? 2 : 1;
            if (profile.latin && ++accentedRun >= 2)
                wordScore -= 3; // Latin words rarely carry accents on letters side by side
            if (l.unicode() == 0x03C2 && i + 1 < n && text.at(i + 1).isLetter())
                wordScore -= 6; // final sigma: only at the end of a word
        }
        if (!profile.latin && ascii > 0 && native > 0)
            wordScore -= 5 * native; // Cyrillic or Greek letters inside a Latin word
        score += wordScore;
    }
    return score;
}

// Text decoded as UTF-16 reads as letters of our scripts, digits and punctuation; ASCII or
// a code page read as UTF-16 turns into CJK ideographs and other far-away blocks.
bool looksLikeUtf16(QByteArrayView sample, const char *encoding)
{
    const QString text = TextDecoder::decodeAll(encoding, sample.first(sample.size() & ~1));
    if (text.size() < 2)
        return false;
    qsizetype plausible = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x20 && u < 0x7F) || u == u'\t' || u == u'\n' || u == u'\r' ||
            (u >= 0xA0 && u < 0x250) || (u >= 0x370 && u < 0x530) || (u >= 0x2000 && u < 0x2070) ||
            u == 0x20AC || u == 0x2116)
            ++plausible;
    }
    return plausible * 100 >= text.size() * 95;
}

bool validUtf8Prefix(QByteArrayView sample)
{
    bool nonAscii = false;
    return validUtf8(sample, &nonAscii);
}

} // namespace

DetectedEncoding detectEncoding(QByteArrayView sample)
{
    const auto *p = reinterpret_cast<const unsigned char *>(sample.data());
    const qsizetype n = sample.size();
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF)
        return {"UTF-8", 3, true};
    if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE)
        return {"UTF-16LE", 2, true};
    if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF)
        return {"UTF-16BE", 2, true};

    // UTF-16 without a mark: its decoding is text of our scripts, and its ASCII has zero
    // bytes (which UTF-8 would accept as NUL characters).
    const bool controls = std::any_of(sample.begin(), sample.end(), [](char c) {
        return uchar(c) < 0x20 && c != '\t' && c != '\n' && c != '\r';
    });
    if (controls || !validUtf8Prefix(sample)) {
        if (looksLikeUtf16(sample, "UTF-16LE"))
            return {"UTF-16LE", 0, true};
        if (looksLikeUtf16(sample, "UTF-16BE"))
            return {"UTF-16BE", 0, true};
    }

    bool nonAscii = false;
    if (validUtf8(sample, &nonAscii))
        return {"UTF-8", 0, nonAscii};

    const Profile *best = nullptr;
    int bestScore = 0;
    for (const Profile &profile : profiles()) {
        const int score = plausibility(TextDecoder::decodeAll(profile.encoding, sample), profile);
        if (!best || score > bestScore) {
            best = &profile;
            bestScore = score;
        }
    }
    return {best->encoding, 0, false};
}

} // namespace crm::core::io
