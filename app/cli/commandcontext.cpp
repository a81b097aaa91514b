// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandcontext.h"

#include "storage/databaselocation.h"

namespace crm::cli {

CommandContext::CommandContext(QString databasePath, OutputFormat format, bool createsDatabase)
    : m_databasePath(std::move(databasePath))
    , m_format(format)
    , m_createsDatabase(createsDatabase)
{}

CliResult<core::DatabasePtr> CommandContext::database()
{
    if (m_db)
        return m_db;
    const QString path = m_databasePath.isEmpty() ? core::defaultDatabasePath() : m_databasePath;
    core::Database::Options options;
    options.create = m_createsDatabase;
    auto db = core::Database::open(path, options);
    if (!db) {
        // Core names the file and what is wrong with it ("…: not a CRM database …").
        return CliError::failure(db.error().detail);
    }
    m_db = db.value();
    return m_db;
}

} // namespace crm::cli
