// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "outputformatter.h"

#include "domain/activity.h"

#include <QCoreApplication>
#include <QList>
#include <QTimeZone>

namespace crm::cli {

// activity add | list | done, and ics import | export
class ActivityCommands
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::ActivityCommands)

public:
    static QList<Command> commands();

    static QList<Column> columns();
    static Row row(const core::Activity &activity);

    // An ISO 8601 date-time for --start/--end/--due: with Z or an offset it is that instant,
    // without one it is wall-clock time in `zone`; a date alone means the end of that day.
    static CliResult<QDateTime> parseTime(const QString &option, const QString &text,
                                          const QTimeZone &zone);

private:
    static CliStatus add(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus list(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus done(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus icsImport(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus icsExport(CommandContext &context, const ParsedArguments &arguments);
};

} // namespace crm::cli
