// SPDX-License-Identifier: GPL-3.0-or-later
// crm-cli: the command line of the CRM. The contract (commands, formats, exit status) is in
// commanddispatcher.h and `crm-cli --help`; scripts and tests rely on it.
#include "commanddispatcher.h"
#include "reportcommands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // A PDF report paints text with Qt Gui: only then a QGuiApplication, on the offscreen
    // platform (no display needed); every other command stays a plain QCoreApplication.
    QStringList raw;
    for (int i = 1; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> application;
    if (crm::cli::ReportCommands::needsGui(raw)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        // The platform's chatter ("XDG_RUNTIME_DIR not set") is not an error of the command.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &text) {
            if (type == QtFatalMsg || type == QtCriticalMsg)
                std::fprintf(stderr, "%s\n", qPrintable(text));
        });
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("crm-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CRM_VERSION));
    // Core logs failing SQL as warnings for the desktop app's log; here every error is
    // reported in one line of its own. QT_LOGGING_RULES still overrides this.
    QLoggingCategory::setFilterRules(QStringLiteral("crm.*=false"));

    crm::cli::CommandDispatcher dispatcher;
    return dispatcher.run(QCoreApplication::arguments().mid(1));
}
