// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "domain/contact.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace crm::core::import {

// Which contact field each column of a CSV file fills. A target is a key: "" (ignored),
// "first_name", "last_name", "full_name", "title", "company", "email", "email:LABEL",
// "email_label", "phone", "phone:LABEL", "phone_label", "street", "postal_code", "city",
// "country", "birthday", "source", "status", "tags", "notes" (LABEL is work, mobile, home or
// other). A *_label column gives the label of the next e-mail or phone column to its right.
// "custom:KEY" fills a custom field; recall() maps a header that is a custom field's label.
class ColumnMapping
{
    // The context lupdate files the messages of its members under.
    Q_DECLARE_TR_FUNCTIONS(crm::core::import::ColumnMapping)

public:
    ColumnMapping() = default;
    explicit ColumnMapping(QStringList targets)
        : m_targets(std::move(targets))
    {}

    // Every key a column can map to, in the order a chooser lists them.
    static QStringList targetKeys();
    // "custom:KEY" for each custom field of contacts (their values are checked on import).
    static QStringList customTargetKeys(QSqlDatabase &db);
    // The translated name of a key, for the wizard's combo boxes.
    static QString targetName(const QString &key);
    // The target of a header as Google Contacts, Outlook, HubSpot, Salesforce, our own
    // export and generic English exports name it; "" when the header means nothing known.
    static QString recognise(const QString &header);
    static ColumnMapping recognised(const QStringList &headers);

    const QStringList &targets() const { return m_targets; }
    QString target(int column) const { return m_targets.value(column); }
    void setTarget(int column, const QString &key);
    bool mapsAnything() const;

    // A row as a contact. Values that cannot be read (a birthday that is no date, an unknown
    // status) are an error naming the column; the caller adds the line.
    Result<Contact> toContact(const QStringList &headers, const QStringList &row) const;

    // Remembered mappings, keyed by the set of headers, in the database's local meta table.
    static QString headerKey(const QStringList &headers);
    static Status remember(QSqlDatabase &db, const QStringList &headers, const ColumnMapping &m);
    // The remembered mapping for these headers, or the recognised one.
    static ColumnMapping recall(QSqlDatabase &db, const QStringList &headers);

private:
    QStringList m_targets;
};

} // namespace crm::core::import
