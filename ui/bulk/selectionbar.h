// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/bulkedit.h"

#include <QFrame>

#include <functional>

class QAbstractItemView;
class QLabel;

namespace crm::ui {

// A quiet bar above a list while several rows are selected: "Selected: 50 of 40,000 ·
// Select all 40,000 matching “riga”", then "All 40,000 matching “riga” are selected ·
// Clear selection". Selecting every row of a list that holds all its matches (the paged
// contact and company lists) counts as all matching too. A bulk edit of all matching works
// on the list's query, never on ids the list would have to load. Widgets by objectName:
// "selectionBar", "selectionLabel" (its links: "#all" and "#clear").
class SelectionBar : public QFrame
{
    Q_OBJECT

public:
    // `total` answers how many rows match (all of them, not only the fetched ones) and
    // `search` what the search box holds.
    SelectionBar(QAbstractItemView *view, std::function<int()> total,
                 std::function<QString()> search, QWidget *parent = nullptr);

    // Every row matching the list's search and filters is meant.
    bool allMatching() const;
    // How many rows the selection stands for (all matching ones when allMatching()).
    int selectedCount() const;
    // Rows selected in the view (from its ranges: no index per row is made).
    int selectedRows() const;
    // What a bulk edit of the selection works on: all matching, `query` itself; else the
    // selected rows, a range of up to RangeIds rows by `idAt` (rows the user saw), a longer
    // one as its places in `query`'s order for the worker to read (when the query has an
    // order), so the list loads no page for it. `loadedIdAt` answers without reading.
    static constexpr int RangeIds = 200;
    core::BulkTarget target(core::CustomEntity entity, const std::function<QByteArray(int)> &idAt,
                            const std::function<QByteArray(int)> &loadedIdAt,
                            const core::RecordQuery &query) const;

public slots:
    void selectAllMatching();
    void refresh();

private:
    QAbstractItemView *m_view;
    std::function<int()> m_total;
    std::function<QString()> m_search;
    QLabel *m_label;
    bool m_all = false;
};

} // namespace crm::ui
