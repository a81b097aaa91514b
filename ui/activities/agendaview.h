// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/agendamodel.h"
#include "storage/database.h"

#include <QWidget>

class QButtonGroup;
class QPushButton;
class QTableView;
class QUndoStack;

namespace crm::ui {

// The agenda: overdue, today and this week, with the selected activity ticked off,
// moved to the next day (Ctrl+Right), dragged onto a day of the "Move to" strip (Today,
// Tomorrow, the days after; a click moves the selected one there) or followed up in one step. Every
// change goes on the undo stack given (Ctrl+Z brings the activity back as it was).
class AgendaView : public QWidget
{
    Q_OBJECT
public:
    AgendaView(core::DatabasePtr db, QUndoStack *undo, QWidget *parent = nullptr);

    core::AgendaModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // For tests: a fixed clock and zone.
    void setClock(std::function<QDateTime()> now, const QTimeZone &zone);

public slots:
    void showRange(crm::core::AgendaModel::Range range);
    void markSelectedDone();
    void rescheduleSelected(int days = 1);
    // Moves an activity to a day, keeping its time of day in the user's zone (undoable).
    void rescheduleToDay(const QByteArray &id, const QDate &day);
    void followUpSelected();
    void reload();

signals:
    void failed(const QString &message);
    // Enter or a double-click on a row.
    void openActivity(const QByteArray &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QByteArray selectedId() const;
    void updateButtons();
    void updateDays();
    QDate dayOf(QObject *button) const;

    core::DatabasePtr m_db;
    QUndoStack *m_undo;
    core::AgendaModel *m_model;
    QTableView *m_view;
    QButtonGroup *m_ranges;
    QPushButton *m_done;
    QPushButton *m_reschedule;
    QPushButton *m_followUp;
    QList<QPushButton *> m_days; // the "Move to" strip: today and the six days after
    std::function<QDateTime()> m_now;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace crm::ui
