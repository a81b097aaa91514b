// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkeditcommand.h"

#include "bulk/bulkjob.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QUndoStack>

namespace crm::ui {

BulkEditCommand::BulkEditCommand(std::shared_ptr<State> state, const QString &text)
    : m_state(std::move(state))
{
    setText(text);
}

void BulkEditCommand::run(QWidget *window, core::DatabasePtr db, QUndoStack *stack,
                          const core::BulkTarget &target, const core::BulkOperation &prepared,
                          Changed changed, Report report)
{
    auto state = std::make_shared<State>();
    state->db = db;
    state->entity = target.entity;
    state->window = window;
    state->changed = std::move(changed);
    state->report = std::move(report);
    const QString what = core::BulkEdit(db).describe(target.entity, prepared);
    QPointer<QUndoStack> undo = stack;
    BulkJob::start(
        window, db, what + u'…', true,
        [db, target, prepared](const core::BulkEdit::Progress &progress) {
            core::BulkEdit bulk(db);
            auto ids = bulk.resolve(target);
            if (!ids)
                return core::Result<core::BulkOutcome>(ids.error());
            return bulk.applyTo(target.entity, ids.value(), prepared, progress);
        },
        [state, undo, what](const core::Result<core::BulkOutcome> &result) {
            if (!result) {
                if (state->report)
                    state->report(result.error().code == core::ErrorCode::Cancelled
                                      ? tr("%1: cancelled, nothing was changed").arg(what)
                                      : tr("%1 failed, nothing was changed: %2")
                                            .arg(what, result.error().message()));
                return;
            }
            const QLocale l;
            state->changes = result->changes;
            state->edit = result->edit;
            if (state->report)
                state->report(tr("%1 · Changed: %2 of %3 — Ctrl+Z to undo")
                                  .arg(what, l.toString(result->changes.size()),
                                       l.toString(result->matched)));
            if (undo && !result->changes.isEmpty())
                undo->push(new BulkEditCommand(state, what));
            if (state->changed)
                state->changed(state->entity);
        });
}

void BulkEditCommand::undoInBackground(QWidget *window, core::DatabasePtr db, qint64 edit,
                                       const QString &label, Undone done)
{
    // BulkJob carries a BulkOutcome; the undo's own outcome waits beside it.
    auto undone = std::make_shared<core::BulkUndoOutcome>();
    BulkJob::start(
        window, db, label, false,
        [db, edit, undone](const core::BulkEdit::Progress &progress) {
            auto out = core::BulkEdit(db).undo(edit, progress);
            if (!out)
                return core::Result<core::BulkOutcome>(out.error());
            *undone = out.value();
            return core::Result<core::BulkOutcome>(core::BulkOutcome{});
        },
        [undone, done = std::move(done)](const core::Result<core::BulkOutcome> &result) {
            done(result ? core::Result<core::BulkUndoOutcome>(*undone)
                        : core::Result<core::BulkUndoOutcome>(result.error()));
        });
}

void BulkEditCommand::undo()
{
    auto state = m_state;
    undoInBackground(
        state->window, state->db, state->edit, tr("Undoing: %1…").arg(text()),
        [state](const core::Result<core::BulkUndoOutcome> &result) {
            if (!result) {
                if (state->report)
                    state->report(tr("Undo failed: %1").arg(result.error().message()));
            } else if (!result->left.isEmpty()) {
                // Redo writes again only what undo put back: a row left because it changed
                // since keeps that change.
                const QSet<QByteArray> left(result->left.cbegin(), result->left.cend());
                state->changes.removeIf(
                    [&](const core::BulkChange &c) { return left.contains(c.id); });
                if (state->report)
                    state->report(leftReport(result->restored, int(result->left.size())));
            }
            if (state->changed)
                state->changed(state->entity);
        });
}

void BulkEditCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    auto state = m_state;
    QList<QByteArray> ids;
    for (const core::BulkChange &c : std::as_const(state->changes))
        ids << c.id;
    BulkJob::start(
        state->window, state->db, tr("Redoing: %1…").arg(text()), false,
        [state, ids](const core::BulkEdit::Progress &progress) {
            return core::BulkEdit(state->db).redo(state->edit, ids, progress);
        },
        [state](const core::Result<core::BulkOutcome> &result) {
            if (result)
                state->changes = result->changes;
            else if (state->report)
                state->report(tr("Redo failed: %1").arg(result.error().message()));
            if (state->changed)
                state->changed(state->entity);
        });
}

QString BulkEditCommand::leftReport(int restored, int left)
{
    const QLocale l;
    return QCoreApplication::translate(
               "crm::ui::BulkEditCommand",
               "Undone: %1 put back; %n left as they were changed after the bulk edit", nullptr,
               left)
        .arg(l.toString(restored));
}

} // namespace crm::ui
