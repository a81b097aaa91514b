// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

namespace crm::core {

// The rows a list shows, as the SQL its model builds (PagedListModel::query(),
// DealListModel::query()): "SELECT <idColumn> FROM <from> WHERE <where>" with its binds.
// A plain value, so a worker thread can read "all 40,000 matching" on its own connection
// without the list loading their ids (bulk edit).
struct RecordQuery
{
    QString from;     // "contacts", "deals d"
    QString idColumn; // "id", "d.id"
    QString where;
    QVariantList binds;     // positional (?)
    QVariantMap namedBinds; // named (:match)
    QString text;           // what the search box held, for summaries
    // The list's order ("local_sort_name ASC, rid ASC"); empty when the list cannot say.
    QString orderBy;
    // A hand-picked selection: only these rows, by their places in that order. A worker
    // reads their ids; the ids the list had at a range's ends (when it had loaded them) must
    // still be there, or the list changed under the selection.
    struct Range
    {
        qint64 first = 0;
        qint64 count = 0;
        QByteArray firstId;
        QByteArray lastId;
    };
    QList<Range> ranges;
    bool isEmpty() const { return from.isEmpty(); }
};

} // namespace crm::core
