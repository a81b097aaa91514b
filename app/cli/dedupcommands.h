// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace crm::cli {

// duplicates list, merge ID ID..., unmerge MERGE_ID.
class DedupCommands
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::DedupCommands)

public:
    static QList<Command> commands();

private:
    static CliStatus list(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus merge(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus unmerge(CommandContext &context, const ParsedArguments &arguments);
};

} // namespace crm::cli
