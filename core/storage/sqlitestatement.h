// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/sql.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace crm::core {

// One statement on the raw SQLite handle of a connection, for hot write paths (bulk inserts)
// where QSqlQuery's QVariant binding costs more than the SQL itself. Prepared once
// (SQLITE_PREPARE_PERSISTENT) and re-used: bind, then run() steps and resets it.
// Thread affinity: the thread of its connection. Finalized on destruction.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // The sqlite3 handle of a QSQLITE connection; nullptr for another driver.
    static sqlite3 *handleOf(const QSqlDatabase &db);
    // Process-wide settings of the SQLite library, which take effect only before its first
    // connection: call it before opening one (Database and crm-server's store do); later
    // calls do nothing. Turns off SQLite's memory statistics, which take a global mutex in
    // every allocation of every connection (we never read them).
    static void configureLibrary();

    Status prepare(sqlite3 *handle, const QString &sql);

    // Parameters count from 1. A null QString binds as '' (text columns are NOT NULL);
    // an empty QByteArray binds as NULL (an id that is not set).
    void bindText(int index, const QString &value);
    void bindBlobOrNull(int index, const QByteArray &value);
    // A blob (empty: NULL), not copied: `value` must stay unchanged until the statement has run.
    void bindBlobView(int index, const QByteArray &value);
    // UTF-8 text, not copied: `value` must stay unchanged until the statement has run.
    void bindUtf8(int index, const QByteArray &value);
    void bindInt(int index, qint64 value);
    // NULL, integer, real, text or blob by the variant's type.
    void bindVariant(int index, const QVariant &value);
    // As bindVariant(), but a null QByteArray binds as NULL the way Qt's driver binds it
    // (code moving from QSqlQuery to this class keeps its NULLs).
    void bindValue(int index, const QVariant &value);
    // A set for crm_rid_in(); it must outlive the statement's use of it.
    void bindRidSet(int index, const class RidSet *set);

    // Steps to the end (a write) and resets; an error names `context` and SQLite's message.
    Status run(const QString &context);
    // Steps once for a query: true with a row (read it with column*, then reset()).
    Result<bool> next(const QString &context);
    qint64 columnInt(int column) const;
    QByteArray columnBlob(int column) const;
    QString columnText(int column) const;
    // The value as UTF-8 text, without a copy: valid until the next step or reset.
    QByteArrayView columnUtf8(int column) const;
    double columnDouble(int column) const;
    // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB or SQLITE_NULL; read it before
    // columnUtf8(), which may convert the value.
    int columnType(int column) const;
    // NULL, qint64, double, QString or QByteArray by the value's storage class.
    QVariant columnValue(int column) const;
    int columnCount() const;
    void reset();

private:
    Error error(int rc, const QString &context) const;
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

// INSERT `head` VALUES (?, …), (?, …) `tail` over `count` rows of `columns` values each: 64
// rows to a statement, the rest in groups of 8 and 1. A multi-row statement runs its
// program's set-up (cursors, schema checks) once for the group, not per row; 64 rows of 14
// values stay under SQLite's oldest limit of 999 parameters. `prepared(text)` gives the
// statement for a text (Result<SqliteStatement *>, cached by the caller); `bind(statement,
// first parameter, row)` binds row `row`.
template <typename Prepared, typename Bind>
Status insertRows(const QString &head, const QString &tail, int columns, qsizetype count,
                  const Prepared &prepared, const Bind &bind, const QString &context)
{
    for (qsizetype done = 0; done < count;) {
        int n = 1;
        for (int size : {64, 8}) {
            if (count - done >= size) {
                n = size;
                break;
            }
        }
        auto q = prepared(head + u" VALUES " + sql::markRows(columns, n) + tail);
        if (!q)
            return q.error();
        for (int i = 0; i < n; ++i)
            bind(**q, i * columns + 1, done + i);
        if (Status s = (*q)->run(context); !s)
            return s;
        done += n;
    }
    return {};
}

} // namespace crm::core
