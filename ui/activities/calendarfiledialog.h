// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/calendarservice.h"
#include "storage/database.h"

#include <QDialog>
#include <QFutureWatcher>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace crm::ui {

// The frame of File ▸ Import Calendar… and Export Calendar…: a file row (typed, or chosen
// with Browse… in the platform's file dialog), the subclass's own fields, a status line, a
// progress bar, and the action button beside Cancel. Long work runs on a worker thread
// with its own connection; Cancel stops it there (the service writes nothing then).
// Widgets by objectName: "calendarFileEdit", "calendarBrowseButton", "calendarStatusLabel",
// "calendarProgress", "calendarActionButton". Lives in the UI thread.
class CalendarFileDialog : public QDialog
{
    Q_OBJECT
public:
    QString fileName() const;
    void setFileName(const QString &path);
    bool isRunning() const { return m_watcher.isRunning(); }
    // What the status line says (the preview, the error naming the line, the outcome).
    QString statusText() const;

    ~CalendarFileDialog() override;

public slots:
    void reject() override; // stops running work first

signals:
    // Work finished in the worker and its outcome was shown (tests wait on it).
    void workFinished();

protected:
    using Work = std::function<core::Status(const core::CalendarService::Progress &progress)>;

    CalendarFileDialog(core::DatabasePtr db, bool saving, const QString &actionText,
                       QWidget *parent);
    QVBoxLayout *body() const { return m_body; }
    QPushButton *actionButton() const { return m_action; }
    void showStatus(const QString &text, bool error);
    // Runs `work` off the UI thread with progress; `done` gets its status in the UI thread
    // (not when it was cancelled). One job at a time: false when one is running.
    bool runJob(const QString &text, Work work, std::function<void(const core::Status &)> done);
    // Stops a running job; its `done` does not run.
    void cancelJob();
    // The file changed (typed or chosen).
    virtual void fileChanged() {}
    // Whether the action may run now (the subclass's own conditions).
    virtual bool canRun() const { return !fileName().isEmpty(); }
    void updateAction();

    core::DatabasePtr m_db;

private:
    QLineEdit *m_file = nullptr;
    QVBoxLayout *m_body = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_action = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QFutureWatcher<core::Status> m_watcher;
    std::function<void(const core::Status &)> m_done;
    bool m_cancelledByUser = false;
};

} // namespace crm::ui
