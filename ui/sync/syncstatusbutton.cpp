// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncstatusbutton.h"

#include "common/icons.h"
#include "sync/synccontroller.h"
#include "sync/syncdescriber.h"

#include <QCoreApplication>
#include <QLocale>

namespace crm::ui {

namespace {
// "%Ln change(s)" → the translation, or proper English when none is loaded.
QString plural(const char *source, qint64 n)
{
    QString text =
        QCoreApplication::translate("crm::ui::SyncStatusButton", source, nullptr, int(n));
    if (text.contains(u"(s)"))
        text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return text;
}
} // namespace

SyncStatusButton::SyncStatusButton(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("syncStatusButton"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIconSize(QSize(16, 16));
    setFocusPolicy(Qt::NoFocus);
}

QString SyncStatusButton::describe(const SyncStatus &s)
{
    using State = SyncStatus::State;
    switch (s.state) {
    case State::NotSignedIn:
        return tr("Not syncing");
    case State::Off:
        return s.pending > 0 ? tr("Sync off — %1")
                                   .arg(plural(QT_TRANSLATE_N_NOOP("crm::ui::SyncStatusButton",
                                                                   "%Ln change(s) waiting"),
                                               s.pending))
                             : tr("Sync off");
    case State::Syncing:
        if (s.total > 0 && s.estimate)
            return tr("Syncing… %1 of about %2 received")
                .arg(QLocale().toString(std::min(s.done, s.total)), QLocale().toString(s.total));
        if (s.total > 0)
            return tr("Syncing… %1 of %2")
                .arg(QLocale().toString(std::min(s.done, s.total)), QLocale().toString(s.total));
        if (s.done > 0)
            return tr("Syncing… %1 received").arg(QLocale().toString(s.done));
        return tr("Syncing…");
    case State::Synced:
        return tr("Synced");
    case State::Offline:
        return s.pending > 0 ? tr("Offline — %1")
                                   .arg(plural(QT_TRANSLATE_N_NOOP("crm::ui::SyncStatusButton",
                                                                   "%Ln change(s) waiting"),
                                               s.pending))
                             : tr("Offline");
    case State::NeedsAttention:
        if (s.conflicts > 0)
            return tr("Needs attention: %1")
                .arg(plural(QT_TRANSLATE_N_NOOP("crm::ui::SyncStatusButton", "%Ln conflict(s)"),
                            s.conflicts));
        return tr("Needs attention: %1")
            .arg(plural(QT_TRANSLATE_N_NOOP("crm::ui::SyncStatusButton", "%Ln refused change(s)"),
                        s.rejections));
    case State::SignInNeeded:
        return tr("Sign in again to sync");
    }
    return {};
}

void SyncStatusButton::setStatus(const SyncStatus &s)
{
    using State = SyncStatus::State;
    setText(describe(s));
    QString tip;
    switch (s.state) {
    case State::NotSignedIn:
        setIcon(Icons::themed(QStringLiteral("network-offline"), QStringLiteral("sync-off")));
        tip = tr("Sign in to a team server in Settings → Sync");
        break;
    case State::Off:
        setIcon(Icons::themed(QStringLiteral("network-offline"), QStringLiteral("sync-off")));
        tip = tr("Automatic sync is off; F5 syncs now");
        break;
    case State::Syncing:
        setIcon(Icons::themed(QStringLiteral("view-refresh"), QStringLiteral("sync")));
        tip = tr("Sending your changes and receiving your team's");
        break;
    case State::Synced:
        setIcon(Icons::themed(QStringLiteral("emblem-ok"), QStringLiteral("sync-done")));
        tip = s.lastSync.isValid() ? tr("Last synced: %1").arg(SyncDescriber::when(s.lastSync))
                                   : tr("Everything is sent");
        break;
    case State::Offline:
        setIcon(Icons::themed(QStringLiteral("network-offline"), QStringLiteral("sync-offline")));
        tip = tr("The server cannot be reached; retrying. Click to see the waiting changes.");
        break;
    case State::NeedsAttention:
    case State::SignInNeeded:
        setIcon(Icons::themed(QStringLiteral("dialog-warning"), QStringLiteral("sync-attention")));
        tip = s.state == State::SignInNeeded ? tr("The server refused the sign-in: %1").arg(s.error)
              : s.conflicts > 0              ? tr("Click to choose which values stay")
                                             : tr("Click to see what the server refused");
        break;
    }
    if (!s.error.isEmpty() && s.state == State::Offline)
        tip += u'\n' + s.error;
    setToolTip(tip);
}

} // namespace crm::ui
