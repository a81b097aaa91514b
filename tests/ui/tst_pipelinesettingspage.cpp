// SPDX-License-Identifier: GPL-3.0-or-later
// Settings ▸ Pipelines driven as a person would (offscreen): stages renamed, reordered by
// Alt+Up and by a drop, probabilities set, a refusal shown at the field, a stage with deals
// removed into another, pipelines added, made default and deleted; each an undo step. The
// dialog is opened from the Settings menu; a screenshot goes to the temporary directory.
#include "mainwindow/mainwindow.h"
#include "services/dealrepository.h"
#include "services/pipelinerepository.h"
#include "settings/pipelinesettingspage.h"
#include "settings/settingsdialog.h"
#include "support/testdatabase.h"
#include "uitesthelpers.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

using namespace crm;
using namespace crm::core;

class TestPipelineSettingsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::unique_ptr<test::TestDatabase> m_t;
    std::unique_ptr<QUndoStack> m_undo;
    std::unique_ptr<ui::PipelineSettingsPage> m_page;

    template <typename T> T *child(const char *name)
    {
        auto *w = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no %s", name);
        return w;
    }
    QStringList stageNames(const QByteArray &pipeline = DefaultPipeline::pipelineId())
    {
        QStringList out;
        const Pipeline p = PipelineRepository(m_t->db()).get(pipeline).value();
        for (const Stage &s : p.stages)
            out << s.displayName();
        return out;
    }
    // Replaces the text of a line edit or spin box by typing, then Enter.
    static void retype(QWidget *editor, const QString &text)
    {
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(editor, Qt::Key_Backspace);
        test::typeText(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
    }

private slots:
    void initTestCase() { test::isolateSettings(m_settings); }
    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        m_undo = std::make_unique<QUndoStack>();
        m_page = std::make_unique<ui::PipelineSettingsPage>(m_t->db(), m_undo.get());
        m_page->resize(860, 520);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }
    void cleanup()
    {
        m_page.reset();
        m_undo.reset();
        m_t.reset();
    }

    void showsTheDefaultPipeline()
    {
        auto *pipelines = child<QListWidget>("pipelineList");
        QCOMPARE(pipelines->count(), 1);
        QCOMPARE(pipelines->item(0)->text(), u"Sales (default)"_qs);
        auto *stages = child<QListWidget>("stageList");
        QCOMPARE(stages->count(), 6);
        QVERIFY(stages->item(0)->text().startsWith(u"Research · 10"_qs));
        QVERIFY(stages->item(4)->text().contains(u"won"_qs));
        QCOMPARE(child<QLineEdit>("stageNameEdit")->text(), u"Research"_qs);
        QCOMPARE(child<QSpinBox>("stageStaleSpin")->value(), 30);
        // Won and lost stages cannot be removed.
        stages->setCurrentRow(4);
        QVERIFY(!child<QPushButton>("removeStageButton")->isEnabled());
        QVERIFY(!child<QPushButton>("deletePipelineButton")->isEnabled()); // the only one
    }

    void renameAndProbabilityWithRefusalAtTheField()
    {
        auto *stages = child<QListWidget>("stageList");
        stages->setCurrentRow(0);
        QSignalSpy changed(m_page.get(), &ui::PipelineSettingsPage::pipelinesChanged);
        retype(child<QLineEdit>("stageNameEdit"), u"Atklāšana"_qs);
        QCOMPARE(stageNames().first(), u"Atklāšana"_qs);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_undo->count(), 1);

        retype(child<QSpinBox>("stageProbabilitySpin"), u"15"_qs);
        QCOMPARE(PipelineRepository(m_t->db()).stage(DefaultPipeline::stageId(0))->probability, 15);
        retype(child<QSpinBox>("stageStaleSpin"), u"0"_qs); // "never"
        QVERIFY(!PipelineRepository(m_t->db()).stage(DefaultPipeline::stageId(0))->staleAfterDays);
        QCOMPARE(m_undo->count(), 3);

        // An empty name: refused, said under the field, nothing written.
        retype(child<QLineEdit>("stageNameEdit"), QString());
        auto *error = m_page->findChild<QLabel *>(u"stageNameError"_qs);
        QVERIFY(error);
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(u"name"_qs));
        QCOMPARE(stageNames().first(), u"Atklāšana"_qs);
        QCOMPARE(m_undo->count(), 3);

        m_undo->undo();
        m_undo->undo();
        m_undo->undo();
        const Stage back = PipelineRepository(m_t->db()).stage(DefaultPipeline::stageId(0)).value();
        QCOMPARE(back.displayName(), u"Research"_qs);
        QCOMPARE(back.probability, 10);
        QCOMPARE(back.staleAfterDays, std::optional<int>(30));
        QCOMPARE(child<QLineEdit>("stageNameEdit")->text(), u"Research"_qs);
    }

    void reorderByKeyboardAndByDrop()
    {
        auto *stages = child<QListWidget>("stageList");
        stages->setFocus();
        stages->setCurrentRow(1); // Qualified
        QTest::keyClick(stages, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(stageNames().mid(0, 2), (QStringList{u"Qualified"_qs, u"Research"_qs}));
        QCOMPARE(stages->currentItem()->text().section(u" · "_qs, 0, 0), u"Qualified"_qs);
        QTest::keyClick(stages, Qt::Key_Down, Qt::AltModifier);
        QTest::keyClick(stages, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(stageNames().mid(0, 3),
                 (QStringList{u"Research"_qs, u"Proposal sent"_qs, u"Qualified"_qs}));
        m_undo->undo();
        QCOMPARE(stageNames().mid(0, 3),
                 (QStringList{u"Research"_qs, u"Qualified"_qs, u"Proposal sent"_qs}));

        // What a drop does to the list: a row moved; the order is written after it.
        QVERIFY(stages->model()->moveRow({}, 3, {}, 0));
        QTRY_COMPARE(stageNames().first(), u"Negotiation"_qs);
        QCOMPARE(m_undo->count(), 3);
        QCOMPARE(stages->item(0)->text().section(u" · "_qs, 0, 0), u"Negotiation"_qs);
    }

    void removeAStageWithDealsIntoAnother()
    {
        Deal d;
        d.title = u"Koks"_qs;
        d.stageId = DefaultPipeline::stageId(0);
        const QByteArray deal = DealRepository(m_t->db()).create(d).value();
        auto *stages = child<QListWidget>("stageList");
        stages->setCurrentRow(0);
        auto *target = child<QComboBox>("stageMoveToCombo");
        QCOMPARE(target->count(), 3); // the other open stages
        target->setCurrentIndex(target->findText(u"Negotiation"_qs));
        QTest::mouseClick(child<QPushButton>("removeStageButton"), Qt::LeftButton);
        QCOMPARE(stageNames().first(), u"Qualified"_qs);
        QCOMPARE(DealRepository(m_t->db()).get(deal)->stageId, DefaultPipeline::stageId(3));
        QCOMPARE(stages->count(), 5);
        m_undo->undo();
        QCOMPARE(stageNames().first(), u"Research"_qs);
        QCOMPARE(DealRepository(m_t->db()).get(deal)->stageId, DefaultPipeline::stageId(0));
        m_undo->redo();
        QCOMPARE(DealRepository(m_t->db()).get(deal)->stageId, DefaultPipeline::stageId(3));
    }

    void addStagePipelineDefaultAndDelete()
    {
        QTest::mouseClick(child<QPushButton>("addStageButton"), Qt::LeftButton);
        // A new stage goes before won and lost, and its name is ready to type over.
        QCOMPARE(stageNames().at(4), u"New stage"_qs);
        QVERIFY(child<QLineEdit>("stageNameEdit")->hasFocus());
        test::typeText(child<QLineEdit>("stageNameEdit"), u"Contract"_qs);
        QTest::keyClick(child<QLineEdit>("stageNameEdit"), Qt::Key_Return);
        QCOMPARE(stageNames().at(4), u"Contract"_qs);
        m_undo->undo(); // the rename
        m_undo->undo(); // the addition
        QCOMPARE(stageNames().size(), 6);
        m_undo->redo();
        m_undo->redo();
        QCOMPARE(stageNames().at(4), u"Contract"_qs);

        QTest::mouseClick(child<QPushButton>("addPipelineButton"), Qt::LeftButton);
        auto *pipelines = child<QListWidget>("pipelineList");
        QCOMPARE(pipelines->count(), 2);
        auto *name = child<QLineEdit>("pipelineNameEdit");
        QVERIFY(name->hasFocus());
        test::typeText(name, u"Renewals"_qs);
        QTest::keyClick(name, Qt::Key_Return);
        auto renewals = PipelineRepository(m_t->db()).find(u"Renewals"_qs);
        QVERIFY(renewals);
        QCOMPARE(stageNames(renewals->id), (QStringList{u"New"_qs, u"Won"_qs, u"Lost"_qs}));

        QTest::mouseClick(child<QPushButton>("defaultPipelineButton"), Qt::LeftButton);
        QCOMPARE(PipelineRepository(m_t->db()).defaultPipeline()->id, renewals->id);
        QCOMPARE(pipelines->item(0)->text(), u"Renewals (default)"_qs);
        QCOMPARE(m_page->currentPipeline(), renewals->id);

        // Sales has a deal: deleting it moves the deal to the pipeline chosen.
        Deal d;
        d.title = u"Moves over"_qs;
        d.stageId = DefaultPipeline::stageId(2);
        const QByteArray deal = DealRepository(m_t->db()).create(d).value();
        m_page->selectPipeline(DefaultPipeline::pipelineId());
        QCOMPARE(child<QComboBox>("pipelineMoveToCombo")->currentText(), u"Renewals"_qs);
        QTest::mouseClick(child<QPushButton>("deletePipelineButton"), Qt::LeftButton);
        QCOMPARE(pipelines->count(), 1);
        QCOMPARE(DealRepository(m_t->db()).get(deal)->stageId, renewals->stages.first().id);
        m_undo->undo();
        QCOMPARE(pipelines->count(), 2);
        QCOMPARE(DealRepository(m_t->db()).get(deal)->stageId, DefaultPipeline::stageId(2));
    }

    void openedFromTheSettingsMenu()
    {
        ui::MainWindow window(m_t->db());
        window.show();
        QAction *action = window.findChild<QAction *>(u"pipelineSettingsAction"_qs);
        QVERIFY(action);
        auto *menu = window.menuBar()->findChild<QMenu *>(u"settingsMenu"_qs);
        QVERIFY(menu->actions().contains(action));
        action->trigger();
        auto *dialog = test::waitForDialog<ui::SettingsDialog>(u"settingsDialog"_qs);
        QVERIFY(dialog);
        auto *page = dialog->findChild<ui::PipelineSettingsPage *>();
        QVERIFY(page);
        QVERIFY(dialog->grab().save(QDir::temp().filePath(u"crm-pipeline-settings.png"_qs)));
        // An edit there is one step on the main window's undo stack.
        auto *stages = page->findChild<QListWidget *>(u"stageList"_qs);
        stages->setFocus();
        stages->setCurrentRow(1);
        QTest::keyClick(stages, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(window.undoStack()->count(), 1);
        QCOMPARE(stageNames().first(), u"Qualified"_qs);
        window.undoStack()->undo();
        QCOMPARE(stageNames().first(), u"Research"_qs);
        dialog->close();
    }
};

QTEST_MAIN(TestPipelineSettingsPage)
#include "tst_pipelinesettingspage.moc"
