// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk edit in the main window, offscreen: Ctrl/Shift multi-selection and the selection bar,
// "Select all N matching" on a search, Edit ▸ Bulk Edit… setting a field on all matching
// contacts (run off the UI thread), the list after it, Undo and Redo. With
// CRM_SCREENSHOT_DIR set, saves the dialog and the list with its bar as PNG.
#include "support/builders.h"
#include "support/testdatabase.h"
#include "uitesthelpers.h"

#include "bulk/bulkeditdialog.h"
#include "bulk/bulkedithistorydialog.h"
#include "bulk/bulkjob.h"
#include "bulk/selectionbar.h"
#include "common/messagebox.h"
#include "mainwindow/mainwindow.h"
#include "models/contactlistmodel.h"
#include "services/bulkedit.h"
#include "services/contactrepository.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace crm;
using namespace crm::core;
using crm::ui::BulkEditDialog;
using crm::ui::MainWindow;
using crm::ui::SelectionBar;

class TestBulkEditUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<test::TestDatabase> m_db;

    int customers() const
    {
        return m_db->scalar(u"SELECT count(*) FROM contacts WHERE status = 'customer'"_qs).toInt();
    }
    void shoot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("CRM_SCREENSHOT_DIR");
        QVERIFY(!w->grab().isNull());
        if (!dir.isEmpty())
            QVERIFY(w->grab().save(dir + u'/' + name + u".png"));
    }
    static void clickRow(QTableView *view, int row, Qt::KeyboardModifiers modifiers = {})
    {
        const QRect r = view->visualRect(view->model()->index(row, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, r.center());
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
        const QString names[] = {u"Anna"_qs, u"Berta"_qs, u"Cilda"_qs, u"Dace"_qs, u"Elza"_qs};
        for (const QString &n : names) {
            Contact c = test::contact(n, u"Ozola"_qs);
            c.city = u"Rīga"_qs;
            QVERIFY(contacts.create(c).ok());
        }
        for (const QString &n : {u"Tõnu"_qs, u"Mart"_qs, u"Kadri"_qs}) {
            Contact c = test::contact(n, u"Tamm"_qs);
            c.city = u"Tallinn"_qs;
            QVERIFY(contacts.create(c).ok());
        }
    }
    void cleanup() { m_db.reset(); }

    void selectAllMatchingSetFieldUndo()
    {
        auto w = std::make_unique<MainWindow>(m_db->db());
        w->setCurrentPage(MainWindow::Page::Contacts);
        w->show();
        w->activateWindow();
        auto *view = w->findChild<QTableView *>(u"contactsView"_qs);
        auto *bar = view->parentWidget()->findChild<SelectionBar *>(u"selectionBar"_qs);
        QVERIFY(view && bar);
        auto *label = bar->findChild<QLabel *>(u"selectionLabel"_qs);
        QTRY_COMPARE(view->model()->rowCount(), 8);
        QVERIFY(!bar->isVisible());

        // Ctrl and Shift clicks select several rows; the bar offers all.
        clickRow(view, 0);
        QVERIFY(!bar->isVisible());
        clickRow(view, 2, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->selectedRows(), 2);
        QVERIFY(label->text().contains(u"Selected: 2 of 8"));
        clickRow(view, 5, Qt::ShiftModifier);
        QCOMPARE(bar->selectedRows(), 5); // 0, then 2…5
        QVERIFY(!bar->allMatching());

        // A search; two rows of its five, then "Select all 5 matching".
        auto *search = w->findChild<QLineEdit *>(u"searchLineEdit"_qs);
        search->setText(u"riga"_qs);
        QTRY_COMPARE(view->model()->rowCount(), 5);
        QVERIFY(!bar->isVisible()); // the reset cleared the selection
        clickRow(view, 0);
        clickRow(view, 1, Qt::ShiftModifier);
        QVERIFY(label->text().contains(u"Select all 5 matching “riga”"));
        shoot(view->parentWidget(), u"bulk-selection-bar"_qs);
        emit label->linkActivated(u"#all"_qs);
        QVERIFY(bar->allMatching());
        QCOMPARE(bar->selectedCount(), 5);
        QVERIFY(label->text().contains(u"All 5 matching “riga” are selected"));
        shoot(view->parentWidget(), u"bulk-selection-bar-all"_qs);
        // Clear selection, then Ctrl+A: every row of the list is every match.
        emit label->linkActivated(u"#clear"_qs);
        QVERIFY(!bar->isVisible());
        view->setFocus();
        QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
        QVERIFY(bar->allMatching());

        auto *bulk = w->findChild<QAction *>(u"bulkEditAction"_qs);
        QVERIFY(bulk && bulk->isEnabled());
        QCOMPARE(bulk->shortcut(), QKeySequence(u"Ctrl+Shift+B"_qs));
        QTimer::singleShot(0, this, [this] {
            auto *dialog = test::waitForDialog<BulkEditDialog>(u"bulkEditDialog"_qs);
            QVERIFY(dialog);
            auto *field = dialog->findChild<QComboBox *>(u"bulkFieldCombo"_qs);
            auto *apply = dialog->findChild<QPushButton *>(u"bulkApplyButton"_qs);
            auto *summary = dialog->findChild<QLabel *>(u"bulkSummaryLabel"_qs);
            auto *error = dialog->findChild<QLabel *>(u"bulkErrorLabel"_qs);
            // A birthday in the future is refused as the contact form refuses it.
            field->setCurrentIndex(field->findData(u"birthday"_qs));
            auto *date = dialog->findChild<QDateEdit *>(u"bulkDateEdit"_qs);
            QVERIFY(date->isVisible());
            date->setDate(QDate::currentDate().addYears(2));
            QVERIFY(!apply->isEnabled());
            QVERIFY(error->isVisible());
            QVERIFY(!error->text().isEmpty());
            field->setCurrentIndex(field->findData(u"status"_qs));
            auto *choice = dialog->findChild<QComboBox *>(u"bulkChoiceCombo"_qs);
            QVERIFY(choice->isVisible());
            choice->setCurrentIndex(choice->findData(u"customer"_qs));
            QVERIFY(apply->isEnabled());
            QCOMPARE(summary->text(), u"Set Status to Customer · Contacts: 5"_qs);
            shoot(dialog, u"bulk-edit-dialog"_qs);
            QTest::mouseClick(apply, Qt::LeftButton);
        });
        bulk->trigger();
        QTRY_COMPARE(customers(), 5);
        QTRY_COMPARE(ui::BulkJob::running(), 0);
        auto statusOf = [&](int row) {
            return view->model()->index(row, ContactListModel::Status).data().toString();
        };
        QTRY_COMPARE(statusOf(0), u"Customer"_qs);
        QCOMPARE(statusOf(4), u"Customer"_qs);
        QCOMPARE(w->undoStack()->count(), 1);
        QCOMPARE(w->undoStack()->undoText(), u"Set Status to Customer"_qs);

        // Undo: every row back as it was; Redo: again.
        w->findChild<QAction *>(u"undoAction"_qs)->trigger();
        QTRY_COMPARE(customers(), 0);
        QTRY_COMPARE(statusOf(0), u"Lead"_qs);
        QTRY_COMPARE(ui::BulkJob::running(), 0);
        w->undoStack()->redo();
        QTRY_COMPARE(customers(), 5);
        QTRY_COMPARE(statusOf(2), u"Customer"_qs);
        QTRY_COMPARE(ui::BulkJob::running(), 0);
        // The Tallinn contacts were never touched.
        QCOMPARE(m_db->scalar(u"SELECT count(*) FROM contacts WHERE city = 'Tallinn' AND "
                              u"status = 'lead'"_qs)
                     .toInt(),
                 3);

        // A contact changed after the edit keeps its change through undo and redo.
        ContactRepository contacts(m_db->db());
        const QByteArray changed =
            m_db->scalar(u"SELECT id FROM contacts WHERE status = 'customer' LIMIT 1"_qs)
                .toByteArray();
        Contact former = contacts.get(changed).value();
        former.status = LifecycleStatus::Former;
        QVERIFY(contacts.update(former).ok());
        w->undoStack()->undo();
        QTRY_COMPARE(ui::BulkJob::running(), 0);
        QTRY_COMPARE(customers(), 0);
        QCOMPARE(contacts.get(changed)->status, LifecycleStatus::Former);
        QVERIFY2(w->statusBar()->currentMessage().contains(u"4 put back; 1 left"_qs),
                 qPrintable(w->statusBar()->currentMessage()));
        w->undoStack()->redo();
        QTRY_COMPARE(customers(), 4);
        QTRY_COMPARE(ui::BulkJob::running(), 0);
        QCOMPARE(contacts.get(changed)->status, LifecycleStatus::Former);
    }

    // Edit ▸ Bulk Edit History undoes an edit made before the window existed (an earlier
    // session): every row back but the one changed since, which the user is told about; the
    // list shows the values put back.
    void historyUndoesAnEditOfAnEarlierSession()
    {
        BulkEdit earlier(m_db->db());
        BulkTarget riga;
        riga.query = [&] {
            ContactListModel list(m_db->db());
            list.setFilterText(u"riga"_qs);
            return list.query();
        }();
        auto made =
            earlier.apply(riga, {BulkOperation::Kind::SetField, u"city"_qs, u"Valmiera"_qs});
        QVERIFY(made.ok());
        QCOMPARE(made->changes.size(), 5);
        ContactRepository contacts(m_db->db());
        Contact later = contacts.get(made->changes.first().id).value();
        later.city = u"Cēsis"_qs;
        QVERIFY(contacts.update(later).ok());

        auto w = std::make_unique<MainWindow>(m_db->db());
        w->setCurrentPage(MainWindow::Page::Contacts);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        auto *view = w->findChild<QTableView *>(u"contactsView"_qs);
        auto citiesShown = [view] {
            QStringList out;
            for (int r = 0; r < view->model()->rowCount(); ++r)
                out << view->model()->index(r, ContactListModel::City).data().toString();
            out.sort();
            return out;
        };
        QTRY_COMPARE(view->model()->rowCount(), 8);
        QCOMPARE(citiesShown().count(u"Valmiera"_qs), 4);

        w->findChild<QAction *>(u"bulkEditHistoryAction"_qs)->trigger();
        auto *dialog = test::waitForDialog<ui::BulkEditHistoryDialog>(u"bulkEditHistoryDialog"_qs);
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTableWidget *>(u"bulkEditHistoryTable"_qs);
        auto *undo = dialog->findChild<QPushButton *>(u"bulkEditHistoryUndoButton"_qs);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 2)->text(), u"Contacts"_qs);
        QCOMPARE(table->item(0, 3)->text(), u"Set City to Valmiera"_qs);
        QCOMPARE(table->item(0, 5)->text(), u"5"_qs);
        QCOMPARE(table->item(0, 6)->text(), u"Done"_qs);
        QVERIFY(undo->isEnabled());
        shoot(dialog, u"bulk-edit-history"_qs);

        ui::MessageBox::setNextAnswer(QMessageBox::Yes); // "Undo bulk edit 1 …?"
        QTest::mouseClick(undo, Qt::LeftButton);
        QVERIFY(ui::MessageBox::lastText().contains(u"Set City to Valmiera"_qs));
        ui::MessageBox::setNextAnswer(QMessageBox::Ok); // what was left, once it is done
        QTRY_COMPARE(ui::BulkJob::running(), 0);
        QTRY_VERIFY(ui::MessageBox::lastText().contains(u"4 put back; 1 left"_qs));
        QCOMPARE(m_db->scalar(u"SELECT count(*) FROM contacts WHERE city = 'Rīga'"_qs).toInt(), 4);
        QCOMPARE(contacts.get(later.id)->city, u"Cēsis"_qs);
        QCOMPARE(table->item(0, 6)->text(), u"Undone · 1 left as changed since"_qs);
        QVERIFY(!undo->isEnabled());
        shoot(dialog, u"bulk-edit-history-undone"_qs);
        QTRY_COMPARE(citiesShown().count(u"Valmiera"_qs), 0);
        QCOMPARE(citiesShown().count(u"Rīga"_qs), 4);
        dialog->close();
    }

    // Shift-selecting 5,000 rows of 20,008 hands the worker their places in the list's order:
    // the list loads no page between the ends (the UI thread reads no id), and the worker
    // reads exactly those rows. A list that changed under the selection is refused.
    void largeRangeSelectionIsReadByTheWorker()
    {
        QList<Contact> many;
        for (int i = 0; i < 20000; ++i)
            many << test::contact(u"P%1"_qs.arg(i, 5, 10, QChar(u'0')), u"Berzina"_qs);
        QVERIFY(ContactRepository(m_db->db()).createMany(many, 2000).ok());
        auto w = std::make_unique<MainWindow>(m_db->db());
        w->setCurrentPage(MainWindow::Page::Contacts);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QTableView *view = w->contactsView();
        auto *model = w->contactsModel();
        auto *bar = view->parentWidget()->findChild<SelectionBar *>(u"selectionBar"_qs);
        QCOMPARE(model->rowCount(), 20008);
        // The rows a user sees are painted, so loaded.
        view->scrollTo(model->index(1000, 0), QAbstractItemView::PositionAtTop);
        QTRY_VERIFY(!model->loadedIdAt(1000).isEmpty());
        clickRow(view, 1000);
        view->scrollTo(model->index(5999, 0), QAbstractItemView::PositionAtBottom);
        QTRY_VERIFY(!model->loadedIdAt(5999).isEmpty());
        clickRow(view, 5999, Qt::ShiftModifier);
        QCOMPARE(bar->selectedRows(), 5000);
        QVERIFY(!bar->allMatching());

        const auto idAt = [model](int row) { return model->idAt(row); };
        const auto loadedIdAt = [model](int row) { return model->loadedIdAt(row); };
        const BulkTarget target =
            bar->target(CustomEntity::Contact, idAt, loadedIdAt, model->query());
        QVERIFY(target.ids.isEmpty());
        QCOMPARE(target.query.ranges.size(), 1);
        QCOMPARE(target.query.ranges[0].first, 1000);
        QCOMPARE(target.query.ranges[0].count, 5000);
        QVERIFY(!target.query.ranges[0].firstId.isEmpty());
        QVERIFY(!target.query.ranges[0].lastId.isEmpty());
        QVERIFY(model->loadedIdAt(3000).isEmpty()); // no page between the ends was read

        QList<QByteArray> expected;
        QSqlQuery q(m_db->db()->connection());
        QVERIFY(q.exec(u"SELECT id FROM contacts WHERE deleted = 0 ORDER BY local_sort_name, "
                       u"rid LIMIT 5000 OFFSET 1000"_qs));
        while (q.next())
            expected << q.value(0).toByteArray();
        auto resolved = BulkEdit(m_db->db()).resolve(target);
        QVERIFY(resolved.ok());
        QCOMPARE(resolved.value(), expected);
        QCOMPARE(resolved.value().first(), model->idAt(1000));
        QCOMPARE(resolved.value().last(), model->idAt(5999));

        // Through Edit ▸ Bulk Edit…: exactly those 5,000 become customers.
        QTimer::singleShot(0, this, [] {
            auto *dialog = test::waitForDialog<BulkEditDialog>(u"bulkEditDialog"_qs);
            QVERIFY(dialog);
            auto *field = dialog->findChild<QComboBox *>(u"bulkFieldCombo"_qs);
            field->setCurrentIndex(field->findData(u"status"_qs));
            auto *choice = dialog->findChild<QComboBox *>(u"bulkChoiceCombo"_qs);
            choice->setCurrentIndex(choice->findData(u"customer"_qs));
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"bulkApplyButton"_qs),
                              Qt::LeftButton);
        });
        w->findChild<QAction *>(u"bulkEditAction"_qs)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(customers(), 5000, 60000);
        QTRY_COMPARE(ui::BulkJob::running(), 0);
        QList<QByteArray> changed;
        QVERIFY(q.exec(u"SELECT id FROM contacts WHERE status = 'customer' ORDER BY "
                       u"local_sort_name, rid"_qs));
        while (q.next())
            changed << q.value(0).toByteArray();
        QCOMPARE(changed, expected);

        // A contact that sorts first moves every row: the worker refuses the stale ranges.
        QVERIFY(ContactRepository(m_db->db()).create(test::contact(u"Aaron"_qs, u"Aa"_qs)).ok());
        auto stale = BulkEdit(m_db->db()).resolve(target);
        QVERIFY(!stale.ok());
        QVERIFY(stale.error().message().contains(u"select them again"_qs));
    }
};

QTEST_MAIN(TestBulkEditUi)
#include "tst_bulkeditui.moc"
