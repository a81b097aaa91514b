// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/fielderrors.h"
#include "storage/database.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace crm::ui {

// Settings ▸ General: the region of phone numbers typed without a country code (used to
// match phones on import and to find duplicates) and the currency new deals start with.
// Each choice is stored in the database as soon as it is made, so crm-cli uses it too.
class GeneralSettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit GeneralSettingsPage(core::DatabasePtr db, QWidget *parent = nullptr);

private:
    void storeRegion();
    void storeCurrency();

    core::DatabasePtr m_db;
    FieldErrors m_errors;
    QComboBox *m_region;
    QComboBox *m_currency;
};

} // namespace crm::ui
