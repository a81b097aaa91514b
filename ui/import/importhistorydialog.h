// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace crm::ui {

// File ▸ Import History: every import with its counts and state; Undo on the selected one.
class ImportHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportHistoryDialog(core::DatabasePtr db, QWidget *parent = nullptr);
    ~ImportHistoryDialog() override;

    void reload();

signals:
    void undone(); // contacts changed: lists should reload

private:
    void undoSelected();

    core::DatabasePtr m_db;
    QTableWidget *m_table = nullptr;
    QPushButton *m_undoButton = nullptr;
};

} // namespace crm::ui
