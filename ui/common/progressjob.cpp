// SPDX-License-Identifier: GPL-3.0-or-later
#include "progressjob.h"

#include <QApplication>
#include <QFutureWatcher>
#include <QLocale>
#include <QPointer>
#include <QProgressDialog>
#include <QtConcurrent>

#include <atomic>
#include <memory>

namespace crm::ui {

void runWithProgress(QWidget *parent, core::DatabasePtr db, const ProgressJobTexts &texts,
                     std::function<core::Status(const JobProgress &)> job,
                     std::function<void(const core::Status &)> finished)
{
    auto cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<QProgressDialog> progress;
    if (parent) {
        progress = new QProgressDialog(texts.label, texts.cancel, 0, 0, parent);
        progress->setObjectName(texts.objectName);
        progress->setWindowTitle(texts.title);
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(400);
        progress->setAutoClose(false);
        progress->setAutoReset(false);
        QObject::connect(progress, &QProgressDialog::canceled, progress,
                         [cancel, progress, stopping = texts.stopping] {
                             cancel->store(true);
                             progress->setLabelText(stopping);
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
    watcher->setFuture(QtConcurrent::run(
        [db, cancel, progress, job = std::move(job), text = texts.progress]() -> core::Status {
            core::Status status = job([&](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(
                    qApp,
                    [progress, done, total, text] {
                        if (!progress || progress->wasCanceled())
                            return;
                        progress->setMaximum(int(std::min<qint64>(total, INT_MAX)));
                        progress->setValue(int(std::min<qint64>(done, INT_MAX)));
                        progress->setLabelText(
                            text.arg(QLocale().toString(done), QLocale().toString(total)));
                    },
                    Qt::QueuedConnection);
                return !cancel->load();
            });
            db->closeConnection();
            return status;
        }));
}

} // namespace crm::ui
