// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardmodel.h"

#include "domain/money.h"
#include "search/textfolder.h"
#include "services/dealrepository.h"
#include "services/dealstaleness.h"
#include "services/pipelinerepository.h"
#include "storage/sql.h"
#include "storage/sqlvalue.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>
#include <QSqlQuery>

#include <algorithm>

namespace crm::core {

namespace {

constexpr quintptr StageItem = 0; // internalId of a stage row; a card's is its stage row + 1

// The last column: when the deal last had an activity (a range of activities_timeline_deal).
const QString kCardColumns =
    u"id, rid, title, local_company_name, amount, currency, local_weighted, local_probability, "
    u"expected_close, owner, local_stage_since, created_at, "_qs +
    DealStaleness::lastActivitySql(u"deals"_qs);

} // namespace

BoardModel::BoardModel(DatabasePtr db, QObject *parent)
    : QAbstractItemModel(parent)
    , m_db(std::move(db))
    , m_now([] { return sql::nowMs(); })
{}

Status BoardModel::setPipeline(const QByteArray &pipelineId)
{
    m_pipeline.id = pipelineId;
    return reload();
}

Result<BoardModel::FilterChoices> BoardModel::filterChoices(const DatabasePtr &db)
{
    QSqlDatabase c = db->connection();
    FilterChoices out;
    // Each from an index: deals_sort_owner, deal_tags_tag, deals_sort_expected_close.
    const QString statements[] = {
        QStringLiteral("SELECT DISTINCT owner FROM deals WHERE deleted = 0 AND owner <> '' "
                       "ORDER BY owner"),
        QStringLiteral("SELECT name FROM tags WHERE deleted = 0 AND id IN (SELECT tag_id FROM "
                       "deal_tags WHERE deleted = 0) ORDER BY local_key"),
        QStringLiteral("SELECT DISTINCT substr(expected_close, 1, 7) FROM deals WHERE deleted = "
                       "0 AND expected_close <> '' ORDER BY 1")};
    for (int i = 0; i < 3; ++i) {
        QSqlQuery q(c);
        q.setForwardOnly(true);
        if (!q.exec(statements[i]))
            return sql::error(q, QStringLiteral("reading the board's filters"));
        while (q.next()) {
            const QString v = q.value(0).toString();
            if (i == 0)
                out.owners << v;
            else if (i == 1)
                out.tags << v;
            else if (const QDate month = QDate::fromString(v + u"-01", Qt::ISODate);
                     month.isValid())
                out.months << month;
        }
    }
    return out;
}

Status BoardModel::setFilter(const Filter &filter)
{
    if (filter == m_filter)
        return {};
    m_filter = filter;
    return reload();
}

Status BoardModel::reload()
{
    // No fetchMore() from inside the signals of a change (views and QAbstractItemModelTester
    // ask for more while handling them).
    m_fetching = true;
    beginResetModel();
    const Status s = load();
    endResetModel();
    m_fetching = false;
    return s;
}

Status BoardModel::load()
{
    m_columns.clear();
    auto pipeline = PipelineRepository(m_db).get(m_pipeline.id);
    if (!pipeline)
        return pipeline.error();
    m_pipeline = pipeline.value();
    for (const Stage &s : std::as_const(m_pipeline.stages)) {
        if (s.outcome == StageOutcome::Open)
            m_columns << Column{s, 0, {}, {}, false};
    }
    if (auto s = loadTotals(); !s)
        return s;
    for (Column &c : m_columns) {
        auto cards = fetchCards(c, nullptr, PageSize);
        if (!cards)
            return cards.error();
        c.cards = cards.value();
        c.complete = c.cards.size() >= c.count;
    }
    return {};
}

QString BoardModel::filterSql(QVariantList &binds) const
{
    QString where;
    if (!m_filter.owner.isEmpty()) {
        where += QStringLiteral(" AND owner = ?");
        binds << m_filter.owner;
    }
    if (m_filter.closeMonth.isValid()) {
        const QDate first(m_filter.closeMonth.year(), m_filter.closeMonth.month(), 1);
        where += QStringLiteral(" AND expected_close BETWEEN ? AND ?");
        binds << first.toString(Qt::ISODate)
              << first.addMonths(1).addDays(-1).toString(Qt::ISODate);
    }
    if (!m_filter.tag.isEmpty()) {
        where += QStringLiteral(" AND id IN (SELECT l.deal_id FROM deal_tags l JOIN tags t ON "
                                "t.id = l.tag_id WHERE t.local_key = ? AND l.deleted = 0)");
        binds << TextFolder::fold(m_filter.tag.trimmed());
    }
    return where;
}

Status BoardModel::loadTotals()
{
    if (m_columns.isEmpty())
        return {};
    QVariantList binds;
    QStringList marks;
    for (const Column &c : std::as_const(m_columns)) {
        binds << c.stage.id;
        marks << QStringLiteral("?");
    }
    const QString filter = filterSql(binds);
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Covered by deals_board (stage_id, deleted, currency, amount, local_weighted).
    q.prepare(u"SELECT stage_id, currency, count(*), sum(amount), sum(local_weighted) FROM deals "
              u"WHERE stage_id IN (" +
              marks.join(u',') + u") AND deleted = 0" + filter + u" GROUP BY stage_id, currency");
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec())
        return sql::error(q, QStringLiteral("summing the board"));
    while (q.next()) {
        const int c = columnOf(q.value(0).toByteArray());
        if (c < 0)
            continue;
        Totals t{q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toLongLong()};
        m_columns[c].count += t.count;
        m_columns[c].byCurrency.insert(q.value(1).toString(), t);
    }
    return {};
}

Result<QList<BoardModel::Card>> BoardModel::fetchCards(const Column &column, const Card *after,
                                                       int limit) const
{
    QVariantList binds{column.stage.id};
    QString keyset;
    if (after) {
        keyset = QStringLiteral(" AND (expected_close, rid) > (?, ?)");
        binds << after->expectedClose << after->rid;
    }
    const QString filter = filterSql(binds);
    binds << limit;
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // deals_cards (stage_id, deleted, expected_close, rid): one range per page.
    q.prepare(u"SELECT " + kCardColumns + u" FROM deals WHERE stage_id = ? AND deleted = 0" +
              keyset + filter + u" ORDER BY expected_close, rid LIMIT ?");
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(sql::text(v));
    if (!q.exec())
        return sql::error(q, QStringLiteral("loading the board's cards"));
    QList<Card> out;
    while (q.next())
        out << cardFrom(q);
    return out;
}

Result<BoardModel::Card> BoardModel::fetchCard(const QByteArray &dealId) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.prepare(u"SELECT " + kCardColumns + u" FROM deals WHERE id = ?");
    q.addBindValue(dealId);
    if (!q.exec())
        return sql::error(q, QStringLiteral("loading a card"));
    if (!q.next())
        return Error{ErrorCode::NotFound, QStringLiteral("no such deal"), {}};
    return cardFrom(q);
}

BoardModel::Card BoardModel::cardFrom(const QSqlQuery &q)
{
    return {q.value(0).toByteArray(), q.value(1).toLongLong(),  q.value(2).toString(),
            q.value(3).toString(),    q.value(4).toLongLong(),  q.value(5).toString(),
            q.value(6).toLongLong(),  q.value(7).toInt(),       q.value(8).toString(),
            q.value(9).toString(),    q.value(10).toLongLong(), q.value(11).toLongLong(),
            q.value(12).toLongLong()};
}

bool BoardModel::before(const Card &a, const Card &b)
{
    return std::tie(a.expectedClose, a.rid) < std::tie(b.expectedClose, b.rid);
}

int BoardModel::columnOf(const QByteArray &stageId) const
{
    for (int i = 0; i < m_columns.size(); ++i) {
        if (m_columns[i].stage.id == stageId)
            return i;
    }
    return -1;
}

QString BoardModel::staleReason(const Column &column, const Card &card) const
{
    return DealStaleness::reason(column.stage, card.stageSince, card.createdAt, card.lastActivity,
                                 m_now());
}

Result<QByteArray> BoardModel::stageOf(const QByteArray &dealId) const
{
    QSqlDatabase db = m_db->connection();
    auto stage =
        sql::scalar(db, QStringLiteral("SELECT stage_id FROM deals WHERE id = ?"), {dealId});
    if (!stage)
        return stage.error();
    return stage->toByteArray();
}

Status BoardModel::moveDeal(const QByteArray &dealId, const QByteArray &stageId)
{
    auto old = fetchCard(dealId);
    if (!old)
        return old.error();
    auto from = stageOf(dealId);
    if (!from)
        return from.error();
    const auto target = std::find_if(m_pipeline.stages.cbegin(), m_pipeline.stages.cend(),
                                     [&](const Stage &s) { return s.id == stageId; });
    DealRepository deals(m_db);
    const Status moved = target != m_pipeline.stages.cend() && target->outcome == StageOutcome::Won
                             ? deals.markWon(dealId)
                             : deals.move(dealId, stageId);
    if (!moved)
        return moved;
    if (from.value() == stageId)
        return {};
    if (m_filter != Filter())
        return reload(); // whether the deal counts depends on the filter: ask SQL again

    auto card = fetchCard(dealId);
    if (!card)
        return card.error();
    // Out of the column it was in: its totals lose what the deal added there.
    if (const int c = columnOf(from.value()); c >= 0) {
        Column &col = m_columns[c];
        const auto it = std::find_if(col.cards.cbegin(), col.cards.cend(),
                                     [&](const Card &k) { return k.id == dealId; });
        if (it != col.cards.cend()) {
            const int row = int(it - col.cards.cbegin());
            m_fetching = true;
            beginRemoveRows(index(c, 0), row, row);
            col.cards.removeAt(row);
            endRemoveRows();
            m_fetching = false;
        }
        Totals &t = col.byCurrency[old->currency];
        --t.count;
        t.amount -= old->amount;
        t.weighted -= old->weighted;
        if (t.count <= 0)
            col.byCurrency.remove(old->currency);
        --col.count;
        emit dataChanged(index(c, 0), index(c, 0));
    }
    // Into the new one (won and lost stages are not on the board).
    const int to = columnOf(stageId);
    if (to < 0)
        return {};
    Column &col = m_columns[to];
    Totals &t = col.byCurrency[card->currency];
    ++t.count;
    t.amount += card->amount;
    t.weighted += card->weighted;
    ++col.count;
    // Shown where it sorts among the loaded cards; past them, a later page brings it.
    const auto pos =
        std::lower_bound(col.cards.cbegin(), col.cards.cend(), card.value(), &BoardModel::before);
    const int row = int(pos - col.cards.cbegin());
    if (pos != col.cards.cend() || col.complete) {
        m_fetching = true;
        beginInsertRows(index(to, 0), row, row);
        col.cards.insert(row, card.value());
        endInsertRows();
        m_fetching = false;
    }
    emit dataChanged(index(to, 0), index(to, 0));
    return {};
}

QModelIndex BoardModel::stageIndex(const QByteArray &stageId) const
{
    const int c = columnOf(stageId);
    return c < 0 ? QModelIndex() : index(c, 0);
}

QModelIndex BoardModel::dealIndex(const QByteArray &dealId) const
{
    for (int c = 0; c < m_columns.size(); ++c) {
        const QList<Card> &cards = m_columns[c].cards;
        for (int r = 0; r < cards.size(); ++r) {
            if (cards[r].id == dealId)
                return index(r, 0, index(c, 0));
        }
    }
    return {};
}

QModelIndex BoardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_columns.size() ? createIndex(row, 0, StageItem) : QModelIndex();
    if (parent.internalId() != StageItem || parent.row() >= m_columns.size())
        return {};
    if (row >= m_columns[parent.row()].cards.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex BoardModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == StageItem)
        return {};
    return createIndex(int(child.internalId() - 1), 0, StageItem);
}

int BoardModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_columns.size());
    if (parent.column() != 0 || parent.internalId() != StageItem)
        return 0;
    return int(m_columns[parent.row()].cards.size());
}

int BoardModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool BoardModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_columns.isEmpty();
    return parent.internalId() == StageItem && parent.column() == 0 &&
           (!m_columns[parent.row()].cards.isEmpty() || !m_columns[parent.row()].complete);
}

bool BoardModel::canFetchMore(const QModelIndex &parent) const
{
    return !m_fetching && parent.isValid() && parent.internalId() == StageItem &&
           parent.column() == 0 && !m_columns[parent.row()].complete;
}

void BoardModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Column &col = m_columns[parent.row()];
    auto more = fetchCards(col, col.cards.isEmpty() ? nullptr : &col.cards.constLast(), PageSize);
    if (!more)
        return;
    if (more->size() < PageSize)
        col.complete = true;
    if (more->isEmpty())
        return;
    m_fetching = true;
    const int first = int(col.cards.size());
    beginInsertRows(parent, first, first + int(more->size()) - 1);
    col.cards += more.value();
    endInsertRows();
    m_fetching = false;
}

Qt::ItemFlags BoardModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.internalId() == StageItem ? base | Qt::ItemIsDropEnabled
                                           : base | Qt::ItemIsDragEnabled;
}

QStringList BoardModel::mimeTypes() const
{
    return {QString::fromLatin1(MimeType)};
}

QMimeData *BoardModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    QList<QByteArray> ids;
    for (const QModelIndex &i : indexes) {
        if (i.isValid() && i.internalId() != StageItem)
            ids << i.data(IdRole).toByteArray();
    }
    if (ids.isEmpty())
        return nullptr;
    out << ids;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(MimeType), bytes);
    return data;
}

bool BoardModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                 const QModelIndex &parent) const
{
    return data && data->hasFormat(QString::fromLatin1(MimeType)) &&
           (action == Qt::MoveAction || action == Qt::CopyAction) && parent.isValid();
}

bool BoardModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                              const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QModelIndex stage = parent.internalId() == StageItem ? parent : parent.parent();
    const QByteArray stageId = stage.data(IdRole).toByteArray();
    QList<QByteArray> ids;
    QDataStream in(data->data(QString::fromLatin1(MimeType)));
    in >> ids;
    m_dropError = {};
    for (const QByteArray &id : std::as_const(ids)) {
        auto from = stageOf(id);
        Status s = from ? moveDeal(id, stageId) : Status(from.error());
        if (!s) {
            m_dropError = s.error();
            emit moveFailed(s.error());
            return false;
        }
        if (from.value() != stageId)
            emit dropped(id, from.value(), stageId);
    }
    // The move is done here; the dragging view must not remove anything itself.
    return false;
}

QVariant BoardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == StageItem) {
        const Column &c = m_columns[index.row()];
        auto totals = [&](bool weighted) {
            QVariantMap m;
            for (auto it = c.byCurrency.cbegin(); it != c.byCurrency.cend(); ++it)
                m.insert(it.key(), weighted ? it->weighted : it->amount);
            return m;
        };
        auto totalsText = [&](bool weighted) {
            QStringList currencies = c.byCurrency.keys();
            currencies.sort();
            QStringList parts;
            for (const QString &cur : std::as_const(currencies)) {
                const Totals &t = c.byCurrency[cur];
                parts << Money::format(weighted ? t.weighted : t.amount, cur);
            }
            return parts.join(QStringLiteral(" · "));
        };
        switch (role) {
        case Qt::DisplayRole:
            return c.stage.displayName();
        case IdRole:
            return c.stage.id;
        case CountRole:
            return c.count;
        case TotalsRole:
            return totals(false);
        case WeightedTotalsRole:
            return totals(true);
        case TotalsTextRole:
            return totalsText(false);
        case WeightedTotalsTextRole:
            return totalsText(true);
        case ProbabilityRole:
            return c.stage.probability;
        case StaleAfterDaysRole:
            return c.stage.staleAfterDays ? QVariant(*c.stage.staleAfterDays) : QVariant();
        case Qt::ToolTipRole:
            return tr("Deals: %1; weighted: %2").arg(QLocale().toString(c.count), totalsText(true));
        default:
            return {};
        }
    }
    const Column &col = m_columns[int(index.internalId() - 1)];
    const Card &card = col.cards[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return card.title;
    case Qt::ToolTipRole: {
        const QString text =
            tr("%1 · %2").arg(card.company, Money::format(card.amount, card.currency)) + u'\n' +
            tr("Days in this stage: %1")
                .arg(QLocale().toString(std::max<qint64>(0, m_now() - card.stageSince) /
                                        DealStaleness::DayMs));
        const QString reason = staleReason(col, card);
        return reason.isEmpty() ? text : text + u'\n' + reason;
    }
    case StaleReasonRole:
        return staleReason(col, card);
    case IdRole:
        return card.id;
    case AmountRole:
        return card.amount;
    case CurrencyRole:
        return card.currency;
    case WeightedRole:
        return card.weighted;
    case CompanyRole:
        return card.company;
    case ExpectedCloseRole:
        return QDate::fromString(card.expectedClose, Qt::ISODate);
    case OwnerRole:
        return card.owner;
    case StaleRole:
        return !staleReason(col, card).isEmpty();
    case DaysInStageRole:
        return int(std::max<qint64>(0, m_now() - card.stageSince) / DealStaleness::DayMs);
    case ProbabilityRole:
        return card.probability;
    default:
        return {};
    }
}

} // namespace crm::core
