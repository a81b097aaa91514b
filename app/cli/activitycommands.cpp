// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitycommands.h"

#include "commandcontext.h"
#include "commandsupport.h"
#include "idresolver.h"

#include "common/uuid.h"
#include "services/activityrepository.h"
#include "services/calendarservice.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace crm::cli {

using core::Activity;

namespace {

// The user's zone: the system's ($TZ honoured), in which times without an offset are meant.
QTimeZone userZone()
{
    return QTimeZone::systemTimeZone();
}

// A core validation error, named by the option that carried the field.
CliError activityError(const core::Error &error)
{
    static const QList<std::pair<QString, QString>> options = {
        {QStringLiteral("subject"), QStringLiteral("--subject")},
        {QStringLiteral("start"), QStringLiteral("--start")},
        {QStringLiteral("end"), QStringLiteral("--end")},
        {QStringLiteral("due"), QStringLiteral("--due")},
        {QStringLiteral("kind"), QStringLiteral("--kind")},
    };
    for (const auto &[field, option] : options) {
        if (error.field == field)
            return CliError::failure(option + u": " + error.detail);
    }
    return CliError::fromCore(error);
}

CliResult<QByteArray> resolveActivity(const core::DatabasePtr &db, const QString &text)
{
    auto pattern = IdResolver::parse(text);
    if (!pattern)
        return pattern.error();
    QSqlQuery q(db->connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM activities WHERE id BETWEEN ? AND ? LIMIT 2"));
    q.addBindValue(pattern->lower);
    q.addBindValue(pattern->upper);
    if (!q.exec())
        return CliError::failure(
            ActivityCommands::tr("looking up the id: %1").arg(q.lastError().text()));
    QList<QByteArray> ids;
    while (q.next())
        ids << q.value(0).toByteArray();
    if (ids.isEmpty())
        return CliError::failure(ActivityCommands::tr("no activity with id %1").arg(text));
    if (ids.size() > 1)
        return CliError::failure(
            ActivityCommands::tr("the id prefix %1 matches several activities; give more digits")
                .arg(text));
    return ids.constFirst();
}

QJsonValue timeValue(const QDateTime &t)
{
    return t.isValid() ? CommandSupport::isoTime(t.toMSecsSinceEpoch()) : QJsonValue::Null;
}

} // namespace

CliResult<QDateTime> ActivityCommands::parseTime(const QString &option, const QString &text,
                                                 const QTimeZone &zone)
{
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression dateTime(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:?\\d{2})?$"));
    const QString t = text.trimmed();
    auto bad = [&] {
        return CliError::usage(u"--" + option + u": " +
                               tr("“%1” is not a date and time; write it as YYYY-MM-DDTHH:MM "
                                  "(local time), with Z or +HH:MM for another zone, or "
                                  "YYYY-MM-DD")
                                   .arg(text));
    };
    if (dateOnly.match(t).hasMatch()) {
        const QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid())
            return bad();
        return QDateTime(d, QTime(23, 59, 59), zone).toUTC();
    }
    if (!dateTime.match(t).hasMatch())
        return bad();
    QString iso = t;
    iso.replace(u' ', u'T');
    const QDateTime parsed = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return bad();
    if (parsed.timeSpec() == Qt::LocalTime)
        return QDateTime(parsed.date(), parsed.time(), zone).toUTC();
    return parsed.toUTC();
}

QList<Column> ActivityCommands::columns()
{
    return {
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("kind"), tr("Kind")},
        {QStringLiteral("subject"), tr("Subject")},
        {QStringLiteral("when"), tr("When")},
        {QStringLiteral("start"), tr("Start"), false},
        {QStringLiteral("end"), tr("End"), false},
        {QStringLiteral("due"), tr("Due"), false},
        {QStringLiteral("time_zone"), tr("Time zone"), false},
        {QStringLiteral("done"), tr("Done")},
        {QStringLiteral("contact_id"), tr("Contact"), false},
        {QStringLiteral("company_id"), tr("Company"), false},
        {QStringLiteral("deal_id"), tr("Deal"), false},
        {QStringLiteral("place"), tr("Place"), false},
        {QStringLiteral("ical_uid"), tr("UID"), false},
    };
}

Row ActivityCommands::row(const Activity &a)
{
    // The table shows the time in the user's zone and locale; CSV and JSON keep ISO UTC.
    return {
        core::Uuid::toString(a.id),
        Activity::kindKey(a.kind),
        a.subject,
        timeValue(a.when()),
        timeValue(a.start),
        timeValue(a.end),
        timeValue(a.due),
        a.timeZone,
        a.done,
        CommandSupport::idValue(a.contactId),
        CommandSupport::idValue(a.companyId),
        CommandSupport::idValue(a.dealId),
        a.place,
        a.icalUid,
    };
}

CliStatus ActivityCommands::add(CommandContext &context, const ParsedArguments &args)
{
    const QString kindText = args.value(QStringLiteral("kind"));
    if (!args.isSet(QStringLiteral("kind")) || !args.isSet(QStringLiteral("subject")))
        return CliError::usage(
            tr("activity add: give --kind and --subject (see crm-cli activity add --help)"));
    const auto kind = Activity::kindFromKey(kindText.trimmed().toLower());
    if (!kind)
        return CliError::usage(tr("activity add: --kind: “%1” is not one of %2")
                                   .arg(kindText, Activity::kindKeys().join(u'|')));
    if (args.isSet(QStringLiteral("due")) && args.isSet(QStringLiteral("start")))
        return CliError::usage(tr("activity add: give --due or --start, not both"));
    if (args.isSet(QStringLiteral("end")) && !args.isSet(QStringLiteral("start")))
        return CliError::usage(tr("activity add: --end needs --start"));
    const QTimeZone zone = userZone();
    Activity a;
    a.kind = *kind;
    a.subject = args.value(QStringLiteral("subject"));
    a.notes = args.value(QStringLiteral("notes"));
    a.place = args.value(QStringLiteral("place"));
    a.timeZone = QString::fromUtf8(zone.id());
    for (const auto &[option, member] : {std::pair{QStringLiteral("start"), &Activity::start},
                                         std::pair{QStringLiteral("end"), &Activity::end},
                                         std::pair{QStringLiteral("due"), &Activity::due}}) {
        if (!args.isSet(option))
            continue;
        auto t = parseTime(option, args.value(option), zone);
        if (!t)
            return CliError::usage(u"activity add: " + t.error().message);
        a.*member = t.value();
    }
    if (args.isSet(QStringLiteral("reminder"))) {
        bool ok = false;
        const int minutes = args.value(QStringLiteral("reminder")).trimmed().toInt(&ok);
        if (!ok || minutes < 0)
            return CliError::usage(tr("activity add: --reminder: “%1” is not a number of minutes")
                                       .arg(args.value(QStringLiteral("reminder"))));
        a.reminderMinutes = minutes;
    }
    QList<IdResolver::Pattern> patterns;
    for (const QString &option :
         {QStringLiteral("contact"), QStringLiteral("company"), QStringLiteral("deal")}) {
        IdResolver::Pattern p;
        if (args.isSet(option)) {
            auto parsed = IdResolver::parse(args.value(option));
            if (!parsed)
                return CliError::usage(u"activity add: --" + option + u": " +
                                       parsed.error().message);
            p = parsed.value();
            if (option == u"deal" && p.lower != p.upper)
                return CliError::usage(tr("activity add: --deal: give the deal's full id"));
        }
        patterns << p;
    }
    if (const auto errors = core::Validation::check(a); !errors.isEmpty())
        return activityError(errors.first());

    auto db = context.database();
    if (!db)
        return db.error();
    if (!patterns[0].text.isEmpty()) {
        auto id = IdResolver::resolve(db.value(), IdResolver::Kind::Contact, patterns[0]);
        if (!id)
            return id.error();
        a.contactId = id.value();
    }
    if (!patterns[1].text.isEmpty()) {
        auto id = IdResolver::resolve(db.value(), IdResolver::Kind::Company, patterns[1]);
        if (!id)
            return id.error();
        a.companyId = id.value();
    }
    if (!patterns[2].text.isEmpty())
        a.dealId = patterns[2].lower; // deals may live in another replica's tables: no lookup
    auto id = core::ActivityRepository(db.value()).create(a);
    if (!id)
        return activityError(id.error());
    context.printLine(core::Uuid::toString(id.value()));
    return {};
}

CliStatus ActivityCommands::list(CommandContext &context, const ParsedArguments &args)
{
    const QStringList ranges = {QStringLiteral("overdue"), QStringLiteral("today"),
                                QStringLiteral("week")};
    QString range;
    for (const QString &r : ranges) {
        if (!args.isSet(r))
            continue;
        if (!range.isEmpty())
            return CliError::usage(
                tr("activity list: give one of --overdue, --today and --week, not several"));
        range = r;
    }
    auto limit = CommandSupport::limit(args, QStringLiteral("activity list"));
    if (!limit)
        return limit.error();
    auto db = context.database();
    if (!db)
        return db.error();
    core::ActivityRepository repo(db.value());
    core::Result<QList<Activity>> rows = QList<Activity>();
    if (range.isEmpty()) {
        rows = repo.list(limit.value());
    } else {
        const auto r = range == u"overdue" ? core::ActivityRepository::Range::Overdue
                       : range == u"today" ? core::ActivityRepository::Range::Today
                                           : core::ActivityRepository::Range::Week;
        rows = repo.agenda(r, QDateTime::currentDateTimeUtc(), userZone(),
                           limit.value() < 0 ? 100000 : limit.value());
    }
    if (!rows)
        return CliError::fromCore(rows.error());
    Listing listing{columns(), {}};
    for (const Activity &a : rows.value())
        listing.rows << row(a);
    context.print(OutputFormatter::list(context.format(), listing));
    return {};
}

CliStatus ActivityCommands::done(CommandContext &context, const ParsedArguments &args)
{
    auto pattern = IdResolver::parse(args.positional().constFirst());
    if (!pattern)
        return pattern.error();
    auto db = context.database();
    if (!db)
        return db.error();
    auto id = resolveActivity(db.value(), args.positional().constFirst());
    if (!id)
        return id.error();
    core::ActivityRepository repo(db.value());
    auto stored = repo.get(id.value());
    if (!stored)
        return CliError::fromCore(stored.error());
    if (stored->deleted)
        return CliError::failure(tr("activity %1 is deleted").arg(args.positional().constFirst()));
    if (auto s = repo.markDone(id.value()); !s)
        return CliError::fromCore(s.error());
    return {};
}

CliStatus ActivityCommands::icsImport(CommandContext &context, const ParsedArguments &args)
{
    const QString path = args.positional().constFirst();
    auto db = context.database();
    if (!db)
        return db.error();
    auto summary = core::CalendarService(db.value(), userZone()).importFile(path);
    if (!summary)
        return CliError::failure(summary.error().detail);
    context.printLine(tr("%1 created, %2 updated").arg(summary->created).arg(summary->updated));
    return {};
}

CliStatus ActivityCommands::icsExport(CommandContext &context, const ParsedArguments &args)
{
    if (!args.isSet(QStringLiteral("output")))
        return CliError::usage(tr("ics export: give -o FILE (or --output FILE)"));
    auto db = context.database();
    if (!db)
        return db.error();
    auto written = core::CalendarService(db.value(), userZone())
                       .exportFile(args.value(QStringLiteral("output")));
    if (!written)
        return CliError::failure(written.error().detail);
    return {};
}

QList<Command> ActivityCommands::commands()
{
    const QString activity = QStringLiteral("activity");
    const QString ics = QStringLiteral("ics");
    const QList<OptionSpec> addOptions = {
        {QStringLiteral("kind"), QStringLiteral("call|meeting|visit|task|note|email"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "what kind of activity")},
        {QStringLiteral("subject"), QStringLiteral("TEXT"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "what it is about")},
        {QStringLiteral("contact"), QStringLiteral("ID"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "the contact it concerns")},
        {QStringLiteral("company"), QStringLiteral("ID"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "the company it concerns")},
        {QStringLiteral("deal"), QStringLiteral("ID"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "the deal it concerns (its full id)")},
        {QStringLiteral("due"), QStringLiteral("ISO"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "when a task is due (a date alone: the end of that day)")},
        {QStringLiteral("start"), QStringLiteral("ISO"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "when a meeting, visit or call starts")},
        {QStringLiteral("end"), QStringLiteral("ISO"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "when it ends")},
        {QStringLiteral("place"), QStringLiteral("TEXT"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "where")},
        {QStringLiteral("notes"), QStringLiteral("TEXT"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "notes")},
        {QStringLiteral("reminder"), QStringLiteral("MINUTES"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "remind this many minutes before the start or due")},
    };
    const QList<OptionSpec> listOptions = {
        {QStringLiteral("overdue"),
         {},
         false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "only open tasks past their due time")},
        {QStringLiteral("today"),
         {},
         false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "only what stands on today")},
        {QStringLiteral("week"),
         {},
         false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "only what stands on this week")},
        {QStringLiteral("limit"), QStringLiteral("N"), false,
         QT_TRANSLATE_NOOP("crm::cli::Help", "print at most N activities")},
    };
    return {
        {{activity, QStringLiteral("add")},
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("crm::cli::Help", "Add an activity and print its id."),
         QT_TRANSLATE_NOOP(
             "crm::cli::Help",
             "Times without Z or an offset are local time in the system's time zone.\n"
             "Example:\n  crm-cli activity add --kind meeting --subject \"Pārrunas\" "
             "--start 2026-03-10T10:00 --end 2026-03-10T11:00 --reminder 15"),
         addOptions,
         &ActivityCommands::add,
         true},
        {{activity, QStringLiteral("list")},
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "List activities, newest first, or the agenda: overdue, today or "
                           "this week, by time."),
         nullptr,
         listOptions,
         &ActivityCommands::list,
         false},
        {{activity, QStringLiteral("done")},
         QStringLiteral("ID"),
         1,
         1,
         QT_TRANSLATE_NOOP("crm::cli::Help", "Tick an activity off."),
         nullptr,
         {},
         &ActivityCommands::done,
         false},
        {{ics, QStringLiteral("import")},
         QStringLiteral("FILE"),
         1,
         1,
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "Import an iCalendar file: events become meetings, to-dos tasks; "
                           "known UIDs update. A file with an error imports nothing."),
         nullptr,
         {},
         &ActivityCommands::icsImport,
         true},
        {{ics, QStringLiteral("export")},
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "Export meetings, visits and tasks to an iCalendar file."),
         nullptr,
         {{QStringLiteral("output"), QStringLiteral("FILE"), false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "the .ics file to write (also -o FILE)")}},
         &ActivityCommands::icsExport,
         false},
    };
}

} // namespace crm::cli
