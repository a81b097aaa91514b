// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "argumentparser.h"
#include "cliresult.h"

#include "io/csvwriter.h"
#include "storage/database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

namespace crm::cli {

// Small pieces the command handlers share.
class CommandSupport
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::CommandSupport)

public:
    // ISO-8601 UTC with milliseconds ("2026-01-31T09:15:00.123Z"); null for 0.
    static QJsonValue isoTime(qint64 msSinceEpoch);
    static QJsonValue idValue(const QByteArray &id); // null for an empty id
    // --limit N: a positive number, or -1 (no limit) when not given.
    static CliResult<int> limit(const ParsedArguments &arguments, const QString &command);

    // The live company with this name, or a new one. `created` tells the caller to remove
    // it again should the write it was made for fail. Validates the name first.
    struct CompanyLink
    {
        QByteArray id;
        bool created = false;
    };
    static CliResult<CompanyLink> findOrCreateCompany(const core::DatabasePtr &db,
                                                      const QString &name);
    // Refuses a company name the repository would refuse, before anything is written.
    static CliStatus checkCompanyName(const QString &name);
    // --delimiter comma|semicolon|tab and --bom of the commands that write CSV.
    static CliResult<core::io::CsvWriteOptions> csvOptions(const ParsedArguments &arguments);
};

} // namespace crm::cli
