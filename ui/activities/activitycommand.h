// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/activity.h"
#include "storage/database.h"

#include <QUndoCommand>

#include <functional>
#include <optional>

class QUndoStack;

namespace crm::ui {

// A write to one activity, undone by writing back the record as it was before; a redo after
// an undo writes it as the first run left it. `refresh` runs after each, so views show it.
class ActivityCommand : public QUndoCommand
{
public:
    ActivityCommand(core::DatabasePtr db, core::Activity before,
                    std::function<core::Status()> apply, std::function<void()> refresh,
                    const QString &text);
    core::Status result() const { return m_result; }
    void redo() override;
    void undo() override;

    // Pushes the command on `undo` (which runs it), or runs it alone without a stack.
    static void run(QUndoStack *undo, ActivityCommand *command);
    // Ticks the activity off (or on again) at `at`, as one undoable step named after it.
    static core::Status setDone(const core::DatabasePtr &db, QUndoStack *undo, const QByteArray &id,
                                bool done, const QDateTime &at, std::function<void()> refresh);

private:
    core::DatabasePtr m_db;
    core::Activity m_before;
    std::optional<core::Activity> m_after;
    std::function<core::Status()> m_apply;
    std::function<void()> m_refresh;
    core::Status m_result;
};

} // namespace crm::ui
