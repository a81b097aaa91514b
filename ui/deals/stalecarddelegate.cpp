// SPDX-License-Identifier: GPL-3.0-or-later
#include "stalecarddelegate.h"

#include "models/boardmodel.h"

#include <QIcon>
#include <QPainter>

namespace crm::ui {

QIcon StaleCardDelegate::staleIcon()
{
    static const QIcon icon = [] {
        QIcon drawn;
        for (int size : {16, 24, 32}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xef6c00));
            p.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
            QFont font = p.font();
            font.setPixelSize(size * 3 / 4);
            font.setBold(true);
            p.setFont(font);
            p.setPen(Qt::white);
            p.drawText(QRect(0, 0, size, size), Qt::AlignCenter, QStringLiteral("!"));
            drawn.addPixmap(pixmap);
        }
        return QIcon::fromTheme(QStringLiteral("dialog-warning"), drawn);
    }();
    return icon;
}

void StaleCardDelegate::initStyleOption(QStyleOptionViewItem *option,
                                        const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!index.parent().isValid() || !index.data(core::BoardModel::StaleRole).toBool())
        return;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = staleIcon();
    option->backgroundBrush = QColor(0xfff3e0);
}

} // namespace crm::ui
