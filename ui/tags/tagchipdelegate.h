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
//
// A click on a chip (without Ctrl or Shift, which select rows) emits tagClicked() with the
// tag's name, and hovering one says so; the lists answer by filtering on
// ListFilter::term("tag", name).
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
        QString name; // the tag's full name; empty for the "+N"
    };
    // Where the chips of `tags` (QStringList{name, colour} each) go in `rect`.
    static QList<Chip> layout(const QRect &rect, const QFont &font, const QVariantList &tags);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // The name of the tag whose chip is at `pos` in a cell drawn with `option`, or empty.
    static QString tagAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                         const QPointF &pos);

signals:
    void tagClicked(const QString &name);
};

} // namespace crm::ui
