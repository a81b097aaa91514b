// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/fielderrors.h"

#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace crm::ui {

class SyncController;
struct SyncStatus;

// Settings ▸ Sync: sign in to a team server (server address, user, password; the sign-in
// runs on the sync thread and its errors appear at their fields), the account signed in
// with Sign out, and "Sync automatically". A page of the Settings window.
class SyncSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SyncSettingsPage(SyncController *controller, QWidget *parent = nullptr);

private:
    void signIn();
    void updateAccount();
    void updateStatus(const crm::ui::SyncStatus &status);

    SyncController *m_controller = nullptr;
    FieldErrors m_errors;
    QGroupBox *m_signInBox = nullptr;
    QGroupBox *m_accountBox = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_signIn = nullptr;
    QLabel *m_busy = nullptr;
    QLabel *m_account = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_signOut = nullptr;
    QPushButton *m_syncNow = nullptr;
    QCheckBox *m_automatic = nullptr;
};

} // namespace crm::ui
