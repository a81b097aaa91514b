// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QLocale>
#include <QString>

namespace crm::core::Money {

// Amounts are integers in the currency's minor units (cents): no rounding drift in sums.
// ISO 4217 codes are checked and described by ICU.

// True for a current ISO 4217 code ("EUR"); case matters.
bool isCurrency(const QString &code);
// Digits after the decimal point: 2 for EUR, 0 for JPY, 3 for KWD.
int minorDigits(const QString &code);
// "1234.5" (C locale, as scripts and the command line write it) → 123450 for EUR.
// Refuses more decimals than the currency has, signs other than a leading '-', and
// amounts that do not fit.
Result<qint64> parse(const QString &text, const QString &currency);
// Minor units as the plain decimal text parse() reads ("1234.50").
QString plain(qint64 minor, const QString &currency);
// In the user's locale with the currency's symbol: "1 234,50 €" in lv_LV, "€1,234.50" in en_IE.
QString format(qint64 minor, const QString &currency, const QLocale &locale = QLocale());

} // namespace crm::core::Money
