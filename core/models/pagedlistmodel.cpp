// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagedlistmodel.h"

#include "common/logging.h"
#include "search/searchindex.h"
#include "storage/sql.h"
#include "storage/sqlitestatement.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace crm::core {

namespace {

// With a filter, SQLite prefers to walk a sort index (deleted, value, rid) and probe every
// entry against the matches: the whole index for a rare word, O(rows) per keystroke.
// "+deleted" takes that index out of play, so it starts from the matches and looks each one up
// by rid. `where` starts with "deleted = 0".
QString fromMatches(const QString &where)
{
    return u'+' + where;
}

} // namespace

PagedListModel::PagedListModel(DatabasePtr db, QString table, QString ftsTable,
                               QString selectColumns, QList<ColumnSpec> columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
    , m_table(std::move(table))
    , m_ftsTable(std::move(ftsTable))
    , m_selectColumns(std::move(selectColumns))
    , m_columns(std::move(columns))
{
    m_ownSelect = m_selectColumns;
    recount();
}

void PagedListModel::setExtraColumns(QList<ExtraColumn> columns)
{
    beginResetModel();
    m_extra = std::move(columns);
    m_selectColumns = m_ownSelect;
    for (const ExtraColumn &c : std::as_const(m_extra))
        m_selectColumns += u", (" + c.expression + u')';
    m_pages.clear();
    endResetModel();
}

int PagedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int PagedListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size() + m_extra.size());
}

QVariant PagedListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole)
        return alignment(index.column());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != IdRole && role != RidRole &&
        role != SortValueRole)
        return {};
    const Row *r = rowAt(index.row());
    if (!r)
        return {};
    switch (role) {
    case IdRole:
        return r->id;
    case RidRole:
        return r->rid;
    case SortValueRole:
        return r->sortValue;
    default:
        if (const int extra = index.column() - int(m_columns.size()); extra >= 0) {
            const QVariant v = r->values.value(r->values.size() - m_extra.size() + extra);
            return m_extra[extra].show ? m_extra[extra].show(v) : v;
        }
        return display(r->values, index.column()); // the extra values come after its own
    }
}

QVariant PagedListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= m_columns.size())
        return m_extra[section - m_columns.size()].header;
    return header(section);
}

void PagedListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size())
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    m_pages.clear();
    endResetModel();
}

void PagedListModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    beginResetModel();
    m_filterText = text;
    m_match = SearchIndex::matchExpression(text);
    m_pages.clear();
    recount();
    endResetModel();
}

void PagedListModel::reload()
{
    beginResetModel();
    m_pages.clear();
    recount();
    endResetModel();
}

QString PagedListModel::whereClause() const
{
    QString where = QStringLiteral("deleted = 0");
    if (!m_filterText.trimmed().isEmpty()) {
        // A query with nothing searchable in it matches nothing rather than everything.
        where += m_match.isEmpty() ? QStringLiteral(" AND 0")
                                   : u" AND rid IN (SELECT rowid FROM " + m_ftsTable + u" WHERE " +
                                         m_ftsTable + u" MATCH :match)";
    }
    return where;
}

RecordQuery PagedListModel::query() const
{
    RecordQuery q;
    q.from = m_table;
    q.idColumn = QStringLiteral("id");
    q.where = whereClause();
    if (filtering())
        q.namedBinds.insert(QStringLiteral(":match"), m_match);
    q.text = m_filterText.trimmed();
    return q;
}

void PagedListModel::bindFilter(QSqlQuery &q) const
{
    if (filtering())
        q.bindValue(QStringLiteral(":match"), m_match);
}

bool PagedListModel::filtering() const
{
    return !m_filterText.trimmed().isEmpty() && !m_match.isEmpty();
}

void PagedListModel::recount()
{
    m_matches.clear();
    QSqlDatabase db = m_db->connection();
    if (!filtering()) {
        QSqlQuery q(db);
        q.prepare(u"SELECT count(*) FROM " + m_table + u" WHERE " + whereClause());
        if (!q.exec() || !q.next()) {
            sql::error(q, QStringLiteral("counting rows"));
            m_count = 0;
            return;
        }
        m_count = q.value(0).toInt();
        return;
    }
    // The matches, once per filter: the search index yields their rowids (each the rid of a
    // live row) in one pass, and the pages test rows against them (see loadPage()).
    sqlite3 *h = SqliteStatement::handleOf(db);
    SqliteStatement scan;
    if (auto s = scan.prepare(h, u"SELECT rowid FROM " + m_ftsTable + u" WHERE " + m_ftsTable +
                                     u" MATCH ?1");
        !s) {
        m_count = 0;
        return;
    }
    scan.bindText(1, m_match);
    for (;;) {
        auto row = scan.next(QStringLiteral("searching"));
        if (!row) {
            m_matches.clear();
            break;
        }
        if (!row.value())
            break;
        m_matches.insert(scan.columnInt(0));
    }
    // Deleted rows leave the search index; should one linger, it is not counted. This walks
    // only the deleted rows (the sort indexes start with `deleted`).
    SqliteStatement lingering;
    qint64 stale = 0;
    if (lingering.prepare(h, u"SELECT count(*) FROM " + m_table +
                                 u" WHERE (deleted > 0 OR deleted < 0) AND crm_rid_in(rid, ?1)")) {
        lingering.bindRidSet(1, &m_matches);
        if (auto row = lingering.next(QStringLiteral("counting matches")); row && row.value())
            stale = lingering.columnInt(0);
        lingering.reset();
    }
    m_count = int(m_matches.size() - stale);
}

const PagedListModel::Row *PagedListModel::rowAt(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const int page = row / PageSize;
    if (!m_pages.contains(page) && !loadPage(page))
        return nullptr;
    const Page *p = m_pages.object(page);
    const int offset = row % PageSize;
    return p && offset < p->size() ? &p->at(offset) : nullptr;
}

bool PagedListModel::loadPage(int page) const
{
    const QString column = m_columns.at(m_sortColumn).sortExpression;
    // Few matches: sorting them is cheaper than finding them along a sort index. Many lie
    // densely along the index: walk it and test each row against the matches in memory.
    const bool sortMatches = filtering() && m_count <= m_fewMatches;
    // "+column": the same order, but not taken from the sort index (see fromMatches()).
    const QString sortExpr = sortMatches ? u'+' + column : column;
    QString where;
    if (!filtering())
        where = whereClause();
    else if (sortMatches)
        where = fromMatches(u"deleted = 0 AND rid IN (SELECT rowid FROM " + m_ftsTable +
                            u" WHERE " + m_ftsTable + u" MATCH ?1)");
    else
        where = QStringLiteral("deleted = 0 AND crm_rid_in(rid, ?1)");
    const bool asc = m_sortOrder == Qt::AscendingOrder;
    const QString forward = asc ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString backward = asc ? QStringLiteral("DESC") : QStringLiteral("ASC");
    const QString select = u"SELECT rid, id, " + column + u", " + m_selectColumns + u" FROM " +
                           m_table + u" WHERE " + where;

    // ?1 the filter, ?2 and ?3 the keyset, ?4 the limit, ?5 the offset.
    QString text;
    bool reversed = false;
    const Page *before = page > 0 ? m_pages.object(page - 1) : nullptr;
    const Page *after = m_pages.object(page + 1);
    const Row *key = nullptr;
    if (before && before->size() == PageSize) {
        // Keyset: the rows right after the last loaded one.
        text = select + u" AND (" + sortExpr + u", rid) " + (asc ? u">" : u"<") +
               u" (?2, ?3) ORDER BY " + sortExpr + u' ' + forward + u", rid " + forward +
               u" LIMIT ?4";
        key = &before->last();
    } else if (after && !after->isEmpty()) {
        text = select + u" AND (" + sortExpr + u", rid) " + (asc ? u"<" : u">") +
               u" (?2, ?3) ORDER BY " + sortExpr + u' ' + backward + u", rid " + backward +
               u" LIMIT ?4";
        key = &after->first();
        reversed = true;
    } else {
        // A jump: walk the sort index to the page.
        text = select + u" ORDER BY " + sortExpr + u' ' + forward + u", rid " + forward +
               u" LIMIT ?4 OFFSET ?5";
    }

    QSqlDatabase db = m_db->connection();
    SqliteStatement q;
    if (auto s = q.prepare(SqliteStatement::handleOf(db), text); !s)
        return false;
    if (filtering()) {
        if (sortMatches)
            q.bindText(1, m_match);
        else
            q.bindRidSet(1, &m_matches);
    }
    if (key) {
        q.bindVariant(2, key->sortValue);
        q.bindInt(3, key->rid);
    }
    q.bindInt(4, PageSize);
    q.bindInt(5, qint64(page) * PageSize);

    auto rows = std::make_unique<Page>();
    rows->reserve(PageSize);
    const int valueCount = q.columnCount() - 3;
    for (;;) {
        auto more = q.next(QStringLiteral("loading rows"));
        if (!more)
            return false;
        if (!more.value())
            break;
        Row r;
        r.rid = q.columnInt(0);
        r.id = q.columnBlob(1);
        r.sortValue = q.columnValue(2);
        r.values.reserve(valueCount);
        for (int i = 0; i < valueCount; ++i)
            r.values << q.columnValue(3 + i);
        rows->append(std::move(r));
    }
    if (reversed)
        std::reverse(rows->begin(), rows->end());
    m_pages.insert(page, rows.release());
    return true;
}

int PagedListModel::loadedRowOf(const QByteArray &id) const
{
    const QList<int> keys = m_pages.keys();
    for (int page : keys) {
        const Page *p = m_pages.object(page);
        for (int i = 0; p && i < p->size(); ++i) {
            if (p->at(i).id == id)
                return page * PageSize + i;
        }
    }
    return -1;
}

QByteArray PagedListModel::idAt(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->id : QByteArray();
}

void PagedListModel::refreshRecord(const QByteArray &id)
{
    const int row = loadedRowOf(id);
    if (row < 0) {
        reload();
        return;
    }
    const int page = row / PageSize;
    Page *p = m_pages.object(page);
    Row &r = (*p)[row % PageSize];
    const QString sortExpr = m_columns.at(m_sortColumn).sortExpression;
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.prepare(u"SELECT rid, id, " + sortExpr + u", " + m_selectColumns + u", (" + whereClause() +
              u") FROM " + m_table + u" WHERE id = :id");
    q.bindValue(QStringLiteral(":id"), id);
    bindFilter(q);
    if (!q.exec() || !q.next()) {
        reload();
        return;
    }
    const int n = q.record().count();
    const bool stillListed = q.value(n - 1).toBool();
    if (!stillListed || q.value(2) != r.sortValue) {
        reload(); // it left the list or moved within it
        return;
    }
    r.values.clear();
    for (int i = 3; i < n - 1; ++i)
        r.values << q.value(i);
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
}

} // namespace crm::core
