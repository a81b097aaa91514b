// SPDX-License-Identifier: GPL-3.0-or-later
#include "tagchipdelegate.h"

#include "tags/tagchips.h"

#include "models/listtags.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace crm::ui {

namespace {

// In units of the font's height, so chips scale with the font and the screen.
struct Metrics
{
    explicit Metrics(const QFontMetrics &fm)
        : padding(qRound(fm.height() * 0.4))
        , spacing(qRound(fm.height() * 0.3))
        , height(fm.height() + 2)
    {}
    int padding;
    int spacing;
    int height;
};

} // namespace

QList<TagChipDelegate::Chip> TagChipDelegate::layout(const QRect &rect, const QFont &font,
                                                     const QVariantList &tags)
{
    QList<Chip> chips;
    const QFontMetrics fm(font);
    const Metrics m(fm);
    const qreal height = std::min<qreal>(m.height, rect.height() - 2);
    const qreal top = rect.top() + (rect.height() - height) / 2.0;
    const qreal right = rect.right() + 1 - m.spacing;
    qreal x = rect.left() + m.spacing;
    auto width = [&](const QString &text) { return fm.horizontalAdvance(text) + 2.0 * m.padding; };
    const qsizetype n = tags.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QStringList tag = tags[i].toStringList();
        QString text = tag.value(0);
        QColor background(tag.value(1));
        if (!background.isValid())
            background = QColor(0xe0, 0xe0, 0xe0);
        const qsizetype rest = n - i - 1;
        const QString more = u'+' + QString::number(rest);
        const qreal reserve = rest > 0 ? m.spacing + width(more) : 0;
        qreal w = width(text);
        if (x + w + reserve > right) {
            if (i == 0 && rest == 0) {
                // One tag: its name elided rather than nothing.
                text = fm.elidedText(text, Qt::ElideRight, int(right - x - 2 * m.padding));
                w = width(text);
            } else {
                // The rest as "+N", where it fits.
                const QString all = u'+' + QString::number(n - i);
                if (x + width(all) <= right)
                    chips << Chip{QRectF(x, top, width(all), height), all, QColor(), QColor(),
                                  QString()};
                return chips;
            }
        }
        if (text.isEmpty() || x + w > right)
            return chips;
        chips << Chip{QRectF(x, top, w, height), text, background, TagChips::textColor(background),
                      tag.value(0)};
        x += w + m.spacing;
    }
    return chips;
}

void TagChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background, selection and focus only
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QVariantList tags = index.data(core::ListTags::TagsRole).toList();
    if (tags.isEmpty())
        return;
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(opt.font);
    for (const Chip &chip : layout(opt.rect, opt.font, tags)) {
        if (!chip.background.isValid()) {
            painter->setPen(text);
            painter->drawText(chip.rect, Qt::AlignCenter, chip.text);
            continue;
        }
        const qreal radius = chip.rect.height() / 2.0;
        QPainterPath path;
        path.addRoundedRect(chip.rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
        painter->fillPath(path, chip.background);
        if (selected) {
            painter->setPen(QPen(text, 1.0));
            painter->drawPath(path);
        }
        painter->setPen(chip.foreground);
        painter->drawText(chip.rect, Qt::AlignCenter, chip.text);
    }
    painter->restore();
}

QSize TagChipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    const Metrics m(fm);
    int width = m.spacing;
    const QVariantList tags = index.data(core::ListTags::TagsRole).toList();
    for (const QVariant &t : tags)
        width += fm.horizontalAdvance(t.toStringList().value(0)) + 2 * m.padding + m.spacing;
    return {width, m.height + 6};
}

QString TagChipDelegate::tagAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                               const QPointF &pos)
{
    const QVariantList tags = index.data(core::ListTags::TagsRole).toList();
    for (const Chip &chip : layout(option.rect, option.font, tags)) {
        if (chip.rect.contains(pos))
            return chip.name;
    }
    return {};
}

bool TagChipDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton &&
            !(mouse->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier))) {
            const QString name = tagAt(option, index, mouse->position());
            if (!name.isEmpty())
                emit tagClicked(name);
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool TagChipDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view,
                                const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip) {
        const QString name = tagAt(option, index, event->pos());
        if (!name.isEmpty()) {
            QToolTip::showText(event->globalPos(),
                               tr("Tag “%1” · click to show only the records with it").arg(name),
                               view, option.rect);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace crm::ui
