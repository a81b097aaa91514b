// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecyclecombo.h"

#include "models/contactlistmodel.h"

#include <QComboBox>

#include <algorithm>

namespace crm::ui {

QComboBox *makeLifecycleCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("statusCombo"));
    for (core::LifecycleStatus s :
         {core::LifecycleStatus::Lead, core::LifecycleStatus::Prospect,
          core::LifecycleStatus::Customer, core::LifecycleStatus::Former}) {
        const QString key = core::lifecycleKey(s);
        combo->addItem(core::lifecycleLabel(key), key);
    }
    return combo;
}

void setLifecycle(QComboBox *combo, core::LifecycleStatus status)
{
    combo->setCurrentIndex(std::max(0, combo->findData(core::lifecycleKey(status))));
}

core::LifecycleStatus lifecycleOf(const QComboBox *combo)
{
    core::LifecycleStatus status = core::LifecycleStatus::Lead;
    core::parseLifecycle(combo->currentData().toString(), &status);
    return status;
}

} // namespace crm::ui
