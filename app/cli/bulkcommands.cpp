// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkcommands.h"

#include "commandcontext.h"
#include "idresolver.h"

#include "common/uuid.h"
#include "models/companylistmodel.h"
#include "models/contactlistmodel.h"
#include "models/deallistmodel.h"
#include "services/bulkedit.h"

#include <QDateTime>

namespace crm::cli {

using core::BulkOperation;
using core::CustomEntity;

namespace {

const QString kCommand = QStringLiteral("bulk");

CliResult<BulkOperation> operationOf(const ParsedArguments &args)
{
    QList<BulkOperation> given;
    if (args.isSet(QStringLiteral("set"))) {
        const QString set = args.value(QStringLiteral("set"));
        const qsizetype eq = set.indexOf(u'=');
        if (eq <= 0)
            return CliError::usage(u"bulk: --set: " +
                                   BulkCommands::tr("“%1” is not FIELD=VALUE").arg(set));
        given << BulkOperation{BulkOperation::Kind::SetField, set.left(eq).trimmed(),
                               set.mid(eq + 1)};
    }
    if (args.isSet(QStringLiteral("add-tag")))
        given << BulkOperation{
            BulkOperation::Kind::AddTag, {}, args.value(QStringLiteral("add-tag"))};
    if (args.isSet(QStringLiteral("remove-tag")))
        given << BulkOperation{
            BulkOperation::Kind::RemoveTag, {}, args.value(QStringLiteral("remove-tag"))};
    if (args.isSet(QStringLiteral("owner")))
        given << BulkOperation{
            BulkOperation::Kind::SetOwner, {}, args.value(QStringLiteral("owner"))};
    if (args.isSet(QStringLiteral("delete")))
        given << BulkOperation{BulkOperation::Kind::Delete, {}, {}};
    if (given.size() != 1)
        return CliError::usage(BulkCommands::tr("bulk: give one of --set, --add-tag, "
                                                "--remove-tag, --owner or --delete"));
    return given.first();
}

} // namespace

CliStatus BulkCommands::run(CommandContext &context, const ParsedArguments &args)
{
    const QString entityText = args.positional().value(0);
    CustomEntity entity;
    if (!core::parseEntity(entityText, &entity))
        return CliError::usage(u"bulk: " +
                               tr("“%1” is not contacts, companies or deals").arg(entityText));
    int targets = 0;
    for (const char *t : {"ids", "search", "all"})
        targets += args.isSet(QString::fromLatin1(t)) ? 1 : 0;
    if (targets != 1)
        return CliError::usage(tr("bulk: give one of --ids, --search or --all"));
    auto op = operationOf(args);
    if (!op)
        return op.error();
    auto db = context.database();
    if (!db)
        return db.error();
    core::BulkEdit bulk(db.value());

    // Unknown field: the caller's wording (2); a value the field refuses: the data (1).
    if (op->kind == BulkOperation::Kind::SetField) {
        auto fields = bulk.fields(entity);
        if (!fields)
            return CliError::fromCore(fields.error());
        const bool known = std::any_of(fields->cbegin(), fields->cend(), [&](const auto &f) {
            return f.key == op->field || f.custom.key == op->field;
        });
        if (!known) {
            QStringList keys;
            for (const core::BulkField &f : fields.value())
                keys << f.key;
            return CliError::usage(
                u"bulk: --set " + op->field + u": " +
                tr("no such field; the fields are: %1").arg(keys.join(QStringLiteral(", "))));
        }
    }
    auto prepared = bulk.prepare(entity, op.value());
    if (!prepared) {
        const core::Error &e = prepared.error();
        const QString option = op->kind == BulkOperation::Kind::SetField   ? u"--set " + op->field
                               : op->kind == BulkOperation::Kind::SetOwner ? u"--owner"_qs
                               : op->kind == BulkOperation::Kind::AddTag   ? u"--add-tag"_qs
                                                                           : u"--remove-tag"_qs;
        return CliError::failure(u"bulk: " + option + u": " + e.detail);
    }

    core::BulkTarget target;
    target.entity = entity;
    if (args.isSet(QStringLiteral("ids"))) {
        const IdResolver::Kind kind = entity == CustomEntity::Contact   ? IdResolver::Kind::Contact
                                      : entity == CustomEntity::Company ? IdResolver::Kind::Company
                                                                        : IdResolver::Kind::Deal;
        for (const QString &text :
             args.value(QStringLiteral("ids")).split(u',', Qt::SkipEmptyParts)) {
            auto pattern = IdResolver::parse(text.trimmed());
            if (!pattern)
                return pattern.error();
            auto id = IdResolver::resolve(db.value(), kind, pattern.value());
            if (!id)
                return id.error();
            target.ids << id.value();
        }
    } else {
        // The query a list shows for this search (deals: won and lost ones too).
        const QString search = args.value(QStringLiteral("search"));
        if (entity == CustomEntity::Deal) {
            core::DealListModel list(db.value());
            list.setOutcome(core::DealListModel::Outcome::Any);
            list.setFilterText(search);
            target.query = list.query();
        } else if (entity == CustomEntity::Company) {
            core::CompanyListModel list(db.value());
            list.setFilterText(search);
            target.query = list.query();
        } else {
            core::ContactListModel list(db.value());
            list.setFilterText(search);
            target.query = list.query();
        }
    }
    auto ids = bulk.resolve(target);
    if (!ids)
        return CliError::fromCore(ids.error());

    // "edit": the number `bulk undo` takes; empty for a dry run and when nothing changed.
    const QList<Column> columns = {{QStringLiteral("edit"), tr("Edit")},
                                   {QStringLiteral("operation"), tr("Operation")},
                                   {QStringLiteral("matched"), tr("Matched")},
                                   {QStringLiteral("changed"), tr("Changed")},
                                   {QStringLiteral("dry_run"), tr("Dry run")}};
    const QString what = bulk.describe(entity, prepared.value());
    if (args.isSet(QStringLiteral("dry-run"))) {
        context.print(OutputFormatter::list(
            context.format(),
            {columns, {Row{QJsonValue(), what, int(ids->size()), QJsonValue(), true}}}));
        return {};
    }
    auto out = bulk.applyTo(entity, ids.value(), prepared.value());
    if (!out)
        return CliError::failure(u"bulk: " + out.error().message());
    const QJsonValue edit = out->edit > 0 ? QJsonValue(out->edit) : QJsonValue();
    context.print(OutputFormatter::list(
        context.format(),
        {columns, {Row{edit, what, out->matched, int(out->changes.size()), false}}}));
    return {};
}

CliStatus BulkCommands::undo(CommandContext &context, const ParsedArguments &args)
{
    bool ok = false;
    const qint64 id = args.positional().constFirst().toLongLong(&ok);
    if (!ok || id <= 0)
        return CliError::usage(
            tr("bulk undo: “%1” is not a bulk edit number (see crm-cli bulk list)")
                .arg(args.positional().constFirst()));
    auto db = context.database();
    if (!db)
        return db.error();
    auto out = core::BulkEdit(db.value()).undo(id);
    if (!out)
        return CliError::failure(u"bulk undo: " + out.error().message());
    if (out->left.isEmpty()) {
        context.printLine(
            tr("Bulk edit %1 undone: %n record(s) put back.", nullptr, out->restored).arg(id));
        return {};
    }
    QStringList left;
    for (const QByteArray &record : std::as_const(out->left))
        left << core::Uuid::toString(record);
    context.printLine(tr("Bulk edit %1 undone: %2 put back; %n left as they were changed after "
                         "it: %3",
                         nullptr, int(out->left.size()))
                          .arg(id)
                          .arg(out->restored)
                          .arg(left.join(QStringLiteral(", "))));
    return {};
}

CliStatus BulkCommands::list(CommandContext &context, const ParsedArguments &)
{
    auto db = context.database();
    if (!db)
        return db.error();
    auto edits = core::BulkEdit(db.value()).history();
    if (!edits)
        return CliError::fromCore(edits.error());
    Listing listing{{{QStringLiteral("id"), tr("Edit")},
                     {QStringLiteral("started"), tr("Started (UTC)")},
                     {QStringLiteral("entity"), tr("List")},
                     {QStringLiteral("operation"), tr("Operation")},
                     {QStringLiteral("matched"), tr("Matched")},
                     {QStringLiteral("changed"), tr("Changed")},
                     {QStringLiteral("left"), tr("Left")},
                     {QStringLiteral("state"), tr("State")}},
                    {}};
    for (const core::BulkEditRecord &e : edits.value()) {
        // "applying" with nothing running it: a crash or power cut stopped it (undoable).
        const QString state = e.state == u"applying"  ? QStringLiteral("interrupted")
                              : e.state == u"undoing" ? QStringLiteral("undo interrupted")
                                                      : e.state;
        listing.rows << Row{QJsonValue(e.id),
                            QDateTime::fromMSecsSinceEpoch(e.startedAt, Qt::UTC)
                                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                            core::entityTable(e.entity),
                            e.description,
                            e.matched,
                            e.changed,
                            e.left,
                            state};
    }
    context.print(OutputFormatter::list(context.format(), listing));
    return {};
}

QList<Command> BulkCommands::commands()
{
    return {
        {{kCommand},
         QStringLiteral("contacts|companies|deals"),
         1,
         1,
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "Set a field, add or remove a tag, change the owner or delete many "
                           "records at once; all or nothing, captured for sync."),
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "Fields: contacts status, owner, source, title, company, street, "
                           "postal_code, city, country, birthday, visibility, notes; companies "
                           "owner, industry, website, phone, street, postal_code, city, country, "
                           "visibility, notes; deals stage, owner, currency, expected_close, "
                           "probability, source, next_step, company, title, visibility, notes; "
                           "and custom fields by key (crm-cli field list). FIELD= clears it.\n"
                           "Example:\n  crm-cli bulk contacts --search riga --set status=customer"),
         {{QStringLiteral("ids"), QStringLiteral("ID,ID…"), false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "these records (ids or unique prefixes)")},
          {QStringLiteral("search"), QStringLiteral("QUERY"), false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "every live record the list's search finds")},
          {QStringLiteral("all"),
           {},
           false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "every live record")},
          {QStringLiteral("set"), QStringLiteral("FIELD=VALUE"), false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "set a built-in or custom field")},
          {QStringLiteral("add-tag"), QStringLiteral("TAG"), false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "add a tag")},
          {QStringLiteral("remove-tag"), QStringLiteral("TAG"), false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "remove a tag")},
          {QStringLiteral("owner"), QStringLiteral("NAME"), false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "change the owner")},
          {QStringLiteral("delete"),
           {},
           false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "delete (softly; restore undoes it)")},
          {QStringLiteral("dry-run"),
           {},
           false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "check and count, write nothing")}},
         &BulkCommands::run,
         false},
        {{kCommand, QStringLiteral("undo")},
         QStringLiteral("EDIT"),
         1,
         1,
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "Undo a bulk edit: put back each record's earlier value."),
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "Also after a restart. A record whose edited field (or the record) "
                           "changed after the bulk edit keeps its newer value and is named."),
         {},
         &BulkCommands::undo,
         false},
        {{kCommand, QStringLiteral("list")},
         QString(),
         0,
         0,
         QT_TRANSLATE_NOOP("crm::cli::Help", "List the recent bulk edits, newest first."),
         nullptr,
         {},
         &BulkCommands::list,
         false},
    };
}

} // namespace crm::cli
