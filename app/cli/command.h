// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "argumentparser.h"
#include "cliresult.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace crm::cli {

class CommandContext;

using CommandHandler = CliStatus (*)(CommandContext &context, const ParsedArguments &arguments);

// One command of crm-cli ("contact add"): its words, arguments, options and handler.
struct Command
{
    QStringList words; // {"contact", "add"}
    QString arguments; // synopsis of the positional arguments: "ID", "QUERY..."
    int minPositional = 0;
    int maxPositional = 0;         // < 0: any number
    const char *summary = nullptr; // untranslated, "crm::cli::Help" context
    const char *details = nullptr; // more help after the options, or nullptr
    QList<OptionSpec> options;     // without the global ones
    CommandHandler handler = nullptr;
    bool createsDatabase = false; // a missing database file is created (only for adding)

    QString name() const { return words.join(u' '); }
};

} // namespace crm::cli
