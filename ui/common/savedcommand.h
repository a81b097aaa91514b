// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QUndoCommand>

#include <functional>

namespace crm::ui {

// A record saved from a dialog, on the undo stack. The save is already done when the
// command is pushed (the first redo does nothing); undo writes the record back as it was
// (or deletes a created one, softly), redo writes it as saved again. `changed` runs after
// each, so open views show the result; a failure goes to `failed`.
class SavedCommand : public QUndoCommand
{
public:
    using Write = std::function<core::Status()>;
    SavedCommand(const QString &text, Write undo, Write redo, std::function<void()> changed,
                 std::function<void(const core::Error &)> failed = {});

    void undo() override;
    void redo() override;

private:
    void run(const Write &write);

    Write m_undo;
    Write m_redo;
    std::function<void()> m_changed;
    std::function<void(const core::Error &)> m_failed;
    bool m_first = true;
};

} // namespace crm::ui
