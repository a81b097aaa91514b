// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace crm::core::import {

// Phone numbers in E.164 through libphonenumber, so "+371 2912 3456", "0037129123456" and
// "29 123 456" (region LV) compare equal. A number libphonenumber cannot read falls back to
// its digits. Thread-safe (libphonenumber's util is a read-only singleton).
class PhoneNormalizer
{
public:
    // region: ISO 3166 two-letter code for numbers without a country code ("LV"); "" or
    // unknown leaves such numbers as digits.
    explicit PhoneNormalizer(const QString &region = QString());

    QString region() const { return m_region; }
    // "+37129123456", or the digits when the number does not parse.
    QString e164(const QString &number) const;
    // The same through libphonenumber's parse always (e164() takes a short cut for numbers
    // written in full with a country code it knows; the tests compare the two).
    QString parsedE164(const QString &number) const;
    // The last seven digits: the key the database's phone index holds (see importer).
    static QString indexKey(const QString &number);

    // The default region: the "phone_region" setting in the database's meta table, else
    // the system locale's country.
    static QString defaultRegion(QSqlDatabase &db);
    static QString localeRegion();

private:
    QString m_region;
};

} // namespace crm::core::import
