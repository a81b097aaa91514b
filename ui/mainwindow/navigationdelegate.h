// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace crm::ui {

// Paints a navigation entry with its count right-aligned and muted ("Contacts   1 234").
class NavigationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int CountRole = Qt::UserRole + 10;
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace crm::ui
