// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <unicode/ucal.h>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>

#include <limits>

namespace crm::core::Money {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("crm::core::Money", text);
}

std::u16string utf16(const QString &s)
{
    return std::u16string(reinterpret_cast<const char16_t *>(s.utf16()), size_t(s.size()));
}

} // namespace

bool isCurrency(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z]{3}$"));
    if (!re.match(code).hasMatch())
        return false;
    const std::u16string c = utf16(code);
    UErrorCode status = U_ZERO_ERROR;
    // Legal tender at some time up to now and after 1 January 2000 (not only historic).
    const UDate from = 946684800000.0;
    const UDate to = ucal_getNow();
    const UBool available = ucurr_isAvailable(c.c_str(), from, to, &status);
    if (U_SUCCESS(status) && available)
        return true;
    // ICU 72 answers "not available" for GBP over any recent period (its tender dates back to
    // 1694); the list of current ISO currencies has it.
    static const QSet<QString> current = [] {
        QSet<QString> out;
        UErrorCode st = U_ZERO_ERROR;
        UEnumeration *e = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &st);
        int32_t length = 0;
        while (U_SUCCESS(st) && e) {
            const char *iso = uenum_next(e, &length, &st);
            if (!iso)
                break;
            out.insert(QString::fromLatin1(iso, length));
        }
        uenum_close(e);
        return out;
    }();
    return current.contains(code);
}

int minorDigits(const QString &code)
{
    const std::u16string c = utf16(code);
    UErrorCode status = U_ZERO_ERROR;
    const int32_t digits = ucurr_getDefaultFractionDigits(c.c_str(), &status);
    return U_SUCCESS(status) ? int(digits) : 2;
}

Result<qint64> parse(const QString &text, const QString &currency)
{
    static const QRegularExpression re(QStringLiteral(R"(^(-?)(\d+)(?:\.(\d+))?$)"));
    const QString t = text.trimmed();
    const auto m = re.match(t);
    if (!m.hasMatch())
        return Error{ErrorCode::Invalid,
                     tr("“%1” is not an amount; write it like 1250 or 1250.50").arg(text),
                     QStringLiteral("amount")};
    const int digits = minorDigits(currency);
    const QString fraction = m.captured(3);
    if (fraction.size() > digits) {
        return Error{
            ErrorCode::Invalid,
            digits == 0
                ? tr("%1 has no minor units; write “%2” without decimals").arg(currency, text)
                : tr("%1 has %2 decimal places; “%3” has more").arg(currency).arg(digits).arg(text),
            QStringLiteral("amount")};
    }
    const QString whole = m.captured(2) + fraction.leftJustified(digits, u'0');
    bool ok = false;
    const qint64 value = whole.toLongLong(&ok);
    // Sums of many deals must still fit: keep single amounts far below the limit.
    if (!ok || value > std::numeric_limits<qint64>::max() / 1'000'000)
        return Error{ErrorCode::Invalid, tr("the amount “%1” is too large").arg(text),
                     QStringLiteral("amount")};
    return m.captured(1).isEmpty() ? value : -value;
}

QString plain(qint64 minor, const QString &currency)
{
    const int digits = minorDigits(currency);
    const bool negative = minor < 0;
    QString s = QString::number(negative ? -minor : minor);
    if (digits > 0) {
        s = s.rightJustified(digits + 1, u'0');
        s.insert(s.size() - digits, u'.');
    }
    return negative ? u'-' + s : s;
}

QString format(qint64 minor, const QString &currency, const QLocale &locale)
{
    const int digits = minorDigits(currency);
    double value = double(minor);
    for (int i = 0; i < digits; ++i)
        value /= 10.0;
    // The symbol as the user's language writes it ("€", "$", "zł"), from ICU's data.
    const std::u16string code = utf16(currency);
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = 0;
    const QByteArray localeName = locale.name().toLatin1();
    const UChar *name = ucurr_getName(code.c_str(), localeName.constData(), UCURR_SYMBOL_NAME,
                                      nullptr, &length, &status);
    const QString symbol =
        U_SUCCESS(status) && name
            ? QString::fromUtf16(reinterpret_cast<const char16_t *>(name), length)
            : currency;
    return locale.toCurrencyString(value, symbol, digits);
}

} // namespace crm::core::Money
