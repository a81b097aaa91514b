// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonenormalizer.h"

#include "services/preferences.h"

#include "search/textfolder.h"
#include "storage/sql.h"

#include <QHash>
#include <QLocale>

#include <phonenumbers/phonenumberutil.h>

namespace crm::core::import {

PhoneNormalizer::PhoneNormalizer(const QString &region)
    : m_region(region.trimmed().toUpper())
{
    if (m_region.size() != 2)
        m_region.clear();
}

QString PhoneNormalizer::e164(const QString &number) const
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
