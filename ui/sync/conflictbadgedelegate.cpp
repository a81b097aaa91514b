// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictbadgedelegate.h"

#include "common/icons.h"
#include "models/pagedlistmodel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace crm::ui {

ConflictBadgeDelegate::ConflictBadgeDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_icon(Icons::themed(QStringLiteral("dialog-warning"), QStringLiteral("sync-attention")))
{}

bool ConflictBadgeDelegate::hasBadge(const QModelIndex &index) const
{
    return !m_ids.isEmpty() &&
           m_ids.contains(index.data(core::PagedListModel::IdRole).toByteArray());
}

void ConflictBadgeDelegate::initStyleOption(QStyleOptionViewItem *option,
                                            const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (!hasBadge(index))
        return;
    // The badge is the cell's decoration, after the text.
    option->icon = m_icon;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationPosition = QStyleOptionViewItem::Right;
    option->decorationSize = QSize(16, 16);
}

bool ConflictBadgeDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                      const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && hasBadge(index)) {
        QToolTip::showText(event->globalPos(),
                           tr("%1\nThis record has a sync conflict: choose which value stays "
                              "in the conflicts inbox.")
                               .arg(index.data().toString()),
                           view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace crm::ui
