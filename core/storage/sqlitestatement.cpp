// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestatement.h"

#include "common/logging.h"
#include "storage/ridset.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <mutex>

namespace crm::core {

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::configureLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // SQLITE_MISUSE when a connection was opened before: then it stays as it is.
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    });
}

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

Status SqliteStatement::prepare(sqlite3 *handle, const QString &sql)
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_handle = handle;
    if (!handle)
        return Error{ErrorCode::Database, QStringLiteral("no SQLite connection"), {}};
    const QByteArray text = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(handle, text.constData(), int(text.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        return error(rc, u"preparing " + sql.left(60));
    return {};
}

void SqliteStatement::bindText(int index, const QString &value)
{
    // The connection is UTF-8: SQLite converts UTF-16 into its own copy while binding, so
    // SQLITE_STATIC is safe here and the QString need not outlive the call.
    if (value.isEmpty())
        sqlite3_bind_text(m_stmt, index, "", 0, SQLITE_STATIC);
    else
        sqlite3_bind_text16(m_stmt, index, value.utf16(), int(value.size() * 2), SQLITE_STATIC);
}

void SqliteStatement::bindBlobOrNull(int index, const QByteArray &value)
{
    if (value.isEmpty())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindBlobView(int index, const QByteArray &value)
{
    if (value.isEmpty())
        sqlite3_bind_null(m_stmt, index);
    else
        sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_STATIC);
}

void SqliteStatement::bindUtf8(int index, const QByteArray &value)
{
    sqlite3_bind_text(m_stmt, index, value.isNull() ? "" : value.constData(), int(value.size()),
                      SQLITE_STATIC);
}

void SqliteStatement::bindInt(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bindVariant(int index, const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        sqlite3_bind_null(m_stmt, index);
        break;
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        sqlite3_bind_int64(m_stmt, index, value.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(m_stmt, index, value.toDouble());
        break;
    case QMetaType::QByteArray: {
        const QByteArray b = value.toByteArray();
        sqlite3_bind_blob(m_stmt, index, b.constData(), int(b.size()), SQLITE_TRANSIENT);
        break;
    }
    default:
        if (value.isNull())
            sqlite3_bind_null(m_stmt, index);
        else
            bindText(index, value.toString());
        break;
    }
}

void SqliteStatement::bindValue(int index, const QVariant &value)
{
    if (value.typeId() == QMetaType::QByteArray && value.toByteArray().isNull())
        sqlite3_bind_null(m_stmt, index);
    else
        bindVariant(index, value);
}

void SqliteStatement::bindRidSet(int index, const RidSet *set)
{
    sqlite3_bind_pointer(m_stmt, index, const_cast<RidSet *>(set), RidSet::pointerType(), nullptr);
}

Status SqliteStatement::run(const QString &context)
{
    int rc = sqlite3_step(m_stmt);
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE)
        return error(rc, context);
    return {};
}

Result<bool> SqliteStatement::next(const QString &context)
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    sqlite3_reset(m_stmt);
    if (rc == SQLITE_DONE)
        return false;
    return error(rc, context);
}

qint64 SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QByteArray SqliteStatement::columnBlob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    return QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column));
}

QString SqliteStatement::columnText(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView SqliteStatement::columnUtf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
}

double SqliteStatement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

int SqliteStatement::columnType(int column) const
{
    return sqlite3_column_type(m_stmt, column);
}

QVariant SqliteStatement::columnValue(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant::fromValue(qint64(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_stmt, column);
    case SQLITE_TEXT:
        return columnText(column);
    case SQLITE_BLOB:
        return columnBlob(column);
    default:
        return {};
    }
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
}

Error SqliteStatement::error(int rc, const QString &context) const
{
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_handle));
    qCWarning(lcStorage).noquote() << context << "failed:" << message;
    const int primary = rc & 0xff;
    const ErrorCode code = primary == SQLITE_CORRUPT  ? ErrorCode::Damaged
                           : primary == SQLITE_NOTADB ? ErrorCode::NotADatabase
                                                      : ErrorCode::Database;
    return Error{code, context + u": " + message, {}};
}

} // namespace crm::core
