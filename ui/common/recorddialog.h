// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/fielderrors.h"
#include "storage/database.h"
#include "timeline/timelineentry.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTabWidget;
class QUndoStack;

namespace crm::ui {

// The frame shared by the record dialogs: tabs, a general error line, Save/Cancel,
// Ctrl+S, and Esc that asks before discarding changes. It works on a copy; subclasses
// validate and save in save(), and the dialog closes only when that succeeds.
class RecordDialog : public QDialog
{
    Q_OBJECT
public:
    QByteArray recordId() const { return m_id; }
    // True when the form differs from what was loaded.
    bool isModified() const;

    // A line above the form saying the record has open sync conflicts (empty hides it).
    void setConflictNotice(const QString &text);
    // Where a save goes as an undoable step (none: saves are not undoable). Dialogs opened
    // from this one take the same stack.
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    QUndoStack *undoStack() const { return m_undoStack; }

public slots:
    void accept() override;
    void reject() override;
    // Shows what sync brought in: reloads a form without unsaved edits; in one with
    // unsaved edits, fields the user has not touched take the new values and the user's
    // edits stay (saved later as an ordinary edit).
    virtual void refreshFromDatabase() {}

signals:
    // After a successful save, with the record's id.
    void saved(const QByteArray &id);
    // The conflict notice's link was clicked.
    void conflictsRequested();
    // The Timeline tab asks to open a record (an activity, a deal …) of the one shown.
    void recordRequested(crm::core::RecordKind kind, const QByteArray &id);

protected:
    RecordDialog(core::DatabasePtr db, QByteArray id, QWidget *parent);

    // Validates and writes; on failure shows the errors and returns false.
    virtual bool save() = 0;
    // Every editable value, to tell whether something changed.
    virtual QString formState() const = 0;
    // Call when the form is filled, to remember its initial state.
    void markClean();
    // Shows errors at their fields and focuses the first one; false when there were none.
    bool showErrors(const QList<core::Error> &errors);
    // A button beside Save for something that links to this record ("New deal…"): enabled
    // once the record is saved.
    QPushButton *addRecordAction(const QString &text, const QString &name, const QString &toolTip);
    // Puts a save that is already done on the undo stack: `undo` writes the record back as
    // it was, `redo` as saved.
    void pushSaved(const QString &text, std::function<core::Status()> undo,
                   std::function<core::Status()> redo);

    core::DatabasePtr m_db;
    QByteArray m_id;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_detailsPage = nullptr;
    QLabel *m_generalError = nullptr;
    QLabel *m_conflictNotice = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHBoxLayout *m_recordActions = nullptr; // buttons of addRecordAction()
    QPushButton *m_saveButton = nullptr;
    FieldErrors m_errors;

private:
    QString m_cleanState;
    QUndoStack *m_undoStack = nullptr;
};

} // namespace crm::ui
