// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommands.h"

#include "commandcontext.h"
#include "commandsupport.h"
#include "io/contactexport.h"

#include <QSaveFile>

namespace crm::cli {

CliStatus ExportCommands::contacts(CommandContext &context, const ParsedArguments &args)
{
    const QString formatText = args.value(QStringLiteral("format")).trimmed().toLower();
    core::io::ExportFormat format;
    if (formatText == u"csv" || formatText.isEmpty())
        format = core::io::ExportFormat::Csv;
    else if (formatText == u"vcard" || formatText == u"vcf")
        format = core::io::ExportFormat::VCard;
    else
        return CliError::usage(
            tr("--format: unknown format “%1”; use csv or vcard").arg(args.value(u"format"_qs)));
    const QString path = args.value(QStringLiteral("output"));
    if (path.isEmpty())
        return CliError::usage(tr("-o/--output: the file to write is required"));
    auto csvOptions = CommandSupport::csvOptions(args);
    if (!csvOptions)
        return csvOptions.error();
    const core::io::CsvWriteOptions csv = csvOptions.value();

    auto db = context.database();
    if (!db)
        return db.error();
    // Written aside and renamed at the end: a failed export leaves no half file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return CliError::failure(tr("cannot write %1: %2").arg(path, file.errorString()));
    auto written = core::io::exportContacts(db.value(), &file, format, csv);
    if (!written) {
        file.cancelWriting();
        return CliError::fromCore(written.error());
    }
    if (!file.commit())
        return CliError::failure(tr("cannot write %1: %2").arg(path, file.errorString()));
    const qint64 n = written.value();
    context.printLine(
        tr("%1 exported to %2.").arg(n == 1 ? tr("1 contact") : tr("%1 contacts").arg(n), path));
    return {};
}

QList<Command> ExportCommands::commands()
{
    return {
        {{QStringLiteral("export"), QStringLiteral("contacts")},
         QString(),
         0,
         0,
         QT_TRANSLATE_NOOP("crm::cli::Help", "Write every contact to a CSV or vCard file."),
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "CSV is UTF-8 with a header row; cells starting with = + - @ get a "
                           "leading ' so spreadsheets do not run them. vCard is version 4.0."),
         {{QStringLiteral("format"), QStringLiteral("csv|vcard"), false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "file format (default: csv)")},
          {QStringLiteral("output"), QStringLiteral("FILE"), false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "the file to write (also -o FILE)")},
          {QStringLiteral("delimiter"), QStringLiteral("comma|semicolon|tab"), false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "CSV field separator (default: comma)")},
          {QStringLiteral("bom"), QString(), false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "start the CSV with a UTF-8 byte-order mark")}},
         &ExportCommands::contacts,
         false},
    };
}

} // namespace crm::cli
