// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigationdelegate.h"

#include <QLocale>
#include <QPainter>

namespace crm::ui {

void NavigationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const QVariant count = index.data(CountRole);
    if (!count.isValid())
        return;
    const QString text = QLocale().toString(count.toLongLong());
    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    QColor color = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    if (!selected)
        color.setAlphaF(0.55f);
    painter->setPen(color);
    painter->setFont(option.font);
    const QRect r = option.rect.adjusted(0, 0, -10, 0);
    painter->drawText(r, Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize NavigationDelegate::sizeHint(const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setHeight(std::max(s.height(), option.fontMetrics.height() + 14));
    return s;
}

} // namespace crm::ui
