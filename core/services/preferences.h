// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

namespace crm::core {

// Settings that belong to the data, not to the screen: kept in the database's meta table, so
// the desktop app and crm-cli see the same ones (Settings ▸ General).
namespace Preferences {

// The region phone numbers without a country code belong to (ISO 3166, "LV"); empty: the
// system locale's region decides.
QString phoneRegion(QSqlDatabase &db);
// "" (automatic) or a two-letter region code; anything else is refused naming the value.
Status setPhoneRegion(QSqlDatabase &db, const QString &region);

// The currency new deals start with (ISO 4217); empty: EUR.
QString defaultCurrency(QSqlDatabase &db);
Status setDefaultCurrency(QSqlDatabase &db, const QString &currency);

} // namespace Preferences

} // namespace crm::core
