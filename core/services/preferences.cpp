// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include "domain/money.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QLocale>

namespace crm::core::Preferences {

namespace {

const QString kPhoneRegion = QStringLiteral("phone_region");
const QString kDefaultCurrency = QStringLiteral("default_currency");

QString tr(const char *text)
{
    return QCoreApplication::translate("crm::core::Preferences", text);
}

QString read(QSqlDatabase &db, const QString &key)
{
    auto v = sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    return v && v->isValid() ? v->toString().trimmed() : QString();
}

Status write(QSqlDatabase &db, const QString &key, const QString &value)
{
    auto done = value.isEmpty()
                    ? sql::scalar(db, QStringLiteral("DELETE FROM meta WHERE key = ?"), {key})
                    : sql::scalar(db,
                                  QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?) ON"
                                                 " CONFLICT(key) DO UPDATE SET value ="
                                                 " excluded.value"),
                                  {key, value});
    if (!done)
        return done.error();
    return {};
}

} // namespace

QString phoneRegion(QSqlDatabase &db)
{
    const QString region = read(db, kPhoneRegion).toUpper();
    return region.size() == 2 ? region : QString();
}

Status setPhoneRegion(QSqlDatabase &db, const QString &regionIn)
{
    const QString region = regionIn.trimmed().toUpper();
    if (!region.isEmpty() &&
        (region.size() != 2 || QLocale::codeToTerritory(region) == QLocale::AnyTerritory)) {
        return Error{ErrorCode::Invalid,
                     tr("“%1” is not a region code such as LV, EE or PL").arg(regionIn),
                     QStringLiteral("phone_region")};
    }
    return write(db, kPhoneRegion, region);
}

QString defaultCurrency(QSqlDatabase &db)
{
    const QString currency = read(db, kDefaultCurrency).toUpper();
    return Money::isCurrency(currency) ? currency : QStringLiteral("EUR");
}

Status setDefaultCurrency(QSqlDatabase &db, const QString &currencyIn)
{
    const QString currency = currencyIn.trimmed().toUpper();
    if (!Money::isCurrency(currency)) {
        return Error{ErrorCode::Invalid,
                     tr("“%1” is not a currency code such as EUR, USD or PLN").arg(currencyIn),
                     QStringLiteral("default_currency")};
    }
    return write(db, kDefaultCurrency, currency);
}

} // namespace crm::core::Preferences
