// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

#include <QCoreApplication>

namespace crm::cli {

// report list, report run NAME: the built-in and saved reports, to a table, JSON, CSV or PDF.
class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::ReportCommands)

public:
    static QList<Command> commands();
    // True when the arguments ask for a PDF, which needs a QGuiApplication (offscreen).
    static bool needsGui(const QStringList &arguments);

private:
    static CliStatus list(CommandContext &context, const ParsedArguments &arguments);
    static CliStatus run(CommandContext &context, const ParsedArguments &arguments);
};

} // namespace crm::cli
