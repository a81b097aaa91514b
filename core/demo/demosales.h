// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "domain/company.h"
#include "storage/database.h"

#include <QDateTime>
#include <QList>

namespace crm::core::DemoData {

// What addSalesLife wrote.
struct SalesLife
{
    int deals = 0;
    int activities = 0;
    int birthdays = 0; // contacts given a birthday in the coming days
};

// A sales life for the demo contacts and companies already stored: deals in every stage of
// the default pipeline (won and lost ones over the past months with their reasons, open ones
// closing around `now`, a few stale) with their stage history, calls, meetings, visits,
// tasks (overdue, today, this week) and notes, coloured tags, and birthdays in the coming
// days. Deterministic for (seed, now); every write goes through the repositories.
Result<SalesLife> addSalesLife(const DatabasePtr &db, const QList<Company> &companies, quint32 seed,
                               const QDateTime &now);

} // namespace crm::core::DemoData
