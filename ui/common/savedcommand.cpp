// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedcommand.h"

namespace crm::ui {

SavedCommand::SavedCommand(const QString &text, Write undo, Write redo,
                           std::function<void()> changed,
                           std::function<void(const core::Error &)> failed)
    : QUndoCommand(text)
    , m_undo(std::move(undo))
    , m_redo(std::move(redo))
    , m_changed(std::move(changed))
    , m_failed(std::move(failed))
{}

void SavedCommand::undo()
{
    run(m_undo);
}

void SavedCommand::redo()
{
    if (m_first) { // the push: the dialog has saved already
        m_first = false;
        return;
    }
    run(m_redo);
}

void SavedCommand::run(const Write &write)
{
    const core::Status s = write();
    if (!s && m_failed)
        m_failed(s.error());
    if (m_changed)
        m_changed();
}

} // namespace crm::ui
