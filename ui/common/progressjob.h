// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/database.h"

#include <QString>

#include <functional>

class QWidget;

namespace crm::ui {

// What a long job reports: (done, total); it returns false to stop.
using JobProgress = std::function<bool(qint64, qint64)>;

struct ProgressJobTexts
{
    QString objectName; // of the progress dialog, for tests
    QString title;
    QString label;    // before the first report
    QString progress; // "Done: %1 of %2"
    QString stopping; // after Cancel
    QString cancel;   // the button
};

// Runs `job` on a pool thread (with its own connection of `db`, closed afterwards) behind a
// window-modal progress dialog with Cancel, then calls `finished` on the UI thread with its
// status. Without a `parent` no dialog is shown (the job still runs in the background).
void runWithProgress(QWidget *parent, core::DatabasePtr db, const ProgressJobTexts &texts,
                     std::function<core::Status(const JobProgress &)> job,
                     std::function<void(const core::Status &)> finished);

} // namespace crm::ui
