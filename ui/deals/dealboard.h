// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QHBoxLayout;
class QUndoStack;

namespace crm::core {
class BoardModel;
}

namespace crm::ui {

// The board of a pipeline: a column per open stage with its count and totals in the user's
// locale and currency, a card per deal. Drag a card to another column, or move the current
// card with Ctrl+Right / Ctrl+Left (Ctrl+W: won; Ctrl+L: lost, asking for the reason). A
// refused move shows in the banner line. Enter or a double-click opens the card's deal.
// Filters by owner, expected close month and tag. Widgets by objectName: "pipelineCombo",
// "ownerFilterCombo", "monthFilterCombo", "tagFilterCombo", "stageHeader<N>",
// "stageList<N>", "boardMessage", "lostReasonDialog". With an undo stack every move (drag or
// keyboard, won and lost too) is one undo step (DealMoveCommand).
class DealBoard : public QWidget
{
    Q_OBJECT
public:
    explicit DealBoard(core::DatabasePtr db, QWidget *parent = nullptr);

    // Where moves go as undo steps (none: moves are not undoable).
    void setUndoStack(QUndoStack *stack) { m_undo = stack; }

    core::BoardModel *model() const { return m_model; }
    // Re-reads the board (after changes from elsewhere).
    void reload();
    // Moves the current card of the focused column one column right (+1) or left (-1).
    bool moveCurrent(int direction);
    bool markCurrentWon();
    // Asks for the reason (a dialog named "lostReasonDialog"), then marks the deal lost.
    bool markCurrentLost();
    // Re-reads what the owner, month and tag filters offer, keeping the choices made.
    void refreshFilters();

signals:
    // Enter or a double-click on a card.
    void openDeal(const QByteArray &id);
    // A deal was written from the board outside its model (marked lost).
    void dealChanged(const QByteArray &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Re-reads the pipelines offered, keeping the one shown (or its team's copy after
    // sign-in); false (and the banner) when they cannot be read.
    bool refreshPipelines();
    void rebuildColumns();
    void updateHeaders();
    void showError(const QString &text);
    void applyFilter();
    QListView *focusedList() const;
    // Moves a deal through the model as one undo step; false (and the banner) when refused.
    bool moveWithUndo(const QByteArray &dealId, const QByteArray &stageId);
    // Puts a move that is done on the undo stack.
    void pushMove(const QByteArray &dealId, const QByteArray &from, const QByteArray &to,
                  const QString &lostReason = {});

    core::DatabasePtr m_db;
    core::BoardModel *m_model;
    QComboBox *m_pipelines;
    QComboBox *m_owner;
    QComboBox *m_month;
    QComboBox *m_tag;
    QLabel *m_message;
    QHBoxLayout *m_columnsLayout;
    QList<QLabel *> m_headers;
    QList<QListView *> m_lists;
    QUndoStack *m_undo = nullptr;
};

} // namespace crm::ui
