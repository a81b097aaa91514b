// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabase.h"

#include "storage/sql.h"

#include <QTest>

namespace crm::test {

TestDatabase::TestDatabase(const core::Database::Options &options)
{
    auto opened = core::Database::open(path(), options);
    if (!opened)
        qFatal("cannot open the test database: %s", qPrintable(opened.error().detail));
    m_db = opened.value();
}

TestDatabase::~TestDatabase() = default;

QVariant TestDatabase::scalar(const QString &statement, const QVariantList &binds) const
{
    QSqlDatabase c = m_db->connection();
    auto v = core::sql::scalar(c, statement, binds);
    if (!v)
        qWarning("%s", qPrintable(v.error().detail));
    return v ? v.value() : QVariant();
}

int TestDatabase::changeCount() const
{
    return scalar(QStringLiteral("SELECT count(*) FROM change_log")).toInt();
}

} // namespace crm::test
