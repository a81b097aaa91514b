// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include "common/resources.h"

namespace crm::ui::Icons {

QIcon themed(const QString &themeName, const QString &fallback)
{
    initResources();
    return QIcon::fromTheme(themeName, QIcon(u":/icons/" + fallback + u".svg"));
}

QIcon app()
{
    initResources();
    return QIcon(QStringLiteral(":/icons/crm.svg"));
}

} // namespace crm::ui::Icons
