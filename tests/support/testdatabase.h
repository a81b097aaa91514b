// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QTemporaryDir>

namespace crm::test {

// A freshly migrated database in its own temporary folder, removed afterwards.
class TestDatabase
{
public:
    explicit TestDatabase(const core::Database::Options &options = {});
    ~TestDatabase();

    const core::DatabasePtr &db() const { return m_db; }
    QString path() const { return m_dir.filePath(QStringLiteral("crm.sqlite")); }
    QString dir() const { return m_dir.path(); }
    // Runs one SQL statement and returns the first column of the first row.
    QVariant scalar(const QString &statement, const QVariantList &binds = {}) const;
    // How many change_log entries there are (all devices).
    int changeCount() const;

private:
    QTemporaryDir m_dir;
    core::DatabasePtr m_db;
};

} // namespace crm::test
