// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace crm::cli {

// export contacts: every contact to a CSV or vCard file.
class ExportCommands
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::ExportCommands)

public:
    static QList<Command> commands();

private:
    static CliStatus contacts(CommandContext &context, const ParsedArguments &arguments);
};

} // namespace crm::cli
