// SPDX-License-Identifier: GPL-3.0-or-later
// The contact dialog on its own: loading, editing e-mails and phones, history sentences.
#include "common/messagebox.h"
#include "contacts/contactdialog.h"
#include "contacts/photobutton.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "support/builders.h"
#include "support/testdatabase.h"
#include "uitesthelpers.h"

#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace crm;
using namespace crm::core;

class TestContactDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    static QLineEdit *edit(QWidget *dialog, const QString &name)
    {
        return dialog->findChild<QLineEdit *>(name);
    }

private slots:
    void initTestCase() { test::isolateSettings(m_settingsDir); }

    void loadsEveryField()
    {
        test::TestDatabase t;
        ContactRepository repo(t.db());
        Contact c =
            test::contact(QStringLiteral("Ιωάννης"), QStringLiteral("Παπαδόπουλος"),
                          QStringLiteral("ioannis@example.gr"), QStringLiteral("+30 21 0123 4567"));
        c.emails << EmailAddress{{}, QStringLiteral("home"), QStringLiteral("giannis@example.gr")};
        c.title = QStringLiteral("Director");
        c.city = QStringLiteral("Αθήνα");
        c.birthday = QDate(1975, 5, 17);
        c.status = LifecycleStatus::Customer;
        c.visibility = QStringLiteral("private");
        c.tags = QStringList{QStringLiteral("VIP"), QStringLiteral("shipping")};
        c.notes = QStringLiteral("Prefers calls in the morning.");
        auto id = repo.create(c);
        QVERIFY(id.ok());

        ui::ContactDialog dialog(t.db(), id.value());
        dialog.show();
        QCOMPARE(dialog.objectName(), u"contactDialog"_qs);
        QCOMPARE(edit(&dialog, u"firstNameEdit"_qs)->text(), c.firstName);
        QCOMPARE(edit(&dialog, u"lastNameEdit"_qs)->text(), c.lastName);
        QCOMPARE(edit(&dialog, u"titleEdit"_qs)->text(), c.title);
        QCOMPARE(edit(&dialog, u"emailEdit0"_qs)->text(), u"ioannis@example.gr"_qs);
        QCOMPARE(edit(&dialog, u"emailEdit1"_qs)->text(), u"giannis@example.gr"_qs);
        QCOMPARE(dialog.findChild<QComboBox *>(u"emailLabel1"_qs)->currentData().toString(),
                 u"home"_qs);
        QCOMPARE(edit(&dialog, u"phoneEdit0"_qs)->text(), u"+30 21 0123 4567"_qs);
        QCOMPARE(edit(&dialog, u"cityEdit"_qs)->text(), c.city);
        QCOMPARE(edit(&dialog, u"birthdayEdit"_qs)->text(), u"1975-05-17"_qs);
        QCOMPARE(dialog.findChild<QComboBox *>(u"statusCombo"_qs)->currentData().toString(),
                 u"customer"_qs);
        QCOMPARE(dialog.findChild<QComboBox *>(u"visibilityCombo"_qs)->currentData().toString(),
                 u"private"_qs);
        const QString tags = edit(&dialog, u"tagsEdit"_qs)->text();
        QVERIFY2(tags.contains(u"VIP") && tags.contains(u"shipping"), qPrintable(tags));
        QCOMPARE(dialog.findChild<QPlainTextEdit *>(u"notesEdit"_qs)->toPlainText(), c.notes);
        QVERIFY(!dialog.isModified());
        QVERIFY(dialog.windowTitle().contains(u"Ιωάννης Παπαδόπουλος"));
    }

    void removingAnEmailIsSavedAndInTheHistory()
    {
        test::TestDatabase t;
        ContactRepository repo(t.db());
        Contact c = test::contact(QStringLiteral("Kadri"), QStringLiteral("Tamm"),
                                  QStringLiteral("kadri@example.ee"));
        c.emails << EmailAddress{{}, QStringLiteral("home"), QStringLiteral("kadri@home.ee")};
        auto id = repo.create(c);
        QVERIFY(id.ok());

        ui::ContactDialog dialog(t.db(), id.value());
        dialog.show();
        QSignalSpy saved(&dialog, &ui::RecordDialog::saved);
        QTest::mouseClick(dialog.findChild<QToolButton *>(u"removeEmailButton0"_qs),
                          Qt::LeftButton);
        QTRY_COMPARE(edit(&dialog, u"emailEdit0"_qs)->text(), u"kadri@home.ee"_qs);
        QVERIFY(dialog.isModified());
        // A new phone through the Add button.
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"addPhoneButton"_qs), Qt::LeftButton);
        test::typeText(edit(&dialog, u"phoneEdit0"_qs), QStringLiteral("+372 5123 4567"));
        dialog.accept();
        QCOMPARE(saved.count(), 1);
        auto stored = repo.get(id.value());
        QVERIFY(stored.ok());
        QCOMPARE(stored->emails.size(), 1);
        QCOMPARE(stored->emails.first().address, u"kadri@home.ee"_qs);
        QCOMPARE(stored->phones.size(), 1);

        ui::ContactDialog again(t.db(), id.value());
        auto *history = again.findChild<QListWidget *>(u"historyView"_qs);
        QVERIFY(history);
        QStringList lines;
        for (int i = 0; i < history->count(); ++i)
            lines << history->item(i)->text();
        QVERIFY2(lines.join(u'\n').contains(u"removed e-mail kadri@example.ee"),
                 qPrintable(lines.join(u'\n')));
        QVERIFY(lines.join(u'\n').contains(u"added phone +372 5123 4567 (mobile)"));
    }

    void savingAnUnchangedContactKeepsItsHistory()
    {
        test::TestDatabase t;
        auto id = ContactRepository(t.db()).create(
            test::contact(QStringLiteral("Olga"), QStringLiteral("Ivanova")));
        QVERIFY(id.ok());
        const int changes = t.changeCount();
        ui::ContactDialog dialog(t.db(), id.value());
        dialog.show();
        dialog.accept();
        QCOMPARE(t.changeCount(), changes);
    }

    void presetCompanyAndBirthdayHint()
    {
        test::TestDatabase t;
        auto company = CompanyRepository(t.db()).create(test::company(u"Tallinna Tarkvara OÜ"_qs));
        QVERIFY(company.ok());
        ui::ContactDialog dialog(t.db(), {}, nullptr, company.value());
        dialog.show();
        auto *combo = dialog.findChild<QComboBox *>(u"companyCombo"_qs);
        QCOMPARE(combo->currentText(), u"Tallinna Tarkvara OÜ"_qs);
        QVERIFY(!dialog.isModified());
        auto *hint = dialog.findChild<QLabel *>(u"birthdayHint"_qs);
        QVERIFY(hint);
        test::typeText(edit(&dialog, u"birthdayEdit"_qs), QStringLiteral("1984-03-27"));
        QCOMPARE(hint->text(), QLocale().toString(QDate(1984, 3, 27), QLocale::LongFormat));
        QVERIFY(dialog.isModified());
        edit(&dialog, u"birthdayEdit"_qs)->setText(QStringLiteral("1984-02-30"));
        QVERIFY(hint->text().isEmpty());

        // Saved, the contact belongs to the company.
        edit(&dialog, u"birthdayEdit"_qs)->clear();
        test::typeText(edit(&dialog, u"lastNameEdit"_qs), QStringLiteral("Kask"));
        dialog.accept();
        auto stored = ContactRepository(t.db()).get(dialog.recordId());
        QVERIFY(stored.ok());
        QCOMPARE(stored->companyId, company.value());
        QVERIFY(!stored->birthday.isValid());
    }

    void convertsALeadIntoCompanyAndDeal()
    {
        test::TestDatabase t;
        Contact c = test::contact(u"Paweł"_qs, u"Łodziński"_qs);
        c.status = LifecycleStatus::Lead;
        c.companyId.clear();
        c.companyName.clear();
        const QByteArray id = ContactRepository(t.db()).create(c).value();
        ui::ContactDialog dialog(t.db(), id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *convert = dialog.findChild<QPushButton *>(u"convertLeadButton"_qs);
        QVERIFY(convert && convert->isEnabled());
        QTest::mouseClick(convert, Qt::LeftButton);
        auto *ask = test::waitForDialog<QDialog>(u"convertLeadDialog"_qs);
        QVERIFY(ask);
        QVERIFY(ask->grab().save(QDir::temp().filePath(u"crm-convert-lead.png"_qs)));
        // No company given: refused in the dialog, which stays; nothing written.
        auto *title = ask->findChild<QLineEdit *>(u"dealTitleEdit"_qs);
        QTest::keyClick(title, Qt::Key_Return);
        auto *error = ask->findChild<QLabel *>(u"convertLeadError"_qs);
        QTRY_VERIFY(error->isVisible());
        QVERIFY(ask->isVisible());
        QCOMPARE(t.scalar(u"SELECT count(*) FROM deals"_qs).toInt(), 0);
        auto *company = ask->findChild<QLineEdit *>(u"companyNameEdit"_qs);
        company->setFocus();
        test::typeText(company, u"Wisła Trans"_qs);
        QTest::keyClick(company, Qt::Key_Return);
        QTRY_COMPARE(t.scalar(u"SELECT count(*) FROM deals WHERE deleted = 0"_qs).toInt(), 1);
        const Contact after = ContactRepository(t.db()).get(id).value();
        QCOMPARE(after.status, LifecycleStatus::Prospect);
        QCOMPARE(after.companyName, u"Wisła Trans"_qs);
        QVERIFY(!convert->isEnabled()); // a prospect now
        // The new deal opens, with the company and the contact on it.
        auto *deal = test::waitForDialog<QDialog>(u"dealDialog"_qs);
        QVERIFY(deal);
        deal->reject();
    }

    void tabOrderFollowsTheForm()
    {
        test::TestDatabase t;
        ui::ContactDialog dialog(t.db(), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QLineEdit *first = edit(&dialog, u"firstNameEdit"_qs);
        QTRY_VERIFY(first->hasFocus());
        QTest::keyClick(first, Qt::Key_Tab);
        QVERIFY(edit(&dialog, u"lastNameEdit"_qs)->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(edit(&dialog, u"titleEdit"_qs)->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(dialog.findChild<QComboBox *>(u"companyCombo"_qs)
                    ->isAncestorOf(QApplication::focusWidget()) ||
                QApplication::focusWidget()->objectName() == u"companyCombo");
    }

    // A photo chosen from a file: scaled to at most 512 pixels, stored as JPEG when the
    // contact is saved; removed again through the same button; an unreadable file is
    // refused with a message and changes nothing.
    void choosingAndRemovingAPhoto()
    {
        test::TestDatabase t;
        ContactRepository repo(t.db());
        auto id = repo.create(test::contact(QStringLiteral("Mari"), QStringLiteral("Tamm")));
        QVERIFY(id.ok());
        QTemporaryDir dir;
        QImage big(1600, 1200, QImage::Format_ARGB32);
        big.fill(QColor(0x2f, 0x6f, 0xb5, 200));
        const QString png = dir.filePath(u"mari.png"_qs);
        QVERIFY(big.save(png));

        ui::ContactDialog dialog(t.db(), id.value());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *button = dialog.findChild<ui::PhotoButton *>(u"photoButton"_qs);
        QVERIFY(button);
        auto *choose = button->menu()->findChild<QAction *>(u"choosePhotoAction"_qs);
        auto *remove = button->menu()->findChild<QAction *>(u"removePhotoAction"_qs);
        QVERIFY(choose && remove);
        QVERIFY(!remove->isEnabled());

        const QString broken = dir.filePath(u"broken.jpg"_qs);
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a picture");
        f.close();
        ui::PhotoButton::setNextFileName(broken);
        ui::MessageBox::setNextAnswer(QMessageBox::Ok);
        choose->trigger();
        QVERIFY(ui::MessageBox::lastText().contains(u"broken.jpg"));
        QVERIFY(!dialog.isModified());

        ui::PhotoButton::setNextFileName(png);
        choose->trigger();
        QVERIFY(dialog.isModified());
        QVERIFY(remove->isEnabled());
        dialog.grab().save(u"/tmp/crm-contact-photo.png"_qs);
        dialog.accept();
        const ContactPhoto stored = repo.get(id.value())->photo.value();
        QCOMPARE(stored.type, u"image/jpeg"_qs);
        QImage back;
        QVERIFY(back.loadFromData(stored.data));
        QCOMPARE(back.size(), QSize(512, 384));

        ui::ContactDialog again(t.db(), id.value());
        again.show();
        auto *button2 = again.findChild<ui::PhotoButton *>(u"photoButton"_qs);
        QCOMPARE(button2->photo(), stored);
        button2->menu()->findChild<QAction *>(u"removePhotoAction"_qs)->trigger();
        QVERIFY(again.isModified());
        again.accept();
        QVERIFY(repo.get(id.value())->photo->isEmpty());
    }
};

QTEST_MAIN(TestContactDialog)
#include "tst_contactdialog.moc"
