// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcommands.h"

#include "commandcontext.h"
#include "commandsupport.h"

#include "common/uuid.h"
#include "domain/money.h"
#include "print/reportpdfwriter.h"
#include "reports/reportexport.h"
#include "reports/reportrepository.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace crm::cli {

using namespace core::reports;

namespace {

QJsonValue jsonValue(const ReportColumn &column, const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QJsonValue();
    if (v.metaType() == QMetaType::fromType<MoneyAmounts>()) {
        QJsonObject o;
        const MoneyAmounts m = v.value<MoneyAmounts>();
        for (auto it = m.constBegin(); it != m.constEnd(); ++it)
            o.insert(it.key(), core::Money::plain(it.value(), it.key()));
        return o;
    }
    if (v.metaType().id() == QMetaType::LongLong && column.type != FieldType::DateTime)
        return double(v.toLongLong());
    if (v.metaType().id() == QMetaType::Double || v.metaType().id() == QMetaType::Bool)
        return QJsonValue::fromVariant(v);
    return ReportFormat::cell(column, v, ReportFormat::Style::Plain);
}

QString kindKey(RowKind kind)
{
    switch (kind) {
    case RowKind::Detail:
        return u"record"_qs;
    case RowKind::Group:
        return u"group"_qs;
    case RowKind::Subtotal:
        return u"subtotal"_qs;
    case RowKind::Total:
        break;
    }
    return u"total"_qs;
}

} // namespace

bool ReportCommands::needsGui(const QStringList &arguments)
{
    if (!arguments.contains(u"report"_qs) || !arguments.contains(u"run"_qs))
        return false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == u"--format=pdf" ||
            (arguments[i] == u"--format" && arguments.value(i + 1) == u"pdf"))
            return true;
    }
    return false;
}

CliStatus ReportCommands::list(CommandContext &context, const ParsedArguments &)
{
    auto db = context.database();
    if (!db)
        return db.error();
    auto reports = ReportRepository(db.value()).list();
    if (!reports)
        return CliError::fromCore(reports.error());
    Listing listing;
    listing.columns = {{u"name"_qs, tr("Name")},
                       {u"title"_qs, tr("Title")},
                       {u"kind"_qs, tr("Kind")},
                       {u"records"_qs, tr("Records")},
                       {u"parameters"_qs, tr("Parameters")}};
    for (const SavedReport &r : reports.value()) {
        QStringList params;
        for (const ReportParameter &p : r.definition.parameters)
            params << (p.defaultValue.isEmpty() ? p.name : p.name + u'=' + p.defaultValue);
        listing.rows.append(
            {r.isBuiltin() ? r.definition.builtinKey : core::Uuid::toString(r.id).left(8),
             r.displayTitle(), r.isBuiltin() ? u"built-in"_qs : u"saved"_qs,
             recordTypeKey(r.definition.recordType), params.join(u' ')});
    }
    context.print(OutputFormatter::list(context.format(), listing));
    return {};
}

CliStatus ReportCommands::run(CommandContext &context, const ParsedArguments &args)
{
    const QString name = args.positional().first();
    const QString format =
        args.isSet(u"format"_qs) ? args.value(u"format"_qs).trimmed().toLower() : u"table"_qs;
    if (format != u"table" && format != u"json" && format != u"csv" && format != u"pdf")
        return CliError::usage(tr("--format: unknown format “%1”; use table, json, csv or pdf")
                                   .arg(args.value(u"format"_qs)));
    const QString path = args.value(u"output"_qs);
    if (format == u"pdf" && path.isEmpty())
        return CliError::usage(tr("-o/--output: a PDF needs a file to write"));
    ParameterValues params;
    for (const QString &kv : args.values(u"param"_qs)) {
        const qsizetype eq = kv.indexOf(u'=');
        if (eq <= 0)
            return CliError::usage(tr("--param: “%1” is not KEY=VALUE").arg(kv));
        if (params.contains(kv.left(eq)))
            return CliError::usage(tr("--param: %1 is given twice").arg(kv.left(eq)));
        params.insert(kv.left(eq), kv.mid(eq + 1));
    }
    ui::ReportPageOptions page;
    if (args.isSet(u"page-size"_qs) &&
        !ui::ReportPdfWriter::parsePageSize(args.value(u"page-size"_qs), &page.pageSize))
        return CliError::usage(
            tr("--page-size: “%1” is not a4 or letter").arg(args.value(u"page-size"_qs)));
    if (args.isSet(u"orientation"_qs) &&
        !ui::ReportPdfWriter::parseOrientation(args.value(u"orientation"_qs), &page.orientation))
        return CliError::usage(tr("--orientation: “%1” is not portrait or landscape")
                                   .arg(args.value(u"orientation"_qs)));
    auto csvOptions = CommandSupport::csvOptions(args);
    if (!csvOptions)
        return csvOptions.error();
    const core::io::CsvWriteOptions csv = csvOptions.value();

    auto db = context.database();
    if (!db)
        return db.error();
    auto report = ReportRepository(db.value()).find(name);
    if (!report) {
        if (report.error().code == core::ErrorCode::NotFound)
            return CliError::usage(tr("unknown report “%1” (see crm-cli report list)").arg(name));
        return CliError::fromCore(report.error());
    }
    ReportEngine engine(db.value());
    auto compiled = engine.compile(report->definition, params);
    if (!compiled) {
        // Parameters are the caller's wording: a usage error naming the parameter.
        if (compiled.error().code == core::ErrorCode::Invalid)
            return CliError::usage(tr("--param: %1").arg(compiled.error().detail));
        return CliError::fromCore(compiled.error());
    }

    if (format == u"pdf") {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
            return CliError::failure(tr("PDF output needs the graphics library; run crm-cli "
                                        "with --format pdf as its own command"));
        auto table = engine.collect(compiled.value());
        if (!table)
            return CliError::fromCore(table.error());
        if (auto s = ui::ReportPdfWriter::writePdf(path, compiled.value(), table.value(), page); !s)
            return CliError::fromCore(s.error());
        context.printLine(tr("Report written to %1.").arg(path));
        return {};
    }
    if (format == u"csv") {
        if (path.isEmpty()) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            auto n = exportCsv(engine, compiled.value(), &buffer, csv);
            if (!n)
                return CliError::fromCore(n.error());
            context.print(buffer.data());
            return {};
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return CliError::failure(tr("cannot write %1: %2").arg(path, file.errorString()));
        auto n = exportCsv(engine, compiled.value(), &file, csv);
        if (!n) {
            file.cancelWriting();
            return CliError::fromCore(n.error());
        }
        if (!file.commit())
            return CliError::failure(tr("cannot write %1: %2").arg(path, file.errorString()));
        context.printLine(tr("Rows: %1 · written to %2").arg(n.value()).arg(path));
        return {};
    }

    // table and json: through the common formatter.
    Listing listing;
    for (const ReportColumn &c : compiled->columns)
        listing.columns.append({c.key, c.label});
    if (format == u"json")
        listing.columns.append({u"row"_qs, QString(), false, true});
    const QLocale locale;
    auto ran = engine.run(compiled.value(), [&](const ReportRow &row) {
        Row out;
        if (format == u"json") {
            for (qsizetype i = 0; i < compiled->columns.size(); ++i)
                out << jsonValue(compiled->columns[i], row.values.value(i));
            out << kindKey(row.kind);
        } else {
            for (const QString &text :
                 ReportFormat::row(compiled->columns, row, ReportFormat::Style::Display, locale))
                out << QString(text).replace(u'\n', u"; "_qs);
        }
        listing.rows.append(out);
        return true;
    });
    if (!ran)
        return CliError::fromCore(ran.error());
    const QByteArray bytes = OutputFormatter::list(
        format == u"json" ? OutputFormat::Json : OutputFormat::Table, listing);
    if (path.isEmpty()) {
        context.print(bytes);
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return CliError::failure(tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

QList<Command> ReportCommands::commands()
{
    return {
        {{u"report"_qs, u"list"_qs},
         QString(),
         0,
         0,
         QT_TRANSLATE_NOOP("crm::cli::Help", "List the built-in and saved reports."),
         nullptr,
         {},
         &ReportCommands::list,
         false},
        {{u"report"_qs, u"run"_qs},
         u"NAME"_qs,
         1,
         1,
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "Run a report (a built-in's name, a saved report's title or id)."),
         QT_TRANSLATE_NOOP(
             "crm::cli::Help",
             "Parameters: period (all, this_month, this_quarter, this_year, previous_month, "
             "previous_quarter, previous_year, last_N_days, previous_N_days, next_N_days or "
             "YYYY-MM-DD..YYYY-MM-DD), owner, pipeline — as each report lists them. Money is "
             "totalled per currency. CSV streams rows as they come; PDF needs -o FILE.\n"
             "  crm-cli report run pipeline-by-stage --format pdf -o pipeline.pdf\n"
             "  crm-cli report run won-lost --param period=previous_quarter --format csv -o "
             "won.csv"),
         {{u"param"_qs, u"KEY=VALUE"_qs, true,
           QT_TRANSLATE_NOOP("crm::cli::Help", "a parameter of the report")},
          {u"format"_qs, u"table|json|csv|pdf"_qs, false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "output format (default: table)")},
          {u"output"_qs, u"FILE"_qs, false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "the file to write (also -o FILE)")},
          {u"page-size"_qs, u"a4|letter"_qs, false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "PDF page size (default: a4)")},
          {u"orientation"_qs, u"portrait|landscape"_qs, false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "PDF orientation (default: portrait)")},
          {u"delimiter"_qs, u"comma|semicolon|tab"_qs, false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "CSV field separator (default: comma)")},
          {u"bom"_qs, QString(), false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "start the CSV with a UTF-8 byte-order mark")}},
         &ReportCommands::run,
         false},
    };
}

} // namespace crm::cli
