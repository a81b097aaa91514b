// SPDX-License-Identifier: GPL-3.0-or-later
#include "argumentparser.h"

namespace crm::cli {

namespace {

const OptionSpec *findOption(const QList<OptionSpec> &options, const QString &name)
{
    for (const OptionSpec &o : options) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

} // namespace

bool ArgumentParser::wantsHelp(const QStringList &arguments)
{
    for (const QString &a : arguments) {
        if (a == u"--")
            return false;
        if (a == u"--help" || a == u"-h")
            return true;
    }
    return false;
}

CliResult<ParsedArguments> ArgumentParser::parse(const QString &command,
                                                 const QList<OptionSpec> &options,
                                                 const QString &positionalName, int minPositional,
                                                 int maxPositional, const QStringList &arguments)
{
    ParsedArguments parsed;
    const QString where = command.isEmpty() ? QString() : command + u": ";
    const QString seeHelp = tr("(see crm-cli %1 --help)").arg(command).simplified();
    bool onlyPositional = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString arg = arguments.at(i);
        // The one short option: -o FILE for commands that write a file (--output).
        if (!onlyPositional && arg == u"-o" && findOption(options, QStringLiteral("output")))
            arg = QStringLiteral("--output");
        if (onlyPositional || arg == u"-" || !arg.startsWith(u'-')) {
            parsed.m_positional << arg;
            continue;
        }
        if (arg == u"--") {
            onlyPositional = true;
            continue;
        }
        if (!arg.startsWith(u"--")) {
            return CliError::usage(where + tr("unknown option %1 %2").arg(arg, seeHelp));
        }
        const qsizetype eq = arg.indexOf(u'=');
        const QString name = arg.mid(2, eq < 0 ? -1 : eq - 2);
        const OptionSpec *spec = findOption(options, name);
        if (!spec) {
            return CliError::usage(where + tr("unknown option --%1 %2").arg(name, seeHelp));
        }
        if (parsed.m_values.contains(name) && !spec->repeatable && !spec->lastWins) {
            return CliError::usage(where + tr("--%1 is given more than once").arg(name));
        }
        QString value;
        if (spec->valueName.isEmpty()) {
            if (eq >= 0)
                return CliError::usage(where + tr("--%1 takes no value").arg(name));
        } else if (eq >= 0) {
            value = arg.mid(eq + 1);
        } else {
            // The next argument is the value, unless it is another option of this command
            // (then the value was forgotten: `--first-name --last-name X`).
            const bool atEnd = i + 1 >= arguments.size();
            const QString next = atEnd ? QString() : arguments.at(i + 1);
            const bool nextIsOption =
                next.startsWith(u"--") &&
                (next == u"--" || findOption(options, next.mid(2).section(u'=', 0, 0)));
            if (atEnd || nextIsOption) {
                return CliError::usage(where +
                                       tr("--%1: missing value (%2)").arg(name, spec->valueName));
            }
            value = next;
            ++i;
        }
        parsed.m_values[name] << value;
    }
    const auto count = parsed.m_positional.size();
    if (count < minPositional) {
        return CliError::usage(where + tr("missing %1 %2").arg(positionalName, seeHelp));
    }
    if (maxPositional >= 0 && count > maxPositional) {
        return CliError::usage(
            where +
            tr("unexpected argument “%1” %2").arg(parsed.m_positional.at(maxPositional), seeHelp));
    }
    return parsed;
}

} // namespace crm::cli
