// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"
#include "outputformatter.h"

#include "domain/contact.h"

#include <QCoreApplication>
#include <QList>

namespace crm::cli {

// contact add | list | show | edit | delete | restore
class ContactCommands
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::ContactCommands)

public:
    static QList<Command> commands();

    // The fields of a contact as list and show print them (stable keys).
    static QList<Column> columns();
    static Row row(const core::Contact &contact);

private:
    static CliStatus add(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus list(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus show(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus edit(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus remove(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus restore(CommandContext &context, const ParsedArguments &arguments);
};

} // namespace crm::cli
