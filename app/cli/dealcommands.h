// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "outputformatter.h"

#include "domain/deal.h"

#include <QCoreApplication>
#include <QList>

namespace crm::cli {

// deal add | list | move | won | lost
class DealCommands
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::DealCommands)

public:
    static QList<Command> commands();

    static QList<Column> columns();

private:
    static CliStatus add(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus list(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus move(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus won(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus lost(CommandContext &context, const ParsedArguments &arguments);
};

} // namespace crm::cli
