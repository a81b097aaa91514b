// SPDX-License-Identifier: GPL-3.0-or-later
#include "deallistview.h"

#include "bulk/selectionbar.h"
#include "customfields/customcolumns.h"
#include "tags/tagchipdelegate.h"

#include "deals/pipelinecombo.h"
#include "models/deallistmodel.h"
#include "search/listfilter.h"
#include "services/pipelinerepository.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace crm::ui {

namespace {
const QString kHeaderKey = QStringLiteral("dealList/header");
constexpr int kSearchDelayMs = 150;
} // namespace

DealListView::DealListView(core::DatabasePtr db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_model(new core::DealListModel(m_db, this))
    , m_search(new QLineEdit(this))
    , m_pipeline(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("dealListView"));
    m_search->setObjectName(QStringLiteral("dealSearchEdit"));
    m_search->setPlaceholderText(
        tr("Search deals by title, company or contact, or stage:name, tag:name …"));
    m_search->setClearButtonEnabled(true);
    m_pipeline->setObjectName(QStringLiteral("dealPipelineCombo"));
    m_pipeline->addItem(tr("All pipelines"), QByteArray());
    if (auto pipelines = core::PipelineRepository(m_db).list())
        refillPipelineCombo(m_pipeline, pipelines.value(), 1);
    m_status->setObjectName(QStringLiteral("dealStatusCombo"));
    m_status->addItem(tr("Open"), int(core::DealListModel::Outcome::Open));
    m_status->addItem(tr("Won"), int(core::DealListModel::Outcome::Won));
    m_status->addItem(tr("Lost"), int(core::DealListModel::Outcome::Lost));
    m_status->addItem(tr("All"), int(core::DealListModel::Outcome::Any));
    m_count->setObjectName(QStringLiteral("dealCountLabel"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dealFilterErrorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    m_view->setObjectName(QStringLiteral("dealsTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    const int em = fontMetrics().horizontalAdvance(u'M');
    const int widths[] = {20, 14, 10, 9, 9, 8, 10, 8, 6, 14};
    for (int i = 0; i < int(std::size(widths)); ++i)
        m_view->setColumnWidth(i, widths[i] * em);
    auto *chips = new TagChipDelegate(m_view);
    m_view->setItemDelegateForColumn(core::DealListModel::Tags, chips);
    connect(chips, &TagChipDelegate::tagClicked, this, [this](const QString &name) {
        m_search->setText(core::ListFilter::term(u"tag"_qs, name));
    });
    // Custom fields as columns, before the header state is restored.
    new CustomColumns(m_view, m_model, m_db, core::CustomEntity::Deal,
                      QStringLiteral("customColumns/deals"));
    // The model sorts in SQL; the header only shows and asks.
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(core::DealListModel::Title, Qt::AscendingOrder);
    if (const QByteArray state = QSettings().value(kHeaderKey).toByteArray(); !state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    auto *pipelineLabel = new QLabel(tr("&Pipeline:"), this);
    pipelineLabel->setBuddy(m_pipeline);
    top->addWidget(pipelineLabel);
    top->addWidget(m_pipeline);
    auto *statusLabel = new QLabel(tr("&Status:"), this);
    statusLabel->setBuddy(m_status);
    top->addWidget(statusLabel);
    top->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    m_bar = new SelectionBar(
        m_view, [this] { return m_model->totalCount(); },
        [this] { return m_model->filterText().trimmed(); }, this);
    layout->addWidget(m_bar);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        m_model->setFilterText(m_search->text());
        updateCount();
    });
    connect(m_pipeline, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setPipeline(m_pipeline->currentData().toByteArray());
        updateCount();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setOutcome(core::DealListModel::Outcome(m_status->currentData().toInt()));
        updateCount();
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QByteArray id = m_model->idAt(index.row());
        if (!id.isEmpty())
            emit openDeal(id);
    });
    auto *bulk = new QAction(tr("&Bulk Edit…"), this);
    bulk->setObjectName(QStringLiteral("dealBulkEditAction"));
    bulk->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+B")));
    bulk->setShortcutContext(Qt::WindowShortcut);
    connect(bulk, &QAction::triggered, this, [this] {
        if (m_view->selectionModel()->hasSelection())
            emit bulkEditRequested();
    });
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addAction(bulk);
    // Down from the search box goes to the table; the first row becomes current.
    m_search->installEventFilter(this);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DealListView::updateCount);
    setFocusProxy(m_search);
    updateCount();
}

DealListView::~DealListView()
{
    QSettings().setValue(kHeaderKey, m_view->horizontalHeader()->saveState());
}

QByteArray DealListView::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->idAt(index.row()) : QByteArray();
}

void DealListView::reload()
{
    const QByteArray current = currentId();
    // Pipelines may have come or gone (sync, Settings, the team's ids at sign-in).
    if (auto pipelines = core::PipelineRepository(m_db).list()) {
        refillPipelineCombo(m_pipeline, pipelines.value(), 1);
        const QByteArray chosen = m_pipeline->currentData().toByteArray();
        if (chosen != m_model->pipeline())
            m_model->setPipeline(chosen);
        else
            m_model->reload();
    } else {
        m_model->reload();
    }
    if (const int row = m_model->rowOf(current); row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    updateCount();
}

bool DealListView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        m_view->setFocus();
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, 0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void DealListView::updateCount()
{
    m_count->setText(tr("Deals: %1").arg(QLocale().toString(m_model->totalCount())));
    // A filter the list cannot apply says why, above the (empty) table.
    m_error->setText(m_model->filterError());
    m_error->setVisible(!m_model->filterError().isEmpty());
}

} // namespace crm::ui
