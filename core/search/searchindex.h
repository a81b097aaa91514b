// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "domain/company.h"
#include "domain/contact.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

struct sqlite3;

namespace crm::core::SearchIndex {

// The text indexed for a record: every searchable field in all its folded forms.
QString contactText(const Contact &contact);
QString companyText(const Company &company);
// A deal is found by the words of its title (its company and contacts by their own indexes).
QString dealText(const QString &title);

// An FTS5 MATCH expression for what a user typed: every word must match the start of a
// word of the record (after folding); a phone number matches by its digits. Empty when the
// query has nothing searchable.
QString matchExpression(const QString &query);

enum class Kind
{
    Contact,
    Company,
    Deal
};
Status put(QSqlDatabase &db, Kind kind, qint64 rid, const QString &text);
// The FTS5 table of a kind, for callers that prepare put/remove once for many rows.
QString tableName(Kind kind);
Status remove(QSqlDatabase &db, Kind kind, qint64 rid);
// Hands every rowid of the FTS5 table `ftsTable` that matches `match` to `each`, read on the
// raw connection (the search box and the lists collect them into a RidSet).
Status forEachMatch(sqlite3 *handle, const QString &ftsTable, const QString &match,
                    const std::function<void(qint64)> &each);
// Indexes every live deal afresh (a migration, or a bench that wrote deals in SQL).
Status rebuildDeals(QSqlDatabase &db);

} // namespace crm::core::SearchIndex
