// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "domain/activity.h"
#include "storage/database.h"

#include <QList>
#include <QLocale>
#include <QTimeZone>

namespace crm::core {

// Activities and their attendees: validated writes, each in one transaction with its
// captured changes (the capture triggers see every column). Safe to use from any thread
// (uses that thread's connection).
//
// Undo: create() is undone by remove(); every other write is undone by revert() with the
// record as get() returned it before the write (fields, done, deleted and attendees).
class ActivityRepository
{
public:
    explicit ActivityRepository(DatabasePtr db);

    Result<QByteArray> create(Activity activity);
    Result<Activity> get(const QByteArray &id) const;
    // Saves the fields that differ from the stored record; an unchanged record writes nothing.
    Status update(const Activity &activity);
    Status remove(const QByteArray &id);  // soft delete
    Status restore(const QByteArray &id); // undo of remove
    Status revert(const Activity &before);
    // Ticks a task (or any activity) off, or on again; `at` defaults to now.
    Status markDone(const QByteArray &id, bool done = true, const QDateTime &at = {});
    // Moves the activity to `when` (its due time, or its start with the end moved along).
    Status reschedule(const QByteArray &id, const QDateTime &when);
    // In one step: marks `finishedId` done and creates `next`, linked to the same contact,
    // company and deal unless `next` names its own. Returns the new id.
    Result<QByteArray> followUp(const QByteArray &finishedId, Activity next);

    // The live activity with this iCalendar UID (deleted ones too when asked), or none.
    Result<std::optional<Activity>> findByIcalUid(const QString &uid,
                                                  bool includeDeleted = true) const;
    Result<QList<Activity>> list(int limit = -1) const; // live ones, newest first
    // Live meetings and visits with a start, and tasks: what an .ics export holds. Without
    // `meetings` or `tasks` those are left out; with a window (from < to, ms) only meetings
    // starting and tasks due in [from, to) are in it (tasks with no due date are not).
    struct CalendarFilter
    {
        bool meetings = true;
        bool tasks = true;
        qint64 from = 0;
        qint64 to = 0; // 0: no window
    };
    Result<QList<Activity>> calendarItems(const CalendarFilter &filter) const;
    Result<QList<Activity>> calendarItems() const { return calendarItems(CalendarFilter()); }

    // The agenda: overdue open tasks (due before now), or what stands on today or this week
    // (the locale's week) in `zone`, of one owner when `owner` is not empty. Ordered by time;
    // at most `limit` rows.
    enum class Range
    {
        Overdue,
        Today,
        Week
    };
    struct Window
    {
        qint64 from = 0; // ms, inclusive
        qint64 to = 0;   // ms, exclusive
    };
    static Window window(Range range, const QDateTime &now, const QTimeZone &zone,
                         const QLocale &locale = QLocale());
    Result<QList<Activity>> agenda(Range range, const QDateTime &now, const QTimeZone &zone,
                                   int limit = 500, const QLocale &locale = QLocale(),
                                   const QString &owner = {}) const;

    // Writes inside the caller's open transaction on `db` (the .ics import uses them).
    static Result<QByteArray> insert(QSqlDatabase &db, Activity activity, const QString &owner);
    static Status write(QSqlDatabase &db, const Activity &stored, const Activity &target);
    static Result<Activity> load(QSqlDatabase &db, const QByteArray &id);
    // The SELECT list fromRecord() reads, for queries of other classes (the agenda model).
    static QString selectColumns();
    static Activity fromRecord(const class QSqlQuery &q, int first = 0);

private:
    DatabasePtr m_db;
};

} // namespace crm::core
