// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitycommand.h"

#include "services/activityrepository.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace crm::ui {

ActivityCommand::ActivityCommand(core::DatabasePtr db, core::Activity before,
                                 std::function<core::Status()> apply, std::function<void()> refresh,
                                 const QString &text)
    : QUndoCommand(text)
    , m_db(std::move(db))
    , m_before(std::move(before))
    , m_apply(std::move(apply))
    , m_refresh(std::move(refresh))
{}

void ActivityCommand::redo()
{
    core::ActivityRepository repo(m_db);
    if (m_after) { // a redo after an undo writes the record as the first run left it
        m_result = repo.revert(*m_after);
    } else {
        m_result = m_apply();
        if (m_result) {
            if (auto after = repo.get(m_before.id))
                m_after = after.value();
        }
    }
    m_refresh();
}

void ActivityCommand::undo()
{
    core::ActivityRepository repo(m_db);
    m_result = repo.revert(m_before);
    m_refresh();
}

void ActivityCommand::run(QUndoStack *undo, ActivityCommand *command)
{
    if (undo) {
        undo->push(command); // runs redo()
    } else {
        command->redo();
        delete command;
    }
}

core::Status ActivityCommand::setDone(const core::DatabasePtr &db, QUndoStack *undo,
                                      const QByteArray &id, bool done, const QDateTime &at,
                                      std::function<void()> refresh)
{
    auto before = core::ActivityRepository(db).get(id);
    if (!before)
        return before.error();
    if (before->done == done)
        return {};
    auto *c = new ActivityCommand(
        db, before.value(),
        [db, id, done, at] { return core::ActivityRepository(db).markDone(id, done, at); },
        std::move(refresh),
        done ? QCoreApplication::translate("crm::ui::AgendaView", "Tick off “%1”")
                   .arg(before->subject)
             : QCoreApplication::translate("crm::ui::AgendaView", "Reopen “%1”")
                   .arg(before->subject));
    ActivityCommand::run(undo, c);
    return {};
}

} // namespace crm::ui
