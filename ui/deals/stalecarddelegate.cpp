// SPDX-License-Identifier: GPL-3.0-or-later
#include "stalecarddelegate.h"

#include "common/badgeicon.h"
#include "domain/money.h"
#include "models/boardmodel.h"

#include <QIcon>
#include <QLocale>

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
    if (!index.parent().isValid())
        return;
    // Two lines: the title, then the company, the amount and the days in the current stage.
    const QString company = index.data(core::BoardModel::CompanyRole).toString();
    const QString amount =
        core::Money::format(index.data(core::BoardModel::AmountRole).toLongLong(),
                            index.data(core::BoardModel::CurrencyRole).toString());
    const QString days =
        tr("%1 d", "days in the current stage, on a board card")
            .arg(QLocale().toString(index.data(core::BoardModel::DaysInStageRole).toInt()));
    option->text += QChar(QChar::LineSeparator) +
                    (company.isEmpty() ? amount : company + u" · " + amount) + u" · " + days;
    if (!index.data(core::BoardModel::StaleRole).toBool())
        return;
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->icon = staleIcon();
    option->backgroundBrush = QColor(0xfff3e0);
}

} // namespace crm::ui
