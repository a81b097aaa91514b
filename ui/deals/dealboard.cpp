// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealboard.h"

#include "common/errors.h"
#include "deals/dealmovecommand.h"
#include "deals/pipelinecombo.h"
#include "deals/stalecarddelegate.h"

#include "models/boardmodel.h"
#include "services/dealrepository.h"
#include "services/pipelinerepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QUndoStack>
#include <QVBoxLayout>

namespace crm::ui {

DealBoard::DealBoard(core::DatabasePtr db, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_model(new core::BoardModel(m_db, this))
    , m_pipelines(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_month(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("dealBoard"));
    m_pipelines->setObjectName(QStringLiteral("pipelineCombo"));
    m_pipelines->setAccessibleName(tr("Pipeline"));
    m_message->setObjectName(QStringLiteral("boardMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Pipeline:"), this);
    label->setBuddy(m_pipelines);
    top->addWidget(label);
    top->addWidget(m_pipelines, 2);
    m_owner->setObjectName(QStringLiteral("ownerFilterCombo"));
    m_month->setObjectName(QStringLiteral("monthFilterCombo"));
    m_tag->setObjectName(QStringLiteral("tagFilterCombo"));
    for (auto [text, combo] :
         {std::pair{tr("&Owner:"), m_owner}, std::pair{tr("&Closes in:"), m_month},
          std::pair{tr("&Tag:"), m_tag}}) {
        auto *filterLabel = new QLabel(text, this);
        filterLabel->setBuddy(combo);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        top->addSpacing(8);
        top->addWidget(filterLabel);
        top->addWidget(combo, 1);
    }

    auto *columns = new QWidget(this);
    m_columnsLayout = new QHBoxLayout(columns);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(columns);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);

    refreshPipelines();
    connect(m_pipelines, &QComboBox::currentIndexChanged, this, [this] {
        if (auto s = m_model->setPipeline(m_pipelines->currentData().toByteArray()); !s)
            showError(Errors::describe(s.error()));
        rebuildColumns();
    });
    refreshFilters();
    for (QComboBox *combo : {m_owner, m_month, m_tag})
        connect(combo, &QComboBox::activated, this, &DealBoard::applyFilter);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DealBoard::updateHeaders);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DealBoard::updateHeaders);
    connect(m_model, &core::BoardModel::moveFailed, this,
            [this](const core::Error &e) { showError(Errors::describe(e)); });
    connect(m_model, &core::BoardModel::dropped, this,
            [this](const QByteArray &id, const QByteArray &from, const QByteArray &to) {
                m_message->hide();
                pushMove(id, from, to);
            });
    if (m_pipelines->count() > 0) {
        if (auto s = m_model->setPipeline(m_pipelines->currentData().toByteArray()); !s)
            showError(Errors::describe(s.error()));
    }
    rebuildColumns();
}

void DealBoard::refreshFilters()
{
    auto choices = core::BoardModel::filterChoices(m_db);
    if (!choices) {
        showError(Errors::describe(choices.error()));
        return;
    }
    const QVariant owner = m_owner->currentData(), month = m_month->currentData(),
                   tag = m_tag->currentData();
    const QLocale locale;
    m_owner->clear();
    m_owner->addItem(tr("Anyone"), QString());
    for (const QString &o : std::as_const(choices->owners))
        m_owner->addItem(o, o);
    m_month->clear();
    m_month->addItem(tr("Any month"), QDate());
    for (const QDate &m : std::as_const(choices->months))
        m_month->addItem(locale.toString(m, QStringLiteral("MMMM yyyy")), m);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), QString());
    for (const QString &t : std::as_const(choices->tags))
        m_tag->addItem(t, t);
    // A choice that is no longer offered stays, so the board does not change under the user.
    for (auto [combo, value] :
         {std::pair{m_owner, owner}, std::pair{m_month, month}, std::pair{m_tag, tag}}) {
        if (!value.isValid())
            continue;
        int i = combo->findData(value);
        if (i < 0) {
            combo->addItem(value.typeId() == QMetaType::QDate
                               ? locale.toString(value.toDate(), QStringLiteral("MMMM yyyy"))
                               : value.toString(),
                           value);
            i = combo->count() - 1;
        }
        combo->setCurrentIndex(i);
    }
}

void DealBoard::applyFilter()
{
    core::BoardModel::Filter f;
    f.owner = m_owner->currentData().toString();
    f.closeMonth = m_month->currentData().toDate();
    f.tag = m_tag->currentData().toString();
    if (auto s = m_model->setFilter(f); !s)
        showError(Errors::describe(s.error()));
    else
        m_message->hide();
    // The columns' views dropped their roots with the reset: give them back.
    updateHeaders();
}

void DealBoard::reload()
{
    refreshFilters();
    const QByteArray shown = m_model->pipelineId();
    refreshPipelines();
    const QByteArray chosen = m_pipelines->currentData().toByteArray();
    // The card the user is on stays current (and focused), in whatever column it is now.
    QListView *focused = focusedList();
    const QByteArray card =
        focused ? focused->currentIndex().data(core::BoardModel::IdRole).toByteArray()
                : QByteArray();
    const core::Status s = chosen != shown ? m_model->setPipeline(chosen) : m_model->reload();
    if (!s)
        showError(Errors::describe(s.error()));
    rebuildColumns();
    if (card.isEmpty())
        return;
    for (int column = 0; column < m_lists.size(); ++column) {
        const QModelIndex stage = m_model->index(column, 0);
        for (int row = 0; row < m_model->rowCount(stage); ++row) {
            const QModelIndex at = m_model->index(row, 0, stage);
            if (at.data(core::BoardModel::IdRole).toByteArray() == card) {
                m_lists[column]->setCurrentIndex(at);
                m_lists[column]->show(); // the layout shows new columns only later
                m_lists[column]->setFocus();
                return;
            }
        }
    }
}

bool DealBoard::refreshPipelines()
{
    auto pipelines = core::PipelineRepository(m_db).list();
    if (!pipelines) {
        showError(Errors::describe(pipelines.error()));
        return false;
    }
    refillPipelineCombo(m_pipelines, pipelines.value());
    return true;
}

void DealBoard::rebuildColumns()
{
    qDeleteAll(m_headers);
    qDeleteAll(m_lists);
    m_headers.clear();
    m_lists.clear();
    while (QLayoutItem *item = m_columnsLayout->takeAt(0))
        delete item;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        auto *column = new QVBoxLayout;
        auto *header = new QLabel(this);
        header->setObjectName(QStringLiteral("stageHeader%1").arg(i));
        header->setTextFormat(Qt::PlainText);
        auto *list = new QListView(this);
        list->setObjectName(QStringLiteral("stageList%1").arg(i));
        list->setModel(m_model);
        list->setRootIndex(m_model->index(i, 0));
        list->setDragEnabled(true);
        list->setAcceptDrops(true);
        list->setDropIndicatorShown(true);
        list->setDragDropMode(QAbstractItemView::DragDrop);
        list->setDefaultDropAction(Qt::MoveAction);
        list->setSelectionMode(QAbstractItemView::SingleSelection);
        list->setAccessibleName(m_model->index(i, 0).data().toString());
        list->installEventFilter(this);
        connect(list, &QListView::activated, this, [this](const QModelIndex &card) {
            const QByteArray id = card.data(core::BoardModel::IdRole).toByteArray();
            if (card.parent().isValid() && !id.isEmpty())
                emit openDeal(id);
        });
        list->setItemDelegate(new StaleCardDelegate(list));
        // Cards as wide as the column, long titles wrapped rather than scrolled sideways.
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setWordWrap(true);
        list->setSpacing(2);
        list->setResizeMode(QListView::Adjust); // heights follow the wrapped width
        header->setBuddy(list);
        column->addWidget(header);
        column->addWidget(list, 1);
        m_columnsLayout->addLayout(column);
        m_headers << header;
        m_lists << list;
    }
    updateHeaders();
}

void DealBoard::updateHeaders()
{
    if (m_headers.size() != m_model->rowCount()) {
        // A reset changed the columns (another pipeline, or a stage added through sync).
        if (m_lists.size() == m_model->rowCount()) {
            for (int i = 0; i < m_lists.size(); ++i)
                m_lists[i]->setRootIndex(m_model->index(i, 0));
        }
        return;
    }
    for (int i = 0; i < m_headers.size(); ++i) {
        const QModelIndex stage = m_model->index(i, 0);
        const int count = stage.data(core::BoardModel::CountRole).toInt();
        const QString totals = stage.data(core::BoardModel::TotalsTextRole).toString();
        const QString weighted = stage.data(core::BoardModel::WeightedTotalsTextRole).toString();
        m_headers[i]->setText(
            tr("%1 · %2").arg(stage.data().toString(), QLocale().toString(count)) +
            (totals.isEmpty() ? QString()
                              : u'\n' + totals + u'\n' + tr("Weighted: %1").arg(weighted)));
        m_headers[i]->setToolTip(stage.data(Qt::ToolTipRole).toString());
        if (m_lists[i]->rootIndex() != stage)
            m_lists[i]->setRootIndex(stage);
    }
}

QListView *DealBoard::focusedList() const
{
    for (QListView *l : m_lists) {
        if (l->hasFocus() || l->isAncestorOf(focusWidget()))
            return l;
    }
    return nullptr;
}

bool DealBoard::moveCurrent(int direction)
{
    QListView *list = focusedList();
    if (!list || !list->currentIndex().isValid())
        return false;
    const int from = int(m_lists.indexOf(list));
    const int to = from + direction;
    if (to < 0 || to >= m_lists.size())
        return false;
    const QByteArray id = list->currentIndex().data(core::BoardModel::IdRole).toByteArray();
    const QByteArray stage = m_model->index(to, 0).data(core::BoardModel::IdRole).toByteArray();
    if (!moveWithUndo(id, stage))
        return false;
    // Keep the card under the keyboard: focus it in its new column.
    const QModelIndex moved = m_model->dealIndex(id);
    if (moved.isValid()) {
        m_lists[to]->setFocus();
        m_lists[to]->setCurrentIndex(moved);
    }
    return true;
}

bool DealBoard::markCurrentWon()
{
    QListView *list = focusedList();
    if (!list || !list->currentIndex().isValid())
        return false;
    const QByteArray id = list->currentIndex().data(core::BoardModel::IdRole).toByteArray();
    for (const core::Stage &s : m_model->allStages()) {
        if (s.outcome == core::StageOutcome::Won)
            return moveWithUndo(id, s.id);
    }
    return false;
}

bool DealBoard::moveWithUndo(const QByteArray &dealId, const QByteArray &stageId)
{
    auto from = m_model->stageOf(dealId);
    const core::Status s = from ? m_model->moveDeal(dealId, stageId) : core::Status(from.error());
    if (!s) {
        showError(Errors::describe(s.error()));
        return false;
    }
    m_message->hide();
    if (from.value() != stageId)
        pushMove(dealId, from.value(), stageId);
    return true;
}

void DealBoard::pushMove(const QByteArray &dealId, const QByteArray &from, const QByteArray &to,
                         const QString &lostReason)
{
    if (!m_undo)
        return;
    QString title;
    const QModelIndex card = m_model->dealIndex(dealId);
    if (card.isValid())
        title = card.data().toString();
    else if (auto deal = core::DealRepository(m_db).get(dealId))
        title = deal->title;
    QString stageName;
    for (const core::Stage &s : m_model->allStages()) {
        if (s.id == to)
            stageName = s.displayName();
    }
    // The board may be closed before an undo: the command then uses the repository.
    QPointer<DealBoard> self(this);
    m_undo->push(new DealMoveCommand(m_db, m_model, dealId, from, to, lostReason,
                                     tr("Move “%1” to %2").arg(title, stageName),
                                     [self](const core::Error &e) {
                                         if (self)
                                             self->showError(Errors::describe(e));
                                     }));
}

bool DealBoard::markCurrentLost()
{
    QListView *list = focusedList();
    if (!list || !list->currentIndex().isValid())
        return false;
    const QByteArray id = list->currentIndex().data(core::BoardModel::IdRole).toByteArray();
    auto *ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("lostReasonDialog"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Mark as lost"));
    ask->setLabelText(tr("Why was “%1” lost?").arg(list->currentIndex().data().toString()));
    ask->setTextValue(QString());
    // Not before a reason is given: a lost deal keeps why.
    connect(ask, &QInputDialog::textValueChanged, ask, [ask](const QString &text) {
        if (auto *box = ask->findChild<QDialogButtonBox *>())
            box->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
    connect(ask, &QInputDialog::textValueSelected, this, [this, id](const QString &reason) {
        auto from = m_model->stageOf(id);
        const core::Status s =
            from ? core::DealRepository(m_db).markLost(id, reason) : core::Status(from.error());
        if (!s) {
            showError(Errors::describe(s.error()));
            return;
        }
        m_message->hide();
        QByteArray lostStage;
        for (const core::Stage &st : m_model->allStages()) {
            if (st.outcome == core::StageOutcome::Lost)
                lostStage = st.id;
        }
        pushMove(id, from.value(), lostStage, reason.trimmed());
        reload();
        emit dealChanged(id);
    });
    ask->open();
    emit ask->textValueChanged(QString());
    return true;
}

bool DealBoard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && m_lists.contains(qobject_cast<QListView *>(watched))) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::ControlModifier) {
            // Handled here even when refused (the banner says why): not the view's own keys.
            if (key->key() == Qt::Key_Right) {
                moveCurrent(+1);
                return true;
            }
            if (key->key() == Qt::Key_Left) {
                moveCurrent(-1);
                return true;
            }
            if (key->key() == Qt::Key_W) {
                markCurrentWon();
                return true;
            }
            if (key->key() == Qt::Key_L) {
                markCurrentLost();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DealBoard::showError(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}

} // namespace crm::ui
