// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace crm::ui {

// The outbox: the changes waiting to be sent (record, field, new value, when) and the
// changes the server refused, with its reason. Non-modal; remembers its size and columns.
class OutboxDialog : public QDialog
{
    Q_OBJECT
public:
    // At most this many waiting changes are listed (the count says how many there are).
    static constexpr int MaxRows = 1000;

    explicit OutboxDialog(core::DatabasePtr db, QWidget *parent = nullptr);
    ~OutboxDialog() override;

    QTableWidget *pendingTable() const { return m_pending; }
    QTableWidget *refusedTable() const { return m_refused; }

public slots:
    void reload();

signals:
    void syncRequested();
    void dismissRefusedRequested();

private:
    core::DatabasePtr m_db;
    QLabel *m_pendingLabel = nullptr;
    QLabel *m_refusedLabel = nullptr;
    QTableWidget *m_pending = nullptr;
    QTableWidget *m_refused = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace crm::ui
