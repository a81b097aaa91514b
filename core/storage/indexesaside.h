// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace crm::core {

// Indexes a bulk load builds after its rows instead of row by row — what every database does
// for a large load. An index whose key is not in insertion order (a name, an e-mail, a city)
// takes each new row at a random leaf; with a million contacts those leaves outgrow any cache,
// so each batch reads and writes again most of the index (measured: 2,444 contacts/s into a
// file of 1,000,000, against 8,520/s without the random indexes; building them afterwards from
// sorted keys takes about 2 s each).
// Unlike TriggersAside, this spans many transactions (an import commits chunk by chunk, so
// others can write in between): each index's SQL is recorded in `meta` in the transaction that
// drops it, and a crash leaves the record, from which Database::open builds the indexes again
// (unless the process that set them aside is still running). Meanwhile other connections see
// the indexes missing: lists sorted by those columns scan instead, and the duplicate finder,
// which names its indexes, waits for the load (isAside()).
// Thread affinity: the thread of the connection given.
class IndexesAside
{
public:
    // The indexes of contacts and their e-mails and phones that take rows at random places:
    // the list's sort indexes on text, the birthday and company indexes and the duplicate
    // keys; not the ones keyed by id, status or time, which take rows at the end. Code that
    // names one of them (INDEXED BY) asks isAside() first.
    static const QStringList &contactIndexes();

    // Whether a load of `adding` rows into a table of `existing` gains from building the
    // indexes afterwards: building costs about as much per row of the whole table as a
    // random insert saves per new row when the table is large.
    static bool worthIt(qint64 existing, qint64 adding);
    // worthIt() for `adding` contacts into the contacts `db` holds (deleted ones count: their
    // entries are in the indexes too).
    static Result<bool> worthItForContacts(QSqlDatabase db, qint64 adding);

    // Sets `names` aside (those that exist) in one transaction of `db`; restore() or the
    // destructor builds them again.
    IndexesAside(QSqlDatabase db, const QStringList &names);
    ~IndexesAside(); // restores (errors logged) unless restore() ran
    IndexesAside(const IndexesAside &) = delete;
    IndexesAside &operator=(const IndexesAside &) = delete;

    const Status &begun() const { return m_begun; }
    // How many indexes this set aside.
    qsizetype count() const { return m_names.size(); }
    // Builds the indexes this set aside, one transaction each, calling `progress` after each
    // one (those another load set aside wait for it).
    Status restore(const std::function<void(int done, int total)> &progress = {});

    // The indexes recorded as aside in this file, by anyone.
    static Result<QStringList> aside(QSqlDatabase db);
    static Result<bool> isAside(QSqlDatabase db, const QString &name);
    // Builds every one recorded, whoever set it aside.
    static Status restoreAll(QSqlDatabase db,
                             const std::function<void(int done, int total)> &progress = {});
    // How many indexes a process that is no longer running left aside (it crashed or was
    // killed during a load): 0 when none, or when the process that set them aside still runs.
    static Result<int> leftBehind(QSqlDatabase db);
    // Builds again what such a process left aside (Database::open does, unless told that its
    // caller does it in the background; at a million contacts ~2 s per index).
    static Status recover(QSqlDatabase db,
                          const std::function<void(int done, int total)> &progress = {});

private:
    static Status build(QSqlDatabase db, const QStringList &names,
                        const std::function<void(int done, int total)> &progress);

    QSqlDatabase m_db;
    QStringList m_names;
    Status m_begun;
    bool m_restored = false;
};

} // namespace crm::core
