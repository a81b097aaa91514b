// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/database.h"

#include <QPointer>
#include <QUndoCommand>

#include <functional>

namespace crm::core {
class BoardModel;
}

namespace crm::ui {

// A deal moved on the board (dragged, Ctrl+Right / Ctrl+Left, Ctrl+W won, Ctrl+L lost) as
// one undo step. The move is done when the command is pushed (the first redo does nothing).
// Undo moves the deal back to the stage it came from; like every move that is recorded in
// its stage history, a won date or lost reason goes, and a probability left at the stage's
// default follows the stage again (an overridden one was never touched). Redo moves it
// again (lost with the same reason). While the board is open its model does the move, so
// only the two columns change; otherwise the repository. A failure goes to `failed`.
class DealMoveCommand : public QUndoCommand
{
public:
    DealMoveCommand(core::DatabasePtr db, core::BoardModel *board, QByteArray dealId,
                    QByteArray fromStage, QByteArray toStage, QString lostReason,
                    const QString &text, std::function<void(const core::Error &)> failed = {});

    void undo() override;
    void redo() override;

    QByteArray dealId() const { return m_dealId; }

private:
    core::Status moveTo(const QByteArray &stage, const QString &lostReason);

    core::DatabasePtr m_db;
    QPointer<core::BoardModel> m_board;
    QByteArray m_dealId;
    QByteArray m_from;
    QByteArray m_to;
    QString m_lostReason;
    std::function<void(const core::Error &)> m_failed;
    bool m_first = true;
};

} // namespace crm::ui
