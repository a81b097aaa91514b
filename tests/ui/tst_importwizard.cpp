// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard offscreen, walked the way a person would: file, encoding and delimiter
// (changed and changed back), a column mapped by hand, the preview with its counts, matches
// and invalid rows, a choice for all, the import, Undo — and File ▸ Import History.
#include "common/messagebox.h"
#include "import/contactimporter.h"
#include "import/importhistorydialog.h"
#include "import/importwizard.h"
#include "services/contactrepository.h"
#include "support/builders.h"
#include "support/testdatabase.h"
#include "uitesthelpers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace crm;
using namespace crm::core;

class TestImportWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString cell(QTableView *view, int row, int column)
    {
        return view->model()->index(row, column).data().toString();
    }

    // Scrolls a paged table to its end, the way a person would, until it has fetched all.
    static void scrollToEnd(QTableView *view)
    {
        for (int guard = 0; guard < 1000 && view->model()->canFetchMore({}); ++guard) {
            view->scrollToBottom();
            QCoreApplication::processEvents(); // let the view ask for the next page
            if (view->model()->canFetchMore({}))
                view->model()->fetchMore({});
        }
    }

    // Saves a picture of the wizard for a look (CRM_SCREENSHOT_DIR, default /tmp).
    void grab(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("CRM_SCREENSHOT_DIR", u"/tmp"_qs);
        w->grab().save(dir + u"/import-" + name + u".png");
    }

private slots:
    void initTestCase() { test::isolateSettings(m_dir); }

    void walkThrough()
    {
        test::TestDatabase t;
        ContactRepository repo(t.db());
        QVERIFY(repo.create(test::contact(u"Anna"_qs, u"Ozola"_qs, u"anna@x.lv"_qs)));
        const QString path = m_dir.filePath(u"people.csv"_qs);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("Vārds;Family Name;E-mail Address;Mobile Phone;Job Title\n"
                    "Anna;Ozola;ANNA@x.lv;+371 2000 0001;Valdes locekle\n"
                    "Jānis;Bērziņš;janis@x.lv;;Pārdevējs\n"
                    "Jānis;Bērziņš;janis@x.lv;29 123 456;\n"
                    ";;nobody@x.lv;;\n");
        }

        ui::ImportWizard wizard(t.db());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *file = wizard.findChild<QLineEdit *>(u"importFileEdit"_qs);
        QVERIFY(file);
        auto *next = wizard.button(QWizard::NextButton);
        QVERIFY(!next->isEnabled()); // no file yet
        file->setText(path);
        QVERIFY(next->isEnabled());
        grab(&wizard, u"1-file"_qs);
        QTest::mouseClick(next, Qt::LeftButton);

        // Encoding and delimiter: detected; a wrong delimiter shows in the sample.
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::FormatPage));
        auto *encoding = wizard.findChild<QComboBox *>(u"importEncodingCombo"_qs);
        auto *delimiter = wizard.findChild<QComboBox *>(u"importDelimiterCombo"_qs);
        auto *sample = wizard.findChild<QTableWidget *>(u"importSampleTable"_qs);
        QCOMPARE(encoding->currentText(), u"UTF-8"_qs);
        QCOMPARE(delimiter->currentData().toString(), u";"_qs);
        QCOMPARE(sample->columnCount(), 5);
        QCOMPARE(sample->item(1, 0)->text(), u"Jānis"_qs);
        delimiter->setCurrentIndex(delimiter->findData(u","_qs));
        emit delimiter->activated(delimiter->currentIndex());
        QCOMPARE(sample->columnCount(), 1);
        delimiter->setCurrentIndex(delimiter->findData(u";"_qs));
        emit delimiter->activated(delimiter->currentIndex());
        QCOMPARE(sample->columnCount(), 5);
        grab(&wizard, u"2-format"_qs);
        QTest::mouseClick(next, Qt::LeftButton);

        // Mapping: recognised columns are set; "Vārds" is not, so map it by hand.
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::MappingPage));
        auto *first = wizard.findChild<QComboBox *>(u"mappingCombo_0"_qs);
        auto *email = wizard.findChild<QComboBox *>(u"mappingCombo_2"_qs);
        QVERIFY(first && email);
        QCOMPARE(first->currentData().toString(), QString());
        QCOMPARE(email->currentData().toString(), u"email"_qs);
        first->setCurrentIndex(first->findData(u"first_name"_qs));
        grab(&wizard, u"3-mapping"_qs);
        QTest::mouseClick(next, Qt::LeftButton);

        // Preview: computed in the background.
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::PreviewPage));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 20000);
        auto *counts = wizard.findChild<QLabel *>(u"importCountsLabel"_qs);
        QVERIFY2(counts->text().contains(u"New: 1") && counts->text().contains(u"Update: 1") &&
                     counts->text().contains(u"Duplicate in file: 1") &&
                     counts->text().contains(u"Invalid: 1"),
                 qPrintable(counts->text()));
        auto *matches = wizard.findChild<QTableView *>(u"importMatchesTable"_qs);
        QCOMPARE(matches->model()->rowCount(), 2);
        QVERIFY(cell(matches, 0, 3).contains(u"e-mail"));
        auto *invalid = wizard.findChild<QTableView *>(u"importInvalidTable"_qs);
        QCOMPARE(invalid->model()->rowCount(), 1);
        QCOMPARE(cell(invalid, 0, 0), u"5"_qs);
        // One choice for all, then the first row back to Update by hand.
        auto *all = wizard.findChild<QComboBox *>(u"importApplyAllCombo"_qs);
        all->setCurrentIndex(all->findData(int(import::DuplicateChoice::Skip)));
        QTest::mouseClick(wizard.findChild<QPushButton *>(u"importApplyAllButton"_qs),
                          Qt::LeftButton);
        const QModelIndex action0 = matches->model()->index(0, 5);
        QCOMPARE(action0.data(Qt::EditRole).toInt(), int(import::DuplicateChoice::Skip));
        QCOMPARE(action0.data().toString(), u"Skip"_qs);
        matches->setFocus();
        matches->setCurrentIndex(action0); // AllEditTriggers: the current cell opens its editor
        matches->edit(action0);
        auto *choice0 = matches->findChild<QComboBox *>(u"importChoiceEditor"_qs);
        QVERIFY(choice0);
        QCOMPARE(choice0->currentData().toInt(), int(import::DuplicateChoice::Skip));
        choice0->setCurrentIndex(choice0->findData(int(import::DuplicateChoice::Update)));
        emit choice0->activated(choice0->currentIndex());
        QCOMPARE(action0.data(Qt::EditRole).toInt(), int(import::DuplicateChoice::Update));
        grab(&wizard, u"4-preview"_qs);
        QTest::mouseClick(next, Qt::LeftButton);

        // Import: runs in the background and goes on to Done by itself.
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ui::ImportWizard::DonePage), 20000);
        QVERIFY(wizard.outcome());
        QCOMPARE(wizard.outcome()->created, 1);
        QCOMPARE(wizard.outcome()->updated, 1);
        QCOMPARE(wizard.outcome()->skipped, 1);
        QCOMPARE(repo.count().value(), 2);
        auto anna = repo.list().value();
        grab(&wizard, u"5-done"_qs);

        // The history lists it; Undo from the wizard restores the database.
        {
            ui::ImportHistoryDialog history(t.db());
            history.show();
            auto *table = history.findChild<QTableWidget *>(u"importHistoryTable"_qs);
            QCOMPARE(table->rowCount(), 1);
            QCOMPARE(table->item(0, 3)->text(), u"Imported"_qs);
            grab(&history, u"6-history"_qs);
        }
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        auto *undo = wizard.findChild<QPushButton *>(u"importUndoButton"_qs);
        QTest::mouseClick(undo, Qt::LeftButton);
        // The undo runs in the background; the button stays off once it is done.
        QTRY_COMPARE_WITH_TIMEOUT(repo.count().value(), 1, 20000);
        QTRY_VERIFY(wizard.findChild<QLabel *>(u"importDoneLabel"_qs)->text().contains(u"undone"));
        QVERIFY(!undo->isEnabled());
        QVERIFY(repo.list()->first().phones.isEmpty());
        wizard.close();
    }

    // Undo from File ▸ Import History runs in the background and the table says so.
    void historyUndo()
    {
        test::TestDatabase t;
        const QString path = m_dir.filePath(u"history.csv"_qs);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("First Name,Last Name,Email\nAnna,Ozola,anna@x.lv\nJānis,Koks,j@x.lv\n");
        }
        import::ImportSettings settings;
        settings.source.path = path;
        import::ContactImporter importer(t.db());
        auto preview = importer.preview(settings);
        QVERIFY(preview.ok());
        QVERIFY(importer.apply(preview.value()).ok());
        ContactRepository repo(t.db());
        QCOMPARE(repo.count().value(), 2);

        ui::ImportHistoryDialog history(t.db());
        history.show();
        auto *table = history.findChild<QTableWidget *>(u"importHistoryTable"_qs);
        auto *undo = history.findChild<QPushButton *>(u"importHistoryUndoButton"_qs);
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(undo->isEnabled());
        QSignalSpy undone(&history, &ui::ImportHistoryDialog::undone);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(undo, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(undone.count(), 1, 20000);
        QCOMPARE(repo.count().value(), 0);
        QCOMPARE(table->item(0, 3)->text(), u"Undone"_qs);
        QVERIFY(!undo->isEnabled());
    }

    // A vCard file skips the mapping page.
    // A preview longer than a page of the tables: the matches and the invalid rows are paged
    // in as the tables scroll, each invalid row's line shows, a choice for all reaches the
    // rows not fetched yet, and a choice made on the second page counts.
    void pagedPreview()
    {
        test::TestDatabase t;
        const QString path = m_dir.filePath(u"long.csv"_qs);
        constexpr int Rows = 700; // per three: invalid (no name), new, repeat of the new one
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("First Name,Last Name,E-mail Address\n");
            for (int k = 0; k < Rows; ++k) {
                const int person = k - k % 3 + 1;
                f.write(k % 3 == 0
                            ? QByteArray(",,nobody%1@x.lv\n").replace("%1", QByteArray::number(k))
                            : "Pers" + QByteArray::number(person) + ",Sona,p" +
                                  QByteArray::number(person) + "@x.lv\n");
            }
        }
        ui::ImportWizard wizard(t.db());
        wizard.setFile(path);
        wizard.show();
        auto *next = wizard.button(QWizard::NextButton);
        QTest::mouseClick(next, Qt::LeftButton);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::MappingPage));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::PreviewPage));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 20000);
        auto *counts = wizard.findChild<QLabel *>(u"importCountsLabel"_qs);
        QVERIFY2(counts->text().contains(u"Rows: 700 ") && counts->text().contains(u"New: 233 ") &&
                     counts->text().contains(u"Duplicate in file: 233 ") &&
                     counts->text().contains(u"Invalid: 234"),
                 qPrintable(counts->text()));
        auto *invalid = wizard.findChild<QTableView *>(u"importInvalidTable"_qs);
        auto *matches = wizard.findChild<QTableView *>(u"importMatchesTable"_qs);
        QVERIFY(invalid->model()->rowCount() < 234); // a page, not all
        QVERIFY(invalid->model()->canFetchMore({}));
        grab(&wizard, u"4-preview-paged"_qs);
        scrollToEnd(invalid);
        QCOMPARE(invalid->model()->rowCount(), 234);
        for (int r = 0; r < 234; ++r)
            QCOMPARE(cell(invalid, r, 0), QString::number(2 + 3 * r)); // line 1 is the header
        QVERIFY(matches->model()->rowCount() < 233);

        // Skip for all (also the rows not fetched yet), then Create for one on the second page.
        auto *all = wizard.findChild<QComboBox *>(u"importApplyAllCombo"_qs);
        all->setCurrentIndex(all->findData(int(import::DuplicateChoice::Skip)));
        QTest::mouseClick(wizard.findChild<QPushButton *>(u"importApplyAllButton"_qs),
                          Qt::LeftButton);
        scrollToEnd(matches);
        QCOMPARE(matches->model()->rowCount(), 233);
        QCOMPARE(cell(matches, 232, 5), u"Skip"_qs);
        QCOMPARE(cell(matches, 220, 0), QString::number(3 + 3 * 220 + 1));
        QVERIFY(matches->model()->setData(matches->model()->index(220, 5),
                                          int(import::DuplicateChoice::Create)));
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ui::ImportWizard::DonePage), 20000);
        QCOMPARE(wizard.outcome()->created, 234);
        QCOMPARE(wizard.outcome()->skipped, 232);
        QCOMPARE(wizard.outcome()->invalid, 234);
        QCOMPARE(ContactRepository(t.db()).count().value(), 234);
        wizard.close();
    }

    void vcardSkipsMapping()
    {
        test::TestDatabase t;
        const QString path = m_dir.filePath(u"cards.vcf"_qs);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Ozola;Anna;;;\r\nEND:VCARD\r\n");
        }
        ui::ImportWizard wizard(t.db());
        wizard.setFile(path);
        wizard.show();
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::FormatPage));
        QVERIFY(!wizard.findChild<QComboBox *>(u"importEncodingCombo"_qs)->isEnabled());
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ui::ImportWizard::PreviewPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
        wizard.close();
    }

    // Photos kept: a PHOTO that cannot be kept and a value for a field that does not exist
    // are listed under the preview with their lines; the contacts are imported without them.
    // With photos skipped the photo is no warning.
    void vcardWarningsInPreview()
    {
        test::TestDatabase t;
        const QString path = m_dir.filePath(u"warned.vcf"_qs);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Ozola;Anna;;;\r\n"
                    "PHOTO;ENCODING=b;TYPE=JPEG:@@@\r\nEND:VCARD\r\n"
                    "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Kalniņa;Ilze;;;\r\n"
                    "PHOTO:https://example.com/ilze.jpg\r\n"
                    "X-CRM-FIELD;X-KEY=shoe_size:38\r\nEND:VCARD\r\n");
        }
        ui::ImportWizard wizard(t.db());
        wizard.setFile(path);
        wizard.show();
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        auto *keep = wizard.findChild<QCheckBox *>(u"importKeepPhotosCheck"_qs);
        QVERIFY(keep->isVisible());
        QVERIFY(keep->isChecked());
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
        auto *warnings = wizard.findChild<QTableView *>(u"importWarningsTable"_qs);
        QVERIFY(warnings->isVisible());
        QCOMPARE(warnings->model()->rowCount(), 3);
        QCOMPARE(cell(warnings, 0, 0), u"1"_qs);
        QCOMPARE(cell(warnings, 0, 1), u"Anna Ozola"_qs);
        QCOMPARE(cell(warnings, 0, 2), u"line 4: the photo is not valid base64; skipped"_qs);
        QVERIFY(cell(warnings, 1, 2).startsWith(u"line 9: the photo is a link"_qs));
        QVERIFY(
            cell(warnings, 2, 2).startsWith(u"line 10: there is no custom field “shoe_size”"_qs));
        grab(&wizard, u"vcard-warnings"_qs);
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ui::ImportWizard::DonePage), 20000);
        QCOMPARE(wizard.outcome()->created, 2);

        // Back to the start with photos skipped: only the field's warning is left.
        ui::ImportWizard again(t.db());
        again.setFile(path);
        again.show();
        QTest::mouseClick(again.button(QWizard::NextButton), Qt::LeftButton);
        again.findChild<QCheckBox *>(u"importKeepPhotosCheck"_qs)->setChecked(false);
        QTest::mouseClick(again.button(QWizard::NextButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(again.button(QWizard::NextButton)->isEnabled(), 20000);
        auto *left = again.findChild<QTableView *>(u"importWarningsTable"_qs);
        QCOMPARE(left->model()->rowCount(), 1);
        QVERIFY(cell(left, 0, 2).startsWith(u"line 10: there is no custom field"_qs));
        again.close();
        wizard.close();
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
