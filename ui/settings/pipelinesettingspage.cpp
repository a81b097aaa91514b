// SPDX-License-Identifier: GPL-3.0-or-later
#include "pipelinesettingspage.h"

#include "common/errors.h"
#include "common/savedcommand.h"
#include "services/dealrepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace crm::ui {

using namespace core;

namespace {

constexpr int IdRole = Qt::UserRole + 1;

QString stageLine(const Stage &s)
{
    const QLocale locale;
    QString text =
        s.displayName() + QStringLiteral(" · ") + locale.toString(s.probability) + locale.percent();
    if (s.outcome == StageOutcome::Won)
        text += QStringLiteral(" · ") + PipelineSettingsPage::tr("won");
    else if (s.outcome == StageOutcome::Lost)
        text += QStringLiteral(" · ") + PipelineSettingsPage::tr("lost");
    else if (s.staleAfterDays)
        text += QStringLiteral(" · ") +
                PipelineSettingsPage::tr("stale after days: %1").arg(*s.staleAfterDays);
    return text;
}

} // namespace

PipelineSettingsPage::PipelineSettingsPage(DatabasePtr db, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_repo(std::move(db))
    , m_undo(undo)
{
    setObjectName(QStringLiteral("pipelineSettingsPage"));

    // Left: the pipelines.
    auto *pipelinesBox = new QGroupBox(tr("Pipelines"), this);
    m_pipelineList = new QListWidget(pipelinesBox);
    m_pipelineList->setObjectName(QStringLiteral("pipelineList"));
    m_addPipeline = new QPushButton(tr("&Add pipeline"), pipelinesBox);
    m_addPipeline->setObjectName(QStringLiteral("addPipelineButton"));
    m_deletePipeline = new QPushButton(tr("&Delete pipeline"), pipelinesBox);
    m_deletePipeline->setObjectName(QStringLiteral("deletePipelineButton"));
    m_defaultPipeline = new QPushButton(tr("Make d&efault"), pipelinesBox);
    m_defaultPipeline->setObjectName(QStringLiteral("defaultPipelineButton"));
    m_defaultPipeline->setToolTip(tr("New deals go to the default pipeline"));
    m_pipelineMoveTo = new QComboBox(pipelinesBox);
    m_pipelineMoveTo->setObjectName(QStringLiteral("pipelineMoveToCombo"));
    // Two rows of buttons and labels above their fields: the page fits the Settings window.
    auto *pipelineButtons = new QGridLayout;
    pipelineButtons->addWidget(m_addPipeline, 0, 0);
    pipelineButtons->addWidget(m_deletePipeline, 0, 1);
    pipelineButtons->addWidget(m_defaultPipeline, 1, 0, 1, 2);
    auto *moveRow = new QFormLayout;
    moveRow->setRowWrapPolicy(QFormLayout::WrapAllRows);
    moveRow->addRow(tr("When deleted, its deals &go to:"),
                    m_errors.wrap(QStringLiteral("pipelineMoveTo"), m_pipelineMoveTo));
    auto *left = new QVBoxLayout(pipelinesBox);
    left->addWidget(m_pipelineList, 1);
    left->addLayout(pipelineButtons);
    left->addLayout(moveRow);

    // Right: the chosen pipeline's name and stages.
    auto *stagesBox = new QGroupBox(tr("Stages"), this);
    m_pipelineName = new QLineEdit(stagesBox);
    m_pipelineName->setObjectName(QStringLiteral("pipelineNameEdit"));
    m_stageList = new QListWidget(stagesBox);
    m_stageList->setObjectName(QStringLiteral("stageList"));
    m_stageList->setDragDropMode(QAbstractItemView::InternalMove);
    m_stageList->setDefaultDropAction(Qt::MoveAction);
    m_stageList->setToolTip(tr("Drag a stage, or press Alt+Up or Alt+Down, to reorder"));
    m_stageList->installEventFilter(this);
    m_addStage = new QPushButton(tr("Add &stage"), stagesBox);
    m_addStage->setObjectName(QStringLiteral("addStageButton"));
    m_removeStage = new QPushButton(tr("&Remove stage"), stagesBox);
    m_removeStage->setObjectName(QStringLiteral("removeStageButton"));
    m_stageUp = new QPushButton(tr("&Up"), stagesBox);
    m_stageUp->setObjectName(QStringLiteral("stageUpButton"));
    m_stageUp->setToolTip(tr("Move the stage up (Alt+Up)"));
    m_stageDown = new QPushButton(tr("Do&wn"), stagesBox);
    m_stageDown->setObjectName(QStringLiteral("stageDownButton"));
    m_stageDown->setToolTip(tr("Move the stage down (Alt+Down)"));
    auto *stageButtons = new QHBoxLayout;
    stageButtons->addWidget(m_addStage);
    stageButtons->addWidget(m_removeStage);
    stageButtons->addStretch(1);
    stageButtons->addWidget(m_stageUp);
    stageButtons->addWidget(m_stageDown);

    m_stageMoveTo = new QComboBox(stagesBox);
    m_stageMoveTo->setObjectName(QStringLiteral("stageMoveToCombo"));
    m_stageName = new QLineEdit(stagesBox);
    m_stageName->setObjectName(QStringLiteral("stageNameEdit"));
    m_probability = new QSpinBox(stagesBox);
    m_probability->setObjectName(QStringLiteral("stageProbabilitySpin"));
    m_probability->setRange(0, 100);
    m_probability->setSuffix(QLocale().percent());
    m_staleDays = new QSpinBox(stagesBox);
    m_staleDays->setObjectName(QStringLiteral("stageStaleSpin"));
    m_staleDays->setRange(0, 3650);
    m_staleDays->setSpecialValueText(tr("never"));
    m_staleDays->setToolTip(tr("A deal longer than this in the stage, or without an activity "
                               "for that long, is marked stale on the board"));
    m_outcome = new QLabel(stagesBox);
    m_outcome->setObjectName(QStringLiteral("stageOutcomeLabel"));
    // Wrapped within the field: an unwrapped label's whole width would push the row under
    // its "Outcome:" label (the form wraps long rows).
    m_outcome->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Pipeline &name:"),
                 m_errors.wrap(QStringLiteral("pipelineName"), m_pipelineName));
    auto *stageForm = new QFormLayout;
    stageForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    stageForm->addRow(tr("Stage na&me:"), m_errors.wrap(QStringLiteral("stageName"), m_stageName));
    stageForm->addRow(tr("Default &probability:"),
                      m_errors.wrap(QStringLiteral("probability"), m_probability));
    stageForm->addRow(tr("S&tale after (days):"),
                      m_errors.wrap(QStringLiteral("staleAfterDays"), m_staleDays));
    stageForm->addRow(tr("Outcome:"), m_outcome);
    stageForm->addRow(tr("When removed, its deals go t&o:"),
                      m_errors.wrap(QStringLiteral("stageMoveTo"), m_stageMoveTo));
    auto *right = new QVBoxLayout(stagesBox);
    right->addLayout(form);
    right->addWidget(m_stageList, 1);
    right->addLayout(stageButtons);
    right->addLayout(stageForm);

    m_general = new QLabel(this);
    m_general->setObjectName(QStringLiteral("pipelineSettingsError"));
    m_general->setWordWrap(true);
    m_general->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_general->hide();
    m_errors.setGeneralLabel(m_general);

    auto *columns = new QHBoxLayout;
    columns->addWidget(pipelinesBox, 1);
    columns->addWidget(stagesBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_general);

    connect(m_pipelineList, &QListWidget::currentRowChanged, this, [this] {
        if (!m_filling)
            showPipeline();
    });
    connect(m_stageList, &QListWidget::currentRowChanged, this, [this] {
        if (!m_filling)
            showStage();
    });
    // Queued: the list is rebuilt after the drop has finished with its rows.
    connect(
        m_stageList->model(), &QAbstractItemModel::rowsMoved, this,
        [this] {
            if (!m_filling)
                stagesDropped();
        },
        Qt::QueuedConnection);
    connect(m_addPipeline, &QPushButton::clicked, this, &PipelineSettingsPage::addPipeline);
    connect(m_deletePipeline, &QPushButton::clicked, this, &PipelineSettingsPage::deletePipeline);
    connect(m_defaultPipeline, &QPushButton::clicked, this, &PipelineSettingsPage::makeDefault);
    connect(m_pipelineName, &QLineEdit::editingFinished, this,
            &PipelineSettingsPage::renamePipeline);
    connect(m_addStage, &QPushButton::clicked, this, &PipelineSettingsPage::addStage);
    connect(m_removeStage, &QPushButton::clicked, this, &PipelineSettingsPage::removeStage);
    connect(m_stageUp, &QPushButton::clicked, this, [this] { moveStage(-1); });
    connect(m_stageDown, &QPushButton::clicked, this, [this] { moveStage(+1); });
    connect(m_stageName, &QLineEdit::editingFinished, this, &PipelineSettingsPage::saveStage);
    connect(m_probability, &QSpinBox::editingFinished, this, &PipelineSettingsPage::saveStage);
    connect(m_staleDays, &QSpinBox::editingFinished, this, &PipelineSettingsPage::saveStage);

    reload();
}

QByteArray PipelineSettingsPage::currentPipeline() const
{
    const QListWidgetItem *item = m_pipelineList->currentItem();
    return item ? item->data(IdRole).toByteArray() : QByteArray();
}

QByteArray PipelineSettingsPage::currentStage() const
{
    const QListWidgetItem *item = m_stageList->currentItem();
    return item ? item->data(IdRole).toByteArray() : QByteArray();
}

const Pipeline *PipelineSettingsPage::pipeline() const
{
    const QByteArray id = currentPipeline();
    for (const Pipeline &p : m_pipelines) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const Stage *PipelineSettingsPage::stage() const
{
    const Pipeline *p = pipeline();
    const QByteArray id = currentStage();
    if (!p)
        return nullptr;
    for (const Stage &s : p->stages) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

void PipelineSettingsPage::selectPipeline(const QByteArray &id)
{
    for (int i = 0; i < m_pipelineList->count(); ++i) {
        if (m_pipelineList->item(i)->data(IdRole).toByteArray() == id)
            m_pipelineList->setCurrentRow(i);
    }
}

void PipelineSettingsPage::selectStage(const QByteArray &id)
{
    for (int i = 0; i < m_stageList->count(); ++i) {
        if (m_stageList->item(i)->data(IdRole).toByteArray() == id)
            m_stageList->setCurrentRow(i);
    }
}

void PipelineSettingsPage::reload()
{
    const QByteArray keepPipeline = currentPipeline();
    const QByteArray keepStage = currentStage();
    auto all = m_repo.list();
    if (!all) {
        m_errors.show({all.error()});
        return;
    }
    m_pipelines = all.value();
    m_filling = true;
    m_pipelineList->clear();
    for (int i = 0; i < m_pipelines.size(); ++i) {
        const Pipeline &p = m_pipelines.at(i);
        auto *item = new QListWidgetItem(
            i == 0 ? tr("%1 (default)").arg(p.displayName()) : p.displayName(), m_pipelineList);
        item->setData(IdRole, p.id);
        if (i == 0) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    m_filling = false;
    int row = 0;
    for (int i = 0; i < m_pipelines.size(); ++i) {
        if (m_pipelines.at(i).id == keepPipeline)
            row = i;
    }
    m_filling = true;
    m_pipelineList->setCurrentRow(m_pipelines.isEmpty() ? -1 : row);
    m_filling = false;
    showPipeline();
    if (!keepStage.isEmpty())
        selectStage(keepStage);
}

void PipelineSettingsPage::showPipeline()
{
    const Pipeline *p = pipeline();
    m_filling = true;
    m_pipelineName->setText(p ? p->displayName() : QString());
    m_stageList->clear();
    m_pipelineMoveTo->clear();
    if (p) {
        for (const Stage &s : p->stages) {
            auto *item = new QListWidgetItem(stageLine(s), m_stageList);
            item->setData(IdRole, s.id);
        }
        for (const Pipeline &other : std::as_const(m_pipelines)) {
            if (other.id != p->id)
                m_pipelineMoveTo->addItem(other.displayName(), other.id);
        }
    }
    m_stageList->setCurrentRow(m_stageList->count() > 0 ? 0 : -1);
    m_filling = false;
    showStage();
}

void PipelineSettingsPage::showStage()
{
    const Pipeline *p = pipeline();
    const Stage *s = stage();
    m_filling = true;
    m_stageName->setText(s ? s->displayName() : QString());
    m_probability->setValue(s ? s->probability : 0);
    m_staleDays->setValue(s && s->staleAfterDays ? *s->staleAfterDays : 0);
    m_outcome->setText(!s                                 ? QString()
                       : s->outcome == StageOutcome::Won  ? tr("Won — closes the deal as won")
                       : s->outcome == StageOutcome::Lost ? tr("Lost — closes the deal as lost")
                                                          : tr("Open — the deal is on the board"));
    m_stageMoveTo->clear();
    if (p && s && s->outcome == StageOutcome::Open) {
        for (const Stage &other : p->stages) {
            if (other.id != s->id && other.outcome == StageOutcome::Open)
                m_stageMoveTo->addItem(other.displayName(), other.id);
        }
    }
    m_filling = false;
    updateButtons();
}

void PipelineSettingsPage::updateButtons()
{
    const Pipeline *p = pipeline();
    const Stage *s = stage();
    const bool open = s && s->outcome == StageOutcome::Open;
    m_deletePipeline->setEnabled(p && m_pipelines.size() > 1);
    m_defaultPipeline->setEnabled(p && m_pipelineList->currentRow() > 0);
    m_pipelineMoveTo->setEnabled(p && m_pipelines.size() > 1);
    m_pipelineName->setEnabled(p);
    m_addStage->setEnabled(p);
    m_removeStage->setEnabled(open);
    m_stageMoveTo->setEnabled(open && m_stageMoveTo->count() > 0);
    m_stageUp->setEnabled(s && m_stageList->currentRow() > 0);
    m_stageDown->setEnabled(s && m_stageList->currentRow() < m_stageList->count() - 1);
    m_stageName->setEnabled(s);
    m_probability->setEnabled(s);
    m_staleDays->setEnabled(s && s->outcome == StageOutcome::Open);
}

bool PipelineSettingsPage::apply(const QString &text, const QString &field, const Action &action)
{
    m_errors.clear();
    auto before = m_repo.snapshot();
    if (!before) {
        m_errors.show({before.error()});
        return false;
    }
    auto moved = action();
    if (!moved) {
        Error e = moved.error();
        e.field = field;
        if (QWidget *w = m_errors.show({e}))
            w->setFocus();
        return false;
    }
    auto after = m_repo.snapshot();
    // Where the moved deals went, for a redo after an undo.
    QList<DealPlacement> back = moved.value(), forward;
    DealRepository deals(m_repo.database());
    for (const DealPlacement &d : std::as_const(back)) {
        auto now = deals.get(d.dealId);
        if (now)
            forward << DealPlacement{d.dealId, now->stageId};
    }
    if (m_undo && after) {
        PipelineRepository repo = m_repo;
        const QList<Pipeline> was = PipelineRepository::undoSnapshot(before.value(), after.value()),
                              is = after.value();
        m_undo->push(new SavedCommand(
            text,
            [repo, was, back]() mutable -> Status {
                if (auto s = repo.restore(was); !s)
                    return s;
                return repo.placeDeals(back);
            },
            [repo, is, forward]() mutable -> Status {
                if (auto s = repo.placeDeals(forward); !s)
                    return s;
                return repo.restore(is);
            },
            [page = QPointer<PipelineSettingsPage>(this)] {
                if (page) {
                    page->reload();
                    emit page->pipelinesChanged();
                }
            },
            [page = QPointer<PipelineSettingsPage>(this)](const Error &e) {
                if (page)
                    page->m_errors.show({e});
            }));
    }
    reload();
    emit pipelinesChanged();
    return true;
}

void PipelineSettingsPage::addPipeline()
{
    QByteArray created;
    if (!apply(tr("Add pipeline"), QStringLiteral("pipelineName"),
               [&]() -> Result<QList<DealPlacement>> {
                   auto id = m_repo.addPipeline(tr("New pipeline"));
                   if (!id)
                       return id.error();
                   created = id.value();
                   return QList<DealPlacement>{};
               }))
        return;
    selectPipeline(created);
    m_pipelineName->setFocus();
    m_pipelineName->selectAll();
}

void PipelineSettingsPage::renamePipeline()
{
    const Pipeline *p = pipeline();
    if (m_filling || !p || m_pipelineName->text().trimmed() == p->displayName())
        return;
    const QByteArray id = p->id;
    const QString name = m_pipelineName->text();
    apply(tr("Rename pipeline"), QStringLiteral("pipelineName"),
          [&]() -> Result<QList<DealPlacement>> {
              if (auto s = m_repo.renamePipeline(id, name); !s)
                  return s.error();
              return QList<DealPlacement>{};
          });
}

void PipelineSettingsPage::deletePipeline()
{
    const Pipeline *p = pipeline();
    if (!p)
        return;
    const QByteArray id = p->id;
    const QByteArray target = m_pipelineMoveTo->currentData().toByteArray();
    const QString text = tr("Delete pipeline %1").arg(p->displayName());
    // The deals move only when there are any: a pipeline without deals simply goes.
    apply(text, QStringLiteral("pipelineMoveTo"),
          [&] { return m_repo.removePipeline(id, target); });
}

void PipelineSettingsPage::makeDefault()
{
    const Pipeline *p = pipeline();
    if (!p)
        return;
    const QByteArray id = p->id;
    apply(tr("Make %1 the default pipeline").arg(p->displayName()), QString(),
          [&]() -> Result<QList<DealPlacement>> {
              if (auto s = m_repo.setDefaultPipeline(id); !s)
                  return s.error();
              return QList<DealPlacement>{};
          });
    selectPipeline(id);
}

void PipelineSettingsPage::addStage()
{
    const Pipeline *p = pipeline();
    if (!p)
        return;
    Stage s;
    s.pipelineId = p->id;
    s.name = tr("New stage");
    s.probability = 50;
    // Before the won and lost stages, which close the pipeline.
    QList<QByteArray> order;
    int insertAt = 0;
    for (const Stage &st : p->stages) {
        order << st.id;
        if (st.outcome == StageOutcome::Open)
            insertAt = int(order.size());
    }
    QByteArray created;
    if (!apply(tr("Add stage"), QStringLiteral("stageName"), [&]() -> Result<QList<DealPlacement>> {
            auto id = m_repo.addStage(s);
            if (!id)
                return id.error();
            created = id.value();
            order.insert(insertAt, created);
            if (auto r = m_repo.reorderStages(s.pipelineId, order); !r)
                return r.error();
            return QList<DealPlacement>{};
        }))
        return;
    selectStage(created);
    m_stageName->setFocus();
    m_stageName->selectAll();
}

void PipelineSettingsPage::saveStage()
{
    const Stage *current = stage();
    if (m_filling || !current)
        return;
    Stage s = *current;
    // A seeded name left as shown (translated) stays the seeded one, so it keeps translating.
    if (m_stageName->text().trimmed() != current->displayName())
        s.name = m_stageName->text();
    s.probability = m_probability->value();
    if (s.outcome == StageOutcome::Open)
        s.staleAfterDays =
            m_staleDays->value() > 0 ? std::optional<int>(m_staleDays->value()) : std::nullopt;
    if (s.name == current->name && s.probability == current->probability &&
        s.staleAfterDays == current->staleAfterDays)
        return;
    const QString field = s.name.trimmed().isEmpty()              ? QStringLiteral("stageName")
                          : s.probability != current->probability ? QStringLiteral("probability")
                                                                  : QStringLiteral("stageName");
    apply(tr("Edit stage %1").arg(current->displayName()), field,
          [&]() -> Result<QList<DealPlacement>> {
              if (auto r = m_repo.updateStage(s); !r)
                  return r.error();
              return QList<DealPlacement>{};
          });
}

void PipelineSettingsPage::removeStage()
{
    const Stage *s = stage();
    if (!s)
        return;
    const QByteArray id = s->id;
    const QByteArray target = m_stageMoveTo->currentData().toByteArray();
    apply(tr("Remove stage %1").arg(s->displayName()), QStringLiteral("stageMoveTo"),
          [&] { return m_repo.removeStage(id, target); });
}

void PipelineSettingsPage::moveStage(int delta)
{
    const Stage *s = stage();
    if (!s)
        return;
    const QByteArray id = s->id;
    apply(tr("Reorder stages"), QString(), [&]() -> Result<QList<DealPlacement>> {
        if (auto r = m_repo.moveStage(id, delta); !r)
            return r.error();
        return QList<DealPlacement>{};
    });
    selectStage(id);
}

void PipelineSettingsPage::stagesDropped()
{
    const Pipeline *p = pipeline();
    if (!p)
        return;
    QList<QByteArray> order;
    for (int i = 0; i < m_stageList->count(); ++i)
        order << m_stageList->item(i)->data(IdRole).toByteArray();
    const QByteArray keep = currentStage();
    const QByteArray pipelineId = p->id;
    apply(tr("Reorder stages"), QString(), [&]() -> Result<QList<DealPlacement>> {
        if (auto r = m_repo.reorderStages(pipelineId, order); !r)
            return r.error();
        return QList<DealPlacement>{};
    });
    selectStage(keep);
}

bool PipelineSettingsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_stageList && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::AltModifier &&
            (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveStage(key->key() == Qt::Key_Up ? -1 : +1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace crm::ui
