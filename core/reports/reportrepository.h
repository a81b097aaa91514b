// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/reportdefinition.h"
#include "storage/database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace crm::core::reports {

// A report in the list: a built-in (no id, read-only) or one saved in the database.
struct SavedReport
{
    QByteArray id; // empty for a built-in
    ReportDefinition definition;
    QString owner;
    qint64 createdAt = 0;

    bool isBuiltin() const { return id.isEmpty(); }
    // The title to show: a built-in's translated.
    QString displayTitle() const;
    // What `report run NAME` matches: a built-in's key, a saved report's title or id.
    QString key() const;
};

// Saved report definitions (table `reports`, synced like any record, so a team shares
// them), and the built-ins before them.
class ReportRepository
{
    // The context lupdate files the messages of its members under.
    Q_DECLARE_TR_FUNCTIONS(crm::core::reports::ReportRepository)

public:
    explicit ReportRepository(DatabasePtr db);

    // Built-ins first, then saved reports by title.
    Result<QList<SavedReport>> list() const;
    Result<SavedReport> get(const QByteArray &id) const;
    // By built-in key, saved title (case-insensitive), full id or an id prefix of 8+ digits.
    Result<SavedReport> find(const QString &name) const;

    // Validates and stores a new report; a built-in key is dropped (it becomes a copy).
    Result<QByteArray> save(ReportDefinition definition);
    Status update(const QByteArray &id, const ReportDefinition &definition);
    Status remove(const QByteArray &id); // soft
    // A copy titled "… (copy)" that can be edited; built-ins included.
    Result<QByteArray> duplicate(const SavedReport &report);

private:
    DatabasePtr m_db;
};

} // namespace crm::core::reports
