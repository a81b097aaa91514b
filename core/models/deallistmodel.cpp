// SPDX-License-Identifier: GPL-3.0-or-later
#include "deallistmodel.h"

#include "domain/money.h"
#include "domain/pipeline.h"
#include "models/listtags.h"
#include "search/searchindex.h"
#include "search/textfolder.h"
#include "storage/sql.h"

#include <QLocale>
#include <QSqlQuery>

namespace crm::core {

namespace {

// The ORDER BY expression of each own column (the stage sorts by its place in the pipeline).
QString ownSortExpression(int column)
{
    switch (column) {
    case DealListModel::Company:
        return QStringLiteral("d.local_company_name");
    case DealListModel::Stage:
        return QStringLiteral("d.local_stage_position");
    case DealListModel::Amount:
        return QStringLiteral("d.amount");
    case DealListModel::Weighted:
        return QStringLiteral("d.local_weighted");
    case DealListModel::Probability:
        return QStringLiteral("d.local_probability");
    case DealListModel::ExpectedClose:
        return QStringLiteral("d.expected_close");
    case DealListModel::Owner:
        return QStringLiteral("d.owner");
    case DealListModel::Status:
        return QStringLiteral("d.local_outcome");
    default:
        return QStringLiteral("d.local_sort_title");
    }
}

QString likePattern(const QString &folded)
{
    QString escaped = folded;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace

DealListModel::DealListModel(DatabasePtr db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
    recount();
    m_rows = fetch(nullptr, PageSize);
}

void DealListModel::setPipeline(const QByteArray &pipelineId)
{
    if (pipelineId == m_pipeline)
        return;
    m_pipeline = pipelineId;
    reload();
}

void DealListModel::setOutcome(Outcome outcome)
{
    if (outcome == m_outcome)
        return;
    m_outcome = outcome;
    reload();
}

void DealListModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    m_filter = ListFilter::parse(text, QStringLiteral("deals"), m_db, QStringLiteral("d"));
    reload();
}

void DealListModel::setExtraColumns(QList<ExtraColumn> columns)
{
    // A custom sort follows its field to its new place, or falls back to the title.
    const QByteArray sortedBy = m_sortColumn >= ColumnCount
                                    ? m_extra.value(m_sortColumn - ColumnCount).sortField
                                    : QByteArray();
    if (m_sortColumn >= ColumnCount) {
        m_sortColumn = Title;
        m_sortOrder = Qt::AscendingOrder;
        for (qsizetype i = 0; i < columns.size() && !sortedBy.isEmpty(); ++i) {
            if (columns[i].sortField == sortedBy)
                m_sortColumn = int(ColumnCount + i);
        }
    }
    m_extra = std::move(columns);
    reload();
}

QString DealListModel::sortExpression() const
{
    if (m_sortColumn < ColumnCount)
        return ownSortExpression(m_sortColumn);
    const ExtraColumn &c = m_extra.at(m_sortColumn - ColumnCount);
    // Deals without a value sort after every number and text (a blob): last going up.
    return QStringLiteral("ifnull((SELECT %1 FROM custom_values v WHERE v.record_id = d.id AND "
                          "v.field_id = X'%2' AND v.deleted = 0 AND v.value <> ''), X'FF')")
        .arg(c.sortNumeric ? QStringLiteral("CAST(v.value AS REAL)") : QStringLiteral("v.value"),
             QString::fromLatin1(c.sortField.toHex()));
}

void DealListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount() || column == Tags)
        return;
    if (column >= ColumnCount && m_extra[column - ColumnCount].sortField.isEmpty())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void DealListModel::reload()
{
    // Views that ask for more while they hear of the reset wait for the next turn.
    m_resetting = true;
    beginResetModel();
    recount();
    // The first page comes with the reset: a view shows rows without asking for more.
    m_rows = fetch(nullptr, PageSize);
    endResetModel();
    m_resetting = false;
}

QString DealListModel::whereClause(QVariantList &binds) const
{
    QString where = QStringLiteral("d.deleted = 0");
    if (!m_pipeline.isEmpty()) {
        where += QStringLiteral(" AND d.local_pipeline_id = ?");
        binds << m_pipeline;
    }
    if (!m_filter.error.isEmpty())
        return where + QStringLiteral(" AND 0"); // a filter in error matches nothing
    if (m_outcome != Outcome::Any && !m_filter.fields.contains(u"status"_qs)) {
        where += QStringLiteral(" AND d.local_outcome = ?");
        binds << (m_outcome == Outcome::Open  ? QStringLiteral("open")
                  : m_outcome == Outcome::Won ? QStringLiteral("won")
                                              : QStringLiteral("lost"));
    }
    for (const QString &c : std::as_const(m_filter.conditions))
        where += u" AND " + c;
    binds << m_filter.binds;
    const QString folded = TextFolder::fold(m_filter.words).trimmed();
    if (folded.isEmpty())
        return where;
    // Words of the title, or a company or contact the search box would find; each term
    // answers from its own index.
    const QString match = SearchIndex::matchExpression(m_filter.words);
    if (match.isEmpty()) {
        // Nothing a word index holds (punctuation only): the folded title as typed.
        binds << likePattern(folded);
        return where + QStringLiteral(" AND d.local_sort_title LIKE ? ESCAPE '\\'");
    }
    const QString deals = SearchIndex::tableName(SearchIndex::Kind::Deal);
    const QString companies = SearchIndex::tableName(SearchIndex::Kind::Company);
    const QString contacts = SearchIndex::tableName(SearchIndex::Kind::Contact);
    // One set of rids, so a count reads only the matches (an OR of IN terms would scan).
    const QString rids =
        u"SELECT rowid FROM " + deals + u" WHERE " + deals +
        u" MATCH ? UNION SELECT rid FROM deals WHERE company_id IN (SELECT id FROM companies "
        u"WHERE rid IN (SELECT rowid FROM " +
        companies + u" WHERE " + companies +
        u" MATCH ?)) UNION SELECT x.rid FROM deal_contacts dc JOIN deals x ON x.id = dc.deal_id "
        u"WHERE dc.deleted = 0 AND dc.contact_id IN (SELECT id FROM contacts WHERE rid IN (SELECT "
        u"rowid FROM " +
        contacts + u" WHERE " + contacts + u" MATCH ?))";
    binds << match << match << match;
    return where + u" AND d.rid IN (" + rids + u')';
}

RecordQuery DealListModel::query() const
{
    RecordQuery q;
    q.from = QStringLiteral("deals d");
    q.idColumn = QStringLiteral("d.id");
    q.where = whereClause(q.binds);
    q.text = m_filterText.trimmed();
    return q;
}

void DealListModel::recount()
{
    QVariantList binds;
    const QString where = whereClause(binds);
    QSqlQuery q(m_db->connection());
    q.prepare(u"SELECT count(*) FROM deals d WHERE " + where);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        sql::error(q, QStringLiteral("counting deals"));
        m_total = 0;
        m_fewMatches = false;
        return;
    }
    m_total = q.value(0).toInt();
    m_fewMatches = !m_filterText.trimmed().isEmpty() && m_total <= FewMatches;
}

QList<DealListModel::Row> DealListModel::fetch(const Row *after, int limit) const
{
    QVariantList binds;
    QString where = whereClause(binds);
    // A search with few matches sorts its matches ("+" keeps SQLite off the sort index);
    // with many, walking the sort index finds a page of them soonest.
    const QString sortExpr = (m_fewMatches ? QStringLiteral("+") : QString()) + sortExpression();
    const bool asc = m_sortOrder == Qt::AscendingOrder;
    if (after) {
        where += u" AND (" + sortExpr + u", d.rid) " + (asc ? u">" : u"<") + u" (?, ?)";
        binds << after->sortValue << after->rid;
    }
    const QString dir = asc ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString extraSelect;
    for (const ExtraColumn &c : std::as_const(m_extra))
        extraSelect += u", (" + c.expression + u')';
    QSqlQuery q(m_db->connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT d.rid, d.id, " + sortExpr +
              u", d.title, d.local_company_name, d.stage_id, s.name, d.amount, d.currency, "
              u"d.local_weighted, d.local_probability, d.expected_close, d.owner, "
              u"d.local_outcome, " +
              ListTags::expression(QStringLiteral("d"), QStringLiteral("deal_tags"),
                                   QStringLiteral("deal_id")) +
              extraSelect + u" FROM deals d LEFT JOIN stages s ON s.id = d.stage_id WHERE " +
              where + u" ORDER BY " + sortExpr + dir + u", d.rid" + dir + u" LIMIT ?");
    binds << limit;
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    QList<Row> out;
    if (!q.exec()) {
        sql::error(q, QStringLiteral("listing deals"));
        return out;
    }
    while (q.next()) {
        Row r;
        r.rid = q.value(0).toLongLong();
        r.id = q.value(1).toByteArray();
        r.sortValue = q.value(2);
        r.title = q.value(3).toString();
        r.company = q.value(4).toString();
        r.stageId = q.value(5).toByteArray();
        core::Stage stage;
        stage.id = r.stageId;
        stage.name = q.value(6).toString();
        r.stage = stage.displayName();
        r.amount = q.value(7).toLongLong();
        r.currency = q.value(8).toString();
        r.weighted = q.value(9).toLongLong();
        r.probability = q.value(10).toInt();
        r.expectedClose = q.value(11).toString();
        r.owner = q.value(12).toString();
        r.outcome = q.value(13).toString();
        r.tags = q.value(14).toString();
        for (int i = 0; i < m_extra.size(); ++i)
            r.extra << q.value(15 + i);
        out << r;
    }
    return out;
}

bool DealListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_resetting && m_rows.size() < m_total;
}

void DealListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_resetting)
        return;
    const QList<Row> more = fetch(m_rows.isEmpty() ? nullptr : &m_rows.last(), PageSize);
    if (more.isEmpty()) {
        m_total = int(m_rows.size()); // rows went away since the count
        return;
    }
    m_resetting = true; // no nested fetch while views hear of these rows
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows << more;
    endInsertRows();
    m_resetting = false;
}

int DealListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DealListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount + m_extra.size());
}

QByteArray DealListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QByteArray();
}

int DealListModel::rowOf(const QByteArray &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

QVariant DealListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case AmountRole:
        return r.amount;
    case CurrencyRole:
        return r.currency;
    case OutcomeRole:
        return r.outcome;
    case StageIdRole:
        return r.stageId;
    case ListTags::TagsRole:
        return index.column() == Tags ? ListTags::data(r.tags, role) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == Weighted || index.column() == Probability)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    if (const int extra = index.column() - ColumnCount; extra >= 0) {
        const QVariant v = r.extra.value(extra);
        return m_extra[extra].show ? m_extra[extra].show(v) : v;
    }
    const QLocale locale;
    switch (index.column()) {
    case Tags:
        return ListTags::data(r.tags, role);
    case Title:
        return r.title;
    case Company:
        return r.company;
    case Stage:
        return r.stage;
    case Amount:
        return Money::format(r.amount, r.currency, locale);
    case Weighted:
        return Money::format(r.weighted, r.currency, locale);
    case Probability:
        return QString(locale.toString(r.probability) + locale.percent());
    case ExpectedClose: {
        const QDate date = QDate::fromString(r.expectedClose, Qt::ISODate);
        return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : QString();
    }
    case Owner:
        return r.owner;
    case Status:
        return r.outcome == u"won" ? tr("Won") : r.outcome == u"lost" ? tr("Lost") : tr("Open");
    default:
        return {};
    }
}

QVariant DealListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= ColumnCount && section < columnCount())
        return m_extra[section - ColumnCount].header;
    switch (section) {
    case Tags:
        return tr("Tags");
    case Title:
        return tr("Title");
    case Company:
        return tr("Company");
    case Stage:
        return tr("Stage");
    case Amount:
        return tr("Amount");
    case Weighted:
        return tr("Weighted");
    case Probability:
        return tr("Probability");
    case ExpectedClose:
        return tr("Expected close");
    case Owner:
        return tr("Owner");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace crm::core
