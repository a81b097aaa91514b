// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "domain/activity.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace crm::core {

// iCalendar (RFC 5545) for activities, without the database.
//
// write(): meetings and visits become VEVENTs, tasks VTODOs; CRLF line ends, lines folded at
// 75 octets (never inside a UTF-8 sequence), TEXT escaped; times with their TZID and a
// VTIMEZONE built from the zone's transitions around the events; the reminder as a VALARM;
// the activity's icalUid as UID, so importing a re-export updates instead of duplicating.
//
// read(): the reverse. Accepts CRLF or bare LF, folded lines, quoted parameters, UTC,
// TZID (IANA, Outlook's Windows names, or IANA names behind a path prefix), floating times
// (in `userZone`) and all-day dates. Recurrence rules are not expanded: the first
// occurrence is imported. The first problem stops it with an error whose detail starts
// "line N:"; nothing is returned then.
class ICalendar
{
    // The context lupdate files the messages of its members under.
    Q_DECLARE_TR_FUNCTIONS(crm::core::ICalendar)

public:
    static constexpr qsizetype MaxFileBytes = 64 * 1024 * 1024;
    static constexpr qsizetype MaxLineBytes = 1024 * 1024; // an unfolded content line

    static QByteArray write(const QList<Activity> &activities, const QDateTime &stamp);
    static Result<QList<Activity>> read(const QByteArray &bytes, const QTimeZone &userZone);

    // Pieces, public for tests.
    static QByteArray fold(const QByteArray &line); // with CRLF after each physical line
    static QString escapeText(const QString &text);
    static QString unescapeText(const QString &text);
};

} // namespace crm::core
