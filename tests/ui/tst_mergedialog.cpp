// SPDX-License-Identifier: GPL-3.0-or-later
// The merge dialog, Edit ▸ Merge on a multi-selection with Ctrl+Z, and the Find Duplicates
// window (scan, "not a duplicate", merge, unmerge), driven offscreen by objectName.
// With CRM_SCREENSHOT_DIR set, saves the dialog and the window as PNG.
#include "support/builders.h"
#include "support/testdatabase.h"
#include "uitesthelpers.h"

#include "dedup/duplicateswindow.h"
#include "dedup/mergedialog.h"
#include "dedup/mergeservice.h"
#include "mainwindow/mainwindow.h"
#include "services/activityrepository.h"
#include "services/contactrepository.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace crm;
using namespace crm::core;
using namespace crm::core::dedup;
using crm::ui::DuplicatesWindow;
using crm::ui::MainWindow;
using crm::ui::MergeDialog;

class TestMergeDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::TestDatabase> m_db;
    QByteArray m_a, m_b;

    int live() const
    {
        return m_db->scalar(u"SELECT count(*) FROM contacts WHERE deleted = 0"_qs).toInt();
    }
    void shoot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("CRM_SCREENSHOT_DIR");
        QVERIFY(!w->grab().isNull());
        if (!dir.isEmpty())
            QVERIFY(w->grab().save(dir + u'/' + name + u".png"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::isolateSettings(m_settingsDir);
    }
    void init()
    {
        m_db = std::make_unique<test::TestDatabase>();
        ContactRepository contacts(m_db->db());
        Contact a = test::contact(u"Anna"_qs, u"Ozola"_qs, u"anna@x.lv"_qs, u"+371 2912 3456"_qs);
        a.city = u"Rīga"_qs;
        Contact b = test::contact(u"Anna"_qs, u"Ozoliņa"_qs, u"ANNA@x.lv"_qs);
        b.city = u"Cēsis"_qs;
        b.title = u"Director"_qs;
        m_a = contacts.create(a).value();
        m_b = contacts.create(b).value();
    }
    void cleanup() { m_db.reset(); }

    void dialogChoosesFieldsAndSurvivor()
    {
        MergeDialog dialog(m_db->db(), crm::core::dedup::RecordKind::Contact, {m_a, m_b});
        dialog.show();
        QVERIFY(dialog.errorText().isEmpty());
        auto *last1 = dialog.findChild<QRadioButton *>(u"fieldRadio_last_name_1"_qs);
        auto *city0 = dialog.findChild<QRadioButton *>(u"fieldRadio_city_0"_qs);
        QVERIFY(last1 && city0);
        QVERIFY(city0->isChecked()); // the survivor's value by default
        QVERIFY(!dialog.findChild<QRadioButton *>(u"fieldRadio_first_name_0"_qs)); // same
        // Title is empty on the survivor: the other's value is the default.
        QVERIFY(dialog.findChild<QRadioButton *>(u"fieldRadio_title_1"_qs)->isChecked());
        auto *preview = dialog.findChild<QLabel *>(u"mergePreviewLabel"_qs);
        QVERIFY(preview->text().contains(u"Ozola"));
        QTest::mouseClick(last1, Qt::LeftButton);
        QVERIFY(preview->text().contains(u"Anna Ozoliņa"));
        QVERIFY(preview->text().contains(u"Director"));
        // Keyboard: the survivor's radio has focus; Right arrow… the group is exclusive.
        auto *keep1 = dialog.findChild<QRadioButton *>(u"survivorRadio1"_qs);
        QTest::mouseClick(keep1, Qt::LeftButton);
        shoot(&dialog, u"merge-dialog"_qs);
        const MergeRequest r = dialog.request();
        QCOMPARE(r.survivor, m_b);
        QCOMPARE(r.fieldFrom.value(u"last_name"_qs), m_b);
        QCOMPARE(r.fieldFrom.value(u"city"_qs), m_a);
        QCOMPARE(r.records.size(), 2);
    }

    void mergeSelectionInMainWindowAndUndo()
    {
        auto w = std::make_unique<MainWindow>(m_db->db());
        w->show();
        w->activateWindow();
        auto *view = w->findChild<QTableView *>(u"contactsView"_qs);
        QVERIFY(view);
        QTRY_COMPARE(view->model()->rowCount(), 2);
        auto *merge = w->findChild<QAction *>(u"mergeAction"_qs);
        QVERIFY(merge);
        view->selectRow(0);
        QVERIFY(!merge->isEnabled());
        view->selectionModel()->select(view->model()->index(1, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(merge->isEnabled());
        QTimer::singleShot(0, this, [] {
            auto *dialog = test::waitForDialog<MergeDialog>(u"mergeDialog"_qs);
            QVERIFY(dialog);
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"mergeButton"_qs), Qt::LeftButton);
        });
        merge->trigger();
        QCOMPARE(live(), 1);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QVERIFY(m_db->scalar(u"SELECT count(*) FROM merges"_qs).toInt() == 1);
        // Ctrl+Z: one undo step takes the whole merge back.
        auto *undo = w->findChild<QAction *>(u"undoAction"_qs);
        QVERIFY(undo && undo->isEnabled());
        undo->trigger();
        QCOMPARE(live(), 2);
        QTRY_COMPARE(view->model()->rowCount(), 2);
        QCOMPARE(m_db->scalar(u"SELECT state FROM merges"_qs).toString(), u"unmerged"_qs);
        auto *redo = w->findChild<QAction *>(u"redoAction"_qs);
        QVERIFY(redo && redo->isEnabled());
        redo->trigger();
        QCOMPARE(live(), 1);
    }

    void duplicatesWindowScansDismissesMergesUnmerges()
    {
        ContactRepository contacts(m_db->db());
        contacts.create(test::contact(u"Jānis"_qs, u"Bērziņš"_qs)).value();
        contacts.create(test::contact(u"Janis"_qs, u"Berzins"_qs)).value();
        QUndoStack undo;
        int changed = 0;
        DuplicatesWindow window(m_db->db(), &undo, [&] { ++changed; });
        window.show();
        auto *table = window.findChild<QTableWidget *>(u"duplicatesTable"_qs);
        auto *mergeButton = window.findChild<QPushButton *>(u"duplicatesMergeButton"_qs);
        auto *dismissButton = window.findChild<QPushButton *>(u"duplicatesDismissButton"_qs);
        // Nothing to act on before a search: the window says what to do.
        QVERIFY(!mergeButton->isEnabled());
        QVERIFY(!dismissButton->isEnabled());
        QVERIFY(window.findChild<QLabel *>(u"duplicatesStatusLabel"_qs)->text().contains(u"Find"));
        // The score column's order was turned (a click on its header); a new search lists
        // best first again, and the header says so.
        table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
        QTest::mouseClick(window.findChild<QPushButton *>(u"duplicatesFindButton"_qs),
                          Qt::LeftButton);
        QTRY_VERIFY(!window.isScanning());
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(mergeButton->isEnabled()); // the best pair is chosen
        QVERIFY(dismissButton->isEnabled());
        // Best first: the e-mail pair above the name-only one.
        QVERIFY2(table->item(0, 3)->text().contains(u"same e-mail anna@x.lv"),
                 qPrintable(table->item(0, 3)->text()));
        QVERIFY(table->item(1, 3)->text().contains(u"Jānis Bērziņš"));
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), 0);
        QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        shoot(&window, u"duplicates-window"_qs);

        table->selectRow(1);
        QTest::mouseClick(window.findChild<QPushButton *>(u"duplicatesDismissButton"_qs),
                          Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        window.startScan();
        QTRY_VERIFY(!window.isScanning());
        QCOMPARE(table->rowCount(), 1); // the dismissed pair stays away

        table->selectRow(0);
        QTimer::singleShot(0, this, [] {
            auto *dialog = test::waitForDialog<MergeDialog>(u"mergeDialog"_qs);
            QVERIFY(dialog);
            QVERIFY(dialog->findChild<QPushButton *>(u"mergeButton"_qs)->isDefault());
            QTest::keyClick(dialog, Qt::Key_Return); // Enter merges
        });
        QTest::mouseClick(window.findChild<QPushButton *>(u"duplicatesMergeButton"_qs),
                          Qt::LeftButton);
        QVERIFY2(live() == 3,
                 qPrintable(window.findChild<QLabel *>(u"duplicatesStatusLabel"_qs)->text()));
        QCOMPARE(undo.count(), 1);
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(!mergeButton->isEnabled());
        auto *merges = window.findChild<QTableWidget *>(u"mergesTable"_qs);
        QCOMPARE(merges->rowCount(), 1);
        merges->selectRow(0);
        QTest::mouseClick(window.findChild<QPushButton *>(u"unmergeButton"_qs), Qt::LeftButton);
        QCOMPARE(live(), 4);
        QVERIFY(changed >= 1);
        QCOMPARE(merges->item(0, 3)->text(), u"unmerged"_qs);
    }
};

QTEST_MAIN(TestMergeDialog)
#include "tst_mergedialog.moc"
