// SPDX-License-Identifier: GPL-3.0-or-later
#include "crmapplication.h"

#include "common/errors.h"
#include "common/icons.h"
#include "common/messagebox.h"
#include "mainwindow/mainwindow.h"
#include "storage/databaselocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace crm::app {

CrmApplication::CrmApplication() = default;

CrmApplication::~CrmApplication()
{
    m_window.reset(); // the window's models use the database
}

void CrmApplication::loadTranslations()
{
    // Ours from the embedded :/i18n (when built with translations), Qt's from the system.
    auto *qt = new QTranslator(qApp);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(qApp);
    if (own->load(QLocale(), QStringLiteral("crm"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

int CrmApplication::start(const QStringList &arguments)
{
    loadTranslations();
    QApplication::setWindowIcon(ui::Icons::app());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Offline-first desktop CRM"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringList{QStringLiteral("d"), QStringLiteral("database")},
        QCoreApplication::translate("main", "Open the database at <path> (default: %1).")
            .arg(QDir::toNativeSeparators(core::defaultDatabasePath())),
        QCoreApplication::translate("main", "path"));
    parser.addOption(databaseOption);
    // Hidden: saves a picture of the main window and quits (README screenshots).
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a screenshot to <file> and quit."),
                                        QStringLiteral("file"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotOption);
    QCommandLineOption noDemoOption(QStringLiteral("no-demo"),
                                    QStringLiteral("Do not offer demo data."));
    noDemoOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(noDemoOption);

    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "crm: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "crm: unexpected argument: %s\n",
                     qPrintable(parser.positionalArguments().first()));
        return 2;
    }

    const QString path =
        parser.isSet(databaseOption) ? parser.value(databaseOption) : core::defaultDatabasePath();
    // What an interrupted import left to build is built once the window shows.
    core::Database::Options options;
    options.buildIndexesLeftAside = false;
    auto opened = core::Database::open(path, options);
    if (!opened) {
        const QString text =
            QCoreApplication::translate("main", "The database %1 could not be opened.")
                .arg(QDir::toNativeSeparators(path)) +
            u"\n\n" + ui::Errors::describe(opened.error());
        std::fprintf(
            stderr, "crm: %s\n",
            qPrintable(QString(text).replace(QStringLiteral("\n\n"), QStringLiteral(" "))));
        ui::MessageBox::critical(nullptr, QCoreApplication::translate("main", "CRM"), text);
        return 1;
    }
    m_db = opened.value();

    m_window = std::make_unique<ui::MainWindow>(m_db);
    m_window->show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(500, m_window.get(), [this, file] {
            const bool saved = m_window->grab().save(file);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    } else if (m_db->isNew() && !parser.isSet(noDemoOption)) {
        QTimer::singleShot(0, m_window.get(), &ui::MainWindow::offerDemoData);
    }
    QTimer::singleShot(0, m_window.get(), &ui::MainWindow::buildIndexesLeftAside);
    return -1;
}

} // namespace crm::app
