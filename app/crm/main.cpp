// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop app: command line, translations, the database, the main window.
#include "crmapplication.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("crm"));
    QApplication::setApplicationName(QStringLiteral("crm"));
    QApplication::setApplicationDisplayName(QStringLiteral("CRM"));
    QApplication::setApplicationVersion(QStringLiteral(CRM_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("crm"));

    crm::app::CrmApplication crm;
    if (const int code = crm.start(QApplication::arguments()); code >= 0)
        return code;
    return QApplication::exec();
}
