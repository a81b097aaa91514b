// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactlink.h"

#include "activities/activitydialog.h"
#include "common/icons.h"
#include "common/messagebox.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QRegularExpression>
#include <QToolButton>

namespace crm::ui {

QUrl ContactLink::url(Kind kind, const QString &value)
{
    QString target = value.trimmed();
    switch (kind) {
    case Kind::Phone:
        target.remove(QRegularExpression(QStringLiteral("[^0-9+]")));
        return target.isEmpty() ? QUrl() : QUrl(u"tel:" + target);
    case Kind::Email:
        return target.isEmpty() ? QUrl() : QUrl(u"mailto:" + target);
    case Kind::Website: {
        if (target.isEmpty())
            return {};
        const QUrl given = QUrl::fromUserInput(target);
        return given.scheme() == u"http" || given.scheme() == u"https" ? given : QUrl();
    }
    }
    return {};
}

QToolButton *ContactLink::makeButton(Kind kind, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    switch (kind) {
    case Kind::Phone:
        button->setIcon(Icons::themed(QStringLiteral("call-start"), QStringLiteral("phone")));
        button->setToolTip(tr("Call this number (tel:)"));
        break;
    case Kind::Email:
        button->setIcon(Icons::themed(QStringLiteral("mail-send"), QStringLiteral("mail")));
        button->setToolTip(tr("Write to this address (mailto:)"));
        break;
    case Kind::Website:
        button->setIcon(
            Icons::themed(QStringLiteral("internet-web-browser"), QStringLiteral("web")));
        button->setToolTip(tr("Open the website in the browser"));
        break;
    }
    button->setAccessibleName(button->toolTip());
    button->setAutoRaise(true);
    return button;
}

void ContactLink::open(QWidget *parent, const core::DatabasePtr &db, Kind kind,
                       const QString &value, const QString &name, const QByteArray &contactId,
                       const QByteArray &companyId)
{
    const QUrl target = url(kind, value);
    if (target.isEmpty())
        return;
    QDesktopServices::openUrl(target);
    if (kind == Kind::Website || (contactId.isEmpty() && companyId.isEmpty()))
        return; // nothing to log, or nothing to log it against before the record is saved
    const bool email = kind == Kind::Email;
    const auto answer = MessageBox::question(
        parent, email ? tr("Log the e-mail?") : tr("Log the call?"),
        email ? tr("Log your e-mail to %1 (%2) as an activity?").arg(name, value.trimmed())
              : tr("Log your call to %1 (%2) as an activity?").arg(name, value.trimmed()),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    ActivityDialog::open(db, {}, parent,
                         {email ? core::Activity::Kind::Email : core::Activity::Kind::Call,
                          email ? tr("E-mail to %1").arg(name) : tr("Call with %1").arg(name),
                          contactId,
                          companyId,
                          {}});
}

} // namespace crm::ui
