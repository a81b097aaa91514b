// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/database.h"
#include "timeline/timelineentry.h"

#include <QList>

namespace crm::core {

// The customer timeline of a contact, a company or a deal: one list, newest first, of its
// activities (for a company also those of its contacts and deals), the events of its deals
// (opened, moved, won, lost) and the changes of its fields (from the change log).
//
// Paging is by keyset over (instant, source, key): each source reads at most one page past
// the cursor through an index that yields it in order, and the pages are merged, so a page
// costs the same on the first screen and on the hundredth, in a database of any size.
// Safe to use from any thread (uses that thread's connection).
class TimelineRepository
{
public:
    static constexpr int DefaultPageSize = 100;

    explicit TimelineRepository(DatabasePtr db);

    // Whether the id is a contact, a company or a deal (deleted ones too); NotFound if none.
    Result<RecordKind> subjectKind(const QByteArray &id) const;

    // The entries after `after` (from the top when it is invalid), at most `limit`. `kinds`
    // limits the entries to those kinds; empty: every kind.
    Result<TimelinePage> page(const QByteArray &subjectId, const TimelineCursor &after = {},
                              int limit = DefaultPageSize,
                              const QList<TimelineKind> &kinds = {}) const;

private:
    DatabasePtr m_db;
};

} // namespace crm::core
