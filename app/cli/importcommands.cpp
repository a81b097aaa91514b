// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommands.h"

#include "commandcontext.h"
#include "import/contactimporter.h"
#include "import/importbatches.h"
#include "io/textcodec.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonValue>

#include <functional>

namespace crm::cli {

using namespace core::import;

CliStatus ImportCommands::importFile(CommandContext &context, const ParsedArguments &args)
{
    ImportSettings settings;
    settings.source.path = args.positional().constFirst();
    const QString format = args.value(QStringLiteral("format")).trimmed().toLower();
    if (format == u"csv")
        settings.source.format = ImportFormat::Csv;
    else if (format == u"vcard" || format == u"vcf")
        settings.source.format = ImportFormat::VCard;
    else if (!format.isEmpty())
        return CliError::usage(
            tr("--format: unknown format “%1”; use csv or vcard").arg(args.value(u"format"_qs)));
    if (args.isSet(QStringLiteral("encoding"))) {
        const QString e = args.value(QStringLiteral("encoding")).trimmed();
        if (!core::io::TextDecoder(e.toLatin1()).isValid())
            return CliError::usage(tr("--encoding: unknown encoding “%1” (for example %2)")
                                       .arg(e, core::io::importEncodings().join(u", ")));
        settings.source.encoding = e.toLatin1();
    }
    if (args.isSet(QStringLiteral("delimiter"))) {
        const QString d = args.value(QStringLiteral("delimiter"));
        if (d == u"," || d == u"comma")
            settings.source.delimiter = u',';
        else if (d == u";" || d == u"semicolon")
            settings.source.delimiter = u';';
        else if (d == u"\t" || d == u"tab")
            settings.source.delimiter = u'\t';
        else if (d == u"|" || d == u"pipe")
            settings.source.delimiter = u'|';
        else
            return CliError::usage(
                tr("--delimiter: “%1” is not comma, semicolon, tab or pipe").arg(d));
    }
    const QString onDuplicate = args.value(QStringLiteral("on-duplicate")).trimmed().toLower();
    if (onDuplicate.isEmpty() || onDuplicate == u"update")
        settings.onDuplicate = DuplicateChoice::Update;
    else if (onDuplicate == u"skip")
        settings.onDuplicate = DuplicateChoice::Skip;
    else if (onDuplicate == u"create")
        settings.onDuplicate = DuplicateChoice::Create;
    else
        return CliError::usage(tr("--on-duplicate: “%1” is not update, skip or create")
                                   .arg(args.value(u"on-duplicate"_qs)));
    const QString photos = args.value(QStringLiteral("photos")).trimmed().toLower();
    if (photos.isEmpty() || photos == u"keep")
        settings.source.keepPhotos = true;
    else if (photos == u"skip")
        settings.source.keepPhotos = false;
    else
        return CliError::usage(
            tr("--photos: “%1” is not keep or skip").arg(args.value(u"photos"_qs)));
    if (args.isSet(QStringLiteral("region"))) {
        const QString r = args.value(QStringLiteral("region")).trimmed().toUpper();
        if (r.size() != 2 || !r[0].isLetter() || !r[1].isLetter())
            return CliError::usage(tr("--region: “%1” is not a two-letter country code")
                                       .arg(args.value(u"region"_qs)));
        settings.region = r;
    }
    if (!QFileInfo::exists(settings.source.path))
        return CliError::failure(tr("%1: no such file").arg(settings.source.path));

    auto db = context.database();
    if (!db)
        return db.error();
    ContactImporter importer(db.value());
    auto preview = importer.preview(settings);
    if (!preview)
        return CliError::failure(preview.error().message());
    const ImportPreview &p = preview.value();
    const QString formatName =
        p.format == ImportFormat::VCard
            ? QStringLiteral("vCard")
            : tr("CSV, %1, delimiter “%2”")
                  .arg(QString::fromLatin1(p.source.encoding), p.source.delimiter == u'\t'
                                                                   ? QStringLiteral("\\t")
                                                                   : QString(p.source.delimiter));
    context.printLine(tr("File: %1 (%2)").arg(QFileInfo(p.source.path).fileName(), formatName));
    context.printLine(tr("Rows: %1").arg(p.rowCount()));
    context.printLine(tr("New: %1").arg(p.count(RowKind::New)));
    context.printLine(tr("Update: %1").arg(p.count(RowKind::Update)));
    context.printLine(tr("Duplicate in file: %1").arg(p.count(RowKind::Duplicate)));
    context.printLine(tr("Invalid: %1").arg(p.count(RowKind::Invalid)));
    if (const int warned = p.warningCount(); warned > 0)
        context.printLine(tr("Imported with warnings: %1").arg(warned));
    // Page by page: the preview's rows are in its store, not in memory.
    auto each = [&](PreviewFilter filter, const std::function<void(const PreviewRow &)> &print) {
        for (qint64 after = -1;;) {
            auto page = p.page(filter, after, 500);
            if (!page)
                return core::Status(page.error());
            if (page->isEmpty())
                return core::Status();
            for (const PreviewRow &r : page.value())
                print(r);
            after = page->constLast().index;
        }
    };
    if (auto s = each(PreviewFilter::Invalid,
                      [&](const PreviewRow &r) {
                          context.printLine(tr("line %1: %2").arg(r.line).arg(r.error));
                      });
        !s)
        return CliError::failure(s.error().message());
    // Rows imported without something they carried (a photo, a value for no field).
    if (auto s = each(PreviewFilter::Warnings,
                      [&](const PreviewRow &r) {
                          for (const QString &w : r.warnings)
                              context.printLine(tr("warning: %1").arg(w));
                      });
        !s)
        return CliError::failure(s.error().message());
    if (args.isSet(QStringLiteral("dry-run")))
        return {};
    auto done = importer.apply(p);
    if (!done)
        return CliError::failure(done.error().message());
    context.printLine(tr("Import %1: created %2, updated %3, skipped %4, invalid %5.")
                          .arg(done->batchId)
                          .arg(done->created)
                          .arg(done->updated)
                          .arg(done->skipped)
                          .arg(done->invalid));
    return {};
}

CliStatus ImportCommands::undo(CommandContext &context, const ParsedArguments &args)
{
    bool ok = false;
    const qint64 id = args.positional().constFirst().toLongLong(&ok);
    if (!ok || id <= 0)
        return CliError::usage(
            tr("import undo: “%1” is not an import number (see crm-cli import list)")
                .arg(args.positional().constFirst()));
    auto db = context.database();
    if (!db)
        return db.error();
    ImportBatches batches(db.value());
    if (auto s = batches.undo(id); !s)
        return CliError::failure(s.error().message());
    context.printLine(tr("Import %1 undone.").arg(id));
    return {};
}

CliStatus ImportCommands::list(CommandContext &context, const ParsedArguments &)
{
    auto db = context.database();
    if (!db)
        return db.error();
    auto batches = ImportBatches(db.value()).list(1000);
    if (!batches)
        return CliError::fromCore(batches.error());
    Listing listing{{{QStringLiteral("id"), tr("Import")},
                     {QStringLiteral("started"), tr("Started (UTC)")},
                     {QStringLiteral("source"), tr("File")},
                     {QStringLiteral("format"), tr("Format")},
                     {QStringLiteral("state"), tr("State")},
                     {QStringLiteral("created"), tr("Created")},
                     {QStringLiteral("updated"), tr("Updated")},
                     {QStringLiteral("skipped"), tr("Skipped")},
                     {QStringLiteral("invalid"), tr("Invalid")}},
                    {}};
    for (const ImportBatch &b : batches.value()) {
        // An import still "applying" is one that was interrupted (crash, power): undoable.
        const QString state = b.state == u"applying" ? QStringLiteral("interrupted") : b.state;
        listing.rows << Row{QJsonValue(b.id),
                            QDateTime::fromMSecsSinceEpoch(b.startedAt, Qt::UTC)
                                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                            b.source,
                            b.format,
                            state,
                            b.created,
                            b.updated,
                            b.skipped,
                            b.invalid};
    }
    context.print(OutputFormatter::list(context.format(), listing));
    return {};
}

QList<Command> ImportCommands::commands()
{
    return {
        {{QStringLiteral("import")},
         QStringLiteral("FILE"),
         1,
         1,
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "Import contacts from a CSV or vCard file as one undoable batch."),
         QT_TRANSLATE_NOOP(
             "crm::cli::Help",
             "Prints how many rows are new, update a contact, repeat an earlier row or are "
             "invalid (each invalid row with its line and reason), then imports the valid ones "
             "and prints the import's number for `import undo`. Duplicates are found by e-mail, "
             "by phone in E.164 and by names compared after folding accents and Cyrillic or "
             "Greek to Latin. CSV headers of Google Contacts, Outlook, HubSpot and Salesforce "
             "exports are recognised; a mapping chosen in the app for the same headers is "
             "used."),
         {{QStringLiteral("format"), QStringLiteral("csv|vcard"), false,
           QT_TRANSLATE_NOOP("crm::cli::Help",
                             "file format (default: by the file's name and contents)")},
          {QStringLiteral("encoding"), QStringLiteral("E"), false,
           QT_TRANSLATE_NOOP("crm::cli::Help",
                             "CSV encoding, e.g. UTF-8, UTF-16LE, windows-1257, windows-1251, "
                             "windows-1250, windows-1253 (default: detected)")},
          {QStringLiteral("delimiter"), QStringLiteral("comma|semicolon|tab|pipe"), false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "CSV field separator (default: detected)")},
          {QStringLiteral("on-duplicate"), QStringLiteral("update|skip|create"), false,
           QT_TRANSLATE_NOOP("crm::cli::Help",
                             "what to do with a row that matches a contact or an earlier row: "
                             "merge into it (fill empty fields, add e-mails, phones and tags; "
                             "the default), skip it, or create a contact anyway")},
          {QStringLiteral("photos"), QStringLiteral("keep|skip"), false,
           QT_TRANSLATE_NOOP("crm::cli::Help",
                             "vCard photos: keep them on the contacts (the default; at most "
                             "512 KB each) or skip them")},
          {QStringLiteral("region"), QStringLiteral("CC"), false,
           QT_TRANSLATE_NOOP("crm::cli::Help",
                             "country of phone numbers without a country code, e.g. LV "
                             "(default: the phone_region setting, else the locale's)")},
          {QStringLiteral("dry-run"), QString(), false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "print the preview and write nothing")}},
         &ImportCommands::importFile,
         false},
        {{QStringLiteral("import"), QStringLiteral("undo")},
         QStringLiteral("BATCH"),
         1,
         1,
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "Undo an import: delete the contacts it created and restore the ones "
                           "it updated."),
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "Refuses, naming them, when records of the import were changed after "
                           "it."),
         {},
         &ImportCommands::undo,
         false},
        {{QStringLiteral("import"), QStringLiteral("list")},
         QString(),
         0,
         0,
         QT_TRANSLATE_NOOP("crm::cli::Help", "List the imports, newest first."),
         nullptr,
         {},
         &ImportCommands::list,
         false},
    };
}

} // namespace crm::cli
