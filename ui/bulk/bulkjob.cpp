// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkjob.h"

#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>
#include <memory>

namespace crm::ui {

namespace {

std::atomic<int> g_running{0};

// Written by the worker, read by the UI thread's poll.
struct Shared
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancel{false};
};

} // namespace

int BulkJob::running()
{
    return g_running.load();
}

BulkJob::BulkJob(QWidget *parent, const QString &label, bool cancellable)
{
    // Not a child of `parent`: a window closed meanwhile must not take the job (and its
    // `done`) with it; only the dialog goes with the window.
    m_dialog = new QProgressDialog(label, cancellable ? tr("Cancel") : QString(), 0, 0, parent);
    m_dialog->setObjectName(QStringLiteral("bulkProgressDialog"));
    m_dialog->setWindowTitle(tr("Bulk Edit"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumDuration(300);
    if (!cancellable)
        m_dialog->setCancelButton(nullptr);
    m_poll = new QTimer(this);
    m_poll->setInterval(100);
}

BulkJob *BulkJob::start(QWidget *parent, core::DatabasePtr db, const QString &label,
                        bool cancellable, Work work, Done done)
{
    auto *job = new BulkJob(parent, label, cancellable);
    auto shared = std::make_shared<Shared>();
    QPointer<QProgressDialog> dialog = job->m_dialog;
    connect(dialog, &QProgressDialog::canceled, job, [shared, dialog] {
        shared->cancel = true;
        if (dialog)
            dialog->setLabelText(tr("Cancelling: putting back what was changed…"));
    });
    connect(job->m_poll, &QTimer::timeout, job, [shared, dialog] {
        if (!dialog)
            return;
        const qint64 total = shared->total.load();
        if (total > 0 && dialog->maximum() != int(total))
            dialog->setMaximum(int(total));
        if (total > 0)
            dialog->setValue(int(shared->done.load()));
    });
    job->m_poll->start();
    auto *watcher = new QFutureWatcher<core::Result<core::BulkOutcome>>(job);
    connect(watcher, &QFutureWatcherBase::finished, job, [job, watcher, done, dialog] {
        const core::Result<core::BulkOutcome> result = watcher->result();
        --g_running;
        if (dialog)
            dialog->deleteLater();
        job->deleteLater();
        if (done)
            done(result);
    });
    ++g_running;
    watcher->setFuture(QtConcurrent::run([db, work, shared]() {
        auto result = work([shared](qint64 doneRows, qint64 totalRows) {
            shared->total = totalRows;
            shared->done = doneRows;
            return !shared->cancel.load();
        });
        db->closeConnection();
        return result;
    }));
    return job;
}

} // namespace crm::ui
