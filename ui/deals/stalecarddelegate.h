// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace crm::ui {

// Draws a deal card of the board: its title, then its company, amount and days in its stage; a
// stale one (BoardModel::StaleRole) gets a warning icon and a warm background, and its tooltip
// (from the model) says why.
//
// The card's text is wrapped and measured here, by one function for both sizeHint() and
// paint(), at the width the card is painted with (the list's viewport less its spacing): the
// style measures wrapped text a few pixels wider than it paints it beside an icon, which left
// cards ending in "…" above an empty line.
class StaleCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Public for tests: what a card is drawn with.
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
    // Public for tests: where the text of a card drawn with `option` goes, and how high its
    // wrapped text is at that width.
    static QRect textRect(const QStyleOptionViewItem &option);
    static int textHeight(const QStyleOptionViewItem &option, int width);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    static QIcon staleIcon();

private:
    static int margin(const QStyleOptionViewItem &option);
};

} // namespace crm::ui
