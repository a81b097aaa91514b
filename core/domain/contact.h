// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/customfield.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

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

// A contact's picture as stored: the image file's bytes (JPEG, PNG, GIF or WebP) and their
// media type. The core never decodes it (it has no Qt Gui); the desktop app scales a picture
// down before storing it, and an import keeps what the vCard carried (ContactPhotos).
struct ContactPhoto
{
    QByteArray data;
    QString type; // "image/jpeg"
    bool isEmpty() const { return data.isEmpty(); }
    friend bool operator==(const ContactPhoto &, const ContactPhoto &) = default;
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
    // Loaded by ContactRepository::get(); lists leave it out. Saving writes it only when set,
    // so a contact read from a list and saved again keeps its photo.
    std::optional<ContactPhoto> photo;
    // Custom fields: the values to save (an edit saves the keys it holds) or, when loaded,
    // every non-empty value; customText is derived (the text-like values, for search).
    CustomValues custom;
    QString customText;

    QString displayName() const;
    QString primaryEmail() const { return emails.isEmpty() ? QString() : emails.first().address; }
    QString primaryPhone() const { return phones.isEmpty() ? QString() : phones.first().number; }
};

} // namespace crm::core
