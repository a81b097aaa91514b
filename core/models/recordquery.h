// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    bool isEmpty() const { return from.isEmpty(); }
};

} // namespace crm::core
