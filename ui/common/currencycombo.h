// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QComboBox;
class QString;
class QWidget;

namespace crm::ui {

// An editable currency field: the common codes to pick from, any ISO 4217 code typed.
QComboBox *makeCurrencyCombo(const QString &objectName, QWidget *parent);

} // namespace crm::ui
