// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolButton>

namespace crm::ui {

struct SyncStatus;

// The sync state in the status bar, with an icon: "Synced", "Syncing… 3 of 12",
// "Offline — 4 changes waiting", "Needs attention: 1 conflict". Clicking it asks for the
// view that helps (the conflicts inbox, the outbox, or the sync settings).
class SyncStatusButton : public QToolButton
{
    Q_OBJECT
public:
    explicit SyncStatusButton(QWidget *parent = nullptr);

    // The sentence for a state, translated.
    static QString describe(const crm::ui::SyncStatus &status);

public slots:
    void setStatus(const crm::ui::SyncStatus &status);
};

} // namespace crm::ui
