// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncsettingspage.h"

#include "sync/synccontroller.h"
#include "sync/syncdescriber.h"
#include "sync/syncstatusbutton.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace crm::ui {

namespace {
const QString kLastServerKey = QStringLiteral("sync/lastServer");
const QString kLastUserKey = QStringLiteral("sync/lastUser");
} // namespace

SyncSettingsPage::SyncSettingsPage(SyncController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("syncSettingsPage"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(
        tr("Sync shares your contacts and companies with your team through a CRM server. "
           "You keep working offline; changes are sent when the server can be reached."));
    intro->setObjectName(QStringLiteral("syncIntroLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // Signing in.
    m_signInBox = new QGroupBox(tr("Sign in"));
    m_signInBox->setObjectName(QStringLiteral("syncSignInBox"));
    auto *form = new QFormLayout(m_signInBox);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_server = new QLineEdit;
    m_server->setObjectName(QStringLiteral("syncServerEdit"));
    m_server->setPlaceholderText(QStringLiteral("https://crm.example.com:8443"));
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("syncUserEdit"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("syncPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Server:"), m_errors.wrap(QStringLiteral("server"), m_server));
    form->addRow(tr("&User:"), m_errors.wrap(QStringLiteral("user"), m_user));
    form->addRow(tr("&Password:"), m_errors.wrap(QStringLiteral("password"), m_password));
    auto *signInRow = new QHBoxLayout;
    m_signIn = new QPushButton(tr("Sign &in"));
    m_signIn->setObjectName(QStringLiteral("syncSignInButton"));
    m_busy = new QLabel(tr("Signing in…"));
    m_busy->setObjectName(QStringLiteral("syncBusyLabel"));
    m_busy->hide();
    signInRow->addWidget(m_signIn);
    signInRow->addWidget(m_busy);
    signInRow->addStretch(1);
    form->addRow(QString(), signInRow);
    layout->addWidget(m_signInBox);

    // Signed in.
    m_accountBox = new QGroupBox(tr("Account"));
    m_accountBox->setObjectName(QStringLiteral("syncAccountBox"));
    auto *account = new QVBoxLayout(m_accountBox);
    m_account = new QLabel;
    m_account->setObjectName(QStringLiteral("syncAccountLabel"));
    m_account->setWordWrap(true);
    m_account->setTextInteractionFlags(Qt::TextSelectableByMouse);
    account->addWidget(m_account);
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("syncStateLabel"));
    m_state->setWordWrap(true);
    account->addWidget(m_state);
    auto *accountButtons = new QHBoxLayout;
    m_syncNow = new QPushButton(tr("Sync &now"));
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_signOut = new QPushButton(tr("Sign &out"));
    m_signOut->setObjectName(QStringLiteral("syncSignOutButton"));
    accountButtons->addWidget(m_syncNow);
    accountButtons->addWidget(m_signOut);
    accountButtons->addStretch(1);
    account->addLayout(accountButtons);
    layout->addWidget(m_accountBox);

    m_automatic = new QCheckBox(tr("Sync &automatically (at start, after changes and every "
                                   "5 minutes)"));
    m_automatic->setObjectName(QStringLiteral("syncAutomaticCheck"));
    m_automatic->setChecked(m_controller->isAutomatic());
    layout->addWidget(m_automatic);
    layout->addStretch(1);

    QSettings settings;
    m_server->setText(settings.value(kLastServerKey).toString());
    m_user->setText(settings.value(kLastUserKey).toString());

    connect(m_signIn, &QPushButton::clicked, this, &SyncSettingsPage::signIn);
    for (QLineEdit *e : {m_server, m_user, m_password})
        connect(e, &QLineEdit::returnPressed, this, &SyncSettingsPage::signIn);
    connect(m_signOut, &QPushButton::clicked, m_controller, &SyncController::signOut);
    connect(m_syncNow, &QPushButton::clicked, m_controller, &SyncController::syncNow);
    connect(m_automatic, &QCheckBox::toggled, m_controller, &SyncController::setAutomatic);
    connect(m_controller, &SyncController::signedInChanged, this, &SyncSettingsPage::updateAccount);
    connect(m_controller, &SyncController::statusChanged, this, &SyncSettingsPage::updateStatus);
    connect(
        m_controller, &SyncController::signInFinished, this,
        [this](bool ok, const QString &message, const QString &field) {
            m_busy->hide();
            m_signInBox->setEnabled(true);
            if (ok) {
                m_password->clear();
                m_errors.clear();
                return;
            }
            QWidget *first = m_errors.show({core::Error{core::ErrorCode::Invalid, message, field}});
            if (first)
                first->setFocus(Qt::OtherFocusReason);
        });

    updateAccount();
    updateStatus(m_controller->status());
}

void SyncSettingsPage::signIn()
{
    if (!m_signInBox->isVisible() || !m_signInBox->isEnabled())
        return;
    m_errors.clear();
    QList<core::Error> errors;
    QString address = m_server->text().trimmed();
    if (!address.isEmpty() && !address.contains(QStringLiteral("://")))
        address.prepend(QStringLiteral("https://"));
    const QUrl url(address, QUrl::StrictMode);
    if (address.isEmpty())
        errors << core::Error{core::ErrorCode::Invalid,
                              tr("Enter the address of your team's server."),
                              QStringLiteral("server")};
    else if (!url.isValid() || url.host().isEmpty() ||
             (url.scheme() != u"http" && url.scheme() != u"https"))
        errors << core::Error{core::ErrorCode::Invalid,
                              tr("Enter a server address such as https://crm.example.com:8443."),
                              QStringLiteral("server")};
    if (m_user->text().trimmed().isEmpty())
        errors << core::Error{core::ErrorCode::Invalid, tr("Enter your user name."),
                              QStringLiteral("user")};
    if (m_password->text().isEmpty())
        errors << core::Error{core::ErrorCode::Invalid, tr("Enter your password."),
                              QStringLiteral("password")};
    if (!errors.isEmpty()) {
        if (QWidget *first = m_errors.show(errors))
            first->setFocus(Qt::OtherFocusReason);
        return;
    }
    QSettings settings;
    settings.setValue(kLastServerKey, url.toString());
    settings.setValue(kLastUserKey, m_user->text().trimmed());
    m_busy->show();
    m_signInBox->setEnabled(false);
    m_controller->signIn(url, m_user->text().trimmed(), m_password->text());
}

void SyncSettingsPage::updateAccount()
{
    const bool signedIn = m_controller->isSignedIn();
    m_signInBox->setVisible(!signedIn);
    m_accountBox->setVisible(signedIn);
    m_automatic->setEnabled(signedIn);
    if (signedIn) {
        const QString team = m_controller->team();
        m_account->setText(
            team.isEmpty()
                ? tr("Signed in to %1 as %2.").arg(m_controller->server(), m_controller->user())
                : tr("Signed in to %1 as %2, team %3.")
                      .arg(m_controller->server(), m_controller->user(), team));
        m_signOut->setFocus();
    } else {
        m_signInBox->setEnabled(true);
        m_busy->hide();
        (m_server->text().isEmpty() ? m_server : m_password)->setFocus();
    }
}

void SyncSettingsPage::updateStatus(const SyncStatus &status)
{
    QString text = SyncStatusButton::describe(status);
    if (status.lastSync.isValid() && status.state != SyncStatus::State::Syncing)
        text += u"\n" + tr("Last synced: %1").arg(SyncDescriber::when(status.lastSync));
    m_state->setText(text);
    m_syncNow->setEnabled(status.state != SyncStatus::State::Syncing);
}

} // namespace crm::ui
