// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace crm::cli {

// timeline ID [--limit N]: everything about a contact, company or deal, newest first.
class TimelineCommand
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::TimelineCommand)

public:
    static Command command();

private:
    static CliStatus run(CommandContext &context, const ParsedArguments &arguments);
};

} // namespace crm::cli
