// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/database.h"

#include <functional>

class QWidget;

namespace crm::ui {

// Undoes import `batch` on a pool thread behind a window-modal progress dialog with Cancel,
// then calls `finished` on the UI thread: ok, the error, or Cancelled when the user stopped
// it (what was undone stays undone; undoing the import again finishes it). Without a
// `parent` the progress dialog is not shown (the undo still runs in the background).
void undoImportInBackground(QWidget *parent, core::DatabasePtr db, qint64 batch,
                            std::function<void(const core::Status &)> finished);

// The words for the end of an undo that did not finish: the error, or how to go on after a
// Cancel. Empty when it succeeded.
QString importUndoProblem(const core::Status &status);

} // namespace crm::ui
