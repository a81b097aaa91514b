// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/bulkedit.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QProgressDialog;
class QTimer;
class QWidget;

namespace crm::ui {

// One bulk edit, undo or redo on a worker thread (QtConcurrent, its own connection closed at
// the end) behind a window-modal progress dialog, so the UI thread never waits for it.
// Cancel (when offered) sets a flag the work reads between chunks; BulkEdit then puts back
// what it had done. `done` runs on the UI thread; the job deletes itself afterwards.
class BulkJob : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<core::Result<core::BulkOutcome>(const core::BulkEdit::Progress &)>;
    using Done = std::function<void(const core::Result<core::BulkOutcome> &)>;

    static BulkJob *start(QWidget *parent, core::DatabasePtr db, const QString &label,
                          bool cancellable, Work work, Done done);

    // The jobs running now (tests wait for none).
    static int running();

private:
    BulkJob(QWidget *parent, const QString &label, bool cancellable);
    QPointer<QProgressDialog> m_dialog;
    QTimer *m_poll = nullptr;
};

} // namespace crm::ui
