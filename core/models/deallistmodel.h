// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/extracolumns.h"
#include "models/recordquery.h"
#include "search/listfilter.h"
#include "storage/database.h"

#include <QAbstractTableModel>
#include <QList>
#include <QVariant>

namespace crm::core {

// Deals as a table: the board's deals (and won and lost ones) sortable by any column and
// searchable by title, company or contact, and by `field:value` filters (ListFilter: stage,
// pipeline, owner, tag, company, currency, status and custom fields; a status filter overrides
// setOutcome()). Custom fields can be extra columns (ExtraColumnHost). Pages of PageSize rows are
// read from SQL by keyset
// ((sort value, rid) after the last row): the first with every reset, the next ones through
// canFetchMore/fetchMore; sorting, searching
// and filtering run in SQL, so a proxy is never needed. Lives in the thread that owns it;
// uses that thread's connection.
class DealListModel : public QAbstractTableModel, public ExtraColumnHost
{
    Q_OBJECT
public:
    static constexpr int PageSize = 200;
    // A search matching up to this many deals is paged by sorting its matches; more are
    // found by walking the sort column's index.
    static constexpr int FewMatches = 4000;
    enum Column
    {
        Title,
        Company,
        Stage,
        Amount,
        Weighted,
        Probability,
        ExpectedClose,
        Owner,
        Status,
        Tags,
        ColumnCount
    };
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        AmountRole,   // minor units
        CurrencyRole, // "EUR"
        OutcomeRole,  // "open", "won", "lost"
        StageIdRole,
    };
    enum class Outcome
    {
        Open,
        Won,
        Lost,
        Any
    };

    explicit DealListModel(DatabasePtr db, QObject *parent = nullptr);

    // Empty: every pipeline.
    void setPipeline(const QByteArray &pipelineId);
    QByteArray pipeline() const { return m_pipeline; }
    void setOutcome(Outcome outcome);
    Outcome outcome() const { return m_outcome; }
    // Words of a title (folded: "lodz" finds "Łódź"), or a company's or contact's name as the
    // search box finds them. Empty: every deal.
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }
    // Why the filter text matches nothing ("Unknown stage “x”…"), or empty.
    QString filterError() const { return m_filter.error; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // How many deals match (all of them, not only the rows fetched so far).
    int totalCount() const { return m_total; }
    // Re-reads from the first page (after changes elsewhere).
    void reload();
    QByteArray idAt(int row) const;
    // Every deal matching now (not only the fetched rows), as SQL a worker thread can run.
    RecordQuery query() const;
    // The row of a fetched deal, or -1.
    int rowOf(const QByteArray &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Custom-field columns after Tags; a custom sort orders by the field's value (rows
    // without one last, ascending), each page by keyset like the own columns.
    void setExtraColumns(QList<ExtraColumn> columns) override;
    int ownColumnCount() const override { return ColumnCount; }
    QString rowName() const override { return QStringLiteral("d"); }

private:
    struct Row
    {
        qint64 rid = 0;
        QByteArray id;
        QVariant sortValue;
        QString title;
        QString company;
        QByteArray stageId;
        QString stage;
        qint64 amount = 0;
        QString currency;
        qint64 weighted = 0;
        int probability = 0;
        QString expectedClose;
        QString owner;
        QString outcome;
        QString tags;       // ListTags packed
        QVariantList extra; // the extra columns' values
    };
    QString sortExpression() const;
    QString whereClause(QVariantList &binds) const;
    void recount();
    QList<Row> fetch(const Row *after, int limit) const;

    DatabasePtr m_db;
    QByteArray m_pipeline;
    Outcome m_outcome = Outcome::Open;
    QString m_filterText;
    ListFilter m_filter;
    QList<ExtraColumn> m_extra;
    int m_sortColumn = Title;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_total = 0;
    bool m_fewMatches = false;
    bool m_resetting = false; // a reset or an insert is being announced
    QList<Row> m_rows;
};

} // namespace crm::core
