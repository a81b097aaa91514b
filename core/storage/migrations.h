// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QSqlDatabase>

namespace crm::core::Migrations {

// The schema version this program writes (PRAGMA user_version).
int latestVersion();

// Runs each numbered step above the file's version, one transaction per step.
// A database newer than latestVersion() is refused before anything is written.
Status migrate(QSqlDatabase &db);

} // namespace crm::core::Migrations
