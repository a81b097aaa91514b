// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dedup/mergeservice.h"
#include "storage/database.h"

#include <QUndoCommand>

#include <functional>

namespace crm::ui {

// One merge as one undo step: undo unmerges, redo merges again. Made for a merge already
// done (`mergeId`, so a failed merge never reaches the stack) and pushed on the main window's
// undo stack; `changed` runs after each step so the lists reload.
class MergeCommand : public QUndoCommand
{
public:
    MergeCommand(core::DatabasePtr db, core::dedup::MergeRequest request, QByteArray mergeId,
                 std::function<void()> changed);

    void redo() override;
    void undo() override;

    QByteArray mergeId() const { return m_mergeId; }
    // The failure of the last redo/undo (empty when it went well) and, after an undo, what
    // was left as it is (changed after the merge).
    QString errorText() const { return m_error; }
    QStringList notRestored() const { return m_notRestored; }

private:
    core::DatabasePtr m_db;
    core::dedup::MergeRequest m_request;
    std::function<void()> m_changed;
    QByteArray m_mergeId;
    QString m_error;
    QStringList m_notRestored;
    bool m_done = true; // the first redo (by push) finds the merge made
};

} // namespace crm::ui
