// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reminders/reminderengine.h"
#include "storage/database.h"

#include <QObject>
#include <QPointer>
#include <QSystemTrayIcon>
#include <QTimer>

namespace crm::ui {

// Fires due reminders while the app runs, without a network: a tray notification when a
// tray exists, and reminderDue() for the in-app list. Sleeps until ReminderEngine::nextDue()
// (at most a minute, so edits and a changed clock are noticed), then marks what it showed
// as fired so a restart does not repeat it. Lives in the UI thread.
class ReminderNotifier : public QObject
{
    Q_OBJECT
public:
    ReminderNotifier(core::DatabasePtr db, QObject *parent = nullptr);
    // For tests: a fixed clock and zone (the timer still runs on real time).
    void setClock(core::ReminderEngine::Now now, const QTimeZone &zone);
    void setTrayIcon(QSystemTrayIcon *tray) { m_tray = tray; }

    // The notification text of a reminder, translated and in the user's locale.
    static QString describe(const core::Reminder &reminder, const QTimeZone &zone);

public slots:
    void start();
    // Shows what is due now and schedules the next check.
    void check();

signals:
    void reminderDue(const crm::core::Reminder &reminder);

private:
    core::DatabasePtr m_db;
    std::unique_ptr<core::ReminderEngine> m_engine;
    core::ReminderEngine::Now m_now;
    QTimeZone m_zone;
    QTimer m_timer;
    QPointer<QSystemTrayIcon> m_tray;
};

} // namespace crm::ui
