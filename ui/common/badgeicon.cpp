// SPDX-License-Identifier: GPL-3.0-or-later
#include "badgeicon.h"

#include <QPainter>
#include <QPixmap>

namespace crm::ui {

QIcon badgeIcon(const QColor &color, const QString &glyph)
{
    QIcon icon;
    for (int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
        QFont font = p.font();
        font.setPixelSize(size * 5 / 8);
        font.setBold(true);
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(QRect(0, 0, size, size), Qt::AlignCenter, glyph);
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace crm::ui
