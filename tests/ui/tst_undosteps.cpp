// SPDX-License-Identifier: GPL-3.0-or-later
// Lead conversion and board moves as steps of the main window's undo stack (Edit ▸ Undo,
// Ctrl+Z): undone and redone exactly, the open views following; a board move changes the
// board in place (no reload of every column) through the undo as well.
#include "companies/companydialog.h"
#include "contacts/contactdialog.h"
#include "deals/dealboard.h"
#include "mainwindow/mainwindow.h"
#include "models/boardmodel.h"
#include "models/companylistmodel.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/dealrepository.h"
#include "support/builders.h"
#include "support/testdatabase.h"
#include "uitesthelpers.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace crm;
using namespace crm::core;

class TestUndoSteps : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<ui::MainWindow> m_window;

    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }
    int live(const char *table) const
    {
        return m_t
            ->scalar(u"SELECT count(*) FROM "_qs + QLatin1String(table) + u" WHERE deleted = 0"_qs)
            .toInt();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid());
        test::isolateSettings(m_settings);
    }
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_t = std::make_unique<test::TestDatabase>();
        m_window = std::make_unique<ui::MainWindow>(m_t->db());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup()
    {
        m_window.reset();
        m_t.reset();
    }

    void leadConversionIsOneUndoStep()
    {
        Contact c = test::contact(u"Paweł"_qs, u"Łodziński"_qs);
        c.status = LifecycleStatus::Lead;
        c.companyId.clear();
        c.companyName.clear();
        const QByteArray id = ContactRepository(m_t->db()).create(c).value();
        m_window->openContact(id);
        QPointer<ui::ContactDialog> dialog =
            test::waitForDialog<ui::ContactDialog>(u"contactDialog"_qs);
        QVERIFY(dialog);
        auto *convert = dialog->findChild<QPushButton *>(u"convertLeadButton"_qs);
        QTest::mouseClick(convert, Qt::LeftButton);
        auto *ask = test::waitForDialog<QDialog>(u"convertLeadDialog"_qs);
        QVERIFY(ask);
        auto *company = ask->findChild<QLineEdit *>(u"companyNameEdit"_qs);
        test::typeText(company, u"Wisła Trans"_qs);
        QTest::keyClick(company, Qt::Key_Return);
        QTRY_COMPARE(live("deals"), 1);
        if (auto *deal = test::waitForDialog<QDialog>(u"dealDialog"_qs))
            deal->reject();
        QUndoStack *undo = m_window->undoStack();
        QCOMPARE(undo->count(), 1);
        QCOMPARE(undo->undoText(), u"Convert lead “Paweł Łodziński”"_qs);
        QCOMPARE(live("companies"), 1);
        QVERIFY(!convert->isEnabled());

        action("undoAction")->trigger();
        const Contact lead = ContactRepository(m_t->db()).get(id).value();
        QCOMPARE(lead.status, LifecycleStatus::Lead);
        QVERIFY(lead.companyId.isEmpty());
        QCOMPARE(live("deals"), 0);
        QCOMPARE(live("companies"), 0);
        QVERIFY(convert->isEnabled()); // the open dialog shows a lead again
        QCOMPARE(m_window->companiesModel()->rowCount(), 0);

        action("redoAction")->trigger();
        const Contact prospect = ContactRepository(m_t->db()).get(id).value();
        QCOMPARE(prospect.status, LifecycleStatus::Prospect);
        QCOMPARE(prospect.companyName, u"Wisła Trans"_qs);
        QCOMPARE(live("deals"), 1);
        QCOMPARE(live("companies"), 1);
        QVERIFY(!convert->isEnabled());
        QTRY_COMPARE(m_window->companiesModel()->rowCount(), 1);
        dialog->reject();
    }

    // A company lead converts as a user does it: the Companies list, the lead selected,
    // Edit ▸ Convert Lead… by its shortcut, the dialog filled in and Convert pressed. One
    // undo step takes it all back (the new contact and deal deleted, the status a lead's
    // again); redo brings it back.
    void companyLeadConversionFromTheList()
    {
        Company lead = test::company(u"Baltic Freight"_qs, u"Rīga"_qs);
        lead.status = LifecycleStatus::Lead;
        const QByteArray id = CompanyRepository(m_t->db()).create(lead).value();
        Contact known = test::contact(u"Ilze"_qs, u"Kalna"_qs);
        known.companyId = id;
        known.status = LifecycleStatus::Customer;
        const QByteArray knownId = ContactRepository(m_t->db()).create(known).value();
        const QString knownBefore =
            m_t->scalar(u"SELECT status || company_id FROM contacts WHERE id = ?"_qs, {knownId})
                .toString();
        // The records were written behind the window's back: open it again on them, as a user
        // who starts the app does.
        m_window = std::make_unique<ui::MainWindow>(m_t->db());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        action("showCompaniesAction")->trigger();
        QTableView *view = m_window->companiesView();
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, CompanyListModel::Status).data().toString(), u"Lead"_qs);
        view->setFocus();
        view->selectRow(0);
        QVERIFY(action("convertLeadAction")->isEnabled());
        QTest::keyClick(view, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);

        QPointer<ui::CompanyDialog> form =
            test::waitForDialog<ui::CompanyDialog>(u"companyDialog"_qs);
        QVERIFY(form);
        auto *ask = test::waitForDialog<QDialog>(u"convertCompanyDialog"_qs);
        QVERIFY(ask);
        // Pre-filled: its contact picked (the only one), a deal titled after the company.
        auto *person = ask->findChild<QComboBox *>(u"primaryContactCombo"_qs);
        QCOMPARE(person->currentText(), u"Ilze Kalna"_qs);
        auto *title = ask->findChild<QLineEdit *>(u"dealTitleEdit"_qs);
        QCOMPARE(title->text(), u"Deal with Baltic Freight"_qs);
        // A new person instead, typed in; an amount in the user's locale.
        person->setFocus();
        QTest::keyClick(person, Qt::Key_Home);
        QCOMPARE(person->currentData().toByteArray(), QByteArray());
        auto *first = ask->findChild<QLineEdit *>(u"firstNameEdit"_qs);
        QVERIFY(first->isEnabled());
        test::typeText(first, u"Jūlija"_qs);
        test::typeText(ask->findChild<QLineEdit *>(u"lastNameEdit"_qs), u"Ozola"_qs);
        auto *amount = ask->findChild<QLineEdit *>(u"amountEdit"_qs);
        test::typeText(amount, u"2,500.50"_qs);
        QTest::keyClick(amount, Qt::Key_Return);
        QTRY_COMPARE(live("deals"), 1);
        if (auto *deal = test::waitForDialog<QDialog>(u"dealDialog"_qs))
            deal->reject();

        QCOMPARE(CompanyRepository(m_t->db()).get(id)->status, LifecycleStatus::Prospect);
        const Deal deal = DealRepository(m_t->db()).list({}).value().first();
        const Deal full = DealRepository(m_t->db()).get(deal.id).value();
        QCOMPARE(full.companyId, id);
        QCOMPARE(full.amount, 2'500'50);
        QCOMPARE(full.contacts.size(), 1);
        const Contact made =
            ContactRepository(m_t->db()).get(full.contacts.first().contactId).value();
        QCOMPARE(made.displayName(), u"Jūlija Ozola"_qs);
        QCOMPARE(made.companyId, id);
        QCOMPARE(live("contacts"), 2);
        QTRY_COMPARE(view->model()->index(0, CompanyListModel::Status).data().toString(),
                     u"Prospect"_qs);
        auto *convert = form->findChild<QPushButton *>(u"convertLeadButton"_qs);
        QVERIFY(!convert->isEnabled()); // a prospect converts no more
        QCOMPARE(form->findChild<QComboBox *>(u"statusCombo"_qs)->currentText(), u"Prospect"_qs);
        QUndoStack *undo = m_window->undoStack();
        QCOMPARE(undo->count(), 1);
        QCOMPARE(undo->undoText(), u"Convert lead “Baltic Freight”"_qs);

        action("undoAction")->trigger();
        QCOMPARE(CompanyRepository(m_t->db()).get(id)->status, LifecycleStatus::Lead);
        QVERIFY(ContactRepository(m_t->db()).get(made.id)->deleted);
        QCOMPARE(live("deals"), 0);
        QCOMPARE(live("contacts"), 1);
        QCOMPARE(
            m_t->scalar(u"SELECT status || company_id FROM contacts WHERE id = ?"_qs, {knownId})
                .toString(),
            knownBefore);
        QVERIFY(convert->isEnabled()); // the open form shows a lead again
        QCOMPARE(form->findChild<QComboBox *>(u"statusCombo"_qs)->currentText(), u"Lead"_qs);
        QTRY_COMPARE(view->model()->index(0, CompanyListModel::Status).data().toString(),
                     u"Lead"_qs);

        action("redoAction")->trigger();
        QCOMPARE(CompanyRepository(m_t->db()).get(id)->status, LifecycleStatus::Prospect);
        QVERIFY(!ContactRepository(m_t->db()).get(made.id)->deleted);
        QCOMPARE(live("deals"), 1);
        QVERIFY(!convert->isEnabled());
        form->reject();
    }

    void boardMovesAreUndoStepsInPlace()
    {
        Deal d;
        d.title = u"Fleet"_qs;
        d.amount = 1'000'00;
        d.stageId = DefaultPipeline::stageId(0);
        const QByteArray id = DealRepository(m_t->db()).create(d).value();
        action("showDealBoardAction")->trigger();
        auto *board = test::findVisible<ui::DealBoard>(u"dealBoard"_qs);
        QVERIFY(board);
        QSignalSpy resets(board->model(), &QAbstractItemModel::modelReset);
        auto *research = board->findChild<QListView *>(u"stageList0"_qs);
        research->setFocus();
        research->setCurrentIndex(board->model()->dealIndex(id));
        QTest::keyClick(research, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(DealRepository(m_t->db()).get(id)->stageId, DefaultPipeline::stageId(1));
        QUndoStack *undo = m_window->undoStack();
        QCOMPARE(undo->count(), 1);
        action("undoAction")->trigger();
        QCOMPARE(DealRepository(m_t->db()).get(id)->stageId, DefaultPipeline::stageId(0));
        QCOMPARE(board->model()->dealIndex(id).parent().row(), 0);
        action("redoAction")->trigger();
        QCOMPARE(DealRepository(m_t->db()).get(id)->stageId, DefaultPipeline::stageId(1));
        QCOMPARE(board->model()->dealIndex(id).parent().row(), 1);
        QCOMPARE(resets.size(), 0); // in place: neither the move nor its undo reloaded the board
        // Closed board: the undo still moves the deal back.
        board->close();
        QTRY_VERIFY(!test::findVisible<ui::DealBoard>(u"dealBoard"_qs));
        action("undoAction")->trigger();
        QCOMPARE(DealRepository(m_t->db()).get(id)->stageId, DefaultPipeline::stageId(0));
        QCOMPARE(DealRepository(m_t->db()).stageHistory(id)->size(), 5); // created, 4 moves
    }
};

QTEST_MAIN(TestUndoSteps)
#include "tst_undosteps.moc"
