// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "activities/calendarfiledialog.h"

#include <QTimer>

#include <memory>

namespace crm::ui {

// File ▸ Import Calendar…: reads the chosen .ics file off the UI thread and says what an
// import would do ("New meetings: 3 · New tasks: 2 · Updates: 1") before anything is
// written; a malformed file shows the error naming its line and cannot be imported. Import
// writes the items read, in one transaction, with progress and Cancel; events become
// meetings, to-dos tasks, known UIDs update their activity. Object name
// "calendarImportDialog"; the action button is "calendarActionButton".
class CalendarImportDialog : public CalendarFileDialog
{
    Q_OBJECT
public:
    explicit CalendarImportDialog(core::DatabasePtr db, QWidget *parent = nullptr);

    // After a successful preview: what it found.
    const core::CalendarService::ImportPreview *preview() const { return m_preview.get(); }

signals:
    // The import was written (the dialog then closes).
    void imported(const core::CalendarService::ImportSummary &summary);

protected:
    void fileChanged() override;
    bool canRun() const override;

private:
    void startPreview();
    void startImport();

    QTimer m_previewTimer; // a preview once typing pauses
    std::shared_ptr<core::CalendarService::ImportPreview> m_preview;
    bool m_previewAgain = false; // the file changed while a preview ran
};

} // namespace crm::ui
