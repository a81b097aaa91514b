// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportperiod.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace crm::core::reports::Period {

namespace {

// The context lupdate files the messages of this file's free functions under (their
// namespace); each class with messages declares its own.
QString tr(const char *text)
{
    return QCoreApplication::translate("crm::core::reports::Period", text);
}

QDate quarterStart(const QDate &d)
{
    return QDate(d.year(), ((d.month() - 1) / 3) * 3 + 1, 1);
}

QDate weekStart(const QDate &d)
{
    const int firstDay = int(QLocale().firstDayOfWeek());
    return d.addDays(-((d.dayOfWeek() - firstDay + 7) % 7));
}

DateRange span(QDate from, QDate toExclusive)
{
    return {from, toExclusive.addDays(-1)};
}

} // namespace

Result<DateRange> resolve(const QString &textIn, const QDate &today)
{
    const QString text = textIn.trimmed().toLower();
    if (text.isEmpty() || text == u"all")
        return DateRange{};
    if (text == u"today")
        return DateRange{today, today};
    const QDate week = weekStart(today);
    const QDate month(today.year(), today.month(), 1);
    const QDate quarter = quarterStart(today);
    const QDate year(today.year(), 1, 1);
    if (text == u"this_week")
        return span(week, week.addDays(7));
    if (text == u"this_month")
        return span(month, month.addMonths(1));
    if (text == u"this_quarter")
        return span(quarter, quarter.addMonths(3));
    if (text == u"this_year")
        return span(year, year.addYears(1));
    if (text == u"previous_week" || text == u"last_week")
        return span(week.addDays(-7), week);
    if (text == u"previous_month" || text == u"last_month")
        return span(month.addMonths(-1), month);
    if (text == u"previous_quarter" || text == u"last_quarter")
        return span(quarter.addMonths(-3), quarter);
    if (text == u"previous_year" || text == u"last_year")
        return span(year.addYears(-1), year);
    if (text == u"next_month")
        return span(month.addMonths(1), month.addMonths(2));
    if (text == u"next_quarter")
        return span(quarter.addMonths(3), quarter.addMonths(6));
    if (text == u"next_year")
        return span(year.addYears(1), year.addYears(2));
    static const QRegularExpression days(QStringLiteral("^(last|previous|next)_(\\d{1,5})_days$"));
    if (const auto m = days.match(text); m.hasMatch()) {
        const int n = m.captured(2).toInt();
        if (n < 1)
            return Error{ErrorCode::Invalid, tr("a period needs at least one day"), {}};
        if (m.captured(1) == u"last")
            return DateRange{today.addDays(-n + 1), today};
        if (m.captured(1) == u"previous")
            return DateRange{today.addDays(-2 * n + 1), today.addDays(-n)};
        return DateRange{today, today.addDays(n - 1)};
    }
    static const QRegularExpression explicitRange(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})$"));
    if (const auto m = explicitRange.match(text); m.hasMatch()) {
        const QDate from = QDate::fromString(m.captured(1), Qt::ISODate);
        const QDate to = QDate::fromString(m.captured(2), Qt::ISODate);
        if (!from.isValid() || !to.isValid())
            return Error{
                ErrorCode::Invalid, tr("“%1” holds a date that does not exist").arg(textIn), {}};
        if (to < from)
            return Error{ErrorCode::Invalid, tr("“%1” ends before it starts").arg(textIn), {}};
        return DateRange{from, to};
    }
    return Error{ErrorCode::Invalid,
                 tr("“%1” is not a period; use all, today, this_week, this_month, this_quarter, "
                    "this_year, previous_month, previous_quarter, previous_year, last_N_days, "
                    "previous_N_days, next_N_days or YYYY-MM-DD..YYYY-MM-DD")
                     .arg(textIn),
                 {}};
}

QString describe(const QString &text, const QDate &today)
{
    auto range = resolve(text, today);
    if (!range)
        return text;
    if (range->isAll())
        return tr("All time");
    const QLocale locale;
    return tr("%1 – %2").arg(locale.toString(range->from, QLocale::ShortFormat),
                             locale.toString(range->to, QLocale::ShortFormat));
}

QStringList presets()
{
    return {u"all"_qs,           u"this_month"_qs,     u"this_quarter"_qs,
            u"this_year"_qs,     u"previous_month"_qs, u"previous_quarter"_qs,
            u"previous_year"_qs, u"last_30_days"_qs,   u"last_90_days"_qs,
            u"next_quarter"_qs};
}

} // namespace crm::core::reports::Period
