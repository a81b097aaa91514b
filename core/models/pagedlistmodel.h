// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/extracolumns.h"
#include "models/recordquery.h"
#include "search/listfilter.h"
#include "storage/database.h"
#include "storage/ridset.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QList>
#include <QVariant>

namespace crm::core {

// A list of records that pages from SQL, for any number of rows.
//
// rowCount() is the true count (one indexed COUNT), so the scroll bar is honest and a drag
// to row 500,000 lands there. Rows are loaded in pages of PageSize on demand: a page next
// to one already loaded by keyset ((sort value, rid) > last row), a distant page by an
// OFFSET walk of the sort index. Sorting and searching run in SQL — a proxy model would
// see only the pages loaded. A bounded cache keeps memory flat.
// Lives in the thread that owns it; uses that thread's connection.
class PagedListModel : public QAbstractTableModel, public ExtraColumnHost
{
    Q_OBJECT
public:
    static constexpr int PageSize = 200;
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        RidRole,
        SortValueRole
    };

    struct ColumnSpec
    {
        QString sortExpression; // an indexed column of the table: "local_sort_name", "city" …
        // The record's tags (a ListTags::expression() value): not sorted by; shown as names
        // and as ListTags::TagsRole for the chips.
        bool tags = false;
    };

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // What the search box holds; empty shows everything.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    // Why the filter text matches nothing ("Unknown field “colour”…"), or empty. See
    // ListFilter for the `field:value` syntax.
    QString filterError() const { return m_filter.error; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Re-reads everything (after a change that may move rows or change the count).
    void reload();
    // Re-reads one record's row where it is loaded; moves or counts change → reload().
    void refreshRecord(const QByteArray &id);
    // The row of a record if it is among the loaded rows, else -1.
    int loadedRowOf(const QByteArray &id) const;
    QByteArray idAt(int row) const;
    // idAt() of a loaded row, else empty (reads nothing).
    QByteArray loadedIdAt(int row) const;
    // Every row the list holds now (its search), as SQL a worker thread can run, with the
    // list's order (so a worker can read a range of rows by their places).
    RecordQuery query() const;

    // A filter matching up to this many rows pages by sorting its matches; more are found
    // by walking the sort index (see loadPage()).
    static constexpr int DefaultFewMatches = 4000;
    void setFewMatchesLimit(int rows) { m_fewMatches = rows; }

    // Columns after the model's own (custom fields), see ExtraColumn. A custom-field sort
    // goes through custom_values_sort: rows with a value first, by (value, record id), then
    // rows without one by rid; a numeric one through custom_values_number.
    using ExtraColumn = core::ExtraColumn;
    void setExtraColumns(QList<ExtraColumn> columns) override;
    int ownColumnCount() const override { return int(m_columns.size()); }
    QString rowName() const override { return m_table; }

protected:
    PagedListModel(DatabasePtr db, QString table, QString ftsTable, QString selectColumns,
                   QList<ColumnSpec> columns, QObject *parent);

    // Display text for a column of a loaded row (values are those of selectColumns, after
    // rid and id).
    virtual QVariant display(const QVariantList &values, int column) const = 0;
    virtual QString header(int column) const = 0;
    virtual QVariant alignment(int) const { return {}; }

private:
    struct Row
    {
        qint64 rid = 0;
        QByteArray id;
        QVariant sortValue;
        QVariantList values;
    };
    using Page = QList<Row>;

    const Row *rowAt(int row) const;
    bool loadPage(int page) const;
    // loadPage() for a custom-field sort (see ExtraColumn): two arms, valued and unvalued.
    bool loadCustomPage(int page, Page &rows) const;
    bool readArm(bool valued, bool upward, const Row *key, int limit, qint64 offset,
                 Page &rows) const;
    qint64 countArm(bool valued) const;
    qint64 valuedCount() const;               // countArm(true), kept until the next reset
    QString customArmFrom(bool valued) const; // FROM and WHERE, filter ?1, field ?6
    void bindCustomArm(class SqliteStatement &q, const QByteArray &field) const;
    QByteArray sortField() const;
    bool sortNumeric() const;
    QString sortExpression() const; // of the sort column, over the table's row
    QString whereClause() const;
    QString orderBy() const; // the list's order as ORDER BY terms over the table's row
    void bindFilter(class QSqlQuery &q) const;
    void recount();
    void keepFewMatches(const QList<qint64> &rids);
    bool filtering() const;

    DatabasePtr m_db;
    QString m_table;
    QString m_ftsTable;
    QString m_selectColumns;
    QList<ColumnSpec> m_columns;
    QList<ExtraColumn> m_extra;
    QString m_ownSelect; // selectColumns without the extra columns
    QString m_filterText;
    QString m_match;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_count = 0;
    int m_fewMatches = DefaultFewMatches;
    ListFilter m_filter;
    RidSet m_matches;                      // the live matches of the filter, when there is one
    QString m_fewMatchesJson;              // the same as a JSON array, when they are few
    mutable QCache<int, Page> m_pages{64}; // pages, each of cost 1
    mutable qint64 m_valuedCount = -1;
};

} // namespace crm::core
