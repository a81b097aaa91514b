// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/dashboardservice.h"
#include "storage/database.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QTimeZone>
#include <QWidget>

#include <functional>

class QChartView;
class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;
class QTimer;
class QToolButton;
class QTreeWidget;
class QUndoStack;

namespace crm::ui {

class FigureTile;
class RecordSetDialog;

// The home screen: key figures of a period and owner against the previous period, three
// charts and "My day". Figures are computed on a pool thread (DashboardService) whenever the
// data or the choices change, while the screen keeps showing the last ones with a quiet
// "Updating…"; a newer request supersedes an older one. Clicking a figure, a bar or a
// customer opens the records behind it (RecordSetDialog); a double-click on a My day line
// opens that record. Remembers the period and owner.
//
// Widgets by objectName: "dashboardPeriodCombo", "dashboardOwnerCombo", "dashboardBusyLabel",
// tiles "tileNewContacts", "tileNewLeads", "tileOpenPipeline", "tileWon", "tileLost",
// "tileWinRate", "tileSalesCycle", "tileActivitiesDone"; charts "chartPipeline",
// "chartWonPerMonth", "chartActivitiesPerWeek"; lists "topCustomersList",
// "myDayOverdueList", "myDayTodayList", "myDayRemindersList", "myDayStaleList";
// "dashboardEmptyState".
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    DashboardView(core::DatabasePtr db, QUndoStack *undo, QWidget *parent = nullptr);
    ~DashboardView() override;

    // For tests and screenshots: the time and zone the figures are computed at.
    void setClock(std::function<QDateTime()> now, const QTimeZone &zone);
    const core::dashboard::Figures &figures() const { return m_figures; }
    const core::dashboard::MyDay &myDay() const { return m_myDay; }
    bool isBusy() const;
    FigureTile *tile(const QString &objectName) const;

public slots:
    // Recomputes now (off the UI thread).
    void refresh();
    // Recomputes soon: many changes in a row cost one computation; a hidden view waits
    // until it is shown.
    void refreshLater();
    // Lists the records of a set in a dialog.
    RecordSetDialog *showRecords(const core::dashboard::RecordSet &set);

signals:
    void openRecord(crm::core::RecordKind kind, const QByteArray &id);
    // New figures are on the screen.
    void refreshed();
    void failed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Snapshot
    {
        core::Result<core::dashboard::Figures> figures = core::dashboard::Figures{};
        core::Result<core::dashboard::MyDay> myDay = core::dashboard::MyDay{};
        QStringList owners;
    };

    QWidget *createHeader();
    QWidget *createFigures();
    QWidget *createMyDay();
    void choicesChanged();
    void finished();
    void showFigures();
    void showCharts();
    void showMyDay();
    void fillOwners(const QStringList &owners);
    QString ownerChoice() const;
    void activityChecked(QListWidgetItem *item);
    void openItem(QListWidgetItem *item);

    core::DatabasePtr m_db;
    QUndoStack *m_undo;
    std::function<QDateTime()> m_now;
    QTimeZone m_zone;
    core::dashboard::Figures m_figures;
    core::dashboard::MyDay m_myDay;
    QFutureWatcher<Snapshot> *m_watcher;
    bool m_running = false; // started, and its result not on the screen yet
    bool m_again = false;   // a refresh was asked for while one ran
    bool m_dirty = true;    // the data changed while the view was hidden
    bool m_filling = false; // lists are being filled: their item changes are not the user's
    QTimer *m_debounce;
    QTimer *m_busyDelay;

    QComboBox *m_period = nullptr;
    QComboBox *m_owner = nullptr;
    QLabel *m_periodLabel = nullptr;
    QLabel *m_busy = nullptr;
    QStackedWidget *m_content = nullptr;
    QLabel *m_empty = nullptr;
    QHash<QString, FigureTile *> m_tiles;
    QHash<QString, core::dashboard::RecordSet> m_tileRecords;
    QChartView *m_pipelineChart = nullptr;
    QChartView *m_wonChart = nullptr;
    QChartView *m_activityChart = nullptr;
    QTreeWidget *m_customers = nullptr;
    QListWidget *m_overdue = nullptr;
    QListWidget *m_today = nullptr;
    QListWidget *m_reminders = nullptr;
    QListWidget *m_stale = nullptr;
    QLabel *m_overdueHeading = nullptr;
    QLabel *m_todayHeading = nullptr;
    QLabel *m_remindersHeading = nullptr;
    QLabel *m_staleHeading = nullptr;
    QToolButton *m_overdueAll = nullptr;
    QToolButton *m_staleAll = nullptr;
};

} // namespace crm::ui
