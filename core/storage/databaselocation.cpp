// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaselocation.h"

#include <QDir>
#include <QStandardPaths>

namespace crm::core {

QString defaultDatabasePath()
{
    const QString fromEnv = qEnvironmentVariable("CRM_DATABASE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("crm/crm.sqlite"));
}

} // namespace crm::core
