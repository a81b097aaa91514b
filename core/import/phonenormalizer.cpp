// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonenormalizer.h"

#include "services/preferences.h"

#include "search/textfolder.h"
#include "storage/sql.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <optional>

#include <phonenumbers/phonenumberutil.h>

namespace crm::core::import {

PhoneNormalizer::PhoneNormalizer(const QString &region)
    : m_region(region.trimmed().toUpper())
{
    if (m_region.size() != 2)
        m_region.clear();
}

namespace {

// libphonenumber's parse costs ~100,000 instructions (ICU regular expressions), and an
// import's numbers are mostly all different, so the cache below rarely helps it. A number
// written in full — "+", or "00" where that is the region's international prefix, then the
// country code and the national number, with only spaces, hyphens, dots and parentheses
// between the digits — parses to "+", the code and the national number as written, for the
// codes below whose numbers never begin with a national prefix after the code when the
// national number does not begin with 0 or 8 (their trunk prefixes: GB 0, RU 8). Anything
// else goes to libphonenumber. tst_importer compares both over generated numbers.
constexpr const char *QuickCodes[] = {"371", "372", "48", "30", "44", "7"}; // LV EE PL GR GB RU
constexpr const char *DoubleZeroRegions[] = {"LV", "EE", "PL", "GR", "GB"}; // "00" is their IDD

std::optional<QString> quickE164(QStringView number, const QString &region)
{
    number = number.trimmed();
    qsizetype at = 0;
    if (number.startsWith(u'+')) {
        at = 1;
    } else if (number.startsWith(u"00")) {
        if (std::none_of(std::begin(DoubleZeroRegions), std::end(DoubleZeroRegions),
                         [&](const char *r) { return region == QLatin1StringView(r); }))
            return std::nullopt;
        at = 2;
    } else {
        return std::nullopt;
    }
    if (at >= number.size() || !number[at].isDigit())
        return std::nullopt;
    QString digits;
    digits.reserve(number.size());
    for (; at < number.size(); ++at) {
        const char16_t c = number[at].unicode();
        if (c >= u'0' && c <= u'9')
            digits += QChar(c);
        else if (c != u' ' && c != u'-' && c != u'.' && c != u'(' && c != u')')
            return std::nullopt;
    }
    for (const char *code : QuickCodes) {
        const QLatin1StringView cc(code);
        if (!digits.startsWith(cc))
            continue;
        const qsizetype national = digits.size() - cc.size();
        if (national < 4 || national > 15)
            return std::nullopt;
        const QChar first = digits[cc.size()];
        if (first == u'0' || first == u'8')
            return std::nullopt;
        return u'+' + digits;
    }
    return std::nullopt;
}

} // namespace

QString PhoneNormalizer::e164(const QString &number) const
{
    if (auto quick = quickE164(number, m_region))
        return *quick;
    return parsedE164(number);
}

QString PhoneNormalizer::parsedE164(const QString &number) const
{
    using i18n::phonenumbers::PhoneNumberUtil;
    const QString digits = TextFolder::digits(number);
    if (digits.size() < 3)
        return digits;
    // libphonenumber's parse (ICU regular expressions) costs ~100,000 instructions; an import
    // or a duplicate scan meets the same number again and again (a row's numbers in the
    // preview, then in the merge). A bounded cache per thread keeps that cheap and the memory
    // flat; it is per thread, so the normalizer stays thread-safe.
    struct Cache
    {
        QString region;
        QHash<QString, QString> byNumber;
    };
    static constexpr qsizetype CacheSize = 16384;
    thread_local Cache cache;
    if (cache.region != m_region) {
        cache.byNumber.clear();
        cache.region = m_region;
    }
    if (auto it = cache.byNumber.constFind(number); it != cache.byNumber.constEnd())
        return *it;
    QString result = digits;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber parsed;
    const std::string region = m_region.isEmpty() ? std::string("ZZ") : m_region.toStdString();
    if (util->Parse(number.toStdString(), region, &parsed) == PhoneNumberUtil::NO_PARSING_ERROR) {
        std::string out;
        util->Format(parsed, PhoneNumberUtil::E164, &out);
        result = QString::fromStdString(out);
    }
    if (cache.byNumber.size() >= CacheSize)
        cache.byNumber.clear();
    cache.byNumber.insert(number, result);
    return result;
}

QString PhoneNormalizer::indexKey(const QString &number)
{
    return TextFolder::digits(number).right(7);
}

QString PhoneNormalizer::defaultRegion(QSqlDatabase &db)
{
    const QString region = Preferences::phoneRegion(db);
    return region.isEmpty() ? localeRegion() : region;
}

QString PhoneNormalizer::localeRegion()
{
    const QLocale locale = QLocale::system();
    if (locale.territory() == QLocale::AnyTerritory)
        return {};
    return QLocale::territoryToCode(locale.territory());
}

} // namespace crm::core::import
