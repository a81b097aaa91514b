// SPDX-License-Identifier: GPL-3.0-or-later
#include "companycommands.h"

#include "commandcontext.h"
#include "commandsupport.h"
#include "fieldcommands.h"
#include "idresolver.h"

#include "common/uuid.h"
#include "domain/validation.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"

#include <QJsonArray>

namespace crm::cli {

using core::Company;

namespace {

struct TextField
{
    const char *option;
    QString Company::*member;
};

// Every company option replaces its field when given ("" clears it).
const TextField kTextFields[] = {
    {"name", &Company::name},       {"industry", &Company::industry},
    {"website", &Company::website}, {"phone", &Company::phone},
    {"street", &Company::street},   {"postal-code", &Company::postalCode},
    {"city", &Company::city},       {"country", &Company::country},
    {"notes", &Company::notes},     {"visibility", &Company::visibility},
};

QList<OptionSpec> fieldOptions()
{
    return {
        {QStringLiteral("name"), QStringLiteral("NAME"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "name of the company")},
        {QStringLiteral("industry"), QStringLiteral("TEXT"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "industry")},
        {QStringLiteral("website"), QStringLiteral("URL"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "web address (example.lv or https://example.lv)")},
        {QStringLiteral("phone"), QStringLiteral("NUMBER"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "phone number")},
        {QStringLiteral("street"), QStringLiteral("TEXT"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "street address")},
        {QStringLiteral("postal-code"), QStringLiteral("TEXT"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "postal code")},
        {QStringLiteral("city"), QStringLiteral("TEXT"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "city")},
        {QStringLiteral("country"), QStringLiteral("TEXT"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "country")},
        {QStringLiteral("notes"), QStringLiteral("TEXT"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "notes")},
        {QStringLiteral("visibility"), QStringLiteral("team|private"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "who may see the company (default: team)")},
        {QStringLiteral("status"), QStringLiteral("STATUS"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "lifecycle status: lead (default), prospect, customer or former")},
        {QStringLiteral("tag"), QStringLiteral("TAG"), true,
         QT_TRANSLATE_NOOP(
             "crm::cli::Help",
             "tag, repeatable; in edit it replaces all tags (--tag \"\" removes them)")},
        FieldCommands::valueOption(),
    };
}

// --status, checked before anything is opened or written: an unknown one is a usage error.
CliStatus checkStatus(const ParsedArguments &args)
{
    if (!args.isSet(QStringLiteral("status")))
        return {};
    const QString text = args.value(QStringLiteral("status"));
    core::LifecycleStatus status;
    if (core::parseLifecycle(text.trimmed(), &status))
        return {};
    return CliError::usage(
        QStringLiteral("--status: ") +
        CompanyCommands::tr("unknown status “%1”; use lead, prospect, customer or former")
            .arg(text));
}

// Applies the options given (--status checked by checkStatus); false when none was.
bool applyOptions(const ParsedArguments &args, Company &company)
{
    bool any = false;
    if (args.isSet(QStringLiteral("status"))) {
        core::parseLifecycle(args.value(QStringLiteral("status")).trimmed(), &company.status);
        any = true;
    }
    for (const TextField &f : kTextFields) {
        const QString option = QString::fromLatin1(f.option);
        if (args.isSet(option)) {
            company.*(f.member) = args.value(option);
            any = true;
        }
    }
    if (args.isSet(QStringLiteral("tag"))) {
        company.tags.clear();
        for (const QString &t : args.values(QStringLiteral("tag"))) {
            if (!t.simplified().isEmpty())
                company.tags << t.simplified();
        }
        any = true;
    }
    if (auto custom = FieldCommands::parseValues(args); custom && !custom->isEmpty()) {
        company.custom.insert(custom.value());
        any = true;
    }
    return any;
}

CliStatus validate(const Company &company)
{
    const QList<core::Error> errors = core::Validation::check(company);
    if (!errors.isEmpty())
        return CliError::fromCore(errors.first());
    return {};
}

CliResult<QByteArray> resolve(CommandContext &context, const ParsedArguments &args,
                              core::DatabasePtr *db)
{
    auto pattern = IdResolver::parse(args.positional().constFirst());
    if (!pattern)
        return pattern.error();
    auto opened = context.database();
    if (!opened)
        return opened.error();
    *db = opened.value();
    return IdResolver::resolve(*db, IdResolver::Kind::Company, pattern.value());
}

} // namespace

QList<Column> CompanyCommands::columns()
{
    return {
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("industry"), tr("Industry"), false},
        {QStringLiteral("website"), tr("Website")},
        {QStringLiteral("phone"), tr("Phone")},
        {QStringLiteral("street"), tr("Street"), false},
        {QStringLiteral("postal_code"), tr("Postal code"), false},
        {QStringLiteral("city"), tr("City")},
        {QStringLiteral("country"), tr("Country")},
        {QStringLiteral("owner"), tr("Owner"), false},
        {QStringLiteral("visibility"), tr("Visibility"), false},
        {QStringLiteral("notes"), tr("Notes"), false},
        {QStringLiteral("created_at"), tr("Created"), false},
        {QStringLiteral("updated_at"), tr("Updated"), false},
        {QStringLiteral("deleted"), tr("Deleted"), false},
        {QStringLiteral("tags"), tr("Tags"), false},
        {QStringLiteral("custom"), tr("Custom fields"), false},
    };
}

Row CompanyCommands::row(const Company &c)
{
    return {
        core::Uuid::toString(c.id),
        c.name,
        core::lifecycleKey(c.status),
        c.industry,
        c.website,
        c.phone,
        c.street,
        c.postalCode,
        c.city,
        c.country,
        c.owner,
        c.visibility,
        c.notes,
        CommandSupport::isoTime(c.createdAt),
        CommandSupport::isoTime(c.updatedAt),
        c.deleted,
        QJsonArray::fromStringList(c.tags),
        FieldCommands::valuesJson(c.custom),
    };
}

CliStatus CompanyCommands::add(CommandContext &context, const ParsedArguments &args)
{
    if (!args.isSet(QStringLiteral("name"))) {
        return CliError::usage(tr("company add: give --name (see crm-cli company add --help)"));
    }
    if (auto custom = FieldCommands::parseValues(args); !custom)
        return custom.error();
    if (auto s = checkStatus(args); !s)
        return s;
    Company company;
    applyOptions(args, company);
    if (auto s = validate(company); !s)
        return s;
    auto db = context.database();
    if (!db)
        return db.error();
    auto id = core::CompanyRepository(db.value()).create(company);
    if (!id)
        return CliError::fromCore(id.error());
    context.printLine(core::Uuid::toString(id.value()));
    return {};
}

CliStatus CompanyCommands::list(CommandContext &context, const ParsedArguments &args)
{
    auto limit = CommandSupport::limit(args, QStringLiteral("company list"));
    if (!limit)
        return limit.error();
    auto db = context.database();
    if (!db)
        return db.error();
    auto companies = core::CompanyRepository(db.value()).list(limit.value());
    if (!companies)
        return CliError::fromCore(companies.error());
    Listing listing{columns(), {}};
    for (const Company &c : companies.value())
        listing.rows << row(c);
    context.print(OutputFormatter::list(context.format(), listing));
    return {};
}

CliStatus CompanyCommands::show(CommandContext &context, const ParsedArguments &args)
{
    core::DatabasePtr db;
    auto id = resolve(context, args, &db);
    if (!id)
        return id.error();
    auto company = core::CompanyRepository(db).get(id.value());
    if (!company)
        return CliError::fromCore(company.error());
    auto contacts = core::ContactRepository(db).ofCompany(id.value());
    if (!contacts)
        return CliError::fromCore(contacts.error());

    RecordView view{columns(), row(company.value()), std::nullopt};
    RecordView::Section section;
    section.key = QStringLiteral("contacts");
    section.title = tr("Contacts");
    section.summaryKey = QStringLiteral("name");
    section.listing.columns = {
        {QStringLiteral("id"), tr("ID")},       {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("title"), tr("Title")}, {QStringLiteral("email"), tr("E-mail")},
        {QStringLiteral("phone"), tr("Phone")},
    };
    for (const core::Contact &c : contacts.value()) {
        section.listing.rows << Row{core::Uuid::toString(c.id), c.displayName(), c.title,
                                    c.primaryEmail(), c.primaryPhone()};
    }
    view.section = section;
    context.print(OutputFormatter::record(context.format(), view));
    return {};
}

CliStatus CompanyCommands::edit(CommandContext &context, const ParsedArguments &args)
{
    auto pattern = IdResolver::parse(args.positional().constFirst());
    if (!pattern)
        return pattern.error();
    if (auto custom = FieldCommands::parseValues(args); !custom)
        return custom.error();
    if (auto s = checkStatus(args); !s)
        return s;
    Company probe;
    if (!applyOptions(args, probe)) {
        return CliError::usage(tr("company edit: nothing to change; give the fields to change "
                                  "(see crm-cli company edit --help)"));
    }
    auto db = context.database();
    if (!db)
        return db.error();
    auto id = IdResolver::resolve(db.value(), IdResolver::Kind::Company, pattern.value());
    if (!id)
        return id.error();
    core::CompanyRepository companies(db.value());
    auto loaded = companies.get(id.value());
    if (!loaded)
        return CliError::fromCore(loaded.error());
    Company company = loaded.value();
    applyOptions(args, company);
    if (auto s = validate(company); !s)
        return s;
    if (auto s = companies.update(company); !s)
        return CliError::fromCore(s.error());
    return {};
}

CliStatus CompanyCommands::remove(CommandContext &context, const ParsedArguments &args)
{
    core::DatabasePtr db;
    auto id = resolve(context, args, &db);
    if (!id)
        return id.error();
    if (auto s = core::CompanyRepository(db).remove(id.value()); !s)
        return CliError::fromCore(s.error());
    return {};
}

CliStatus CompanyCommands::restore(CommandContext &context, const ParsedArguments &args)
{
    core::DatabasePtr db;
    auto id = resolve(context, args, &db);
    if (!id)
        return id.error();
    if (auto s = core::CompanyRepository(db).restore(id.value()); !s)
        return CliError::fromCore(s.error());
    return {};
}

QList<Command> CompanyCommands::commands()
{
    const QString company = QStringLiteral("company");
    const QString idArg = QStringLiteral("ID");
    const QList<OptionSpec> limit = {
        {QStringLiteral("limit"), QStringLiteral("N"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "print at most N companies")}};
    return {
        {{company, QStringLiteral("add")},
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("crm::cli::Help", "Add a company and print its id."),
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "Example:\n  crm-cli company add --name \"SIA Koks\" --website "
                           "koks.lv --phone \"+371 6700 0000\" --city Rīga --country Latvia"),
         fieldOptions(),
         &CompanyCommands::add,
         true},
        {{company, QStringLiteral("list")},
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("crm::cli::Help", "List the companies (not the deleted ones) by name."),
         nullptr,
         limit,
         &CompanyCommands::list,
         false},
        {{company, QStringLiteral("show")},
         idArg,
         1,
         1,
         QT_TRANSLATE_NOOP("crm::cli::Help", "Show every field of a company and its contacts."),
         nullptr,
         {},
         &CompanyCommands::show,
         false},
        {{company, QStringLiteral("edit")},
         idArg,
         1,
         1,
         QT_TRANSLATE_NOOP("crm::cli::Help", "Change the fields given; the others stay."),
         nullptr,
         fieldOptions(),
         &CompanyCommands::edit,
         false},
        {{company, QStringLiteral("delete")},
         idArg,
         1,
         1,
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "Delete a company (softly: company restore brings it back). "
                           "Its contacts stay."),
         nullptr,
         {},
         &CompanyCommands::remove,
         false},
        {{company, QStringLiteral("restore")},
         idArg,
         1,
         1,
         QT_TRANSLATE_NOOP("crm::cli::Help", "Bring a deleted company back."),
         nullptr,
         {},
         &CompanyCommands::restore,
         false},
    };
}

} // namespace crm::cli
