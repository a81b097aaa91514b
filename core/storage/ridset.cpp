// SPDX-License-Identifier: GPL-3.0-or-later
#include "ridset.h"

#include <sqlite3.h>

namespace crm::core {

void RidSet::insert(qint64 rid)
{
    if (rid < 0)
        return;
    const size_t word = size_t(rid / 64);
    if (word >= m_words.size())
        m_words.resize(std::max(word + 1, m_words.size() * 2), 0);
    const quint64 bit = quint64(1) << (rid % 64);
    if ((m_words[word] & bit) == 0) {
        m_words[word] |= bit;
        ++m_size;
    }
}

void RidSet::clear()
{
    m_words.clear();
    m_size = 0;
}

namespace {

void fnRidIn(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const auto *set =
        static_cast<const RidSet *>(sqlite3_value_pointer(argv[1], RidSet::pointerType()));
    sqlite3_result_int(ctx, set && set->contains(sqlite3_value_int64(argv[0])) ? 1 : 0);
}

} // namespace

bool RidSet::registerFunction(sqlite3 *handle)
{
    return sqlite3_create_function_v2(handle, "crm_rid_in", 2, SQLITE_UTF8 | SQLITE_INNOCUOUS,
                                      nullptr, fnRidIn, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace crm::core
