// SPDX-License-Identifier: GPL-3.0-or-later
#include "stalecarddelegate.h"

#include "common/badgeicon.h"
#include "domain/money.h"
#include "models/boardmodel.h"

#include <QApplication>
#include <QIcon>
#include <QListView>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace crm::ui {

namespace {

constexpr int TextFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

const QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

} // namespace

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
    if (!index.parent().isValid())
        return;
    // Two lines: the title, then the company, the amount and the days in the current stage.
    const QString company = index.data(core::BoardModel::CompanyRole).toString();
    const QString amount =
        core::Money::format(index.data(core::BoardModel::AmountRole).toLongLong(),
                            index.data(core::BoardModel::CurrencyRole).toString());
    const QString days =
        tr("%1 d", "days in the current stage, on a board card")
            .arg(QLocale().toString(index.data(core::BoardModel::DaysInStageRole).toInt()))
            .replace(u' ', QChar::Nbsp); // "12 d" never wraps between the number and its unit
    // A wrapped line ends with its "·", never starts with it.
    const QString dot = u"\u00a0· "_qs;
    option->text += QChar(QChar::LineSeparator) +
                    (company.isEmpty() ? amount : company + dot + amount) + dot + days;
    if (!index.data(core::BoardModel::StaleRole).toBool())
        return;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = staleIcon();
    option->backgroundBrush = QColor(0xfff3e0);
}

int StaleCardDelegate::margin(const QStyleOptionViewItem &option)
{
    return styleOf(option)->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
}

QRect StaleCardDelegate::textRect(const QStyleOptionViewItem &option)
{
    const int m = margin(option);
    int left = m;
    if (option.features & QStyleOptionViewItem::HasDecoration)
        left += option.decorationSize.width() + 2 * m;
    return option.rect.adjusted(left, 1, -m, -1);
}

int StaleCardDelegate::textHeight(const QStyleOptionViewItem &option, int width)
{
    return option.fontMetrics
        .boundingRect(QRect(0, 0, std::max(width, 1), 1 << 20), TextFlags, option.text)
        .height();
}

QSize StaleCardDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const auto *list = qobject_cast<const QListView *>(option.widget);
    if (!index.parent().isValid())
        return QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem card = option;
    initStyleOption(&card, index);
    // As wide as the list shows its cards (QListView in list mode paints every item across
    // the viewport less the spacing on both sides), whatever rectangle the view passed.
    const int width = list ? list->viewport()->width() - 2 * list->spacing() : option.rect.width();
    card.rect = QRect(0, 0, std::max(width, 1), 1);
    const QRect text = textRect(card);
    int height = textHeight(card, text.width()) + 2;
    if (card.features & QStyleOptionViewItem::HasDecoration)
        height = std::max(height, card.decorationSize.height() + 2);
    return {card.rect.width(), height};
}

void StaleCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    if (!index.parent().isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem card = option;
    initStyleOption(&card, index);
    const QString text = card.text;
    const QRect where = textRect(card);
    // The style draws the background, selection, focus and icon; the text is drawn here, at
    // the width sizeHint() measured it.
    card.text.clear();
    styleOf(card)->drawControl(QStyle::CE_ItemViewItem, &card, painter, card.widget);

    const QPalette::ColorGroup group = !(card.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (card.state & QStyle::State_Active) ? QPalette::Normal
                                                                             : QPalette::Inactive;
    const QPalette::ColorRole role =
        (card.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;
    painter->save();
    painter->setFont(card.font);
    painter->setPen(card.palette.color(group, role));
    painter->drawText(where, TextFlags, text);
    painter->restore();
}

} // namespace crm::ui
