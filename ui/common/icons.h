// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace crm::ui::Icons {

// The desktop theme's icon when there is one, else ours from :/icons/<fallback>.svg.
QIcon themed(const QString &themeName, const QString &fallback);
QIcon app();

} // namespace crm::ui::Icons
