// SPDX-License-Identifier: GPL-3.0-or-later
// crm-cli: the command line of the CRM. The contract (commands, formats, exit status) is in
// commanddispatcher.h and `crm-cli --help`; scripts and tests rely on it.
#include "commanddispatcher.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("crm-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CRM_VERSION));
    // Core logs failing SQL as warnings for the desktop app's log; here every error is
    // reported in one line of its own. QT_LOGGING_RULES still overrides this.
    QLoggingCategory::setFilterRules(QStringLiteral("crm.*=false"));

    crm::cli::CommandDispatcher dispatcher;
    return dispatcher.run(QCoreApplication::arguments().mid(1));
}
