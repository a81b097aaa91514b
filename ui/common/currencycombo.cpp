// SPDX-License-Identifier: GPL-3.0-or-later
#include "currencycombo.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>

namespace crm::ui {

QComboBox *makeCurrencyCombo(const QString &objectName, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItems({QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("GBP"),
                     QStringLiteral("PLN"), QStringLiteral("SEK"), QStringLiteral("NOK"),
                     QStringLiteral("DKK"), QStringLiteral("CHF"), QStringLiteral("CZK"),
                     QStringLiteral("RUB"), QStringLiteral("UAH")});
    combo->setToolTip(QCoreApplication::translate("crm::ui::DealDialog",
                                                  "An ISO 4217 code such as EUR, USD or PLN"));
    combo->lineEdit()->setMaxLength(3);
    return combo;
}

} // namespace crm::ui
