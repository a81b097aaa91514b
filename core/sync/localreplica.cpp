// SPDX-License-Identifier: GPL-3.0-or-later
#include "localreplica.h"

#include "common/logging.h"
#include "common/uuid.h"
#include "common/workerthread.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/customfieldrepository.h"
#include "services/dealrepository.h"
#include "services/pipelinerepository.h"
#include "storage/changecapture.h"
#include "storage/sql.h"
#include "storage/sqlitestatement.h"
#include "storage/sqlvalue.h"
#include "storage/transaction.h"
#include "storage/triggersaside.h"

#include <QCborMap>
#include <QMutex>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <any>
#include <array>
#include <cstring>
#include <numeric>
#include <optional>

namespace crm::core::sync {

namespace {

const QString kPushAcked = QStringLiteral("sync_push_acked");
const QString kPullCursor = QStringLiteral("sync_pull_cursor");
// The largest clock this laptop has seen; Database::open resumes its clock above it.
const QString kSyncClock = QStringLiteral("sync_hlc");
// Custom fields (hex ids, comma-separated) whose records' search entries are due for a
// refresh after a pulled definition change (LocalReplica::refreshChangedFields).
const QString kChangedFields = QStringLiteral("sync_changed_fields");
// Records whose sort keys and search entries a sync left to refresh (beginDeferredRefresh).
const QString kDeferredRefresh = QStringLiteral("sync_refresh_due");

// A delete, whose base pending() raises to the largest server sequence number of the other
// devices' changes of its row that the log holds before it.
bool takesRowBase(const Change &c)
{
    return !c.isCreation() && c.column == u"deleted";
}

// Whether an applied change of a custom field definition changes its records' search text:
// a field created (or moved to the team's id), deleted or added back, its type or choices.
bool changesFieldSearch(const Change &c)
{
    return c.table == u"custom_fields" && (c.isCreation() || c.column == u"deleted" ||
                                           c.column == u"type" || c.column == u"choices");
}

QSet<QByteArray> parseIds(const QString &list)
{
    QSet<QByteArray> out;
    for (const QString &hex : list.split(u',', Qt::SkipEmptyParts))
        out.insert(QByteArray::fromHex(hex.toLatin1()));
    return out;
}

QString joinIds(const QSet<QByteArray> &ids)
{
    QStringList hex;
    for (const QByteArray &id : ids)
        hex << QString::fromLatin1(id.toHex());
    hex.sort();
    return hex.join(u',');
}

QVariant toSql(const QCborValue &v)
{
    switch (v.type()) {
    case QCborValue::Integer:
        return QVariant(qint64(v.toInteger()));
    case QCborValue::Double:
        return QVariant(v.toDouble());
    case QCborValue::String:
        return sql::text(v.toString()); // '' must not bind as NULL
    case QCborValue::ByteArray:
        return QVariant(v.toByteArray());
    case QCborValue::False:
        return QVariant(qint64(0));
    case QCborValue::True:
        return QVariant(qint64(1));
    default:
        return QVariant();
    }
}

// typeof() of a value of storage class `type` (SqliteStatement::columnType()).
QString sqlType(int type)
{
    switch (type) {
    case SQLITE_INTEGER:
        return QStringLiteral("integer");
    case SQLITE_FLOAT:
        return QStringLiteral("real");
    case SQLITE_TEXT:
        return QStringLiteral("text");
    case SQLITE_BLOB:
        return QStringLiteral("blob");
    default:
        return QStringLiteral("null");
    }
}

// `sqlType` is SQLite's typeof() (or json_each's type) of the value: Qt's driver gives NULL
// and '' alike as a null QString.
QCborValue toCbor(const QVariant &v, const QString &sqlType)
{
    if (sqlType == u"null" || !v.isValid())
        return QCborValue(QCborValue::Null);
    if (sqlType == u"text")
        return QCborValue(v.toString());
    if (sqlType == u"true" || sqlType == u"false")
        return QCborValue(qint64(sqlType == u"true"));
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QCborValue(v.toLongLong());
    case QMetaType::Double:
        return QCborValue(v.toDouble());
    case QMetaType::QByteArray:
        return QCborValue(v.toByteArray());
    default:
        return QCborValue(v.toString());
    }
}

// The same JSON the capture trigger writes for a created row: BLOBs as lower-case hex.
QString creationJson(const QCborMap &fields)
{
    QString out = QStringLiteral("{");
    bool first = true;
    // A JSON string: quotes, backslashes and control characters escaped (what QJsonDocument
    // writes, without building a document for every value).
    auto quote = [](const QString &s) {
        QString json;
        json.reserve(s.size() + 2);
        json += u'"';
        for (const QChar ch : s) {
            const char16_t u = ch.unicode();
            switch (u) {
            case u'"':
                json += QLatin1String("\\\"");
                break;
            case u'\\':
                json += QLatin1String("\\\\");
                break;
            case u'\b':
                json += QLatin1String("\\b");
                break;
            case u'\f':
                json += QLatin1String("\\f");
                break;
            case u'\n':
                json += QLatin1String("\\n");
                break;
            case u'\r':
                json += QLatin1String("\\r");
                break;
            case u'\t':
                json += QLatin1String("\\t");
                break;
            default:
                if (u < 0x20)
                    json += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
                else
                    json += ch;
            }
        }
        json += u'"';
        return json;
    };
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (!first)
            out += u',';
        first = false;
        out += quote(it.key().toString()) + u':';
        const QCborValue &v = it.value();
        if (v.isInteger())
            out += QString::number(v.toInteger());
        else if (v.isDouble())
            out += QString::number(v.toDouble(), 'g', 17);
        else if (v.isString())
            out += quote(v.toString());
        else if (v.isByteArray())
            out += quote(QString::fromLatin1(v.toByteArray().toHex()));
        else if (v.isBool())
            out += v.toBool() ? u'1' : u'0';
        else
            out += QStringLiteral("null");
    }
    return out + u'}';
}

// Last writer wins: the larger clock; on a tie, the larger device id.
bool newer(quint64 hlcA, const QByteArray &devA, quint64 hlcB, const QByteArray &devB)
{
    if (hlcA != hlcB)
        return hlcA > hlcB;
    const int c =
        std::memcmp(devA.constData(), devB.constData(), size_t(std::min(devA.size(), devB.size())));
    return c != 0 ? c > 0 : devA.size() > devB.size();
}

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

} // namespace

// A known column's position among its table's synced columns.
int LocalReplica::position(const TableInfo &info, const Change &c)
{
    return info.columns.constFind(c.column)->position;
}

namespace {

QMutex &refresherMutex()
{
    static QMutex m;
    return m;
}

// A refresher of one row at a time, over the rows of a page.
Status eachRow(QSqlDatabase &db, const QList<QByteArray> &rows,
               Status (*refresh)(QSqlDatabase &, const QByteArray &))
{
    for (const QByteArray &row : rows) {
        if (auto s = refresh(db, row); !s)
            return s;
    }
    return {};
}

// A table's refresher; one that can also work in two halves has `read` (reads and computes
// on any connection) and `write` (writes what was read): refreshDeferred() reads the next
// batch of such a table ahead, on a connection of its own, while it writes the one before.
struct Refreshing
{
    LocalReplica::Refresher refresh;
    std::function<Result<std::any>(QSqlDatabase &, const QList<QByteArray> &)> read = {};
    std::function<Status(QSqlDatabase &, const std::any &)> write = {};
};

QHash<QString, Refreshing> &refreshers()
{
    using Derived = QList<ContactRepository::Derived>;
    static QHash<QString, Refreshing> all = {
        {QStringLiteral("contacts"),
         {[](QSqlDatabase &db, const QList<QByteArray> &rows) {
              return ContactRepository::refreshDerived(db, rows);
          },
          [](QSqlDatabase &db, const QList<QByteArray> &rows) -> Result<std::any> {
              auto read = ContactRepository::readDerived(db, rows);
              if (!read)
                  return read.error();
              return std::any(std::move(read).value());
          },
          [](QSqlDatabase &db, const std::any &read) {
              return ContactRepository::writeDerived(db, std::any_cast<const Derived &>(read));
          }}},
        {QStringLiteral("companies"), {[](QSqlDatabase &db, const QList<QByteArray> &rows) {
             return CompanyRepository::refreshDerived(db, rows);
         }}},
        {QStringLiteral("deals"), {[](QSqlDatabase &db, const QList<QByteArray> &rows) {
             return eachRow(db, rows, &DealRepository::refreshDerived);
         }}},
        {QStringLiteral("stages"), {[](QSqlDatabase &db, const QList<QByteArray> &rows) {
             return eachRow(db, rows, &PipelineRepository::refreshStageDeals);
         }}},
    };
    return all;
}

// The columns whose change needs a table's refresher (its sort keys and search text); a
// change of any other column only stamps local_updated_at. No entry: every column.
QHash<QString, QSet<QString>> &refreshColumns()
{
    static QHash<QString, QSet<QString>> all = {
        {QStringLiteral("contacts"),
         {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("title"),
          QStringLiteral("company_id"), QStringLiteral("city"), QStringLiteral("country"),
          QStringLiteral("deleted")}},
    };
    return all;
}

bool refreshNeeded(const QString &table, const QString &column)
{
    QMutexLocker lock(&refresherMutex());
    const auto it = refreshColumns().constFind(table);
    return it == refreshColumns().constEnd() || it->contains(column);
}

// Child rows whose change refreshes their parent record (once per page, however many of its
// rows arrived).
struct ParentLink
{
    QString table;
    QString column;
    QString tableColumn = {}; // when set, the row names its parent's table (custom values)
};

QHash<QString, ParentLink> &parents()
{
    static QHash<QString, ParentLink> all = {
        {QStringLiteral("contact_emails"),
         {QStringLiteral("contacts"), QStringLiteral("contact_id")}},
        {QStringLiteral("contact_phones"),
         {QStringLiteral("contacts"), QStringLiteral("contact_id")}},
        {QStringLiteral("contact_tags"),
         {QStringLiteral("contacts"), QStringLiteral("contact_id")}},
        {QStringLiteral("deal_contacts"), {QStringLiteral("deals"), QStringLiteral("deal_id")}},
        {QStringLiteral("deal_tags"), {QStringLiteral("deals"), QStringLiteral("deal_id")}},
        {QStringLiteral("deal_stage_changes"),
         {QStringLiteral("deals"), QStringLiteral("deal_id")}},
        {QStringLiteral("company_tags"),
         {QStringLiteral("companies"), QStringLiteral("company_id")}},
        {QStringLiteral("custom_values"),
         {QString(), QStringLiteral("record_id"), QStringLiteral("entity")}},
    };
    return all;
}

} // namespace

LocalReplica::LocalReplica(DatabasePtr db)
    : m_db(std::move(db))
{}

LocalReplica::~LocalReplica() = default;

void LocalReplica::registerRefresher(const QString &table, Refresher refresher)
{
    QMutexLocker lock(&refresherMutex());
    refreshers().insert(table, Refreshing{std::move(refresher)});
}

void LocalReplica::registerParent(const QString &table, const QString &parentTable,
                                  const QString &column)
{
    QMutexLocker lock(&refresherMutex());
    parents().insert(table, ParentLink{parentTable, column});
}

void LocalReplica::clearStatements()
{
    for (auto &cache : m_rowStatements)
        cache.clear();
    m_statements.clear();
}

Result<SqliteStatement *> LocalReplica::statement(QSqlDatabase &db, const QString &text)
{
    auto it = m_statements.find(text);
    if (it == m_statements.end()) {
        auto q = std::make_unique<SqliteStatement>();
        if (auto s = q->prepare(SqliteStatement::handleOf(db), text); !s)
            return s.error();
        it = m_statements.emplace(text, std::move(q)).first;
    }
    return it->second.get();
}

Result<SqliteStatement *> LocalReplica::rowStatement(QSqlDatabase &db, RowStatementKind kind,
                                                     const QString &table, const TableInfo &info,
                                                     quint64 columns)
{
    QHash<QPair<QString, quint64>, SqliteStatement *> &cache = m_rowStatements[kind];
    if (SqliteStatement *known = cache.value({table, columns}))
        return known;
    QStringList names;
    for (qsizetype i = 0; i < info.order.size(); ++i) {
        if (columns & (quint64(1) << i))
            names << quoted(info.order.at(i));
    }
    QString text;
    switch (kind) {
    case RowCreate:
        text = u"INSERT INTO " + quoted(table) + u"(id," + names.join(u',') + u") VALUES (" +
               sql::marks(int(names.size()) + 1) + u") ON CONFLICT(id) DO NOTHING";
        break;
    case RowRead:
        text = u"SELECT " + names.join(u',') + u" FROM " + quoted(table) + u" WHERE id = ?";
        break;
    case RowUpdate:
    case RowUpdateStamped:
        if (kind == RowUpdateStamped)
            names << QStringLiteral("local_updated_at");
        text = u"UPDATE " + quoted(table) + u" SET " + names.join(QStringLiteral(" = ?, ")) +
               u" = ? WHERE id = ?";
        break;
    case RowStatementKinds:
        break;
    }
    auto q = statement(db, text);
    if (q)
        cache.insert({table, columns}, *q);
    return q;
}

Status LocalReplica::refresh(QSqlDatabase &db, const QString &table, const QByteArray &row)
{
    return refreshAll(db, {{table, row}});
}

Status LocalReplica::refreshAll(QSqlDatabase &db, const RowSet &touched)
{
    auto found = roots(db, touched);
    if (!found)
        return found.error();
    return refreshRoots(db, *found);
}

Result<LocalReplica::RowSet> LocalReplica::roots(QSqlDatabase &db, const RowSet &touched)
{
    QMutexLocker lock(&refresherMutex());
    const auto links = parents();
    lock.unlock();
    RowSet roots;
    QHash<QString, QSqlQuery> parentOf; // one prepared lookup per child table
    for (const auto &[table, row] : touched) {
        const auto link = links.constFind(table);
        if (link == links.constEnd()) {
            roots.insert({table, row});
            continue;
        }
        auto q = parentOf.find(table);
        if (q == parentOf.end()) {
            q = parentOf.insert(table, QSqlQuery(db));
            q->prepare(
                u"SELECT " + quoted(link->column) + u", " +
                (link->tableColumn.isEmpty() ? QStringLiteral("NULL") : quoted(link->tableColumn)) +
                u" FROM " + quoted(table) + u" WHERE id = ?");
        }
        q->addBindValue(row);
        if (!q->exec())
            return sql::error(*q, QStringLiteral("refreshing after sync"));
        if (q->next() && !q->value(0).isNull())
            roots.insert({link->tableColumn.isEmpty() ? link->table : q->value(1).toString(),
                          q->value(0).toByteArray()});
        q->finish();
    }
    return roots;
}

Status LocalReplica::refreshRoots(QSqlDatabase &db, const RowSet &roots)
{
    QMutexLocker lock(&refresherMutex());
    const auto fns = refreshers();
    lock.unlock();
    QHash<QString, QList<QByteArray>> byTable;
    for (const auto &[table, row] : std::as_const(roots))
        byTable[table].append(row);
    for (auto it = byTable.begin(); it != byTable.end(); ++it) {
        if (const auto fn = fns.value(it.key()).refresh) {
            std::sort(it->begin(), it->end()); // ids are time-ordered: rows near each other
            if (auto s = fn(db, *it); !s)
                return s;
        }
    }
    return {};
}

const LocalReplica::TableInfo &LocalReplica::table(QSqlDatabase &db, const QString &name)
{
    auto it = m_tables.find(name);
    if (it != m_tables.end())
        return *it;
    TableInfo info;
    auto scope = sql::scalar(
        db, QStringLiteral("SELECT scope_column FROM sync_tables WHERE name = ?"), {name});
    if (scope && scope->isValid()) {
        info.known = true;
        info.scopeColumn = scope->toString();
        info.applying = u"applying a change of " + name;
        QSqlQuery q(db);
        q.exec(u"PRAGMA table_info(" + quoted(name) + u')');
        while (q.next()) {
            const QString col = q.value(1).toString();
            if (col == u"local_updated_at")
                info.hasUpdatedAt = true;
            if (col == u"rid" || col == u"id" || col.startsWith(u"local_"))
                continue;
            info.columns.insert(
                col, Column{col, q.value(2).toString().compare(u"BLOB", Qt::CaseInsensitive) == 0,
                            int(info.order.size())});
            info.order << col;
        }
    }
    return *m_tables.insert(name, info);
}

Result<QString> LocalReplica::setting(const QString &key)
{
    QSqlDatabase db = m_db->connection();
    auto v = sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    if (!v)
        return v.error();
    return v->toString();
}

Status LocalReplica::setSetting(const QString &key, const QString &value)
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    return sql::run(q, QStringLiteral("saving a sync setting"));
}

Result<qint64> LocalReplica::pullCursor()
{
    auto v = setting(kPullCursor);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Status LocalReplica::adoptLocalRecords(const QString &localUser, const QString &account)
{
    if (localUser == account)
        return {};
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    struct Uncaptured
    {
        Database *db;
        QSqlDatabase conn;
        ~Uncaptured() { db->setApplyingRemote(conn, false); }
    } guard{m_db.get(), db};
    m_db->setApplyingRemote(db, true);
    auto acked = setting(kPushAcked);
    if (!acked)
        return acked.error();
    const QVariantList unsent{device(), acked->toLongLong()};
    const QString where = QStringLiteral(" WHERE device = ? AND counter > ?");
    const QList<std::pair<QString, QVariantList>> statements = {
        {u"UPDATE change_log SET author = ?" + where + u" AND author = ?",
         QVariantList{account} + unsent + QVariantList{localUser}},
        {u"UPDATE change_log SET new_value = json_set(new_value, '$.owner', ?)" + where +
             u" AND col IS NULL AND json_extract(new_value, '$.owner') = ?",
         QVariantList{account} + unsent + QVariantList{localUser}},
        {u"UPDATE change_log SET new_value = ?" + where + u" AND col = 'owner' AND new_value = ?",
         QVariantList{account} + unsent + QVariantList{localUser}},
    };
    for (const auto &[statement, binds] : statements) {
        QSqlQuery q(db);
        q.prepare(statement);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (auto s = sql::run(q, QStringLiteral("taking over local records")); !s)
            return s;
    }
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sync_tables")))
        return sql::error(tables, QStringLiteral("taking over local records"));
    QStringList owned;
    while (tables.next()) {
        const QString name = tables.value(0).toString();
        if (table(db, name).columns.contains(QStringLiteral("owner")))
            owned << name;
    }
    for (const QString &t : std::as_const(owned)) {
        QSqlQuery q(db);
        q.prepare(u"UPDATE " + quoted(t) + u" SET owner = ? WHERE owner = ?");
        q.addBindValue(account);
        q.addBindValue(localUser);
        if (auto s = sql::run(q, QStringLiteral("taking over local records")); !s)
            return s;
    }
    return tx.commit();
}

Result<qint64> LocalReplica::pendingCount()
{
    QSqlDatabase db = m_db->connection();
    auto acked = setting(kPushAcked);
    if (!acked)
        return acked.error();
    auto n = sql::scalar(db,
                         QStringLiteral("SELECT count(*) FROM change_log WHERE device = ? AND "
                                        "counter > ?"),
                         {device(), acked->toLongLong()});
    if (!n)
        return n.error();
    return n->toLongLong();
}

Result<QList<Change>> LocalReplica::pending(int limit, std::optional<qint64> after)
{
    QSqlDatabase db = m_db->connection();
    if (!after) {
        auto acked = setting(kPushAcked);
        if (!acked)
            return acked.error();
        after = acked->toLongLong();
    }
    sqlite3 *handle = SqliteStatement::handleOf(db);
    SqliteStatement q, fields, seen;
    for (const auto &[statement, text] :
         {std::pair{&q, QStringLiteral("SELECT seq, hlc, counter, author, txn, tbl, row, col, "
                                       "new_value, base_seq FROM change_log WHERE device = ? AND "
                                       "counter > ? ORDER BY counter LIMIT ?")},
          std::pair{&fields, QStringLiteral("SELECT key, value, type FROM json_each(?)")},
          std::pair{&seen, QStringLiteral("SELECT max(server_seq) FROM change_log WHERE row = ? "
                                          "AND seq < ? AND tbl = ? AND device <> ?")}}) {
        if (auto s = statement->prepare(handle, text); !s)
            return s.error();
    }
    q.bindBlobOrNull(1, device());
    q.bindInt(2, *after);
    q.bindInt(3, limit + 1);
    QList<Change> out;
    qsizetype bytes = 0;
    bool full = false; // one change more than the batch takes was read
    while (true) {
        auto row = q.next(QStringLiteral("reading the outbox"));
        if (!row)
            return row.error();
        if (!*row)
            break;
        Change c;
        c.device = device();
        c.hlc = quint64(q.columnInt(1));
        c.counter = q.columnInt(2);
        c.author = q.columnText(3);
        c.txn = q.columnInt(4);
        c.table = q.columnText(5);
        c.row = q.columnBlob(6);
        if (q.columnType(7) != SQLITE_NULL)
            c.column = q.columnText(7);
        c.baseSeq = q.columnInt(9);
        const TableInfo &info = table(db, c.table);
        if (c.isCreation()) {
            fields.bindText(1, q.columnText(8));
            QCborMap map;
            while (true) {
                auto field = fields.next(QStringLiteral("reading a created row"));
                if (!field)
                    return field.error();
                if (!*field)
                    break;
                const QString key = fields.columnText(0);
                QCborValue v = toCbor(fields.columnValue(1), fields.columnText(2));
                if (info.columns.value(key).blob && v.isString())
                    v = QCborValue(QByteArray::fromHex(v.toString().toLatin1()));
                map.insert(key, v);
            }
            if (!info.scopeColumn.isEmpty())
                c.scope = map.value(info.scopeColumn).toByteArray();
            c.value = map;
        } else {
            c.value = toCbor(q.columnValue(8), sqlType(q.columnType(8)));
            if (takesRowBase(c)) {
                // A delete was made looking at everything the replica knew of the row then;
                // the server calls an edit it had not seen an edit-versus-delete conflict.
                // What it knew is what it had pulled of the others: the numbers its own
                // changes got when pushed say nothing of that (and would make the base
                // depend on where the outbox was cut into batches).
                seen.bindBlobOrNull(1, c.row);
                seen.bindInt(2, q.columnInt(0));
                seen.bindText(3, c.table);
                seen.bindBlobOrNull(4, device());
                auto found = seen.next(QStringLiteral("reading the outbox"));
                if (!found)
                    return found.error();
                if (*found)
                    c.baseSeq = std::max(c.baseSeq, seen.columnInt(0));
                seen.reset();
            }
        }
        bytes += valueBytes(c);
        out << std::move(c);
        if (out.size() > limit || (out.size() > 1 && bytes > MaxBatchValueBytes)) {
            full = true;
            break;
        }
    }
    if (full) {
        // Cut on a transaction boundary unless one transaction alone is larger than a batch.
        const qint64 cutTxn = out.last().txn;
        out.removeLast();
        QList<Change> whole = out;
        while (!whole.isEmpty() && whole.last().txn == cutTxn)
            whole.removeLast();
        if (!whole.isEmpty())
            out = whole;
    }
    return out;
}

Status LocalReplica::checkAnswers(const QList<Change> &pushed, const PushResponse &response)
{
    QSet<qint64> unanswered;
    for (const Change &c : pushed)
        unanswered.insert(c.counter);
    for (const PushResult &r : response.results) {
        if (!unanswered.remove(r.counter))
            return Error{ErrorCode::Invalid,
                         QStringLiteral("the server answered counter %1, which was not pushed "
                                        "or was answered already")
                             .arg(r.counter),
                         {}};
    }
    if (!unanswered.isEmpty())
        return Error{ErrorCode::Invalid,
                     QStringLiteral("the server answered %1 of %2 changes")
                         .arg(pushed.size() - unanswered.size())
                         .arg(pushed.size()),
                     {}};
    return {};
}

Status LocalReplica::acknowledge(const QList<Change> &pushed, const PushResponse &response,
                                 SyncReport &report)
{
    if (auto s = checkAnswers(pushed, response); !s)
        return s;
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    m_db->clock().observe(response.hlc);
    QHash<qint64, const Change *> byCounter;
    for (const Change &c : pushed)
        byCounter.insert(c.counter, &c);
    SqliteStatement log, rowClock, fieldClock;
    sqlite3 *handle = SqliteStatement::handleOf(db);
    for (const auto &[q, text] :
         {std::pair{&log, QStringLiteral("UPDATE change_log SET server_seq = ?, hlc = ? WHERE "
                                         "device = ? AND counter = ?")},
          std::pair{&rowClock,
                    QStringLiteral("UPDATE row_clocks SET server_seq = ?, hlc = ? WHERE tbl = "
                                   "? AND row = ? AND device = ? AND hlc = ?")},
          std::pair{&fieldClock,
                    QStringLiteral("UPDATE field_clocks SET server_seq = ?, hlc = ? WHERE "
                                   "tbl = ? AND row = ? AND col = ? AND device = ? AND hlc = "
                                   "?")}}) {
        if (auto s = q->prepare(handle, text); !s)
            return s;
    }
    QSqlQuery reject(db);
    reject.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_rejections(device, counter, tbl, "
                                  "row, col, reason, at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    qint64 acked = 0;
    for (const PushResult &r : response.results) {
        const Change *c = byCounter.value(r.counter); // there: checkAnswers()
        acked = std::max(acked, r.counter);
        if (r.status == PushStatus::Rejected) {
            ++report.rejected;
            report.rejections << QStringLiteral("%1 %2%3: %4")
                                     .arg(c->table, Uuid::toString(c->row).left(8),
                                          c->column.isEmpty() ? QString() : u'.' + c->column,
                                          r.reason);
            for (const QVariant &v :
                 {QVariant(device()), QVariant(c->counter), QVariant(c->table), QVariant(c->row),
                  QVariant(c->column), QVariant(r.reason), QVariant(sql::nowMs())})
                reject.addBindValue(v);
            if (auto s = sql::run(reject, QStringLiteral("recording a refused change")); !s)
                return s;
            continue;
        }
        ++(r.status == PushStatus::Duplicate ? report.duplicates : report.pushed);
        const quint64 hlc = r.hlc ? r.hlc : c->hlc;
        log.bindInt(1, r.serverSeq);
        log.bindInt(2, qint64(hlc));
        log.bindBlobOrNull(3, device());
        log.bindInt(4, c->counter);
        if (auto s = log.run(QStringLiteral("acknowledging a change")); !s)
            return s;
        SqliteStatement &clock = c->isCreation() ? rowClock : fieldClock;
        int at = 1;
        clock.bindInt(at++, r.serverSeq);
        clock.bindInt(at++, qint64(hlc));
        clock.bindText(at++, c->table);
        clock.bindBlobOrNull(at++, c->row);
        if (!c->isCreation())
            clock.bindText(at++, c->column);
        clock.bindBlobOrNull(at++, device());
        clock.bindInt(at++, qint64(c->hlc));
        if (auto s = clock.run(QStringLiteral("acknowledging a change")); !s)
            return s;
    }
    auto before = setting(kPushAcked);
    if (!before)
        return before.error();
    if (acked > before->toLongLong()) {
        if (auto s = setSetting(kPushAcked, QString::number(acked)); !s)
            return s;
    }
    if (auto s = setSetting(kSyncClock, QString::number(m_db->clock().last())); !s)
        return s;
    return tx.commit();
}

Status LocalReplica::applyField(QSqlDatabase &db, const Change &c, const TableInfo &info,
                                const QString &column, const QCborValue &value, bool &won)
{
    won = false;
    FieldClock current;
    auto clock = statement(
        db, QStringLiteral("SELECT hlc, device FROM field_clocks WHERE tbl = ? AND row = ? AND "
                           "col = ? UNION ALL SELECT hlc, device FROM row_clocks WHERE tbl = "
                           "? AND row = ? LIMIT 1"));
    if (!clock)
        return clock.error();
    SqliteStatement &q = **clock;
    q.bindText(1, c.table);
    q.bindBlobOrNull(2, c.row);
    q.bindText(3, column);
    q.bindText(4, c.table);
    q.bindBlobOrNull(5, c.row);
    auto found = q.next(QStringLiteral("reading a field clock"));
    if (!found)
        return found.error();
    if (*found)
        current = {true, quint64(q.columnInt(0)), q.columnBlob(1)};
    q.reset();
    if (current.found && !newer(c.hlc, c.device, current.hlc, current.device))
        return {}; // what this replica has is newer (or the very same write)
    auto update = rowStatement(db, RowUpdate, c.table, info,
                               quint64(1) << info.columns.constFind(column)->position);
    if (!update)
        return update.error();
    (*update)->bindValue(1, toSql(value));
    (*update)->bindBlobOrNull(2, c.row);
    if (auto s = (*update)->run(info.applying); !s)
        return s;
    auto fc = statement(db, QStringLiteral("INSERT OR REPLACE INTO field_clocks(tbl, row, "
                                           "col, hlc, device, server_seq) VALUES (?, ?, ?, "
                                           "?, ?, ?)"));
    if (!fc)
        return fc.error();
    (*fc)->bindText(1, c.table);
    (*fc)->bindBlobOrNull(2, c.row);
    (*fc)->bindText(3, column);
    (*fc)->bindInt(4, qint64(c.hlc));
    (*fc)->bindBlobOrNull(5, c.device);
    (*fc)->bindInt(6, c.serverSeq);
    if (auto s = (*fc)->run(QStringLiteral("recording a field clock")); !s)
        return s;
    won = true;
    return {};
}

Status LocalReplica::applyOne(QSqlDatabase &db, const Change &c, SyncReport &report,
                              QSet<QPair<QString, QByteArray>> &touched)
{
    const TableInfo &info = table(db, c.table);
    QVariant oldValue;
    QVariant newValue;
    bool applied = false;
    if (c.column == WithdrawnColumn) {
        if (info.known) {
            if (auto s = flushLog(db); !s) // it forgets log entries
                return s;
            if (auto s = withdrawRow(db, c, info); !s)
                return s;
            touched.insert({c.table, c.row});
            m_withdrawn.append({c.table, c.row});
        }
        // Logged below like any change, so a late copy of it is known as seen.
    } else if (!info.known) {
        qCWarning(lcSync) << "skipping a change of unknown table" << c.table
                          << "(written by a newer version?)";
    } else if (c.isCreation()) {
        const QCborMap fields = c.value.toMap();
        // The row's values by column position; a column this version does not have is left
        // out. One statement per set of columns (usually one per table); it inserts nothing
        // when the row exists (a replay, or a row this laptop made too), which then takes the
        // fields the way edits do.
        const qsizetype width = info.order.size();
        if (width > 64)
            return Error{
                ErrorCode::Invalid, c.table + u": more synced columns than a sync can apply", {}};
        std::array<QCborValue, 64> values;
        quint64 present = 0;
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            const auto column = info.columns.constFind(it.key().toString());
            if (column == info.columns.constEnd())
                continue;
            values[size_t(column->position)] = it.value();
            present |= quint64(1) << column->position;
        }
        auto insert = rowStatement(db, RowCreate, c.table, info, present);
        if (!insert)
            return insert.error();
        (*insert)->bindBlobOrNull(1, c.row);
        int at = 2;
        for (qsizetype i = 0; i < width; ++i) {
            if (present & (quint64(1) << i))
                (*insert)->bindValue(at++, toSql(values[size_t(i)]));
        }
        if (auto s = (*insert)->run(info.applying); !s)
            return s;
        if (sqlite3_changes(SqliteStatement::handleOf(db)) > 0) {
            auto rc = statement(db, QStringLiteral("INSERT OR REPLACE INTO row_clocks(tbl, "
                                                   "row, hlc, device, server_seq) VALUES "
                                                   "(?, ?, ?, ?, ?)"));
            if (!rc)
                return rc.error();
            (*rc)->bindText(1, c.table);
            (*rc)->bindBlobOrNull(2, c.row);
            (*rc)->bindInt(3, qint64(c.hlc));
            (*rc)->bindBlobOrNull(4, c.device);
            (*rc)->bindInt(5, c.serverSeq);
            if (auto s = (*rc)->run(QStringLiteral("recording a row clock")); !s)
                return s;
            applied = true;
        } else {
            for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
                const QString key = it.key().toString();
                if (!info.columns.contains(key))
                    continue;
                bool won = false;
                if (auto s = applyField(db, c, info, key, it.value(), won); !s)
                    return s;
                applied = applied || won;
            }
        }
        newValue = creationJson(fields);
        if (c.table == u"conflicts" && fields.value(QStringLiteral("state")).toString() == u"open")
            ++report.conflicts;
    }
    if (applied) {
        ++report.applied;
        if (changesFieldSearch(c))
            m_changedFields.insert(c.row);
        touched.insert({c.table, c.row});
    }

    // The log keeps every change, winner or not: it is the history, and it marks the change
    // as seen. Written LogRowsPerStatement at a time (flushLog()).
    m_log.push_back({&c, std::move(oldValue), std::move(newValue)});
    return m_log.size() >= LogRowsPerStatement ? flushLog(db) : Status{};
}

Status LocalReplica::readClocks(SqliteStatement &q, const Change &row, const TableInfo &info,
                                quint64 columns, std::array<FieldClock, 64> &fieldClocks,
                                FieldClock &rowClock)
{
    for (int p = 0; p < 64; ++p)
        fieldClocks[size_t(p)].found = false;
    q.bindText(1, row.table);
    q.bindBlobOrNull(2, row.row);
    while (true) {
        auto more = q.next(QStringLiteral("reading field clocks"));
        if (!more)
            return more.error();
        if (!*more)
            break;
        const FieldClock clock{true, quint64(q.columnInt(1)), q.columnBlob(2)};
        if (q.columnType(0) == SQLITE_NULL) {
            rowClock = clock;
            continue;
        }
        const auto column = info.columns.constFind(q.columnText(0));
        if (column != info.columns.constEnd() && (columns & (quint64(1) << column->position)))
            fieldClocks[size_t(column->position)] = clock;
    }
    q.reset();
    return {};
}

Status LocalReplica::applyEdits(QSqlDatabase &db, SyncReport &report, RowSet &touched)
{
    const auto n = qsizetype(m_edits.size());
    if (n == 0)
        return {};
    // The edits row by row (rows in id order: ids are time-ordered, so rows written together
    // sit together), each row's in page order.
    std::vector<qsizetype> order(size_t(n), 0);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](qsizetype a, qsizetype b) {
        const Change &x = *m_edits[size_t(a)];
        const Change &y = *m_edits[size_t(b)];
        if (const int t = QString::compare(x.table, y.table); t != 0)
            return t < 0;
        return x.row < y.row;
    });
    // What the history shows of each edit; an edit of a row this replica does not have is
    // not logged (newValue left invalid).
    std::vector<QVariant> oldValues(static_cast<size_t>(n));
    std::vector<QVariant> newValues(static_cast<size_t>(n));
    std::vector<bool> logged(size_t(n), true);
    const qint64 now = sql::nowMs();
    auto clocks = statement(db, QStringLiteral("SELECT col, hlc, device FROM field_clocks WHERE "
                                               "tbl = ?1 AND row = ?2 UNION ALL SELECT NULL, "
                                               "hlc, device FROM row_clocks WHERE tbl = ?1 AND "
                                               "row = ?2"));
    if (!clocks)
        return clocks.error();
    std::array<QVariant, 64> values;
    std::array<FieldClock, 64> fieldClocks;
    for (qsizetype begin = 0; begin < n;) {
        const Change &first = *m_edits[size_t(order[size_t(begin)])];
        qsizetype end = begin + 1;
        while (end < n) {
            const Change &c = *m_edits[size_t(order[size_t(end)])];
            if (c.row != first.row || c.table != first.table)
                break;
            ++end;
        }
        const TableInfo &info = table(db, first.table);
        if (info.order.size() > 64)
            return Error{ErrorCode::Invalid,
                         first.table + u": more synced columns than a sync can apply",
                         {}};
        quint64 columns = 0;
        for (qsizetype i = begin; i < end; ++i)
            columns |= quint64(1) << position(info, *m_edits[size_t(order[size_t(i)])]);

        // The row's current values of the edited columns.
        auto read = rowStatement(db, RowRead, first.table, info, columns);
        if (!read)
            return read.error();
        (*read)->bindBlobOrNull(1, first.row);
        auto found = (*read)->next(info.applying);
        if (!found)
            return found.error();
        if (!*found) {
            // Edits of a row this replica does not have: it was hidden from this user when
            // they were made. Not recorded as seen, so the server's replay of the record's
            // log, once the record is shared, brings them again after the row's creation.
            for (qsizetype i = begin; i < end; ++i) {
                const Change &c = *m_edits[size_t(order[size_t(i)])];
                m_seen.remove({c.device, c.counter});
                logged[size_t(order[size_t(i)])] = false;
            }
            begin = end;
            continue;
        }
        for (int p = 0, at = 0; p < 64; ++p) {
            if (columns & (quint64(1) << p))
                values[size_t(p)] = (*read)->columnValue(at++);
        }
        (*read)->reset();

        // Their clocks: a field's own, else its row's.
        FieldClock rowClock;
        if (auto s = readClocks(**clocks, first, info, columns, fieldClocks, rowClock); !s)
            return s;

        // Last writer wins, edit by edit in page order.
        quint64 won = 0;
        bool refresh = false;
        for (qsizetype i = begin; i < end; ++i) {
            const qsizetype k = order[size_t(i)];
            const Change &c = *m_edits[size_t(k)];
            const auto p = size_t(position(info, c));
            oldValues[size_t(k)] = values[p];
            newValues[size_t(k)] = toSql(c.value);
            const FieldClock &current = fieldClocks[p].found ? fieldClocks[p] : rowClock;
            if (current.found && !newer(c.hlc, c.device, current.hlc, current.device))
                continue; // what this replica has is newer (or the very same write)
            values[p] = newValues[size_t(k)];
            fieldClocks[p] = {true, c.hlc, c.device};
            won |= quint64(1) << p;
            ++report.applied;
            if (changesFieldSearch(c))
                m_changedFields.insert(c.row);
            refresh = refresh || refreshNeeded(c.table, c.column);
            m_clocks.push_back(&c);
        }
        if (won) {
            // Nothing derived from the changed columns: the stamp goes with the values.
            const bool stamp = !refresh && info.hasUpdatedAt;
            auto update =
                rowStatement(db, stamp ? RowUpdateStamped : RowUpdate, first.table, info, won);
            if (!update)
                return update.error();
            int at = 1;
            for (int p = 0; p < 64; ++p) {
                if (won & (quint64(1) << p))
                    (*update)->bindValue(at++, values[size_t(p)]);
            }
            if (stamp)
                (*update)->bindInt(at++, now);
            (*update)->bindBlobOrNull(at, first.row);
            if (auto s = (*update)->run(info.applying); !s)
                return s;
            if (refresh)
                touched.insert({first.table, first.row});
        }
        if (m_clocks.size() >= LogRowsPerStatement) {
            if (auto s = flushClocks(db); !s)
                return s;
        }
        begin = end;
    }
    if (auto s = flushClocks(db); !s)
        return s;

    // The log keeps every change, winner or not, in page order: it is the history, and it
    // marks the change as seen.
    for (qsizetype k = 0; k < n; ++k) {
        if (!logged[size_t(k)])
            continue;
        m_log.push_back(
            {m_edits[size_t(k)], std::move(oldValues[size_t(k)]), std::move(newValues[size_t(k)])});
        if (m_log.size() >= LogRowsPerStatement) {
            if (auto s = flushLog(db); !s)
                return s;
        }
    }
    m_edits.clear();
    return {};
}

Status LocalReplica::flushClocks(QSqlDatabase &db)
{
    auto s = insertRows(
        QStringLiteral("INSERT OR REPLACE INTO field_clocks(tbl, row, col, hlc, device, "
                       "server_seq)"),
        {}, 6, qsizetype(m_clocks.size()), [&](const QString &text) { return statement(db, text); },
        [this](SqliteStatement &q, int at, qsizetype i) {
            const Change &c = *m_clocks[size_t(i)];
            q.bindText(at, c.table);
            q.bindBlobOrNull(at + 1, c.row);
            q.bindText(at + 2, c.column);
            q.bindInt(at + 3, qint64(c.hlc));
            q.bindBlobOrNull(at + 4, c.device);
            q.bindInt(at + 5, c.serverSeq);
        },
        QStringLiteral("recording field clocks"));
    m_clocks.clear();
    return s;
}

Status LocalReplica::flushLog(QSqlDatabase &db)
{
    auto s = insertRows(
        QStringLiteral("INSERT INTO change_log(hlc, device, counter, author, txn, tbl, row, "
                       "col, old_value, new_value, base_seq, server_seq)"),
        {}, 12, qsizetype(m_log.size()), [&](const QString &text) { return statement(db, text); },
        [this](SqliteStatement &q, int at, qsizetype i) {
            const PendingLog &entry = m_log[size_t(i)];
            const Change &c = *entry.change;
            q.bindInt(at, qint64(c.hlc));
            q.bindBlobOrNull(at + 1, c.device);
            q.bindInt(at + 2, c.counter);
            q.bindValue(at + 3, QVariant(c.author));
            q.bindInt(at + 4, c.txn);
            q.bindText(at + 5, c.table);
            q.bindBlobOrNull(at + 6, c.row);
            q.bindValue(at + 7, c.isCreation() ? QVariant() : QVariant(c.column));
            q.bindValue(at + 8, entry.oldValue);
            q.bindValue(at + 9, entry.newValue);
            q.bindValue(at + 10, c.baseSeq ? QVariant(c.baseSeq) : QVariant());
            q.bindInt(at + 11, c.serverSeq);
        },
        QStringLiteral("recording pulled changes"));
    m_log.clear();
    return s;
}

Status LocalReplica::withdrawRow(QSqlDatabase &db, const Change &c, const TableInfo &info)
{
    const QString what = QStringLiteral("withdrawing a %1 row").arg(c.table);
    if (info.columns.contains(QStringLiteral("deleted"))) {
        auto del = statement(db, u"UPDATE " + quoted(c.table) + u" SET deleted = 1 WHERE id = ?");
        if (!del)
            return del.error();
        (*del)->bindBlobOrNull(1, c.row);
        if (auto s = (*del)->run(what); !s)
            return s;
    }
    for (const QString &clocks : {QStringLiteral("field_clocks"), QStringLiteral("row_clocks")}) {
        auto q = statement(db, u"DELETE FROM " + clocks + u" WHERE tbl = ? AND row = ?");
        if (!q)
            return q.error();
        (*q)->bindText(1, c.table);
        (*q)->bindBlobOrNull(2, c.row);
        if (auto s = (*q)->run(what); !s)
            return s;
    }
    // This user's own edits not yet pushed stay in the outbox: the server refuses them with
    // its reason, which the user sees, rather than their vanishing here.
    auto log = statement(db, QStringLiteral("DELETE FROM change_log WHERE row = ? AND tbl = ? "
                                            "AND NOT (device = ? AND counter > ?)"));
    if (!log)
        return log.error();
    (*log)->bindBlobOrNull(1, c.row);
    (*log)->bindText(2, c.table);
    (*log)->bindBlobOrNull(3, device());
    (*log)->bindInt(4, m_acked);
    return (*log)->run(what);
}

Status LocalReplica::readSeen(QSqlDatabase &db, const QList<Change> &changes)
{
    m_seen.clear();
    QHash<QByteArray, QPair<qint64, qint64>> ranges; // one counter range per device
    for (const Change &c : changes) {
        auto it = ranges.find(c.device);
        if (it == ranges.end())
            ranges.insert(c.device, {c.counter, c.counter});
        else
            *it = {std::min(it->first, c.counter), std::max(it->second, c.counter)};
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT counter FROM change_log WHERE device = ? AND counter BETWEEN ? AND ?"));
    for (auto it = ranges.constBegin(); it != ranges.constEnd(); ++it) {
        q.addBindValue(it.key());
        q.addBindValue(it->first);
        q.addBindValue(it->second);
        if (!q.exec())
            return sql::error(q, QStringLiteral("checking pulled changes"));
        while (q.next())
            m_seen.insert({it.key(), q.value(0).toLongLong()});
        q.finish();
    }
    return {};
}

Status LocalReplica::apply(const PullResponse &page, SyncReport &report)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    struct RemoteGuard
    {
        Database *db;
        QSqlDatabase conn;
        RemoteGuard(Database *d, QSqlDatabase c)
            : db(d)
            , conn(std::move(c))
        {
            db->setApplyingRemote(conn, true);
        }
        ~RemoteGuard() { db->setApplyingRemote(conn, false); }
    } remote(m_db.get(), db);
    m_db->clock().observe(page.hlc);

    clearStatements();
    m_log.clear();
    m_edits.clear();
    m_clocks.clear();
    m_withdrawn.clear();
    m_changedFields.clear();
    auto acked = setting(kPushAcked);
    if (!acked)
        return acked.error();
    m_acked = acked->toLongLong();
    if (auto s = readSeen(db, page.changes); !s)
        return s;
    std::optional<TriggersAside> aside; // after tx: on a failure restored before the rollback
    if (page.changes.size() >= SetAsideFrom) {
        QSet<QString> fired;
        for (const Change &c : page.changes) {
            if (c.column == WithdrawnColumn)
                continue;
            fired.insert(c.isCreation() ? ChangeCapture::insertTrigger(c.table)
                                        : ChangeCapture::updateTrigger(c.table, c.column));
        }
        QStringList names(fired.cbegin(), fired.cend());
        names.sort();
        aside.emplace(SqliteStatement::handleOf(db));
        if (auto s = aside->remember(names); !s)
            return s;
        if (auto s = aside->setAside(); !s)
            return s;
    }
    RowSet touched;
    auto failed = [this](Status s) {
        m_edits.clear();
        m_clocks.clear();
        m_log.clear();
        clearStatements();
        return s;
    };
    for (const Change &c : page.changes) {
        // Applied before (or earlier in this page): nothing is applied twice. The server
        // sends this device's own changes only in a replay (a record shared again after it
        // was withdrawn from this user).
        if (m_seen.contains({c.device, c.counter}))
            continue;
        m_seen.insert({c.device, c.counter});
        m_db->clock().observe(c.hlc);
        ++report.pulled;
        if (c.column != WithdrawnColumn && !c.isCreation()) {
            const TableInfo &info = table(db, c.table);
            if (info.known && info.columns.contains(c.column)) {
                m_edits.push_back(&c); // applyEdits()
                continue;
            }
        }
        if (auto s = applyEdits(db, report, touched); !s)
            return failed(s);
        if (auto s = applyOne(db, c, report, touched); !s)
            return failed(s);
    }
    if (auto s = applyEdits(db, report, touched); !s)
        return failed(s);
    if (auto s = flushLog(db); !s)
        return failed(s);
    clearStatements();
    if (m_deferring) {
        auto due = roots(db, touched);
        if (!due)
            return due.error();
        m_deferred.unite(*due);
        // Withdrawn rows go below: what is derived from them goes first.
        if (!m_withdrawn.isEmpty()) {
            if (auto s = refreshRoots(db, m_deferred); !s)
                return s;
            m_deferred.clear();
        }
        if (auto s = saveDeferred(db); !s)
            return s;
    } else if (auto s = refreshAll(db, touched); !s) {
        return s;
    }
    for (const auto &[tbl, row] : std::as_const(m_withdrawn)) {
        auto remove = statement(db, u"DELETE FROM " + quoted(tbl) + u" WHERE id = ?");
        if (!remove)
            return remove.error();
        (*remove)->bindBlobOrNull(1, row);
        if (auto s = (*remove)->run(QStringLiteral("withdrawing a %1 row").arg(tbl)); !s)
            return s;
    }
    m_withdrawn.clear();
    clearStatements();
    // A page delivered late (after a newer one) must not move the cursor back.
    auto cursor = pullCursor();
    if (!cursor)
        return cursor.error();
    if (page.next > *cursor) {
        if (auto s = setSetting(kPullCursor, QString::number(page.next)); !s)
            return s;
    }
    if (auto s = setSetting(kSyncClock, QString::number(m_db->clock().last())); !s)
        return s;
    if (!m_changedFields.isEmpty()) {
        auto noted = setting(kChangedFields);
        if (!noted)
            return noted.error();
        if (auto s = setSetting(kChangedFields, joinIds(parseIds(*noted) | m_changedFields)); !s)
            return s;
        m_changedFields.clear();
    }
    if (aside) {
        if (auto s = aside->restore(); !s)
            return s;
    }
    return tx.commit();
}

// The records due for a refresh, kept in meta as a BLOB: per record its table's name and its
// id, each a length byte and the bytes.
Status LocalReplica::saveDeferred(QSqlDatabase &db)
{
    QByteArray blob;
    for (const auto &[table, row] : std::as_const(m_deferred)) {
        const QByteArray name = table.toUtf8();
        if (name.size() > 255 || row.size() > 255)
            continue; // no such table or id; refreshed in the page by DeferredLimit at worst
        blob += char(name.size());
        blob += name;
        blob += char(row.size());
        blob += row;
    }
    auto q = statement(db, QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"));
    if (!q)
        return q.error();
    (*q)->bindText(1, kDeferredRefresh);
    (*q)->bindBlobOrNull(2, blob);
    auto s = (*q)->run(QStringLiteral("keeping the records due for a refresh"));
    clearStatements();
    return s;
}

Status LocalReplica::beginDeferredRefresh()
{
    QSqlDatabase db = m_db->connection();
    auto v =
        sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {kDeferredRefresh});
    if (!v)
        return v.error();
    const QByteArray blob = v->toByteArray();
    m_deferred.clear();
    for (qsizetype at = 0; at < blob.size();) {
        const int nameSize = quint8(blob.at(at++));
        const QString table = QString::fromUtf8(blob.mid(at, nameSize));
        at += nameSize;
        if (at >= blob.size())
            break;
        const int rowSize = quint8(blob.at(at++));
        m_deferred.insert({table, blob.mid(at, rowSize)});
        at += rowSize;
    }
    m_deferring = true;
    return {};
}

Status LocalReplica::refreshDeferred()
{
    constexpr int Batch = 2000; // records per transaction
    QSqlDatabase db = m_db->connection();
    QList<QPair<QString, QByteArray>> due(m_deferred.cbegin(), m_deferred.cend());
    std::sort(due.begin(), due.end());
    QMutexLocker lock(&refresherMutex());
    const auto fns = refreshers();
    lock.unlock();

    // A batch's records by table, in id order (due is sorted).
    using Rows = QList<std::pair<QString, QList<QByteArray>>>;
    QList<Rows> batches;
    for (qsizetype i = 0; i < due.size(); ++i) {
        if (i % Batch == 0)
            batches.append(Rows());
        Rows &rows = batches.last();
        if (rows.isEmpty() || rows.last().first != due.at(i).first)
            rows.append({due.at(i).first, {}});
        rows.last().second.append(due.at(i).second);
    }

    // Tables whose refresher works in two halves (contacts: most of what a big pull leaves
    // due) have the next batch read and computed on a connection of their own while this
    // one is written — half the work, on the other core. What was read is used only if no
    // other connection has written since before it was read (PRAGMA data_version, sampled
    // while this connection held the write lock, so nothing else could write then): the
    // refresh's own writes touch only derived columns and search entries of other records,
    // never what a batch reads. Else the batch is refreshed here whole.
    using Read = std::vector<std::pair<QString, Result<std::any>>>;
    const DatabasePtr database = m_db;
    // One thread, whose connection serves every batch and is closed on it at the end.
    WorkerThread reader([database] { database->closeConnection(); });
    auto readAhead = [&](const Rows &batch) -> QFuture<Read> {
        std::vector<std::tuple<QString, QList<QByteArray>, decltype(Refreshing::read)>> work;
        for (const auto &[table, rows] : batch) {
            if (const Refreshing fn = fns.value(table); fn.read && fn.write)
                work.emplace_back(table, rows, fn.read);
        }
        if (work.empty())
            return {};
        return reader.run([database, work = std::move(work)] {
            Read out;
            QSqlDatabase c = database->connection();
            // One snapshot for the batch; a read transaction takes no lock a writer waits for.
            if (!sql::exec(c, QStringLiteral("BEGIN")))
                return out;
            for (const auto &[table, rows, read] : work)
                out.emplace_back(table, read(c, rows));
            (void)sql::exec(c, QStringLiteral("COMMIT"));
            return out;
        });
    };
    auto dataVersion = [&]() -> Result<qint64> {
        auto v = sql::scalar(db, QStringLiteral("PRAGMA data_version"));
        if (!v)
            return v.error();
        return v->toLongLong();
    };

    QFuture<Read> ahead;      // the batch after the one being written
    qint64 aheadVersion = -1; // data_version before it was read
    for (qsizetype b = 0; b < batches.size(); ++b) {
        Transaction tx(db);
        if (!tx.begun())
            return tx.begun();
        auto version = dataVersion();
        if (!version)
            return version.error();
        Read read;
        if (ahead.isValid() && aheadVersion == *version)
            read = ahead.result(); // else written meanwhile by another connection
        ahead = {};
        if (b + 1 < batches.size()) {
            aheadVersion = *version;
            ahead = readAhead(batches.at(b + 1));
        }
        for (const auto &[table, rows] : std::as_const(batches.at(b))) {
            const Refreshing fn = fns.value(table);
            const auto it = std::find_if(read.cbegin(), read.cend(),
                                         [&](const auto &r) { return r.first == table; });
            // What failed to be read ahead is refreshed here, which reports a lasting error.
            Status s = it != read.cend() && it->second ? fn.write(db, *it->second)
                       : fn.refresh                    ? fn.refresh(db, rows)
                                                       : Status();
            if (!s)
                return s;
            for (const QByteArray &row : rows)
                m_deferred.remove({table, row});
        }
        // The kept list may name records refreshed already (refreshing one again does no
        // harm): it is rewritten with the last batch only.
        if (m_deferred.isEmpty()) {
            if (auto s = saveDeferred(db); !s)
                return s;
        }
        if (auto s = tx.commit(); !s)
            return s;
        if (m_refreshBatchHook) {
            if (ahead.isValid())
                ahead.waitForFinished();
            m_refreshBatchHook(int(b));
        }
    }
    return {};
}

Status LocalReplica::refreshChangedFields()
{
    auto noted = setting(kChangedFields);
    if (!noted)
        return noted.error();
    const QSet<QByteArray> due = parseIds(*noted);
    QList<QByteArray> fields(due.cbegin(), due.cend());
    std::sort(fields.begin(), fields.end());
    for (const QByteArray &field : std::as_const(fields)) {
        // A batch of records per transaction; the app reads between them.
        if (auto s = CustomFieldRepository(m_db).refreshSearch(field); !s)
            return s;
        // Re-read: what a page applied since noted stays noted.
        auto now = setting(kChangedFields);
        if (!now)
            return now.error();
        QSet<QByteArray> keep = parseIds(*now);
        keep.remove(field);
        if (auto s = setSetting(kChangedFields, joinIds(keep)); !s)
            return s;
    }
    return {};
}

} // namespace crm::core::sync
