// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/customfield.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace crm::core {

// Lifecycle of a customer relationship; stored as the lower-case English key.
enum class LifecycleStatus
{
    Lead,
    Prospect,
    Customer,
    Former
};
QString lifecycleKey(LifecycleStatus status);
// Parses a key ("lead", "prospect", "customer", "former"); false when unknown.
bool parseLifecycle(const QString &key, LifecycleStatus *status);

// Labels of e-mails and phones: "work", "mobile", "home", "other".
QStringList contactLabels();

struct EmailAddress
{
    QByteArray id; // empty until stored
    QString label = QStringLiteral("work");
    QString address;
    friend bool operator==(const EmailAddress &, const EmailAddress &) = default;
};

struct PhoneNumber
{
    QByteArray id;
    QString label = QStringLiteral("mobile");
    QString number;
    friend bool operator==(const PhoneNumber &, const PhoneNumber &) = default;
};

// A person. Plain value; repositories load and store it.
struct Contact
{
    QByteArray id;  // UUIDv7, empty until stored
    qint64 rid = 0; // local row id (never synced)
    QString firstName;
    QString lastName;
    QString title;
    QByteArray companyId;
    QString companyName; // read-only: the company's name when loaded
    QList<EmailAddress> emails;
    QList<PhoneNumber> phones;
    QString street;
    QString postalCode;
    QString city;
    QString country;
    QDate birthday;
    QString source;
    LifecycleStatus status = LifecycleStatus::Lead;
    QString owner;
    QString visibility = QStringLiteral("team"); // "team" or "private"
    QStringList tags;
    QString notes;
    qint64 createdAt = 0; // ms since the epoch
    qint64 updatedAt = 0;
    bool deleted = false;
    // Custom fields: the values to save (an edit saves the keys it holds) or, when loaded,
    // every non-empty value; customText is derived (the text-like values, for search).
    CustomValues custom;
    QString customText;

    QString displayName() const;
    QString primaryEmail() const { return emails.isEmpty() ? QString() : emails.first().address; }
    QString primaryPhone() const { return phones.isEmpty() ? QString() : phones.first().number; }
};

} // namespace crm::core
