// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/contact.h"
#include "domain/customfield.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace crm::core {

// An organisation (account). Plain value; repositories load and store it.
struct Company
{
    QByteArray id;
    qint64 rid = 0;
    QString name;
    QString industry;
    QString website;
    QString phone;
    QString street;
    QString postalCode;
    QString city;
    QString country;
    QString notes;
    // Where the relationship stands, as for contacts (schema 15).
    LifecycleStatus status = LifecycleStatus::Lead;
    QString owner;
    QString visibility = QStringLiteral("team");
    QStringList tags; // company_tags (schema 9)
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    bool deleted = false;
    // Custom fields, as on Contact.
    CustomValues custom;
    QString customText;
};

} // namespace crm::core
