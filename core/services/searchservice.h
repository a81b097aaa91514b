// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "search/searchindex.h"
#include "storage/database.h"

#include <QList>
#include <QStringList>

namespace crm::core {

struct SearchHit
{
    SearchIndex::Kind kind = SearchIndex::Kind::Contact;
    QByteArray id;
    QString displayName;
    QString company; // a contact's company; empty for a company
    QStringList emails;
    QStringList phones;
};

// The one search box: contacts and companies whose words start with every word typed,
// folded and transliterated (see TextFolder), or whose phone has the digits typed.
class SearchService
{
public:
    explicit SearchService(DatabasePtr db);

    // Up to `limit` contacts and `limit` companies, each ordered by name.
    Result<QList<SearchHit>> search(const QString &query, int limit = 50) const;
    // How many live records match (for the counts beside the lists).
    Result<int> countContacts(const QString &query) const;
    Result<int> countCompanies(const QString &query) const;

private:
    DatabasePtr m_db;
};

} // namespace crm::core
