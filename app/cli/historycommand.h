// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace crm::cli {

// history ID: who changed which field of a contact or company, when, from what to what.
class HistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::HistoryCommand)

public:
    static Command command();

private:
    static CliStatus run(CommandContext &context, const ParsedArguments &arguments);
};

} // namespace crm::cli
