// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/contactimporter.h"
#include "storage/database.h"

#include <QFutureWatcher>
#include <QWizard>

#include <atomic>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;

namespace crm::ui {

class ImportPreviewModel;

// File ▸ Import… (Ctrl+I): choose a file → encoding and delimiter (detected, with a live
// sample) → column mapping (recognised columns pre-set) → preview (counts, matches with
// reason, confidence and a choice per row, invalid rows with line and reason; tables paged
// from the preview's store) → import with
// progress and Cancel → done, with Undo. Reading, matching and writing run off the UI thread,
// each on its own connection.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page
    {
        FilePage,
        FormatPage,
        MappingPage,
        PreviewPage,
        ApplyPage,
        DonePage
    };

    explicit ImportWizard(core::DatabasePtr db, QWidget *parent = nullptr);
    ~ImportWizard() override;

    void setFile(const QString &path);
    // The outcome of the last import (for tests and the main window's refresh).
    std::optional<core::import::ImportOutcome> outcome() const { return m_outcome; }

signals:
    void imported(); // contacts changed: lists should reload

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;
    int nextId() const override;

private:
    QWizardPage *makeFilePage();
    QWizardPage *makeFormatPage();
    QWizardPage *makeMappingPage();
    QWizardPage *makePreviewPage();
    QWizardPage *makeApplyPage();
    QWizardPage *makeDonePage();
    core::import::SourceOptions sourceOptions() const;
    void refreshSample();
    void fillMapping();
    void startPreview();
    void showPreview();
    void startApply();
    void undoImport();

    core::DatabasePtr m_db;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QLineEdit *m_fileEdit = nullptr;
    QComboBox *m_encodingCombo = nullptr;
    QComboBox *m_delimiterCombo = nullptr;
    QCheckBox *m_keepPhotos = nullptr;
    QLabel *m_formatLabel = nullptr;
    QTableWidget *m_sampleTable = nullptr;
    QTableWidget *m_mappingTable = nullptr;
    QLabel *m_countsLabel = nullptr;
    QProgressBar *m_previewProgress = nullptr;
    ImportPreviewModel *m_matchesModel = nullptr;
    ImportPreviewModel *m_invalidModel = nullptr;
    ImportPreviewModel *m_warningsModel = nullptr;
    QTableView *m_matchesTable = nullptr;
    QTableView *m_invalidTable = nullptr;
    QLabel *m_warningsLabel = nullptr;
    QTableView *m_warningsTable = nullptr;
    QComboBox *m_applyAllCombo = nullptr;
    QProgressBar *m_applyProgress = nullptr;
    QLabel *m_applyLabel = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_doneLabel = nullptr;
    QPushButton *m_undoButton = nullptr;

    std::optional<core::import::SourceSample> m_sample;
    std::optional<core::import::ImportPreview> m_preview;
    std::optional<core::import::ImportOutcome> m_outcome;
    bool m_previewRunning = false;
    bool m_applyDone = false;
};

} // namespace crm::ui
