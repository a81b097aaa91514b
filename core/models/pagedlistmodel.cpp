// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagedlistmodel.h"

#include "common/logging.h"
#include "models/listtags.h"
#include "search/listfilter.h"
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

// Appends the rows of a page query: rid, id, the sort value, then the shown values.
template <typename Page> bool readRows(SqliteStatement &q, const QString &context, Page &rows)
{
    const int valueCount = q.columnCount() - 3;
    for (;;) {
        auto more = q.next(context);
        if (!more)
            return false;
        if (!more.value())
            return true;
        typename Page::value_type r;
        r.rid = q.columnInt(0);
        r.id = q.columnBlob(1);
        r.sortValue = q.columnValue(2);
        r.values.reserve(valueCount);
        for (int i = 0; i < valueCount; ++i)
            r.values << q.columnValue(3 + i);
        rows.append(std::move(r));
    }
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
    // A custom sort follows its field to its new place, or falls back to the first column.
    const QByteArray sortedBy = sortField();
    if (m_sortColumn >= m_columns.size()) {
        m_sortColumn = 0;
        m_sortOrder = Qt::AscendingOrder;
        for (qsizetype i = 0; i < columns.size() && !sortedBy.isEmpty(); ++i) {
            if (columns[i].sortField == sortedBy)
                m_sortColumn = int(m_columns.size() + i);
        }
    }
    m_extra = std::move(columns);
    m_selectColumns = m_ownSelect;
    for (const ExtraColumn &c : std::as_const(m_extra))
        m_selectColumns += u", (" + c.expression + u')';
    m_pages.clear();
    m_valuedCount = -1;
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
        role != SortValueRole && role != ListTags::TagsRole)
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
            if (role == ListTags::TagsRole)
                return {};
            const QVariant v = r->values.value(r->values.size() - m_extra.size() + extra);
            return m_extra[extra].show ? m_extra[extra].show(v) : v;
        }
        if (m_columns.at(index.column()).tags)
            return ListTags::data(display(r->values, index.column()), role);
        if (role == ListTags::TagsRole)
            return {};
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
    if (column < 0 || column >= columnCount())
        return;
    if (column >= m_columns.size() && m_extra[column - m_columns.size()].sortField.isEmpty())
        return;
    if (column < m_columns.size() && m_columns[column].sortExpression.isEmpty())
        return; // the tags
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    beginResetModel();
    m_sortColumn = column;
    m_sortOrder = order;
    m_pages.clear();
    m_valuedCount = -1;
    endResetModel();
}

void PagedListModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    beginResetModel();
    m_filterText = text;
    m_filter = ListFilter::parse(text, m_table, m_db);
    m_match = SearchIndex::matchExpression(m_filter.words);
    m_pages.clear();
    m_valuedCount = -1;
    recount();
    endResetModel();
}

void PagedListModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_valuedCount = -1;
    recount();
    endResetModel();
}

QString PagedListModel::whereClause() const
{
    QString where = QStringLiteral("deleted = 0");
    if (!m_filterText.trimmed().isEmpty()) {
        // A query with nothing searchable in it matches nothing rather than everything.
        where += !filtering() ? QStringLiteral(" AND 0")
                              : u" AND rid IN (SELECT rowid FROM " + m_ftsTable + u" WHERE " +
                                    m_ftsTable + u" MATCH :match)";
    }
    return where;
}

QString PagedListModel::orderBy() const
{
    const QString dir =
        m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString e = sortExpression();
    if (sortField().isEmpty())
        return e + dir + u", rid" + dir;
    // The two arms of loadCustomPage(): valued rows by (value, id), then the others by rid.
    return u'(' + e + u" IS NULL)" + dir + u", " + e + dir + u", CASE WHEN " + e +
           u" IS NULL THEN rid ELSE id END" + dir;
}

RecordQuery PagedListModel::query() const
{
    RecordQuery q;
    q.from = m_table;
    q.idColumn = QStringLiteral("id");
    q.text = m_filterText.trimmed();
    q.orderBy = orderBy();
    if (filtering() && m_filter.hasConditions()) {
        // Field filters (tag:vip, city:riga): the rows recount() reads, binds by position.
        q.where = u"deleted = 0 AND " + m_filter.conditions.join(u" AND ");
        q.binds = m_filter.binds;
        if (!m_match.isEmpty()) {
            q.where += u" AND rid IN (SELECT rowid FROM " + m_ftsTable + u" WHERE " + m_ftsTable +
                       u" MATCH ?)";
            q.binds << m_match;
        }
        return q;
    }
    q.where = whereClause(); // a filter in error matches nothing
    if (filtering())
        q.namedBinds.insert(QStringLiteral(":match"), m_match);
    return q;
}

void PagedListModel::bindFilter(QSqlQuery &q) const
{
    if (filtering())
        q.bindValue(QStringLiteral(":match"), m_match);
}

bool PagedListModel::filtering() const
{
    return !m_filterText.trimmed().isEmpty() && m_filter.error.isEmpty() &&
           (!m_match.isEmpty() || m_filter.hasConditions());
}

void PagedListModel::recount()
{
    m_matches.clear();
    m_fewMatchesJson.clear();
    QSqlDatabase db = m_db->connection();
    if (filtering() && m_filter.hasConditions()) {
        // Field filters: the rows that meet them (and the words), once per filter.
        QSqlQuery q(db);
        q.setForwardOnly(true);
        QString text = u"SELECT rid FROM " + m_table + u" WHERE deleted = 0 AND " +
                       m_filter.conditions.join(u" AND ");
        if (!m_match.isEmpty())
            text += u" AND rid IN (SELECT rowid FROM " + m_ftsTable + u" WHERE " + m_ftsTable +
                    u" MATCH ?)";
        q.prepare(text);
        for (const QVariant &v : std::as_const(m_filter.binds))
            q.addBindValue(v);
        if (!m_match.isEmpty())
            q.addBindValue(m_match);
        QList<qint64> rids;
        if (!q.exec())
            sql::error(q, QStringLiteral("filtering rows"));
        while (q.next()) {
            rids << q.value(0).toLongLong();
            m_matches.insert(rids.last());
        }
        m_count = int(rids.size());
        keepFewMatches(rids);
        return;
    }
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
    QList<qint64> rids;
    if (!SearchIndex::forEachMatch(h, m_ftsTable, m_match, [&](qint64 rid) {
            m_matches.insert(rid);
            if (rids.size() <= m_fewMatches)
                rids << rid;
        })) {
        m_matches.clear(); // counted as no match
        rids.clear();
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
    keepFewMatches(rids);
}

void PagedListModel::keepFewMatches(const QList<qint64> &rids)
{
    // Few matches are paged by sorting them: SQL reads them from this JSON array.
    if (m_count > m_fewMatches || rids.size() > m_fewMatches)
        return;
    QStringList parts;
    parts.reserve(rids.size());
    for (qint64 rid : rids)
        parts << QString::number(rid);
    m_fewMatchesJson = u'[' + parts.join(u',') + u']';
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

QByteArray PagedListModel::sortField() const
{
    const qsizetype extra = m_sortColumn - m_columns.size();
    return extra >= 0 && extra < m_extra.size() ? m_extra[extra].sortField : QByteArray();
}

bool PagedListModel::sortNumeric() const
{
    const qsizetype extra = m_sortColumn - m_columns.size();
    return extra >= 0 && extra < m_extra.size() && m_extra[extra].sortNumeric;
}

QString PagedListModel::sortExpression() const
{
    const QByteArray field = sortField();
    if (field.isEmpty())
        return m_columns.at(m_sortColumn).sortExpression;
    QString value = QStringLiteral("v.value");
    if (sortNumeric())
        value = QStringLiteral("CAST(v.value AS REAL)");
    return QStringLiteral("(SELECT %1 FROM custom_values v WHERE v.record_id = %2.id AND "
                          "v.field_id = X'%3' AND v.deleted = 0 AND v.value <> '')")
        .arg(value, m_table, QString::fromLatin1(field.toHex()));
}

bool PagedListModel::loadPage(int page) const
{
    if (!sortField().isEmpty()) {
        auto rows = std::make_unique<Page>();
        if (!loadCustomPage(page, *rows))
            return false;
        m_pages.insert(page, rows.release());
        return true;
    }
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
        where = fromMatches(QStringLiteral("deleted = 0 AND rid IN (SELECT value FROM "
                                           "json_each(?1))"));
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
            q.bindText(1, m_fewMatchesJson);
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
    if (!readRows(q, QStringLiteral("loading rows"), *rows))
        return false;
    if (reversed)
        std::reverse(rows->begin(), rows->end());
    m_pages.insert(page, rows.release());
    return true;
}

// A custom-field sort reads two arms in "upward" (ascending) order: the rows with a value
// along custom_values_sort by (value, record id), then the rows without one by rid. Downward
// is the exact reverse. A page is the rest of one arm and the start of the next; the keyset
// (the last row's value or NULL, its id and rid) says which arm it continues.
bool PagedListModel::loadCustomPage(int page, Page &rows) const
{
    const bool asc = m_sortOrder == Qt::AscendingOrder;
    const Page *before = page > 0 ? m_pages.object(page - 1) : nullptr;
    const Page *after = m_pages.object(page + 1);
    bool upward = asc;
    bool reversed = false;
    const Row *key = nullptr;
    qint64 offset = 0;
    if (before && before->size() == PageSize) {
        key = &before->last();
    } else if (after && !after->isEmpty()) {
        key = &after->first();
        upward = !asc;
        reversed = true;
    } else {
        offset = qint64(page) * PageSize; // a jump
    }
    // The arms in walking order (true: the valued one), from the key's arm on.
    QList<bool> arms;
    if (upward) {
        if (!key || !key->sortValue.isNull())
            arms << true;
        arms << false;
    } else {
        if (!key || key->sortValue.isNull())
            arms << false;
        arms << true;
    }
    for (const bool valued : std::as_const(arms)) {
        const int want = int(PageSize - rows.size());
        if (want <= 0)
            break;
        if (offset > 0) {
            // A jump past this whole arm goes on into the next one.
            const qint64 n = valued ? valuedCount() : m_count - valuedCount();
            if (offset >= n) {
                offset -= n;
                continue;
            }
        }
        const bool keyed = key && valued == !key->sortValue.isNull();
        if (!readArm(valued, upward, keyed ? key : nullptr, want, offset, rows))
            return false;
        offset = 0;
    }
    if (reversed)
        std::reverse(rows.begin(), rows.end());
    return true;
}

namespace {

// The value a custom-field sort orders by, and the index of live records' values in that order.
QString customValue(bool numeric)
{
    return numeric ? QStringLiteral("CAST(cv.value AS REAL)") : QStringLiteral("cv.value");
}

// Live records' values of field ?6 along their covering index (see migration 14).
QString liveValues(bool numeric)
{
    return u" FROM custom_values cv INDEXED BY " +
           (numeric ? QStringLiteral("custom_values_number")
                    : QStringLiteral("custom_values_list")) +
           u" WHERE cv.field_id = ?6 AND cv.deleted = 0 AND cv.value <> '' AND"
           u" cv.local_record_deleted = 0";
}

} // namespace

// The FROM and WHERE of an arm of a custom-field sort (field ?6, filter ?1). Valued, no
// filter: the values' covering index alone (readArm() joins a page's records afterwards).
// Valued, many matches: along that index, each record tested. Valued, few matches: from the
// matches, each value looked up. Unvalued: the records by rid, each probed (covering) for a
// value.
QString PagedListModel::customArmFrom(bool valued) const
{
    const bool sortMatches = filtering() && m_count <= m_fewMatches;
    const QString &t = m_table;
    QString filter;
    if (filtering() && sortMatches)
        filter = u" AND " + t + u".rid IN (SELECT value FROM json_each(?1))";
    else if (filtering())
        filter = u" AND crm_rid_in(" + t + u".rid, ?1)";
    const QString present =
        QStringLiteral("cv.field_id = ?6 AND cv.deleted = 0 AND cv.value <> ''");
    if (!valued)
        return u" FROM " + t + u" WHERE " + (sortMatches ? u"+" : u" ") + u"deleted = 0" + filter +
               u" AND NOT EXISTS (SELECT 1 FROM custom_values cv INDEXED BY"
               u" custom_values_present WHERE cv.record_id = " +
               t + u".id AND " + present + u')';
    if (!filtering())
        return liveValues(sortNumeric());
    if (sortMatches)
        return u" FROM " + t + u" CROSS JOIN custom_values cv INDEXED BY custom_values_present" +
               u" ON cv.record_id = " + t + u".id AND " + present + u" WHERE +" + t +
               u".deleted = 0" + filter;
    return liveValues(sortNumeric())
               .replace(u" WHERE "_qs,
                        u" CROSS JOIN "_qs + t + u" ON " + t + u".id = cv.record_id WHERE ") +
           filter;
}

void PagedListModel::bindCustomArm(SqliteStatement &q, const QByteArray &field) const
{
    if (filtering()) {
        if (m_count <= m_fewMatches)
            q.bindText(1, m_fewMatchesJson);
        else
            q.bindRidSet(1, &m_matches);
    }
    q.bindBlobOrNull(6, field);
}

bool PagedListModel::readArm(bool valued, bool upward, const Row *key, int limit, qint64 offset,
                             Page &rows) const
{
    const QString rid = m_table + u".rid";
    const QString value = customValue(sortNumeric());
    const QString dir = upward ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString cmp = upward ? QStringLiteral(" > ") : QStringLiteral(" < ");
    QString keyset;
    QString order;
    if (valued) {
        if (key)
            keyset = u" AND (" + value + u", cv.record_id)" + cmp + u"(?2, ?3)";
        order = u" ORDER BY " + value + dir + u", cv.record_id" + dir;
    } else {
        if (key)
            keyset = u" AND " + rid + cmp + u"?3";
        order = u" ORDER BY " + rid + dir;
    }
    const QString limits = QStringLiteral(" LIMIT ?4 OFFSET ?5");
    QString text;
    if (valued && !filtering()) {
        // The page's keys from the index alone (an OFFSET walk touches no record), then its
        // records.
        text = u"SELECT " + rid + u", " + m_table + u".id, s.v, " + m_selectColumns +
               u" FROM (SELECT " + value + u" AS v, cv.record_id AS k" + liveValues(sortNumeric()) +
               keyset + order + limits + u") s CROSS JOIN " + m_table + u" ON " + m_table +
               u".id = s.k ORDER BY s.v" + dir + u", s.k" + dir;
    } else {
        text = u"SELECT " + rid + u", " + m_table + u".id, " +
               (valued ? value : QStringLiteral("NULL")) + u", " + m_selectColumns +
               customArmFrom(valued) + keyset + order + limits;
    }

    SqliteStatement q;
    if (auto s = q.prepare(SqliteStatement::handleOf(m_db->connection()), text); !s)
        return false;
    const QByteArray field = sortField();
    bindCustomArm(q, field);
    if (key && valued) {
        q.bindVariant(2, key->sortValue);
        q.bindBlobOrNull(3, key->id);
    } else if (key) {
        q.bindInt(3, key->rid);
    }
    q.bindInt(4, limit);
    q.bindInt(5, offset);
    return readRows(q, QStringLiteral("loading rows by a custom field"), rows);
}

qint64 PagedListModel::valuedCount() const
{
    if (m_valuedCount < 0)
        m_valuedCount = countArm(true);
    return m_valuedCount;
}

qint64 PagedListModel::countArm(bool valued) const
{
    SqliteStatement q;
    if (auto s = q.prepare(SqliteStatement::handleOf(m_db->connection()),
                           u"SELECT count(*)" + customArmFrom(valued));
        !s)
        return 0;
    const QByteArray field = sortField();
    bindCustomArm(q, field);
    auto row = q.next(QStringLiteral("counting rows by a custom field"));
    return row && row.value() ? q.columnInt(0) : 0;
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

QByteArray PagedListModel::loadedIdAt(int row) const
{
    if (row < 0 || row >= m_count)
        return {};
    const Page *p = m_pages.object(row / PageSize);
    return p && row % PageSize < p->size() ? p->at(row % PageSize).id : QByteArray();
}

QByteArray PagedListModel::idAt(int row) const
{
    const Row *r = rowAt(row);
    return r ? r->id : QByteArray();
}

void PagedListModel::refreshRecord(const QByteArray &id)
{
    const int row = loadedRowOf(id);
    if (row < 0 || m_filter.hasConditions()) {
        reload();
        return;
    }
    const int page = row / PageSize;
    Page *p = m_pages.object(page);
    Row &r = (*p)[row % PageSize];
    const QString sortExpr = sortExpression();
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
