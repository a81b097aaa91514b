// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "outputformatter.h"

#include "domain/company.h"

#include <QCoreApplication>
#include <QList>

namespace crm::cli {

// company add | list | show | edit | delete | restore
class CompanyCommands
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::CompanyCommands)

public:
    static QList<Command> commands();

    static QList<Column> columns();
    static Row row(const core::Company &company);

private:
    static CliStatus add(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus list(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus show(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus edit(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus remove(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus restore(CommandContext &context, const ParsedArguments &arguments);
};

} // namespace crm::cli
