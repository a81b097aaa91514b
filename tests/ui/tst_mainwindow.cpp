// SPDX-License-Identifier: GPL-3.0-or-later
// The main window driven like a person would: keys, typing, clicks, found by objectName.
#include "common/messagebox.h"
#include "companies/companydialog.h"
#include "contacts/contactdialog.h"
#include "customfields/customcolumns.h"
#include "dashboard/dashboardview.h"
#include "deals/dealboard.h"
#include "deals/dealdialog.h"
#include "deals/deallistview.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/navigationdelegate.h"
#include "models/companylistmodel.h"
#include "models/contactlistmodel.h"
#include "models/deallistmodel.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/customfieldrepository.h"
#include "storage/indexesaside.h"
#include "support/builders.h"
#include "support/testdatabase.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace crm;
using namespace crm::core;
using crm::ui::MainWindow;
using crm::ui::MessageBox;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;

    int liveContacts() const
    {
        return m_db->scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE deleted = 0"))
            .toInt();
    }

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto w = std::make_unique<MainWindow>(m_db->db());
        // Live testers for the whole test: every reset and change is checked.
        new QAbstractItemModelTester(
            w->contactsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, w.get());
        new QAbstractItemModelTester(
            w->companiesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest, w.get());
        w->show();
        w->activateWindow();
        return w;
    }

    QLineEdit *edit(QWidget *dialog, const char *name)
    {
        return dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::isolateSettings(m_settingsDir);
    }

    void init()
    {
        QSettings().clear();
        m_db = std::make_unique<test::TestDatabase>();
        m_window = makeWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // The window opens on the home screen (homeScreenFirstThenTheLastPage); the other
        // tests work in the lists, as a person would after Ctrl+1.
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Home);
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Contacts);
    }

    void cleanup()
    {
        m_window.reset();
        m_db.reset();
    }

    void createSearchEditDeleteUndo()
    {
        ContactRepository contacts(m_db->db());
        QVERIFY(
            contacts.create(test::contact(QStringLiteral("Jānis"), QStringLiteral("Ozols"))).ok());
        m_window->contactsModel()->reload();
        QTableView *view = m_window->findChild<QTableView *>(QStringLiteral("contactsView"));
        QVERIFY(view);
        QCOMPARE(view->model()->rowCount(), 1);

        // Ctrl+N opens an empty contact; type into it and save with Ctrl+S.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier);
        ui::ContactDialog *dialog = nullptr;
        QVERIFY((dialog = test::waitForDialog<ui::ContactDialog>(u"contactDialog"_qs)));
        QPointer<ui::ContactDialog> guard(dialog);
        test::typeText(edit(dialog, "firstNameEdit"), QStringLiteral("Anna"));
        test::typeText(edit(dialog, "lastNameEdit"), QStringLiteral("Bērziņa"));
        test::typeText(edit(dialog, "emailEdit0"), QStringLiteral("anna@example.lv"));
        test::typeText(edit(dialog, "phoneEdit0"), QStringLiteral("+371 2912 3456"));
        QTest::keyClick(edit(dialog, "phoneEdit0"), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(guard.isNull() || !guard->isVisible());
        QCOMPARE(liveContacts(), 2);
        QTRY_COMPARE(view->model()->rowCount(), 2);

        // The search box folds diacritics: "berzi" finds Bērziņa, and only her.
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
        QVERIFY(search);
        QApplication::setActiveWindow(m_window.get()); // offscreen: nobody re-activates it
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
        test::typeText(search, QStringLiteral("berzi"));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, ContactListModel::Name).data().toString(),
                 u"Anna Bērziņa"_qs);
        QCOMPARE(view->model()->index(0, ContactListModel::Email).data().toString(),
                 u"anna@example.lv"_qs);
        const auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigationList"));
        QVERIFY(nav);
        QCOMPARE(nav->item(int(MainWindow::Page::Contacts))
                     ->data(ui::NavigationDelegate::CountRole)
                     .toInt(),
                 1);

        // Enter opens it; change the title and save with the button.
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY((dialog = test::waitForDialog<ui::ContactDialog>(u"contactDialog"_qs)));
        guard = dialog;
        QCOMPARE(edit(dialog, "firstNameEdit")->text(), u"Anna"_qs);
        QCOMPARE(edit(dialog, "emailEdit0")->text(), u"anna@example.lv"_qs);
        test::typeText(edit(dialog, "titleEdit"), QStringLiteral("Sales manager"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(guard.isNull() || !guard->isVisible());
        const QByteArray id = m_window->contactsModel()->idAt(0);
        auto stored = contacts.get(id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->title, u"Sales manager"_qs);
        // The edited record stays selected.
        QCOMPARE(view->currentIndex().row(), 0);

        // Its History tab tells who changed what.
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY((dialog = test::waitForDialog<ui::ContactDialog>(u"contactDialog"_qs)));
        guard = dialog;
        auto *history = dialog->findChild<QListWidget *>(QStringLiteral("historyView"));
        QVERIFY(history);
        QVERIFY(history->count() >= 3);
        QVERIFY2(history->item(0)->text().contains(u"changed Title from “” to “Sales manager”"),
                 qPrintable(history->item(0)->text()));
        QVERIFY(history->item(history->count() - 1)->text().contains(u"created the contact"));
        bool emailAdded = false;
        for (int i = 0; i < history->count(); ++i)
            emailAdded = emailAdded ||
                         history->item(i)->text().contains(u"added e-mail anna@example.lv (work)");
        QVERIFY(emailAdded);
        // Nothing changed: Esc closes without asking.
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(guard.isNull() || !guard->isVisible());

        // Delete removes it (no question), with Undo offered in the status bar.
        QApplication::setActiveWindow(m_window.get());
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
        view->setFocus();
        view->selectRow(0);
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_COMPARE(view->model()->rowCount(), 0);
        QCOMPARE(liveContacts(), 1);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"Deleted 1 contact — Ctrl+Z"),
                 qPrintable(m_window->statusBar()->currentMessage()));

        // Ctrl+Z brings it back.
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(liveContacts(), 2);
        QCOMPARE(m_window->contactsModel()->idAt(0), id);

        // Esc in the search box clears it and both lists show everything again.
        search->setFocus();
        QTest::keyClick(search, Qt::Key_Escape);
        QVERIFY(search->text().isEmpty());
        QTRY_COMPARE(view->model()->rowCount(), 2);
    }

    // View ▸ Deals Board (Ctrl+4) opens the board of the default pipeline in its own window.
    void dealBoardFromTheViewMenu()
    {
        QApplication::setActiveWindow(m_window.get());
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
        QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
        QWidget *board = nullptr;
        QTRY_VERIFY((board = m_window->findChild<QWidget *>(QStringLiteral("dealBoard"))) &&
                    board->isVisible());
        QVERIFY(board->isWindow());
        auto *pipelines = board->findChild<QComboBox *>(QStringLiteral("pipelineCombo"));
        QVERIFY(pipelines);
        QVERIFY(pipelines->count() >= 1);
        board->resize(1000, 520);
        QVERIFY(board->grab().save(QDir::temp().filePath(u"crm-deal-board.png"_qs)));
        board->close();

        // View ▸ Agenda (Ctrl+3) likewise.
        QApplication::setActiveWindow(m_window.get());
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
        QWidget *agenda = nullptr;
        QTRY_VERIFY((agenda = QApplication::activeWindow()) && agenda != m_window.get());
        QVERIFY(agenda->grab().save(QDir::temp().filePath(u"crm-agenda.png"_qs)));
        agenda->close();
    }

    // File ▸ New deal (Ctrl+Shift+D): the form, saved with Ctrl+S; the deals list (Ctrl+5)
    // shows it, Ctrl+Z in the main window takes it away and the list follows; Enter on the
    // list's row opens the deal's form.
    void newDealByKeyboardThenUndo()
    {
        QApplication::setActiveWindow(m_window.get());
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
        QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
        ui::DealListView *list = nullptr;
        QTRY_VERIFY((list = m_window->findChild<ui::DealListView *>()) && list->isVisible());
        QCOMPARE(list->model()->totalCount(), 0);

        QApplication::setActiveWindow(m_window.get());
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        auto *dialog = test::waitForDialog<ui::DealDialog>(QStringLiteral("dealDialog"));
        QVERIFY(dialog);
        test::typeText(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit")),
                       QStringLiteral("Fleet renewal"));
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(list->model()->totalCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Fleet renewal"));

        QApplication::setActiveWindow(m_window.get());
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(list->model()->totalCount(), 0);
        m_window->undoStack()->redo();
        QTRY_COMPARE(list->model()->totalCount(), 1);

        QApplication::setActiveWindow(list);
        list->view()->setFocus();
        list->view()->setCurrentIndex(list->model()->index(0, 0));
        QTest::keyClick(list->view(), Qt::Key_Return);
        dialog = test::waitForDialog<ui::DealDialog>(QStringLiteral("dealDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->text(),
                 QStringLiteral("Fleet renewal"));
        dialog->reject();
        list->close();
    }

    // View ▸ Reports (Ctrl+6) opens the reports in their own window, the first one chosen.
    void reportsFromTheViewMenu()
    {
        QApplication::setActiveWindow(m_window.get());
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
        QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
        QWidget *reports = nullptr;
        QTRY_VERIFY((reports = m_window->findChild<QWidget *>(QStringLiteral("reportsWindow"))) &&
                    reports->isVisible());
        QVERIFY(reports->isWindow());
        auto *list = reports->findChild<QListWidget *>(QStringLiteral("reportList"));
        QVERIFY(list && list->count() >= 7);
        QCOMPARE(list->currentRow(), 0);
        reports->close();
    }

    void searchFiltersBothListsAndCounts()
    {
        ContactRepository contacts(m_db->db());
        CompanyRepository companies(m_db->db());
        QVERIFY(companies.create(test::company(QStringLiteral("Łódź Logistics"))).ok());
        QVERIFY(companies.create(test::company(QStringLiteral("Riga Timber"))).ok());
        QVERIFY(contacts.create(test::contact(QStringLiteral("Paweł"), QStringLiteral("Łodziński")))
                    .ok());
        QVERIFY(
            contacts.create(test::contact(QStringLiteral("Ilze"), QStringLiteral("Kalniņa"))).ok());
        m_window->contactsModel()->reload();
        m_window->companiesModel()->reload();
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
        QSignalSpy applied(m_window.get(), &MainWindow::searchApplied);
        test::typeText(search, QStringLiteral("lodz"));
        QTRY_COMPARE(applied.count(), 1); // typed quickly: one search, not four
        QCOMPARE(m_window->contactsModel()->rowCount(), 1);
        QCOMPARE(m_window->companiesModel()->rowCount(), 1);
        const auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigationList"));
        QCOMPARE(nav->item(int(MainWindow::Page::Companies))
                     ->data(ui::NavigationDelegate::CountRole)
                     .toInt(),
                 1);
        auto *count = m_window->findChild<QLabel *>(QStringLiteral("statusCountLabel"));
        QVERIFY(count->text().startsWith(u"1 contact matching “lodz”"));
        auto *hint = m_window->findChild<QLabel *>(QStringLiteral("contactsEmptyHint"));
        QVERIFY(hint && !hint->isVisible());
        search->selectAll();
        test::typeText(search, QStringLiteral("zzzq"));
        QTRY_COMPARE(m_window->contactsModel()->rowCount(), 0);
        QVERIFY(hint->isVisible());
        QCOMPARE(hint->text(), u"No contact matches “zzzq”."_qs);
    }

    // tag:vip and an unknown field typed into the search box; a click on a custom column's
    // header sorts the list by it.
    void filtersByTagAndSortsByACustomColumn()
    {
        CustomFieldRepository fields(m_db->db());
        QVERIFY(fields
                    .add({{},
                          CustomEntity::Contact,
                          u"segment"_qs,
                          u"Segment"_qs,
                          CustomFieldType::Text,
                          false,
                          0,
                          {},
                          false})
                    .ok());
        ContactRepository contacts(m_db->db());
        const QList<std::tuple<QString, QString, bool>> rows = {{u"Anna"_qs, u"beta"_qs, true},
                                                                {u"Berta"_qs, QString(), true},
                                                                {u"Cilda"_qs, u"alpha"_qs, false},
                                                                {u"Dace"_qs, u"gamma"_qs, true}};
        for (const auto &[name, segment, vip] : rows) {
            Contact c = test::contact(name, u"Test"_qs);
            if (!segment.isEmpty())
                c.custom.insert(u"segment"_qs, segment);
            if (vip)
                c.tags = {u"vip"_qs};
            QVERIFY(contacts.create(c).ok());
        }
        const auto lists = m_window->findChildren<ui::CustomColumns *>();
        QCOMPARE(lists.size(), 2); // contacts and companies
        for (ui::CustomColumns *columns : lists) {
            columns->refresh();
            columns->setShown(u"segment"_qs, true);
        }
        m_window->contactsModel()->reload();
        auto *view = m_window->findChild<QTableView *>(QStringLiteral("contactsView"));
        auto names = [view] {
            QStringList out;
            for (int r = 0; r < view->model()->rowCount(); ++r)
                out << view->model()->index(r, 0).data().toString().section(u' ', 0, 0);
            return out;
        };

        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
        test::typeText(search, QStringLiteral("tag:vip"));
        QTRY_COMPARE(names(), (QStringList{u"Anna"_qs, u"Berta"_qs, u"Dace"_qs}));

        // The header of the custom column sorts by it: values first, then the row without one.
        const int column = ContactListModel::ColumnCount;
        QHeaderView *header = view->horizontalHeader();
        QVERIFY(!view->isColumnHidden(column));
        for (int c = 1; c < column; ++c) // the custom column in sight, next to the name
            view->setColumnHidden(c, true);
        if (!view->isVisible())
            QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier); // Contacts
        QTRY_VERIFY(view->isVisible());
        const QStringList ascending{u"Anna"_qs, u"Dace"_qs, u"Berta"_qs};
        const QStringList descending{u"Berta"_qs, u"Dace"_qs, u"Anna"_qs};
        auto clickHeader = [&] {
            const int x = header->sectionViewportPosition(column) + 5;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        };
        clickHeader();
        QTRY_COMPARE(m_window->contactsModel()->sortColumn(), column);
        const bool up = header->sortIndicatorOrder() == Qt::AscendingOrder;
        QCOMPARE(names(), up ? ascending : descending);
        clickHeader(); // the other way
        QTRY_COMPARE(names(), up ? descending : ascending);
        if (qEnvironmentVariableIsSet("CRM_SCREENSHOTS"))
            m_window->grab().save(qEnvironmentVariable("CRM_SCREENSHOTS") + u"/filter.png");

        // An unknown field says so where the rows would be.
        search->selectAll();
        test::typeText(search, QStringLiteral("colour:red"));
        QTRY_COMPARE(view->model()->rowCount(), 0);
        auto *hint = m_window->findChild<QLabel *>(QStringLiteral("contactsEmptyHint"));
        QTRY_VERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(u"Unknown field “colour”"_qs), qPrintable(hint->text()));
        if (qEnvironmentVariableIsSet("CRM_SCREENSHOTS"))
            m_window->grab().save(qEnvironmentVariable("CRM_SCREENSHOTS") + u"/unknown.png");
    }

    void deleteSeveralAndUndo()
    {
        ContactRepository contacts(m_db->db());
        for (const char *name : {"Aivars", "Baiba", "Dace", "Edgars"})
            QVERIFY(contacts.create(test::contact(QString::fromLatin1(name), u"Liepa"_qs)).ok());
        m_window->contactsModel()->reload();
        QTableView *view = m_window->contactsView();
        view->setFocus();
        view->selectRow(1);
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 2);
        QTest::keyClick(view, Qt::Key_Delete);
        QTRY_COMPARE(view->model()->rowCount(), 2);
        QCOMPARE(liveContacts(), 2);
        QVERIFY2(m_window->statusBar()->currentMessage().startsWith(u"Deleted 2 contacts"),
                 qPrintable(m_window->statusBar()->currentMessage()));
        // The cursor stays where the deleted rows were.
        QCOMPARE(view->currentIndex().row(), 1);
        // Undo through the Edit menu's action.
        auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
        QVERIFY(undo && undo->isEnabled());
        undo->trigger();
        QTRY_COMPARE(view->model()->rowCount(), 4);
        QCOMPARE(liveContacts(), 4);
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(u"Restored 2 contacts"));
        // And redo deletes them again.
        m_window->findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
        QTRY_COMPARE(view->model()->rowCount(), 2);
    }

    void malformedEmailIsRefusedAtTheField()
    {
        const int before = liveContacts();
        m_window->newContact();
        ui::ContactDialog *dialog = nullptr;
        QVERIFY((dialog = test::waitForDialog<ui::ContactDialog>(u"contactDialog"_qs)));
        test::typeText(edit(dialog, "firstNameEdit"), QStringLiteral("Ēriks"));
        test::typeText(edit(dialog, "emailEdit0"), QStringLiteral("eriks@@example"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addPhoneButton")),
                          Qt::LeftButton);
        test::typeText(edit(dialog, "phoneEdit1"), QStringLiteral("call me"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")),
                          Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        auto *emailError = dialog->findChild<QLabel *>(QStringLiteral("emailError0"));
        QVERIFY(emailError);
        QVERIFY(emailError->isVisible());
        QVERIFY2(emailError->text().contains(u"eriks@@example"), qPrintable(emailError->text()));
        // Every error at once: the phone in the second row too (the empty first one is ignored).
        auto *phoneError = dialog->findChild<QLabel *>(QStringLiteral("phoneError1"));
        QVERIFY(phoneError && phoneError->isVisible());
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("phoneError0"))->isVisible());
        QVERIFY(edit(dialog, "emailEdit0")->hasFocus());
        QCOMPARE(liveContacts(), before);

        // Fixed, it saves.
        edit(dialog, "emailEdit0")->clear();
        test::typeText(edit(dialog, "emailEdit0"), QStringLiteral("eriks@example.ee"));
        edit(dialog, "phoneEdit1")->clear();
        QPointer<ui::ContactDialog> guard(dialog);
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(guard.isNull() || !guard->isVisible());
        QCOMPARE(liveContacts(), before + 1);
    }

    void impossibleBirthdayIsRefused_data()
    {
        QTest::addColumn<QString>("birthday");
        QTest::addRow("30 February") << u"1990-02-30"_qs;
        QTest::addRow("month 13") << u"1990-13-01"_qs;
        QTest::addRow("future") << u"2999-01-01"_qs;
        QTest::addRow("not a date") << u"yesterday"_qs;
    }

    void impossibleBirthdayIsRefused()
    {
        QFETCH(QString, birthday);
        m_window->newContact();
        ui::ContactDialog *dialog = nullptr;
        QVERIFY((dialog = test::waitForDialog<ui::ContactDialog>(u"contactDialog"_qs)));
        test::typeText(edit(dialog, "lastNameEdit"), QStringLiteral("Tamm"));
        test::typeText(edit(dialog, "birthdayEdit"), birthday);
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("birthdayError"));
        QVERIFY(error && error->isVisible() && !error->text().isEmpty());
        QVERIFY(dialog->isVisible());
        QCOMPARE(liveContacts(), 0);
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
    }

    void emptyNameIsRefused()
    {
        m_window->newContact();
        ui::ContactDialog *dialog = nullptr;
        QVERIFY((dialog = test::waitForDialog<ui::ContactDialog>(u"contactDialog"_qs)));
        test::typeText(edit(dialog, "emailEdit0"), QStringLiteral("nobody@example.com"));
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("lastNameError"));
        QVERIFY(error && error->isVisible());
        QVERIFY(dialog->isVisible());
        QCOMPARE(liveContacts(), 0);

        // Esc on a changed form asks; Cancel keeps it open, Discard closes it.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(dialog->isVisible());
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(liveContacts(), 0);
    }

    void companyCreateRenameAndItsContacts()
    {
        auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigationList"));
        QCOMPARE(nav->item(2)->text(), u"Companies"_qs);
        nav->setCurrentRow(2);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Companies);
        QTableView *view = m_window->findChild<QTableView *>(QStringLiteral("companiesView"));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier);
        ui::CompanyDialog *dialog = nullptr;
        QVERIFY((dialog = test::waitForDialog<ui::CompanyDialog>(u"companyDialog"_qs)));
        QPointer<ui::CompanyDialog> guard(dialog);
        test::typeText(edit(dialog, "nameEdit"), QStringLiteral("Baltic Freight"));
        test::typeText(edit(dialog, "websiteEdit"), QStringLiteral("not a website"));
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("websiteError"))->isVisible());
        edit(dialog, "websiteEdit")->clear();
        test::typeText(edit(dialog, "websiteEdit"), QStringLiteral("balticfreight.lv"));
        test::typeText(edit(dialog, "cityEdit"), QStringLiteral("Rīga"));
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(guard.isNull() || !guard->isVisible());
        QTRY_COMPARE(view->model()->rowCount(), 1);
        const QByteArray companyId = m_window->companiesModel()->idAt(0);
        QCOMPARE(view->currentIndex().row(), 0);

        ContactRepository contacts(m_db->db());
        Contact c = test::contact(QStringLiteral("Marta"), QStringLiteral("Kask"),
                                  QStringLiteral("marta@balticfreight.lv"));
        c.companyId = companyId;
        QVERIFY(contacts.create(c).ok());
        m_window->contactsModel()->reload();

        // Rename it; its Contacts tab lists Marta.
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY((dialog = test::waitForDialog<ui::CompanyDialog>(u"companyDialog"_qs)));
        guard = dialog;
        auto *people = dialog->findChild<QTableWidget *>(QStringLiteral("companyContactsView"));
        QVERIFY(people);
        QCOMPARE(people->rowCount(), 1);
        QCOMPARE(people->item(0, 0)->text(), u"Marta Kask"_qs);
        edit(dialog, "nameEdit")->selectAll();
        test::typeText(edit(dialog, "nameEdit"), QStringLiteral("Baltic Freight SIA"));
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(guard.isNull() || !guard->isVisible());
        auto stored = CompanyRepository(m_db->db()).get(companyId);
        QCOMPARE(stored->name, u"Baltic Freight SIA"_qs);
        QCOMPARE(view->model()->index(0, CompanyListModel::Name).data().toString(),
                 u"Baltic Freight SIA"_qs);
        // The contact list shows the new name.
        QCOMPARE(m_window->contactsModel()->index(0, ContactListModel::Company).data().toString(),
                 u"Baltic Freight SIA"_qs);
    }

    void contactWithANewCompanyCreatesIt()
    {
        m_window->newContact();
        ui::ContactDialog *dialog = nullptr;
        QVERIFY((dialog = test::waitForDialog<ui::ContactDialog>(u"contactDialog"_qs)));
        QPointer<ui::ContactDialog> guard(dialog);
        test::typeText(edit(dialog, "lastNameEdit"), QStringLiteral("Papadopoulos"));
        auto *company = dialog->findChild<QComboBox *>(QStringLiteral("companyCombo"));
        QVERIFY(company);
        test::typeText(company->lineEdit(), QStringLiteral("Αθήνα Shipping"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(guard.isNull() || !guard->isVisible());
        QVERIFY(MessageBox::lastText().contains(u"Αθήνα Shipping"));
        QTRY_COMPARE(m_window->companiesModel()->rowCount(), 1);
        QCOMPARE(m_window->contactsModel()->index(0, ContactListModel::Company).data().toString(),
                 u"Αθήνα Shipping"_qs);
    }

    void layoutIsRemembered()
    {
        QTableView *view = m_window->contactsView();
        view->horizontalHeader()->resizeSection(ContactListModel::Email, 333);
        // A click on the City header sorts by city (in SQL).
        QHeaderView *header = view->horizontalHeader();
        const int x = header->sectionViewportPosition(ContactListModel::City) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        QTRY_COMPARE(m_window->contactsModel()->sortColumn(), int(ContactListModel::City));
        m_window->resize(1000, 700);
        m_window->close();
        m_window.reset();

        auto second = makeWindow();
        QCOMPARE(second->contactsView()->horizontalHeader()->sectionSize(ContactListModel::Email),
                 333);
        QCOMPARE(second->contactsModel()->sortColumn(), int(ContactListModel::City));
        QCOMPARE(second->contactsView()->horizontalHeader()->sortIndicatorSection(),
                 int(ContactListModel::City));
        QCOMPARE(second->size(), QSize(1000, 700));
    }

    void homeScreenFirstThenTheLastPage()
    {
        // A fresh start (no settings) opens on Home, the first entry of the navigation.
        m_window.reset();
        QSettings().clear();
        m_window = makeWindow();
        auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigationList"));
        QCOMPARE(nav->count(), 3);
        QCOMPARE(nav->item(0)->text(), u"Home"_qs);
        QCOMPARE(nav->item(1)->text(), u"Contacts"_qs);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Home);
        QCOMPARE(nav->currentRow(), 0);
        QVERIFY(m_window->dashboard()->isVisible());
        QVERIFY(!m_window->contactsView()->isVisible());

        // Ctrl+2, Ctrl+0: the pages by keyboard; the last one comes back after a restart.
        QApplication::setActiveWindow(m_window.get());
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Companies);
        QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Home);
        QCOMPARE(nav->currentRow(), 0);
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Companies);
        m_window->close();
        m_window = makeWindow();
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Companies);

        // A setting from before the home screen (0 = contacts) still means contacts.
        m_window.reset();
        QSettings().setValue(u"mainWindow/page"_qs, 0);
        m_window = makeWindow();
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Contacts);

        // A search typed on the home screen shows its results in the contact list.
        m_window->setCurrentPage(MainWindow::Page::Home);
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
        test::typeText(search, QStringLiteral("anna"));
        QTRY_COMPARE(m_window->currentPage(), MainWindow::Page::Contacts);
    }

    void demoDataIsOfferedAndLoadedInTheBackground()
    {
        QSignalSpy finished(m_window.get(), &MainWindow::demoDataFinished);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        m_window->offerDemoData();
        QVERIFY(MessageBox::lastText().contains(u"demo data"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const int written = finished.first().first().toInt();
        QCOMPARE(written, 300);
        QCOMPARE(liveContacts(), 300);
        QCOMPARE(m_window->contactsModel()->rowCount(), 300);
        QVERIFY(m_window->companiesModel()->rowCount() > 0);
        const auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigationList"));
        QCOMPARE(nav->item(int(MainWindow::Page::Contacts))
                     ->data(ui::NavigationDelegate::CountRole)
                     .toInt(),
                 300);

        // "No" leaves the database alone.
        const int before = liveContacts();
        MessageBox::setNextAnswer(QMessageBox::No);
        m_window->offerDemoData();
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(liveContacts(), before);
    }

    // An import that crashed left the contact lists' indexes aside: the window opens at once
    // and builds them in the background, a progress bar in the status bar meanwhile.
    void buildsTheIndexesAnInterruptedImportLeft()
    {
        ContactRepository repo(m_db->db());
        for (int i = 0; i < 30; ++i)
            QVERIFY(repo.create(test::contact(u"Anna"_qs, u"Nr"_qs + QString::number(i))));
        const QString indexList = u"SELECT group_concat(name) FROM (SELECT name FROM sqlite_master"
                                  u" WHERE type = 'index' ORDER BY name)"_qs;
        const QString before = m_db->scalar(indexList).toString();
        {
            // Another process's import: set aside, never built (its IndexesAside never ends).
            auto other = Database::open(m_db->path());
            QVERIFY(other.ok());
            auto *aside =
                new IndexesAside(other.value()->connection(), IndexesAside::contactIndexes());
            QVERIFY(aside->begun().ok());
        }
        QVERIFY(m_db->scalar(indexList).toString() != before);

        // While that import runs, nothing is built and nothing shown.
        m_window->buildIndexesLeftAside();
        QVERIFY(!m_window->findChild<QWidget *>(u"indexesLeftAside"_qs));

        // It has ended without building them.
        QProcess ended;
        ended.start(u"sleep"_qs, {u"0.1"_qs});
        QVERIFY(ended.waitForStarted());
        const qint64 pid = ended.processId();
        QVERIFY(ended.waitForFinished());
        QSqlQuery q(m_db->db()->connection());
        QVERIFY(q.exec(u"UPDATE meta SET value = %1 WHERE key = 'indexes_aside_by'"_qs.arg(pid)));
        QCOMPARE(q.numRowsAffected(), 1);

        QSignalSpy built(m_window.get(), &MainWindow::indexesLeftAsideBuilt);
        m_window->buildIndexesLeftAside();
        auto *box = m_window->findChild<QWidget *>(u"indexesLeftAside"_qs);
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(box->findChild<QLabel *>()->text().contains(u"interrupted import"));
        QCOMPARE(box->findChild<QProgressBar *>()->maximum(),
                 IndexesAside::contactIndexes().size());
        // The window answers meanwhile: the list reads, sorted by name without its index.
        m_window->contactsModel()->reload();
        QTRY_COMPARE(m_window->contactsModel()->rowCount(), 30);
        // The bar takes its room beside the count, not from it.
        auto *count = m_window->findChild<QLabel *>(u"statusCountLabel"_qs);
        QTRY_COMPARE(count->text(), u"30 contacts"_qs);
        QTRY_VERIFY2(count->width() >= count->sizeHint().width(),
                     qPrintable(u"%1 < %2"_qs.arg(count->width()).arg(count->sizeHint().width())));
        // With CRM_SCREENSHOT_DIR set: the window with the bar, to look at.
        if (const QString dir = qEnvironmentVariable("CRM_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(m_window->grab().save(QDir(dir).filePath(u"index-rebuild.png"_qs)));

        QTRY_COMPARE_WITH_TIMEOUT(built.count(), 1, 30000);
        QCOMPARE(built.first().first().toString(), QString());
        QCOMPARE(m_db->scalar(indexList).toString(), before);
        QVERIFY(IndexesAside::aside(m_db->db()->connection()).value().isEmpty());
        QCOMPARE(m_window->statusBar()->currentMessage(), u"Indexes rebuilt"_qs);
        QTRY_VERIFY(!m_window->findChild<QWidget *>(u"indexesLeftAside"_qs));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
