// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QSqlDatabase>

#include <functional>

namespace crm::core::Migrations {

// The schema version this program writes (PRAGMA user_version).
int latestVersion();

// Runs each numbered step above the file's version, one transaction per step.
// A database newer than latestVersion() is refused before anything is written.
Status migrate(QSqlDatabase &db);

// Tests only: adds a step after the real ones (and removes them all again with an empty
// function), so the upgrade path — backup, one transaction per step, rollback on failure —
// is tested before a real second version exists.
void setExtraStepForTesting(std::function<Status(QSqlDatabase &)> step);

} // namespace crm::core::Migrations
