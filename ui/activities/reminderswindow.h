// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reminders/reminderengine.h"
#include "storage/database.h"
#include "timeline/timelineentry.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace crm::ui {

// View ▸ Reminders: what fired in the last days and what comes in the next ones — activity
// reminders, tasks due, birthdays, customer anniversaries — in Overdue, Today, Upcoming and
// Dismissed groups. Open shows the record; Dismiss and Snooze (15 minutes, an hour,
// tomorrow) write the local reminder state, so the tray does not fire it again (or fires it
// again at the snooze's end). Lives in the UI thread.
class RemindersWindow : public QWidget
{
    Q_OBJECT
public:
    explicit RemindersWindow(core::DatabasePtr db, QWidget *parent = nullptr);
    // For tests: a fixed clock and zone.
    void setClock(core::ReminderEngine::Now now, const QTimeZone &zone);
    QTreeWidget *tree() const { return m_tree; }
    // The reminders shown in a group ("overdue", "today", "upcoming", "dismissed").
    QStringList keysIn(const QString &group) const;
    // Selects the reminder with this key.
    bool selectKey(const QString &key);

public slots:
    void reload();
    void openSelected();
    void dismissSelected();
    // Snoozes the selected reminders for `minutes`, or until tomorrow morning when 0.
    void snoozeSelected(int minutes);

signals:
    void openRecord(crm::core::RecordKind kind, const QByteArray &id);

private:
    QList<const core::Reminder *> selected() const;
    void updateButtons();

    core::DatabasePtr m_db;
    core::ReminderEngine::Now m_now;
    QTimeZone m_zone;
    std::unique_ptr<core::ReminderEngine> m_engine;
    QList<core::Reminder> m_reminders;
    QTreeWidget *m_tree = nullptr;
    QHash<QString, QTreeWidgetItem *> m_groups;
    QPushButton *m_open = nullptr;
    QPushButton *m_dismiss = nullptr;
    QPushButton *m_snooze = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace crm::ui
