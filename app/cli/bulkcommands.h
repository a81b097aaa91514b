// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace crm::cli {

// crm-cli bulk contacts|companies|deals (--ids|--search|--all) (--set|--add-tag|--remove-tag|
// --owner|--delete) [--dry-run]: one bulk edit (core BulkEdit), all or nothing, recorded;
// bulk list and bulk undo EDIT: the recorded edits and their undo.
class BulkCommands
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::BulkCommands)

public:
    static QList<Command> commands();

private:
    static CliStatus run(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus undo(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus list(CommandContext &context, const ParsedArguments &arguments);
};

} // namespace crm::cli
