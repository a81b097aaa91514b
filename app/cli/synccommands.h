// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace crm::cli {

// account login, sync, sync log, conflicts list, conflicts resolve: the team server from the shell.
class SyncCommands
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::SyncCommands)

public:
    static QList<Command> commands();

private:
    static CliStatus login(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus sync(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus log(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus listConflicts(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus resolveConflict(CommandContext &context, const ParsedArguments &arguments);
};

} // namespace crm::cli
