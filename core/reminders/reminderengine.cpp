// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminderengine.h"

#include "common/uuid.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace crm::core {

namespace {

QString hex(const QByteArray &id)
{
    return QString::fromLatin1(id.toHex());
}

QString monthDay(const QDate &d)
{
    return d.toString(QStringLiteral("MM-dd"));
}

} // namespace

ReminderEngine::ReminderEngine(DatabasePtr db, Now now, QTimeZone zone)
    : m_db(std::move(db))
    , m_now(now ? std::move(now) : Now([] { return QDateTime::currentDateTimeUtc(); }))
    , m_zone(zone.isValid() ? std::move(zone) : QTimeZone::systemTimeZone())
{}

QDate ReminderEngine::occurrenceIn(const QDate &date, int year)
{
    if (date.month() == 2 && date.day() == 29 && !QDate::isLeapYear(year))
        return QDate(year, 2, 28);
    return QDate(year, date.month(), date.day());
}

QString ReminderEngine::wonExpression() const
{
    // Deals belong to another part of the program (and may not exist yet in this schema):
    // read the first won deal where the table says when a deal was won, else skip.
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA table_info(deals)")))
        return {};
    QSet<QString> cols;
    while (q.next())
        cols.insert(q.value(1).toString());
    if (cols.isEmpty() || !cols.contains(QStringLiteral("company_id")))
        return {};
    if (cols.contains(QStringLiteral("won_at")))
        return QStringLiteral("NULLIF(won_at, 0)"); // 0: not won
    for (const QString &state : {QStringLiteral("status"), QStringLiteral("outcome")}) {
        if (cols.contains(state) && cols.contains(QStringLiteral("closed_at")))
            return u"CASE WHEN " + state + u" = 'won' THEN closed_at END";
    }
    return {};
}

Result<QList<Reminder>> ReminderEngine::daysReminders(const QDate &day) const
{
    QList<Reminder> out;
    QSqlDatabase db = m_db->connection();
    QStringList days{monthDay(day)};
    if (day.month() == 2 && day.day() == 28 && !QDate::isLeapYear(day.year()))
        days << QStringLiteral("02-29");
    const QDateTime fireAt = QDateTime(day, m_timeOfDay, m_zone).toUTC();

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, first_name, last_name, birthday FROM contacts "
                             "WHERE birthday <> '' AND substr(birthday, 6) IN (?, ?) "
                             "AND deleted = 0"));
    q.addBindValue(days.value(0));
    q.addBindValue(days.value(1, days.value(0)));
    if (!q.exec())
        return sql::error(q, QStringLiteral("reading birthdays"));
    while (q.next()) {
        const QDate born = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        if (!born.isValid() || born.year() > day.year())
            continue;
        Reminder r;
        r.kind = Reminder::Kind::Birthday;
        r.recordId = q.value(0).toByteArray();
        r.title = QString(q.value(1).toString() + u' ' + q.value(2).toString()).trimmed();
        r.years = day.year() - born.year();
        r.fireAt = fireAt;
        r.key = QStringLiteral("birthday:%1:%2").arg(hex(r.recordId)).arg(day.year());
        out << r;
    }
    q.finish();

    const QString won = wonExpression();
    if (won.isEmpty())
        return out;
    QSqlQuery d(db);
    d.setForwardOnly(true);
    if (!d.exec(u"SELECT w.company_id, w.first, COALESCE(c.name, '') FROM (SELECT company_id, "
                u"MIN(" +
                won +
                u") AS first FROM deals WHERE deleted = 0 AND company_id IS NOT "
                u"NULL GROUP BY company_id) w LEFT JOIN companies c ON c.id = w.company_id "
                u"WHERE w.first IS NOT NULL"))
        return sql::error(d, QStringLiteral("reading won deals"));
    while (d.next()) {
        const QVariant v = d.value(1);
        QDate first;
        if (v.typeId() == QMetaType::QString)
            first = QDateTime::fromString(v.toString(), Qt::ISODate).toTimeZone(m_zone).date();
        else
            first = QDateTime::fromMSecsSinceEpoch(v.toLongLong(), m_zone).date();
        if (!first.isValid() || first.year() >= day.year() ||
            occurrenceIn(first, day.year()) != day)
            continue;
        Reminder r;
        r.kind = Reminder::Kind::Anniversary;
        r.recordId = d.value(0).toByteArray();
        r.title = d.value(2).toString();
        r.years = day.year() - first.year();
        r.fireAt = fireAt;
        r.key = QStringLiteral("anniversary:%1:%2").arg(hex(r.recordId)).arg(day.year());
        out << r;
    }
    return out;
}

namespace {

// Activity reminders (local_remind_at) and, with dueTasks, due tasks (local_open_due) firing
// in (fromMs, toMs].
Status readActivityReminders(QSqlDatabase &db, qint64 fromMs, qint64 toMs, bool dueTasks,
                             QList<Reminder> &out)
{
    struct Source
    {
        Reminder::Kind kind;
        const char *column;
        const char *prefix;
    };
    QList<Source> sources{Source{Reminder::Kind::Activity, "local_remind_at", "activity"}};
    if (dueTasks)
        sources << Source{Reminder::Kind::TaskDue, "local_open_due", "due"};
    for (const Source &s : std::as_const(sources)) {
        const QString col = QString::fromLatin1(s.column);
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(u"SELECT id, subject, " + col +
                  u", COALESCE(start_at, due_at) FROM activities WHERE " + col + u" > ? AND " +
                  col + u" <= ? ORDER BY " + col + u", rid");
        q.addBindValue(fromMs);
        q.addBindValue(toMs);
        if (!q.exec())
            return sql::error(q, QStringLiteral("reading reminders"));
        while (q.next()) {
            Reminder r;
            r.kind = s.kind;
            r.recordId = q.value(0).toByteArray();
            r.title = q.value(1).toString();
            r.fireAt = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), QTimeZone::utc());
            if (!q.value(3).isNull())
                r.eventAt =
                    QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), QTimeZone::utc());
            r.key = QStringLiteral("%1:%2:%3")
                        .arg(QLatin1String(s.prefix), hex(r.recordId))
                        .arg(r.fireAt.toMSecsSinceEpoch());
            out << r;
        }
    }
    return {};
}

} // namespace

Result<QList<Reminder>> ReminderEngine::candidates(const QDateTime &now) const
{
    QList<Reminder> out;
    QSqlDatabase db = m_db->connection();
    const qint64 to = now.toMSecsSinceEpoch();
    if (auto s = readActivityReminders(db, to - lookbackMs(), to, true, out); !s)
        return s.error();
    const QDate today = now.toTimeZone(m_zone).date();
    auto days = daysReminders(today);
    if (!days)
        return days.error();
    for (const Reminder &r : days.value()) {
        if (r.fireAt <= now)
            out.append(r);
    }
    return out;
}

Result<QList<Reminder>> ReminderEngine::snoozedPastTheirDay(const QDateTime &now) const
{
    // A birthday or anniversary is a candidate on its day only; one snoozed past that day
    // ("until tomorrow", or 15 minutes across midnight) is found through its snooze instead,
    // and fires when the snooze ends (up to lookback() late, like everything else).
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT key, at FROM reminder_state WHERE state = 'snoozed' AND "
                             "snoozed_until <= ? AND snoozed_until > ? AND (key LIKE "
                             "'birthday:%' OR key LIKE 'anniversary:%')"));
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(now.toMSecsSinceEpoch() - lookbackMs());
    if (!q.exec())
        return sql::error(q, QStringLiteral("reading snoozed reminders"));
    QSet<QString> keys;
    QSet<QDate> days;
    const QDate today = now.toTimeZone(m_zone).date();
    // The key names the record and the year, not the day: the occurrence was one the user
    // saw in the reminder list when snoozing it, so it lies within its window around then.
    const int window = int(lookbackMs() / (24 * 3600 * 1000)) + 1;
    while (q.next()) {
        keys.insert(q.value(0).toString());
        const QDate snoozedOn =
            QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), m_zone).date();
        for (int i = -window; i <= window; ++i) {
            if (const QDate d = snoozedOn.addDays(i); d != today)
                days.insert(d);
        }
    }
    QList<Reminder> out;
    for (const QDate &day : std::as_const(days)) {
        auto found = daysReminders(day);
        if (!found)
            return found.error();
        for (const Reminder &r : found.value()) {
            if (keys.remove(r.key))
                out << r;
        }
        if (keys.isEmpty())
            break;
    }
    return out;
}

Result<QList<Reminder>> ReminderEngine::list(int daysAhead) const
{
    const QDateTime now = m_now().toUTC();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const qint64 fromMs = nowMs - lookbackMs();
    const qint64 toMs = nowMs + qint64(daysAhead) * 24 * 3600 * 1000;
    QSqlDatabase db = m_db->connection();
    QList<Reminder> out;
    if (auto s = readActivityReminders(db, fromMs, toMs, true, out); !s)
        return s.error();
    // Birthdays and anniversaries of every day in the window, in the user's time zone.
    const QDate first = QDateTime::fromMSecsSinceEpoch(fromMs, m_zone).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(toMs, m_zone).date();
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        auto days = daysReminders(day);
        if (!days)
            return days.error();
        for (const Reminder &r : days.value()) {
            const qint64 at = r.fireAt.toMSecsSinceEpoch();
            if (at > fromMs && at <= toMs)
                out.append(r);
        }
    }
    QSqlQuery state(db);
    state.prepare(QStringLiteral("SELECT state, snoozed_until FROM reminder_state WHERE key = ?"));
    for (Reminder &r : out) {
        state.addBindValue(r.key);
        if (!state.exec())
            return sql::error(state, QStringLiteral("reading reminder state"));
        if (state.next()) {
            const QString st = state.value(0).toString();
            r.state = st == u"dismissed" ? Reminder::State::Dismissed
                      : st == u"snoozed" ? Reminder::State::Snoozed
                                         : Reminder::State::Fired;
            if (r.state == Reminder::State::Snoozed)
                r.snoozedUntil =
                    QDateTime::fromMSecsSinceEpoch(state.value(1).toLongLong(), QTimeZone::utc());
        }
        state.finish();
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Reminder &a, const Reminder &b) { return a.fireAt < b.fireAt; });
    return out;
}

Result<QList<Reminder>> ReminderEngine::onDay(const QDate &day) const
{
    auto out = daysReminders(day);
    if (!out)
        return out;
    QSqlDatabase db = m_db->connection();
    // (from, to]: the day's first instant is in it, the next day's is not.
    const qint64 from = QDateTime(day, QTime(0, 0), m_zone).toMSecsSinceEpoch() - 1;
    const qint64 to = QDateTime(day.addDays(1), QTime(0, 0), m_zone).toMSecsSinceEpoch() - 1;
    QList<Reminder> &list = out.value();
    if (auto s = readActivityReminders(db, from, to, false, list); !s)
        return s.error();
    std::stable_sort(list.begin(), list.end(),
                     [](const Reminder &a, const Reminder &b) { return a.fireAt < b.fireAt; });
    return out;
}

Result<QList<Reminder>> ReminderEngine::dueNow() const
{
    const QDateTime now = m_now().toUTC();
    auto all = candidates(now);
    if (!all)
        return all;
    auto late = snoozedPastTheirDay(now);
    if (!late)
        return late;
    QSqlDatabase db = m_db->connection();
    QSqlQuery state(db);
    state.prepare(QStringLiteral("SELECT state, snoozed_until FROM reminder_state WHERE key = ?"));
    QList<Reminder> out;
    for (const Reminder &r : all.value() + late.value()) {
        state.addBindValue(r.key);
        if (!state.exec())
            return sql::error(state, QStringLiteral("reading reminder state"));
        bool due = true;
        if (state.next()) {
            const QString s = state.value(0).toString();
            due = s == u"snoozed" && state.value(1).toLongLong() <= now.toMSecsSinceEpoch();
        }
        state.finish();
        if (due)
            out << r;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Reminder &a, const Reminder &b) { return a.fireAt < b.fireAt; });
    return out;
}

Result<std::optional<QDateTime>> ReminderEngine::nextDue() const
{
    const QDateTime now = m_now().toUTC();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    QSqlDatabase db = m_db->connection();
    std::optional<qint64> best;
    auto consider = [&best](const QVariant &v) {
        if (!v.isNull() && (!best || v.toLongLong() < *best))
            best = v.toLongLong();
    };
    for (const QString &statement :
         {QStringLiteral("SELECT MIN(local_remind_at) FROM activities WHERE local_remind_at > ?"),
          QStringLiteral("SELECT MIN(local_open_due) FROM activities WHERE local_open_due > ?"),
          QStringLiteral("SELECT MIN(snoozed_until) FROM reminder_state WHERE state = 'snoozed' "
                         "AND snoozed_until > ?")}) {
        auto v = sql::scalar(db, statement, {nowMs});
        if (!v)
            return v.error();
        consider(v.value());
    }
    // Date-based reminders: the first day from today whose fire time is still ahead and that
    // has a birthday or anniversary, at most a year ahead. The days that have any are read
    // once (a covering scan of the birthday index), then only such a day is looked at.
    QSet<QString> days;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT DISTINCT substr(birthday, 6) FROM contacts "
                                   "WHERE birthday <> '' AND deleted = 0")))
            return sql::error(q, QStringLiteral("reading birthdays"));
        while (q.next())
            days.insert(q.value(0).toString());
    }
    const bool anniversaries = !wonExpression().isEmpty();
    const QDate today = now.toTimeZone(m_zone).date();
    for (int offset = 0; offset <= 366; ++offset) {
        const QDate day = today.addDays(offset);
        const QDateTime fireAt = QDateTime(day, m_timeOfDay, m_zone);
        if (fireAt <= now)
            continue;
        if (best && fireAt.toMSecsSinceEpoch() >= *best)
            break;
        const bool leapFallback =
            day.month() == 2 && day.day() == 28 && !QDate::isLeapYear(day.year());
        if (!anniversaries && !days.contains(monthDay(day)) &&
            !(leapFallback && days.contains(QStringLiteral("02-29"))))
            continue;
        auto found = daysReminders(day);
        if (!found)
            return found.error();
        if (!found->isEmpty()) {
            consider(fireAt.toMSecsSinceEpoch());
            break;
        }
    }
    if (!best)
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(QDateTime::fromMSecsSinceEpoch(*best, QTimeZone::utc()));
}

Status ReminderEngine::setState(const QString &key, const QString &state,
                                const QDateTime &until) const
{
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO reminder_state(key, state, at, "
                             "snoozed_until) VALUES (?, ?, ?, ?)"));
    q.addBindValue(key);
    q.addBindValue(state);
    q.addBindValue(m_now().toMSecsSinceEpoch());
    q.addBindValue(until.isValid() ? QVariant(until.toMSecsSinceEpoch())
                                   : QVariant(QMetaType::fromType<qint64>()));
    if (!q.exec())
        return sql::error(q, QStringLiteral("saving the reminder state"));
    return {};
}

QDateTime ReminderEngine::tomorrowMorning() const
{
    const QDate tomorrow = m_now().toTimeZone(m_zone).date().addDays(1);
    return QDateTime(tomorrow, m_timeOfDay, m_zone).toUTC();
}

Status ReminderEngine::markFired(const QString &key)
{
    return setState(key, QStringLiteral("fired"), {});
}

Status ReminderEngine::dismiss(const QString &key)
{
    return setState(key, QStringLiteral("dismissed"), {});
}

Status ReminderEngine::snooze(const QString &key, const QDateTime &until)
{
    if (!until.isValid())
        return Error{ErrorCode::Invalid,
                     QCoreApplication::translate("crm::core::ReminderEngine",
                                                 "give the time to snooze until"),
                     {}};
    return setState(key, QStringLiteral("snoozed"), until);
}

} // namespace crm::core
