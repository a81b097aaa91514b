// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QDialog>

class QLabel;
class QVBoxLayout;

namespace crm::ui {

// The conflicts inbox: each open conflict told in words, with Use mine / Keep theirs /
// Keep both (e-mail addresses and phone numbers). A choice is an ordinary synced edit
// (ConflictService::resolve). Non-modal; remembers its size.
class ConflictsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictsDialog(core::DatabasePtr db, QWidget *parent = nullptr);
    ~ConflictsDialog() override;

public slots:
    // Re-reads the open conflicts (after a sync or a choice).
    void reload();

signals:
    // A conflict was resolved: `table` and `id` of the contact or company it touched.
    void resolved(const QString &table, const QByteArray &id);
    void openRecord(const QString &table, const QByteArray &id);

private:
    core::DatabasePtr m_db;
    QLabel *m_summary = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_cards = nullptr;
    QVBoxLayout *m_cardsLayout = nullptr;
};

} // namespace crm::ui
