// SPDX-License-Identifier: GPL-3.0-or-later
#include "remindernotifier.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QSystemTrayIcon>

namespace crm::ui {

Q_LOGGING_CATEGORY(lcReminders, "crm.ui.reminders")

ReminderNotifier::ReminderNotifier(core::DatabasePtr db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_zone(QTimeZone::systemTimeZone())
{
    m_engine = std::make_unique<core::ReminderEngine>(m_db, m_now, m_zone);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ReminderNotifier::check);
}

void ReminderNotifier::setClock(core::ReminderEngine::Now now, const QTimeZone &zone)
{
    m_now = std::move(now);
    m_zone = zone;
    m_engine = std::make_unique<core::ReminderEngine>(m_db, m_now, m_zone);
}

void ReminderNotifier::start()
{
    check();
}

QString ReminderNotifier::describe(const core::Reminder &r, const QTimeZone &zone)
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    // An activity's reminder comes before it: say when the activity itself is.
    const QDateTime at = r.eventAt.isValid() ? r.eventAt : r.fireAt;
    const QString time = locale.toString(at.toTimeZone(zone).time(), format);
    switch (r.kind) {
    case core::Reminder::Kind::Activity:
        return tr("%1 — at %2").arg(r.title, time);
    case core::Reminder::Kind::TaskDue:
        return tr("Task due: %1").arg(r.title);
    case core::Reminder::Kind::Birthday:
        return tr("%1 is %n today — birthday", nullptr, r.years).arg(r.title);
    case core::Reminder::Kind::Anniversary:
        return tr("%1: %n year(s) as a customer today", nullptr, r.years).arg(r.title);
    }
    return r.title;
}

void ReminderNotifier::check()
{
    auto due = m_engine->dueNow();
    if (!due) {
        qCWarning(lcReminders) << "reminders:" << due.error().detail;
    } else {
        for (const core::Reminder &r : due.value()) {
            if (m_tray && QSystemTrayIcon::isSystemTrayAvailable())
                m_tray->showMessage(tr("Reminder"), describe(r, m_zone));
            emit reminderDue(r);
            if (auto s = m_engine->markFired(r.key); !s)
                qCWarning(lcReminders) << "reminders:" << s.error().detail;
        }
    }
    // Sleep until the next one, but look again within a minute: activities change.
    qint64 wait = 60000;
    if (auto next = m_engine->nextDue(); next && next.value())
        wait = std::clamp<qint64>(m_now().msecsTo(*next.value()), 0, 60000);
    m_timer.start(int(wait));
}

} // namespace crm::ui
