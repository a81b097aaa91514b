// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings window, offscreen: pages listed and remembered; General's phone region and
// default currency chosen the way a person does, stored in the database (so crm-cli and the
// import see them), a bad currency refused at the field with nothing stored, and a new deal
// starting in the chosen currency.
#include "deals/dealdialog.h"
#include "import/phonenormalizer.h"
#include "services/preferences.h"
#include "settings/generalsettingspage.h"
#include "settings/settingsdialog.h"
#include "support/testdatabase.h"
#include "uitesthelpers.h"

#include "common/fielderrors.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>

using namespace crm;

class TestSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

private slots:
    void initTestCase() { test::isolateSettings(m_settings); }

    void pagesAreListedAndTheLastOneRemembered()
    {
        {
            ui::SettingsDialog dialog;
            dialog.addPage(u"general"_qs, {}, u"General"_qs, new QWidget);
            dialog.addPage(u"sync"_qs, {}, u"Sync"_qs, new QWidget);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QCOMPARE(dialog.currentPage(), u"general"_qs);
            auto *list = dialog.findChild<QListWidget *>(u"settingsPageList"_qs);
            QCOMPARE(list->count(), 2);
            list->setFocus();
            QTest::keyClick(list, Qt::Key_Down);
            QCOMPARE(dialog.currentPage(), u"sync"_qs);
            QVERIFY(!dialog.showPage(u"nothing"_qs));
        }
        ui::SettingsDialog again;
        again.addPage(u"general"_qs, {}, u"General"_qs, new QWidget);
        again.addPage(u"sync"_qs, {}, u"Sync"_qs, new QWidget);
        again.showRememberedPage();
        QCOMPARE(again.currentPage(), u"sync"_qs);
    }

    void generalPageStoresRegionAndCurrency()
    {
        test::TestDatabase t;
        QSqlDatabase c = t.db()->connection();
        ui::GeneralSettingsPage page(t.db());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // The region: typed into the closed list, as a keyboard user picks one.
        auto *region = page.findChild<QComboBox *>(u"phoneRegionCombo"_qs);
        QVERIFY(region);
        QCOMPARE(region->currentIndex(), 0); // automatic
        region->setFocus();
        QTest::keyClicks(region, u"Estonia"_qs);
        QCOMPARE(region->currentData().toString(), u"EE"_qs);
        QCOMPARE(core::Preferences::phoneRegion(c), u"EE"_qs);
        QCOMPARE(core::import::PhoneNormalizer::defaultRegion(c), u"EE"_qs);

        // A currency that is none: refused at the field, the stored one kept.
        auto *currency = page.findChild<QComboBox *>(u"defaultCurrencyCombo"_qs);
        QVERIFY(currency);
        QCOMPARE(currency->currentText(), u"EUR"_qs);
        currency->lineEdit()->selectAll();
        QTest::keyClicks(currency->lineEdit(), u"XQQ"_qs);
        QTest::keyClick(currency->lineEdit(), Qt::Key_Return);
        auto *error = page.findChild<QLabel *>(ui::FieldErrors::labelName(u"default_currency"_qs));
        QVERIFY(error);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"XQQ"), qPrintable(error->text()));
        QCOMPARE(core::Preferences::defaultCurrency(c), u"EUR"_qs);

        currency->lineEdit()->selectAll();
        QTest::keyClicks(currency->lineEdit(), u"pln"_qs);
        QTest::keyClick(currency->lineEdit(), Qt::Key_Return);
        QVERIFY(!error->isVisible());
        QCOMPARE(core::Preferences::defaultCurrency(c), u"PLN"_qs);

        // A new deal starts in it.
        auto *deal = ui::DealDialog::open(t.db(), {}, nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(deal));
        QCOMPARE(deal->findChild<QComboBox *>(u"currencyCombo"_qs)->currentText(), u"PLN"_qs);
        deal->close();

        // Automatic again: the setting is gone.
        region->setFocus();
        QTest::keyClick(region, Qt::Key_Home);
        QCOMPARE(region->currentIndex(), 0);
        QCOMPARE(core::Preferences::phoneRegion(c), QString());
        page.grab().save(u"/tmp/settings-general.png"_qs);
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
