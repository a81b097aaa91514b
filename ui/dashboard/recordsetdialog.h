// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/recordset.h"
#include "storage/database.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace crm::ui {

// The records behind a dashboard figure or bar: how many, and a list of them (the newest
// first, a page at a time: "Show more" reads the next). Enter or a double-click opens one.
// Widgets by objectName: "recordSetTitle", "recordSetCount", "recordSetList",
// "recordSetMoreButton".
class RecordSetDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int PageSize = 200;

    RecordSetDialog(core::DatabasePtr db, core::dashboard::RecordSet set,
                    QWidget *parent = nullptr);

    const core::dashboard::RecordSet &recordSet() const { return m_set; }
    QTreeWidget *list() const { return m_list; }
    qint64 total() const { return m_total; }

signals:
    void openRecord(crm::core::RecordKind kind, const QByteArray &id);

private:
    void loadMore();
    void openCurrent();

    core::DatabasePtr m_db;
    core::dashboard::RecordSet m_set;
    QLabel *m_count;
    QTreeWidget *m_list;
    QPushButton *m_more;
    qint64 m_total = 0;
    qint64 m_lastRid = 0;
};

} // namespace crm::ui
