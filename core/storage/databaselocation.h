// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace crm::core {

// Where crm and crm-cli keep the database unless told otherwise: $CRM_DATABASE if set,
// else <user data folder>/crm/crm.sqlite (QStandardPaths::GenericDataLocation, e.g.
// ~/.local/share/crm/crm.sqlite).
QString defaultDatabasePath();

} // namespace crm::core
