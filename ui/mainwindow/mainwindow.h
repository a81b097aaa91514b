// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mainwindow/deletecommand.h"
#include "services/bulkedit.h"
#include "services/leadconversion.h"
#include "storage/database.h"
#include "timeline/timelineentry.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>
#include <QSet>

class QAbstractItemView;
class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QUndoStack;

namespace crm::core {
class CompanyListModel;
class ContactListModel;
class PagedListModel;
} // namespace crm::core

namespace crm::ui {

class CompanyDialog;
class ConflictBadgeDelegate;
class ContactDialog;
class SelectionBar;
class DashboardView;
class ConflictsDialog;
class OutboxDialog;
class SyncLogDialog;
class SyncController;
class SettingsDialog;
class SyncStatusButton;

// The main window: navigation (Home, then Contacts and Companies with counts), the home
// screen (DashboardView), one search box over both lists, the two paged lists, a toolbar,
// menus and a status bar. Remembers its layout and the page it was on.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // In the order of the navigation list (and of the stacked pages).
    enum class Page
    {
        Home = 0,
        Contacts = 1,
        Companies = 2
    };

    explicit MainWindow(core::DatabasePtr db, QWidget *parent = nullptr);
    ~MainWindow() override;

    Page currentPage() const;
    QTableView *contactsView() const { return m_contactsView; }
    QTableView *companiesView() const { return m_companiesView; }
    core::ContactListModel *contactsModel() const { return m_contactsModel; }
    core::CompanyListModel *companiesModel() const { return m_companiesModel; }
    DashboardView *dashboard() const { return m_dashboard; }
    QUndoStack *undoStack() const { return m_undo; }
    SyncController *syncController() const { return m_sync; }
    SyncStatusButton *syncStatusButton() const { return m_syncStatus; }
    // Records with open sync conflicts (they carry a badge in the lists and forms).
    QSet<QByteArray> conflictedRecords() const { return m_conflicted; }
    // Translated counts with a proper plural even before any translation is loaded.
    static QString countText(Page page, int count);

public slots:
    void setCurrentPage(crm::ui::MainWindow::Page page);
    void newRecord();
    void newContact();
    void newCompany();
    void openSelected();
    ContactDialog *openContact(const QByteArray &id);
    CompanyDialog *openCompany(const QByteArray &id);
    // Edit ▸ Convert Lead… (Ctrl+Shift+V): the selected contact or company opens and its
    // Convert lead… dialog asks for the rest.
    void convertSelectedLead();
    void deleteSelected();
    // Edit ▸ Bulk Edit… (Ctrl+Shift+B) on the rows selected in the list shown.
    void bulkEditSelected();
    void focusSearch();
    // Asks whether to fill a new database with demo data and does it in the background.
    void offerDemoData();
    void populateDemoData(int contacts);
    // Builds, on a pool thread, the indexes an import that crashed or was killed left aside
    // (the app opens its database without building them: ~20 s at a million contacts), with
    // a progress bar in the status bar; the lists work meanwhile, sorting without them.
    void buildIndexesLeftAside();
    void saveSettings() const;
    void showSyncSettings();
    // The Settings window at `page` ("general", "sync" …); empty: the page last shown.
    void showSettings(const QString &page = QString());
    // Settings ▸ Pipelines…: pipelines and their stages.
    void showPipelineSettings();
    void showAgenda();
    // View ▸ Reminders (Ctrl+7); also where a click on a tray notification leads.
    void showReminders();
    void showDealBoard();
    void showDealList();
    // A deal or an activity in its dialog (an empty id: a new one).
    void openDeal(const QByteArray &id);
    void openActivity(const QByteArray &id);
    // A record a timeline entry names, in the dialog of its kind.
    void openRecord(crm::core::RecordKind kind, const QByteArray &id);
    void showImportWizard();    // File ▸ Import… (Ctrl+I)
    void showImportHistory();   // File ▸ Import History…
    void showBulkEditHistory(); // Edit ▸ Bulk Edit History…
    // File ▸ Import Calendar… and Export Calendar… (.ics); non-modal dialogs named
    // "calendarImportDialog" and "calendarExportDialog".
    void showCalendarImport();
    void showCalendarExport();
    void showReports();
    void showOutbox();
    void showSyncLog();
    void showConflicts();

signals:
    // The demo data generator finished (count of contacts written, or -1 on failure).
    void demoDataFinished(int contacts);
    // A search typed into the box has been applied to both lists.
    void searchApplied(const QString &text);
    // buildIndexesLeftAside() finished: empty, or what went wrong.
    void indexesLeftAsideBuilt(const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    // Edit → Find Duplicates (Ctrl+Shift+U) and Merge Selected (Ctrl+Shift+M).
    void createDedupActions();
    void showDuplicates();
    void mergeSelected();
    void afterMerge(); // lists, open views and the merges list re-read
    // Edit ▸ Bulk Edit… and large deletes; the selection bars above the lists.
    void createBulkActions();
    // The selected rows of a paged list as a bulk target (SelectionBar::target()).
    static core::BulkTarget bulkTarget(core::CustomEntity entity, const SelectionBar *bar,
                                       const core::PagedListModel *model);
    // Opens the Bulk Edit dialog (or, for `direct`, runs that operation) on `target`.
    void startBulk(const core::BulkTarget &target, int count,
                   std::optional<core::BulkOperation> direct = std::nullopt);
    void bulkChanged(core::CustomEntity entity);
    SelectionBar *currentBar() const;
    void createMenus();
    void createToolBar();
    QTableView *createView(core::PagedListModel *model, const QString &name);
    static QLabel *addEmptyHint(QTableView *view, const QString &name);
    void restoreSettings();
    void applySearch();
    void updateCounts();
    void updateActions();
    void recordsChanged(DeleteCommand::Kind kind, const QList<QByteArray> &ids, bool restored);
    void contactSaved(const QByteArray &id);
    void companySaved(const QByteArray &id, bool renamed);
    void selectRecord(QTableView *view, core::PagedListModel *model, const QByteArray &id);
    void createSync();
    // The agenda window (View → Agenda, Ctrl+3) and reminders through the tray.
    void createActivities();
    // New Deal, New Activity (File menu) and the deal list (View menu).
    void createRecordActions();
    // After a deal or an activity was saved, or a save undone: the open views re-read.
    void refreshRecordViews();
    void syncStatusClicked();
    // After a pull: lists reload keeping selection and scroll; open forms take what came.
    void refreshAfterSync();
    void reloadKeepingPlace(QTableView *view, core::PagedListModel *model);
    void updateConflictBadges();
    void localChange();
    // Convert lead… as one undo step: undo deletes the deal (and a company or contact made for
    // it) and gives the contact and the company back the status (and company) they had.
    void pushLeadConversion(const core::LeadConversion::Converted &converted, const QString &name);
    // After a conversion or its undo: the contact's and company's rows and open dialogs.
    void afterLeadConversion(const core::LeadConversion::Converted &converted);
    // refreshRecordViews(), leaving the board out after a step that updated it in place.
    void refreshViews(bool board);
    static QString conflictNoticeText();
    QTableView *currentView() const;
    core::PagedListModel *currentModel() const;

    core::DatabasePtr m_db;
    core::ContactListModel *m_contactsModel = nullptr;
    core::CompanyListModel *m_companiesModel = nullptr;
    QSplitter *m_splitter = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_contactsView = nullptr;
    QTableView *m_companiesView = nullptr;
    DashboardView *m_dashboard = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_contactsEmpty = nullptr;
    QLabel *m_companiesEmpty = nullptr;
    QUndoStack *m_undo = nullptr;
    int m_undoIndex = 0; // the undo stack's index before its last change
    QPointer<QFutureWatcher<int>> m_demoWatcher;
    SyncController *m_sync = nullptr;
    SyncStatusButton *m_syncStatus = nullptr;
    ConflictBadgeDelegate *m_contactBadges = nullptr;
    ConflictBadgeDelegate *m_companyBadges = nullptr;
    QSet<QByteArray> m_conflicted;
    QPointer<SettingsDialog> m_settings;
    QPointer<OutboxDialog> m_outbox;
    QPointer<SyncLogDialog> m_syncLog;
    QPointer<ConflictsDialog> m_conflicts;
    QPointer<QWidget> m_agenda;
    QPointer<QWidget> m_remindersWindow;
    QPointer<QWidget> m_dealBoard;
    QPointer<QWidget> m_dealList;
    QAction *m_newDealAction = nullptr;
    QAction *m_newActivityAction = nullptr;
    QPointer<QWidget> m_reports;
    QPointer<QWidget> m_duplicates;
    QAction *m_findDuplicatesAction = nullptr;
    QAction *m_mergeAction = nullptr;
    QAction *m_convertLeadAction = nullptr;
    QAction *m_bulkEditAction = nullptr;
    SelectionBar *m_contactsBar = nullptr;
    SelectionBar *m_companiesBar = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_newContactAction = nullptr;
    QAction *m_newCompanyAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_showHomeAction = nullptr;
    QAction *m_showContactsAction = nullptr;
    QAction *m_showCompaniesAction = nullptr;
    QAction *m_syncNowAction = nullptr;
    QAction *m_syncSettingsAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_pipelineSettingsAction = nullptr;
    QAction *m_outboxAction = nullptr;
    QAction *m_syncLogAction = nullptr;
    QAction *m_conflictsAction = nullptr;
};

} // namespace crm::ui
