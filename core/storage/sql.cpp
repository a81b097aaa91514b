// SPDX-License-Identifier: GPL-3.0-or-later
#include "sql.h"

#include "common/logging.h"

#include <QSqlError>

namespace crm::core::sql {

static ErrorCode codeFor(const QSqlError &e)
{
    // SQLITE_CORRUPT (11) and SQLITE_NOTADB (26) mean the file, not the statement.
    const QString native = e.nativeErrorCode();
    if (native == u"11")
        return ErrorCode::Damaged;
    if (native == u"26")
        return ErrorCode::NotADatabase;
    return ErrorCode::Database;
}

Error error(const QSqlQuery &query, const QString &context)
{
    const QSqlError e = query.lastError();
    qCWarning(lcStorage).noquote() << context << "failed:" << e.text() << "in" << query.lastQuery();
    return Error{codeFor(e), context + u": " + e.text(), {}};
}

Error error(const QSqlDatabase &db, const QString &context)
{
    const QSqlError e = db.lastError();
    qCWarning(lcStorage).noquote() << context << "failed:" << e.text();
    return Error{codeFor(e), context + u": " + e.text(), {}};
}

Status exec(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        return error(q, statement.left(60));
    return {};
}

Status run(QSqlQuery &query, const QString &context)
{
    if (!query.exec())
        return error(query, context);
    return {};
}

Result<QVariant> scalar(QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    QSqlQuery q(db);
    if (!q.prepare(statement))
        return error(q, statement.left(60));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return error(q, statement.left(60));
    if (q.next())
        return q.value(0);
    return QVariant();
}

QString marks(int n)
{
    QString out;
    out.reserve(n * 3);
    for (int i = 0; i < n; ++i)
        out += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return out;
}

QString markRows(int columns, int rows)
{
    const QString tuple = u'(' + marks(columns) + u')';
    QString out;
    out.reserve(rows * (tuple.size() + 2));
    for (int i = 0; i < rows; ++i) {
        if (i)
            out += QStringLiteral(", ");
        out += tuple;
    }
    return out;
}

PragmaScope::PragmaScope(QSqlDatabase db, const QString &pragma, qint64 value)
    : m_db(std::move(db))
    , m_name(pragma)
{
    if (auto v = scalar(m_db, u"PRAGMA " + m_name))
        m_before = v.value();
    if (m_before.isValid())
        (void)exec(m_db, u"PRAGMA " + m_name + u" = " + QString::number(value));
}

PragmaScope::~PragmaScope()
{
    if (m_before.isValid())
        (void)exec(m_db, u"PRAGMA " + m_name + u" = " + m_before.toString());
}

} // namespace crm::core::sql
