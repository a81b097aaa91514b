// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizard.h"

#include "importpreviewmodel.h"
#include "importundo.h"

#include "common/messagebox.h"
#include "import/importbatches.h"
#include "io/textcodec.h"
#include "services/customfieldrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace crm::ui {

using namespace core::import;

namespace {

const QString kGeometryKey = QStringLiteral("importWizard/geometry");

// A page that is complete once its background work says so.
class WorkPage : public QWizardPage
{
public:
    bool isComplete() const override { return m_ready; }
    void setReady(bool ready)
    {
        m_ready = ready;
        emit completeChanged();
    }

private:
    bool m_ready = false;
};

// A page with a file that must exist.
class FileWizardPage : public QWizardPage
{
public:
    explicit FileWizardPage(QLineEdit *edit)
        : m_edit(edit)
    {}
    bool isComplete() const override { return QFileInfo(m_edit->text().trimmed()).isFile(); }

private:
    QLineEdit *m_edit;
};

struct PreviewJob
{
    std::optional<ImportPreview> preview;
    core::Error error;
};

struct ApplyJob
{
    std::optional<ImportOutcome> outcome;
    core::Error error;
};

QComboBox *choiceCombo(QWidget *parent, DuplicateChoice current)
{
    auto *combo = new QComboBox(parent);
    for (DuplicateChoice c :
         {DuplicateChoice::Update, DuplicateChoice::Create, DuplicateChoice::Skip})
        combo->addItem(importChoiceName(c), int(c));
    combo->setCurrentIndex(combo->findData(int(current)));
    return combo;
}

// A table of the preview, paged from its store (fetchMore as it scrolls).
QTableView *previewView(const QString &name, ImportPreviewModel *model)
{
    auto *v = new QTableView;
    v->setObjectName(name);
    v->setModel(model);
    v->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setWordWrap(false);
    v->verticalHeader()->hide();
    v->verticalHeader()->setDefaultSectionSize(v->fontMetrics().height() + 10);
    v->horizontalHeader()->setStretchLastSection(true);
    return v;
}

QTableWidget *table(const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget;
    t->setObjectName(name);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setCell(QTableWidget *t, int row, int column, const QString &text)
{
    t->setItem(row, column, new QTableWidgetItem(text));
}

} // namespace

ImportWizard::ImportWizard(core::DatabasePtr db, QWidget *parent)
    : QWizard(parent)
    , m_db(std::move(db))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Contacts"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, makeFilePage());
    setPage(FormatPage, makeFormatPage());
    setPage(MappingPage, makeMappingPage());
    setPage(PreviewPage, makePreviewPage());
    setPage(ApplyPage, makeApplyPage());
    setPage(DonePage, makeDonePage());
    setStartId(FilePage);
    resize(860, 600);
    if (const QByteArray g = QSettings().value(kGeometryKey).toByteArray(); !g.isEmpty())
        restoreGeometry(g);
}

ImportWizard::~ImportWizard()
{
    m_cancel->store(true); // a job still running stops at its next chunk
    QSettings().setValue(kGeometryKey, saveGeometry());
}

void ImportWizard::setFile(const QString &path)
{
    m_fileEdit->setText(path);
}

QWizardPage *ImportWizard::makeFilePage()
{
    m_fileEdit = new QLineEdit;
    m_fileEdit->setObjectName(QStringLiteral("importFileEdit"));
    m_fileEdit->setPlaceholderText(tr("A CSV file (.csv, .txt) or vCard file (.vcf)"));
    auto *page = new FileWizardPage(m_fileEdit);
    page->setObjectName(QStringLiteral("importFilePage"));
    page->setTitle(tr("Choose a file"));
    page->setSubTitle(tr("Contacts exported from Google Contacts, Outlook, HubSpot, Salesforce, "
                         "a phone or a spreadsheet."));
    auto *browse = new QPushButton(tr("B&rowse…"));
    browse->setObjectName(QStringLiteral("importBrowseButton"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import Contacts"), QFileInfo(m_fileEdit->text()).path(),
            tr("Contacts (*.csv *.txt *.vcf *.vcard);;All files (*)"));
        if (!path.isEmpty())
            m_fileEdit->setText(path);
    });
    connect(m_fileEdit, &QLineEdit::textChanged, page, &QWizardPage::completeChanged);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&File:"));
    label->setBuddy(m_fileEdit);
    row->addWidget(label);
    row->addWidget(m_fileEdit, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addStretch(1);
    return page;
}

QWizardPage *ImportWizard::makeFormatPage()
{
    auto *page = new QWizardPage;
    page->setObjectName(QStringLiteral("importFormatPage"));
    page->setTitle(tr("Encoding and delimiter"));
    page->setSubTitle(tr("Detected from the file; change them if the sample looks wrong."));
    m_formatLabel = new QLabel;
    m_formatLabel->setObjectName(QStringLiteral("importFormatLabel"));
    m_encodingCombo = new QComboBox;
    m_encodingCombo->setObjectName(QStringLiteral("importEncodingCombo"));
    for (const QString &e : core::io::importEncodings())
        m_encodingCombo->addItem(e, e);
    m_delimiterCombo = new QComboBox;
    m_delimiterCombo->setObjectName(QStringLiteral("importDelimiterCombo"));
    m_delimiterCombo->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiterCombo->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiterCombo->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiterCombo->addItem(tr("Vertical bar ( | )"), QStringLiteral("|"));
    m_keepPhotos = new QCheckBox(tr("Keep the &photos of the contacts (at most 512 KB each)"));
    m_keepPhotos->setObjectName(QStringLiteral("importKeepPhotosCheck"));
    m_keepPhotos->setChecked(true);
    m_keepPhotos->hide(); // vCard files only
    m_sampleTable = table(QStringLiteral("importSampleTable"), {});
    auto *form = new QFormLayout;
    form->addRow(tr("Format:"), m_formatLabel);
    form->addRow(tr("&Encoding:"), m_encodingCombo);
    form->addRow(tr("&Delimiter:"), m_delimiterCombo);
    form->addRow(QString(), m_keepPhotos);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Sample:")));
    layout->addWidget(m_sampleTable, 1);
    connect(m_encodingCombo, &QComboBox::activated, this, &ImportWizard::refreshSample);
    connect(m_delimiterCombo, &QComboBox::activated, this, &ImportWizard::refreshSample);
    return page;
}

QWizardPage *ImportWizard::makeMappingPage()
{
    auto *page = new QWizardPage;
    page->setObjectName(QStringLiteral("importMappingPage"));
    page->setTitle(tr("Columns"));
    page->setSubTitle(tr("Which field each column fills. Recognised columns are set already; "
                         "the choice is remembered for files with the same columns."));
    m_mappingTable =
        table(QStringLiteral("importMappingTable"), {tr("Column"), tr("First value"), tr("Field")});
    m_mappingTable->setSelectionMode(QAbstractItemView::NoSelection);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_mappingTable);
    return page;
}

QWizardPage *ImportWizard::makePreviewPage()
{
    auto *page = new WorkPage;
    page->setObjectName(QStringLiteral("importPreviewPage"));
    page->setTitle(tr("Preview"));
    page->setSubTitle(tr("Nothing is written yet. Choose what happens to each match."));
    m_previewProgress = new QProgressBar;
    m_previewProgress->setObjectName(QStringLiteral("importPreviewProgress"));
    m_previewProgress->setRange(0, 2000);
    m_countsLabel = new QLabel;
    m_countsLabel->setObjectName(QStringLiteral("importCountsLabel"));
    m_countsLabel->setWordWrap(true);
    m_matchesModel = new ImportPreviewModel(PreviewFilter::Matches, this);
    m_invalidModel = new ImportPreviewModel(PreviewFilter::Invalid, this);
    m_warningsModel = new ImportPreviewModel(PreviewFilter::Warnings, this);
    m_matchesTable = previewView(QStringLiteral("importMatchesTable"), m_matchesModel);
    // A click on an action opens its choices.
    m_matchesTable->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_matchesTable->setItemDelegateForColumn(int(ImportPreviewModel::Column::Action),
                                             new ImportChoiceDelegate(m_matchesTable));
    m_invalidTable = previewView(QStringLiteral("importInvalidTable"), m_invalidModel);
    m_warningsTable = previewView(QStringLiteral("importWarningsTable"), m_warningsModel);
    for (ImportPreviewModel *m : {m_matchesModel, m_invalidModel, m_warningsModel})
        connect(m, &ImportPreviewModel::failed, m_countsLabel, &QLabel::setText);
    m_warningsLabel = new QLabel(tr("Rows imported without part of what they carry:"));
    m_warningsLabel->setObjectName(QStringLiteral("importWarningsLabel"));
    m_applyAllCombo = choiceCombo(page, DuplicateChoice::Update);
    m_applyAllCombo->setObjectName(QStringLiteral("importApplyAllCombo"));
    auto *applyAll = new QPushButton(tr("Apply to &all matches"));
    applyAll->setObjectName(QStringLiteral("importApplyAllButton"));
    connect(applyAll, &QPushButton::clicked, this, [this] {
        if (!m_preview)
            return;
        const auto choice = DuplicateChoice(m_applyAllCombo->currentData().toInt());
        m_preview->setChoiceForAll(choice); // every match, also those not fetched yet
        m_matchesModel->showChoiceForAll(choice);
    });
    auto *allRow = new QHBoxLayout;
    allRow->addWidget(new QLabel(tr("For every match:")));
    allRow->addWidget(m_applyAllCombo);
    allRow->addWidget(applyAll);
    allRow->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_previewProgress);
    layout->addWidget(m_countsLabel);
    layout->addLayout(allRow);
    layout->addWidget(m_matchesTable, 2);
    layout->addWidget(new QLabel(tr("Rows that cannot be imported:")));
    layout->addWidget(m_invalidTable, 1);
    layout->addWidget(m_warningsLabel);
    layout->addWidget(m_warningsTable, 1);
    m_warningsLabel->hide(); // only when a row has a warning
    m_warningsTable->hide();
    return page;
}

QWizardPage *ImportWizard::makeApplyPage()
{
    auto *page = new WorkPage;
    page->setObjectName(QStringLiteral("importApplyPage"));
    page->setTitle(tr("Importing"));
    page->setSubTitle(tr("Cancel leaves the database as it was."));
    m_applyProgress = new QProgressBar;
    m_applyProgress->setObjectName(QStringLiteral("importApplyProgress"));
    m_applyLabel = new QLabel;
    m_applyLabel->setObjectName(QStringLiteral("importApplyLabel"));
    m_cancelButton = new QPushButton(tr("&Cancel Import"));
    m_cancelButton->setObjectName(QStringLiteral("importCancelButton"));
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        m_cancel->store(true);
        m_cancelButton->setEnabled(false);
        m_applyLabel->setText(tr("Cancelling…"));
    });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_applyProgress);
    layout->addWidget(m_applyLabel);
    layout->addWidget(m_cancelButton, 0, Qt::AlignLeft);
    layout->addStretch(1);
    return page;
}

QWizardPage *ImportWizard::makeDonePage()
{
    auto *page = new QWizardPage;
    page->setObjectName(QStringLiteral("importDonePage"));
    page->setTitle(tr("Done"));
    m_doneLabel = new QLabel;
    m_doneLabel->setObjectName(QStringLiteral("importDoneLabel"));
    m_doneLabel->setWordWrap(true);
    m_undoButton = new QPushButton(tr("&Undo Import"));
    m_undoButton->setObjectName(QStringLiteral("importUndoButton"));
    connect(m_undoButton, &QPushButton::clicked, this, &ImportWizard::undoImport);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_doneLabel);
    layout->addWidget(m_undoButton, 0, Qt::AlignLeft);
    layout->addWidget(new QLabel(tr("Imports can also be undone later in File ▸ Import History.")));
    layout->addStretch(1);
    return page;
}

SourceOptions ImportWizard::sourceOptions() const
{
    SourceOptions o;
    o.path = m_fileEdit->text().trimmed();
    if (m_sample) {
        o.format = m_sample->format;
        o.encoding = m_encodingCombo->currentData().toString().toLatin1();
        o.delimiter = m_delimiterCombo->currentData().toString().at(0);
    }
    o.keepPhotos = m_keepPhotos->isChecked();
    return o;
}

void ImportWizard::initializePage(int id)
{
    if (id == FormatPage) {
        SourceOptions o;
        o.path = m_fileEdit->text().trimmed();
        auto sample = ImportSource::inspect(o);
        m_sample.reset();
        if (sample) {
            m_sample = sample.value();
            m_encodingCombo->setCurrentIndex(
                std::max(0, m_encodingCombo->findData(QString::fromLatin1(m_sample->encoding))));
            m_delimiterCombo->setCurrentIndex(
                std::max(0, m_delimiterCombo->findData(QString(m_sample->delimiter))));
        }
        m_keepPhotos->setVisible(m_sample && m_sample->format == ImportFormat::VCard);
        refreshSample();
    } else if (id == MappingPage) {
        fillMapping();
    } else if (id == PreviewPage) {
        startPreview();
    } else if (id == ApplyPage) {
        startApply();
    }
    QWizard::initializePage(id);
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == FormatPage && !m_sample)
        return false;
    if (currentId() == MappingPage) {
        bool any = false;
        for (int r = 0; r < m_mappingTable->rowCount(); ++r) {
            if (auto *c = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(r, 2)))
                any = any || !c->currentData().toString().isEmpty();
        }
        if (!any) {
            MessageBox::warning(this, windowTitle(), tr("Choose a field for at least one column."));
            return false;
        }
    }
    return QWizard::validateCurrentPage();
}

int ImportWizard::nextId() const
{
    if (currentId() == FormatPage && m_sample && m_sample->format == ImportFormat::VCard)
        return PreviewPage;
    return QWizard::nextId();
}

void ImportWizard::refreshSample()
{
    m_sampleTable->clear();
    m_sampleTable->setRowCount(0);
    m_sampleTable->setColumnCount(0);
    if (!m_sample) {
        SourceOptions o;
        o.path = m_fileEdit->text().trimmed();
        auto failed = ImportSource::inspect(o);
        m_formatLabel->setText(failed ? QString() : failed.error().message());
        return;
    }
    const bool vcard = m_sample->format == ImportFormat::VCard;
    m_encodingCombo->setEnabled(!vcard);
    m_delimiterCombo->setEnabled(!vcard);
    if (vcard) {
        m_formatLabel->setText(tr("vCard"));
        return;
    }
    auto sample = ImportSource::inspect(sourceOptions());
    if (!sample) {
        m_formatLabel->setText(sample.error().message());
        return;
    }
    m_sample->headers = sample->headers;
    m_sample->rows = sample->rows;
    m_formatLabel->setText(tr("CSV · columns: %1").arg(QLocale().toString(sample->headers.size())));
    m_sampleTable->setColumnCount(int(sample->headers.size()));
    m_sampleTable->setHorizontalHeaderLabels(sample->headers);
    m_sampleTable->setRowCount(int(sample->rows.size()));
    for (int r = 0; r < sample->rows.size(); ++r) {
        for (int c = 0; c < sample->rows[r].size() && c < sample->headers.size(); ++c)
            setCell(m_sampleTable, r, c, sample->rows[r][c]);
    }
    m_sampleTable->resizeColumnsToContents();
}

void ImportWizard::fillMapping()
{
    m_mappingTable->setRowCount(0);
    if (!m_sample)
        return;
    QSqlDatabase db = m_db->connection();
    const ColumnMapping mapping = ColumnMapping::recall(db, m_sample->headers);
    const QStringList customTargets = ColumnMapping::customTargetKeys(db);
    QHash<QString, QString> customLabels; // "custom:KEY" -> label
    if (auto defs = core::CustomFieldRepository(m_db).list(core::CustomEntity::Contact)) {
        for (const core::CustomFieldDefinition &d : defs.value())
            customLabels.insert(u"custom:" + d.key, d.label);
    }
    m_mappingTable->setRowCount(int(m_sample->headers.size()));
    for (int r = 0; r < m_sample->headers.size(); ++r) {
        setCell(m_mappingTable, r, 0, m_sample->headers[r]);
        setCell(m_mappingTable, r, 1,
                m_sample->rows.isEmpty() ? QString() : m_sample->rows.first().value(r));
        auto *combo = new QComboBox;
        combo->setObjectName(QStringLiteral("mappingCombo_%1").arg(r));
        for (const QString &key : ColumnMapping::targetKeys())
            combo->addItem(ColumnMapping::targetName(key), key);
        for (const QString &key : customTargets)
            combo->addItem(tr("Custom: %1").arg(customLabels.value(key)), key);
        combo->setCurrentIndex(std::max(0, combo->findData(mapping.target(r))));
        m_mappingTable->setCellWidget(r, 2, combo);
    }
    m_mappingTable->resizeColumnsToContents();
}

void ImportWizard::startPreview()
{
    auto *page = static_cast<WorkPage *>(this->page(PreviewPage));
    page->setReady(false);
    m_preview.reset();
    m_previewProgress->setValue(0);
    m_previewProgress->show();
    m_countsLabel->setText(tr("Reading the file and looking for duplicates…"));
    m_matchesModel->setPreview(std::nullopt);
    m_invalidModel->setPreview(std::nullopt);
    m_warningsModel->setPreview(std::nullopt);
    m_warningsLabel->hide();
    m_warningsTable->hide();
    ImportSettings settings;
    settings.source = sourceOptions();
    if (m_sample && m_sample->format == ImportFormat::Csv) {
        QStringList targets;
        for (int r = 0; r < m_mappingTable->rowCount(); ++r) {
            auto *c = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(r, 2));
            targets << (c ? c->currentData().toString() : QString());
        }
        settings.source.mapping = ColumnMapping(targets);
    }
    m_cancel->store(false);
    auto cancel = m_cancel;
    auto db = m_db;
    QPointer<QProgressBar> bar = m_previewProgress;
    auto *watcher = new QFutureWatcher<PreviewJob>(this);
    connect(watcher, &QFutureWatcher<PreviewJob>::finished, this, [this, watcher, page] {
        const PreviewJob job = watcher->result();
        watcher->deleteLater();
        m_previewProgress->hide();
        if (!job.preview) {
            m_countsLabel->setText(job.error.message());
            return;
        }
        m_preview = job.preview;
        showPreview();
        page->setReady(true);
    });
    watcher->setFuture(QtConcurrent::run([db, settings, cancel, bar]() {
        PreviewJob job;
        auto p = ContactImporter(db).preview(settings, [&](qint64 done, qint64) {
            QMetaObject::invokeMethod(bar, "setValue", Qt::QueuedConnection, Q_ARG(int, int(done)));
            return !cancel->load();
        });
        if (p)
            job.preview = std::move(p).value();
        else
            job.error = p.error();
        db->closeConnection();
        return job;
    }));
}

void ImportWizard::showPreview()
{
    const ImportPreview &p = *m_preview;
    const QLocale l;
    m_countsLabel->setText(
        tr("Rows: %1 · New: %2 · Update: %3 · Duplicate in file: %4 · "
           "Invalid: %5")
            .arg(l.toString(p.rowCount()), l.toString(p.count(RowKind::New)),
                 l.toString(p.count(RowKind::Update)), l.toString(p.count(RowKind::Duplicate)),
                 l.toString(p.count(RowKind::Invalid))) +
        (p.warningCount() > 0 ? tr(" · With warnings: %1").arg(l.toString(p.warningCount()))
                              : QString()));
    m_matchesModel->setPreview(p);
    m_invalidModel->setPreview(p);
    m_warningsModel->setPreview(p);
    m_matchesTable->resizeColumnsToContents();
    m_invalidTable->resizeColumnToContents(0);
    // The warning names the line of what was left out (a PHOTO, an X-CRM-FIELD).
    const bool warned = p.warningCount() > 0;
    m_warningsLabel->setVisible(warned);
    m_warningsTable->setVisible(warned);
    m_warningsTable->resizeColumnsToContents();
}

void ImportWizard::startApply()
{
    auto *page = static_cast<WorkPage *>(this->page(ApplyPage));
    page->setReady(false);
    m_applyDone = false;
    m_cancel->store(false);
    m_cancelButton->setEnabled(true);
    m_applyProgress->setRange(0, 0);
    m_applyLabel->setText(tr("Writing…"));
    auto cancel = m_cancel;
    auto db = m_db;
    const ImportPreview preview = *m_preview;
    QPointer<ImportWizard> self = this;
    auto *watcher = new QFutureWatcher<ApplyJob>(this);
    connect(watcher, &QFutureWatcher<ApplyJob>::finished, this, [this, watcher, page] {
        const ApplyJob job = watcher->result();
        watcher->deleteLater();
        m_applyDone = true;
        m_cancelButton->setEnabled(false);
        m_applyProgress->setRange(0, 1);
        m_applyProgress->setValue(1);
        if (job.outcome) {
            m_outcome = job.outcome;
            const QLocale l;
            m_doneLabel->setText(
                tr("Import %1 is done. Created: %2 · Updated: %3 · Skipped: %4 · "
                   "Invalid: %5")
                    .arg(l.toString(m_outcome->batchId), l.toString(m_outcome->created),
                         l.toString(m_outcome->updated), l.toString(m_outcome->skipped),
                         l.toString(m_outcome->invalid)));
            m_undoButton->setEnabled(true);
            emit imported();
        } else {
            m_doneLabel->setText(
                job.error.code == core::ErrorCode::Cancelled
                    ? tr("The import was cancelled. Nothing was kept.")
                    : tr("The import failed and was undone: %1").arg(job.error.message()));
            m_undoButton->setEnabled(false);
        }
        page->setReady(true);
        next();
    });
    watcher->setFuture(QtConcurrent::run([db, preview, cancel, self]() {
        ApplyJob job;
        auto done = ContactImporter(db).apply(preview, [&](qint64 n, qint64 total) {
            QMetaObject::invokeMethod(
                self,
                [self, n, total] {
                    if (!self)
                        return;
                    self->m_applyProgress->setRange(0, int(std::max<qint64>(1, total)));
                    self->m_applyProgress->setValue(int(n));
                    self->m_applyLabel->setText(
                        tr("Written: %1 of %2")
                            .arg(QLocale().toString(n), QLocale().toString(total)));
                },
                Qt::QueuedConnection);
            return !cancel->load();
        });
        if (done)
            job.outcome = done.value();
        else
            job.error = done.error();
        db->closeConnection();
        return job;
    }));
}

void ImportWizard::undoImport()
{
    if (!m_outcome)
        return;
    if (MessageBox::question(this, tr("Undo Import"),
                             tr("Delete the contacts this import created and restore the ones "
                                "it updated?")) != QMessageBox::Yes)
        return;
    m_undoButton->setEnabled(false);
    const qint64 batch = m_outcome->batchId;
    QPointer<ImportWizard> self = this;
    undoImportInBackground(this, m_db, batch, [self, batch](const core::Status &s) {
        if (!self)
            return;
        emit self->imported(); // records changed, also when the undo was stopped
        if (const QString problem = importUndoProblem(s); !problem.isEmpty()) {
            self->m_undoButton->setEnabled(true);
            MessageBox::warning(self, tr("Undo Import"), problem);
            return;
        }
        self->m_doneLabel->setText(tr("Import %1 was undone.").arg(QLocale().toString(batch)));
    });
}

} // namespace crm::ui
