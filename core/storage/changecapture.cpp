// SPDX-License-Identifier: GPL-3.0-or-later
#include "changecapture.h"

#include "common/logging.h"
#include "storage/hybridlogicalclock.h"
#include "storage/sql.h"

#include <QSqlQuery>

#include <sqlite3.h>

namespace crm::core::ChangeCapture {

namespace {

ConnectionState *stateOf(sqlite3_context *ctx)
{
    return static_cast<ConnectionState *>(sqlite3_user_data(ctx));
}

void fnHlc(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    ConnectionState *s = stateOf(ctx);
    quint64 after = 0;
    if (argc == 1 && sqlite3_value_type(argv[0]) == SQLITE_INTEGER)
        after = quint64(sqlite3_value_int64(argv[0]));
    s->lastHlc = s->clock->tick(std::max(after, s->lastHlc));
    if (s->txn == 0)
        s->txn = s->lastHlc;
    sqlite3_result_int64(ctx, sqlite3_int64(s->lastHlc));
}

void fnLastHlc(sqlite3_context *ctx, int, sqlite3_value **)
{
    sqlite3_result_int64(ctx, sqlite3_int64(stateOf(ctx)->lastHlc));
}

void fnDevice(sqlite3_context *ctx, int, sqlite3_value **)
{
    const QByteArray &d = stateOf(ctx)->device;
    sqlite3_result_blob(ctx, d.constData(), int(d.size()), SQLITE_TRANSIENT);
}

void fnAuthor(sqlite3_context *ctx, int, sqlite3_value **)
{
    ConnectionState *state = stateOf(ctx);
    QMutexLocker lock(&state->authorMutex);
    const QByteArray a = state->author;
    lock.unlock();
    sqlite3_result_text(ctx, a.constData(), int(a.size()), SQLITE_TRANSIENT);
}

void fnTxn(sqlite3_context *ctx, int, sqlite3_value **)
{
    sqlite3_result_int64(ctx, sqlite3_int64(stateOf(ctx)->txn));
}

void fnCapturing(sqlite3_context *ctx, int, sqlite3_value **)
{
    const ConnectionState *s = stateOf(ctx);
    sqlite3_result_int(ctx, s->applyingRemote || s->bulkWriting ? 0 : 1);
}

void fnBulkWriting(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    ConnectionState *s = stateOf(ctx);
    s->bulkWriting = sqlite3_value_int(argv[0]) != 0;
    sqlite3_result_int(ctx, s->applyingRemote ? 0 : 1);
}

int onCommit(void *p)
{
    static_cast<ConnectionState *>(p)->txn = 0;
    return 0; // allow the commit
}

void onRollback(void *p)
{
    static_cast<ConnectionState *>(p)->txn = 0;
}

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(QChar(u'"'), QStringLiteral("\"\"")) + u'"';
}

QString literal(const QString &text)
{
    return u'\'' + QString(text).replace(QChar(u'\''), QStringLiteral("''")) + u'\'';
}

} // namespace

bool registerFunctions(sqlite3 *h, ConnectionState *state)
{
    struct Fn
    {
        const char *name;
        int args;
        void (*fn)(sqlite3_context *, int, sqlite3_value **);
    };
    static const Fn fns[] = {
        {"crm_hlc", 1, fnHlc},
        {"crm_last_hlc", 0, fnLastHlc},
        {"crm_device", 0, fnDevice},
        {"crm_author", 0, fnAuthor},
        {"crm_txn", 0, fnTxn},
        {"crm_capturing", 0, fnCapturing},
        {"crm_bulk_writing", 1, fnBulkWriting},
    };
    for (const Fn &f : fns) {
        // Not SQLITE_DETERMINISTIC: they read connection state. INNOCUOUS: they only read
        // that state and tick the clock, so triggers may call them whatever trusted_schema is.
        if (sqlite3_create_function_v2(h, f.name, f.args, SQLITE_UTF8 | SQLITE_INNOCUOUS, state,
                                       f.fn, nullptr, nullptr, nullptr) != SQLITE_OK) {
            qCWarning(lcCapture) << "cannot register" << f.name << sqlite3_errmsg(h);
            return false;
        }
    }
    sqlite3_commit_hook(h, onCommit, state);
    sqlite3_rollback_hook(h, onRollback, state);
    return true;
}

QStringList syncedColumns(QSqlDatabase &db, const QString &table)
{
    QStringList cols;
    QSqlQuery q(db);
    q.exec(u"PRAGMA table_info(" + quoted(table) + u')');
    while (q.next()) {
        const QString name = q.value(1).toString();
        if (name == u"rid" || name == u"id" || name.startsWith(u"local_"))
            continue;
        cols << name;
    }
    return cols;
}

namespace {

struct Columns
{
    QStringList synced;
    QStringList blobs;
};

Result<Columns> columnsOf(QSqlDatabase &db, const QString &table)
{
    // Column names and declared types, to JSON-encode BLOB columns as hex on insert.
    Columns out;
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA table_info(" + quoted(table) + u')'))
        return sql::error(q, QStringLiteral("reading columns of ") + table);
    bool hasId = false;
    while (q.next()) {
        const QString name = q.value(1).toString();
        if (name == u"id")
            hasId = true;
        if (name == u"rid" || name == u"id" || name.startsWith(u"local_"))
            continue;
        out.synced << name;
        if (q.value(2).toString().compare(u"BLOB", Qt::CaseInsensitive) == 0)
            out.blobs << name;
    }
    if (!hasId)
        return Error{ErrorCode::Invalid, table + u": a captured table needs an id column", {}};
    return out;
}

QString jsonExpression(const Columns &columns)
{
    QStringList jsonArgs;
    for (const QString &c : columns.synced) {
        const QString v =
            columns.blobs.contains(c)
                ? QString(u"CASE WHEN NEW." + quoted(c) +
                          u" IS NULL THEN NULL ELSE lower(hex(NEW." + quoted(c) + u")) END")
                : QString(u"NEW." + quoted(c));
        jsonArgs << literal(c) + u", " + v;
    }
    return u"json_object(" + jsonArgs.join(u", ") + u')';
}

} // namespace

QString insertTrigger(const QString &table)
{
    return u"capture_" + table + u"_insert";
}

QString updateTrigger(const QString &table, const QString &column)
{
    return u"capture_" + table + u"_update_" + column;
}

Result<QString> rowJsonExpression(QSqlDatabase &db, const QString &table)
{
    auto columns = columnsOf(db, table);
    if (!columns)
        return columns.error();
    return jsonExpression(columns.value());
}

Status captureTable(QSqlDatabase &db, const QString &table)
{
    auto columns = columnsOf(db, table);
    if (!columns)
        return columns.error();
    const QStringList &cols = columns->synced;

    const QString t = quoted(table);
    const QString tl = literal(table);
    QStringList drop;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type='trigger' AND "
                                 "tbl_name=? AND name LIKE 'capture\\_%' ESCAPE '\\'"));
        q.addBindValue(table);
        if (!q.exec())
            return sql::error(q, QStringLiteral("listing triggers"));
        while (q.next())
            drop << q.value(0).toString();
    }
    for (const QString &name : std::as_const(drop)) {
        if (auto s = sql::exec(db, u"DROP TRIGGER " + quoted(name)); !s)
            return s;
    }

    // The clock follows the newest local entry, so two processes on one file stay ordered;
    // the counter is read inside the transaction, so it stays gapless.
    const QString lastLocal = QStringLiteral(
        "(SELECT %1 FROM change_log WHERE device = crm_device() ORDER BY counter DESC LIMIT 1)");
    const QString entryHead =
        QStringLiteral(
            "INSERT INTO change_log(hlc, device, counter, author, txn, tbl, row, col, old_value, "
            "new_value, base_seq) VALUES (crm_hlc(%1), crm_device(), COALESCE(%2, 0) + 1, "
            "crm_author(), crm_txn(), ")
            .arg(lastLocal.arg(u"hlc"), lastLocal.arg(u"counter"));

    QStringList statements;
    statements << u"CREATE TRIGGER " + quoted(insertTrigger(table)) + u" AFTER INSERT ON " + t +
                      u" WHEN crm_capturing() BEGIN " + entryHead + tl + u", NEW.id, NULL, NULL, " +
                      jsonExpression(columns.value()) +
                      u", NULL); INSERT OR REPLACE INTO row_clocks(tbl, row, hlc, device, "
                      u"server_seq) VALUES (" +
                      tl + u", NEW.id, crm_last_hlc(), crm_device(), NULL); END";
    for (const QString &c : std::as_const(cols)) {
        const QString qc = quoted(c);
        const QString cl = literal(c);
        statements << u"CREATE TRIGGER " + quoted(updateTrigger(table, c)) + u" AFTER UPDATE OF " +
                          qc + u" ON " + t + u" WHEN crm_capturing() AND OLD." + qc +
                          u" IS NOT NEW." + qc + u" BEGIN " + entryHead + tl + u", NEW.id, " + cl +
                          u", OLD." + qc + u", NEW." + qc +
                          u", COALESCE((SELECT server_seq FROM field_clocks WHERE tbl = " + tl +
                          u" AND row = NEW.id AND col = " + cl +
                          u"), (SELECT server_seq FROM row_clocks WHERE tbl = " + tl +
                          u" AND row = NEW.id))); INSERT OR REPLACE INTO field_clocks(tbl, row, "
                          u"col, hlc, device, server_seq) VALUES (" +
                          tl + u", NEW.id, " + cl + u", crm_last_hlc(), crm_device(), NULL); END";
    }
    statements << u"CREATE TRIGGER " + quoted(u"capture_" + table + u"_no_delete") +
                      u" BEFORE DELETE ON " + t +
                      u" WHEN crm_capturing() BEGIN SELECT RAISE(ABORT, " +
                      literal(table + u": rows are deleted softly (deleted = 1), never removed") +
                      u"); END";
    statements << u"CREATE TRIGGER " + quoted(u"capture_" + table + u"_id_fixed") +
                      u" BEFORE UPDATE OF id ON " + t +
                      u" WHEN OLD.id IS NOT NEW.id BEGIN SELECT RAISE(ABORT, " +
                      literal(table + u": an id never changes") + u"); END";
    statements << u"INSERT OR IGNORE INTO sync_tables(name) VALUES (" + tl + u')';

    for (const QString &s : std::as_const(statements)) {
        if (auto st = sql::exec(db, s); !st)
            return st;
    }
    return {};
}

} // namespace crm::core::ChangeCapture
