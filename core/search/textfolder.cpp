// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfolder.h"

#include "common/logging.h"

#include <QHash>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace crm::core {

namespace {

constexpr const char *kCanonical =
    "Any-Latin; NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII; Lower";
constexpr const char *kRussian =
    "Russian-Latin/BGN; NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII; Lower";
constexpr const char *kGreek =
    "Greek-Latin/UNGEGN; NFD; [:Nonspacing Mark:] Remove; NFC; Latin-ASCII; Lower";

// ICU transliterators are not safe to share between threads; each thread builds its own,
// and keeps a bounded cache, since names repeat a lot (first names, cities, companies).
struct ThreadFolder
{
    std::unique_ptr<icu::Transliterator> canonical = make(kCanonical);
    std::unique_ptr<icu::Transliterator> russian = make(kRussian);
    std::unique_ptr<icu::Transliterator> greek = make(kGreek);
    QHash<QString, QString> cache;

    static std::unique_ptr<icu::Transliterator> make(const char *id)
    {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
        if (U_FAILURE(status)) {
            qCCritical(lcSearch) << "ICU transliterator unavailable:" << id << u_errorName(status);
            return nullptr;
        }
        return t;
    }

    static QString apply(icu::Transliterator *t, const QString &text)
    {
        if (!t)
            return text.toCaseFolded();
        icu::UnicodeString s(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
        t->transliterate(s);
        return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
    }
};

ThreadFolder &folder()
{
    thread_local ThreadFolder f;
    return f;
}

} // namespace

bool TextFolder::isAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

QString TextFolder::fold(const QString &text)
{
    if (isAscii(text))
        return text.toLower();
    ThreadFolder &f = folder();
    if (auto it = f.cache.constFind(text); it != f.cache.constEnd())
        return *it;
    QString folded = ThreadFolder::apply(f.canonical.get(), text);
    if (f.cache.size() > 50000)
        f.cache.clear();
    f.cache.insert(text, folded);
    return folded;
}

QString TextFolder::indexForms(const QString &text)
{
    if (isAscii(text))
        return text.toLower();
    QString forms = fold(text);
    bool cyrillic = false;
    bool greek = false;
    for (QChar c : text) {
        const QChar::Script s = c.script();
        cyrillic = cyrillic || s == QChar::Script_Cyrillic;
        greek = greek || s == QChar::Script_Greek;
    }
    ThreadFolder &f = folder();
    auto addVariant = [&](icu::Transliterator *t) {
        const QString v = ThreadFolder::apply(t, text);
        if (v != forms)
            forms += u' ' + v;
    };
    if (cyrillic)
        addVariant(f.russian.get());
    if (greek)
        addVariant(f.greek.get());
    return forms;
}

QString TextFolder::digits(const QString &text)
{
    QString d;
    d.reserve(text.size());
    for (QChar c : text) {
        if (c.isDigit())
            d += QChar(u'0' + c.digitValue());
    }
    return d;
}

QString TextFolder::withoutAccents(const QString &text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    }
    return out.normalized(QString::NormalizationForm_C);
}

QString TextFolder::phoneForms(const QString &phone)
{
    const QString d = digits(phone);
    if (d.isEmpty())
        return {};
    QString forms = d;
    if (d.size() > 7) {
        for (int drop = 1; drop <= 3; ++drop)
            forms += u' ' + d.mid(drop);
    }
    return forms;
}

bool TextFolder::looksLikePhone(const QString &text)
{
    int digitCount = 0;
    for (QChar c : text) {
        if (c.isDigit())
            ++digitCount;
        else if (!(c.isSpace() || c == u'+' || c == u'-' || c == u'(' || c == u')' || c == u'.' ||
                   c == u'/'))
            return false;
    }
    return digitCount >= 3;
}

} // namespace crm::core
