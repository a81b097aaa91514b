// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "reports/reportperiod.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>

namespace crm::core::dashboard {

// The span the dashboard's figures cover and the span they are compared with, as days in
// the user's zone and as UTC instants [from, to).
//
// "this_week|month|quarter|year" run from the first day of the unit up to today (the days
// still ahead hold nothing yet) and are compared with the same number of days from the start
// of the unit before: 1–15 December against 1–15 November (clamped to that unit's last day).
// "last_N_days" are compared with the N days before them; an explicit span with the span of
// equal length just before it.
struct DashboardPeriod
{
    // The context lupdate files the messages of its members under.
    Q_DECLARE_TR_FUNCTIONS(crm::core::dashboard::DashboardPeriod)

public:
    QString key;
    reports::DateRange current;
    reports::DateRange previous;
    qint64 from = 0;
    qint64 to = 0;
    qint64 previousFrom = 0;
    qint64 previousTo = 0;

    static Result<DashboardPeriod> resolve(const QString &key, const QDate &today,
                                           const QTimeZone &zone);
    // The choices of the dashboard's period picker, in order.
    static QStringList presets();
    // "This month", "Last 30 days" (translated).
    static QString label(const QString &key);
    // "1 Dec 2026 – 15 Dec 2026" (the user's locale).
    static QString describe(const reports::DateRange &range);
};

// The first instant of `day` in `zone`, UTC ms (a day without a midnight starts when it does).
qint64 startOfDayMs(const QDate &day, const QTimeZone &zone);

} // namespace crm::core::dashboard
