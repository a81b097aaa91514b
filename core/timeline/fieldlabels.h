// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace crm::core::FieldLabels {

// The translated label of a captured column of a table ("first_name" → "First name"); the
// column itself when it has none. Shared by the History tab and the timeline.
QString label(const QString &table, const QString &column);

} // namespace crm::core::FieldLabels
