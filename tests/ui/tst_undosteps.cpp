// SPDX-License-Identifier: GPL-3.0-or-later
// Lead conversion and board moves as steps of the main window's undo stack (Edit ▸ Undo,
// Ctrl+Z): undone and redone exactly, the open views following; a board move changes the
// board in place (no reload of every column) through the undo as well.
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
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
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
