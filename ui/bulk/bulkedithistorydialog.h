// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/customfield.h"
#include "storage/database.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace crm::ui {

// Edit ▸ Bulk Edit History: the recorded bulk edits, newest first, with what each did and its
// state; Undo on the selected one runs on a worker behind a progress dialog (BulkJob), also
// for an edit made before a restart.
class BulkEditHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BulkEditHistoryDialog(core::DatabasePtr db, QWidget *parent = nullptr);
    ~BulkEditHistoryDialog() override;

    void reload();

signals:
    void undone(core::CustomEntity entity); // records changed: lists should reload

private:
    void undoSelected();
    void updateButtons();

    core::DatabasePtr m_db;
    QTableWidget *m_table = nullptr;
    QPushButton *m_undoButton = nullptr;
};

} // namespace crm::ui
