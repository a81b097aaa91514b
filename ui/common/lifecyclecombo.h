// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/contact.h"

class QComboBox;
class QWidget;

namespace crm::ui {

// The lifecycle status of a contact or company: lead, prospect, customer, former, each
// labelled in the user's language with its key as the item's data.
QComboBox *makeLifecycleCombo(QWidget *parent);
void setLifecycle(QComboBox *combo, core::LifecycleStatus status);
core::LifecycleStatus lifecycleOf(const QComboBox *combo);

} // namespace crm::ui
