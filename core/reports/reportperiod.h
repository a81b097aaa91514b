// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDate>
#include <QString>

namespace crm::core::reports {

// A span of days [from, to] (both included), resolved from what a report's period says:
// "all", "today", "this_week", "this_month", "this_quarter", "this_year",
// "previous_week|month|quarter|year" (the one before this one), "next_month|quarter|year",
// "last_N_days" (the N days up to today), "previous_N_days" (the N days before those),
// "next_N_days", or explicit dates "2026-01-01..2026-03-31".
struct DateRange
{
    QDate from; // invalid for "all"
    QDate to;

    bool isAll() const { return !from.isValid(); }
};

namespace Period {

Result<DateRange> resolve(const QString &text, const QDate &today);
// In words, translated: "This quarter (1 Oct 2026 – 31 Dec 2026)".
QString describe(const QString &text, const QDate &today);
// The choices a period picker offers first.
QStringList presets();

} // namespace Period

} // namespace crm::core::reports
