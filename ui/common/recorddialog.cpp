// SPDX-License-Identifier: GPL-3.0-or-later
#include "recorddialog.h"

#include "common/icons.h"
#include "common/messagebox.h"
#include "common/savedcommand.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace crm::ui {

namespace {
Q_LOGGING_CATEGORY(lcDialogs, "crm.ui.dialogs")
}

RecordDialog::RecordDialog(core::DatabasePtr db, QByteArray id, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_id(std::move(id))
{
    setWindowIcon(Icons::app());
    if (auto *opener = qobject_cast<RecordDialog *>(parent))
        m_undoStack = opener->m_undoStack;
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);

    m_conflictNotice = new QLabel(this);
    m_conflictNotice->setObjectName(QStringLiteral("conflictNotice"));
    m_conflictNotice->setWordWrap(true);
    m_conflictNotice->setTextFormat(Qt::RichText);
    m_conflictNotice->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4d6; border: 1px solid #e0b44c; border-radius: 3px; "
        "padding: 6px; color: #3d2b00; }"));
    m_conflictNotice->hide();
    connect(m_conflictNotice, &QLabel::linkActivated, this, &RecordDialog::conflictsRequested);
    layout->addWidget(m_conflictNotice);

    m_generalError = FieldErrors::makeLabel(QStringLiteral("form"), this);
    layout->addWidget(m_generalError);
    m_errors.setGeneralLabel(m_generalError);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(false);
    layout->addWidget(m_tabs, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_saveButton = m_buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    m_saveButton->setToolTip(tr("Save the changes (Ctrl+S)"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    // Actions on the record (New deal…, Log activity…) at the left, apart from Save and
    // Cancel, which stay together at the right.
    auto *buttonRow = new QHBoxLayout;
    m_recordActions = new QHBoxLayout;
    buttonRow->addLayout(m_recordActions);
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_buttons);
    layout->addLayout(buttonRow);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordDialog::reject);

    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &RecordDialog::accept);
}

void RecordDialog::setConflictNotice(const QString &text)
{
    m_conflictNotice->setText(text);
    m_conflictNotice->setVisible(!text.isEmpty());
}

bool RecordDialog::isModified() const
{
    return formState() != m_cleanState;
}

void RecordDialog::markClean()
{
    m_cleanState = formState();
}

bool RecordDialog::showErrors(const QList<core::Error> &errors)
{
    if (errors.isEmpty()) {
        m_errors.clear();
        return false;
    }
    if (m_detailsPage)
        m_tabs->setCurrentWidget(m_detailsPage);
    if (QWidget *first = m_errors.show(errors))
        first->setFocus(Qt::OtherFocusReason);
    return true;
}

QPushButton *RecordDialog::addRecordAction(const QString &text, const QString &name,
                                           const QString &toolTip)
{
    auto *button = new QPushButton(text, this);
    m_recordActions->addWidget(button);
    button->setObjectName(name);
    button->setToolTip(toolTip);
    button->setAutoDefault(false);
    button->setEnabled(!m_id.isEmpty());
    connect(this, &RecordDialog::saved, button, [button] { button->setEnabled(true); });
    return button;
}

void RecordDialog::pushSaved(const QString &text, std::function<core::Status()> undo,
                             std::function<core::Status()> redo)
{
    if (!m_undoStack)
        return;
    m_undoStack->push(
        new SavedCommand(text, std::move(undo), std::move(redo), {}, [](const core::Error &e) {
            qCWarning(lcDialogs) << "undo or redo of a save failed:" << e.message();
        }));
}

void RecordDialog::accept()
{
    if (!save())
        return;
    m_cleanState = formState();
    emit saved(m_id);
    QDialog::accept();
}

void RecordDialog::reject()
{
    if (isModified()) {
        const auto answer = MessageBox::question(
            this, tr("Discard changes?"),
            tr("You have changed this record. Close it and discard the changes?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

} // namespace crm::ui
