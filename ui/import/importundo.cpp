// SPDX-License-Identifier: GPL-3.0-or-later
#include "importundo.h"

#include "import/importbatches.h"

#include "common/progressjob.h"

#include <QApplication>
#include <QLocale>

namespace crm::ui {

namespace {

// The context lupdate files the messages of this file's free functions under (their
// namespace); each class with messages declares its own.
QString tr(const char *text)
{
    return QApplication::translate("crm::ui", text);
}

} // namespace

void undoImportInBackground(QWidget *parent, core::DatabasePtr db, qint64 batch,
                            std::function<void(const core::Status &)> finished)
{
    const ProgressJobTexts texts{QStringLiteral("importUndoProgress"),
                                 tr("Undo Import"),
                                 tr("Undoing import %1…").arg(QLocale().toString(batch)),
                                 tr("Undone: %1 of %2"),
                                 tr("Stopping after the current set…"),
                                 tr("Cancel")};
    runWithProgress(
        parent, db, texts,
        [db, batch](const JobProgress &progress) {
            return core::import::ImportBatches(db).undo(batch, progress);
        },
        std::move(finished));
}

QString importUndoProblem(const core::Status &status)
{
    if (status)
        return {};
    if (status.error().code == core::ErrorCode::Cancelled)
        return tr("The undo was stopped. What was undone stays undone; undo the import again "
                  "(File ▸ Import History) to finish it.");
    return status.error().message();
}

} // namespace crm::ui
