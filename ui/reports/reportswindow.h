// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportengine.h"
#include "reports/reportrepository.h"
#include "storage/database.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

class QChartView;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QProgressDialog;
class QPushButton;
class QSplitter;
class QStandardItemModel;
class QTableView;

namespace crm::ui {

// The reports: built-in and saved ones on the left; on the right the chosen report's
// parameters, its results as a table and a bar chart, and Export CSV…, Export PDF… and
// Print…. Runs and exports go to a worker thread (its own connection) with progress and
// Cancel. New…, Edit…, Duplicate and Delete manage saved reports (a built-in is edited as a
// copy). Geometry and splitter positions are remembered.
class ReportsWindow : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsWindow(core::DatabasePtr db, QWidget *parent = nullptr);
    ~ReportsWindow() override;

    // Test hook: the next file dialog returns `path` at once instead of showing itself.
    static void setNextFileName(const QString &path);
    // Selects a report by its key (a built-in's name or a saved report's title).
    bool selectReport(const QString &key);
    // Rows the screen shows at most (an export writes them all).
    static constexpr int MaxShownRows = 10000;

signals:
    void finishedWork(); // a run or an export ended (for tests)

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void reload(const QByteArray &selectId = {});
    void showReport();
    void runReport();
    void showResult(const core::Result<core::reports::ReportTable> &result,
                    const core::reports::CompiledReport &compiled);
    core::Result<core::reports::CompiledReport> compileCurrent();
    void exportCsv();
    void exportPdf();
    void print();
    void newReport();
    void editReport();
    void duplicateReport();
    void deleteReport();
    void openBuilder(const core::reports::ReportDefinition &definition, const QByteArray &id);
    void setBusy(bool busy);
    void showMessage(const QString &text, bool error = false);
    QString askFileName(const QString &title, const QString &suggested, const QString &filter);
    const core::reports::SavedReport *current() const;
    // Runs `work` on a worker thread with a progress dialog; `done` gets its message.
    void runExport(const QString &title,
                   std::function<core::Status(QPromise<QString> &promise)> work);

    core::DatabasePtr m_db;
    core::reports::ReportRepository m_repository;
    QList<core::reports::SavedReport> m_reports;
    core::reports::CompiledReport m_lastCompiled;
    core::reports::ReportTable m_lastTable;

    QSplitter *m_splitter;
    QSplitter *m_resultSplitter;
    QListWidget *m_list;
    QPushButton *m_new, *m_edit, *m_duplicate, *m_delete;
    QLabel *m_title;
    QLabel *m_description;
    QFormLayout *m_parameters;
    QWidget *m_parametersBox;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QTableView *m_table;
    QStandardItemModel *m_model;
    QChartView *m_chart;
    QComboBox *m_delimiter;
    QCheckBox *m_bom;
    QComboBox *m_pageSize;
    QComboBox *m_orientation;
    QPushButton *m_exportCsv, *m_exportPdf, *m_print;
    QLabel *m_status;
    QFutureWatcher<core::Result<core::reports::ReportTable>> m_runWatcher;
    QFutureWatcher<QString> m_exportWatcher;
    QPointer<QProgressDialog> m_progress;
    core::reports::CompiledReport m_running;
    // The report shown changes (showReport) while a run goes on: that run's result is stale.
    int m_shownGeneration = 0;
    int m_runGeneration = 0;
    bool m_rerun = false; // Run pressed during a run: the running one stops, then it runs again
};

} // namespace crm::ui
