// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/fielderrors.h"
#include "common/result.h"
#include "domain/pipeline.h"
#include "services/pipelinerepository.h"
#include "storage/database.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QUndoStack;

namespace crm::ui {

// Settings ▸ Pipelines: pipelines (add, rename, delete, choose the default) and their ordered
// stages (add, rename, reorder by drag or Alt+Up/Down, remove, default probability, "stale
// after" limit). Every action is written at once through PipelineRepository (captured for
// sync) and is one step on the undo stack, if there is one. A page, so a settings dialog
// can hold it beside others.
class PipelineSettingsPage : public QWidget
{
    Q_OBJECT
public:
    PipelineSettingsPage(core::DatabasePtr db, QUndoStack *undo, QWidget *parent = nullptr);

    QByteArray currentPipeline() const;
    QByteArray currentStage() const;
    void selectPipeline(const QByteArray &id);
    void selectStage(const QByteArray &id);

public slots:
    // Re-reads pipelines and stages (after an undo, or a change that came through sync).
    void reload();

signals:
    // A pipeline or stage was written (or a write undone): boards and lists re-read.
    void pipelinesChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using Action = std::function<core::Result<QList<core::DealPlacement>>()>;
    // Runs one action and puts it on the undo stack; an error goes to `field`.
    bool apply(const QString &text, const QString &field, const Action &action);
    void showPipeline();
    void showStage();
    void updateButtons();
    void addPipeline();
    void renamePipeline();
    void deletePipeline();
    void makeDefault();
    void addStage();
    void saveStage();
    void removeStage();
    void moveStage(int delta);
    void stagesDropped();
    const core::Pipeline *pipeline() const;
    const core::Stage *stage() const;

    core::PipelineRepository m_repo;
    QUndoStack *m_undo = nullptr;
    QList<core::Pipeline> m_pipelines;
    bool m_filling = false;
    FieldErrors m_errors;

    QListWidget *m_pipelineList = nullptr;
    QPushButton *m_addPipeline = nullptr;
    QPushButton *m_deletePipeline = nullptr;
    QPushButton *m_defaultPipeline = nullptr;
    QComboBox *m_pipelineMoveTo = nullptr;
    QLineEdit *m_pipelineName = nullptr;
    QListWidget *m_stageList = nullptr;
    QPushButton *m_addStage = nullptr;
    QPushButton *m_removeStage = nullptr;
    QPushButton *m_stageUp = nullptr;
    QPushButton *m_stageDown = nullptr;
    QComboBox *m_stageMoveTo = nullptr;
    QLineEdit *m_stageName = nullptr;
    QSpinBox *m_probability = nullptr;
    QSpinBox *m_staleDays = nullptr;
    QLabel *m_outcome = nullptr;
    QLabel *m_general = nullptr;
};

} // namespace crm::ui
