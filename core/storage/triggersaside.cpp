// SPDX-License-Identifier: GPL-3.0-or-later
#include "triggersaside.h"

#include "storage/sqlitestatement.h"

#include <sqlite3.h>

namespace crm::core {

namespace {

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(QChar(u'"'), QStringLiteral("\"\"")) + u'"';
}

} // namespace

TriggersAside::~TriggersAside()
{
    if (m_aside)
        (void)restore();
}

Status TriggersAside::exec(const QString &sql, const QString &context)
{
    char *message = nullptr;
    if (sqlite3_exec(m_handle, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    Error e{ErrorCode::Database, context, QString::fromUtf8(message ? message : "")};
    sqlite3_free(message);
    return e;
}

Status TriggersAside::remember(const QStringList &names)
{
    Q_ASSERT(!m_aside);
    SqliteStatement read;
    if (auto s = read.prepare(m_handle, QStringLiteral("SELECT sql FROM sqlite_master WHERE "
                                                       "type = 'trigger' AND name = ?1"));
        !s)
        return s;
    for (const QString &name : names) {
        read.bindText(1, name);
        auto found = read.next(QStringLiteral("reading a trigger"));
        if (!found)
            return found.error();
        if (found.value())
            m_triggers.emplace_back(name, read.columnText(0));
        read.reset();
    }
    return {};
}

Status TriggersAside::setAside()
{
    for (const auto &[name, sql] : m_triggers) {
        m_aside = true;
        if (auto s = exec(u"DROP TRIGGER IF EXISTS " + quoted(name),
                          QStringLiteral("setting a trigger aside"));
            !s)
            return s;
    }
    return {};
}

Status TriggersAside::restore()
{
    SqliteStatement exists;
    if (auto s = exists.prepare(m_handle, QStringLiteral("SELECT 1 FROM sqlite_master WHERE "
                                                         "type = 'trigger' AND name = ?1"));
        !s)
        return s;
    for (const auto &[name, sql] : m_triggers) {
        exists.bindText(1, name);
        auto found = exists.next(QStringLiteral("looking for a trigger"));
        if (!found)
            return found.error();
        exists.reset();
        if (found.value())
            continue;
        if (auto s = exec(sql, QStringLiteral("restoring a trigger")); !s)
            return s;
    }
    m_aside = false;
    return {};
}

} // namespace crm::core
