// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarimportdialog.h"

#include "common/errors.h"

#include <QFileInfo>
#include <QLocale>
#include <QPushButton>

namespace crm::ui {

CalendarImportDialog::CalendarImportDialog(core::DatabasePtr db, QWidget *parent)
    : CalendarFileDialog(std::move(db), false, tr("&Import"), parent)
{
    setObjectName(QStringLiteral("calendarImportDialog"));
    setWindowTitle(tr("Import Calendar"));
    showStatus(tr("Choose an .ics file: events become meetings and to-dos tasks; items "
                  "imported before are updated."),
               false);
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(250);
    connect(&m_previewTimer, &QTimer::timeout, this, &CalendarImportDialog::startPreview);
    connect(actionButton(), &QPushButton::clicked, this, &CalendarImportDialog::startImport);
    connect(this, &CalendarFileDialog::workFinished, this, [this] {
        if (std::exchange(m_previewAgain, false))
            startPreview();
    });
    updateAction();
}

void CalendarImportDialog::fileChanged()
{
    m_preview.reset();
    if (isRunning()) { // a preview of the previous name: read the new one after it
        m_previewAgain = true;
        cancelJob();
        return;
    }
    m_previewTimer.start();
}

bool CalendarImportDialog::canRun() const
{
    return m_preview && !m_preview->items.isEmpty();
}

void CalendarImportDialog::startPreview()
{
    const QString path = fileName();
    m_preview.reset();
    updateAction();
    if (path.isEmpty())
        return;
    if (!QFileInfo(path).isFile()) {
        showStatus(tr("%1: there is no such file").arg(path), true);
        return;
    }
    auto result = std::make_shared<core::CalendarService::ImportPreview>();
    core::DatabasePtr db = m_db;
    const bool started = runJob(
        tr("Reading %1…").arg(QFileInfo(path).fileName()),
        [db, path, result](const core::CalendarService::Progress &) -> core::Status {
            auto read = core::CalendarService(db).previewFile(path);
            if (!read)
                return read.error();
            *result = std::move(read.value());
            return {};
        },
        [this, path, result](const core::Status &s) {
            if (path != fileName())
                return; // the name changed meanwhile; its own preview follows
            if (!s) {
                showStatus(Errors::describe(s.error()), true);
                return;
            }
            m_preview = result;
            const QLocale locale;
            if (result->items.isEmpty()) {
                showStatus(tr("The file holds no events or to-dos."), true);
                return;
            }
            showStatus(tr("New meetings: %1 · New tasks: %2 · Updates: %3")
                           .arg(locale.toString(result->newMeetings),
                                locale.toString(result->newTasks),
                                locale.toString(result->updates)),
                       false);
        });
    if (!started)
        m_previewAgain = true;
}

void CalendarImportDialog::startImport()
{
    if (!canRun())
        return;
    const auto preview = m_preview;
    auto summary = std::make_shared<core::CalendarService::ImportSummary>();
    core::DatabasePtr db = m_db;
    runJob(
        tr("Importing %1…").arg(QFileInfo(fileName()).fileName()),
        [db, preview, summary](const core::CalendarService::Progress &progress) -> core::Status {
            auto written = core::CalendarService(db).importItems(preview->items, progress);
            if (!written)
                return written.error();
            *summary = written.value();
            return {};
        },
        [this, summary](const core::Status &s) {
            if (!s) {
                showStatus(Errors::describe(s.error()), true);
                return;
            }
            emit imported(*summary);
            accept();
        });
}

} // namespace crm::ui
