// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace crm::ui {

// The sync log: when this laptop synced, what went each way and why a sync failed, newest
// first (core::sync::SyncLog). Non-modal; remembers its size and columns.
class SyncLogDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SyncLogDialog(core::DatabasePtr db, QWidget *parent = nullptr);
    ~SyncLogDialog() override;

    QTableWidget *table() const { return m_table; }
    QLabel *summary() const { return m_summary; }

public slots:
    void reload();

signals:
    void syncRequested();

private:
    void clearLog();

    core::DatabasePtr m_db;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_clear = nullptr;
};

} // namespace crm::ui
