// SPDX-License-Identifier: GPL-3.0-or-later
#include "duplicateswindow.h"

#include "dedup/mergecommand.h"
#include "dedup/mergedialog.h"

#include "common/uuid.h"
#include "dedup/mergeservice.h"

#include <QComboBox>
#include <QDateTime>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace crm::ui {

using namespace core::dedup;

namespace {

// Sorts the score column by its number, not its text.
class ScoreItem : public QTableWidgetItem
{
public:
    explicit ScoreItem(double score)
        : QTableWidgetItem(QLocale().toString(score, 'f', 2))
    {
        setData(Qt::UserRole, score);
    }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
    }
};

QTableWidget *makeTable(const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    return t;
}

} // namespace

DuplicatesWindow::DuplicatesWindow(core::DatabasePtr db, QUndoStack *undo,
                                   std::function<void()> changed, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_db(std::move(db))
    , m_undo(undo)
    , m_changed(std::move(changed))
    , m_stop(std::make_shared<std::atomic_bool>(false))
{
    setObjectName(QStringLiteral("duplicatesWindow"));
    setWindowTitle(tr("Find Duplicates"));
    resize(900, 560);
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("duplicatesTabs"));

    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    auto *top = new QHBoxLayout;
    auto *kindLabel = new QLabel(tr("&Look in:"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("duplicatesKindCombo"));
    m_kind->addItem(tr("Contacts"), QStringLiteral("contact"));
    m_kind->addItem(tr("Companies"), QStringLiteral("company"));
    kindLabel->setBuddy(m_kind);
    m_scan = new QPushButton(tr("&Find"));
    m_scan->setObjectName(QStringLiteral("duplicatesFindButton"));
    m_cancel = new QPushButton(tr("&Cancel"));
    m_cancel->setObjectName(QStringLiteral("duplicatesCancelButton"));
    m_cancel->setEnabled(false);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("duplicatesProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    top->addWidget(kindLabel);
    top->addWidget(m_kind);
    top->addWidget(m_scan);
    top->addWidget(m_cancel);
    top->addWidget(m_progress);
    top->addStretch(1);
    v->addLayout(top);
    m_pairs = makeTable(QStringLiteral("duplicatesTable"),
                        {tr("Score"), tr("Record"), tr("Record"), tr("Why")});
    m_pairs->setSortingEnabled(true);
    m_pairs->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_pairs->setColumnWidth(1, 200);
    m_pairs->setColumnWidth(2, 200);
    v->addWidget(m_pairs, 1);
    auto *actions = new QHBoxLayout;
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("duplicatesStatusLabel"));
    m_merge = new QPushButton(tr("&Merge…"));
    m_merge->setObjectName(QStringLiteral("duplicatesMergeButton"));
    m_dismiss = new QPushButton(tr("&Not a Duplicate"));
    m_dismiss->setObjectName(QStringLiteral("duplicatesDismissButton"));
    actions->addStretch(1);
    actions->addWidget(m_dismiss);
    actions->addWidget(m_merge);
    v->addLayout(actions);
    tabs->addTab(page, tr("&Duplicates"));

    auto *mergesPage = new QWidget;
    auto *mv = new QVBoxLayout(mergesPage);
    m_merges = makeTable(QStringLiteral("mergesTable"),
                         {tr("When"), tr("Kept"), tr("Merged"), tr("State")});
    m_merges->setColumnWidth(0, 150);
    m_merges->setColumnWidth(1, 220);
    m_merges->setColumnWidth(2, 120);
    mv->addWidget(m_merges, 1);
    auto *mergeActions = new QHBoxLayout;
    m_unmerge = new QPushButton(tr("&Unmerge"));
    m_unmerge->setObjectName(QStringLiteral("unmergeButton"));
    mergeActions->addStretch(1);
    mergeActions->addWidget(m_unmerge);
    mv->addLayout(mergeActions);
    tabs->addTab(mergesPage, tr("M&erges"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_scan, &QPushButton::clicked, this, &DuplicatesWindow::startScan);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_stop->store(true);
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling…"));
    });
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesWindow::mergeCurrent);
    connect(m_dismiss, &QPushButton::clicked, this, &DuplicatesWindow::dismissCurrent);
    connect(m_pairs, &QTableWidget::activated, this, &DuplicatesWindow::mergeCurrent);
    connect(m_unmerge, &QPushButton::clicked, this, &DuplicatesWindow::unmergeCurrent);
    // Merge and Not a Duplicate act on the chosen pair, Unmerge on the chosen merge.
    const auto updateButtons = [this] {
        const bool pair = !m_pairs->selectedItems().isEmpty();
        m_merge->setEnabled(pair);
        m_dismiss->setEnabled(pair);
        m_unmerge->setEnabled(!m_merges->selectedItems().isEmpty());
    };
    connect(m_pairs, &QTableWidget::itemSelectionChanged, this, updateButtons);
    connect(m_merges, &QTableWidget::itemSelectionChanged, this, updateButtons);
    reloadMerges();
    updateButtons();
    m_status->setText(tr("Choose what to look in and press Find. Pairs appear while the search "
                         "runs, the most likely first."));
}

DuplicatesWindow::~DuplicatesWindow()
{
    m_stop->store(true); // a scan still running stops at its next step
}

bool DuplicatesWindow::isScanning() const
{
    return m_scanning;
}

void DuplicatesWindow::startScan()
{
    if (m_scanning)
        return;
    m_scanning = true;
    m_stop->store(false);
    m_found.clear();
    m_pairs->setRowCount(0);
    m_scan->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->show();
    m_status->setText(tr("Looking for duplicates…"));
    FindOptions options;
    parseKind(m_kind->currentData().toString(), &options.kind);
    auto stop = m_stop;
    auto db = m_db;
    QPointer<DuplicatesWindow> self(this);
    QPointer<QProgressBar> bar(m_progress);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        watcher->deleteLater();
        scanDone(watcher->result());
    });
    // The scan runs on a pool thread with its own connection; pairs and progress come back
    // through queued calls, so the list fills while it runs.
    watcher->setFuture(QtConcurrent::run([db, options, stop, self, bar]() -> QString {
        auto found = DuplicateFinder(db).find(
            options,
            [&](qint64 done, qint64 total) {
                const int permille = int(done * 1000 / std::max<qint64>(1, total));
                QMetaObject::invokeMethod(
                    bar.data(),
                    [bar, permille] {
                        if (bar)
                            bar->setValue(permille);
                    },
                    Qt::QueuedConnection);
                return !stop->load();
            },
            [&](const QList<DuplicatePair> &batch) {
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, batch] {
                        if (self)
                            self->addPairs(batch);
                    },
                    Qt::QueuedConnection);
            });
        db->closeConnection();
        return found ? QString() : found.error().message();
    }));
}

void DuplicatesWindow::addPairs(const QList<DuplicatePair> &pairs)
{
    m_pairs->setSortingEnabled(false);
    for (const DuplicatePair &p : pairs) {
        const int row = m_pairs->rowCount();
        m_pairs->insertRow(row);
        auto *score = new ScoreItem(p.score);
        score->setData(Qt::UserRole + 1, int(m_found.size()));
        m_pairs->setItem(row, 0, score);
        m_pairs->setItem(row, 1, new QTableWidgetItem(p.nameA));
        m_pairs->setItem(row, 2, new QTableWidgetItem(p.nameB));
        auto *why = new QTableWidgetItem(p.reasons.join(QStringLiteral("; ")));
        why->setToolTip(p.reasons.join(u'\n'));
        m_pairs->setItem(row, 3, why);
        m_found << p;
    }
    m_pairs->setSortingEnabled(true);
    m_pairs->sortItems(0, Qt::DescendingOrder);
    m_status->setText(tr("Pairs: %1").arg(QLocale().toString(m_pairs->rowCount())));
}

void DuplicatesWindow::scanDone(const QString &error)
{
    m_scanning = false;
    m_scan->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->hide();
    const QString count = tr("Pairs: %1").arg(QLocale().toString(m_pairs->rowCount()));
    m_status->setText(error.isEmpty() ? count : error + u" · " + count);
    if (m_pairs->rowCount() > 0 && m_pairs->currentRow() < 0)
        m_pairs->selectRow(0);
    emit scanFinished();
}

int DuplicatesWindow::currentPair() const
{
    const int row = m_pairs->currentRow();
    if (row < 0 || !m_pairs->item(row, 0))
        return -1;
    return m_pairs->item(row, 0)->data(Qt::UserRole + 1).toInt();
}

void DuplicatesWindow::mergeCurrent()
{
    const int i = currentPair();
    if (i < 0)
        return;
    const DuplicatePair p = m_found[i];
    MergeDialog dialog(m_db, p.kind, {p.a, p.b}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const MergeRequest request = dialog.request();
    auto id = MergeService(m_db).merge(request);
    if (!id) {
        m_status->setText(id.error().message());
        return;
    }
    m_undo->push(new MergeCommand(m_db, request, id.value(), m_changed));
    m_pairs->removeRow(m_pairs->currentRow());
    m_status->setText(tr("Merged — Ctrl+Z in the main window undoes it"));
    reloadMerges();
}

void DuplicatesWindow::dismissCurrent()
{
    const int i = currentPair();
    if (i < 0)
        return;
    const DuplicatePair &p = m_found[i];
    if (auto s = DuplicateFinder(m_db).dismiss(p.kind, p.a, p.b); !s) {
        m_status->setText(s.error().message());
        return;
    }
    m_pairs->removeRow(m_pairs->currentRow());
    m_status->setText(tr("Not a duplicate: %1 / %2").arg(p.nameA, p.nameB));
}

void DuplicatesWindow::reloadMerges()
{
    m_merges->setRowCount(0);
    auto list = MergeService(m_db).list(200);
    if (!list)
        return;
    for (const MergeRecord &m : list.value()) {
        const int row = m_merges->rowCount();
        m_merges->insertRow(row);
        auto *when = new QTableWidgetItem(QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(m.mergedAt).toLocalTime(), QLocale::ShortFormat));
        when->setData(Qt::UserRole, m.id);
        m_merges->setItem(row, 0, when);
        m_merges->setItem(row, 1, new QTableWidgetItem(m.survivorName));
        m_merges->setItem(row, 2, new QTableWidgetItem(tr("Records: %1").arg(m.merged.size())));
        m_merges->setItem(
            row, 3, new QTableWidgetItem(m.state == u"merged" ? tr("merged") : tr("unmerged")));
    }
}

void DuplicatesWindow::unmergeCurrent()
{
    const int row = m_merges->currentRow();
    if (row < 0)
        return;
    const QByteArray id = m_merges->item(row, 0)->data(Qt::UserRole).toByteArray();
    auto out = MergeService(m_db).unmerge(id);
    if (!out) {
        m_status->setText(out.error().message());
        return;
    }
    if (m_changed)
        m_changed();
    reloadMerges();
    m_status->setText(out->notRestored.isEmpty()
                          ? tr("Unmerged.")
                          : tr("Unmerged. Not restored: %1").arg(out->notRestored.join(u"; ")));
}

} // namespace crm::ui
