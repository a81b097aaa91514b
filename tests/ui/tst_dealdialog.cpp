// SPDX-License-Identifier: GPL-3.0-or-later
// The deal dialog driven as a person would (offscreen): typing, picking from the pickers'
// popups, Save; refusals at the field; undo; opened from the board, the deal list and a
// contact's page. Screenshots go to the temporary directory.
#include "common/messagebox.h"
#include "common/recordpicker.h"
#include "companies/companydialog.h"
#include "contacts/contactdialog.h"
#include "deals/dealboard.h"
#include "deals/dealdialog.h"
#include "deals/deallistview.h"
#include "models/boardmodel.h"
#include "models/deallistmodel.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/dealrepository.h"
#include "support/builders.h"
#include "support/testdatabase.h"
#include "uitesthelpers.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace crm;
using namespace crm::core;

class TestDealDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    std::unique_ptr<test::TestDatabase> m_t;
    QByteArray m_koks;
    QByteArray m_anna;

    template <typename T> static T *child(QWidget *parent, const char *name)
    {
        auto *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no %s", name);
        return w;
    }
    // Types into a picker and takes the first match from its popup with the keyboard.
    static bool pick(ui::RecordPicker *picker, const QString &text)
    {
        picker->setFocus();
        test::typeText(picker, text);
        QAbstractItemView *popup = picker->popupCompleter()->popup();
        if (!QTest::qWaitFor([&] { return popup->isVisible(); }, 3000))
            return false;
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        return QTest::qWaitFor(
            [&] {
                return !picker->id().isEmpty() || picker->kind() == ui::RecordPicker::Kind::Contact;
            },
            3000);
    }
    static void shoot(QWidget *w, const QString &name)
    {
        QVERIFY(w->grab().save(QDir::temp().filePath(name)));
    }
    int dealCount() const
    {
        return m_t->scalar(u"SELECT count(*) FROM deals WHERE deleted = 0"_qs).toInt();
    }

private slots:
    void initTestCase() { test::isolateSettings(m_settings); }
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_t = std::make_unique<test::TestDatabase>();
        m_koks = CompanyRepository(m_t->db()).create(test::company(u"SIA Koks"_qs)).value();
        Contact anna = test::contact(u"Anna"_qs, u"Bērziņa"_qs, {}, u"+371 2912 3456"_qs);
        anna.companyId = m_koks;
        m_anna = ContactRepository(m_t->db()).create(anna).value();
    }
    void cleanup() { m_t.reset(); }

    void createsADealWithEveryField()
    {
        QUndoStack undo;
        ui::DealDialog dialog(m_t->db(), {});
        dialog.setUndoStack(&undo);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::setActiveWindow(&dialog);

        test::typeText(child<QLineEdit>(&dialog, "titleEdit"), u"Fleet renewal"_qs);
        QVERIFY(pick(child<ui::RecordPicker>(&dialog, "companyPicker"), u"koks"_qs));
        QCOMPARE(child<ui::RecordPicker>(&dialog, "companyPicker")->id(), m_koks);
        auto *contacts = child<QTableWidget>(&dialog, "dealContactsTable");
        QVERIFY(pick(child<ui::RecordPicker>(&dialog, "contactPicker"), u"berzina"_qs));
        QTRY_COMPARE(contacts->rowCount(), 1);
        QCOMPARE(contacts->item(0, 0)->text(), u"Anna Bērziņa"_qs);
        contacts->item(0, 1)->setText(u"decision maker"_qs);
        QTRY_VERIFY(child<QLineEdit>(&dialog, "contactPicker")->text().isEmpty());

        test::typeText(child<QLineEdit>(&dialog, "amountEdit"), u"12,500.50"_qs);
        auto *currency = child<QComboBox>(&dialog, "currencyCombo");
        currency->setCurrentText(u"USD"_qs);
        auto *stage = child<QComboBox>(&dialog, "stageCombo");
        stage->setCurrentIndex(stage->findText(u"Proposal sent"_qs));
        auto *probability = child<QSpinBox>(&dialog, "probabilitySpin");
        QCOMPARE(probability->value(), 50); // the stage's default
        QVERIFY(!child<QToolButton>(&dialog, "resetProbabilityButton")->isEnabled());
        probability->setValue(60);
        QVERIFY(child<QToolButton>(&dialog, "resetProbabilityButton")->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "probabilityHint")->text().contains(u"50"_qs));
        stage->setCurrentIndex(stage->findText(u"Negotiation"_qs));
        QCOMPARE(probability->value(), 60); // an override stays with another stage
        child<QDateEdit>(&dialog, "expectedCloseEdit")->setDate(QDate(2027, 3, 31));
        test::typeText(child<QLineEdit>(&dialog, "sourceEdit"), u"trade fair"_qs);
        test::typeText(child<QLineEdit>(&dialog, "nextStepEdit"), u"send the offer"_qs);
        test::typeText(child<QLineEdit>(&dialog, "tagsEdit"), u"hardware, renewal"_qs);
        QVERIFY(!child<QLineEdit>(&dialog, "lostReasonEdit")->isVisible());
        {
            // The hint in full, also right after the stage and probability were chosen.
            auto *hint = child<QLabel>(&dialog, "probabilityHint");
            QVERIFY(hint->text().startsWith(u"overridden"_qs));
            QVERIFY(hint->width() >= hint->fontMetrics().horizontalAdvance(hint->text()));
        }
        shoot(&dialog, u"crm-deal-dialog.png"_qs);

        QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dealCount(), 1);
        const Deal d = DealRepository(m_t->db()).get(dialog.recordId()).value();
        QCOMPARE(d.title, u"Fleet renewal"_qs);
        QCOMPARE(d.companyId, m_koks);
        QCOMPARE(d.contacts.size(), 1);
        QCOMPARE(d.contacts[0].contactId, m_anna);
        QCOMPARE(d.contacts[0].role, u"decision maker"_qs);
        QCOMPARE(d.amount, 1'250'050);
        QCOMPARE(d.currency, u"USD"_qs);
        QCOMPARE(d.stageId, DefaultPipeline::stageId(3));
        QCOMPARE(d.probability, std::optional<int>(60));
        QCOMPARE(d.expectedClose, QDate(2027, 3, 31));
        QCOMPARE(d.source, u"trade fair"_qs);
        QCOMPARE(d.nextStep, u"send the offer"_qs);
        QCOMPARE(d.tags, (QStringList{u"hardware"_qs, u"renewal"_qs}));
        QVERIFY(!d.owner.isEmpty());

        // Undo takes the new deal away (softly), redo brings it back.
        QCOMPARE(undo.count(), 1);
        undo.undo();
        QCOMPARE(dealCount(), 0);
        undo.redo();
        QCOMPARE(dealCount(), 1);
    }

    void editsGoBackToTheStageDefaultAndUndo()
    {
        Deal d;
        d.title = u"Printers"_qs;
        d.amount = 300'00;
        d.probability = 80;
        const QByteArray id = DealRepository(m_t->db()).create(d).value();
        QUndoStack undo;
        {
            ui::DealDialog dialog(m_t->db(), id);
            dialog.setUndoStack(&undo);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QCOMPARE(child<QLineEdit>(&dialog, "amountEdit")->text(), u"300.00"_qs);
            QCOMPARE(child<QSpinBox>(&dialog, "probabilitySpin")->value(), 80);
            // A stored deal shows how long it has been in its stage.
            QCOMPARE(child<QLabel>(&dialog, "timeInStageLabel")->text(),
                     u"Days in this stage: 0"_qs);
            // The hint says the stage's own figure in full, not cut off.
            auto *hint = child<QLabel>(&dialog, "probabilityHint");
            QVERIFY(hint->text().contains(u"stage: 10%"_qs));
            QVERIFY2(hint->width() >= hint->fontMetrics().horizontalAdvance(hint->text()),
                     qPrintable(u"hint %1 px for %2 px of text"_qs.arg(hint->width())
                                    .arg(hint->fontMetrics().horizontalAdvance(hint->text()))));
            shoot(&dialog, u"crm-deal-dialog-overridden.png"_qs);
            // Also in the smallest the dialog lets itself be made.
            dialog.resize(dialog.minimumSizeHint());
            QTRY_COMPARE(dialog.size(), dialog.minimumSizeHint());
            QVERIFY2(hint->width() >= hint->fontMetrics().horizontalAdvance(hint->text()),
                     qPrintable(u"hint %1 px for %2 px of text"_qs.arg(hint->width())
                                    .arg(hint->fontMetrics().horizontalAdvance(hint->text()))));
            shoot(&dialog, u"crm-deal-dialog-overridden-small.png"_qs);
            QTest::mouseClick(child<QToolButton>(&dialog, "resetProbabilityButton"),
                              Qt::LeftButton);
            QCOMPARE(child<QSpinBox>(&dialog, "probabilitySpin")->value(), 10); // Research
            auto *title = child<QLineEdit>(&dialog, "titleEdit");
            title->selectAll();
            test::typeText(title, u"Printers for Tartu"_qs);
            QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
            QTRY_VERIFY(!dialog.isVisible());
        }
        Deal saved = DealRepository(m_t->db()).get(id).value();
        QCOMPARE(saved.title, u"Printers for Tartu"_qs);
        QVERIFY(!saved.probability.has_value());
        QCOMPARE(saved.effectiveProbability, 10);
        undo.undo();
        saved = DealRepository(m_t->db()).get(id).value();
        QCOMPARE(saved.title, u"Printers"_qs);
        QCOMPARE(saved.probability, std::optional<int>(80));
        undo.redo();
        QCOMPARE(DealRepository(m_t->db()).get(id)->title, u"Printers for Tartu"_qs);
    }

    void refusesBadInputAtTheField()
    {
        ui::DealDialog dialog(m_t->db(), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        test::typeText(child<QLineEdit>(&dialog, "amountEdit"), u"-5"_qs);
        child<QComboBox>(&dialog, "currencyCombo")->setCurrentText(u"ABC"_qs);
        test::typeText(child<QLineEdit>(&dialog, "companyPicker"), u"Nobody Ltd"_qs);
        auto *stage = child<QComboBox>(&dialog, "stageCombo");
        stage->setCurrentIndex(stage->findText(u"Lost (lost)"_qs));
        QTRY_VERIFY(child<QLineEdit>(&dialog, "lostReasonEdit")->isVisible());
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        for (const char *error :
             {"titleError", "amountError", "currencyError", "companyError", "lostReasonError"}) {
            auto *label = child<QLabel>(&dialog, error);
            QVERIFY2(label && label->isVisible() && !label->text().isEmpty(), error);
        }
        QVERIFY(child<QLabel>(&dialog, "currencyError")->text().contains(u"ABC"_qs));
        shoot(&dialog, u"crm-deal-dialog-errors.png"_qs);
        QCOMPARE(dealCount(), 0);

        // Mended: saved, lost with its reason.
        child<QLineEdit>(&dialog, "titleEdit")->setText(u"Tender"_qs);
        child<QLineEdit>(&dialog, "amountEdit")->setText(u"1 000"_qs);
        child<QComboBox>(&dialog, "currencyCombo")->setCurrentText(u"eur"_qs);
        child<QLineEdit>(&dialog, "companyPicker")->setText(u"SIA Koks"_qs); // exact name
        child<QLineEdit>(&dialog, "lostReasonEdit")->setText(u"price"_qs);
        QTest::mouseClick(child<QPushButton>(&dialog, "saveButton"), Qt::LeftButton);
        QTRY_VERIFY(!dialog.isVisible());
        const Deal d = DealRepository(m_t->db()).get(dialog.recordId()).value();
        QCOMPARE(d.outcome, StageOutcome::Lost);
        QCOMPARE(d.lostReason, u"price"_qs);
        QCOMPARE(d.amount, 1000'00);
        QCOMPARE(d.companyId, m_koks);
    }

    void parsesAmountsInTheLocale()
    {
        const QLocale lv(QLocale::Latvian, QLocale::Latvia);
        QCOMPARE(ui::DealDialog::parseAmount(u"12\u00a0345,50"_qs, u"EUR"_qs, lv).value(), 1234550);
        QCOMPARE(ui::DealDialog::parseAmount(u"1250.50"_qs, u"EUR"_qs, lv).value(), 125050);
        QCOMPARE(ui::DealDialog::amountText(1234550, u"EUR"_qs, lv),
                 lv.toString(12345) + u",50"_qs);
        QCOMPARE(ui::DealDialog::amountText(-50, u"EUR"_qs, lv), u"-0,50"_qs);
        const QLocale de(QLocale::German, QLocale::Germany);
        QCOMPARE(ui::DealDialog::parseAmount(u"1.250,5"_qs, u"EUR"_qs, de).value(), 125050);
        QCOMPARE(ui::DealDialog::parseAmount(u"1250"_qs, u"JPY"_qs, de).value(), 1250);
        QVERIFY(!ui::DealDialog::parseAmount(u"12,345"_qs, u"EUR"_qs, de)); // 3 decimals
        QVERIFY(!ui::DealDialog::parseAmount(u"abc"_qs, u"EUR"_qs, de));
    }

    void opensFromTheBoardAndTheList()
    {
        Deal d;
        d.title = u"Fleet"_qs;
        d.amount = 100'00;
        const QByteArray id = DealRepository(m_t->db()).create(d).value();

        ui::DealBoard board(m_t->db());
        board.resize(900, 500);
        board.show();
        QVERIFY(QTest::qWaitForWindowExposed(&board));
        QSignalSpy boardOpens(&board, &ui::DealBoard::openDeal);
        auto *research = child<QListView>(&board, "stageList0");
        research->setFocus();
        research->setCurrentIndex(board.model()->dealIndex(id));
        QTest::keyClick(research, Qt::Key_Return);
        QCOMPARE(boardOpens.size(), 1);
        QCOMPARE(boardOpens[0][0].toByteArray(), id);

        ui::DealListView list(m_t->db());
        list.resize(1000, 400);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        QSignalSpy listOpens(&list, &ui::DealListView::openDeal);
        test::typeText(child<QLineEdit>(&list, "dealSearchEdit"), u"flee"_qs);
        QTRY_COMPARE(list.model()->filterText(), u"flee"_qs);
        QCOMPARE(list.model()->rowCount(), 1);
        QVERIFY(child<QLabel>(&list, "dealCountLabel")->text().contains(u"1"_qs));
        QTest::keyClick(child<QLineEdit>(&list, "dealSearchEdit"), Qt::Key_Down);
        QTest::keyClick(list.view(), Qt::Key_Return);
        QCOMPARE(listOpens.size(), 1);
        QCOMPARE(listOpens[0][0].toByteArray(), id);
        child<QLineEdit>(&list, "dealSearchEdit")->clear();
        QTRY_VERIFY(list.model()->filterText().isEmpty());
        shoot(&list, u"crm-deal-list.png"_qs);
    }

    // A saved deal's dialog shows its timeline; Alt+M turns to it.
    void showsTheDealsTimeline()
    {
        Deal d;
        d.title = u"Timeline deal"_qs;
        d.amount = 100;
        d.currency = u"EUR"_qs;
        const QByteArray id = DealRepository(m_t->db()).create(d).value();
        ui::DealDialog dialog(m_t->db(), id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *view = child<QWidget>(&dialog, "timelineView");
        QVERIFY(!view->isVisible());
        QTest::keyClick(&dialog, Qt::Key_M, Qt::AltModifier);
        QTRY_VERIFY(view->isVisible());
        auto *list = child<QAbstractItemView>(&dialog, "timelineList");
        QTRY_VERIFY(list->model()->rowCount() >= 1);
        QStringList texts;
        for (int r = 0; r < list->model()->rowCount(); ++r) {
            for (int c = 0; c < list->model()->columnCount(); ++c)
                texts << list->model()->index(r, c).data().toString();
        }
        QVERIFY2(texts.contains(u"Deal opened: Timeline deal"_qs), qPrintable(texts.join(u" | ")));
    }

    void newDealFromAContactsPage()
    {
        QUndoStack undo;
        ui::ContactDialog contact(m_t->db(), m_anna);
        contact.setUndoStack(&undo);
        contact.show();
        QVERIFY(QTest::qWaitForWindowExposed(&contact));
        shoot(&contact, u"crm-contact-dialog-actions.png"_qs);
        QTest::mouseClick(child<QPushButton>(&contact, "newDealButton"), Qt::LeftButton);
        auto *dialog = test::waitForDialog<ui::DealDialog>(u"dealDialog"_qs);
        QVERIFY(dialog);
        QCOMPARE(child<ui::RecordPicker>(dialog, "companyPicker")->id(), m_koks);
        QCOMPARE(child<QLineEdit>(dialog, "companyPicker")->text(), u"SIA Koks"_qs);
        auto *contacts = child<QTableWidget>(dialog, "dealContactsTable");
        QCOMPARE(contacts->rowCount(), 1);
        QCOMPARE(contacts->item(0, 0)->text(), u"Anna Bērziņa"_qs);
        test::typeText(child<QLineEdit>(dialog, "titleEdit"), u"Laptops"_qs);
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(dealCount(), 1);
        const QByteArray id = m_t->scalar(u"SELECT id FROM deals"_qs).toByteArray();
        const Deal d = DealRepository(m_t->db()).get(id).value();
        QCOMPARE(d.companyId, m_koks);
        QCOMPARE(d.contacts.value(0).contactId, m_anna);
        QCOMPARE(undo.count(), 1); // the contact page's undo stack
    }

    void newDealAndActivityFromACompanyPage()
    {
        QUndoStack undo;
        ui::CompanyDialog company(m_t->db(), m_koks);
        company.setUndoStack(&undo);
        company.show();
        QVERIFY(QTest::qWaitForWindowExposed(&company));
        shoot(&company, u"crm-company-dialog-actions.png"_qs);
        for (const char *name : {"newDealButton", "logActivityButton"}) {
            auto *button = child<QPushButton>(&company, name);
            QVERIFY(button->isEnabled());
            // Each button shows its whole label.
            QVERIFY(button->width() >= button->sizeHint().width());
        }
        QTest::mouseClick(child<QPushButton>(&company, "newDealButton"), Qt::LeftButton);
        auto *dialog = test::waitForDialog<ui::DealDialog>(u"dealDialog"_qs);
        QVERIFY(dialog);
        QCOMPARE(child<ui::RecordPicker>(dialog, "companyPicker")->id(), m_koks);
        test::typeText(child<QLineEdit>(dialog, "titleEdit"), u"Pallets"_qs);
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(dealCount(), 1);
        QCOMPARE(undo.count(), 1); // on the company page's undo stack

        QTest::mouseClick(child<QPushButton>(&company, "logActivityButton"), Qt::LeftButton);
        auto *activity = test::waitForDialog<QDialog>(u"activityDialog"_qs);
        QVERIFY(activity);
        activity->reject();
    }

    void newDealButtonWaitsForASavedContact()
    {
        ui::ContactDialog contact(m_t->db(), {});
        QVERIFY(!child<QPushButton>(&contact, "newDealButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&contact, "logActivityButton")->isEnabled());
    }
};

QTEST_MAIN(TestDealDialog)
#include "tst_dealdialog.moc"
