// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QList>
#include <QUndoCommand>

#include <functional>

namespace crm::ui {

// Soft-deletes records; undo restores them. Pushed on the main window's undo stack.
class DeleteCommand : public QUndoCommand
{
public:
    enum class Kind
    {
        Contact,
        Company
    };
    // Called after every redo/undo with the records touched and whether they now exist.
    using Changed = std::function<void(Kind, const QList<QByteArray> &, bool restored)>;

    DeleteCommand(core::DatabasePtr db, Kind kind, QList<QByteArray> ids, Changed changed);

    void redo() override;
    void undo() override;

    // The first failure of the last redo/undo, empty when all went well.
    QString errorText() const { return m_error; }

private:
    void apply(bool deleted);

    core::DatabasePtr m_db;
    Kind m_kind;
    QList<QByteArray> m_ids;
    Changed m_changed;
    QString m_error;
};

} // namespace crm::ui
