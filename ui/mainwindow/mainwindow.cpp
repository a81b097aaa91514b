// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "activities/activitydialog.h"
#include "activities/agendaview.h"
#include "activities/calendarexportdialog.h"
#include "activities/calendarimportdialog.h"
#include "activities/remindernotifier.h"
#include "activities/reminderswindow.h"
#include "bulk/bulkeditcommand.h"
#include "bulk/bulkeditdialog.h"
#include "bulk/bulkedithistorydialog.h"
#include "bulk/selectionbar.h"
#include "common/errors.h"
#include "common/icons.h"
#include "common/messagebox.h"
#include "common/resources.h"
#include "common/savedcommand.h"
#include "companies/companydialog.h"
#include "contacts/contactdialog.h"
#include "customfields/customcolumns.h"
#include "customfields/customfieldssettingspage.h"
#include "dashboard/dashboardview.h"
#include "deals/dealboard.h"
#include "deals/dealdialog.h"
#include "deals/deallistview.h"
#include "deals/dealmovecommand.h"
#include "dedup/duplicateswindow.h"
#include "dedup/mergecommand.h"
#include "dedup/mergedialog.h"
#include "dedup/mergeservice.h"
#include "demo/demodata.h"
#include "import/importhistorydialog.h"
#include "import/importwizard.h"
#include "mainwindow/navigationdelegate.h"
#include "models/companylistmodel.h"
#include "models/contactlistmodel.h"
#include "models/deallistmodel.h"
#include "reports/reportswindow.h"
#include "search/listfilter.h"
#include "settings/generalsettingspage.h"
#include "settings/pipelinesettingspage.h"
#include "settings/settingsdialog.h"
#include "storage/indexesaside.h"
#include "sync/conflictbadgedelegate.h"
#include "sync/conflictsdialog.h"
#include "sync/outboxdialog.h"
#include "sync/synccontroller.h"
#include "sync/syncdescriber.h"
#include "sync/synclogdialog.h"
#include "sync/syncsettingspage.h"
#include "sync/syncstatusbutton.h"
#include "tags/tagchipdelegate.h"
#include "tags/tagssettingspage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPromise>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdlib>

namespace crm::ui {

namespace {
constexpr int kSearchDelayMs = 150;
// A delete of more rows than this runs as a bulk edit (worker thread, progress, Cancel).
constexpr int kBulkDeleteRows = 500;
// How many rows selectRecord() reads to find a record that is not loaded yet.
constexpr int kSelectScanRows = 1000;

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kPageKey = QStringLiteral("mainWindow/page");
const QString kContactsHeaderKey = QStringLiteral("mainWindow/contactsHeader");
const QString kCompaniesHeaderKey = QStringLiteral("mainWindow/companiesHeader");

// "%Ln contact(s)" → the translation, or proper English when none is loaded.
QString plural(const char *context, const char *source, int n)
{
    QString text = QCoreApplication::translate(context, source, nullptr, n);
    if (text.contains(u"(s)"))
        text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    if (text.contains(u"y(ies)"))
        text.replace(QStringLiteral("y(ies)"),
                     n == 1 ? QStringLiteral("y") : QStringLiteral("ies"));
    return text;
}
} // namespace

MainWindow::MainWindow(core::DatabasePtr db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
{
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("%1 — CRM").arg(QFileInfo(m_db->path()).fileName()));
    setWindowIcon(Icons::app());
    setUnifiedTitleAndToolBarOnMac(true);

    m_undo = new QUndoStack(this);
    m_contactsModel = new core::ContactListModel(m_db, this);
    m_companiesModel = new core::CompanyListModel(m_db, this);

    m_navigation = new QListWidget;
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setItemDelegate(new NavigationDelegate(m_navigation));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setMinimumWidth(150);
    auto *homeItem = new QListWidgetItem(
        Icons::themed(QStringLiteral("go-home"), QStringLiteral("home")), tr("Home"), m_navigation);
    homeItem->setToolTip(tr("Your day and your figures at a glance (Ctrl+0)"));
    auto *contactsItem = new QListWidgetItem(
        Icons::themed(QStringLiteral("x-office-address-book"), QStringLiteral("contacts")),
        tr("Contacts"), m_navigation);
    contactsItem->setToolTip(tr("People you work with"));
    auto *companiesItem =
        new QListWidgetItem(Icons::themed(QStringLiteral("building"), QStringLiteral("companies")),
                            tr("Companies"), m_navigation);
    companiesItem->setToolTip(tr("Organisations and their contacts"));
    QPalette navPalette = m_navigation->palette();
    navPalette.setColor(QPalette::Base, navPalette.color(QPalette::Window));
    m_navigation->setPalette(navPalette);

    m_contactsView = createView(m_contactsModel, QStringLiteral("contactsView"));
    m_companiesView = createView(m_companiesModel, QStringLiteral("companiesView"));
    const int em = fontMetrics().horizontalAdvance(u'M');
    // Name, Company, E-mail, Phone, City, Status, Updated, Tags: all of them fit the window's
    // first size (1200 px), so the tag chips are in sight.
    const int contactWidths[] = {15, 13, 16, 12, 10, 10, 12, 11};
    for (int i = 0; i < int(std::size(contactWidths)); ++i)
        m_contactsView->setColumnWidth(i, contactWidths[i] * em);
    const int companyWidths[] = {22, 14, 12, 10, 10}; // and Status; Tags takes the rest
    for (int i = 0; i < int(std::size(companyWidths)); ++i)
        m_companiesView->setColumnWidth(i, companyWidths[i] * em);

    m_contactsEmpty = addEmptyHint(m_contactsView, QStringLiteral("contactsEmptyHint"));
    m_companiesEmpty = addEmptyHint(m_companiesView, QStringLiteral("companiesEmptyHint"));

    m_dashboard = new DashboardView(m_db, m_undo);
    connect(m_dashboard, &DashboardView::openRecord, this, &MainWindow::openRecord);
    connect(m_dashboard, &DashboardView::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_dashboard);
    // Each list with its selection bar ("Select all 40,000 matching …") above it.
    m_contactsBar = new SelectionBar(
        m_contactsView, [this] { return m_contactsModel->rowCount(); },
        [this] { return m_contactsModel->filterText().trimmed(); });
    m_companiesBar = new SelectionBar(
        m_companiesView, [this] { return m_companiesModel->rowCount(); },
        [this] { return m_companiesModel->filterText().trimmed(); });
    for (auto [view, bar] :
         {std::pair{m_contactsView, m_contactsBar}, std::pair{m_companiesView, m_companiesBar}}) {
        auto *page = new QWidget;
        auto *column = new QVBoxLayout(page);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(0);
        column->addWidget(bar);
        column->addWidget(view, 1);
        m_stack->addWidget(page);
    }

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({190, 1010});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_countLabel = new QLabel;
    m_countLabel->setObjectName(QStringLiteral("statusCountLabel"));
    statusBar()->addPermanentWidget(m_countLabel);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applySearch);

    createActions();
    createDedupActions();
    createBulkActions();
    createRecordActions();
    createSync();
    createMenus();
    createActivities();
    createToolBar();

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            setCurrentPage(Page(row));
    });
    for (QTableView *view : {m_contactsView, m_companiesView}) {
        connect(view, &QTableView::activated, this, &MainWindow::openSelected);
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &MainWindow::updateActions);
    }
    for (auto *model : {static_cast<core::PagedListModel *>(m_contactsModel),
                        static_cast<core::PagedListModel *>(m_companiesModel)}) {
        connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
        connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);
    }

    setTabOrder(m_search, m_navigation);
    setTabOrder(m_navigation, m_dashboard);
    setTabOrder(m_dashboard, m_contactsView);
    setTabOrder(m_contactsView, m_companiesView);
    m_search->installEventFilter(this);

    // Custom fields as list columns (issue 5); before the header states are restored.
    new CustomColumns(m_contactsView, m_contactsModel, m_db, core::CustomEntity::Contact,
                      QStringLiteral("customColumns/contacts"));
    new CustomColumns(m_companiesView, m_companiesModel, m_db, core::CustomEntity::Company,
                      QStringLiteral("customColumns/companies"));

    resize(1200, 760);
    m_navigation->setCurrentRow(0);
    restoreSettings();
    updateCounts();
    updateActions();
    updateConflictBadges();
    if (currentPage() == Page::Home)
        m_navigation->setFocus();
    else
        currentView()->setFocus();
    m_sync->start();
}

MainWindow::~MainWindow()
{
    // A demo fill still running writes through the database: stop it at its next batch.
    if (m_demoWatcher && m_demoWatcher->isRunning()) {
        m_demoWatcher->cancel();
        m_demoWatcher->waitForFinished();
    }
}

QTableView *MainWindow::createView(core::PagedListModel *model, const QString &name)
{
    auto *view = new QTableView;
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setCornerButtonEnabled(false);
    view->setTabKeyNavigation(false);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Uniform rows: a fixed height keeps a million rows cheap for the header.
    QHeaderView *rows = view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    rows->hide();
    QHeaderView *columns = view->horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setHighlightSections(false);
    columns->setStretchLastSection(true);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setSortIndicator(0, Qt::AscendingOrder);
    columns->setSortIndicatorShown(true);
    view->setSortingEnabled(true); // the model sorts in SQL
    return view;
}

QLabel *MainWindow::addEmptyHint(QTableView *view, const QString &name)
{
    // A quiet line in the middle of an empty list says why it is empty and what to do.
    auto *hint = new QLabel(view->viewport());
    hint->setObjectName(name);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setAttribute(Qt::WA_TransparentForMouseEvents);
    QPalette p = hint->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    hint->setPalette(p);
    auto *layout = new QVBoxLayout(view->viewport());
    layout->addWidget(hint, 0, Qt::AlignCenter);
    hint->hide();
    return hint;
}

void MainWindow::createActions()
{
    m_newAction = new QAction(Icons::themed(QStringLiteral("document-new"), QStringLiteral("new")),
                              tr("New"), this);
    m_newAction->setObjectName(QStringLiteral("newAction"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newRecord);

    m_newContactAction =
        new QAction(Icons::themed(QStringLiteral("contact-new"), QStringLiteral("new")),
                    tr("New &contact"), this);
    m_newContactAction->setObjectName(QStringLiteral("newContactAction"));
    connect(m_newContactAction, &QAction::triggered, this, &MainWindow::newContact);
    m_newCompanyAction =
        new QAction(Icons::themed(QStringLiteral("document-new"), QStringLiteral("new")),
                    tr("New co&mpany"), this);
    m_newCompanyAction->setObjectName(QStringLiteral("newCompanyAction"));
    connect(m_newCompanyAction, &QAction::triggered, this, &MainWindow::newCompany);

    m_openAction = new QAction(
        Icons::themed(QStringLiteral("document-edit"), QStringLiteral("open")), tr("&Open"), this);
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_openAction->setToolTip(tr("Open the selected record (Enter)"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openSelected);

    m_deleteAction =
        new QAction(Icons::themed(QStringLiteral("edit-delete"), QStringLiteral("delete")),
                    tr("&Delete"), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Only in the lists: Delete in the search box deletes text, not records.
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    for (QTableView *view : {m_contactsView, m_companiesView}) {
        // The row's context menu offers the same actions.
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        view->addAction(m_openAction);
        view->addAction(m_deleteAction);
    }
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteSelected);

    m_undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setIcon(Icons::themed(QStringLiteral("edit-undo"), QStringLiteral("undo")));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);

    m_findAction = new QAction(Icons::themed(QStringLiteral("edit-find"), QStringLiteral("search")),
                               tr("&Find"), this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusSearch);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_showHomeAction = new QAction(Icons::themed(QStringLiteral("go-home"), QStringLiteral("home")),
                                   tr("&Home"), this);
    m_showHomeAction->setObjectName(QStringLiteral("showHomeAction"));
    m_showHomeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_showHomeAction, &QAction::triggered, this, [this] {
        setCurrentPage(Page::Home);
        m_dashboard->setFocus();
    });
    m_showContactsAction = new QAction(
        Icons::themed(QStringLiteral("x-office-address-book"), QStringLiteral("contacts")),
        tr("&Contacts"), this);
    m_showContactsAction->setObjectName(QStringLiteral("showContactsAction"));
    m_showContactsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_showContactsAction, &QAction::triggered, this, [this] {
        setCurrentPage(Page::Contacts);
        m_contactsView->setFocus();
    });
    m_showCompaniesAction =
        new QAction(Icons::themed(QStringLiteral("building"), QStringLiteral("companies")),
                    tr("C&ompanies"), this);
    m_showCompaniesAction->setObjectName(QStringLiteral("showCompaniesAction"));
    m_showCompaniesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_showCompaniesAction, &QAction::triggered, this, [this] {
        setCurrentPage(Page::Companies);
        m_companiesView->setFocus();
    });

    m_aboutAction = new QAction(tr("&About CRM"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About CRM"),
            tr("<h3>CRM %1</h3><p>An offline-first desktop CRM: your contacts and companies, "
               "on your laptop, searchable in an instant.</p><p>Database: %2</p>")
                .arg(QApplication::applicationVersion(), m_db->path().toHtmlEscaped()));
    });
}

void MainWindow::createActivities()
{
    auto *agenda = new QAction(tr("&Agenda"), this);
    agenda->setObjectName(QStringLiteral("showAgendaAction"));
    agenda->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(agenda, &QAction::triggered, this, &MainWindow::showAgenda);
    auto *board = new QAction(tr("Deals &Board"), this);
    board->setObjectName(QStringLiteral("showDealBoardAction"));
    board->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(board, &QAction::triggered, this, &MainWindow::showDealBoard);
    auto *reports = new QAction(tr("&Reports"), this);
    reports->setObjectName(QStringLiteral("showReportsAction"));
    reports->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    connect(reports, &QAction::triggered, this, &MainWindow::showReports);
    auto *remindersAction = new QAction(tr("Re&minders"), this);
    remindersAction->setObjectName(QStringLiteral("showRemindersAction"));
    remindersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
    connect(remindersAction, &QAction::triggered, this, &MainWindow::showReminders);
    if (auto *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        view->addAction(agenda);
        view->addAction(remindersAction);
        view->addAction(board);
        auto *list = new QAction(tr("Deals &List"), this);
        list->setObjectName(QStringLiteral("showDealListAction"));
        list->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
        connect(list, &QAction::triggered, this, &MainWindow::showDealList);
        view->addAction(list);
        view->addAction(reports);
    }

    auto *reminders = new ReminderNotifier(m_db, this);
    reminders->setObjectName(QStringLiteral("reminderNotifier"));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        auto *tray = new QSystemTrayIcon(windowIcon(), this);
        tray->setObjectName(QStringLiteral("trayIcon"));
        tray->setToolTip(QApplication::applicationDisplayName());
        tray->show();
        reminders->setTrayIcon(tray);
        connect(tray, &QSystemTrayIcon::messageClicked, this, &MainWindow::showReminders);
    }
    connect(reminders, &ReminderNotifier::reminderDue, this, [this](const core::Reminder &r) {
        statusBar()->showMessage(ReminderNotifier::describe(r, QTimeZone::systemTimeZone()), 30000);
        if (auto *window = qobject_cast<RemindersWindow *>(m_remindersWindow.data()))
            window->reload();
    });
    QTimer::singleShot(0, reminders, &ReminderNotifier::start);
}

void MainWindow::showAgenda()
{
    if (!m_agenda) {
        auto *view = new AgendaView(m_db, m_undo, this);
        view->setWindowFlag(Qt::Window);
        view->setAttribute(Qt::WA_DeleteOnClose);
        view->resize(720, 480);
        connect(view, &AgendaView::openActivity, this, &MainWindow::openActivity);
        connect(view, &AgendaView::failed, this,
                [this](const QString &message) { statusBar()->showMessage(message, 10000); });
        m_agenda = view;
    }
    m_agenda->show();
    m_agenda->raise();
    m_agenda->activateWindow();
}

void MainWindow::showReminders()
{
    if (!m_remindersWindow) {
        auto *window = new RemindersWindow(m_db, this);
        window->setWindowFlag(Qt::Window);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->resize(640, 440);
        connect(window, &RemindersWindow::openRecord, this, &MainWindow::openRecord);
        m_remindersWindow = window;
    } else if (auto *window = qobject_cast<RemindersWindow *>(m_remindersWindow.data())) {
        window->reload();
    }
    m_remindersWindow->show();
    m_remindersWindow->raise();
    m_remindersWindow->activateWindow();
}

void MainWindow::showDealBoard()
{
    if (!m_dealBoard) {
        auto *board = new DealBoard(m_db, this);
        board->setWindowFlag(Qt::Window);
        board->setWindowTitle(tr("Deals"));
        board->setAttribute(Qt::WA_DeleteOnClose);
        board->resize(1000, 560);
        board->setUndoStack(m_undo);
        connect(board, &DealBoard::openDeal, this, &MainWindow::openDeal);
        connect(board, &DealBoard::dealChanged, this, [this] {
            if (auto *list = qobject_cast<DealListView *>(m_dealList.data()))
                list->reload();
        });
        m_dealBoard = board;
    }
    m_dealBoard->show();
    m_dealBoard->raise();
    m_dealBoard->activateWindow();
}

void MainWindow::createRecordActions()
{
    m_newDealAction = new QAction(tr("New &deal"), this);
    m_newDealAction->setObjectName(QStringLiteral("newDealAction"));
    m_newDealAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_newDealAction, &QAction::triggered, this, [this] { openDeal({}); });
    m_newActivityAction = new QAction(tr("New &activity"), this);
    m_newActivityAction->setObjectName(QStringLiteral("newActivityAction"));
    m_newActivityAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_newActivityAction, &QAction::triggered, this, [this] { openActivity({}); });
    // Every dialog save goes on the undo stack: whatever it changed, the open deal and
    // activity views re-read after it and after its undo or redo.
    connect(m_undo, &QUndoStack::indexChanged, this, [this](int index) {
        // The step that just ran: below the index after a push or redo, at it after an undo.
        // A board move updated the board in place (two columns, not a reload of them all).
        const QUndoCommand *ran = std::abs(index - m_undoIndex) != 1 ? nullptr
                                  : index > m_undoIndex              ? m_undo->command(index - 1)
                                                                     : m_undo->command(index);
        m_undoIndex = index;
        refreshViews(dynamic_cast<const DealMoveCommand *>(ran) == nullptr);
    });
}

void MainWindow::refreshRecordViews()
{
    refreshViews(true);
}

void MainWindow::refreshViews(bool board)
{
    m_dashboard->refreshLater();
    if (auto *dealBoard = qobject_cast<DealBoard *>(m_dealBoard.data()); dealBoard && board)
        dealBoard->reload();
    if (auto *list = qobject_cast<DealListView *>(m_dealList.data()))
        list->reload();
    if (auto *agenda = qobject_cast<AgendaView *>(m_agenda.data()))
        agenda->reload();
}

void MainWindow::showPipelineSettings()
{
    showSettings(QStringLiteral("pipelines"));
}

void MainWindow::showDealList()
{
    if (!m_dealList) {
        auto *list = new DealListView(m_db, this);
        connect(list, &DealListView::bulkEditRequested, this, [this, list] {
            const int count = list->selectionBar()->selectedCount();
            // The deal list's selected rows are all fetched: their ids are in memory.
            const auto idAt = [list](int row) { return list->model()->idAt(row); };
            startBulk(list->selectionBar()->target(core::CustomEntity::Deal, idAt, idAt,
                                                   list->model()->query()),
                      count);
        });
        list->setWindowFlag(Qt::Window);
        list->setWindowTitle(tr("Deals"));
        list->setAttribute(Qt::WA_DeleteOnClose);
        list->resize(1000, 560);
        connect(list, &DealListView::openDeal, this, &MainWindow::openDeal);
        m_dealList = list;
    }
    m_dealList->show();
    m_dealList->raise();
    m_dealList->activateWindow();
}

void MainWindow::openDeal(const QByteArray &id)
{
    // Over the window it was asked from (the board, the list), else over this one.
    QWidget *over = QApplication::activeWindow() ? QApplication::activeWindow() : this;
    DealDialog *dialog = DealDialog::open(m_db, id, over);
    dialog->setUndoStack(m_undo);
    connect(dialog, &RecordDialog::recordRequested, this, &MainWindow::openRecord);
    connect(dialog, &RecordDialog::conflictsRequested, this, &MainWindow::showConflicts);
    if (m_conflicted.contains(id))
        dialog->setConflictNotice(conflictNoticeText());
}

void MainWindow::openRecord(core::RecordKind kind, const QByteArray &id)
{
    switch (kind) {
    case core::RecordKind::Contact:
        openContact(id);
        break;
    case core::RecordKind::Company:
        openCompany(id);
        break;
    case core::RecordKind::Deal:
        openDeal(id);
        break;
    case core::RecordKind::Activity:
        openActivity(id);
        break;
    }
}

void MainWindow::openActivity(const QByteArray &id)
{
    QWidget *over = QApplication::activeWindow() ? QApplication::activeWindow() : this;
    ActivityDialog *dialog = ActivityDialog::open(m_db, id, over);
    dialog->setUndoStack(m_undo);
    connect(dialog, &RecordDialog::recordRequested, this, &MainWindow::openRecord);
    connect(dialog, &RecordDialog::conflictsRequested, this, &MainWindow::showConflicts);
}

void MainWindow::showImportWizard()
{
    auto *wizard = new ImportWizard(m_db, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, &MainWindow::refreshAfterSync);
    wizard->open();
}

void MainWindow::showImportHistory()
{
    auto *dialog = new ImportHistoryDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportHistoryDialog::undone, this, &MainWindow::refreshAfterSync);
    dialog->open();
}

void MainWindow::showBulkEditHistory()
{
    auto *dialog = new BulkEditHistoryDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<MainWindow> self(this);
    connect(dialog, &BulkEditHistoryDialog::undone, this, [self](core::CustomEntity entity) {
        if (self)
            self->bulkChanged(entity);
    });
    dialog->open();
}

void MainWindow::showCalendarImport()
{
    auto *dialog = new CalendarImportDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CalendarImportDialog::imported, this,
            [this](const core::CalendarService::ImportSummary &summary) {
                const QLocale locale;
                statusBar()->showMessage(
                    tr("Calendar imported · new: %1 · updated: %2")
                        .arg(locale.toString(summary.created), locale.toString(summary.updated)),
                    10000);
                refreshRecordViews();
            });
    dialog->open();
}

void MainWindow::showCalendarExport()
{
    auto *dialog = new CalendarExportDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CalendarExportDialog::exported, this, [this](int count, const QString &path) {
        statusBar()->showMessage(
            tr("Calendar exported · items: %1 · %2")
                .arg(QLocale().toString(count), QDir::toNativeSeparators(path)),
            10000);
    });
    dialog->open();
}

void MainWindow::showReports()
{
    if (!m_reports) {
        auto *window = new ReportsWindow(m_db, this);
        window->setWindowFlag(Qt::Window);
        window->setAttribute(Qt::WA_DeleteOnClose);
        m_reports = window;
    }
    m_reports->show();
    m_reports->raise();
    m_reports->activateWindow();
}

void MainWindow::createDedupActions()
{
    m_findDuplicatesAction = new QAction(tr("Find Du&plicates…"), this);
    m_findDuplicatesAction->setObjectName(QStringLiteral("findDuplicatesAction"));
    m_findDuplicatesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    connect(m_findDuplicatesAction, &QAction::triggered, this, &MainWindow::showDuplicates);
    m_mergeAction = new QAction(tr("&Merge…"), this);
    m_mergeAction->setObjectName(QStringLiteral("mergeAction"));
    m_mergeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_mergeAction->setToolTip(tr("Merge the selected records into one (select two or more)"));
    m_mergeAction->setEnabled(false);
    connect(m_mergeAction, &QAction::triggered, this, &MainWindow::mergeSelected);
    for (QTableView *view : {m_contactsView, m_companiesView})
        view->addAction(m_mergeAction);
    m_convertLeadAction = new QAction(tr("Con&vert Lead…"), this);
    m_convertLeadAction->setObjectName(QStringLiteral("convertLeadAction"));
    m_convertLeadAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_convertLeadAction->setToolTip(
        tr("Turn the selected lead into a prospect with a contact, a company and a deal"));
    m_convertLeadAction->setEnabled(false);
    connect(m_convertLeadAction, &QAction::triggered, this, &MainWindow::convertSelectedLead);
    for (QTableView *view : {m_contactsView, m_companiesView})
        view->addAction(m_convertLeadAction);
}

void MainWindow::showDuplicates()
{
    if (!m_duplicates) {
        auto *window = new DuplicatesWindow(
            m_db, m_undo, [this] { afterMerge(); }, this);
        window->setAttribute(Qt::WA_DeleteOnClose);
        m_duplicates = window;
    }
    m_duplicates->show();
    m_duplicates->raise();
    m_duplicates->activateWindow();
}

void MainWindow::afterMerge()
{
    m_contactsModel->reload();
    m_companiesModel->reload();
    updateCounts();
    refreshRecordViews();
    if (auto *window = qobject_cast<DuplicatesWindow *>(m_duplicates.data()))
        window->reloadMerges();
}

void MainWindow::mergeSelected()
{
    QTableView *view = currentView();
    core::PagedListModel *model = currentModel();
    QList<QByteArray> ids;
    for (const QModelIndex &index : view->selectionModel()->selectedRows()) {
        const QByteArray id = model->idAt(index.row());
        if (!id.isEmpty())
            ids << id;
    }
    if (ids.size() < 2)
        return;
    // The kind of the view the rows were selected in (Home shows none of its own).
    const auto kind = view == m_companiesView ? core::dedup::RecordKind::Company
                                              : core::dedup::RecordKind::Contact;
    MergeDialog dialog(m_db, kind, ids, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const core::dedup::MergeRequest request = dialog.request();
    auto merged = core::dedup::MergeService(m_db).merge(request);
    if (!merged) {
        statusBar()->showMessage(merged.error().message(), 10000);
        return;
    }
    m_undo->push(new MergeCommand(m_db, request, merged.value(), [this] { afterMerge(); }));
    afterMerge();
    statusBar()->showMessage(tr("Merged — Ctrl+Z to undo"), 10000);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_newContactAction);
    file->addAction(m_newCompanyAction);
    file->addAction(m_newDealAction);
    file->addAction(m_newActivityAction);
    file->addSeparator();
    auto *import = file->addAction(tr("&Import…"), this, &MainWindow::showImportWizard);
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    auto *history = file->addAction(tr("Import &History…"), this, &MainWindow::showImportHistory);
    history->setObjectName(QStringLiteral("importHistoryAction"));
    file->addSeparator();
    auto *importCalendar =
        file->addAction(tr("Import Ca&lendar…"), this, &MainWindow::showCalendarImport);
    importCalendar->setObjectName(QStringLiteral("importCalendarAction"));
    importCalendar->setStatusTip(tr("Meetings and tasks from an iCalendar (.ics) file"));
    auto *exportCalendar =
        file->addAction(tr("E&xport Calendar…"), this, &MainWindow::showCalendarExport);
    exportCalendar->setObjectName(QStringLiteral("exportCalendarAction"));
    exportCalendar->setStatusTip(tr("Meetings and tasks to an iCalendar (.ics) file"));
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_openAction);
    edit->addAction(m_deleteAction);
    edit->addAction(m_mergeAction);
    edit->addAction(m_convertLeadAction);
    edit->addAction(m_bulkEditAction);
    auto *bulkHistory =
        edit->addAction(tr("Bul&k Edit History…"), this, &MainWindow::showBulkEditHistory);
    bulkHistory->setObjectName(QStringLiteral("bulkEditHistoryAction"));
    bulkHistory->setStatusTip(tr("The recent bulk edits; undo one, also after a restart"));
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addAction(m_findDuplicatesAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_showHomeAction);
    view->addAction(m_showContactsAction);
    view->addAction(m_showCompaniesAction);

    QMenu *sync = menuBar()->addMenu(tr("&Sync"));
    sync->setObjectName(QStringLiteral("syncMenu"));
    sync->addAction(m_syncNowAction);
    sync->addSeparator();
    sync->addAction(m_outboxAction);
    sync->addAction(m_conflictsAction);
    sync->addAction(m_syncLogAction);

    QMenu *settings = menuBar()->addMenu(tr("Se&ttings"));
    settings->setObjectName(QStringLiteral("settingsMenu"));
    settings->addAction(m_settingsAction);
    settings->addSeparator();
    settings->addAction(m_syncSettingsAction);
    // Custom fields and tags (issue 5): pages of the Settings window.
    QAction *customFields = settings->addAction(tr("&Custom Fields…"));
    customFields->setObjectName(QStringLiteral("customFieldsAction"));
    connect(customFields, &QAction::triggered, this,
            [this] { showSettings(QStringLiteral("customFields")); });
    QAction *tags = settings->addAction(tr("&Tags…"));
    tags->setObjectName(QStringLiteral("tagsSettingsAction"));
    connect(tags, &QAction::triggered, this, [this] { showSettings(QStringLiteral("tags")); });
    settings->addAction(m_pipelineSettingsAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(20, 20));
    bar->addAction(m_newAction);
    bar->addAction(m_openAction);
    bar->addAction(m_deleteAction);
    bar->addSeparator();
    bar->addAction(m_undoAction);

    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search, or filter: tag:vip city:riga … (Ctrl+F)"));
    m_search->setToolTip(
        tr("<p>Words find contacts and companies by any of their text.</p><p>Filters: "
           "<b>status:</b>customer, <b>city:</b>riga, <b>country:</b>, <b>company:</b>, "
           "<b>title:</b>, <b>owner:</b>anna, <b>tag:</b>vip, and any custom field by its key "
           "(<b>industry_segment:</b>retail). Quote values with spaces: city:\"New York\". "
           "Filters and words combine.</p>"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(340);
    m_search->setMaximumWidth(460);
    m_search->addAction(Icons::themed(QStringLiteral("edit-find"), QStringLiteral("search")),
                        QLineEdit::LeadingPosition);
    bar->addWidget(m_search);
    auto *margin = new QWidget;
    margin->setFixedWidth(6);
    bar->addWidget(margin);

    auto *clear = new QAction(this);
    clear->setShortcut(QKeySequence(Qt::Key_Escape));
    clear->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(clear);
    connect(clear, &QAction::triggered, this, [this] {
        if (m_search->text().isEmpty())
            currentView()->setFocus();
        m_search->clear();
    });
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Enter in the search box: apply now and go to the first hit.
        m_searchTimer->stop();
        applySearch();
        QTableView *view = currentView();
        if (view->model()->rowCount() > 0) {
            view->setCurrentIndex(view->model()->index(0, 0));
            view->selectRow(0);
        }
        view->setFocus();
    });
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (const QByteArray g = settings.value(kGeometryKey).toByteArray(); !g.isEmpty())
        restoreGeometry(g);
    if (const QByteArray s = settings.value(kStateKey).toByteArray(); !s.isEmpty())
        restoreState(s);
    if (const QByteArray s = settings.value(kSplitterKey).toByteArray(); !s.isEmpty())
        m_splitter->restoreState(s);
    const std::pair<QTableView *, QString> headers[] = {{m_contactsView, kContactsHeaderKey},
                                                        {m_companiesView, kCompaniesHeaderKey}};
    for (const auto &[view, key] : headers) {
        const QByteArray state = settings.value(key).toByteArray();
        if (state.isEmpty() || !view->horizontalHeader()->restoreState(state))
            continue;
        // restoreState() sets the indicator without sorting; sort to match it.
        view->sortByColumn(view->horizontalHeader()->sortIndicatorSection(),
                           view->horizontalHeader()->sortIndicatorOrder());
    }
    // "home", "contacts" or "companies"; before there was a home screen, 0 or 1 for the lists.
    const QString page = settings.value(kPageKey, u"home"_qs).toString();
    setCurrentPage(page == u"companies" || page == u"1"  ? Page::Companies
                   : page == u"contacts" || page == u"0" ? Page::Contacts
                                                         : Page::Home);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kContactsHeaderKey, m_contactsView->horizontalHeader()->saveState());
    settings.setValue(kCompaniesHeaderKey, m_companiesView->horizontalHeader()->saveState());
    const Page page = currentPage();
    settings.setValue(kPageKey, page == Page::Home       ? u"home"_qs
                                : page == Page::Contacts ? u"contacts"_qs
                                                         : u"companies"_qs);
    settings.sync();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Down in the search box goes on to the list, as in a browser's address bar.
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down) {
        m_searchTimer->stop();
        applySearch();
        QTableView *view = currentView();
        if (view->model()->rowCount() > 0 && !view->currentIndex().isValid())
            view->setCurrentIndex(view->model()->index(0, 0));
        view->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(std::clamp(m_stack->currentIndex(), 0, 2));
}

void MainWindow::setCurrentPage(Page page)
{
    const int index = int(page);
    if (m_navigation->currentRow() != index)
        m_navigation->setCurrentRow(index);
    m_stack->setCurrentIndex(index);
    // Ctrl+N creates what the list shows; the menu shows where the shortcut goes.
    // On the home screen it creates a contact.
    m_newContactAction->setShortcut(page != Page::Companies ? QKeySequence(QKeySequence::New)
                                                            : QKeySequence());
    m_newCompanyAction->setShortcut(page == Page::Companies ? QKeySequence(QKeySequence::New)
                                                            : QKeySequence());
    m_newAction->setToolTip(page != Page::Companies ? tr("New contact (Ctrl+N)")
                                                    : tr("New company (Ctrl+N)"));
    updateCounts();
    updateActions();
}

// The list shown, or the one the home screen leads to first (contacts).
QTableView *MainWindow::currentView() const
{
    return currentPage() == Page::Companies ? m_companiesView : m_contactsView;
}

core::PagedListModel *MainWindow::currentModel() const
{
    if (currentPage() == Page::Companies)
        return m_companiesModel;
    return m_contactsModel;
}

QString MainWindow::countText(Page page, int count)
{
    return page == Page::Contacts
               ? plural("crm::ui::MainWindow",
                        QT_TRANSLATE_N_NOOP("crm::ui::MainWindow", "%Ln contact(s)"), count)
               : plural("crm::ui::MainWindow",
                        QT_TRANSLATE_N_NOOP("crm::ui::MainWindow", "%Ln company(ies)"), count);
}

void MainWindow::applySearch()
{
    const QString text = m_search->text().trimmed();
    // A search from the home screen shows its results.
    if (!text.isEmpty() && currentPage() == Page::Home)
        setCurrentPage(Page::Contacts);
    m_contactsModel->setFilterText(text);
    m_companiesModel->setFilterText(text);
    updateCounts();
    emit searchApplied(text);
}

void MainWindow::updateCounts()
{
    if (!m_navigation || m_navigation->count() < 3 || !m_countLabel || !m_search)
        return;
    const int contacts = m_contactsModel->rowCount();
    const int companies = m_companiesModel->rowCount();
    m_navigation->item(int(Page::Contacts))->setData(NavigationDelegate::CountRole, contacts);
    m_navigation->item(int(Page::Companies))->setData(NavigationDelegate::CountRole, companies);
    const Page page = currentPage();
    const int shown = page == Page::Companies ? companies : contacts;
    QString text = countText(page == Page::Companies ? page : Page::Contacts, shown);
    if (!m_search->text().trimmed().isEmpty())
        text = tr("%1 matching “%2”").arg(text, m_search->text().trimmed());
    m_countLabel->setText(text);

    const QString query = m_search->text().trimmed();
    m_contactsEmpty->setText(query.isEmpty() ? tr("No contacts yet.\nPress Ctrl+N to add one.")
                                             : tr("No contact matches “%1”.").arg(query));
    m_contactsEmpty->setVisible(contacts == 0);
    m_companiesEmpty->setText(query.isEmpty() ? tr("No companies yet.\nPress Ctrl+N to add one.")
                                              : tr("No company matches “%1”.").arg(query));
    m_companiesEmpty->setVisible(companies == 0);
    // A filter the list cannot apply says why, where the rows would be.
    if (const QString why = m_contactsModel->filterError(); !why.isEmpty())
        m_contactsEmpty->setText(why);
    if (const QString why = m_companiesModel->filterError(); !why.isEmpty())
        m_companiesEmpty->setText(why);
}

void MainWindow::updateActions()
{
    if (!m_deleteAction)
        return;
    const bool selected =
        currentPage() != Page::Home && currentView()->selectionModel()->hasSelection();
    m_openAction->setEnabled(selected);
    m_deleteAction->setEnabled(selected);
    if (m_mergeAction && currentView())
        m_mergeAction->setEnabled(currentView()->selectionModel()->selectedRows().size() >= 2);
    if (m_convertLeadAction)
        m_convertLeadAction->setEnabled(selected);
    if (m_bulkEditAction)
        m_bulkEditAction->setEnabled(selected);
    m_newAction->setText(currentPage() != Page::Companies ? tr("New contact") : tr("New company"));
}

void MainWindow::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MainWindow::newRecord()
{
    if (currentPage() != Page::Companies)
        newContact();
    else
        newCompany();
}

void MainWindow::newContact()
{
    openContact({});
}

void MainWindow::newCompany()
{
    openCompany({});
}

void MainWindow::openSelected()
{
    QTableView *view = currentView();
    const QModelIndex index = view->currentIndex();
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    const int row = index.isValid() ? index.row() : rows.isEmpty() ? -1 : rows.first().row();
    if (row < 0)
        return;
    const QByteArray id = currentModel()->idAt(row);
    if (id.isEmpty())
        return;
    if (currentPage() != Page::Companies)
        openContact(id);
    else
        openCompany(id);
}

ContactDialog *MainWindow::openContact(const QByteArray &id)
{
    auto *dialog = new ContactDialog(m_db, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUndoStack(m_undo);
    connect(dialog, &RecordDialog::recordRequested, this, &MainWindow::openRecord);
    connect(dialog, &RecordDialog::saved, this, &MainWindow::contactSaved);
    connect(dialog, &ContactDialog::companyCreated, this, [this] { m_companiesModel->reload(); });
    connect(dialog, &ContactDialog::leadConverted, this,
            [this, dialog](const core::LeadConversion::Converted &converted) {
                pushLeadConversion(converted, dialog->contact().displayName());
            });
    connect(dialog, &RecordDialog::conflictsRequested, this, &MainWindow::showConflicts);
    if (m_conflicted.contains(id))
        dialog->setConflictNotice(conflictNoticeText());
    dialog->open();
    return dialog;
}

CompanyDialog *MainWindow::openCompany(const QByteArray &id)
{
    auto *dialog = new CompanyDialog(m_db, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setUndoStack(m_undo);
    connect(dialog, &RecordDialog::recordRequested, this, &MainWindow::openRecord);
    connect(dialog, &RecordDialog::saved, this,
            [this, dialog](const QByteArray &saved) { companySaved(saved, dialog->renamed()); });
    connect(dialog, &CompanyDialog::contactSaved, this, [this](const QByteArray &contactId) {
        m_contactsModel->refreshRecord(contactId);
        localChange();
    });
    connect(dialog, &CompanyDialog::leadConverted, this,
            [this, dialog](const core::LeadConversion::Converted &converted) {
                pushLeadConversion(converted, dialog->company().name);
            });
    connect(dialog, &RecordDialog::conflictsRequested, this, &MainWindow::showConflicts);
    if (m_conflicted.contains(id))
        dialog->setConflictNotice(conflictNoticeText());
    dialog->open();
    return dialog;
}

void MainWindow::convertSelectedLead()
{
    QTableView *view = currentView();
    if (!view || currentPage() == Page::Home)
        return;
    const QModelIndex index = view->currentIndex();
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    const int row = index.isValid() ? index.row() : rows.isEmpty() ? -1 : rows.first().row();
    const QByteArray id = row < 0 ? QByteArray() : currentModel()->idAt(row);
    if (id.isEmpty())
        return;
    // The form opens too, so the user sees the record the conversion is about and its
    // "only leads" message when it is not one.
    if (currentPage() == Page::Companies) {
        CompanyDialog *dialog = openCompany(id);
        if (dialog->company().status == core::LifecycleStatus::Lead)
            dialog->convertLead();
    } else {
        ContactDialog *dialog = openContact(id);
        if (dialog->contact().status == core::LifecycleStatus::Lead)
            dialog->convertLead();
    }
}

void MainWindow::pushLeadConversion(const core::LeadConversion::Converted &converted,
                                    const QString &name)
{
    core::DatabasePtr db = m_db;
    m_undo->push(new SavedCommand(
        tr("Convert lead “%1”").arg(name),
        [db, converted] { return core::LeadConversion(db).undo(converted); },
        [db, converted] { return core::LeadConversion(db).redo(converted); },
        [this, converted] { afterLeadConversion(converted); },
        [this](const core::Error &e) { statusBar()->showMessage(Errors::describe(e), 10000); }));
    afterLeadConversion(converted);
    statusBar()->showMessage(tr("Lead converted — Ctrl+Z to undo"), 10000);
}

void MainWindow::afterLeadConversion(const core::LeadConversion::Converted &converted)
{
    m_contactsModel->refreshRecord(converted.contactId);
    m_companiesModel->reload();
    updateCounts();
    localChange();
    const auto dialogs = findChildren<RecordDialog *>();
    for (RecordDialog *d : dialogs) {
        if (d->recordId() == converted.contactId || d->recordId() == converted.companyId)
            d->refreshFromDatabase(); // keeps unsaved edits
    }
}

void MainWindow::contactSaved(const QByteArray &id)
{
    m_contactsModel->refreshRecord(id);
    updateCounts();
    localChange();
    if (currentPage() == Page::Contacts)
        selectRecord(m_contactsView, m_contactsModel, id);
    statusBar()->showMessage(tr("Contact saved"), 4000);
}

void MainWindow::companySaved(const QByteArray &id, bool renamed)
{
    m_companiesModel->refreshRecord(id);
    if (renamed)
        m_contactsModel->reload(); // its contacts show its name
    updateCounts();
    localChange();
    if (currentPage() == Page::Companies)
        selectRecord(m_companiesView, m_companiesModel, id);
    statusBar()->showMessage(tr("Company saved"), 4000);
}

void MainWindow::selectRecord(QTableView *view, core::PagedListModel *model, const QByteArray &id)
{
    int row = model->loadedRowOf(id);
    for (int i = 0; row < 0 && i < std::min(model->rowCount(), kSelectScanRows); ++i) {
        if (model->idAt(i) == id)
            row = i;
    }
    if (row < 0)
        return;
    const QModelIndex index = model->index(row, 0);
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    view->scrollTo(index);
}

void MainWindow::deleteSelected()
{
    if (currentPage() == Page::Home)
        return;
    QTableView *view = currentView();
    core::PagedListModel *model = currentModel();
    // Many rows (also all of a large search): one bulk delete off the UI thread, one undo step.
    if (SelectionBar *bar = currentBar(); bar->selectedCount() > kBulkDeleteRows) {
        const auto entity = currentPage() == Page::Companies ? core::CustomEntity::Company
                                                             : core::CustomEntity::Contact;
        startBulk(bulkTarget(entity, bar, model), bar->selectedCount(),
                  core::BulkOperation{core::BulkOperation::Kind::Delete, {}, {}});
        return;
    }
    QList<QByteArray> ids;
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const QByteArray id = model->idAt(index.row());
        if (!id.isEmpty())
            ids << id;
    }
    if (ids.isEmpty())
        return;
    const auto kind = currentPage() == Page::Companies ? DeleteCommand::Kind::Company
                                                       : DeleteCommand::Kind::Contact;
    const int firstRow = rows.isEmpty() ? 0 : rows.first().row();
    auto *command =
        new DeleteCommand(m_db, kind, ids,
                          [this](DeleteCommand::Kind k, const QList<QByteArray> &touched,
                                 bool restored) { recordsChanged(k, touched, restored); });
    m_undo->push(command);
    if (!command->errorText().isEmpty()) {
        statusBar()->showMessage(command->errorText(), 10000);
        return;
    }
    const int n = int(ids.size());
    const QString what =
        kind == DeleteCommand::Kind::Contact
            ? plural("crm::ui::MainWindow",
                     QT_TRANSLATE_N_NOOP("crm::ui::MainWindow", "Deleted %Ln contact(s)"), n)
            : plural("crm::ui::MainWindow",
                     QT_TRANSLATE_N_NOOP("crm::ui::MainWindow", "Deleted %Ln company(ies)"), n);
    statusBar()->showMessage(tr("%1 — Ctrl+Z to undo").arg(what), 10000);
    // Keep the cursor where the deleted rows were.
    const int count = model->rowCount();
    if (count > 0) {
        const QModelIndex next = model->index(std::min(firstRow, count - 1), 0);
        view->selectionModel()->setCurrentIndex(next, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    }
}

void MainWindow::recordsChanged(DeleteCommand::Kind kind, const QList<QByteArray> &ids,
                                bool restored)
{
    if (kind == DeleteCommand::Kind::Contact) {
        m_contactsModel->reload();
    } else {
        m_companiesModel->reload();
        m_contactsModel->reload(); // their company column
    }
    updateCounts();
    localChange();
    if (restored && !ids.isEmpty()) {
        const bool contacts = kind == DeleteCommand::Kind::Contact;
        setCurrentPage(contacts ? Page::Contacts : Page::Companies);
        if (contacts)
            selectRecord(m_contactsView, m_contactsModel, ids.first());
        else
            selectRecord(m_companiesView, m_companiesModel, ids.first());
        const int n = int(ids.size());
        statusBar()->showMessage(
            contacts
                ? plural("crm::ui::MainWindow",
                         QT_TRANSLATE_N_NOOP("crm::ui::MainWindow", "Restored %Ln contact(s)"), n)
                : plural("crm::ui::MainWindow",
                         QT_TRANSLATE_N_NOOP("crm::ui::MainWindow", "Restored %Ln company(ies)"),
                         n),
            6000);
    }
}

void MainWindow::createSync()
{
    m_sync = new SyncController(m_db, this);
    m_syncStatus = new SyncStatusButton;
    m_syncStatus->setStatus(m_sync->status());
    statusBar()->addPermanentWidget(m_syncStatus);
    connect(m_syncStatus, &QToolButton::clicked, this, &MainWindow::syncStatusClicked);
    connect(m_sync, &SyncController::statusChanged, m_syncStatus, &SyncStatusButton::setStatus);
    connect(m_sync, &SyncController::statusChanged, this, [this](const SyncStatus &status) {
        m_conflictsAction->setText(
            status.conflicts > 0 ? tr("&Conflicts (%1)…").arg(QLocale().toString(status.conflicts))
                                 : tr("&Conflicts…"));
        if (status.state != SyncStatus::State::Syncing) {
            if (m_outbox && m_outbox->isVisible())
                m_outbox->reload();
            if (m_syncLog && m_syncLog->isVisible())
                m_syncLog->reload();
        }
    });
    connect(m_sync, &SyncController::dataArrived, this, &MainWindow::refreshAfterSync);
    // Signing in moves the records made before it to the account (owner, the team's pipeline
    // and custom-field ids): what is open shows them where they are now.
    connect(m_sync, &SyncController::signedInChanged, this, [this] {
        m_syncNowAction->setEnabled(m_sync->isSignedIn());
        refreshAfterSync();
    });

    m_syncNowAction =
        new QAction(Icons::themed(QStringLiteral("view-refresh"), QStringLiteral("sync")),
                    tr("Sync &now"), this);
    m_syncNowAction->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNowAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_syncNowAction->setToolTip(tr("Send your changes and receive your team's (F5)"));
    m_syncNowAction->setEnabled(m_sync->isSignedIn());
    connect(m_syncNowAction, &QAction::triggered, m_sync, &SyncController::syncNow);

    m_outboxAction = new QAction(tr("&Outbox…"), this);
    m_outboxAction->setObjectName(QStringLiteral("outboxAction"));
    m_outboxAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_outboxAction, &QAction::triggered, this, &MainWindow::showOutbox);

    m_syncLogAction = new QAction(tr("Sync &Log…"), this);
    m_syncLogAction->setObjectName(QStringLiteral("syncLogAction"));
    m_syncLogAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_syncLogAction->setToolTip(tr("When this laptop synced, what went each way, and why a sync "
                                   "failed"));
    connect(m_syncLogAction, &QAction::triggered, this, &MainWindow::showSyncLog);

    m_conflictsAction = new QAction(tr("&Conflicts…"), this);
    m_conflictsAction->setObjectName(QStringLiteral("conflictsAction"));
    m_conflictsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(m_conflictsAction, &QAction::triggered, this, &MainWindow::showConflicts);

    m_settingsAction =
        new QAction(Icons::themed(QStringLiteral("preferences-system"), QStringLiteral("settings")),
                    tr("&Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, [this] { showSettings(); });

    m_syncSettingsAction = new QAction(tr("S&ync…"), this);
    m_syncSettingsAction->setObjectName(QStringLiteral("syncSettingsAction"));
    connect(m_syncSettingsAction, &QAction::triggered, this, &MainWindow::showSyncSettings);

    m_pipelineSettingsAction = new QAction(tr("&Pipelines…"), this);
    m_pipelineSettingsAction->setObjectName(QStringLiteral("pipelineSettingsAction"));
    connect(m_pipelineSettingsAction, &QAction::triggered, this, &MainWindow::showPipelineSettings);

    m_contactBadges = new ConflictBadgeDelegate(this);
    m_contactsView->setItemDelegateForColumn(0, m_contactBadges);
    m_companyBadges = new ConflictBadgeDelegate(this);
    m_companiesView->setItemDelegateForColumn(0, m_companyBadges);
    // A click on a tag's chip filters the list by that tag.
    const std::pair<QTableView *, int> tagColumns[] = {
        {m_contactsView, int(core::ContactListModel::Tags)},
        {m_companiesView, int(core::CompanyListModel::Tags)}};
    for (const auto &[view, column] : tagColumns) {
        auto *chips = new TagChipDelegate(view);
        view->setItemDelegateForColumn(column, chips);
        connect(chips, &TagChipDelegate::tagClicked, this, [this](const QString &name) {
            m_search->setText(core::ListFilter::term(u"tag"_qs, name));
        });
    }
}

QString MainWindow::conflictNoticeText()
{
    return tr("This record has a sync conflict: someone else changed the same field. "
              "<a href=\"#conflicts\">Choose which value stays…</a>");
}

void MainWindow::showSyncSettings()
{
    showSettings(QStringLiteral("sync"));
}

void MainWindow::showSettings(const QString &page)
{
    if (!m_settings) {
        m_settings = new SettingsDialog(this);
        m_settings->setAttribute(Qt::WA_DeleteOnClose);
        m_settings->addPage(
            QStringLiteral("general"),
            Icons::themed(QStringLiteral("preferences-system"), QStringLiteral("settings")),
            tr("General"), new GeneralSettingsPage(m_db));
        m_settings->addPage(QStringLiteral("sync"),
                            Icons::themed(QStringLiteral("view-refresh"), QStringLiteral("sync")),
                            tr("Sync"), new SyncSettingsPage(m_sync));
        // Custom fields and tags (issue 5): lists follow what the pages change.
        auto *fields = new CustomFieldsSettingsPage(m_db);
        connect(fields, &CustomFieldsSettingsPage::fieldsChanged, this, [this] {
            for (CustomColumns *columns : findChildren<CustomColumns *>())
                columns->refresh();
        });
        m_settings->addPage(
            QStringLiteral("customFields"),
            Icons::themed(QStringLiteral("document-properties"), QStringLiteral("fields")),
            tr("Custom Fields"), fields);
        auto *tags = new TagsSettingsPage(m_db);
        connect(tags, &TagsSettingsPage::tagsChanged, m_contactsModel,
                &core::PagedListModel::reload); // tag names are searched
        m_settings->addPage(QStringLiteral("tags"),
                            Icons::themed(QStringLiteral("tag"), QStringLiteral("tag")), tr("Tags"),
                            tags);
        // Pipeline edits are undo steps of the main window; boards and lists re-read.
        auto *pipelines = new PipelineSettingsPage(m_db, m_undo);
        connect(pipelines, &PipelineSettingsPage::pipelinesChanged, this,
                &MainWindow::refreshRecordViews);
        m_settings->addPage(
            QStringLiteral("pipelines"),
            Icons::themed(QStringLiteral("view-list-details"), QStringLiteral("pipeline")),
            tr("Pipelines"), pipelines);
    }
    if (page.isEmpty() || !m_settings->showPage(page))
        m_settings->showRememberedPage();
    m_settings->open();
    m_settings->raise();
}

void MainWindow::showOutbox()
{
    if (!m_outbox) {
        m_outbox = new OutboxDialog(m_db, this);
        m_outbox->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_outbox, &OutboxDialog::syncRequested, m_sync, &SyncController::syncNow);
        connect(m_outbox, &OutboxDialog::dismissRefusedRequested, m_sync,
                &SyncController::dismissRejections);
    } else {
        m_outbox->reload();
    }
    m_outbox->show();
    m_outbox->raise();
    m_outbox->activateWindow();
}

void MainWindow::showSyncLog()
{
    if (!m_syncLog) {
        m_syncLog = new SyncLogDialog(m_db, this);
        m_syncLog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_syncLog, &SyncLogDialog::syncRequested, m_sync, &SyncController::syncNow);
    } else {
        m_syncLog->reload();
    }
    m_syncLog->show();
    m_syncLog->raise();
    m_syncLog->activateWindow();
}

void MainWindow::showConflicts()
{
    if (!m_conflicts) {
        m_conflicts = new ConflictsDialog(m_db, this);
        m_conflicts->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_conflicts, &ConflictsDialog::resolved, this,
                [this](const QString &table, const QByteArray &id) {
                    if (table == u"companies") {
                        m_companiesModel->refreshRecord(id);
                        m_contactsModel->reload(); // a renamed company shows in its contacts
                    } else if (table == u"contacts") {
                        m_contactsModel->refreshRecord(id);
                    }
                    updateConflictBadges();
                    const auto dialogs = findChildren<RecordDialog *>();
                    for (RecordDialog *d : dialogs) {
                        if (d->recordId() == id)
                            d->refreshFromDatabase();
                    }
                    localChange();
                });
        connect(m_conflicts, &ConflictsDialog::openRecord, this,
                [this](const QString &table, const QByteArray &id) {
                    if (table == u"companies")
                        openCompany(id);
                    else
                        openContact(id);
                });
    } else {
        m_conflicts->reload();
    }
    m_conflicts->show();
    m_conflicts->raise();
    m_conflicts->activateWindow();
}

void MainWindow::syncStatusClicked()
{
    using State = SyncStatus::State;
    const SyncStatus &s = m_sync->status();
    switch (s.state) {
    case State::NotSignedIn:
    case State::SignInNeeded:
        showSyncSettings();
        break;
    case State::NeedsAttention:
        if (s.conflicts > 0)
            showConflicts();
        else
            showOutbox();
        break;
    default:
        showOutbox();
    }
}

void MainWindow::localChange()
{
    if (m_dashboard)
        m_dashboard->refreshLater();
    if (m_sync)
        m_sync->localChanged();
}

void MainWindow::reloadKeepingPlace(QTableView *view, core::PagedListModel *model)
{
    QList<std::pair<QByteArray, int>> selected; // id and its row before
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        selected.append({model->idAt(index.row()), index.row()});
    const int currentBefore = view->currentIndex().isValid() ? view->currentIndex().row() : -1;
    const QByteArray current = currentBefore >= 0 ? model->idAt(currentBefore) : QByteArray();
    const int scroll = view->verticalScrollBar()->value();
    model->reload();
    view->doItemsLayout(); // the scroll range for the new row count, before restoring
    view->verticalScrollBar()->setValue(scroll);
    // A record is usually where it was; else among the rows loaded, else near the top.
    auto rowOf = [model](const QByteArray &id, int hint) {
        if (id.isEmpty())
            return -1;
        if (hint >= 0 && hint < model->rowCount() && model->idAt(hint) == id)
            return hint;
        int row = model->loadedRowOf(id);
        for (int i = 0; row < 0 && i < std::min(model->rowCount(), kSelectScanRows); ++i) {
            if (model->idAt(i) == id)
                row = i;
        }
        return row;
    };
    QItemSelection selection;
    for (const auto &[id, before] : std::as_const(selected)) {
        const int row = rowOf(id, before);
        if (row >= 0)
            selection.select(model->index(row, 0), model->index(row, model->columnCount() - 1));
    }
    const int currentRow = rowOf(current, currentBefore);
    if (currentRow >= 0)
        view->selectionModel()->setCurrentIndex(model->index(currentRow, 0),
                                                QItemSelectionModel::NoUpdate);
    view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
}

void MainWindow::refreshAfterSync()
{
    refreshViews(true); // the dashboard, and the board, deal list and agenda when open
    reloadKeepingPlace(m_contactsView, m_contactsModel);
    reloadKeepingPlace(m_companiesView, m_companiesModel);
    updateCounts();
    updateActions();
    updateConflictBadges();
    const auto dialogs = findChildren<RecordDialog *>();
    for (RecordDialog *d : dialogs)
        d->refreshFromDatabase();
    if (m_conflicts && m_conflicts->isVisible())
        m_conflicts->reload();
    if (m_outbox && m_outbox->isVisible())
        m_outbox->reload();
}

void MainWindow::updateConflictBadges()
{
    QSet<QByteArray> ids;
    QSqlDatabase db = m_db->connection();
    QSqlQuery q(db);
    if (q.exec(QStringLiteral(
            "SELECT tbl, row FROM conflicts WHERE deleted = 0 AND state = 'open'"))) {
        const SyncDescriber describer(m_db);
        while (q.next()) {
            const auto owner =
                describer.owningRecord(q.value(0).toString(), q.value(1).toByteArray());
            if (!owner.second.isEmpty())
                ids.insert(owner.second);
        }
    }
    const bool changed = ids != m_conflicted;
    m_conflicted = ids;
    m_contactBadges->setRecords(ids);
    m_companyBadges->setRecords(ids);
    if (changed) {
        m_contactsView->viewport()->update();
        m_companiesView->viewport()->update();
    }
    const auto dialogs = findChildren<RecordDialog *>();
    for (RecordDialog *d : dialogs)
        d->setConflictNotice(!d->recordId().isEmpty() && ids.contains(d->recordId())
                                 ? conflictNoticeText()
                                 : QString());
}

void MainWindow::offerDemoData()
{
    const auto answer = MessageBox::question(
        this, tr("New database"),
        tr("Fill the new database with demo data?\n\nA few hundred sample contacts and "
           "companies let you try everything out; you can delete them later."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        populateDemoData(300);
}

void MainWindow::populateDemoData(int contacts)
{
    if (m_demoWatcher && m_demoWatcher->isRunning())
        return; // one fill at a time
    auto *progress = new QProgressDialog(tr("Adding demo data…"), tr("Cancel"), 0, contacts, this);
    progress->setObjectName(QStringLiteral("demoProgress"));
    progress->setWindowTitle(tr("Demo data"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);

    auto *watcher = new QFutureWatcher<int>(this);
    m_demoWatcher = watcher;
    connect(watcher, &QFutureWatcher<int>::progressValueChanged, progress,
            &QProgressDialog::setValue);
    connect(progress, &QProgressDialog::canceled, watcher, &QFutureWatcher<int>::cancel);
    connect(watcher, &QFutureWatcher<int>::finished, this, [this, watcher, progress] {
        const QFuture<int> future = watcher->future();
        const int written = future.isCanceled()        ? 0
                            : future.resultCount() > 0 ? future.result()
                                                       : -1;
        progress->deleteLater();
        watcher->deleteLater();
        m_contactsModel->reload();
        m_companiesModel->reload();
        m_dashboard->refreshLater();
        updateCounts();
        if (written >= 0)
            statusBar()->showMessage(
                plural("crm::ui::MainWindow",
                       QT_TRANSLATE_N_NOOP("crm::ui::MainWindow", "Added %Ln demo contact(s)"),
                       written),
                8000);
        emit demoDataFinished(written);
    });

    core::DatabasePtr db = m_db;
    // Runs on a pool thread with that thread's own connection; Cancel stops between batches.
    watcher->setFuture(QtConcurrent::run([db, contacts](QPromise<int> &promise) {
        promise.setProgressRange(0, contacts);
        auto result = core::DemoData::populate(db, contacts, 2026, [&promise](int done) {
            promise.setProgressValue(done);
            return !promise.isCanceled();
        });
        db->closeConnection();
        if (result)
            promise.addResult(result.value());
        else
            promise.addResult(result.error().code == core::ErrorCode::Cancelled ? 0 : -1);
    }));
}

void MainWindow::buildIndexesLeftAside()
{
    auto left = core::IndexesAside::leftBehind(m_db->connection());
    if (!left || left.value() == 0) {
        if (!left)
            qWarning().noquote() << "crm: indexes left aside:" << left.error().message();
        return;
    }
    const int total = left.value();
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("indexesLeftAside"));
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Rebuilding indexes an interrupted import left…"), box);
    label->setToolTip(tr("An import stopped before it had rebuilt the indexes of the contact "
                         "lists. Everything works meanwhile; lists sorted by name, company, "
                         "e-mail, phone or city are slower until it is done."));
    auto *bar = new QProgressBar(box);
    bar->setRange(0, total);
    bar->setValue(0);
    bar->setMaximumWidth(160);
    layout->addWidget(label);
    layout->addWidget(bar);
    statusBar()->addPermanentWidget(box);

    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::progressValueChanged, bar, &QProgressBar::setValue);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, box] {
        const QString error =
            watcher->future().resultCount() > 0 ? watcher->future().result() : QString();
        watcher->deleteLater();
        statusBar()->removeWidget(box);
        box->deleteLater();
        if (error.isEmpty()) {
            statusBar()->showMessage(tr("Indexes rebuilt"), 8000);
            m_contactsModel->reload(); // sorted by an index again
        } else {
            statusBar()->showMessage(
                tr("Rebuilding the indexes failed: %1 — the next start tries again").arg(error),
                30000);
        }
        emit indexesLeftAsideBuilt(error);
    });
    core::DatabasePtr db = m_db;
    // A pool thread with its own connection; each index is one transaction (~2 s at a million
    // contacts), which an edit made meanwhile waits for.
    watcher->setFuture(QtConcurrent::run([db, total](QPromise<QString> &promise) {
        promise.setProgressRange(0, total);
        const core::Status built = core::IndexesAside::recover(
            db->connection(), [&promise](int done, int) { promise.setProgressValue(done); });
        db->closeConnection();
        promise.addResult(built ? QString() : built.error().message());
    }));
}

void MainWindow::createBulkActions()
{
    m_bulkEditAction = new QAction(tr("&Bulk Edit…"), this);
    m_bulkEditAction->setObjectName(QStringLiteral("bulkEditAction"));
    m_bulkEditAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+B")));
    m_bulkEditAction->setToolTip(tr("Set a field, add or remove a tag, change the owner or "
                                    "delete the selected records at once (Ctrl+Shift+B)"));
    connect(m_bulkEditAction, &QAction::triggered, this, &MainWindow::bulkEditSelected);
    for (QTableView *view : {m_contactsView, m_companiesView})
        view->addAction(m_bulkEditAction);
}

SelectionBar *MainWindow::currentBar() const
{
    return currentPage() == Page::Companies ? m_companiesBar : m_contactsBar;
}

core::BulkTarget MainWindow::bulkTarget(core::CustomEntity entity, const SelectionBar *bar,
                                        const core::PagedListModel *model)
{
    return bar->target(
        entity, [model](int row) { return model->idAt(row); },
        [model](int row) { return model->loadedIdAt(row); }, model->query());
}

void MainWindow::bulkEditSelected()
{
    if (currentPage() == Page::Home || !currentView()->selectionModel()->hasSelection())
        return;
    core::PagedListModel *model = currentModel();
    const auto entity = currentPage() == Page::Companies ? core::CustomEntity::Company
                                                         : core::CustomEntity::Contact;
    startBulk(bulkTarget(entity, currentBar(), model), currentBar()->selectedCount());
}

void MainWindow::startBulk(const core::BulkTarget &target, int count,
                           std::optional<core::BulkOperation> direct)
{
    if (target.query.isEmpty() && target.ids.isEmpty())
        return;
    // The window the rows were selected in carries the progress (the deal list is its own).
    QWidget *window = QApplication::activeWindow() ? QApplication::activeWindow() : this;
    // The work may end after this window is gone (quitting): then nobody is told.
    QPointer<MainWindow> self(this);
    auto run = [this, self, target, window](const core::BulkOperation &op) {
        BulkEditCommand::run(
            window, m_db, m_undo, target, op,
            [self](core::CustomEntity entity) {
                if (self)
                    self->bulkChanged(entity);
            },
            [self](const QString &text) {
                if (self)
                    self->statusBar()->showMessage(text, 10000);
            });
    };
    if (direct) {
        run(*direct);
        return;
    }
    auto *dialog = new BulkEditDialog(m_db, target.entity, count, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [dialog, run] { run(dialog->operation()); });
    dialog->open();
}

void MainWindow::bulkChanged(core::CustomEntity entity)
{
    // Any entity: a deleted company changes its contacts' company column too.
    Q_UNUSED(entity);
    m_contactsModel->reload();
    m_companiesModel->reload();
    refreshRecordViews();
    updateCounts();
    updateActions();
}

} // namespace crm::ui
