// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace crm::core {

// Someone invited to a meeting or visit: a contact, or just a name and an e-mail address.
struct Attendee
{
    QByteArray id;
    QByteArray contactId;
    QString name;
    QString email;
};

// A call, meeting, customer visit, task, note or e-mail log. Plain value; ActivityRepository
// loads and stores it. Instants are UTC; timeZone is the IANA zone they were entered in.
struct Activity
{
    enum class Kind
    {
        Call,
        Meeting,
        Visit,
        Task,
        Note,
        Email
    };

    QByteArray id;
    qint64 rid = 0;
    Kind kind = Kind::Task;
    QString subject;
    QString notes;
    QByteArray contactId;
    QByteArray companyId;
    QByteArray dealId; // a deal's id; no foreign key (deals are another table)
    QString direction; // calls: "" | "inbound" | "outbound"
    QString outcome;   // calls: free text ("reached", "voicemail" …)
    int durationSeconds = 0;
    QDateTime start; // meetings, visits, calls; invalid: none
    QDateTime end;
    bool allDay = false; // start is the first instant of that day in timeZone
    QString timeZone;    // IANA id ("Europe/Riga"); empty: UTC
    QString place;
    QList<Attendee> attendees;
    QDateTime due;    // tasks
    int priority = 0; // iCalendar's scale: 0 undefined, 1 highest … 5 normal … 9 lowest
    bool done = false;
    QDateTime doneAt;
    std::optional<int> reminderMinutes; // before start (or due); none: no reminder
    QString icalUid;                    // stable across exports and imports
    QByteArray followsId;               // the finished activity this one follows up
    QString owner;
    QString visibility = QStringLiteral("team");
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    bool deleted = false;

    // The instant the activity stands on the agenda at: the due time, else the start.
    QDateTime when() const { return due.isValid() ? due : start; }
    // The instant its reminder fires, if it has one.
    QDateTime reminderAt() const;

    static QString kindKey(Kind kind); // "call", "meeting" …
    static std::optional<Kind> kindFromKey(const QString &key);
    static QString kindLabel(Kind kind); // translated
    static QStringList kindKeys();
    // An IANA zone id this system knows ("Europe/Riga", also links like "Europe/Kiev"); not a
    // POSIX TZ string, which QTimeZone would otherwise accept ("Olympus" = UTC).
    static bool isKnownTimeZone(const QByteArray &id);
};

namespace Validation {

// Field names in Error::field: "kind", "subject", "start", "end", "due", "timeZone",
// "direction", "duration", "priority", "reminder", "visibility", "attendee:N".
QList<Error> check(const Activity &activity);

} // namespace Validation

} // namespace crm::core
