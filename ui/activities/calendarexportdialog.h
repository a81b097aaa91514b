// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activities/calendarfiledialog.h"

class QCheckBox;
class QDateEdit;
class QRadioButton;

namespace crm::ui {

// File ▸ Export Calendar…: meetings and visits and/or tasks, all of them or those starting
// or due between two days, written to an .ics file off the UI thread (a re-export keeps
// each item's UID, so calendars update it). Object name "calendarExportDialog"; fields
// "exportMeetingsCheck", "exportTasksCheck", "exportAllRadio", "exportRangeRadio",
// "exportFromEdit", "exportToEdit"; the action button is "calendarActionButton".
class CalendarExportDialog : public CalendarFileDialog
{
    Q_OBJECT
public:
    explicit CalendarExportDialog(core::DatabasePtr db, QWidget *parent = nullptr);

    core::CalendarService::ExportOptions options() const;

signals:
    // The file was written with `count` items (the dialog then closes).
    void exported(int count, const QString &path);

protected:
    bool canRun() const override;

private:
    void startExport();

    QCheckBox *m_meetings;
    QCheckBox *m_tasks;
    QRadioButton *m_all;
    QRadioButton *m_range;
    QDateEdit *m_from;
    QDateEdit *m_to;
};

} // namespace crm::ui
