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

namespace crm::core {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("crm::core::CalendarService", text);
}

} // namespace

CalendarService::CalendarService(DatabasePtr db, QTimeZone userZone)
    : m_db(std::move(db))
    , m_zone(userZone.isValid() ? std::move(userZone) : QTimeZone::utc())
{}

Result<CalendarService::ImportSummary> CalendarService::importBytes(const QByteArray &bytes)
{
    auto items = ICalendar::read(bytes, m_zone);
    if (!items)
        return items.error();
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    ImportSummary summary;
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT id FROM activities WHERE ical_uid = ? AND ical_uid <> ''"
                                " ORDER BY deleted, rid LIMIT 1"));
    for (const Activity &item : items.value()) {
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
    return summary;
}

Result<CalendarService::ImportSummary> CalendarService::importFile(const QString &path)
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
    auto result = importBytes(file.readAll());
    if (!result)
        return Error{result.error().code, path + u": " + result.error().detail, {}};
    return result;
}

Result<QByteArray> CalendarService::exportBytes() const
{
    auto items = ActivityRepository(m_db).calendarItems();
    if (!items)
        return items.error();
    return ICalendar::write(items.value(), QDateTime::currentDateTimeUtc());
}

Result<int> CalendarService::exportFile(const QString &path) const
{
    auto items = ActivityRepository(m_db).calendarItems();
    if (!items)
        return items.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{
            ErrorCode::Io, tr("%1: cannot write the file: %2").arg(path, file.errorString()), {}};
    file.write(ICalendar::write(items.value(), QDateTime::currentDateTimeUtc()));
    if (!file.commit())
        return Error{
            ErrorCode::Io, tr("%1: cannot write the file: %2").arg(path, file.errorString()), {}};
    return int(items->size());
}

} // namespace crm::core
