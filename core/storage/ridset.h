// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

struct sqlite3;

namespace crm::core {

// A set of rowids held in C++ that SQL tests membership against in O(1):
//     ... WHERE crm_rid_in(rid, ?1)
// with the set bound to ?1 by SqliteStatement::bindRidSet() (sqlite3_bind_pointer, so SQL
// text can never forge one). A list model keeps the matches of its search here: walking a
// sort index and testing each row is far cheaper than SQLite building a temporary index of
// tens of thousands of matches for "rid IN (SELECT rowid FROM fts ...)" on every page.
// A bitmap over rowids: 1,000,000 rows take 125 KB.
class RidSet
{
public:
    void insert(qint64 rid);
    bool contains(qint64 rid) const
    {
        return rid >= 0 && quint64(rid) < m_words.size() * 64 &&
               (m_words[size_t(rid / 64)] >> (rid % 64) & 1u) != 0;
    }
    qsizetype size() const { return m_size; }
    void clear();

    static const char *pointerType() { return "crm_rid_set"; }
    // Registers crm_rid_in(rid, set) on a connection.
    static bool registerFunction(sqlite3 *handle);

private:
    std::vector<quint64> m_words;
    qsizetype m_size = 0;
};

} // namespace crm::core
