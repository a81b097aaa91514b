// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cliresult.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace crm::cli {

// One long option of a command (`--name VALUE` or `--name=VALUE`, or a flag).
struct OptionSpec
{
    QString name;               // without the leading "--"
    QString valueName;          // empty: a flag without a value
    bool repeatable = false;    // may be given several times (values() collects them)
    const char *help = nullptr; // untranslated; translated in the "crm::cli::Help" context
    bool lastWins = false;      // may be given again, the last one counts (--format, --database)
};

// The options and positional arguments of one command, in the order given.
class ParsedArguments
{
public:
    bool isSet(const QString &name) const { return m_values.contains(name); }
    // The value of a single-valued option; empty when not given.
    QString value(const QString &name) const
    {
        const QStringList v = m_values.value(name);
        return v.isEmpty() ? QString() : v.last();
    }
    QStringList values(const QString &name) const { return m_values.value(name); }
    const QStringList &positional() const { return m_positional; }

private:
    friend class ArgumentParser;
    QHash<QString, QStringList> m_values;
    QStringList m_positional;
};

// A strict parser for the command line contract: unknown options, missing values and an
// option given twice are usage errors that name the command and the option.
class ArgumentParser
{
    Q_DECLARE_TR_FUNCTIONS(crm::cli::ArgumentParser)

public:
    // `command` names where the error happened ("contact add"); `positionalName` what the
    // positional arguments are ("ID"); `maxPositional` < 0: any number.
    static CliResult<ParsedArguments> parse(const QString &command,
                                            const QList<OptionSpec> &options,
                                            const QString &positionalName, int minPositional,
                                            int maxPositional, const QStringList &arguments);
    // True when the arguments ask for help (--help or -h before a "--").
    static bool wantsHelp(const QStringList &arguments);
};

} // namespace crm::cli
