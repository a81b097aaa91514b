// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace crm::cli {

// import FILE, import undo BATCH, import list: contacts from CSV or vCard as undoable batches.
class ImportCommands
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::ImportCommands)

public:
    static QList<Command> commands();

private:
    static CliStatus importFile(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus undo(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus list(CommandContext &context, const ParsedArguments &arguments);
};

} // namespace crm::cli
