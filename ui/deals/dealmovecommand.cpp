// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealmovecommand.h"

#include "models/boardmodel.h"
#include "services/dealrepository.h"

namespace crm::ui {

DealMoveCommand::DealMoveCommand(core::DatabasePtr db, core::BoardModel *board, QByteArray dealId,
                                 QByteArray fromStage, QByteArray toStage, QString lostReason,
                                 const QString &text,
                                 std::function<void(const core::Error &)> failed)
    : QUndoCommand(text)
    , m_db(std::move(db))
    , m_board(board)
    , m_dealId(std::move(dealId))
    , m_from(std::move(fromStage))
    , m_to(std::move(toStage))
    , m_lostReason(std::move(lostReason))
    , m_failed(std::move(failed))
{}

void DealMoveCommand::undo()
{
    const core::Status s = moveTo(m_from, {});
    if (!s && m_failed)
        m_failed(s.error());
}

void DealMoveCommand::redo()
{
    if (std::exchange(m_first, false))
        return; // the board has moved it already
    const core::Status s = moveTo(m_to, m_lostReason);
    if (!s && m_failed)
        m_failed(s.error());
}

core::Status DealMoveCommand::moveTo(const QByteArray &stage, const QString &lostReason)
{
    if (!lostReason.isEmpty()) {
        // Lost: the repository (a move to a lost stage needs the reason), then the board
        // re-reads, as it does after Ctrl+L.
        if (auto s = core::DealRepository(m_db).markLost(m_dealId, lostReason); !s)
            return s;
        return m_board ? m_board->reload() : core::Status();
    }
    if (m_board)
        return m_board->moveDeal(m_dealId, stage);
    return core::DealRepository(m_db).move(m_dealId, stage);
}

} // namespace crm::ui
