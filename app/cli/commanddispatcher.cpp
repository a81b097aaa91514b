// SPDX-License-Identifier: GPL-3.0-or-later
#include "commanddispatcher.h"

#include "activitycommands.h"
#include "bulkcommands.h"
#include "commandcontext.h"
#include "companycommands.h"
#include "contactcommands.h"
#include "dealcommands.h"
#include "dedupcommands.h"
#include "exportcommands.h"
#include "fieldcommands.h"
#include "historycommand.h"
#include "importcommands.h"
#include "reportcommands.h"
#include "searchcommand.h"
#include "synccommands.h"
#include "timelinecommand.h"

#include "storage/databaselocation.h"

#include <cstdio>

namespace crm::cli {

namespace {

const QString kDatabase = QStringLiteral("database");
const QString kFormat = QStringLiteral("format");

// Accepted before the command and after it; given twice, the last one counts (so an alias
// `crm-cli --format json` can still be asked for a table).
QList<OptionSpec> globalOptions()
{
    return {
        {kDatabase, QStringLiteral("PATH"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "the database file"), true},
        {kFormat, QStringLiteral("table|csv|json"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "output format (default: table)"), true},
    };
}

QString helpText(const char *text)
{
    return QCoreApplication::translate("crm::cli::Help", text);
}

// Word-wraps `text` to `width` columns, indenting continuation lines by `indent`.
QString wrapped(const QString &text, int indent, int width = 79)
{
    QString out;
    const QStringList paragraphs = text.split(u'\n');
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        QString line;
        const QString &para = paragraphs[p];
        // Lines that start with spaces are examples: kept as they are.
        if (para.startsWith(u' ')) {
            out += para;
        } else {
            for (const QString &word : para.split(u' ', Qt::SkipEmptyParts)) {
                if (!line.isEmpty() && indent + line.size() + 1 + word.size() > width) {
                    out += line + u'\n' + QString(indent, u' ');
                    line.clear();
                }
                line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
            }
            out += line;
        }
        if (p + 1 < paragraphs.size())
            out += u'\n' + QString(indent, u' ');
    }
    return out;
}

QString optionLines(const QList<OptionSpec> &options)
{
    QString out;
    constexpr int column = 30;
    for (const OptionSpec &o : options) {
        QString head = QStringLiteral("  --") + o.name;
        if (!o.valueName.isEmpty())
            head += u' ' + o.valueName;
        QString help = helpText(o.help);
        if (o.repeatable && !help.contains(u"repeatable"))
            help += QCoreApplication::translate("crm::cli::Help", " (repeatable)");
        if (head.size() + 2 > column)
            out += head + u'\n' + QString(column, u' ');
        else
            out += head + QString(column - head.size(), u' ');
        out += wrapped(help, column) + u'\n';
    }
    return out;
}

void write(FILE *stream, const QByteArray &bytes)
{
    if (!bytes.isEmpty())
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

CommandDispatcher::CommandDispatcher()
{
    m_commands << ContactCommands::commands() << CompanyCommands::commands()
               << DealCommands::commands() << SearchCommand::command() << HistoryCommand::command()
               << TimelineCommand::command() << SyncCommands::commands()
               << ExportCommands::commands() << ImportCommands::commands()
               << DedupCommands::commands() << ActivityCommands::commands()
               << ReportCommands::commands() << FieldCommands::commands()
               << BulkCommands::commands();
}

const Command *CommandDispatcher::find(const QStringList &words) const
{
    for (const Command &c : m_commands) {
        if (c.words == words)
            return &c;
    }
    return nullptr;
}

QStringList CommandDispatcher::subcommandsOf(const QString &group) const
{
    QStringList out;
    for (const Command &c : m_commands) {
        if (c.words.size() == 2 && c.words.first() == group)
            out << c.words.last();
    }
    return out;
}

QString CommandDispatcher::programHelp() const
{
    QString out = tr("Usage: crm-cli [--database PATH] [--format table|csv|json] COMMAND "
                     "[ARGUMENTS]") +
                  u"\n\n" + tr("Contacts and companies of the CRM from the command line.") +
                  u"\n\n" + tr("Commands:") + u'\n';
    constexpr int column = 26;
    for (const Command &c : m_commands) {
        QString head = QStringLiteral("  ") + c.name();
        if (!c.arguments.isEmpty())
            head += u' ' + c.arguments;
        out += head + QString(std::max<qsizetype>(2, column - head.size()), u' ') +
               wrapped(helpText(c.summary), column) + u'\n';
    }
    out += u'\n' + tr("Options (before or after the command):") + u'\n' +
           optionLines(globalOptions()) + QStringLiteral("  -h, --help                  ") +
           tr("show this help; "
              "crm-cli COMMAND --help for one command") +
           u'\n' + QStringLiteral("  --version                   ") + tr("show the version") +
           u"\n\n" +
           wrapped(tr("The database is %1 unless --database or $CRM_DATABASE names another "
                      "file; only the add commands create a missing one.")
                       .arg(core::defaultDatabasePath()),
                   0) +
           u'\n' +
           wrapped(tr("An ID is the full id or a unique prefix of at least 8 of its hex "
                      "digits."),
                   0) +
           u'\n' +
           wrapped(tr("Formats: table (aligned columns; show prints \"Field: value\" lines), "
                      "csv (RFC 4180, header row, UTF-8) and json (an array of objects; one "
                      "object for show)."),
                   0) +
           u'\n' +
           wrapped(tr("Exit status: 0 success, 1 failure (not found, invalid value, database "
                      "refused), 2 wrong usage. Errors are one line on stderr."),
                   0) +
           u'\n';
    return out;
}

QString CommandDispatcher::groupHelp(const QString &group) const
{
    QString out = tr("Usage: crm-cli %1 SUBCOMMAND [ARGUMENTS]").arg(group) + u"\n\n" +
                  tr("Subcommands:") + u'\n';
    constexpr int column = 26;
    for (const Command &c : m_commands) {
        if (c.words.size() != 2 || c.words.first() != group)
            continue;
        QString head = QStringLiteral("  ") + c.name();
        if (!c.arguments.isEmpty())
            head += u' ' + c.arguments;
        out += head + QString(std::max<qsizetype>(2, column - head.size()), u' ') +
               wrapped(helpText(c.summary), column) + u'\n';
    }
    out += u'\n' + tr("crm-cli %1 SUBCOMMAND --help describes its options.").arg(group) + u'\n';
    return out;
}

QString CommandDispatcher::commandHelp(const Command &c) const
{
    QString usage = QStringLiteral("crm-cli ") + c.name();
    if (!c.options.isEmpty())
        usage += tr(" [OPTIONS]");
    if (!c.arguments.isEmpty())
        usage += u' ' + c.arguments;
    QString out = tr("Usage: %1").arg(usage) + u"\n\n" + wrapped(helpText(c.summary), 0) + u"\n\n";
    if (!c.options.isEmpty())
        out += tr("Options:") + u'\n' + optionLines(c.options) + u'\n';
    out += tr("Global options:") + u'\n' + optionLines(globalOptions());
    if (!c.arguments.isEmpty() && c.arguments == u"ID")
        out += u'\n' +
               wrapped(tr("ID is the full id or a unique prefix of at least 8 of its hex "
                          "digits."),
                       0) +
               u'\n';
    if (c.details)
        out += u'\n' + wrapped(helpText(c.details), 0) + u'\n';
    return out;
}

CommandDispatcher::Outcome CommandDispatcher::dispatch(const QStringList &args)
{
    const auto ok = [](const QString &text) {
        return Outcome{CliError{ExitCode::Success, {}}, text.toUtf8()};
    };
    const auto usage = [](const QString &message) { return Outcome{CliError::usage(message), {}}; };

    // Global options before the command; they are parsed again with the command's own.
    QStringList global;
    qsizetype i = 0;
    for (; i < args.size(); ++i) {
        const QString &a = args[i];
        if (!a.startsWith(u'-') || a == u"-")
            break;
        if (a == u"--help" || a == u"-h")
            return ok(programHelp());
        if (a == u"--version") {
            return ok(QStringLiteral("crm-cli %1\n").arg(QCoreApplication::applicationVersion()));
        }
        const QString name = a.mid(2).section(u'=', 0, 0);
        if (a.startsWith(u"--") && (name == kDatabase || name == kFormat)) {
            global << a;
            if (!a.contains(u'=')) {
                if (i + 1 >= args.size())
                    return usage(tr("--%1: missing value").arg(name));
                global << args[++i];
            }
            continue;
        }
        if (a == u"--") {
            ++i;
            break;
        }
        return usage(tr("unknown option %1 (see crm-cli --help)").arg(a));
    }
    if (i >= args.size())
        return usage(tr("no command given (see crm-cli --help)"));

    QStringList words{args[i++]};
    const QString &first = words.first();
    if (first == u"help") {
        const QStringList topic = args.mid(i);
        if (topic.isEmpty())
            return ok(programHelp());
        if (const Command *c = find(topic))
            return ok(commandHelp(*c));
        if (topic.size() == 1 && !subcommandsOf(topic.first()).isEmpty())
            return ok(groupHelp(topic.first()));
        return usage(tr("help: unknown command “%1” (see crm-cli --help)").arg(topic.join(u' ')));
    }
    const QStringList subcommands = subcommandsOf(first);
    // A word that is a command of its own and a group ("sync", "sync log") is the command
    // unless a subcommand follows.
    const bool alone =
        find(QStringList{first}) != nullptr && (i >= args.size() || !subcommands.contains(args[i]));
    if (!subcommands.isEmpty() && !alone) {
        if (i >= args.size()) {
            return usage(tr("%1: missing subcommand (%2)").arg(first, subcommands.join(u", ")));
        }
        if (args[i] == u"--help" || args[i] == u"-h")
            return ok(groupHelp(first));
        if (!subcommands.contains(args[i])) {
            return usage(tr("%1: unknown subcommand “%2” (%3)")
                             .arg(first, args[i], subcommands.join(u", ")));
        }
        words << args[i++];
    }
    const Command *command = find(words);
    if (!command)
        return usage(tr("unknown command “%1” (see crm-cli --help)").arg(first));

    const QStringList rest = args.mid(i);
    if (ArgumentParser::wantsHelp(rest))
        return ok(commandHelp(*command));
    // A command that writes a file in formats of its own (export … --format vcard) owns
    // --format; the others share the global one (table, csv, json).
    const bool ownsFormat = std::any_of(command->options.begin(), command->options.end(),
                                        [](const OptionSpec &o) { return o.name == kFormat; });
    QList<OptionSpec> options = globalOptions();
    if (ownsFormat)
        options.removeIf([](const OptionSpec &o) { return o.name == kFormat; });
    auto parsed =
        ArgumentParser::parse(command->name(), options + command->options, command->arguments,
                              command->minPositional, command->maxPositional, global + rest);
    if (!parsed)
        return {parsed.error(), {}};

    OutputFormat format = OutputFormat::Table;
    if (parsed->isSet(kFormat) && !ownsFormat) {
        const QString f = parsed->value(kFormat).trimmed().toLower();
        if (f == u"csv")
            format = OutputFormat::Csv;
        else if (f == u"json")
            format = OutputFormat::Json;
        else if (f != u"table")
            return usage(tr("--format: unknown format “%1”; use table, csv or json")
                             .arg(parsed->value(kFormat)));
    }
    if (parsed->isSet(kDatabase) && parsed->value(kDatabase).trimmed().isEmpty())
        return usage(tr("--database: the path is empty"));

    CommandContext context(parsed->value(kDatabase), format, command->createsDatabase);
    if (auto s = command->handler(context, parsed.value()); !s) {
        CliError e = s.error();
        // A usage error says which command it is about ("contact show: … is not an id").
        if (e.exitCode == ExitCode::Usage && !e.message.startsWith(command->name()))
            e.message = command->name() + QStringLiteral(": ") + e.message;
        return {e, {}};
    }
    return {CliError{ExitCode::Success, {}}, context.output()};
}

int CommandDispatcher::run(const QStringList &arguments)
{
    const Outcome outcome = dispatch(arguments);
    if (outcome.error.exitCode != ExitCode::Success) {
        // One line, whatever the message holds (SQL errors may span lines).
        const QString line =
            QStringLiteral("crm-cli: error: ") + outcome.error.message.simplified();
        write(stderr, line.toUtf8() + '\n');
        return int(outcome.error.exitCode);
    }
    write(stdout, outcome.output);
    return int(ExitCode::Success);
}

} // namespace crm::cli
