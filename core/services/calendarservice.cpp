// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarservice.h"

#include "io/icalendar.h"
#include "services/activityrepository.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QSqlQuery>

#include <limits>

namespace crm::core {

CalendarService::CalendarService(DatabasePtr db, QTimeZone userZone)
    : m_db(std::move(db))
    , m_zone(userZone.isValid() ? std::move(userZone) : QTimeZone::utc())
{}

Result<CalendarService::ImportSummary> CalendarService::importBytes(const QByteArray &bytes)
{
    auto items = ICalendar::read(bytes, m_zone);
    if (!items)
        return items.error();
    return importItems(items.value());
}

Result<CalendarService::ImportPreview> CalendarService::preview(const QByteArray &bytes) const
{
    auto items = ICalendar::read(bytes, m_zone);
    if (!items)
        return items.error();
    ImportPreview out;
    out.items = std::move(items.value());
    QSqlDatabase db = m_db->connection();
    QSqlQuery find(db);
    find.setForwardOnly(true);
    find.prepare(QStringLiteral("SELECT 1 FROM activities WHERE ical_uid = ? AND ical_uid <> ''"
                                " LIMIT 1"));
    // (The reader keeps one item per UID: the file's last.)
    for (const Activity &item : std::as_const(out.items)) {
        find.addBindValue(item.icalUid);
        if (!find.exec())
            return sql::error(find, QStringLiteral("looking up the UID"));
        const bool known = find.next();
        find.finish();
        if (known)
            ++out.updates;
        else if (item.kind == Activity::Kind::Task)
            ++out.newTasks;
        else
            ++out.newMeetings;
    }
    return out;
}

Result<CalendarService::ImportPreview> CalendarService::previewFile(const QString &path) const
{
    auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    auto result = preview(bytes.value());
    if (!result)
        return Error{result.error().code, path + u": " + result.error().detail, {}};
    return result;
}

Result<CalendarService::ImportSummary> CalendarService::importItems(const QList<Activity> &items,
                                                                    const Progress &progress)
{
    const qint64 total = items.size();
    if (progress && !progress(0, total))
        return Error{
            ErrorCode::Cancelled, tr("the import was cancelled; nothing was imported"), {}};
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    ImportSummary summary;
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT id FROM activities WHERE ical_uid = ? AND ical_uid <> ''"
                                " ORDER BY deleted, rid LIMIT 1"));
    qint64 done = 0;
    for (const Activity &item : items) {
        // Now and then, not per item: the answer crosses threads.
        if (progress && ++done % 200 == 0 && !progress(done, total))
            return Error{
                ErrorCode::Cancelled, tr("the import was cancelled; nothing was imported"), {}};
        find.addBindValue(item.icalUid);
        if (!find.exec())
            return sql::error(find, QStringLiteral("looking up the UID"));
        const QByteArray id = find.next() ? find.value(0).toByteArray() : QByteArray();
        find.finish();
        if (id.isEmpty()) {
            auto created = ActivityRepository::insert(db, item, m_db->localUser());
            if (!created)
                return created.error();
            ++summary.created;
            continue;
        }
        auto stored = ActivityRepository::load(db, id);
        if (!stored)
            return stored.error();
        // The calendar's fields; the CRM's own (links, owner, call details) stay.
        Activity a = stored.value();
        if (!(a.kind == Activity::Kind::Visit && item.kind == Activity::Kind::Meeting))
            a.kind = item.kind;
        a.subject = item.subject;
        a.notes = item.notes;
        a.place = item.place;
        a.start = item.start;
        a.end = item.end;
        a.allDay = item.allDay;
        a.timeZone = item.timeZone;
        a.due = item.due;
        a.priority = item.priority;
        a.done = item.done;
        a.doneAt = item.done ? (item.doneAt.isValid() ? item.doneAt : a.doneAt) : QDateTime();
        a.reminderMinutes = item.reminderMinutes;
        // Attendees: keep the rows of those still invited (by e-mail), add the new ones.
        QList<Attendee> attendees;
        for (const Attendee &incoming : item.attendees) {
            Attendee at = incoming;
            for (const Attendee &old : std::as_const(a.attendees)) {
                if (!old.email.isEmpty() &&
                    old.email.compare(incoming.email, Qt::CaseInsensitive) == 0) {
                    at.id = old.id;
                    at.contactId = old.contactId;
                }
            }
            attendees << at;
        }
        a.attendees = attendees;
        if (auto s = ActivityRepository::write(db, stored.value(), a); !s)
            return s.error();
        ++summary.updated;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    if (progress)
        progress(total, total);
    return summary;
}

Result<QByteArray> CalendarService::readFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            ErrorCode::Io, tr("%1: cannot read the file: %2").arg(path, file.errorString()), {}};
    if (file.size() > ICalendar::MaxFileBytes)
        return Error{
            ErrorCode::Invalid,
            tr("%1: the file is larger than %2 MB").arg(path).arg(ICalendar::MaxFileBytes >> 20),
            {}};
    return file.readAll();
}

Result<CalendarService::ImportSummary> CalendarService::importFile(const QString &path)
{
    auto bytes = readFile(path);
    if (!bytes)
        return bytes.error();
    auto result = importBytes(bytes.value());
    if (!result)
        return Error{result.error().code, path + u": " + result.error().detail, {}};
    return result;
}

Result<QList<Activity>> CalendarService::exportItems(const ExportOptions &options) const
{
    ActivityRepository::CalendarFilter filter;
    filter.meetings = options.meetings;
    filter.tasks = options.tasks;
    if (options.from.isValid() || options.to.isValid()) {
        // The first instant of a day (a DST day's midnight may not exist; Qt moves it on).
        filter.from = options.from.isValid()
                          ? QDateTime(options.from, QTime(0, 0), m_zone).toMSecsSinceEpoch()
                          : std::numeric_limits<qint64>::min();
        filter.to = options.to.isValid()
                        ? QDateTime(options.to.addDays(1), QTime(0, 0), m_zone).toMSecsSinceEpoch()
                        : std::numeric_limits<qint64>::max();
    }
    return ActivityRepository(m_db).calendarItems(filter);
}

Result<QByteArray> CalendarService::exportBytes(const ExportOptions &options) const
{
    auto items = exportItems(options);
    if (!items)
        return items.error();
    return ICalendar::write(items.value(), QDateTime::currentDateTimeUtc());
}

Result<int> CalendarService::exportFile(const QString &path, const ExportOptions &options,
                                        const Progress &progress) const
{
    const Error cancelled{
        ErrorCode::Cancelled, tr("the export was cancelled; no file was written"), {}};
    if (progress && !progress(0, 0))
        return cancelled;
    auto items = exportItems(options);
    if (!items)
        return items.error();
    if (progress && !progress(0, items->size()))
        return cancelled;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{
            ErrorCode::Io, tr("%1: cannot write the file: %2").arg(path, file.errorString()), {}};
    file.write(ICalendar::write(items.value(), QDateTime::currentDateTimeUtc()));
    if (progress && !progress(items->size(), items->size())) {
        file.cancelWriting();
        return cancelled;
    }
    if (!file.commit())
        return Error{
            ErrorCode::Io, tr("%1: cannot write the file: %2").arg(path, file.errorString()), {}};
    return int(items->size());
}

} // namespace crm::core
