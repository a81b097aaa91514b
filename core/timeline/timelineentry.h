// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTime>
#include <QVariant>

#include <optional>

namespace crm::core {

// What a timeline entry is about. Activity kinds first, then deal events, then changes.
enum class TimelineKind
{
    Call,
    Meeting,
    Visit,
    Task,
    Note,
    Email,
    DealOpened,
    StageChanged,
    DealWon,
    DealLost,
    Created,
    FieldChanged,
    Deleted,
    Restored
};

// The kind of record an entry opens.
enum class RecordKind
{
    Contact,
    Company,
    Deal,
    Activity
};

namespace Timeline {
QString kindKey(TimelineKind kind); // "call", "deal_won", "field_changed" …
std::optional<TimelineKind> kindFromKey(const QString &key);
QString kindLabel(TimelineKind kind); // translated
QList<TimelineKind> allKinds();
QString recordKindKey(RecordKind kind); // "contact", "company", "deal", "activity"
// The locale's short time and date-and-time (in the user's zone) without seconds.
QString shortTime(const QTime &time, const QLocale &locale);
QString shortDateTime(qint64 msSinceEpoch, const QLocale &locale);
} // namespace Timeline

// One line of a customer timeline: an activity, a deal event or a change of a field.
struct TimelineEntry
{
    qint64 at = 0; // UTC ms
    QString who;   // owner of an activity, author of a change; may be empty
    TimelineKind kind = TimelineKind::Note;
    QString title;  // translated, one line
    QString detail; // translated, may be empty
    RecordKind recordKind = RecordKind::Contact;
    QByteArray recordId; // the record to open

    // Keyset position: entries sort newest first by (at, source, key), all descending.
    int source = 0;
    QVariant key;
};

// Where the next page starts: after this entry. Invalid (the default) means from the top.
struct TimelineCursor
{
    qint64 at = 0;
    int source = 0;
    QVariant key;

    bool isValid() const { return key.isValid(); }
    static TimelineCursor after(const TimelineEntry &e) { return {e.at, e.source, e.key}; }
};

struct TimelinePage
{
    QList<TimelineEntry> entries;
    TimelineCursor next; // after the last entry
    bool atEnd = true;
};

} // namespace crm::core
