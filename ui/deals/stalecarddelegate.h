// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace crm::ui {

// Draws a deal card of the board: its title, then its company, amount and days in its stage; a
// stale one (BoardModel::StaleRole) gets a warning icon and a warm background, and its tooltip
// (from the model) says why.
class StaleCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Public for tests: what a card is drawn with.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

    static QIcon staleIcon();
};

} // namespace crm::ui
