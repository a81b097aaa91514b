// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/customfield.h"
#include "storage/database.h"

#include <QObject>

class QTableView;

namespace crm::core {
class ExtraColumnHost;
}

namespace crm::ui {

// Custom fields as columns of a contacts, companies or deals list (its model an
// ExtraColumnHost): each live field is a column of
// the model (read with each page, shown in the user's locale); the header's context menu
// shows or hides any column, and which custom columns are shown is remembered per list in
// QSettings (by field key). New custom columns start hidden.
class CustomColumns : public QObject
{
    Q_OBJECT
public:
    CustomColumns(QTableView *view, core::ExtraColumnHost *model, core::DatabasePtr db,
                  core::CustomEntity entity, QString settingsKey);

    // Re-reads the definitions (after Settings ▸ Custom Fields).
    void refresh();
    // Shows or hides a custom field's column and remembers it.
    void setShown(const QString &key, bool shown);

private:
    void showMenu(const QPoint &pos);

    QTableView *m_view;
    core::ExtraColumnHost *m_model;
    core::DatabasePtr m_db;
    core::CustomEntity m_entity;
    QString m_settingsKey;
    QList<core::CustomFieldDefinition> m_fields;
};

} // namespace crm::ui
