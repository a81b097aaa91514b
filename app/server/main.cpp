// SPDX-License-Identifier: GPL-3.0-or-later
// crm-server: the team sync server. The command line is in servercommandline.h, the rules in
// crm_server_lib.
#include "servercommandline.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crm-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CRM_VERSION));
    // Errors are reported in one line each by the server itself; QT_LOGGING_RULES overrides.
    QLoggingCategory::setFilterRules(QStringLiteral("crm.*=false"));
    crm::server::ServerCommandLine commandLine;
    return commandLine.run(QCoreApplication::arguments().mid(1));
}
