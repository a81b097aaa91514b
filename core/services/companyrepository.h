// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "domain/company.h"
#include "storage/database.h"

#include <QList>

namespace crm::core {

// Companies: validated writes, each in one transaction with its captured changes and its
// search entry. Safe to use from any thread (uses that thread's connection).
class CompanyRepository
{
public:
    explicit CompanyRepository(DatabasePtr db);

    Result<QByteArray> create(Company company);
    Result<Company> get(const QByteArray &id) const;
    // Saves the fields that differ from the stored record; an unchanged record writes nothing.
    Status update(const Company &company);
    Status remove(const QByteArray &id);  // soft delete
    Status restore(const QByteArray &id); // undo of remove
    // The live company with this name (folded comparison), or an empty id.
    Result<QByteArray> findByName(const QString &name) const;
    Result<QByteArray> findOrCreate(const QString &name);
    Result<QList<Company>> list(int limit = -1) const; // live companies by name
    Result<int> count() const;

    // Recomputes a company's local-only columns and search entry, and its contacts' company
    // name, from its stored fields — after sync wrote them directly. A missing company is
    // not an error.
    static Status refreshDerived(QSqlDatabase &db, const QByteArray &companyId);
    static Status refreshDerived(QSqlDatabase &db, const QList<QByteArray> &companyIds);

private:
    Status setDeleted(const QByteArray &id, bool deleted);
    DatabasePtr m_db;
};

} // namespace crm::core
