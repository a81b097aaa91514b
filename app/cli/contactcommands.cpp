// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactcommands.h"

#include "commandcontext.h"
#include "commandsupport.h"
#include "fieldcommands.h"
#include "idresolver.h"

#include "common/uuid.h"
#include "domain/validation.h"
#include "search/textfolder.h"
#include "services/contactrepository.h"
#include "storage/transaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

namespace crm::cli {

using core::Contact;
using core::EmailAddress;
using core::PhoneNumber;

namespace {

struct TextField
{
    const char *option;
    QString Contact::*member;
};

// Single-valued text options: given, they replace the field ("" clears it).
const TextField kTextFields[] = {
    {"first-name", &Contact::firstName},
    {"last-name", &Contact::lastName},
    {"title", &Contact::title},
    {"street", &Contact::street},
    {"postal-code", &Contact::postalCode},
    {"city", &Contact::city},
    {"country", &Contact::country},
    {"source", &Contact::source},
    {"notes", &Contact::notes},
    {"visibility", &Contact::visibility},
};

QList<OptionSpec> fieldOptions()
{
    return {
        {QStringLiteral("first-name"), QStringLiteral("NAME"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "first name")},
        {QStringLiteral("last-name"), QStringLiteral("NAME"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "last name")},
        {QStringLiteral("email"), QStringLiteral("[LABEL:]ADDRESS"), true,
         QT_TRANSLATE_NOOP(
             "crm::cli::Help",
             "e-mail address, repeatable; LABEL is work (default), mobile, home "
             "or other; in edit it replaces all e-mails (--email \"\" removes them)")},
        {QStringLiteral("phone"), QStringLiteral("[LABEL:]NUMBER"), true,
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "phone number, repeatable; LABEL is mobile (default), work, home or "
                           "other; in edit it replaces all phones (--phone \"\" removes them)")},
        {QStringLiteral("company"), QStringLiteral("NAME"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "the company of that name, created when there is none; "
                           "--company \"\" unlinks")},
        {QStringLiteral("title"), QStringLiteral("TITLE"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "job title")},
        {QStringLiteral("status"), QStringLiteral("STATUS"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "lifecycle status: lead (default), prospect, customer or former")},
        {QStringLiteral("tag"), QStringLiteral("TAG"), true,
         QT_TRANSLATE_NOOP(
             "crm::cli::Help",
             "tag, repeatable; in edit it replaces all tags (--tag \"\" removes them)")},
        {QStringLiteral("birthday"), QStringLiteral("YYYY-MM-DD"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "birthday; --birthday \"\" clears it")},
        {QStringLiteral("street"), QStringLiteral("TEXT"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "street address")},
        {QStringLiteral("postal-code"), QStringLiteral("TEXT"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "postal code")},
        {QStringLiteral("city"), QStringLiteral("TEXT"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "city")},
        {QStringLiteral("country"), QStringLiteral("TEXT"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "country")},
        {QStringLiteral("source"), QStringLiteral("TEXT"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "where the contact came from")},
        {QStringLiteral("notes"), QStringLiteral("TEXT"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "notes")},
        {QStringLiteral("visibility"), QStringLiteral("team|private"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "who may see the contact (default: team)")},
        FieldCommands::valueOption(),
    };
}

QList<OptionSpec> editOptions()
{
    QList<OptionSpec> options = fieldOptions();
    options << OptionSpec{QStringLiteral("add-email"), QStringLiteral("[LABEL:]ADDRESS"), true,
                          QT_TRANSLATE_NOOP("crm::cli::Help", "add an e-mail address")}
            << OptionSpec{QStringLiteral("remove-email"), QStringLiteral("ADDRESS"), true,
                          QT_TRANSLATE_NOOP("crm::cli::Help", "remove an e-mail address")}
            << OptionSpec{QStringLiteral("add-phone"), QStringLiteral("[LABEL:]NUMBER"), true,
                          QT_TRANSLATE_NOOP("crm::cli::Help", "add a phone number")}
            << OptionSpec{QStringLiteral("remove-phone"), QStringLiteral("NUMBER"), true,
                          QT_TRANSLATE_NOOP("crm::cli::Help",
                                            "remove a phone number (compared by its digits)")}
            << OptionSpec{QStringLiteral("add-tag"), QStringLiteral("TAG"), true,
                          QT_TRANSLATE_NOOP("crm::cli::Help", "add a tag")}
            << OptionSpec{QStringLiteral("remove-tag"), QStringLiteral("TAG"), true,
                          QT_TRANSLATE_NOOP("crm::cli::Help", "remove a tag")};
    return options;
}

// What the options ask to change; parsed and checked before the database is opened.
struct ContactPatch
{
    QList<std::pair<QString Contact::*, QString>> texts;
    std::optional<core::LifecycleStatus> status;
    std::optional<QDate> birthday;  // invalid: clear
    std::optional<QString> company; // empty: unlink
    std::optional<QList<EmailAddress>> emails;
    QList<EmailAddress> addEmails;
    QStringList removeEmails;
    std::optional<QList<PhoneNumber>> phones;
    QList<PhoneNumber> addPhones;
    QStringList removePhones;
    std::optional<QStringList> tags;
    QStringList addTags;
    QStringList removeTags;
    core::CustomValues custom;

    bool isEmpty() const
    {
        return texts.isEmpty() && custom.isEmpty() && !status && !birthday && !company && !emails &&
               addEmails.isEmpty() && removeEmails.isEmpty() && !phones && addPhones.isEmpty() &&
               removePhones.isEmpty() && !tags && addTags.isEmpty() && removeTags.isEmpty();
    }
};

struct Labelled
{
    QString label;
    QString value;
};

// "[LABEL:]VALUE" of --email and --phone.
CliResult<Labelled> splitLabel(const QString &option, const QString &text,
                               const QString &defaultLabel)
{
    static const QRegularExpression re(QStringLiteral("^\\s*([A-Za-z]+)\\s*:(.*)$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return Labelled{defaultLabel, text.trimmed()};
    const QString label = m.captured(1).toLower();
    if (!core::contactLabels().contains(label)) {
        return CliError::usage(
            u"--" + option + u": " +
            ContactCommands::tr("unknown label “%1”; use work, mobile, home or other")
                .arg(m.captured(1)));
    }
    return Labelled{label, m.captured(2).trimmed()};
}

CliResult<EmailAddress> parseEmail(const QString &option, const QString &text)
{
    auto l = splitLabel(option, text, QStringLiteral("work"));
    if (!l)
        return l.error();
    if (l->value.isEmpty() || !core::Validation::isValidEmail(l->value)) {
        return CliError::failure(
            u"--" + option + u": " +
            ContactCommands::tr("“%1” is not a valid e-mail address").arg(text));
    }
    EmailAddress e;
    e.label = l->label;
    e.address = l->value;
    return e;
}

CliResult<PhoneNumber> parsePhone(const QString &option, const QString &text)
{
    auto l = splitLabel(option, text, QStringLiteral("mobile"));
    if (!l)
        return l.error();
    if (l->value.isEmpty() || !core::Validation::isValidPhone(l->value)) {
        return CliError::failure(u"--" + option + u": " +
                                 ContactCommands::tr("“%1” is not a phone number").arg(text));
    }
    PhoneNumber p;
    p.label = l->label;
    p.number = l->value;
    return p;
}

CliResult<ContactPatch> parsePatch(const ParsedArguments &args)
{
    ContactPatch p;
    for (const TextField &f : kTextFields) {
        const QString option = QString::fromLatin1(f.option);
        if (args.isSet(option))
            p.texts.append({f.member, args.value(option)});
    }
    if (args.isSet(QStringLiteral("status"))) {
        const QString text = args.value(QStringLiteral("status"));
        core::LifecycleStatus status;
        if (!core::parseLifecycle(text.trimmed(), &status)) {
            return CliError::usage(
                QStringLiteral("--status: ") +
                ContactCommands::tr("unknown status “%1”; use lead, prospect, customer or former")
                    .arg(text));
        }
        p.status = status;
    }
    if (args.isSet(QStringLiteral("birthday"))) {
        const QString text = args.value(QStringLiteral("birthday"));
        if (text.trimmed().isEmpty()) {
            p.birthday = QDate();
        } else {
            auto date = core::Validation::parseBirthday(text);
            if (!date)
                return CliError::fromCore(date.error());
            p.birthday = date.value();
        }
    }
    if (args.isSet(QStringLiteral("company")))
        p.company = args.value(QStringLiteral("company")).trimmed();

    // Lists: an empty value adds nothing, so `--email ""` empties the list in edit.
    if (args.isSet(QStringLiteral("email"))) {
        p.emails.emplace();
        for (const QString &v : args.values(QStringLiteral("email"))) {
            if (v.trimmed().isEmpty())
                continue;
            auto e = parseEmail(QStringLiteral("email"), v);
            if (!e)
                return e.error();
            p.emails->append(e.value());
        }
    }
    for (const QString &v : args.values(QStringLiteral("add-email"))) {
        auto e = parseEmail(QStringLiteral("add-email"), v);
        if (!e)
            return e.error();
        p.addEmails << e.value();
    }
    p.removeEmails = args.values(QStringLiteral("remove-email"));
    if (args.isSet(QStringLiteral("phone"))) {
        p.phones.emplace();
        for (const QString &v : args.values(QStringLiteral("phone"))) {
            if (v.trimmed().isEmpty())
                continue;
            auto ph = parsePhone(QStringLiteral("phone"), v);
            if (!ph)
                return ph.error();
            p.phones->append(ph.value());
        }
    }
    for (const QString &v : args.values(QStringLiteral("add-phone"))) {
        auto ph = parsePhone(QStringLiteral("add-phone"), v);
        if (!ph)
            return ph.error();
        p.addPhones << ph.value();
    }
    p.removePhones = args.values(QStringLiteral("remove-phone"));
    if (args.isSet(QStringLiteral("tag"))) {
        p.tags.emplace();
        for (const QString &v : args.values(QStringLiteral("tag"))) {
            if (!v.simplified().isEmpty())
                p.tags->append(v.simplified());
        }
    }
    for (const QString &v : args.values(QStringLiteral("add-tag"))) {
        if (v.simplified().isEmpty()) {
            return CliError::failure(QStringLiteral("--add-tag: ") +
                                     ContactCommands::tr("a tag cannot be empty"));
        }
        p.addTags << v.simplified();
    }
    p.removeTags = args.values(QStringLiteral("remove-tag"));
    auto custom = FieldCommands::parseValues(args);
    if (!custom)
        return custom.error();
    p.custom = custom.value();
    return p;
}

bool sameEmail(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

// The same number however it is written: "+371 2000 0001", "0037120000001" and "20000001"
// (without the country code; a national trunk 0 is dropped) all name one phone.
bool samePhone(const QString &a, const QString &b)
{
    QString da = core::TextFolder::digits(a);
    QString db = core::TextFolder::digits(b);
    if (da.isEmpty() || db.isEmpty())
        return a.simplified() == b.simplified();
    for (QString *d : {&da, &db}) {
        if (d->startsWith(u"00"))
            d->remove(0, 2);
    }
    if (da == db)
        return true;
    QString shorter = da.size() < db.size() ? da : db;
    const QString &longer = da.size() < db.size() ? db : da;
    if (shorter.startsWith(u'0'))
        shorter.remove(0, 1);
    return shorter.size() >= 7 && longer.endsWith(shorter);
}

bool sameTag(const QString &a, const QString &b)
{
    return core::TextFolder::fold(a.simplified()) == core::TextFolder::fold(b.simplified());
}

// Replaces a list, keeping the stored row (its id, so its history) of a value given again.
template <typename Item, typename Same>
QList<Item> replaced(const QList<Item> &stored, QList<Item> wanted, const QString Item::*value,
                     Same same)
{
    QList<QByteArray> used;
    for (Item &w : wanted) {
        for (const Item &s : stored) {
            if (!used.contains(s.id) && same(s.*value, w.*value)) {
                w.id = s.id;
                used << s.id;
                break;
            }
        }
    }
    return wanted;
}

// Everything of the patch except the company, which needs the database.
CliStatus applyPatch(const ContactPatch &p, Contact &c)
{
    for (const auto &[member, value] : p.texts)
        c.*member = value;
    if (p.status)
        c.status = *p.status;
    if (p.birthday)
        c.birthday = *p.birthday;
    c.custom.insert(p.custom);

    if (p.emails)
        c.emails = replaced(c.emails, *p.emails, &EmailAddress::address, sameEmail);
    for (const QString &r : p.removeEmails) {
        const auto before = c.emails.size();
        c.emails.removeIf([&](const EmailAddress &e) { return sameEmail(e.address, r); });
        if (c.emails.size() == before) {
            return CliError::failure(
                QStringLiteral("--remove-email: ") +
                ContactCommands::tr("“%1” is not an e-mail address of this contact").arg(r));
        }
    }
    for (const EmailAddress &a : p.addEmails) {
        if (std::none_of(c.emails.cbegin(), c.emails.cend(),
                         [&](const EmailAddress &e) { return sameEmail(e.address, a.address); }))
            c.emails << a;
    }

    if (p.phones)
        c.phones = replaced(c.phones, *p.phones, &PhoneNumber::number, samePhone);
    for (const QString &r : p.removePhones) {
        const auto before = c.phones.size();
        c.phones.removeIf([&](const PhoneNumber &ph) { return samePhone(ph.number, r); });
        if (c.phones.size() == before) {
            return CliError::failure(
                QStringLiteral("--remove-phone: ") +
                ContactCommands::tr("“%1” is not a phone number of this contact").arg(r));
        }
    }
    for (const PhoneNumber &a : p.addPhones) {
        if (std::none_of(c.phones.cbegin(), c.phones.cend(),
                         [&](const PhoneNumber &ph) { return samePhone(ph.number, a.number); }))
            c.phones << a;
    }

    if (p.tags)
        c.tags = *p.tags;
    for (const QString &r : p.removeTags) {
        const auto before = c.tags.size();
        c.tags.removeIf([&](const QString &t) { return sameTag(t, r); });
        if (c.tags.size() == before) {
            return CliError::failure(
                QStringLiteral("--remove-tag: ") +
                ContactCommands::tr("“%1” is not a tag of this contact").arg(r));
        }
    }
    for (const QString &a : p.addTags) {
        if (std::none_of(c.tags.cbegin(), c.tags.cend(),
                         [&](const QString &t) { return sameTag(t, a); }))
            c.tags << a;
    }
    return {};
}

CliStatus validate(const Contact &c)
{
    const QList<core::Error> errors = core::Validation::check(c);
    if (errors.isEmpty())
        return {};
    if (c.firstName.trimmed().isEmpty() && c.lastName.trimmed().isEmpty())
        return CliError::failure(QStringLiteral("--first-name, --last-name: ") +
                                 errors.first().detail);
    return CliError::fromCore(errors.first());
}

// Links the company the patch names; done last, after everything else was checked.
CliResult<CommandSupport::CompanyLink> linkCompany(const core::DatabasePtr &db,
                                                   const ContactPatch &p, Contact &c)
{
    if (!p.company)
        return CommandSupport::CompanyLink{c.companyId, false};
    if (p.company->isEmpty()) {
        c.companyId.clear();
        return CommandSupport::CompanyLink{};
    }
    auto link = CommandSupport::findOrCreateCompany(db, *p.company);
    if (link)
        c.companyId = link->id;
    return link;
}

} // namespace

QList<Column> ContactCommands::columns()
{
    return {
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("name"), tr("Name")},
        {QStringLiteral("first_name"), tr("First name"), false},
        {QStringLiteral("last_name"), tr("Last name"), false},
        {QStringLiteral("title"), tr("Title"), false},
        {QStringLiteral("company"), tr("Company")},
        {QStringLiteral("company_id"), tr("Company ID"), false},
        {QStringLiteral("email"), tr("E-mail"), true, false},
        {QStringLiteral("phone"), tr("Phone"), true, false},
        {QStringLiteral("emails"), tr("E-mails"), false},
        {QStringLiteral("phones"), tr("Phones"), false},
        {QStringLiteral("status"), tr("Status")},
        {QStringLiteral("tags"), tr("Tags"), false},
        {QStringLiteral("birthday"), tr("Birthday"), false},
        {QStringLiteral("street"), tr("Street"), false},
        {QStringLiteral("postal_code"), tr("Postal code"), false},
        {QStringLiteral("city"), tr("City")},
        {QStringLiteral("country"), tr("Country"), false},
        {QStringLiteral("source"), tr("Source"), false},
        {QStringLiteral("owner"), tr("Owner"), false},
        {QStringLiteral("visibility"), tr("Visibility"), false},
        {QStringLiteral("notes"), tr("Notes"), false},
        {QStringLiteral("created_at"), tr("Created"), false},
        {QStringLiteral("updated_at"), tr("Updated"), false},
        {QStringLiteral("deleted"), tr("Deleted"), false},
        {QStringLiteral("custom"), tr("Custom fields"), false},
    };
}

Row ContactCommands::row(const Contact &c)
{
    QJsonArray emails;
    for (const EmailAddress &e : c.emails)
        emails.append(QJsonObject{{QStringLiteral("label"), e.label},
                                  {QStringLiteral("address"), e.address}});
    QJsonArray phones;
    for (const PhoneNumber &p : c.phones)
        phones.append(
            QJsonObject{{QStringLiteral("label"), p.label}, {QStringLiteral("number"), p.number}});
    const bool linked = core::Uuid::isValid(c.companyId);
    return {
        core::Uuid::toString(c.id),
        c.displayName(),
        c.firstName,
        c.lastName,
        c.title,
        linked ? QJsonValue(c.companyName) : QJsonValue(QJsonValue::Null),
        CommandSupport::idValue(c.companyId),
        c.primaryEmail(),
        c.primaryPhone(),
        emails,
        phones,
        core::lifecycleKey(c.status),
        QJsonArray::fromStringList(c.tags),
        c.birthday.isValid() ? QJsonValue(c.birthday.toString(Qt::ISODate))
                             : QJsonValue(QJsonValue::Null),
        c.street,
        c.postalCode,
        c.city,
        c.country,
        c.source,
        c.owner,
        c.visibility,
        c.notes,
        CommandSupport::isoTime(c.createdAt),
        CommandSupport::isoTime(c.updatedAt),
        c.deleted,
        FieldCommands::valuesJson(c.custom),
    };
}

CliStatus ContactCommands::add(CommandContext &context, const ParsedArguments &args)
{
    if (!args.isSet(QStringLiteral("first-name")) && !args.isSet(QStringLiteral("last-name"))) {
        return CliError::usage(tr("contact add: give --first-name or --last-name "
                                  "(see crm-cli contact add --help)"));
    }
    auto patch = parsePatch(args);
    if (!patch)
        return patch.error();
    Contact contact;
    if (auto s = applyPatch(patch.value(), contact); !s)
        return s;
    if (auto s = validate(contact); !s)
        return s;
    if (patch->company && !patch->company->isEmpty()) {
        if (auto s = CommandSupport::checkCompanyName(*patch->company); !s)
            return s;
    }
    // Everything is checked: only now is the database opened (and created when missing).
    auto db = context.database();
    if (!db)
        return db.error();
    // A new company and the contact are one unit: if the contact fails, the company goes too.
    core::Transaction tx(db.value()->connection());
    if (!tx.begun())
        return CliError::fromCore(tx.begun().error());
    auto link = linkCompany(db.value(), patch.value(), contact);
    if (!link)
        return link.error();
    auto id = core::ContactRepository(db.value()).create(contact);
    if (!id)
        return CliError::fromCore(id.error());
    if (auto s = tx.commit(); !s)
        return CliError::fromCore(s.error());
    context.printLine(core::Uuid::toString(id.value()));
    return {};
}

CliStatus ContactCommands::list(CommandContext &context, const ParsedArguments &args)
{
    auto limit = CommandSupport::limit(args, QStringLiteral("contact list"));
    if (!limit)
        return limit.error();
    auto db = context.database();
    if (!db)
        return db.error();
    auto contacts = core::ContactRepository(db.value()).list(limit.value());
    if (!contacts)
        return CliError::fromCore(contacts.error());
    Listing listing{columns(), {}};
    for (const Contact &c : contacts.value())
        listing.rows << row(c);
    context.print(OutputFormatter::list(context.format(), listing));
    return {};
}

CliStatus ContactCommands::show(CommandContext &context, const ParsedArguments &args)
{
    auto pattern = IdResolver::parse(args.positional().constFirst());
    if (!pattern)
        return pattern.error();
    auto db = context.database();
    if (!db)
        return db.error();
    auto id = IdResolver::resolve(db.value(), IdResolver::Kind::Contact, pattern.value());
    if (!id)
        return id.error();
    auto contact = core::ContactRepository(db.value()).get(id.value());
    if (!contact)
        return CliError::fromCore(contact.error());
    RecordView view{columns(), row(contact.value()), std::nullopt};
    context.print(OutputFormatter::record(context.format(), view));
    return {};
}

CliStatus ContactCommands::edit(CommandContext &context, const ParsedArguments &args)
{
    auto pattern = IdResolver::parse(args.positional().constFirst());
    if (!pattern)
        return pattern.error();
    auto patch = parsePatch(args);
    if (!patch)
        return patch.error();
    if (patch->isEmpty()) {
        return CliError::usage(tr("contact edit: nothing to change; give the fields to change "
                                  "(see crm-cli contact edit --help)"));
    }
    auto db = context.database();
    if (!db)
        return db.error();
    auto id = IdResolver::resolve(db.value(), IdResolver::Kind::Contact, pattern.value());
    if (!id)
        return id.error();
    core::ContactRepository contacts(db.value());
    auto loaded = contacts.get(id.value());
    if (!loaded)
        return CliError::fromCore(loaded.error());
    Contact contact = loaded.value();
    if (auto s = applyPatch(patch.value(), contact); !s)
        return s;
    if (auto s = validate(contact); !s)
        return s;
    core::Transaction tx(db.value()->connection());
    if (!tx.begun())
        return CliError::fromCore(tx.begun().error());
    auto link = linkCompany(db.value(), patch.value(), contact);
    if (!link)
        return link.error();
    if (auto s = contacts.update(contact); !s)
        return CliError::fromCore(s.error());
    if (auto s = tx.commit(); !s)
        return CliError::fromCore(s.error());
    return {};
}

CliStatus ContactCommands::remove(CommandContext &context, const ParsedArguments &args)
{
    auto pattern = IdResolver::parse(args.positional().constFirst());
    if (!pattern)
        return pattern.error();
    auto db = context.database();
    if (!db)
        return db.error();
    auto id = IdResolver::resolve(db.value(), IdResolver::Kind::Contact, pattern.value());
    if (!id)
        return id.error();
    if (auto s = core::ContactRepository(db.value()).remove(id.value()); !s)
        return CliError::fromCore(s.error());
    return {};
}

CliStatus ContactCommands::restore(CommandContext &context, const ParsedArguments &args)
{
    auto pattern = IdResolver::parse(args.positional().constFirst());
    if (!pattern)
        return pattern.error();
    auto db = context.database();
    if (!db)
        return db.error();
    auto id = IdResolver::resolve(db.value(), IdResolver::Kind::Contact, pattern.value());
    if (!id)
        return id.error();
    if (auto s = core::ContactRepository(db.value()).restore(id.value()); !s)
        return CliError::fromCore(s.error());
    return {};
}

QList<Command> ContactCommands::commands()
{
    const QString contact = QStringLiteral("contact");
    const QString idArg = QStringLiteral("ID");
    const QList<OptionSpec> limit = {
        {QStringLiteral("limit"), QStringLiteral("N"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "print at most N contacts")}};
    return {
        {{contact, QStringLiteral("add")},
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("crm::cli::Help", "Add a contact and print its id."),
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "Give --first-name or --last-name (or both). Example:\n"
                           "  crm-cli contact add --first-name Anna --last-name Bērziņa \\\n"
                           "      --email work:anna@example.lv --phone \"+371 2912 3456\" "
                           "--company \"SIA Koks\""),
         fieldOptions(),
         &ContactCommands::add,
         true},
        {{contact, QStringLiteral("list")},
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("crm::cli::Help", "List the contacts (not the deleted ones) by name."),
         nullptr,
         limit,
         &ContactCommands::list,
         false},
        {{contact, QStringLiteral("show")},
         idArg,
         1,
         1,
         QT_TRANSLATE_NOOP("crm::cli::Help", "Show every field of a contact."),
         nullptr,
         {},
         &ContactCommands::show,
         false},
        {{contact, QStringLiteral("edit")},
         idArg,
         1,
         1,
         QT_TRANSLATE_NOOP("crm::cli::Help", "Change the fields given; the others stay."),
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "--email, --phone and --tag replace the whole list; --add-… and "
                           "--remove-… change one item."),
         editOptions(),
         &ContactCommands::edit,
         false},
        {{contact, QStringLiteral("delete")},
         idArg,
         1,
         1,
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "Delete a contact (softly: contact restore brings it back)."),
         nullptr,
         {},
         &ContactCommands::remove,
         false},
        {{contact, QStringLiteral("restore")},
         idArg,
         1,
         1,
         QT_TRANSLATE_NOOP("crm::cli::Help", "Bring a deleted contact back."),
         nullptr,
         {},
         &ContactCommands::restore,
         false},
    };
}

} // namespace crm::cli
