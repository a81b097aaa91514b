// SPDX-License-Identifier: GPL-3.0-or-later
// The home screen driven like a person would: it computes in the background, shows the
// fixture's figures (tst_dashboard works them out) in the user's locale, follows the period
// picker, opens the records behind a tile or a bar, and ticks a task off in My day (undoably).
// With CRM_SCREENSHOT_DIR set, saves PNGs of it.
#include "dashboard/dashboardview.h"
#include "dashboard/figuretile.h"
#include "dashboard/recordsetdialog.h"
#include "deals/dealdialog.h"
#include "domain/money.h"
#include "mainwindow/mainwindow.h"
#include "services/activityrepository.h"
#include "support/dashboardfixture.h"
#include "support/testdatabase.h"
#include "uitesthelpers.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace crm;
using namespace crm::core;
using crm::test::DashboardFixture;
using crm::ui::DashboardView;
using crm::ui::FigureTile;
using crm::ui::RecordSetDialog;

class TestDashboardView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::TestDatabase> m_db;
    std::unique_ptr<DashboardFixture> m_fixture;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<DashboardView> m_view;
    const QLocale m_lv{QLocale::Latvian, QLocale::Latvia};

    void open(bool withData = true)
    {
        m_db = std::make_unique<test::TestDatabase>();
        if (withData)
            m_fixture = std::make_unique<DashboardFixture>(m_db->db());
        m_undo = std::make_unique<QUndoStack>();
        m_view = std::make_unique<DashboardView>(m_db->db(), m_undo.get());
        m_view->setClock([] { return DashboardFixture::now(); }, DashboardFixture::zone());
        m_view->resize(1360, 900);
        QSignalSpy refreshed(m_view.get(), &DashboardView::refreshed);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QTRY_VERIFY(refreshed.count() > 0);
    }

    FigureTile *tile(const char *name) { return m_view->tile(QString::fromLatin1(name)); }

    // Waits for the screen to have caught up with every change.
    void settle() { QTRY_VERIFY(!m_view->isBusy()); }

    QByteArray dealId(const char *title)
    {
        return m_db
            ->scalar(u"SELECT id FROM deals WHERE title = ?"_qs, {QString::fromLatin1(title)})
            .toByteArray();
    }

    void saveScreenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("CRM_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(100); // pending layouts first, as on a screen
        QVERIFY(w->grab().save(QDir(dir).filePath(name)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::isolateSettings(m_settingsDir);
        QLocale::setDefault(m_lv);
    }

    void init() { QSettings().clear(); }

    void cleanup()
    {
        const auto dialogs = QApplication::topLevelWidgets();
        for (QWidget *w : dialogs) {
            if (qobject_cast<RecordSetDialog *>(w))
                delete w;
        }
        m_view.reset();
        m_undo.reset();
        m_fixture.reset();
        m_db.reset();
    }

    void tilesShowTheFiguresInTheUsersLocale()
    {
        open();
        auto *period = m_view->findChild<QComboBox *>(u"dashboardPeriodCombo"_qs);
        QCOMPARE(period->currentData().toString(), u"this_month"_qs);

        QCOMPARE(tile("tileNewContacts")->value(), u"4"_qs);
        QCOMPARE(tile("tileNewContacts")->change(), u"▲ 300 % · was 1"_qs);
        QCOMPARE(tile("tileNewContacts")->trend(), FigureTile::Trend::Good);

        // Euros first (the headline currency), dollars never added to them.
        QCOMPARE(tile("tileWon")->value(), Money::format(100000, u"EUR"_qs, m_lv));
        QVERIFY(tile("tileWon")->value().contains(u"€"));
        QCOMPARE(tile("tileWon")->detail(), u"Deals: 2"_qs);
        QCOMPARE(tile("tileWon")->extra(), u"+ "_qs + Money::format(50000, u"USD"_qs, m_lv));
        QCOMPARE(tile("tileWon")->change(),
                 u"▼ 50 % · was "_qs + Money::format(200000, u"EUR"_qs, m_lv));
        QCOMPARE(tile("tileWon")->trend(), FigureTile::Trend::Bad);
        // Less lost is good news.
        QCOMPARE(tile("tileLost")->trend(), FigureTile::Trend::Good);

        QCOMPARE(tile("tileWinRate")->value(), u"67 %"_qs);
        QCOMPARE(tile("tileWinRate")->change(), u"▲ 17 pts · was 50 %"_qs);
        // A decimal comma in Latvian; a shorter cycle is good news.
        QCOMPARE(tile("tileSalesCycle")->value(), u"12,5 days"_qs);
        QCOMPARE(tile("tileSalesCycle")->trend(), FigureTile::Trend::Good);
        QCOMPARE(tile("tileOpenPipeline")->value(), Money::format(3000000, u"EUR"_qs, m_lv));
        QCOMPARE(tile("tileActivitiesDone")->value(), u"3"_qs);

        // My day: two overdue tasks, today's two, the birthday-less reminders, one stale deal.
        auto *overdue = m_view->findChild<QListWidget *>(u"myDayOverdueList"_qs);
        QCOMPARE(overdue->count(), 2);
        auto *stale = m_view->findChild<QListWidget *>(u"myDayStaleList"_qs);
        QCOMPARE(stale->count(), 1);
        QVERIFY(stale->item(0)->text().startsWith(u"o3"));
        auto *customers = m_view->findChild<QTreeWidget *>(u"topCustomersList"_qs);
        QCOMPARE(customers->topLevelItemCount(), 2);
        QCOMPARE(customers->topLevelItem(0)->text(0), u"Koks SIA"_qs);
        saveScreenshot(m_view.get(), u"dashboard.png"_qs);
        saveScreenshot(m_view->findChild<QWidget *>(u"dashboardContent"_qs),
                       u"dashboard-content.png"_qs);
    }

    void changingThePeriodChangesTheFigures()
    {
        open();
        auto *period = m_view->findChild<QComboBox *>(u"dashboardPeriodCombo"_qs);
        period->setCurrentIndex(period->findData(u"this_year"_qs));
        settle();
        QCOMPARE(m_view->figures().period.key, u"this_year"_qs);
        // This year: d1, d2 and November's d3 (d6 is won only tomorrow).
        QCOMPARE(tile("tileWon")->detail(), u"Deals: 3"_qs);
        QCOMPARE(tile("tileWon")->extra(), u"+ "_qs + Money::format(50000, u"USD"_qs, m_lv));
        QCOMPARE(tile("tileWon")->value(), Money::format(300000, u"EUR"_qs, m_lv));
        QCOMPARE(tile("tileWon")->change(), u"▲ from none before"_qs);
        auto *label = m_view->findChild<QLabel *>(u"dashboardPeriodLabel"_qs);
        QVERIFY2(label->text().contains(m_lv.toString(QDate(2026, 1, 1), QLocale::ShortFormat)),
                 qPrintable(label->text()));

        // One owner: anna's figures only; the choice is remembered.
        auto *owner = m_view->findChild<QComboBox *>(u"dashboardOwnerCombo"_qs);
        const int anna = owner->findData(u"anna"_qs);
        QVERIFY(anna > 0);
        owner->setCurrentIndex(anna);
        settle();
        QCOMPARE(tile("tileWon")->detail(), u"Deals: 2"_qs); // d1, d3
        QCOMPARE(tile("tileWon")->extra(), QString());
        QCOMPARE(QSettings().value(u"dashboard/owner"_qs).toString(), u"anna"_qs);
        QCOMPARE(QSettings().value(u"dashboard/period"_qs).toString(), u"this_year"_qs);
        m_view.reset();
        m_view = std::make_unique<DashboardView>(m_db->db(), m_undo.get());
        QCOMPARE(m_view->findChild<QComboBox *>(u"dashboardPeriodCombo"_qs)->currentData(),
                 QVariant(u"this_year"_qs));
        QCOMPARE(m_view->findChild<QComboBox *>(u"dashboardOwnerCombo"_qs)->currentData(),
                 QVariant(u"anna"_qs));
    }

    void clickingATileOpensTheRecordsBehindIt()
    {
        open();
        QSignalSpy opened(m_view.get(), &DashboardView::openRecord);
        QTest::mouseClick(tile("tileWon"), Qt::LeftButton);
        RecordSetDialog *dialog = nullptr;
        QVERIFY((dialog = test::waitForDialog<RecordSetDialog>(u"recordSetDialog"_qs)));
        QCOMPARE(dialog->total(), 2);
        QCOMPARE(dialog->list()->topLevelItemCount(), 2);
        QCOMPARE(dialog->list()->topLevelItem(0)->text(0), u"d2"_qs);
        // Enter opens the record under the cursor.
        QTest::keyClick(dialog->list(), Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().at(0).value<RecordKind>(), RecordKind::Deal);
        QCOMPARE(opened.first().at(1).toByteArray(), dealId("d2"));
        dialog->close();

        // The keyboard way: focus a tile, Enter.
        tile("tileNewContacts")->setFocus();
        QTest::keyClick(tile("tileNewContacts"), Qt::Key_Return);
        QVERIFY((dialog = test::waitForDialog<RecordSetDialog>(u"recordSetDialog"_qs)));
        QCOMPARE(dialog->recordSet().kind, RecordKind::Contact);
        QCOMPARE(dialog->total(), 4);
    }

    void clickingABarOpensTheRecordsBehindIt()
    {
        open();
        auto *view = m_view->findChild<QChartView *>(u"chartPipeline"_qs);
        QVERIFY(view && view->chart());
        auto *series = qobject_cast<QBarSeries *>(view->chart()->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->barSets().value(0)->count(), 4); // the four open stages
        // The middle of the third bar (Proposal sent: o2, €20,000).
        const double value = series->barSets().value(0)->at(2);
        QVERIFY(value > 0);
        const QPointF inChart = view->chart()->mapToPosition(QPointF(2, value / 2), series);
        const QPoint at = view->mapFromScene(view->chart()->mapToScene(inChart));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        RecordSetDialog *dialog = nullptr;
        QVERIFY((dialog = test::waitForDialog<RecordSetDialog>(u"recordSetDialog"_qs)));
        QCOMPARE(dialog->total(), 1);
        QCOMPARE(dialog->list()->topLevelItem(0)->text(0), u"o2"_qs);
        saveScreenshot(dialog, u"dashboard-records.png"_qs);
    }

    void tickingATaskDoneInMyDayIsUndoable()
    {
        open();
        auto *overdue = m_view->findChild<QListWidget *>(u"myDayOverdueList"_qs);
        QListWidgetItem *item = nullptr;
        for (int i = 0; i < overdue->count(); ++i) {
            if (overdue->item(i)->text().contains(u"task anna"))
                item = overdue->item(i);
        }
        QVERIFY(item);
        QCOMPARE(item->checkState(), Qt::Unchecked);
        // A click on the check box ticks it off.
        const QRect rect = overdue->visualItemRect(item);
        QTest::mouseClick(overdue->viewport(), Qt::LeftButton, {},
                          QPoint(rect.left() + rect.height() / 2, rect.center().y()));
        const ActivityRepository repo(m_db->db());
        QTRY_VERIFY(repo.get(m_fixture->overdueTask)->done);
        QCOMPARE(m_undo->count(), 1);
        settle();
        QCOMPARE(overdue->count(), 1); // no longer overdue
        QCOMPARE(m_view->myDay().overdueCount, 1);

        m_undo->undo();
        QVERIFY(!repo.get(m_fixture->overdueTask)->done);
        m_view->refreshLater();
        settle();
        QCOMPARE(overdue->count(), 2);
    }

    void theMainWindowOpensOnHome()
    {
        m_db = std::make_unique<test::TestDatabase>();
        m_fixture = std::make_unique<DashboardFixture>(m_db->db());
        ui::MainWindow window(m_db->db());
        window.resize(1400, 940);
        DashboardView *home = window.dashboard();
        home->setClock([] { return DashboardFixture::now(); }, DashboardFixture::zone());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentPage(), ui::MainWindow::Page::Home);
        QVERIFY(home->isVisible());
        home->refresh();
        QTRY_VERIFY(!home->isBusy());
        QCOMPARE(home->tile(u"tileWon"_qs)->value(), Money::format(100000, u"EUR"_qs, m_lv));
        QCOMPARE(home->tile(u"tileActivitiesDone"_qs)->value(), u"3"_qs);
        QWidget *shot = &window;
        saveScreenshot(shot, u"home-fixture.png"_qs);

        // A stale deal in My day opens in its dialog, through the main window.
        auto *stale = home->findChild<QListWidget *>(u"myDayStaleList"_qs);
        QCOMPARE(stale->count(), 1);
        stale->setCurrentRow(0);
        stale->setFocus();
        QTest::keyClick(stale, Qt::Key_Return);
        ui::DealDialog *dialog = nullptr;
        QVERIFY((dialog = test::waitForDialog<ui::DealDialog>(u"dealDialog"_qs)));
        QCOMPARE(dialog->recordId(), m_fixture->staleDeal);
        dialog->close();
    }

    // With CRM_SCREENSHOT_DB naming a large database (bench_dashboard --db makes one), a
    // screenshot of the home screen over it.
    void largeDatabaseScreenshot()
    {
        const QString path = qEnvironmentVariable("CRM_SCREENSHOT_DB");
        if (path.isEmpty() || qEnvironmentVariable("CRM_SCREENSHOT_DIR").isEmpty())
            QSKIP("set CRM_SCREENSHOT_DB and CRM_SCREENSHOT_DIR for this screenshot");
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QUndoStack undo;
        DashboardView view(db.value(), &undo);
        view.resize(1360, 900);
        QSignalSpy refreshed(&view, &DashboardView::refreshed);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > 0, 60000);
        QVERIFY(!view.figures().databaseEmpty);
        saveScreenshot(&view, u"dashboard-large.png"_qs);
    }

    void anEmptyDatabaseWelcomes()
    {
        open(false);
        auto *stack = m_view->findChild<QLabel *>(u"dashboardEmptyState"_qs);
        QVERIFY(stack);
        QVERIFY(stack->isVisible());
        QVERIFY(!tile("tileWon")->isVisible());
        saveScreenshot(m_view.get(), u"dashboard-empty.png"_qs);
    }
};

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"
