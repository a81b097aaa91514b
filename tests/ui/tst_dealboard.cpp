// SPDX-License-Identifier: GPL-3.0-or-later
// The deals board on screen (offscreen): a card dragged to another column and one moved with
// the keyboard change the column headers' counts and totals.
#include "deals/dealboard.h"
#include "deals/deallistview.h"
#include "deals/stalecarddelegate.h"
#include "demo/demodata.h"
#include "models/boardmodel.h"
#include "models/deallistmodel.h"
#include "services/dealrepository.h"
#include "services/pipelinerepository.h"
#include "support/testdatabase.h"
#include "uitesthelpers.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDropEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStyle>
#include <QTest>
#include <QUndoStack>

using namespace crm;
using namespace crm::core;

class TestDealBoard : public QObject
{
    Q_OBJECT

private:
    static QByteArray add(const DatabasePtr &db, const QString &title, qint64 amount, int stage)
    {
        Deal d;
        d.title = title;
        d.amount = amount;
        d.currency = QStringLiteral("EUR");
        d.stageId = DefaultPipeline::stageId(stage);
        return DealRepository(db).create(d).value();
    }
    template <typename T> static T *child(QWidget *parent, const QString &name)
    {
        return parent->findChild<T *>(name);
    }

private slots:
    void dragAndKeyboardMoveCards()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        test::TestDatabase t;
        const QByteArray a = add(t.db(), u"Fleet"_qs, 1'000'00, 0);
        add(t.db(), u"Printers"_qs, 250'00, 0);
        ui::DealBoard board(t.db());
        board.resize(1000, 600);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));

        auto *research = child<QListView>(&board, u"stageList0"_qs);
        auto *qualified = child<QListView>(&board, u"stageList1"_qs);
        auto *researchHeader = child<QLabel>(&board, u"stageHeader0"_qs);
        auto *qualifiedHeader = child<QLabel>(&board, u"stageHeader1"_qs);
        QVERIFY(research && qualified && researchHeader && qualifiedHeader);
        QVERIFY(child<QListView>(&board, u"stageList3"_qs));
        QVERIFY(!child<QListView>(&board, u"stageList4"_qs)); // won/lost are not columns
        QCOMPARE(research->model()->rowCount(research->rootIndex()), 2);
        QVERIFY2(researchHeader->text().startsWith(u"Research · 2\n"_qs),
                 qPrintable(researchHeader->text()));
        QVERIFY2(researchHeader->text().contains(u"$"_qs) == false &&
                     researchHeader->text().contains(u"1,250.00"_qs),
                 qPrintable(researchHeader->text()));

        // Drag "Fleet" from Research and drop it on the Qualified column.
        const QModelIndex fleet = board.model()->dealIndex(a);
        QVERIFY(fleet.isValid());
        std::unique_ptr<QMimeData> data(board.model()->mimeData({fleet}));
        QVERIFY(data);
        const QPoint at = qualified->viewport()->rect().center();
        QDragEnterEvent enter(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(qualified->viewport(), &enter);
        QDragMoveEvent move(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(qualified->viewport(), &move);
        QDropEvent drop(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(qualified->viewport(), &drop);
        QTRY_COMPARE(qualified->model()->rowCount(qualified->rootIndex()), 1);
        QCOMPARE(research->model()->rowCount(research->rootIndex()), 1);
        QVERIFY2(qualifiedHeader->text().startsWith(u"Qualified · 1\n"_qs) &&
                     qualifiedHeader->text().contains(u"1,000.00"_qs),
                 qPrintable(qualifiedHeader->text()));
        QVERIFY2(researchHeader->text().contains(u"250.00"_qs) &&
                     !researchHeader->text().contains(u"1,250.00"_qs),
                 qPrintable(researchHeader->text()));
        QCOMPARE(DealRepository(t.db()).get(a)->stageId, DefaultPipeline::stageId(1));

        // The keyboard way: Ctrl+Right moves the current card one column on.
        qualified->setFocus();
        qualified->setCurrentIndex(qualified->model()->index(0, 0, qualified->rootIndex()));
        QTest::keyClick(qualified, Qt::Key_Right, Qt::ControlModifier);
        auto *proposal = child<QListView>(&board, u"stageList2"_qs);
        QTRY_COMPARE(proposal->model()->rowCount(proposal->rootIndex()), 1);
        QVERIFY(child<QLabel>(&board, u"stageHeader2"_qs)->text().contains(u"1,000.00"_qs));
        QVERIFY(!qualifiedHeader->text().contains(u"1,000.00"_qs));
        QCOMPARE(DealRepository(t.db()).get(a)->stageId, DefaultPipeline::stageId(2));
        QCOMPARE(DealRepository(t.db()).stageHistory(a)->size(), 3);

        // Ctrl+W: won, off the board.
        QVERIFY(proposal->hasFocus());
        QTest::keyClick(proposal, Qt::Key_W, Qt::ControlModifier);
        QTRY_COMPARE(proposal->model()->rowCount(proposal->rootIndex()), 0);
        QCOMPARE(DealRepository(t.db()).get(a)->outcome, StageOutcome::Won);
    }

    // Signing in moves the seeded default pipeline to the team's ids (PipelineRepository::
    // adoptTeam). A board open through it shows the team's pipeline with its cards, not an
    // error about a pipeline that is gone; a pipeline added meanwhile is offered too.
    void openBoardFollowsThePipelineToTheTeam()
    {
        test::TestDatabase t;
        add(t.db(), u"Fleet"_qs, 1'000'00, 1);
        ui::DealBoard board(t.db());
        board.resize(1000, 600);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        auto *pipelines = child<QComboBox>(&board, u"pipelineCombo"_qs);
        QCOMPARE(pipelines->count(), 1);
        QCOMPARE(pipelines->currentData().toByteArray(), DefaultPipeline::pipelineId());
        // So does the deal list filtered by that pipeline.
        ui::DealListView list(t.db());
        auto *listPipelines = child<QComboBox>(&list, u"dealPipelineCombo"_qs);
        listPipelines->setCurrentIndex(listPipelines->findData(DefaultPipeline::pipelineId()));
        QCOMPARE(list.model()->rowCount(), 1);

        t.scalar(u"INSERT OR REPLACE INTO meta(key, value) VALUES ('sync_team', 'riga')"_qs);
        QVERIFY(PipelineRepository::adoptTeam(t.db()));
        QVERIFY(PipelineRepository(t.db()).addPipeline(u"Renewals"_qs));
        board.reload();
        list.reload();

        const QByteArray riga = DefaultPipeline::pipelineId(u"riga"_qs);
        QCOMPARE(pipelines->count(), 2);
        QCOMPARE(pipelines->currentData().toByteArray(), riga);
        QCOMPARE(board.model()->pipelineId(), riga);
        auto *message = child<QLabel>(&board, u"boardMessage"_qs);
        QVERIFY2(!message->isVisible(), qPrintable(message->text()));
        auto *qualified = child<QListView>(&board, u"stageList1"_qs);
        QVERIFY(qualified);
        QCOMPARE(qualified->model()->rowCount(qualified->rootIndex()), 1);
        QCOMPARE(listPipelines->count(), 3); // all, the team's, Renewals
        QCOMPARE(listPipelines->currentData().toByteArray(), riga);
        QCOMPARE(list.model()->pipeline(), riga);
        QCOMPARE(list.model()->rowCount(), 1);

        // The card the user is on stays current and focused through a reload, also when it
        // moved to another column meanwhile (a colleague's move arriving by sync).
        QTRY_VERIFY(qualified->isVisible());
        qualified->setFocus();
        QVERIFY(qualified->hasFocus());
        qualified->setCurrentIndex(qualified->model()->index(0, 0, qualified->rootIndex()));
        const QByteArray fleet = qualified->currentIndex().data(BoardModel::IdRole).toByteArray();
        Deal moved = DealRepository(t.db()).get(fleet).value();
        moved.stageId = DefaultPipeline::stageId(2, u"riga"_qs);
        QVERIFY(DealRepository(t.db()).update(moved));
        board.reload();
        auto *proposal = child<QListView>(&board, u"stageList2"_qs);
        QVERIFY(proposal);
        QVERIFY(proposal->hasFocus());
        QCOMPARE(proposal->currentIndex().data(BoardModel::IdRole).toByteArray(), fleet);

        // The user's choice of another pipeline stays through a reload.
        pipelines->setCurrentIndex(pipelines->findText(u"Renewals"_qs));
        board.reload();
        QCOMPARE(pipelines->currentText(), u"Renewals"_qs);
        QCOMPARE(board.model()->pipelineId(), pipelines->currentData().toByteArray());
    }

    void filtersAndLostWithAReason()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        test::TestDatabase t;
        Deal anna;
        anna.title = u"Anna's fleet"_qs;
        anna.owner = u"anna"_qs;
        anna.expectedClose = QDate(2027, 3, 15);
        anna.tags = {u"Renewal"_qs};
        anna.stageId = DefaultPipeline::stageId(0);
        const QByteArray a = DealRepository(t.db()).create(anna).value();
        Deal juris = anna;
        juris.title = u"Juris's printers"_qs;
        juris.owner = u"juris"_qs;
        juris.expectedClose = QDate(2027, 4, 2);
        juris.tags = {};
        const QByteArray j = DealRepository(t.db()).create(juris).value();
        ui::DealBoard board(t.db());
        board.resize(1100, 600);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        auto *research = child<QListView>(&board, u"stageList0"_qs);
        QCOMPARE(research->model()->rowCount(research->rootIndex()), 2);

        auto *owner = child<QComboBox>(&board, u"ownerFilterCombo"_qs);
        auto *month = child<QComboBox>(&board, u"monthFilterCombo"_qs);
        auto *tag = child<QComboBox>(&board, u"tagFilterCombo"_qs);
        QVERIFY(owner && month && tag);
        QCOMPARE(owner->count(), 3); // anyone, anna, juris
        QCOMPARE(month->itemText(2), u"April 2027"_qs);
        // Chosen with the keyboard, as a person would.
        owner->setFocus();
        QTest::keyClick(owner, Qt::Key_Down);
        QCOMPARE(board.model()->filter().owner, u"anna"_qs);
        QCOMPARE(research->model()->rowCount(research->rootIndex()), 1);
        QTest::keyClick(owner, Qt::Key_Down);
        QCOMPARE(research->model()->rowCount(research->rootIndex()), 1);
        QCOMPARE(research->model()->index(0, 0, research->rootIndex()).data().toString(),
                 u"Juris's printers"_qs);
        QTest::keyClick(owner, Qt::Key_Home);
        month->setFocus();
        QTest::keyClick(month, Qt::Key_Down); // March 2027
        QCOMPARE(research->model()->rowCount(research->rootIndex()), 1);
        QTest::keyClick(month, Qt::Key_Home);
        tag->setFocus();
        QTest::keyClick(tag, Qt::Key_Down); // Renewal
        QCOMPARE(research->model()->rowCount(research->rootIndex()), 1);
        QCOMPARE(research->model()->index(0, 0, research->rootIndex()).data().toString(),
                 u"Anna's fleet"_qs);
        QVERIFY(board.grab().save(QDir::temp().filePath(u"crm-deal-board-filters.png"_qs)));
        QTest::keyClick(tag, Qt::Key_Home);
        QCOMPARE(research->model()->rowCount(research->rootIndex()), 2);

        // Ctrl+L asks why; OK waits for a reason; the deal leaves the board as lost.
        research->setFocus();
        research->setCurrentIndex(board.model()->dealIndex(j));
        QTest::keyClick(research, Qt::Key_L, Qt::ControlModifier);
        auto *ask = test::waitForDialog<QInputDialog>(u"lostReasonDialog"_qs);
        QVERIFY(ask);
        auto *ok = ask->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        auto *edit = ask->findChild<QLineEdit *>();
        test::typeText(edit, u"Went with a competitor"_qs);
        QVERIFY(ok->isEnabled());
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(DealRepository(t.db()).get(j)->outcome, StageOutcome::Lost);
        QCOMPARE(DealRepository(t.db()).get(j)->lostReason, u"Went with a competitor"_qs);
        QTRY_COMPARE(child<QListView>(&board, u"stageList0"_qs)
                         ->model()
                         ->rowCount(child<QListView>(&board, u"stageList0"_qs)->rootIndex()),
                     1);
        Q_UNUSED(a);
    }

    // Every board move is one undo step that restores exactly: the stage (recorded in the
    // history as a move back), a defaulted probability with it, an overridden one untouched,
    // no won date or lost reason left behind; redo moves it again.
    void movesAreUndoSteps()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        test::TestDatabase t;
        const QByteArray a = add(t.db(), u"Fleet"_qs, 1'000'00, 0);
        Deal fixed;
        fixed.title = u"Printers"_qs;
        fixed.amount = 250'00;
        fixed.probability = 70;
        fixed.stageId = DefaultPipeline::stageId(0);
        const QByteArray b = DealRepository(t.db()).create(fixed).value();
        DealRepository deals(t.db());
        const Deal aBefore = deals.get(a).value();
        QVERIFY(!aBefore.probability);
        QUndoStack undo;
        ui::DealBoard board(t.db());
        board.setUndoStack(&undo);
        board.resize(1000, 600);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        auto *research = child<QListView>(&board, u"stageList0"_qs);
        auto *qualified = child<QListView>(&board, u"stageList1"_qs);
        auto *researchHeader = child<QLabel>(&board, u"stageHeader0"_qs);
        const QString researchText = researchHeader->text();

        // Dragged: one step.
        std::unique_ptr<QMimeData> data(board.model()->mimeData({board.model()->dealIndex(a)}));
        const QPoint at = qualified->viewport()->rect().center();
        QDragEnterEvent enter(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(qualified->viewport(), &enter);
        QDragMoveEvent move(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(qualified->viewport(), &move);
        QDropEvent drop(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(qualified->viewport(), &drop);
        QTRY_COMPARE(undo.count(), 1);
        QCOMPARE(undo.undoText(), u"Move “Fleet” to Qualified"_qs);
        QCOMPARE(deals.get(a)->stageId, DefaultPipeline::stageId(1));
        const int qualifiedProbability = deals.get(a)->effectiveProbability;
        QVERIFY(qualifiedProbability != aBefore.effectiveProbability);

        undo.undo();
        Deal back = deals.get(a).value();
        QCOMPARE(back.stageId, DefaultPipeline::stageId(0));
        QVERIFY(!back.probability);
        QCOMPARE(back.effectiveProbability, aBefore.effectiveProbability);
        QCOMPARE(back.weightedAmount, aBefore.weightedAmount);
        auto history = deals.stageHistory(a).value();
        QCOMPARE(history.size(), 3); // created, moved, moved back
        QCOMPARE(history.last().fromStageId, DefaultPipeline::stageId(1));
        QCOMPARE(history.last().toStageId, DefaultPipeline::stageId(0));
        // In place on the board: the card and the totals are back.
        QCOMPARE(research->model()->rowCount(research->rootIndex()), 2);
        QCOMPARE(qualified->model()->rowCount(qualified->rootIndex()), 0);
        QCOMPARE(researchHeader->text(), researchText);

        undo.redo();
        QCOMPARE(deals.get(a)->stageId, DefaultPipeline::stageId(1));
        QCOMPARE(deals.get(a)->effectiveProbability, qualifiedProbability);
        QCOMPARE(qualified->model()->rowCount(qualified->rootIndex()), 1);
        QCOMPARE(deals.stageHistory(a)->size(), 4);

        // Keyboard: an overridden probability stays what it was through move and undo.
        research->setFocus();
        research->setCurrentIndex(board.model()->dealIndex(b));
        QTest::keyClick(research, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(undo.count(), 2);
        QCOMPARE(deals.get(b)->stageId, DefaultPipeline::stageId(1));
        QCOMPARE(deals.get(b)->effectiveProbability, 70);
        undo.undo();
        QCOMPARE(deals.get(b)->stageId, DefaultPipeline::stageId(0));
        QCOMPARE(deals.get(b)->probability, std::optional<int>(70));

        // Won (Ctrl+W) and undone: open again, no won date.
        qualified->setFocus();
        qualified->setCurrentIndex(board.model()->dealIndex(a));
        QTest::keyClick(qualified, Qt::Key_W, Qt::ControlModifier);
        QCOMPARE(deals.get(a)->outcome, StageOutcome::Won);
        QVERIFY(deals.get(a)->wonAt > 0);
        undo.undo();
        QCOMPARE(deals.get(a)->outcome, StageOutcome::Open);
        QCOMPARE(deals.get(a)->wonAt, 0);
        QCOMPARE(deals.get(a)->stageId, DefaultPipeline::stageId(1));
        QCOMPARE(board.model()->dealIndex(a).parent().row(), 1); // its card is back

        // Lost (Ctrl+L, with the reason) and undone: open, no reason; redo: the same reason.
        research->setFocus();
        research->setCurrentIndex(board.model()->dealIndex(b));
        QTest::keyClick(research, Qt::Key_L, Qt::ControlModifier);
        auto *ask = test::waitForDialog<QInputDialog>(u"lostReasonDialog"_qs);
        QVERIFY(ask);
        auto *edit = ask->findChild<QLineEdit *>();
        test::typeText(edit, u"Budget cut"_qs);
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(deals.get(b)->outcome, StageOutcome::Lost);
        QTRY_COMPARE(undo.undoText(), u"Move “Printers” to Lost"_qs);
        undo.undo();
        QCOMPARE(deals.get(b)->outcome, StageOutcome::Open);
        QCOMPARE(deals.get(b)->stageId, DefaultPipeline::stageId(0));
        QVERIFY(deals.get(b)->lostReason.isEmpty());
        QCOMPARE(deals.get(b)->lostAt, 0);
        QTRY_VERIFY(board.model()->dealIndex(b).isValid());
        undo.redo();
        QCOMPARE(deals.get(b)->outcome, StageOutcome::Lost);
        QCOMPARE(deals.get(b)->lostReason, u"Budget cut"_qs);
        QVERIFY(!board.model()->dealIndex(b).isValid());
    }

    // Every card is laid out as tall as its wrapped text at the width it is painted with: no
    // card's text is cut short ("…") and none leaves an empty line below it — also with stale
    // cards' icons, after a column's scroll bar comes, and after the board is resized.
    void cardsAreAsTallAsTheirWrappedText()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Ireland));
        test::TestDatabase t;
        QVERIFY(DemoData::populate(t.db(), 300).ok());
        const QStringList titles = {
            u"Printers and scanners for the new Tallinn office, with three years of service"_qs,
            u"Ķemeru viesnīcas rezervēšanas sistēmas atjaunošana un uzturēšana"_qs,
            u"Обновление парка ноутбуков для отдела продаж в Санкт-Петербурге"_qs,
            u"Εκσυγχρονισμός του δικτύου καταστημάτων στη Θεσσαλονίκη και την Αθήνα"_qs,
        };
        for (int i = 0; i < 8; ++i)
            add(t.db(), titles.at(i % titles.size()), (i + 1) * 1'234'56, i % 4);
        ui::DealBoard board(t.db());
        board.resize(1000, 560);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        QTest::qWait(300); // as the screenshots do: the model fills from a pool thread

        const QList<QListView *> lists =
            board.findChildren<QListView *>(QRegularExpression(u"^stageList"_qs));
        QCOMPARE(lists.size(), 4);
        auto checkCards = [&](const QByteArray &when) {
            QTest::qWait(50); // the lists lay their cards out again after a resize
            int wrapped = 0;
            int stale = 0;
            bool scrolled = false;
            for (QListView *list : lists) {
                auto *delegate = qobject_cast<ui::StaleCardDelegate *>(list->itemDelegate());
                QVERIFY(delegate);
                scrolled = scrolled || list->verticalScrollBar()->isVisible();
                const int line = list->fontMetrics().lineSpacing();
                QRect previous;
                for (int r = 0; r < list->model()->rowCount(list->rootIndex()); ++r) {
                    const QModelIndex card = list->model()->index(r, 0, list->rootIndex());
                    const QRect painted = list->visualRect(card);
                    QStyleOptionViewItem option;
                    option.initFrom(list);
                    option.features |= QStyleOptionViewItem::WrapText;
                    option.decorationSize =
                        QSize(1, 1) *
                        list->style()->pixelMetric(QStyle::PM_ListViewIconSize, nullptr, list);
                    option.rect = painted;
                    option.widget = list;
                    delegate->initStyleOption(&option, card);
                    const QRect text = delegate->textRect(option);
                    const int needed = ui::StaleCardDelegate::textHeight(option, text.width());
                    wrapped += needed > 2 * line + line / 2;
                    stale += (option.features & QStyleOptionViewItem::HasDecoration) != 0;
                    const QByteArray what = when + ": " + list->objectName().toUtf8() + " card " +
                                            QByteArray::number(r) + " (" + option.text.toUtf8() +
                                            ") painted " + QByteArray::number(painted.width()) +
                                            "×" + QByteArray::number(painted.height()) +
                                            " px; its text needs " + QByteArray::number(needed) +
                                            " px of " + QByteArray::number(text.height());
                    QVERIFY2(painted.width() == list->viewport()->width() - 2 * list->spacing(),
                             what.constData());
                    QVERIFY2(needed <= text.height(), what.constData());
                    QVERIFY2(text.height() - needed < line / 2 ||
                                 painted.height() <= option.decorationSize.height() + 2,
                             what.constData());
                    if (previous.isValid()) { // and nothing between two cards but spacing
                        QVERIFY2(painted.top() - previous.bottom() - 1 == 2 * list->spacing(),
                                 what.constData());
                    }
                    previous = painted;
                }
            }
            QVERIFY2(wrapped > 0, when.constData()); // long titles do wrap
            QVERIFY2(stale > 0, when.constData());   // some cards have an icon
            QVERIFY2(scrolled, when.constData());    // and some column is crowded
        };
        checkCards("at first");
        board.resize(760, 560);
        checkCards("narrower");
        board.resize(1300, 560);
        checkCards("wider");
    }

    void staleCardsAreMarkedWithTheirReason()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        test::TestDatabase t;
        const QByteArray old = add(t.db(), u"Long in Research"_qs, 100'00, 0);
        const QByteArray idle = add(t.db(), u"Moved, then forgotten"_qs, 200'00, 0);
        const QByteArray fresh = add(t.db(), u"Fresh"_qs, 300'00, 0);
        const qint64 day = 24LL * 3600 * 1000;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // Research allows 30 days. One deal sat there for 40; another came into it 5 days ago
        // but nothing has happened on it since it was opened 45 days ago.
        t.scalar(u"UPDATE deals SET created_at = ?, local_stage_since = ? WHERE id = ?"_qs,
                 {now - 40 * day, now - 40 * day, old});
        t.scalar(u"UPDATE deals SET created_at = ?, local_stage_since = ? WHERE id = ?"_qs,
                 {now - 45 * day, now - 5 * day, idle});
        ui::DealBoard board(t.db());
        board.resize(1000, 500);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        auto *research = child<QListView>(&board, u"stageList0"_qs);
        QVERIFY(research);
        auto *delegate = qobject_cast<ui::StaleCardDelegate *>(research->itemDelegate());
        QVERIFY(delegate);
        QHash<QByteArray, QModelIndex> cards;
        for (int r = 0; r < research->model()->rowCount(research->rootIndex()); ++r) {
            const QModelIndex i = research->model()->index(r, 0, research->rootIndex());
            cards.insert(i.data(BoardModel::IdRole).toByteArray(), i);
        }
        QCOMPARE(cards.size(), 3);
        auto drawnWith = [&](const QByteArray &id) {
            QStyleOptionViewItem option;
            option.initFrom(research);
            delegate->initStyleOption(&option, cards.value(id));
            return option;
        };
        QVERIFY(!drawnWith(old).icon.isNull());
        QVERIFY(!drawnWith(idle).icon.isNull());
        QVERIFY(drawnWith(fresh).icon.isNull());
        // The card itself shows the days in the stage (not only its tooltip).
        QVERIFY2(drawnWith(old).text.endsWith(u"\u00a0· 40\u00a0d"),
                 qPrintable(drawnWith(old).text));
        QVERIFY2(drawnWith(idle).text.endsWith(u"\u00a0· 5\u00a0d"),
                 qPrintable(drawnWith(idle).text));
        const QString oldTip = cards.value(old).data(Qt::ToolTipRole).toString();
        QVERIFY2(oldTip.contains(u"in Research for 40 days"), qPrintable(oldTip));
        QVERIFY2(oldTip.contains(u"Days in this stage: 40"), qPrintable(oldTip));
        const QString idleTip = cards.value(idle).data(Qt::ToolTipRole).toString();
        QVERIFY2(idleTip.contains(u"no activity since it was opened 45 days ago"),
                 qPrintable(idleTip));
        QVERIFY(!cards.value(fresh).data(Qt::ToolTipRole).toString().contains(u"Stale"));
        board.grab().save(u"/tmp/timeline-board-stale.png"_qs);
    }
};

QTEST_MAIN(TestDealBoard)
#include "tst_dealboard.moc"
