// SPDX-License-Identifier: GPL-3.0-or-later
#include "stalecarddelegate.h"

#include "common/badgeicon.h"
#include "models/boardmodel.h"

#include <QIcon>

namespace crm::ui {

QIcon StaleCardDelegate::staleIcon()
{
    static const QIcon icon =
        QIcon::fromTheme(QStringLiteral("dialog-warning"), badgeIcon(QColor(0xef6c00), u"!"_qs));
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
