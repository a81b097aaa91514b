// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"
#include "sync/conflictservice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace crm::ui {

// Puts sync's rows into words for the outbox and the conflicts inbox: which record (its
// display name looked up), which field (translated), which value (company names, statuses,
// dates in the user's locale) and when. Uses the calling thread's connection.
class SyncDescriber
{
    Q_DECLARE_TR_FUNCTIONS(crm::ui::SyncDescriber)
public:
    explicit SyncDescriber(core::DatabasePtr db);

    // "Contact", "Company", "E-mail address" …
    static QString tableLabel(const QString &table);
    // "City", "Phone" … (the record's own deletion: "Deleted").
    static QString fieldLabel(const QString &table, const QString &column);
    // A date and time as people say it: "Monday 14:03" within the last week, else the date.
    static QString when(const QDateTime &time, const QDateTime &now = QDateTime::currentDateTime());
    // The wall-clock time of a hybrid logical clock value.
    static QDateTime timeOfClock(quint64 hlc);

    // The name of the record a row belongs to ("Jānis Bērziņš"; an e-mail row names its
    // contact); empty when it is not found.
    QString recordName(const QString &table, const QByteArray &row) const;
    // The contact or company whose list row and form carry a badge for this row:
    // {"contacts"|"companies", id}, or an empty table.
    std::pair<QString, QByteArray> owningRecord(const QString &table, const QByteArray &row) const;
    // A field value as shown in the form, quoted; “(empty)” for nothing.
    QString value(const QString &table, const QString &column, const QVariant &v) const;

    // The conflict as one or two sentences:
    // "anna changed City to “Jūrmala” while you changed it to “Rīga”, Monday 14:03."
    QString sentence(const core::sync::Conflict &c) const;
    // Which value the field holds now, in words.
    QString outcome(const core::sync::Conflict &c) const;

private:
    core::DatabasePtr m_db;
};

} // namespace crm::ui
