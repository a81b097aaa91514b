// SPDX-License-Identifier: GPL-3.0-or-later
// Custom fields on screen, driven by objectName as a person would: a field defined in
// Settings ▸ Custom Fields (add, choices, reorder with Alt+Up), filled in a contact's form
// (saved canonically; a required one left empty shows its error at the field). Screenshots
// go to $CRM_SCREENSHOT_DIR when it is set.
#include "common/messagebox.h"
#include "contacts/contactdialog.h"
#include "customfields/customcolumns.h"
#include "customfields/customfieldssettingspage.h"
#include "models/contactlistmodel.h"
#include "services/contactrepository.h"
#include "services/customfieldrepository.h"
#include "services/searchservice.h"
#include "services/tagrepository.h"
#include "support/builders.h"
#include "support/testdatabase.h"
#include "tags/tagchips.h"
#include "tags/tagssettingspage.h"
#include "uitesthelpers.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

using namespace crm;
using namespace crm::ui;

namespace {

void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("CRM_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name));
}

} // namespace

class TestCustomFieldsUi : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

    void defineField(CustomFieldsSettingsPage &page, const QString &label, const QString &type,
                     const QString &choices = {})
    {
        QTest::mouseClick(page.findChild<QPushButton *>(u"addFieldButton"_qs), Qt::LeftButton);
        auto *dialog = test::waitForDialog<CustomFieldDialog>(u"customFieldDialog"_qs);
        QVERIFY(dialog);
        test::typeText(dialog->findChild<QLineEdit *>(u"labelEdit"_qs), label);
        auto *typeCombo = dialog->findChild<QComboBox *>(u"typeCombo"_qs);
        typeCombo->setCurrentIndex(typeCombo->findData(type));
        if (!choices.isEmpty())
            dialog->findChild<QPlainTextEdit *>(u"choicesEdit"_qs)->setPlainText(choices);
        shoot(dialog, u"custom-field-dialog.png"_qs);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_qs), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
    }

private slots:
    void initTestCase() { test::isolateSettings(m_settings); }

    void defineFillAndSee()
    {
        test::TestDatabase t;
        CustomFieldsSettingsDialog settings(t.db());
        settings.show();
        CustomFieldsSettingsPage &page = *settings.page();
        defineField(page, u"Industry"_qs, u"choice"_qs, u"Retail\nBanking"_qs);
        defineField(page, u"Budget"_qs, u"money"_qs);
        defineField(page, u"Newsletter"_qs, u"yesno"_qs);
        auto *list = page.findChild<QListWidget *>(u"fieldList"_qs);
        QCOMPARE(list->count(), 3);
        QVERIFY(list->item(0)->text().startsWith(u"Industry — Single choice"_qs));
        core::CustomFieldRepository repo(t.db());
        auto defs = repo.list(core::CustomEntity::Contact);
        QCOMPARE(defs->size(), 3);
        QCOMPARE(defs->at(0).key, u"industry"_qs); // the key follows the label
        QCOMPARE(defs->at(0).choices, (QStringList{u"Retail"_qs, u"Banking"_qs}));
        // Alt+Up moves the selected field up, and the order is stored.
        list->setCurrentRow(1);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(repo.list(core::CustomEntity::Contact)->at(0).key, u"budget"_qs);
        shoot(&settings, u"custom-fields-settings.png"_qs);
        settings.close();

        // The contact form shows an editor per field; values are stored canonically.
        ContactDialog dialog(t.db(), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        test::typeText(dialog.findChild<QLineEdit *>(u"firstNameEdit"_qs), u"Jānis"_qs);
        auto *industry = dialog.findChild<QComboBox *>(u"custom_industryEdit"_qs);
        QVERIFY(industry);
        industry->setCurrentText(u"Banking"_qs);
        auto *budget = dialog.findChild<QLineEdit *>(u"custom_budgetEdit"_qs);
        QVERIFY(budget);
        test::typeText(budget, u"1250.5"_qs);
        dialog.findChild<QCheckBox *>(u"custom_newsletterEdit"_qs)->setChecked(true);
        shoot(&dialog, u"contact-custom-fields.png"_qs);
        QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!dialog.isVisible());
        auto stored = core::ContactRepository(t.db()).list();
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().custom.value(u"industry"_qs), u"Banking"_qs);
        QCOMPARE(stored->first().custom.value(u"budget"_qs), u"1250.50 EUR"_qs);
        QCOMPARE(stored->first().custom.value(u"newsletter"_qs), u"1"_qs);

        // A required field left empty: the error shows under it and nothing is saved.
        auto industryDef = repo.get(core::CustomEntity::Contact, u"industry"_qs).value();
        industryDef.required = true;
        QVERIFY(repo.edit(industryDef).ok());
        ContactDialog second(t.db(), {});
        second.show();
        QApplication::setActiveWindow(&second);
        QTRY_VERIFY(QApplication::activeWindow() == &second);
        test::typeText(second.findChild<QLineEdit *>(u"firstNameEdit"_qs), u"Ilze"_qs);
        QTest::keyClick(&second, Qt::Key_S, Qt::ControlModifier);
        auto *error = second.findChild<QLabel *>(u"customErrorindustry"_qs);
        QVERIFY(error);
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().startsWith(u"Industry"_qs), qPrintable(error->text()));
        QVERIFY(second.isVisible());
        shoot(&second, u"contact-custom-error.png"_qs);
        QCOMPARE(core::ContactRepository(t.db()).list()->size(), 1);
        QTest::keyClick(second.findChild<QComboBox *>(u"custom_industryEdit"_qs), Qt::Key_Down);
        QTest::keyClick(&second, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!second.isVisible());
        QCOMPARE(core::ContactRepository(t.db()).list()->size(), 2);

        // The fields as list columns: hidden until shown, then read with each page.
        core::ContactListModel model(t.db());
        QAbstractItemModelTester tester(&model);
        QTableView view;
        view.setModel(&model);
        CustomColumns columns(&view, &model, t.db(), core::CustomEntity::Contact,
                              u"test/customColumns"_qs);
        const int own = model.ownColumnCount();
        QCOMPARE(model.columnCount(), own + 3);
        QCOMPARE(model.headerData(own + 1, Qt::Horizontal).toString(), u"Industry"_qs);
        QVERIFY(view.isColumnHidden(own + 1));
        columns.setShown(u"industry"_qs, true);
        QVERIFY(!view.isColumnHidden(own + 1));
        QStringList shown = {model.index(0, own + 1).data().toString(),
                             model.index(1, own + 1).data().toString()};
        shown.sort();
        QCOMPARE(shown, (QStringList{u"Banking"_qs, u"Retail"_qs}));
        // Remembered: a new list of the same key shows it at once.
        QTableView again;
        core::ContactListModel model2(t.db());
        again.setModel(&model2);
        CustomColumns columns2(&again, &model2, t.db(), core::CustomEntity::Contact,
                               u"test/customColumns"_qs);
        QVERIFY(!again.isColumnHidden(own + 1));
        QVERIFY(again.isColumnHidden(own));
        view.resize(900, 200);
        view.show();
        shoot(&view, u"contacts-custom-columns.png"_qs);
    }

    // Renaming a choice and deleting a field in Settings bring the search up to date (off
    // the UI thread): the new choice is found, the deleted field's values are not.
    void searchFollowsTheSettings()
    {
        test::TestDatabase t;
        core::CustomFieldRepository repo(t.db());
        core::CustomFieldDefinition def;
        def.key = u"industry"_qs;
        def.label = u"Industry"_qs;
        def.type = core::CustomFieldType::Choice;
        def.choices = {u"Retail"_qs, u"Banking"_qs};
        QVERIFY(repo.add(def).ok());
        core::Contact anna = test::contact(u"Anna"_qs, u"Ozola"_qs);
        anna.custom = {{u"industry"_qs, u"Retail"_qs}};
        QVERIFY(core::ContactRepository(t.db()).create(anna).ok());
        const core::SearchService search(t.db());
        QCOMPARE(search.search(u"retail"_qs)->size(), 1);

        CustomFieldsSettingsDialog settings(t.db());
        settings.show();
        CustomFieldsSettingsPage &page = *settings.page();
        page.findChild<QListWidget *>(u"fieldList"_qs)->setCurrentRow(0);
        QTest::mouseClick(page.findChild<QPushButton *>(u"editFieldButton"_qs), Qt::LeftButton);
        auto *dialog = test::waitForDialog<CustomFieldDialog>(u"customFieldDialog"_qs);
        QVERIFY(dialog);
        dialog->findChild<QPlainTextEdit *>(u"choicesEdit"_qs)
            ->setPlainText(u"Wholesale\nBanking"_qs);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_qs), Qt::LeftButton);
        QTRY_COMPARE(search.search(u"wholesale"_qs)->size(), 1);
        QCOMPARE(search.search(u"retail"_qs)->size(), 0);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(page.findChild<QPushButton *>(u"deleteFieldButton"_qs), Qt::LeftButton);
        QTRY_COMPARE(search.search(u"wholesale"_qs)->size(), 0);
        QCOMPARE(search.search(u"anna"_qs)->size(), 1);
        QVERIFY(!page.findChild<QLabel *>(u"errorLabel"_qs)->isVisible());
        settings.close();
    }

    void tagColours()
    {
        test::TestDatabase t;
        core::Contact c = test::contact(u"Anna"_qs, u"Ozola"_qs);
        c.tags = {u"VIP"_qs, u"Newsletter"_qs};
        const QByteArray id = core::ContactRepository(t.db()).create(c).value();
        // Settings ▸ Tags: choose a colour for VIP (the picker answered by the test hook).
        TagsSettingsDialog settings(t.db());
        settings.show();
        auto *list = settings.findChild<QListWidget *>(u"tagList"_qs);
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(1)->text().startsWith(u"VIP · 1"_qs));
        list->setCurrentRow(1);
        settings.page()->setNextColor(u"#1976d2"_qs);
        QTest::mouseClick(settings.findChild<QPushButton *>(u"colorTagButton"_qs), Qt::LeftButton);
        QCOMPARE(core::TagRepository(t.db()).colors()->value(u"vip"_qs), u"#1976d2"_qs);
        shoot(&settings, u"tags-settings.png"_qs);
        settings.close();

        // The contact's form shows its tags as chips, VIP in its colour, white on blue.
        ContactDialog dialog(t.db(), id);
        dialog.show();
        auto *chips = dialog.findChild<TagChips *>(u"tagChips"_qs);
        QVERIFY(chips);
        QVERIFY(chips->isVisible());
        QVERIFY2(chips->text().contains(u"background-color:#1976d2; color:#ffffff;\">&nbsp;VIP"_qs),
                 qPrintable(chips->text()));
        QVERIFY(chips->text().contains(u"#e0e0e0"_qs)); // Newsletter: no colour, the default
        // Typing a tag updates the chips.
        test::typeText(dialog.findChild<QLineEdit *>(u"tagsEdit"_qs), u", Gold"_qs);
        QVERIFY(chips->text().contains(u"Gold"_qs));
        shoot(&dialog, u"contact-tag-chips.png"_qs);
    }
};

QTEST_MAIN(TestCustomFieldsUi)
#include "tst_customfieldsui.moc"
