// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace crm::cli {

// search QUERY...: contacts and companies, folded and transliterated like the search box.
class SearchCommand
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::SearchCommand)

public:
    static Command command();

private:
    static CliStatus run(CommandContext &context, const ParsedArguments &arguments);
};

} // namespace crm::cli
