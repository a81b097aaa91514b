// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "outputformatter.h"

#include "domain/customfield.h"

#include <QCoreApplication>
#include <QList>

namespace crm::cli {

// field list | add | edit | delete — custom field definitions; and the --field KEY=VALUE
// option that contact, company and deal add/edit share.
class FieldCommands
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::FieldCommands)

public:
    static QList<Command> commands();

    // --field KEY=VALUE (repeatable) for add and edit commands.
    static OptionSpec valueOption();
    // The values given; the repository checks them against the definitions.
    static CliResult<core::CustomValues> parseValues(const ParsedArguments &arguments);
    // A record's custom values as show prints them: {"key": "value", …}.
    static QJsonValue valuesJson(const core::CustomValues &values);

private:
    static CliStatus list(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus add(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus edit(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus remove(CommandContext &context, const ParsedArguments &arguments);
};

} // namespace crm::cli
