// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QStyledItemDelegate>

namespace crm::ui {

// Paints a list's Tags cell (ListTags::TagsRole) as small rounded chips, each in its tag's
// colour with black or white text for contrast, spaced; the chips that do not fit become a
// "+N" at the end (the tooltip lists every tag). The row's background and selection are the
// style's own; chips keep their colours in a selected row, with an outline in the selection's
// text colour so they stand out on the highlight.
class TagChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    struct Chip
    {
        QRectF rect;
        QString text;      // the tag's name, elided when alone and too long, or "+N"
        QColor background; // invalid for the "+N"
        QColor foreground;
    };
    // Where the chips of `tags` (QStringList{name, colour} each) go in `rect`.
    static QList<Chip> layout(const QRect &rect, const QFont &font, const QVariantList &tags);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace crm::ui
