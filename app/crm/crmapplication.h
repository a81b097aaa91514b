// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QStringList>

#include <memory>

namespace crm::ui {
class MainWindow;
}

namespace crm::app {

// The composition root of the desktop app: parses the command line, loads translations,
// opens the database and shows the main window.
class CrmApplication
{
public:
    CrmApplication();
    ~CrmApplication();

    // An exit code to return at once, or -1 to enter the event loop.
    int start(const QStringList &arguments);

private:
    void loadTranslations();

    core::DatabasePtr m_db;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace crm::app
