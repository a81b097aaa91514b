// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportdefinition.h"

#include <QList>

namespace crm::core::reports::BuiltinReports {

// The reports every database has: definitions like any other, shipped read-only (a person
// changes a copy). Keys are stable (the command line names them); titles are English and
// shown through tr() in the "crm::core::Reports" context.
//   pipeline-by-stage, sales-forecast, won-lost, activity-per-owner, lead-sources, customers,
//   overdue-tasks
const QList<ReportDefinition> &all();
const ReportDefinition *find(const QString &key);

} // namespace crm::core::reports::BuiltinReports
