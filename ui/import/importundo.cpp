// SPDX-License-Identifier: GPL-3.0-or-later
#include "importundo.h"

#include "import/importbatches.h"

#include <QApplication>
#include <QFutureWatcher>
#include <QLocale>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent>

#include <atomic>
#include <memory>

namespace crm::ui {

namespace {

QString tr(const char *text)
{
    return QApplication::translate("crm::ui::ImportUndo", text);
}

} // namespace

void undoImportInBackground(QWidget *parent, core::DatabasePtr db, qint64 batch,
                            std::function<void(const core::Status &)> finished)
{
    auto cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<QProgressDialog> progress;
    if (parent) {
        progress = new QProgressDialog(tr("Undoing import %1…").arg(QLocale().toString(batch)),
                                       tr("Cancel"), 0, 0, parent);
        progress->setObjectName(QStringLiteral("importUndoProgress"));
        progress->setWindowTitle(tr("Undo Import"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(400);
        progress->setAutoClose(false);
        progress->setAutoReset(false);
        QObject::connect(progress, &QProgressDialog::canceled, progress, [cancel, progress] {
            cancel->store(true);
            progress->setLabelText(tr("Stopping after the current set…"));
        });
    }
    auto *watcher = new QFutureWatcher<core::Status>;
    QObject::connect(watcher, &QFutureWatcher<core::Status>::finished, watcher,
                     [watcher, progress, finished = std::move(finished)] {
                         const core::Status status = watcher->result();
                         watcher->deleteLater();
                         if (progress)
                             progress->deleteLater();
                         if (finished)
                             finished(status);
                     });
    watcher->setFuture(QtConcurrent::run([db, batch, cancel, progress]() -> core::Status {
        core::Status status =
            core::import::ImportBatches(db).undo(batch, [&](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(
                    qApp,
                    [progress, done, total] {
                        if (!progress || progress->wasCanceled())
                            return;
                        progress->setMaximum(int(std::min<qint64>(total, INT_MAX)));
                        progress->setValue(int(std::min<qint64>(done, INT_MAX)));
                        progress->setLabelText(
                            tr("Undone: %1 of %2")
                                .arg(QLocale().toString(done), QLocale().toString(total)));
                    },
                    Qt::QueuedConnection);
                return !cancel->load();
            });
        db->closeConnection();
        return status;
    }));
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
