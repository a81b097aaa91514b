// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardperiod.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace crm::core::dashboard {

qint64 startOfDayMs(const QDate &day, const QTimeZone &zone)
{
    return day.startOfDay(zone).toMSecsSinceEpoch();
}

Result<DashboardPeriod> DashboardPeriod::resolve(const QString &keyIn, const QDate &today,
                                                 const QTimeZone &zone)
{
    const QString key = keyIn.trimmed().toLower();
    auto range = reports::Period::resolve(key, today);
    if (!range)
        return range.error();
    if (range->isAll())
        return Error{ErrorCode::Invalid,
                     tr("the dashboard needs a period with a start, not “%1”").arg(keyIn),
                     {}};
    DashboardPeriod p;
    p.key = key;
    p.current = range.value();
    if (key.startsWith(u"this_")) {
        auto unit = reports::Period::resolve(u"previous_"_qs + key.mid(5), today);
        if (!unit)
            return unit.error();
        p.current.to = std::min(p.current.to, std::max(today, p.current.from));
        const qint64 elapsed = p.current.from.daysTo(p.current.to);
        p.previous = {unit->from, std::min(unit->from.addDays(elapsed), unit->to)};
    } else if (key.startsWith(u"last_") && key.endsWith(u"_days")) {
        auto before = reports::Period::resolve(u"previous_"_qs + key.mid(5), today);
        if (!before)
            return before.error();
        p.previous = before.value();
    } else {
        const qint64 length = p.current.from.daysTo(p.current.to) + 1;
        p.previous = {p.current.from.addDays(-length), p.current.from.addDays(-1)};
    }
    p.from = startOfDayMs(p.current.from, zone);
    p.to = startOfDayMs(p.current.to.addDays(1), zone);
    p.previousFrom = startOfDayMs(p.previous.from, zone);
    p.previousTo = startOfDayMs(p.previous.to.addDays(1), zone);
    return p;
}

QStringList DashboardPeriod::presets()
{
    return {u"this_week"_qs, u"this_month"_qs,   u"this_quarter"_qs,
            u"this_year"_qs, u"last_30_days"_qs, u"last_90_days"_qs};
}

QString DashboardPeriod::label(const QString &key)
{
    if (key == u"this_week")
        return tr("This week");
    if (key == u"this_month")
        return tr("This month");
    if (key == u"this_quarter")
        return tr("This quarter");
    if (key == u"this_year")
        return tr("This year");
    if (key == u"last_30_days")
        return tr("Last 30 days");
    if (key == u"last_90_days")
        return tr("Last 90 days");
    return key;
}

QString DashboardPeriod::describe(const reports::DateRange &range)
{
    const QLocale locale;
    if (range.from == range.to)
        return locale.toString(range.from, QLocale::ShortFormat);
    return tr("%1 – %2").arg(locale.toString(range.from, QLocale::ShortFormat),
                             locale.toString(range.to, QLocale::ShortFormat));
}

} // namespace crm::core::dashboard
