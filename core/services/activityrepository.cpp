// SPDX-License-Identifier: GPL-3.0-or-later
#include "activityrepository.h"

#include "common/uuid.h"
#include "storage/sql.h"
#include "storage/sqlvalue.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <limits>

namespace crm::core {

namespace {

const QString kColumns = QStringLiteral(
    "rid, id, kind, subject, notes, contact_id, company_id, deal_id, direction, outcome, "
    "duration_s, start_at, end_at, all_day, time_zone, place, due_at, priority, done, done_at, "
    "reminder_minutes, ical_uid, follows_id, owner, visibility, created_at, local_updated_at, "
    "deleted");

QVariant instant(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromInstant(const QVariant &v)
{
    return v.isNull() ? QDateTime()
                      : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), QTimeZone::utc());
}

Activity normalized(Activity a)
{
    for (QString *s : {&a.subject, &a.direction, &a.outcome, &a.place, &a.owner, &a.timeZone})
        *s = s->trimmed();
    for (QDateTime *t : {&a.start, &a.end, &a.due, &a.doneAt}) {
        if (t->isValid())
            *t = t->toUTC();
    }
    for (Attendee &at : a.attendees) {
        at.name = at.name.trimmed();
        at.email = at.email.trimmed();
    }
    return a;
}

bool sameAttendees(const QList<Attendee> &a, const QList<Attendee> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].id != b[i].id || a[i].contactId != b[i].contactId || a[i].name != b[i].name ||
            a[i].email != b[i].email)
            return false;
    }
    return true;
}

bool sameFields(const Activity &a, const Activity &b)
{
    return a.kind == b.kind && a.subject == b.subject && a.notes == b.notes &&
           a.contactId == b.contactId && a.companyId == b.companyId && a.dealId == b.dealId &&
           a.direction == b.direction && a.outcome == b.outcome &&
           a.durationSeconds == b.durationSeconds && a.start == b.start && a.end == b.end &&
           a.allDay == b.allDay && a.timeZone == b.timeZone && a.place == b.place &&
           a.due == b.due && a.priority == b.priority && a.done == b.done && a.doneAt == b.doneAt &&
           a.reminderMinutes == b.reminderMinutes && a.icalUid == b.icalUid &&
           a.followsId == b.followsId && a.owner == b.owner && a.visibility == b.visibility &&
           a.deleted == b.deleted && sameAttendees(a.attendees, b.attendees);
}

Status loadAttendees(QSqlDatabase &db, Activity &a)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, contact_id, name, email FROM activity_attendees "
                             "WHERE activity_id = ? AND deleted = 0 ORDER BY position, id"));
    q.addBindValue(a.id);
    if (!q.exec())
        return sql::error(q, QStringLiteral("loading the attendees"));
    a.attendees.clear();
    while (q.next()) {
        a.attendees << Attendee{q.value(0).toByteArray(), q.value(1).toByteArray(),
                                q.value(2).toString(), q.value(3).toString()};
    }
    return {};
}

// Brings the attendee rows of `activityId` from `before` to `after`: new ones (no id) are
// inserted, missing ones deleted softly, changed ones updated field by field.
Status writeAttendees(QSqlDatabase &db, const QByteArray &activityId, const QList<Attendee> &before,
                      const QList<Attendee> &after)
{
    QSqlQuery ins(db), upd(db), del(db);
    ins.prepare(QStringLiteral("INSERT INTO activity_attendees(id, activity_id, contact_id, name, "
                               "email, position, deleted) VALUES (?, ?, ?, ?, ?, ?, 0)"));
    upd.prepare(QStringLiteral("UPDATE activity_attendees SET contact_id = ?, name = ?, "
                               "email = ?, position = ?, deleted = 0 WHERE id = ?"));
    del.prepare(QStringLiteral("UPDATE activity_attendees SET deleted = 1 WHERE id = ?"));
    QSet<QByteArray> kept;
    for (qsizetype i = 0; i < after.size(); ++i) {
        const Attendee &at = after[i];
        if (at.id.isEmpty()) {
            ins.addBindValue(Uuid::createV7());
            ins.addBindValue(activityId);
            ins.addBindValue(sql::blobOrNull(at.contactId));
            ins.addBindValue(sql::text(at.name));
            ins.addBindValue(sql::text(at.email));
            ins.addBindValue(int(i));
            if (!ins.exec())
                return sql::error(ins, QStringLiteral("saving an attendee"));
            continue;
        }
        kept.insert(at.id);
        upd.addBindValue(sql::blobOrNull(at.contactId));
        upd.addBindValue(sql::text(at.name));
        upd.addBindValue(sql::text(at.email));
        upd.addBindValue(int(i));
        upd.addBindValue(at.id);
        if (!upd.exec())
            return sql::error(upd, QStringLiteral("saving an attendee"));
    }
    for (const Attendee &at : before) {
        if (kept.contains(at.id))
            continue;
        del.addBindValue(at.id);
        if (!del.exec())
            return sql::error(del, QStringLiteral("removing an attendee"));
    }
    return {};
}

Error firstError(const QList<Error> &errors)
{
    return errors.first();
}

} // namespace

ActivityRepository::ActivityRepository(DatabasePtr db)
    : m_db(std::move(db))
{}

QString ActivityRepository::selectColumns()
{
    return kColumns;
}

Activity ActivityRepository::fromRecord(const QSqlQuery &q, int f)
{
    Activity a;
    a.rid = q.value(f + 0).toLongLong();
    a.id = q.value(f + 1).toByteArray();
    a.kind = Activity::kindFromKey(q.value(f + 2).toString()).value_or(Activity::Kind::Note);
    a.subject = q.value(f + 3).toString();
    a.notes = q.value(f + 4).toString();
    a.contactId = q.value(f + 5).toByteArray();
    a.companyId = q.value(f + 6).toByteArray();
    a.dealId = q.value(f + 7).toByteArray();
    a.direction = q.value(f + 8).toString();
    a.outcome = q.value(f + 9).toString();
    a.durationSeconds = q.value(f + 10).toInt();
    a.start = fromInstant(q.value(f + 11));
    a.end = fromInstant(q.value(f + 12));
    a.allDay = q.value(f + 13).toInt() != 0;
    a.timeZone = q.value(f + 14).toString();
    a.place = q.value(f + 15).toString();
    a.due = fromInstant(q.value(f + 16));
    a.priority = q.value(f + 17).toInt();
    a.done = q.value(f + 18).toInt() != 0;
    a.doneAt = fromInstant(q.value(f + 19));
    if (!q.value(f + 20).isNull())
        a.reminderMinutes = q.value(f + 20).toInt();
    a.icalUid = q.value(f + 21).toString();
    a.followsId = q.value(f + 22).toByteArray();
    a.owner = q.value(f + 23).toString();
    a.visibility = q.value(f + 24).toString();
    a.createdAt = q.value(f + 25).toLongLong();
    a.updatedAt = q.value(f + 26).toLongLong();
    a.deleted = q.value(f + 27).toInt() != 0;
    return a;
}

Result<Activity> ActivityRepository::load(QSqlDatabase &db, const QByteArray &id)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT " + kColumns + u" FROM activities WHERE id = ?");
    q.addBindValue(id);
    if (!q.exec())
        return sql::error(q, QStringLiteral("loading the activity"));
    if (!q.next())
        return Error{ErrorCode::NotFound, u"no activity with id " + Uuid::toString(id), {}};
    Activity a = fromRecord(q);
    q.finish();
    if (auto s = loadAttendees(db, a); !s)
        return s.error();
    return a;
}

// The named values of the columns an insert and an update both write.
static void bindFields(QSqlQuery &q, const Activity &a)
{
    q.bindValue(QStringLiteral(":kind"), Activity::kindKey(a.kind));
    q.bindValue(QStringLiteral(":subject"), sql::text(a.subject));
    q.bindValue(QStringLiteral(":notes"), sql::text(a.notes));
    q.bindValue(QStringLiteral(":contact"), sql::blobOrNull(a.contactId));
    q.bindValue(QStringLiteral(":company"), sql::blobOrNull(a.companyId));
    q.bindValue(QStringLiteral(":deal"), sql::blobOrNull(a.dealId));
    q.bindValue(QStringLiteral(":direction"), sql::text(a.direction));
    q.bindValue(QStringLiteral(":outcome"), sql::text(a.outcome));
    q.bindValue(QStringLiteral(":duration"), a.durationSeconds);
    q.bindValue(QStringLiteral(":start"), instant(a.start));
    q.bindValue(QStringLiteral(":end"), instant(a.end));
    q.bindValue(QStringLiteral(":allday"), a.allDay ? 1 : 0);
    q.bindValue(QStringLiteral(":tz"), sql::text(a.timeZone));
    q.bindValue(QStringLiteral(":place"), sql::text(a.place));
    q.bindValue(QStringLiteral(":due"), instant(a.due));
    q.bindValue(QStringLiteral(":priority"), a.priority);
    q.bindValue(QStringLiteral(":done"), a.done ? 1 : 0);
    q.bindValue(QStringLiteral(":doneat"), instant(a.doneAt));
    q.bindValue(QStringLiteral(":reminder"), a.reminderMinutes
                                                 ? QVariant(*a.reminderMinutes)
                                                 : QVariant(QMetaType::fromType<int>()));
    q.bindValue(QStringLiteral(":uid"), sql::text(a.icalUid));
    q.bindValue(QStringLiteral(":follows"), sql::blobOrNull(a.followsId));
    q.bindValue(QStringLiteral(":owner"), sql::text(a.owner));
    q.bindValue(QStringLiteral(":visibility"), sql::text(a.visibility));
}

Result<QByteArray> ActivityRepository::insert(QSqlDatabase &db, Activity a, const QString &owner)
{
    a = normalized(std::move(a));
    if (a.owner.isEmpty())
        a.owner = owner;
    if (const auto errors = Validation::check(a); !errors.isEmpty())
        return firstError(errors);
    a.id = Uuid::createV7();
    // The UID an .ics export gives it from now on, so a re-export updates, never duplicates.
    if (a.icalUid.isEmpty())
        a.icalUid = Uuid::toString(a.id) + QStringLiteral("@crm");
    if (a.done && !a.doneAt.isValid())
        a.doneAt = QDateTime::currentDateTimeUtc();
    a.createdAt = a.updatedAt = sql::nowMs();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO activities(id, kind, subject, notes, contact_id, company_id, deal_id, "
        "direction, outcome, duration_s, start_at, end_at, all_day, time_zone, place, due_at, "
        "priority, done, done_at, reminder_minutes, ical_uid, follows_id, owner, visibility, "
        "created_at, deleted, local_updated_at) VALUES (:id, :kind, :subject, :notes, :contact, "
        ":company, :deal, :direction, :outcome, :duration, :start, :end, :allday, :tz, :place, "
        ":due, :priority, :done, :doneat, :reminder, :uid, :follows, :owner, :visibility, "
        ":created, 0, :updated)"));
    q.bindValue(QStringLiteral(":id"), a.id);
    bindFields(q, a);
    q.bindValue(QStringLiteral(":created"), a.createdAt);
    q.bindValue(QStringLiteral(":updated"), a.updatedAt);
    if (!q.exec())
        return sql::error(q, QStringLiteral("saving the activity"));
    if (auto s = writeAttendees(db, a.id, {}, a.attendees); !s)
        return s.error();
    return a.id;
}

Status ActivityRepository::write(QSqlDatabase &db, const Activity &stored, const Activity &edited)
{
    const Activity a = normalized(edited);
    if (const auto errors = Validation::check(a); !errors.isEmpty())
        return firstError(errors);
    if (sameFields(stored, a))
        return {};
    // Every column is written; the capture triggers record only those that changed.
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE activities SET kind = :kind, subject = :subject, notes = :notes, contact_id = "
        ":contact, company_id = :company, deal_id = :deal, direction = :direction, outcome = "
        ":outcome, duration_s = :duration, start_at = :start, end_at = :end, all_day = :allday, "
        "time_zone = :tz, place = :place, due_at = :due, priority = :priority, done = :done, "
        "done_at = :doneat, reminder_minutes = :reminder, ical_uid = :uid, follows_id = "
        ":follows, owner = :owner, visibility = :visibility, deleted = :deleted, "
        "local_updated_at = :updated WHERE id = :id"));
    bindFields(q, a);
    q.bindValue(QStringLiteral(":deleted"), a.deleted ? 1 : 0);
    q.bindValue(QStringLiteral(":updated"), sql::nowMs());
    q.bindValue(QStringLiteral(":id"), stored.id);
    if (!q.exec())
        return sql::error(q, QStringLiteral("saving the activity"));
    if (!sameAttendees(stored.attendees, a.attendees))
        return writeAttendees(db, stored.id, stored.attendees, a.attendees);
    return {};
}

Result<QByteArray> ActivityRepository::create(Activity activity)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto id = insert(db, std::move(activity), m_db->localUser());
    if (!id)
        return id;
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<Activity> ActivityRepository::get(const QByteArray &id) const
{
    QSqlDatabase db = m_db->connection();
    return load(db, id);
}

Status ActivityRepository::update(const Activity &activity)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto stored = load(db, activity.id);
    if (!stored)
        return stored.error();
    Activity target = activity;
    target.deleted = stored->deleted; // update() edits fields; remove()/restore() delete
    if (auto s = write(db, stored.value(), target); !s)
        return s;
    return tx.commit();
}

Status ActivityRepository::revert(const Activity &before)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto stored = load(db, before.id);
    if (!stored)
        return stored.error();
    // Attendees added since `before` have ids `before` does not know: they go.
    if (auto s = write(db, stored.value(), before); !s)
        return s;
    return tx.commit();
}

Status ActivityRepository::remove(const QByteArray &id)
{
    auto stored = get(id);
    if (!stored)
        return stored.error();
    Activity a = stored.value();
    a.deleted = true;
    return revert(a);
}

Status ActivityRepository::restore(const QByteArray &id)
{
    auto stored = get(id);
    if (!stored)
        return stored.error();
    Activity a = stored.value();
    a.deleted = false;
    return revert(a);
}

Status ActivityRepository::markDone(const QByteArray &id, bool done, const QDateTime &at)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto stored = load(db, id);
    if (!stored)
        return stored.error();
    if (stored->done == done)
        return {};
    Activity a = stored.value();
    a.done = done;
    a.doneAt = done ? (at.isValid() ? at : QDateTime::currentDateTimeUtc()) : QDateTime();
    if (auto s = write(db, stored.value(), a); !s)
        return s;
    return tx.commit();
}

Status ActivityRepository::reschedule(const QByteArray &id, const QDateTime &when)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto stored = load(db, id);
    if (!stored)
        return stored.error();
    Activity a = stored.value();
    if (!when.isValid())
        return Error{
            ErrorCode::Invalid,
            QCoreApplication::translate("crm::core::Validation", "give the new date and time"),
            QStringLiteral("when")};
    if (a.due.isValid() || !a.start.isValid()) {
        a.due = when;
    } else {
        const qint64 length = a.end.isValid() ? a.start.msecsTo(a.end) : -1;
        a.start = when;
        if (length >= 0)
            a.end = when.addMSecs(length);
    }
    if (auto s = write(db, stored.value(), a); !s)
        return s;
    return tx.commit();
}

Result<QByteArray> ActivityRepository::followUp(const QByteArray &finishedId, Activity next)
{
    QSqlDatabase db = m_db->connection();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto stored = load(db, finishedId);
    if (!stored)
        return stored.error();
    if (!stored->done) {
        Activity finished = stored.value();
        finished.done = true;
        finished.doneAt = QDateTime::currentDateTimeUtc();
        if (auto s = write(db, stored.value(), finished); !s)
            return s.error();
    }
    if (next.contactId.isEmpty())
        next.contactId = stored->contactId;
    if (next.companyId.isEmpty())
        next.companyId = stored->companyId;
    if (next.dealId.isEmpty())
        next.dealId = stored->dealId;
    next.followsId = finishedId;
    next.icalUid.clear();
    next.done = false;
    auto id = insert(db, std::move(next), m_db->localUser());
    if (!id)
        return id;
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<std::optional<Activity>> ActivityRepository::findByIcalUid(const QString &uid,
                                                                  bool includeDeleted) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.prepare(u"SELECT id FROM activities WHERE ical_uid = ? AND ical_uid <> ''" +
              (includeDeleted ? QString() : QStringLiteral(" AND deleted = 0")) +
              u" ORDER BY deleted, rid LIMIT 1");
    q.addBindValue(uid);
    if (!q.exec())
        return sql::error(q, QStringLiteral("looking up the UID"));
    if (!q.next())
        return std::optional<Activity>();
    const QByteArray id = q.value(0).toByteArray();
    q.finish();
    auto a = load(db, id);
    if (!a)
        return a.error();
    return std::optional<Activity>(a.value());
}

Result<QList<Activity>> ActivityRepository::list(int limit) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT " + kColumns +
              u" FROM activities WHERE deleted = 0 ORDER BY created_at DESC, rid DESC LIMIT ?");
    q.addBindValue(limit);
    if (!q.exec())
        return sql::error(q, QStringLiteral("listing activities"));
    QList<Activity> out;
    while (q.next())
        out << fromRecord(q);
    q.finish();
    for (Activity &a : out) {
        if (auto s = loadAttendees(db, a); !s)
            return s.error();
    }
    return out;
}

Result<QList<Activity>> ActivityRepository::calendarItems(const CalendarFilter &filter) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const bool window = filter.to > filter.from;
    QStringList kinds;
    QVariantList binds;
    auto add = [&](const QString &kind, const char *column) {
        if (!window) {
            kinds << kind + u" AND " + QLatin1String(column) + u" IS NOT NULL";
            return;
        }
        kinds << kind + u" AND " + QLatin1String(column) + u" >= ? AND " + QLatin1String(column) +
                     u" < ?";
        binds << filter.from << filter.to;
    };
    if (filter.tasks) {
        if (window)
            add(QStringLiteral("kind = 'task'"), "due_at");
        else
            kinds << QStringLiteral("kind = 'task'"); // with no due date too
    }
    if (filter.meetings)
        add(QStringLiteral("kind IN ('meeting', 'visit')"), "start_at");
    if (kinds.isEmpty())
        return QList<Activity>();
    q.prepare(u"SELECT " + kColumns + u" FROM activities WHERE deleted = 0 AND ((" +
              kinds.join(QStringLiteral(") OR (")) + u")) ORDER BY rid");
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec())
        return sql::error(q, QStringLiteral("listing calendar items"));
    QList<Activity> out;
    while (q.next())
        out << fromRecord(q);
    q.finish();
    for (Activity &a : out) {
        if (auto s = loadAttendees(db, a); !s)
            return s.error();
    }
    return out;
}

ActivityRepository::Window ActivityRepository::window(Range range, const QDateTime &now,
                                                      const QTimeZone &zone, const QLocale &locale)
{
    const QDateTime local = now.toTimeZone(zone);
    const QDate today = local.date();
    // The first instant of a day (midnight may not exist on a DST day; Qt moves it forward).
    auto startOf = [&zone](QDate d) { return QDateTime(d, QTime(0, 0), zone).toMSecsSinceEpoch(); };
    switch (range) {
    case Range::Overdue:
        return {std::numeric_limits<qint64>::min(), now.toMSecsSinceEpoch()};
    case Range::Today:
        return {startOf(today), startOf(today.addDays(1))};
    case Range::Week: {
        const int first = int(locale.firstDayOfWeek());
        const int back = (today.dayOfWeek() - first + 7) % 7;
        const QDate weekStart = today.addDays(-back);
        return {startOf(weekStart), startOf(weekStart.addDays(7))};
    }
    }
    return {};
}

Result<QList<Activity>> ActivityRepository::agenda(Range range, const QDateTime &now,
                                                   const QTimeZone &zone, int limit,
                                                   const QLocale &locale,
                                                   const QString &owner) const
{
    const Window w = window(range, now, zone, locale);
    const QString column =
        range == Range::Overdue ? QStringLiteral("local_open_due") : QStringLiteral("local_when");
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT " + kColumns + u" FROM activities WHERE " + column + u" >= ? AND " + column +
              u" < ?" + (owner.isEmpty() ? QString() : u" AND owner = ?"_qs) + u" ORDER BY " +
              column + u", rid LIMIT ?");
    q.addBindValue(w.from);
    q.addBindValue(w.to);
    if (!owner.isEmpty())
        q.addBindValue(owner);
    q.addBindValue(limit);
    if (!q.exec())
        return sql::error(q, QStringLiteral("reading the agenda"));
    QList<Activity> out;
    while (q.next())
        out << fromRecord(q);
    return out;
}

} // namespace crm::core
