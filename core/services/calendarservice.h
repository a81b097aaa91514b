// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/database.h"

#include <QString>
#include <QTimeZone>

namespace crm::core {

// .ics files in and out of the database (ICalendar does the format).
// Import is all or nothing: the file is parsed completely first, then written in one
// transaction; an event or to-do whose UID an activity already has updates that activity
// (its links to contact, company and deal stay), any other becomes a new meeting or task.
class CalendarService
{
public:
    explicit CalendarService(DatabasePtr db, QTimeZone userZone = QTimeZone::systemTimeZone());

    struct ImportSummary
    {
        int created = 0;
        int updated = 0;
    };
    Result<ImportSummary> importBytes(const QByteArray &bytes);
    // Errors name the file and, for bad content, the line.
    Result<ImportSummary> importFile(const QString &path);

    Result<QByteArray> exportBytes() const;            // meetings, visits and tasks
    Result<int> exportFile(const QString &path) const; // how many items were written

private:
    DatabasePtr m_db;
    QTimeZone m_zone;
};

} // namespace crm::core
