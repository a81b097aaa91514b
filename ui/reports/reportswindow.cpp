// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportswindow.h"

#include "common/messagebox.h"
#include "print/reportpdfwriter.h"
#include "reportbuilderdialog.h"
#include "reports/reportexport.h"
#include "reports/reportperiod.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPromise>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

namespace crm::ui {

using namespace core::reports;

namespace {

const QString kGeometryKey = QStringLiteral("reportsWindow/geometry");
const QString kSplitterKey = QStringLiteral("reportsWindow/splitter");
const QString kResultSplitterKey = QStringLiteral("reportsWindow/resultSplitter");

QString &nextFileName()
{
    static QString path;
    return path;
}

QString fileSafe(QString title)
{
    for (QChar &c : title) {
        if (c == u'/' || c == u'\\' || c == u':' || c == u'*' || c == u'?' || c == u'"')
            c = u'_';
    }
    return title;
}

} // namespace

ReportsWindow::ReportsWindow(core::DatabasePtr db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_repository(m_db)
{
    setObjectName(QStringLiteral("reportsWindow"));
    setWindowTitle(tr("Reports"));
    ReportPdfWriter::fontFamily(); // registered on the GUI thread, before any worker paints

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("reportList"));
    m_new = new QPushButton(tr("&New…"), this);
    m_new->setObjectName(QStringLiteral("newReportButton"));
    m_new->setShortcut(QKeySequence::New);
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editReportButton"));
    m_duplicate = new QPushButton(tr("D&uplicate"), this);
    m_duplicate->setObjectName(QStringLiteral("duplicateReportButton"));
    m_duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_delete = new QPushButton(tr("De&lete"), this);
    m_delete->setObjectName(QStringLiteral("deleteReportButton"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto *manage = new QHBoxLayout;
    manage->addWidget(m_new);
    manage->addWidget(m_edit);
    leftLayout->addLayout(manage);
    auto *manage2 = new QHBoxLayout;
    manage2->addWidget(m_duplicate);
    manage2->addWidget(m_delete);
    leftLayout->addLayout(manage2);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("reportTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("reportDescriptionLabel"));
    m_description->setWordWrap(true);
    m_parametersBox = new QWidget(this);
    m_parametersBox->setObjectName(QStringLiteral("parametersBox"));
    m_parameters = new QFormLayout(m_parametersBox);
    m_parameters->setContentsMargins(0, 0, 0, 0);
    m_run = new QPushButton(tr("&Run"), this);
    m_run->setObjectName(QStringLiteral("runButton"));
    m_run->setDefault(true);
    m_run->setToolTip(tr("Run the report (F5)"));
    auto *runShortcut = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(runShortcut, &QShortcut::activated, this, &ReportsWindow::runReport);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelRunButton"));
    m_cancel->setEnabled(false);

    m_model = new QStandardItemModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("resultTable"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_chart = new QChartView(this);
    m_chart->setObjectName(QStringLiteral("resultChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(160);
    m_resultSplitter = new QSplitter(Qt::Vertical, this);
    m_resultSplitter->setObjectName(QStringLiteral("resultSplitter"));
    m_resultSplitter->addWidget(m_table);
    m_resultSplitter->addWidget(m_chart);
    m_resultSplitter->setStretchFactor(0, 3);
    m_resultSplitter->setStretchFactor(1, 2);

    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("csvDelimiterCombo"));
    m_delimiter->addItem(tr("Comma"), QString(u','));
    m_delimiter->addItem(tr("Semicolon"), QString(u';'));
    m_delimiter->addItem(tr("Tab"), QString(u'\t'));
    m_delimiter->setToolTip(tr("CSV field separator"));
    m_bom = new QCheckBox(tr("&BOM"), this);
    m_bom->setObjectName(QStringLiteral("csvBomCheck"));
    m_bom->setToolTip(tr("Start the CSV with a UTF-8 byte-order mark (for spreadsheets)"));
    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(QStringLiteral("pageSizeCombo"));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));
    if (QLocale().measurementSystem() == QLocale::ImperialUSSystem)
        m_pageSize->setCurrentIndex(1);
    m_orientation = new QComboBox(this);
    m_orientation->setObjectName(QStringLiteral("orientationCombo"));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_exportCsv = new QPushButton(tr("Export &CSV…"), this);
    m_exportCsv->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportPdf = new QPushButton(tr("Export &PDF…"), this);
    m_exportPdf->setObjectName(QStringLiteral("exportPdfButton"));
    m_print = new QPushButton(tr("Print…"), this);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_print->setShortcut(QKeySequence::Print);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_description);
    auto *paramRow = new QHBoxLayout;
    paramRow->addWidget(m_parametersBox, 1);
    paramRow->addWidget(m_run, 0, Qt::AlignBottom);
    paramRow->addWidget(m_cancel, 0, Qt::AlignBottom);
    rightLayout->addLayout(paramRow);
    rightLayout->addWidget(m_resultSplitter, 1);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_delimiter);
    exportRow->addWidget(m_bom);
    exportRow->addWidget(m_exportCsv);
    exportRow->addSpacing(12);
    exportRow->addWidget(m_pageSize);
    exportRow->addWidget(m_orientation);
    exportRow->addWidget(m_exportPdf);
    exportRow->addWidget(m_print);
    exportRow->addStretch();
    rightLayout->addLayout(exportRow);
    rightLayout->addWidget(m_status);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("reportsSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({240, 760});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, &ReportsWindow::showReport);
    connect(m_list, &QListWidget::itemActivated, this, &ReportsWindow::runReport);
    connect(m_run, &QPushButton::clicked, this, &ReportsWindow::runReport);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_runWatcher.cancel(); });
    connect(m_new, &QPushButton::clicked, this, &ReportsWindow::newReport);
    connect(m_edit, &QPushButton::clicked, this, &ReportsWindow::editReport);
    connect(m_duplicate, &QPushButton::clicked, this, &ReportsWindow::duplicateReport);
    connect(m_delete, &QPushButton::clicked, this, &ReportsWindow::deleteReport);
    connect(m_exportCsv, &QPushButton::clicked, this, &ReportsWindow::exportCsv);
    connect(m_exportPdf, &QPushButton::clicked, this, &ReportsWindow::exportPdf);
    connect(m_print, &QPushButton::clicked, this, &ReportsWindow::print);
    connect(&m_runWatcher, &QFutureWatcher<core::Result<ReportTable>>::finished, this, [this] {
        setBusy(false);
        if (m_rerun) {
            m_rerun = false;
            runReport();
            return;
        }
        if (m_runGeneration != m_shownGeneration)
            return; // another report is shown now; this one's result is not wanted
        if (m_runWatcher.isCanceled() || m_runWatcher.future().resultCount() == 0)
            showMessage(tr("The report was cancelled."));
        else
            showResult(m_runWatcher.result(), m_running);
        emit finishedWork();
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1100, 680);
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_resultSplitter->restoreState(settings.value(kResultSplitterKey).toByteArray());
    reload();
    // The window opens with the first report run (on a worker thread, as Run does), not empty.
    runReport();
}

ReportsWindow::~ReportsWindow()
{
    m_runWatcher.cancel();
    m_runWatcher.waitForFinished();
    m_exportWatcher.cancel();
    m_exportWatcher.waitForFinished();
}

void ReportsWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kResultSplitterKey, m_resultSplitter->saveState());
    QWidget::closeEvent(event);
}

void ReportsWindow::setNextFileName(const QString &path)
{
    nextFileName() = path;
}

QString ReportsWindow::askFileName(const QString &title, const QString &suggested,
                                   const QString &filter)
{
    if (!nextFileName().isEmpty())
        return std::exchange(nextFileName(), QString());
    QSettings settings;
    const QString dir =
        settings.value(QStringLiteral("reportsWindow/exportDir"), QDir::homePath()).toString();
    const QString path =
        QFileDialog::getSaveFileName(this, title, dir + u'/' + fileSafe(suggested), filter);
    if (!path.isEmpty())
        settings.setValue(QStringLiteral("reportsWindow/exportDir"), QFileInfo(path).path());
    return path;
}

const SavedReport *ReportsWindow::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_reports.size() ? &m_reports[row] : nullptr;
}

bool ReportsWindow::selectReport(const QString &key)
{
    for (qsizetype i = 0; i < m_reports.size(); ++i) {
        if (m_reports[i].key() == key) {
            m_list->setCurrentRow(int(i));
            return true;
        }
    }
    return false;
}

void ReportsWindow::reload(const QByteArray &selectId)
{
    auto reports = m_repository.list();
    if (!reports) {
        showMessage(reports.error().detail, true);
        return;
    }
    m_reports = reports.value();
    const QSignalBlocker block(m_list);
    m_list->clear();
    int select = 0;
    for (qsizetype i = 0; i < m_reports.size(); ++i) {
        const SavedReport &r = m_reports[i];
        auto *item = new QListWidgetItem(r.displayTitle(), m_list);
        item->setToolTip(r.isBuiltin() ? tr("Built in: run it, or duplicate it to change it")
                                       : tr("Saved report"));
        if (r.isBuiltin()) {
            QFont f = item->font();
            f.setItalic(true);
            item->setFont(f);
        }
        if (!selectId.isEmpty() && r.id == selectId)
            select = int(i);
    }
    m_list->setCurrentRow(select);
    showReport();
}

void ReportsWindow::showReport()
{
    ++m_shownGeneration;
    if (m_runWatcher.isRunning())
        m_runWatcher.cancel();
    const SavedReport *r = current();
    while (m_parameters->rowCount() > 0)
        m_parameters->removeRow(0);
    m_model->clear();
    m_chart->setChart(new QChart);
    m_edit->setEnabled(r);
    m_edit->setText(r && r->isBuiltin() ? tr("&Edit a Copy…") : tr("&Edit…"));
    m_delete->setEnabled(r && !r->isBuiltin());
    m_duplicate->setEnabled(r);
    if (!r) {
        m_title->clear();
        m_description->clear();
        return;
    }
    m_title->setText(r->displayTitle());
    m_description->setText(r->definition.description.isEmpty()
                               ? recordTypeLabel(r->definition.recordType)
                               : QCoreApplication::translate(
                                     "crm::core::Reports", qPrintable(r->definition.description)));
    for (const ReportParameter &p : r->definition.parameters) {
        const QString label = QCoreApplication::translate(
            "crm::core::Reports", qPrintable(p.label.isEmpty() ? p.name : p.label));
        QWidget *editor;
        if (p.type == u"period") {
            auto *combo = new QComboBox(m_parametersBox);
            combo->setEditable(true); // also "last_45_days" or "2026-01-01..2026-03-31"
            for (const QString &preset : Period::presets())
                combo->addItem(preset);
            combo->setCurrentText(p.defaultValue.isEmpty() ? u"all"_qs : p.defaultValue);
            combo->setToolTip(Period::describe(combo->currentText(), QDate::currentDate()));
            connect(combo, &QComboBox::currentTextChanged, combo, [combo](const QString &text) {
                combo->setToolTip(Period::describe(text, QDate::currentDate()));
            });
            editor = combo;
        } else {
            auto *edit = new QLineEdit(p.defaultValue, m_parametersBox);
            edit->setPlaceholderText(tr("all"));
            connect(edit, &QLineEdit::returnPressed, this, &ReportsWindow::runReport);
            editor = edit;
        }
        editor->setObjectName(u"param_"_qs + p.name);
        m_parameters->addRow(label + u':', editor);
    }
    showMessage(tr("Press Run (F5) to see the report."));
}

core::Result<CompiledReport> ReportsWindow::compileCurrent()
{
    const SavedReport *r = current();
    if (!r)
        return core::Error{core::ErrorCode::Invalid, tr("Choose a report first."), {}};
    ParameterValues values;
    for (const ReportParameter &p : r->definition.parameters) {
        QWidget *w = m_parametersBox->findChild<QWidget *>(u"param_"_qs + p.name);
        if (auto *combo = qobject_cast<QComboBox *>(w))
            values.insert(p.name, combo->currentText());
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            values.insert(p.name, edit->text());
    }
    return ReportEngine(m_db).compile(r->definition, values);
}

void ReportsWindow::runReport()
{
    if (m_runWatcher.isRunning()) {
        // Run again with what the window shows now, once the running one has stopped.
        m_rerun = true;
        m_runWatcher.cancel();
        return;
    }
    auto compiled = compileCurrent();
    if (!compiled) {
        showMessage(compiled.error().detail, true);
        return;
    }
    m_running = compiled.value();
    m_runGeneration = m_shownGeneration;
    setBusy(true);
    showMessage(tr("Running…"));
    core::DatabasePtr db = m_db;
    const CompiledReport report = compiled.value();
    // Its own connection on the worker thread; Cancel stops the statement between rows.
    m_runWatcher.setFuture(
        QtConcurrent::run([db, report](QPromise<core::Result<ReportTable>> &promise) {
            ReportEngine engine(db);
            ReportTable table;
            table.columns = report.columns;
            qint64 details = 0;
            auto ran = engine.run(report, [&](const ReportRow &row) {
                if (promise.isCanceled())
                    return false;
                if (row.kind == RowKind::Detail && details >= MaxShownRows) {
                    table.truncated = true;
                    return true; // keep reading: the total comes last
                }
                if (row.kind == RowKind::Detail)
                    ++details;
                table.rows.append(row);
                return true;
            });
            db->closeConnection();
            if (promise.isCanceled())
                return;
            if (!ran)
                promise.addResult(core::Result<ReportTable>(ran.error()));
            else
                promise.addResult(core::Result<ReportTable>(table));
        }));
}

void ReportsWindow::showResult(const core::Result<ReportTable> &result,
                               const CompiledReport &compiled)
{
    if (!result) {
        showMessage(result.error().detail, true);
        return;
    }
    m_lastCompiled = compiled;
    m_lastTable = result.value();
    const ReportTable &table = m_lastTable;
    m_model->clear();
    QStringList headers;
    for (const ReportColumn &c : table.columns)
        headers << c.label;
    m_model->setHorizontalHeaderLabels(headers);
    const QLocale locale;
    qint64 records = 0;
    for (const ReportRow &row : table.rows) {
        const QStringList texts =
            ReportFormat::row(table.columns, row, ReportFormat::Style::Display, locale);
        QList<QStandardItem *> items;
        const bool strong = row.kind == RowKind::Subtotal || row.kind == RowKind::Total;
        for (qsizetype c = 0; c < texts.size(); ++c) {
            auto *item = new QStandardItem(texts[c]);
            const ReportColumn &col = table.columns[c];
            if (col.figure || col.type == FieldType::Integer || col.type == FieldType::Money)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (strong) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
                item->setBackground(palette().alternateBase());
            }
            items << item;
        }
        if (row.kind == RowKind::Detail || row.kind == RowKind::Group)
            ++records;
        m_model->appendRow(items);
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();

    auto *chart = new QChart;
    const ReportChart bars = ReportChart::of(compiled, table);
    if (!bars.isEmpty()) {
        auto *set = new QBarSet(bars.caption);
        for (double v : bars.values)
            set->append(v);
        auto *series = new QBarSeries;
        series->append(set);
        series->setLabelsVisible(true);
        chart->addSeries(series);
        auto *axisX = new QBarCategoryAxis;
        axisX->append(bars.labels);
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        auto *axisY = new QValueAxis;
        axisY->setLabelFormat(u"%.0f"_qs);
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        axisY->applyNiceNumbers();
        chart->setTitle(bars.caption);
        chart->legend()->hide();
    }
    m_chart->setChart(chart);
    m_chart->setVisible(!bars.isEmpty());
    showMessage(table.truncated
                    ? tr("Rows: %1 · the first %2 are shown; an export writes them all.")
                          .arg(locale.toString(records))
                          .arg(locale.toString(MaxShownRows))
                    : tr("Rows: %1").arg(locale.toString(records)));
}

void ReportsWindow::runExport(const QString &title,
                              std::function<core::Status(QPromise<QString> &)> work)
{
    if (m_exportWatcher.isRunning())
        return;
    auto *progress = new QProgressDialog(title, tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress = progress;
    connect(progress, &QProgressDialog::canceled, &m_exportWatcher,
            &QFutureWatcher<QString>::cancel);
    connect(&m_exportWatcher, &QFutureWatcher<QString>::progressTextChanged, progress,
            &QProgressDialog::setLabelText, Qt::UniqueConnection);
    disconnect(&m_exportWatcher, &QFutureWatcher<QString>::finished, this, nullptr);
    connect(&m_exportWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        if (m_progress)
            m_progress->close();
        if (m_exportWatcher.isCanceled() || m_exportWatcher.future().resultCount() == 0)
            showMessage(tr("The export was cancelled; no file was written."));
        else
            showMessage(m_exportWatcher.result(), m_exportWatcher.result().startsWith(u'!'));
        emit finishedWork();
    });
    core::DatabasePtr db = m_db;
    m_exportWatcher.setFuture(QtConcurrent::run([db, work](QPromise<QString> &promise) {
        const core::Status s = work(promise);
        db->closeConnection();
        if (promise.isCanceled())
            return;
        if (!s)
            promise.addResult(u'!' + s.error().detail);
    }));
}

void ReportsWindow::exportCsv()
{
    auto compiled = compileCurrent();
    if (!compiled) {
        showMessage(compiled.error().detail, true);
        return;
    }
    const QString path = askFileName(tr("Export CSV"), m_title->text() + u".csv",
                                     tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    core::io::CsvWriteOptions options;
    options.delimiter = m_delimiter->currentData().toString().at(0);
    options.byteOrderMark = m_bom->isChecked();
    const CompiledReport report = compiled.value();
    core::DatabasePtr db = m_db;
    runExport(tr("Exporting to CSV…"), [db, report, options, path](QPromise<QString> &promise) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return core::Status(core::Error{
                core::ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()), {}});
        auto rows =
            core::reports::exportCsv(ReportEngine(db), report, &file, options, [&](qint64 n) {
                promise.setProgressValueAndText(0,
                                                tr("Rows written: %1").arg(QLocale().toString(n)));
                return !promise.isCanceled();
            });
        if (!rows) {
            file.cancelWriting();
            return core::Status(rows.error());
        }
        if (!file.commit())
            return core::Status(core::Error{
                core::ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()), {}});
        promise.addResult(
            tr("Rows: %1 · exported to %2").arg(QLocale().toString(rows.value()), path));
        return core::Status();
    });
}

void ReportsWindow::exportPdf()
{
    auto compiled = compileCurrent();
    if (!compiled) {
        showMessage(compiled.error().detail, true);
        return;
    }
    const QString path = askFileName(tr("Export PDF"), m_title->text() + u".pdf",
                                     tr("PDF files (*.pdf);;All files (*)"));
    if (path.isEmpty())
        return;
    ReportPageOptions page;
    page.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    page.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    const CompiledReport report = compiled.value();
    core::DatabasePtr db = m_db;
    runExport(tr("Exporting to PDF…"), [db, report, page, path](QPromise<QString> &promise) {
        ReportEngine engine(db);
        ReportTable table;
        table.columns = report.columns;
        promise.setProgressValueAndText(0, tr("Reading the report…"));
        auto ran = engine.run(report, [&](const ReportRow &row) {
            table.rows.append(row);
            return !promise.isCanceled();
        });
        if (!ran)
            return core::Status(ran.error());
        promise.setProgressValueAndText(0, tr("Writing %1…").arg(path));
        if (auto s = ReportPdfWriter::writePdf(path, report, table, page,
                                               [&] { return promise.isCanceled(); });
            !s)
            return s;
        promise.addResult(tr("Exported to %1").arg(path));
        return core::Status();
    });
}

void ReportsWindow::print()
{
    if (m_lastTable.columns.isEmpty()) {
        showMessage(tr("Run the report first, then print it."), true);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::PageSizeId(m_pageSize->currentData().toInt())));
    printer.setPageOrientation(QPageLayout::Orientation(m_orientation->currentData().toInt()));
    printer.setDocName(m_title->text());
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("printDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto pages = ReportPdfWriter::paint(&printer, m_lastCompiled, m_lastTable);
    showMessage(pages ? tr("Sent to the printer · pages: %1").arg(pages.value())
                      : pages.error().detail,
                !pages);
}

void ReportsWindow::openBuilder(const ReportDefinition &definition, const QByteArray &id)
{
    auto *dialog = new ReportBuilderDialog(definition, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        const ReportDefinition def = dialog->definition();
        if (id.isEmpty()) {
            auto saved = m_repository.save(def);
            if (!saved) {
                showMessage(saved.error().detail, true);
                return;
            }
            reload(saved.value());
        } else {
            if (auto s = m_repository.update(id, def); !s) {
                showMessage(s.error().detail, true);
                return;
            }
            reload(id);
        }
        showMessage(tr("Saved “%1”.").arg(def.title));
    });
    dialog->open();
}

void ReportsWindow::newReport()
{
    ReportDefinition def;
    def.title = tr("New report");
    def.recordType = RecordType::Deals;
    def.columns = {u"title"_qs, u"company"_qs, u"stage"_qs, u"amount"_qs};
    def.aggregates = {{u"count"_qs, {}, {}}, {u"sum"_qs, u"amount"_qs, {}}};
    openBuilder(def, {});
}

void ReportsWindow::editReport()
{
    const SavedReport *r = current();
    if (!r)
        return;
    if (r->isBuiltin()) {
        // A built-in stays as shipped: the builder edits a copy that is saved as new.
        ReportDefinition copy = r->definition;
        copy.builtinKey.clear();
        copy.title = tr("%1 (copy)").arg(r->displayTitle());
        openBuilder(copy, {});
        return;
    }
    openBuilder(r->definition, r->id);
}

void ReportsWindow::duplicateReport()
{
    const SavedReport *r = current();
    if (!r)
        return;
    auto id = m_repository.duplicate(*r);
    if (!id) {
        showMessage(id.error().detail, true);
        return;
    }
    reload(id.value());
}

void ReportsWindow::deleteReport()
{
    const SavedReport *r = current();
    if (!r || r->isBuiltin())
        return;
    if (MessageBox::question(this, tr("Delete Report"),
                             tr("Delete the report “%1”?").arg(r->displayTitle())) !=
        QMessageBox::Yes)
        return;
    if (auto s = m_repository.remove(r->id); !s) {
        showMessage(s.error().detail, true);
        return;
    }
    reload();
}

void ReportsWindow::setBusy(bool busy)
{
    // Run stays enabled: pressed during a run, it stops that one and runs what is shown now.
    m_cancel->setEnabled(busy);
    m_list->setEnabled(!busy);
}

void ReportsWindow::showMessage(const QString &text, bool error)
{
    m_status->setText(error && text.startsWith(u'!') ? text.mid(1) : text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
}

} // namespace crm::ui
