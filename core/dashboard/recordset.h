// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/database.h"
#include "timeline/timelineentry.h"

#include <QList>
#include <QMetaType>
#include <QVariant>

namespace crm::core::dashboard {

// The records behind a figure or a bar: their kind and the condition that picks them (SQL
// over the kind's table, aliased `t`, with its values bound, never pasted). A screen lists
// them through RecordSets::page() and opens one with its id.
struct RecordSet
{
    RecordKind kind = RecordKind::Deal;
    QString title; // translated: "Deals won · 1 Dec 2026 – 15 Dec 2026"
    QString condition;
    QVariantList binds;

    bool isValid() const { return !condition.isEmpty(); }
};

// One record of a set as a list shows it.
struct RecordRow
{
    QByteArray id;
    qint64 rid = 0;
    QString title;
    QString detail; // company, stage, kind … (translated)
    QString value;  // an amount or a date, in the user's locale
};

namespace RecordSets {

// How many records the set holds.
Result<qint64> count(const DatabasePtr &db, const RecordSet &set);
// The newest first (by rid): at most `limit` records with a rid below `beforeRid` (0: from
// the newest), so a list pages by keyset however large the set is.
Result<QList<RecordRow>> page(const DatabasePtr &db, const RecordSet &set, qint64 beforeRid,
                              int limit);

} // namespace RecordSets

} // namespace crm::core::dashboard

Q_DECLARE_METATYPE(crm::core::dashboard::RecordSet)
