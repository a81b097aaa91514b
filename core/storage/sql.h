// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace crm::core::sql {

// The error of a failed query, logged with its SQL (never with bound values).
Error error(const QSqlQuery &query, const QString &context);
Error error(const QSqlDatabase &db, const QString &context);

// Runs a statement without binds; for schema work and pragmas.
Status exec(QSqlDatabase &db, const QString &statement);

// Prepares (once) and runs; the query keeps its prepared statement for re-use.
Status run(QSqlQuery &query, const QString &context);

// "?, ?, ?": n parameters, for IN lists and VALUES.
QString marks(int n);
// "(?, ?), (?, ?)": `rows` tuples of `columns` parameters, for a multi-row VALUES.
QString markRows(int columns, int rows);

// First column of the first row, or an invalid QVariant.
Result<QVariant> scalar(QSqlDatabase &db, const QString &statement, const QVariantList &binds = {});

// Sets a pragma of the connection for the guard's lifetime, then restores what it was (a
// bulk write's larger cache, or its later checkpoints).
class PragmaScope
{
public:
    PragmaScope(QSqlDatabase db, const QString &pragma, qint64 value);
    ~PragmaScope();
    PragmaScope(const PragmaScope &) = delete;
    PragmaScope &operator=(const PragmaScope &) = delete;

private:
    QSqlDatabase m_db;
    QString m_name;
    QVariant m_before;
};

// For a bulk write's lifetime (createMany, an import and its undo, a sync's pull): the
// write-ahead log checkpointed every 16,384 pages instead of the default 1,000. Such writes
// touch the same hot index pages in commit after commit; each checkpoint copied them into
// the file again (half of an import's commit time, a pull's page after nearly every page).
class LaterCheckpoints : public PragmaScope
{
public:
    explicit LaterCheckpoints(QSqlDatabase db)
        : PragmaScope(std::move(db), QStringLiteral("wal_autocheckpoint"), 16384)
    {}
};

} // namespace crm::core::sql
