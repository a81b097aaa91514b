// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QListWidget>

namespace crm::ui {

// The History tab: a read-only list of who changed what and when, newest first.
class HistoryView : public QListWidget
{
    Q_OBJECT
public:
    explicit HistoryView(core::DatabasePtr db, QWidget *parent = nullptr);

    // Reads the change log of a record (contact or company); an empty id shows nothing.
    void load(const QByteArray &recordId);

private:
    QString nameOf(const QString &table, const QByteArray &id) const;
    core::DatabasePtr m_db;
};

} // namespace crm::ui
