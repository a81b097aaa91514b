// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/bulkedit.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>
#include <QWidget>

#include <functional>
#include <memory>

class QUndoStack;

namespace crm::ui {

// One bulk edit as one undo step. Undo puts back the before-values BulkEdit recorded (where
// nothing changed them since) and redo writes the operation again on the rows undo put back,
// each on a worker thread (BulkJob) behind a progress dialog; `changed` runs when it has
// finished.
class BulkEditCommand : public QUndoCommand
{
    // The context lupdate files the messages of its members under.
    Q_DECLARE_TR_FUNCTIONS(crm::ui::BulkEditCommand)

public:
    using Changed = std::function<void(core::CustomEntity)>;
    // Where the outcome is told ("Set Status to Customer · Changed: 4 of 5").
    using Report = std::function<void(const QString &)>;

    // Runs `prepared` on `target` off the UI thread and, when it went through, pushes the
    // done command on `stack`. A cancel or failure changes nothing (BulkEdit is all or
    // nothing) and is reported.
    static void run(QWidget *window, core::DatabasePtr db, QUndoStack *stack,
                    const core::BulkTarget &target, const core::BulkOperation &prepared,
                    Changed changed, Report report);

    void undo() override;
    void redo() override;

    // Undoes recorded edit `edit` on a worker behind a progress dialog titled `label`; `done`
    // runs on the UI thread (the Edit menu's undo and the Bulk Edit History both use it).
    using Undone = std::function<void(const core::Result<core::BulkUndoOutcome> &)>;
    static void undoInBackground(QWidget *window, core::DatabasePtr db, qint64 edit,
                                 const QString &label, Undone done);
    // "Undone: 3,998 put back; 2 left as they were changed after the bulk edit".
    static QString leftReport(int restored, int left);

private:
    struct State
    {
        core::DatabasePtr db;
        core::CustomEntity entity;
        qint64 edit = 0; // the recorded edit that undo and redo take back and write again
        QList<core::BulkChange> changes;
        QPointer<QWidget> window;
        Changed changed;
        Report report;
    };
    BulkEditCommand(std::shared_ptr<State> state, const QString &text);

    std::shared_ptr<State> m_state;
    bool m_done = true; // pushed after the first run: the first redo() has nothing to do
};

} // namespace crm::ui
