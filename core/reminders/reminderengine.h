// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QTime>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace crm::core {

// One occurrence of something to remind the user of. `key` names the occurrence (the
// record and its time or year), so a moved activity reminds again and a fired one never does.
struct Reminder
{
    enum class Kind
    {
        Activity,    // an activity's own reminder (minutes before its start or due)
        TaskDue,     // an open task falls due
        Birthday,    // a contact's birthday
        Anniversary, // a year (or more) since a company's first won deal
    };
    Kind kind = Kind::Activity;
    QString key;
    QByteArray recordId; // activity, contact or company
    QString title;       // the subject or the name
    QDateTime fireAt;    // UTC
    QDateTime eventAt;   // UTC: when the activity starts or falls due (activities only)
    int years = 0;       // birthdays and anniversaries: how many years
    // What happened to it on this laptop (listed reminders only).
    enum class State
    {
        Pending,   // not fired yet (upcoming, or due and not shown yet)
        Fired,     // shown, not dismissed
        Dismissed, // shown and dismissed
        Snoozed    // snoozed until snoozedUntil
    };
    State state = State::Pending;
    QDateTime snoozedUntil; // UTC, when snoozed
};

// Computes which reminders are due and when the next one is, from the database and an
// injectable clock and time zone; needs no network. What fired, was dismissed or snoozed is
// kept in the local (unsynced) reminder_state table, so nothing fires twice after a restart.
//
// Birthdays and anniversaries are dates, not instants: they fire on that calendar day in
// the user's time zone, at timeOfDay() local time (default 09:00), whatever the UTC offset
// of that day (so daylight-saving changes move the instant, never the day). A 29 February
// birthday fires on 28 February in years without one: it stays in the person's birth month,
// as most calendar programs do.
//
// Activity reminders and due tasks missed while the program was closed still fire when it
// starts, up to lookback() (7 days) late; a birthday fires only on its day.
// Lives in one thread (uses that thread's connection).
class ReminderEngine
{
public:
    using Now = std::function<QDateTime()>;

    explicit ReminderEngine(DatabasePtr db, Now now = {}, QTimeZone zone = {});

    void setTimeOfDay(QTime time) { m_timeOfDay = time; }
    QTime timeOfDay() const { return m_timeOfDay; }
    static qint64 lookbackMs() { return 7LL * 24 * 3600 * 1000; }

    // Everything due now that has not fired, been dismissed, or is still snoozed; by time.
    Result<QList<Reminder>> dueNow() const;
    // The reminder list: every occurrence from lookback() ago to `daysAhead` days ahead
    // (tasks due, activity reminders, birthdays, anniversaries) with its state, by time.
    Result<QList<Reminder>> list(int daysAhead = 7) const;
    // Everything that falls on `day` in the engine's zone, whether it fired or not: birthdays,
    // anniversaries and activities' own reminders; by time (the dashboard's "today").
    Result<QList<Reminder>> onDay(const QDate &day) const;
    // The first instant after now at which something becomes due, if anything will.
    Result<std::optional<QDateTime>> nextDue() const;

    Status markFired(const QString &key);
    Status dismiss(const QString &key);
    Status snooze(const QString &key, const QDateTime &until);
    // "Until tomorrow": timeOfDay() on the next day in the engine's zone (UTC), so a snooze
    // across a daylight-saving change still ends at 09:00 local.
    QDateTime tomorrowMorning() const;

    // The day a date-based reminder falls on in `year` (29 February → 28 February).
    static QDate occurrenceIn(const QDate &date, int year);

private:
    Status setState(const QString &key, const QString &state, const QDateTime &until) const;
    Result<QList<Reminder>> candidates(const QDateTime &now) const;
    Result<QList<Reminder>> snoozedPastTheirDay(const QDateTime &now) const;
    Result<QList<Reminder>> daysReminders(const QDate &day) const;
    QString wonExpression() const;

    DatabasePtr m_db;
    Now m_now;
    QTimeZone m_zone;
    QTime m_timeOfDay{9, 0};
};

} // namespace crm::core

Q_DECLARE_METATYPE(crm::core::Reminder)
