// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

class QToolButton;
class QWidget;

namespace crm::ui {

// Clickable phones, e-mails and websites on contact and company pages: the URL handed to
// the system (tel:, mailto:, http), the small button beside the field, and for a call or an
// e-mail the offer to log it afterwards as an activity of the record.
class ContactLink
{
    // The context lupdate files the messages of its members under.
    Q_DECLARE_TR_FUNCTIONS(crm::ui::ContactLink)

public:
    enum class Kind
    {
        Phone,
        Email,
        Website
    };
    // tel: keeps the digits and a leading +; a website without a scheme gets http://.
    // Invalid when there is nothing to open.
    static QUrl url(Kind kind, const QString &value);
    static QToolButton *makeButton(Kind kind, QWidget *parent);
    // Opens `value`; for a phone or an e-mail of a saved record (`contactId` or `companyId`
    // set) then asks whether to log it, and on Yes opens a new call or e-mail activity for
    // `name`, linked to the contact and the company.
    static void open(QWidget *parent, const core::DatabasePtr &db, Kind kind, const QString &value,
                     const QString &name, const QByteArray &contactId, const QByteArray &companyId);
};

} // namespace crm::ui
