// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldcommands.h"

#include "commandcontext.h"

#include "services/customfieldrepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace crm::cli {

using core::CustomEntity;
using core::CustomFieldDefinition;
using core::CustomFieldRepository;

namespace {

const QList<CustomEntity> kEntities = {CustomEntity::Contact, CustomEntity::Company,
                                       CustomEntity::Deal};

CliResult<CustomEntity> entityOf(const ParsedArguments &args, const QString &command)
{
    const QString text = args.value(QStringLiteral("entity"));
    CustomEntity e;
    if (!core::parseEntity(text, &e))
        return CliError::usage(command + QStringLiteral(": --entity: ") +
                               FieldCommands::tr("“%1” is not contact, company or deal").arg(text));
    return e;
}

QString typeList()
{
    QStringList keys;
    for (core::CustomFieldType t : core::allTypes())
        keys << core::typeKey(t);
    return keys.join(QStringLiteral(", "));
}

// --label, --type, --choice, --required of add and edit onto a definition.
CliStatus applyOptions(const ParsedArguments &args, CustomFieldDefinition &def)
{
    if (args.isSet(QStringLiteral("label")))
        def.label = args.value(QStringLiteral("label"));
    if (args.isSet(QStringLiteral("type"))) {
        const QString t = args.value(QStringLiteral("type")).trimmed().toLower();
        if (!core::parseType(t, &def.type))
            return CliError::usage(
                QStringLiteral("--type: ") +
                FieldCommands::tr("“%1” is not a type; use one of %2").arg(t, typeList()));
    }
    if (args.isSet(QStringLiteral("choice")))
        def.choices = args.values(QStringLiteral("choice"));
    if (args.isSet(QStringLiteral("required"))) {
        const QString r = args.value(QStringLiteral("required")).trimmed().toLower();
        if (r != u"yes" && r != u"no")
            return CliError::usage(QStringLiteral("--required: ") +
                                   FieldCommands::tr("use yes or no"));
        def.required = r == u"yes";
    }
    return {};
}

QList<Column> columns()
{
    return {
        {QStringLiteral("entity"), FieldCommands::tr("Entity")},
        {QStringLiteral("key"), FieldCommands::tr("Key")},
        {QStringLiteral("label"), FieldCommands::tr("Label")},
        {QStringLiteral("type"), FieldCommands::tr("Type")},
        {QStringLiteral("required"), FieldCommands::tr("Required")},
        {QStringLiteral("choices"), FieldCommands::tr("Choices")},
    };
}

QList<OptionSpec> definitionOptions()
{
    return {
        {QStringLiteral("label"), QStringLiteral("TEXT"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "what forms and lists call the field")},
        {QStringLiteral("type"), QStringLiteral("TYPE"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "text (default), longtext, number, money, date, yesno, choice, "
                           "multichoice or url")},
        {QStringLiteral("choice"), QStringLiteral("TEXT"), true,
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "a choice of a choice or multichoice field, repeatable, in order; in "
                           "edit it replaces the list")},
        {QStringLiteral("required"), QStringLiteral("yes|no"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "whether every record needs a value")},
    };
}

OptionSpec entityOption()
{
    return {QStringLiteral("entity"), QStringLiteral("contact|company|deal"), false,
            QT_TRANSLATE_NOOP("crm::cli::Help", "the records the field belongs to")};
}

} // namespace

OptionSpec FieldCommands::valueOption()
{
    return {QStringLiteral("field"), QStringLiteral("KEY=VALUE"), true,
            QT_TRANSLATE_NOOP("crm::cli::Help",
                              "a custom field's value, repeatable (see crm-cli field list); "
                              "numbers 1234.5, money \"1234.50 EUR\", dates YYYY-MM-DD, yes/no, "
                              "several choices separated by ;  KEY= clears it")};
}

CliResult<core::CustomValues> FieldCommands::parseValues(const ParsedArguments &args)
{
    core::CustomValues values;
    for (const QString &v : args.values(QStringLiteral("field"))) {
        const qsizetype eq = v.indexOf(u'=');
        const QString key = v.left(eq).trimmed();
        if (eq < 0 || key.isEmpty())
            return CliError::usage(QStringLiteral("--field: ") +
                                   tr("“%1” is not KEY=VALUE").arg(v));
        values.insert(key, v.mid(eq + 1));
    }
    return values;
}

QJsonValue FieldCommands::valuesJson(const core::CustomValues &values)
{
    QJsonObject o;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

CliStatus FieldCommands::list(CommandContext &context, const ParsedArguments &args)
{
    QList<CustomEntity> entities = kEntities;
    if (args.isSet(QStringLiteral("entity"))) {
        auto e = entityOf(args, QStringLiteral("field list"));
        if (!e)
            return e.error();
        entities = {e.value()};
    }
    auto db = context.database();
    if (!db)
        return db.error();
    CustomFieldRepository fields(db.value());
    Listing listing{columns(), {}};
    for (CustomEntity e : entities) {
        auto defs = fields.list(e);
        if (!defs)
            return CliError::fromCore(defs.error());
        for (const CustomFieldDefinition &d : defs.value())
            listing.rows << Row{
                core::entityTable(e),  d.key,      d.label,
                core::typeKey(d.type), d.required, QJsonArray::fromStringList(d.choices)};
    }
    context.print(OutputFormatter::list(context.format(), listing));
    return {};
}

CliStatus FieldCommands::add(CommandContext &context, const ParsedArguments &args)
{
    for (const char *required : {"entity", "key", "label"}) {
        if (!args.isSet(QString::fromLatin1(required)))
            return CliError::usage(tr("field add: give --entity, --key and --label "
                                      "(see crm-cli field add --help)"));
    }
    auto entity = entityOf(args, QStringLiteral("field add"));
    if (!entity)
        return entity.error();
    CustomFieldDefinition def;
    def.entity = entity.value();
    def.key = args.value(QStringLiteral("key")).trimmed();
    if (auto s = applyOptions(args, def); !s)
        return s;
    auto db = context.database();
    if (!db)
        return db.error();
    auto id = CustomFieldRepository(db.value()).add(def);
    if (!id)
        return CliError::failure(u"--" + id.error().field + u": " + id.error().detail);
    return {};
}

namespace {

// The definition KEY of --entity names, with the database it lives in.
struct Found
{
    core::DatabasePtr db;
    CustomFieldDefinition def;
};

CliResult<Found> findDefinition(CommandContext &context, const ParsedArguments &args,
                                const QString &command)
{
    auto entity = entityOf(args, command);
    if (!entity)
        return entity.error();
    auto db = context.database();
    if (!db)
        return db.error();
    auto def =
        CustomFieldRepository(db.value()).get(entity.value(), args.positional().constFirst());
    if (!def)
        return CliError::fromCore(def.error());
    return Found{db.value(), def.value()};
}

} // namespace

CliStatus FieldCommands::edit(CommandContext &context, const ParsedArguments &args)
{
    auto found = findDefinition(context, args, QStringLiteral("field edit"));
    if (!found)
        return found.error();
    CustomFieldDefinition edited = found->def;
    if (auto s = applyOptions(args, edited); !s)
        return s;
    if (auto s = CustomFieldRepository(found->db).edit(edited); !s)
        return CliError::failure(u"--" + s.error().field + u": " + s.error().detail);
    return {};
}

CliStatus FieldCommands::remove(CommandContext &context, const ParsedArguments &args)
{
    auto found = findDefinition(context, args, QStringLiteral("field delete"));
    if (!found)
        return found.error();
    if (auto s = CustomFieldRepository(found->db).remove(found->def.id); !s)
        return CliError::fromCore(s.error());
    return {};
}

QList<Command> FieldCommands::commands()
{
    const QString field = QStringLiteral("field");
    const QString keyArg = QStringLiteral("KEY");
    QList<OptionSpec> addOptions = {
        entityOption(),
        {QStringLiteral("key"), QStringLiteral("KEY"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "the field's fixed key: lower-case "
                                             "letters, digits and _ (industry)")}};
    addOptions << definitionOptions();
    return {
        {{field, QStringLiteral("list")},
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("crm::cli::Help", "List the custom fields, in their order."),
         nullptr,
         {entityOption()},
         &FieldCommands::list,
         false},
        {{field, QStringLiteral("add")},
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("crm::cli::Help", "Add a custom field to contacts, companies or deals."),
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "Example:\n  crm-cli field add --entity contact --key industry "
                           "--label Industry --type choice --choice Retail --choice Banking"),
         addOptions,
         &FieldCommands::add,
         true},
        {{field, QStringLiteral("edit")},
         keyArg,
         1,
         1,
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "Change a custom field's label, type, choices or whether it is "
                           "required; its key stays."),
         nullptr,
         QList<OptionSpec>{entityOption()} + definitionOptions(),
         &FieldCommands::edit,
         false},
        {{field, QStringLiteral("delete")},
         keyArg,
         1,
         1,
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "Delete a custom field: it and its values hide; adding the key again "
                           "brings them back."),
         nullptr,
         {entityOption()},
         &FieldCommands::remove,
         false},
    };
}

} // namespace crm::cli
