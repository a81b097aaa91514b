// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "domain/activity.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace crm::core {

// .ics files in and out of the database (ICalendar does the format).
// Import is all or nothing: the file is parsed completely first, then written in one
// transaction; an event or to-do whose UID an activity already has updates that activity
// (its links to contact, company and deal stay), any other becomes a new meeting or task.
class CalendarService
{
    // The context lupdate files the messages of its members under.
    Q_DECLARE_TR_FUNCTIONS(crm::core::CalendarService)

public:
    explicit CalendarService(DatabasePtr db, QTimeZone userZone = QTimeZone::systemTimeZone());

    // Called now and then during long work with how far it got; false stops it (Cancel):
    // the import then writes nothing, the export no file.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    struct ImportSummary
    {
        int created = 0;
        int updated = 0;
    };
    // A parsed file and what importing it would do, before anything is written.
    struct ImportPreview
    {
        QList<Activity> items;
        int newMeetings = 0; // meetings and visits
        int newTasks = 0;
        int updates = 0; // items whose UID an activity already has
    };
    Result<ImportSummary> importBytes(const QByteArray &bytes);
    // Errors name the file and, for bad content, the line.
    Result<ImportSummary> importFile(const QString &path);
    Result<ImportPreview> preview(const QByteArray &bytes) const;
    Result<ImportPreview> previewFile(const QString &path) const;
    // Writes what preview() read, in one transaction (nothing when it fails or is stopped).
    Result<ImportSummary> importItems(const QList<Activity> &items, const Progress &progress = {});

    // Which activities an export holds: meetings and visits, tasks, and the days (in the
    // user's zone, both included; invalid: no limit on that side) they start or fall due on.
    struct ExportOptions
    {
        bool meetings = true;
        bool tasks = true;
        QDate from;
        QDate to;
    };
    Result<QByteArray> exportBytes(const ExportOptions &options) const;
    Result<QByteArray> exportBytes() const { return exportBytes(ExportOptions()); }
    // How many items were written.
    Result<int> exportFile(const QString &path, const ExportOptions &options,
                           const Progress &progress = {}) const;
    Result<int> exportFile(const QString &path) const { return exportFile(path, ExportOptions()); }

private:
    Result<QByteArray> readFile(const QString &path) const;
    Result<QList<Activity>> exportItems(const ExportOptions &options) const;

    DatabasePtr m_db;
    QTimeZone m_zone;
};

} // namespace crm::core
