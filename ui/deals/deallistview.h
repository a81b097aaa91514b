// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace crm::core {
class DealListModel;
}

namespace crm::ui {

class SelectionBar;

// The deals as a table: search (title, company, contact), pipeline and open/won/lost filters,
// `field:value` filters (stage:, pipeline:, owner:, tag:, company:, currency:, status:, custom
// keys; an unknown one is explained in "dealFilterErrorLabel"), tags as chips, custom fields
// as optional columns (the header's context menu), sorting by any column (in SQL), Enter or a
// double-click opens the deal. Remembers its columns. Widgets by objectName: "dealSearchEdit",
// "dealPipelineCombo", "dealStatusCombo", "dealsTable", "dealCountLabel".
class DealListView : public QWidget
{
    Q_OBJECT
public:
    explicit DealListView(core::DatabasePtr db, QWidget *parent = nullptr);
    ~DealListView() override;

    core::DealListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QByteArray currentId() const;
    // "Select all N matching" over the table (several rows can be selected).
    SelectionBar *selectionBar() const { return m_bar; }

public slots:
    void reload();

signals:
    void openDeal(const QByteArray &id);
    // Bulk Edit… (Ctrl+Shift+B or the table's context menu) on the selected deals.
    void bulkEditRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCount();

    core::DatabasePtr m_db;
    core::DealListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_pipeline;
    QComboBox *m_status;
    QTableView *m_view;
    QLabel *m_count;
    QLabel *m_error = nullptr;
    QTimer *m_searchTimer;
    SelectionBar *m_bar = nullptr;
};

} // namespace crm::ui
