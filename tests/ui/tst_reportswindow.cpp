// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports window, offscreen, driven by objectName the way a person uses it: run a
// built-in, build and save a report in the builder, refuse a bad one, export it to CSV and
// PDF, duplicate and delete. Screenshots of the window and the builder go to /tmp.
#include "reports/builtinreports.h"
#include "reports/reportrepository.h"
#include "reports/reportswindow.h"
#include "services/dealrepository.h"
#include "support/builders.h"
#include "support/process.h"
#include "support/testdatabase.h"
#include "uitesthelpers.h"

#include "common/messagebox.h"

#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeWidget>

using namespace crm;
using namespace crm::core;

class TestReportsWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    std::unique_ptr<test::TestDatabase> m_t;

    static void setCombo(QComboBox *combo, const QString &data)
    {
        const int i = combo->findData(data);
        QVERIFY2(i >= 0, qPrintable(data));
        combo->setCurrentIndex(i);
    }

private slots:
    void initTestCase() { test::isolateSettings(m_settings); }

    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        DealRepository deals(m_t->db());
        for (const Deal &d : {test::deal(u"Rīgas projekts"_qs, 1000'00, u"EUR"_qs, 0),
                              test::deal(u"Łódź"_qs, 2500'00, u"EUR"_qs, 1),
                              test::deal(u"Αθήνα"_qs, 500'00, u"USD"_qs, 1),
                              test::deal(u"Москва"_qs, 700'00, u"EUR"_qs, 3),
                              test::deal(u"Tallinn"_qs, 4000'00, u"EUR"_qs, 2)})
            QVERIFY(deals.create(d));
    }

    void cleanup() { m_t.reset(); }

    void runsABuiltInWithTableAndChart()
    {
        ui::ReportsWindow w(m_t->db());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *list = w.findChild<QListWidget *>(u"reportList"_qs);
        QCOMPARE(list->count(), core::reports::BuiltinReports::all().size());
        QVERIFY(w.selectReport(u"pipeline-by-stage"_qs));
        QSignalSpy done(&w, &ui::ReportsWindow::finishedWork);
        QTest::keyClick(&w, Qt::Key_F5);
        QVERIFY(done.wait(10000));
        auto *table = w.findChild<QTableView *>(u"resultTable"_qs);
        // Research, Qualified, Proposal sent, Negotiation, the subtotal and the total.
        QCOMPARE(table->model()->rowCount(), 6);
        QCOMPARE(table->model()->index(5, 0).data().toString(), u"Total"_qs);
        QCOMPARE(table->model()->index(5, 2).data().toString(), u"5"_qs);
        auto *chart = w.findChild<QChartView *>(u"resultChart"_qs);
        QVERIFY(chart->isVisible());
        QCOMPARE(chart->chart()->series().size(), 1);
        QVERIFY(w.findChild<QLabel *>(u"statusLabel"_qs)->text().contains(u"4"));
        w.grab().save(u"/tmp/reports-window.png"_qs);
    }

    void buildsSavesAndExportsAReport()
    {
        QTemporaryDir out;
        ui::ReportsWindow w(m_t->db());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::mouseClick(w.findChild<QPushButton *>(u"newReportButton"_qs), Qt::LeftButton);
        auto *builder = test::waitForDialog<QDialog>(u"reportBuilderDialog"_qs);
        QVERIFY(builder);

        // A bad report first: no title. Refused in the dialog, nothing stored.
        auto *title = builder->findChild<QLineEdit *>(u"titleEdit"_qs);
        title->clear();
        QTest::mouseClick(builder->findChild<QPushButton *>(u"saveButton"_qs), Qt::LeftButton);
        QVERIFY(builder->isVisible());
        auto *error = builder->findChild<QLabel *>(u"errorLabel"_qs);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"title"), qPrintable(error->text()));
        QCOMPARE(m_t->scalar(u"SELECT count(*) FROM reports"_qs).toInt(), 0);

        test::typeText(title, u"Lieli darījumi"_qs);
        setCombo(builder->findChild<QComboBox *>(u"recordTypeCombo"_qs), u"deals"_qs);
        QTest::mouseClick(builder->findChild<QPushButton *>(u"addFilterButton"_qs), Qt::LeftButton);
        setCombo(builder->findChild<QComboBox *>(u"filterField0"_qs), u"amount"_qs);
        setCombo(builder->findChild<QComboBox *>(u"filterOp0"_qs), u"ge"_qs);
        builder->findChild<QLineEdit *>(u"filterValue0"_qs)->setText(u"1000"_qs);
        setCombo(builder->findChild<QComboBox *>(u"group1Combo"_qs), u"stage"_qs);
        setCombo(builder->findChild<QComboBox *>(u"figure1FunctionCombo"_qs), u"count"_qs);
        setCombo(builder->findChild<QComboBox *>(u"figure2FunctionCombo"_qs), u"sum"_qs);
        setCombo(builder->findChild<QComboBox *>(u"figure2FieldCombo"_qs), u"amount"_qs);
        builder->grab().save(u"/tmp/reports-builder.png"_qs);
        QTest::mouseClick(builder->findChild<QPushButton *>(u"saveButton"_qs), Qt::LeftButton);
        QTRY_VERIFY(!builder->isVisible());

        // Saved, listed, selected; reopened from the database it is the same.
        auto saved = core::reports::ReportRepository(m_t->db()).find(u"Lieli darījumi"_qs);
        QVERIFY2(saved, qPrintable(saved.error().detail));
        QCOMPARE(saved->definition.groupBy, QStringList{u"stage"_qs});
        QCOMPARE(saved->definition.filter.children.size(), 1);
        auto *list = w.findChild<QListWidget *>(u"reportList"_qs);
        QCOMPARE(list->currentItem()->text(), u"Lieli darījumi"_qs);

        QSignalSpy done(&w, &ui::ReportsWindow::finishedWork);
        QTest::mouseClick(w.findChild<QPushButton *>(u"runButton"_qs), Qt::LeftButton);
        QVERIFY(done.wait(10000));
        auto *table = w.findChild<QTableView *>(u"resultTable"_qs);
        // Qualified (Łódź 2,500), Proposal sent (Tallinn 4,000), Research (Rīga 1,000), total.
        QCOMPARE(table->model()->rowCount(), 4);

        // CSV, semicolons and a BOM.
        const QString csv = out.filePath(u"big.csv"_qs);
        setCombo(w.findChild<QComboBox *>(u"csvDelimiterCombo"_qs), u";"_qs);
        w.findChild<QCheckBox *>(u"csvBomCheck"_qs)->setChecked(true);
        ui::ReportsWindow::setNextFileName(csv);
        QTest::mouseClick(w.findChild<QPushButton *>(u"exportCsvButton"_qs), Qt::LeftButton);
        QVERIFY(done.wait(10000));
        QFile f(csv);
        QVERIFY2(f.open(QIODevice::ReadOnly),
                 qPrintable(w.findChild<QLabel *>(u"statusLabel"_qs)->text()));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFStage;Count;Sum of Amount\r\n"));
        QVERIFY2(bytes.contains("Total;3;7500.00 EUR\r\n"), bytes.constData());

        // PDF, landscape.
        const QString pdf = out.filePath(u"big.pdf"_qs);
        w.findChild<QComboBox *>(u"orientationCombo"_qs)->setCurrentIndex(1);
        ui::ReportsWindow::setNextFileName(pdf);
        QTest::mouseClick(w.findChild<QPushButton *>(u"exportPdfButton"_qs), Qt::LeftButton);
        QVERIFY(done.wait(10000));
        const test::ProcessRun text = test::runProcess(u"pdftotext"_qs, {pdf, u"-"_qs});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(QString::fromUtf8(text.out).contains(u"Lieli darījumi"));
        QVERIFY(QString::fromUtf8(text.out).contains(u"Amount is at least “1000”"));

        // Duplicate, then delete the copy.
        QTest::mouseClick(w.findChild<QPushButton *>(u"duplicateReportButton"_qs), Qt::LeftButton);
        QCOMPARE(list->currentItem()->text(), u"Lieli darījumi (copy)"_qs);
        ui::MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(w.findChild<QPushButton *>(u"deleteReportButton"_qs), Qt::LeftButton);
        QCOMPARE(list->count(), core::reports::BuiltinReports::all().size() + 1);
    }

    // "Amount at least 1,000 and (title starts with Ł or title contains Tallinn)": a group
    // inside the filter, built with Add Group; saved, run, and shown again when reopened.
    void nestedFilterGroups()
    {
        ui::ReportsWindow w(m_t->db());
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::mouseClick(w.findChild<QPushButton *>(u"newReportButton"_qs), Qt::LeftButton);
        auto *builder = test::waitForDialog<QDialog>(u"reportBuilderDialog"_qs);
        QVERIFY(builder);
        auto *title = builder->findChild<QLineEdit *>(u"titleEdit"_qs);
        title->clear();
        test::typeText(title, u"Lielie Ł vai Tallina"_qs);
        setCombo(builder->findChild<QComboBox *>(u"recordTypeCombo"_qs), u"deals"_qs);
        auto *columns = builder->findChild<QListWidget *>(u"columnsList"_qs);
        for (int i = 0; i < columns->count(); ++i) {
            if (columns->item(i)->data(Qt::UserRole).toString() == u"title")
                columns->item(i)->setCheckState(Qt::Checked);
        }
        QTest::mouseClick(builder->findChild<QPushButton *>(u"addFilterButton"_qs), Qt::LeftButton);
        setCombo(builder->findChild<QComboBox *>(u"filterField0"_qs), u"amount"_qs);
        setCombo(builder->findChild<QComboBox *>(u"filterOp0"_qs), u"ge"_qs);
        builder->findChild<QLineEdit *>(u"filterValue0"_qs)->setText(u"1000"_qs);
        // A group beside the first condition, matching any of its two conditions.
        QTest::mouseClick(builder->findChild<QPushButton *>(u"addFilterGroupButton"_qs),
                          Qt::LeftButton);
        setCombo(builder->findChild<QComboBox *>(u"filterGroup1"_qs), u"true"_qs);
        setCombo(builder->findChild<QComboBox *>(u"filterField2"_qs), u"title"_qs);
        setCombo(builder->findChild<QComboBox *>(u"filterOp2"_qs), u"starts_with"_qs);
        builder->findChild<QLineEdit *>(u"filterValue2"_qs)->setText(u"Ł"_qs);
        QTest::mouseClick(builder->findChild<QPushButton *>(u"addFilterButton"_qs), Qt::LeftButton);
        setCombo(builder->findChild<QComboBox *>(u"filterField3"_qs), u"title"_qs);
        setCombo(builder->findChild<QComboBox *>(u"filterOp3"_qs), u"contains"_qs);
        builder->findChild<QLineEdit *>(u"filterValue3"_qs)->setText(u"Tallinn"_qs);
        builder->grab().save(u"/tmp/reports-builder-nested.png"_qs);
        QTest::mouseClick(builder->findChild<QPushButton *>(u"saveButton"_qs), Qt::LeftButton);
        QTRY_VERIFY(!builder->isVisible());

        auto saved = core::reports::ReportRepository(m_t->db()).find(u"Lielie Ł vai Tallina"_qs);
        QVERIFY2(saved, qPrintable(saved.error().detail));
        const core::reports::FilterNode &root = saved->definition.filter;
        QVERIFY(!root.any);
        QCOMPARE(root.children.size(), 2);
        QVERIFY(root.children[1].isGroup());
        QVERIFY(root.children[1].any);
        QCOMPARE(root.children[1].children.size(), 2);

        QSignalSpy done(&w, &ui::ReportsWindow::finishedWork);
        QTest::mouseClick(w.findChild<QPushButton *>(u"runButton"_qs), Qt::LeftButton);
        QVERIFY(done.wait(10000));
        auto *table = w.findChild<QTableView *>(u"resultTable"_qs);
        QStringList titles;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            titles << table->model()->index(r, 0).data().toString();
        titles.sort();
        QCOMPARE(titles, (QStringList{u"Tallinn"_qs, u"Total · 2"_qs, u"Łódź"_qs}));

        // Reopened, the builder shows the group with its two conditions; removing the group
        // leaves the first condition alone.
        QTest::mouseClick(w.findChild<QPushButton *>(u"editReportButton"_qs), Qt::LeftButton);
        auto *again = test::waitForDialog<QDialog>(u"reportBuilderDialog"_qs);
        QVERIFY(again);
        auto *tree = again->findChild<QTreeWidget *>(u"filtersTree"_qs);
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(1)->childCount(), 2);
        tree->setCurrentItem(tree->topLevelItem(1));
        QTest::mouseClick(again->findChild<QPushButton *>(u"removeFilterButton"_qs),
                          Qt::LeftButton);
        QCOMPARE(tree->topLevelItemCount(), 1);
        QTest::mouseClick(again->findChild<QPushButton *>(u"saveButton"_qs), Qt::LeftButton);
        QTRY_VERIFY(!again->isVisible());
        auto edited = core::reports::ReportRepository(m_t->db()).get(saved->id);
        QVERIFY(edited);
        QCOMPARE(edited->definition.filter.children.size(), 1);
        QCOMPARE(edited->definition.filter.children[0].field, u"amount"_qs);
    }
};

QTEST_MAIN(TestReportsWindow)
#include "tst_reportswindow.moc"
