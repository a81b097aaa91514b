// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QVariant>

namespace crm::core::sql {

// An id or NULL (an empty QByteArray would bind as an empty BLOB, not NULL).
inline QVariant blobOrNull(const QByteArray &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(value);
}

inline qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace crm::core::sql

namespace crm::core::sql {

// Text columns are NOT NULL: a null QString binds as ''.
inline QVariant text(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    return value;
}

} // namespace crm::core::sql
