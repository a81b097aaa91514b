// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccommands.h"

#include "commandcontext.h"
#include "commandsupport.h"
#include "common/uuid.h"
#include "sync/conflictservice.h"
#include "sync/syncengine.h"
#include "sync/synclog.h"

#include <QFile>
#include <QSysInfo>
#include <QTextStream>

#include <cstdio>

namespace crm::cli {

namespace {

QJsonValue plain(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue();
    if (v.typeId() == QMetaType::QByteArray)
        return core::Uuid::toString(v.toByteArray());
    return QJsonValue::fromVariant(v);
}

} // namespace

CliStatus SyncCommands::login(CommandContext &context, const ParsedArguments &args)
{
    const QUrl server(args.value(QStringLiteral("server")));
    const QString user = args.value(QStringLiteral("user"));
    if (!args.isSet(QStringLiteral("server")) || !args.isSet(QStringLiteral("user")))
        return CliError::usage(tr("account login: --server and --user are required"));
    if (!args.isSet(QStringLiteral("password-stdin")))
        return CliError::usage(tr("account login: give the password on standard input with "
                                  "--password-stdin"));
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return CliError::failure(tr("account login: cannot read the password"));
    const QString password = QString::fromUtf8(in.readLine()).remove(u'\n').remove(u'\r');
    if (password.isEmpty())
        return CliError::usage(tr("account login: the password on standard input is empty"));
    auto db = context.database();
    if (!db)
        return db.error();
    core::sync::SyncEngine engine(db.value());
    auto r = engine.login(server, user, password, QSysInfo::machineHostName());
    if (!r)
        return CliError::fromCore(r.error());
    context.printLine(
        tr("Signed in to %1 as %2 (team %3).")
            .arg(server.toDisplayString(), r->user, r->team.isEmpty() ? tr("none") : r->team));
    return {};
}

CliStatus SyncCommands::sync(CommandContext &context, const ParsedArguments &)
{
    auto db = context.database();
    if (!db)
        return db.error();
    core::sync::SyncEngine engine(db.value());
    auto r = engine.syncOnce();
    if (!r)
        return CliError::failure(tr("sync: %1").arg(r.error().message()));
    RecordView view;
    view.fields = {{QStringLiteral("pushed"), tr("Pushed")},
                   {QStringLiteral("duplicates"), tr("Already on the server")},
                   {QStringLiteral("rejected"), tr("Refused")},
                   {QStringLiteral("pulled"), tr("Pulled")},
                   {QStringLiteral("applied"), tr("Applied")},
                   {QStringLiteral("conflicts"), tr("New conflicts")}};
    view.values = {r->pushed, r->duplicates, r->rejected, r->pulled, r->applied, r->conflicts};
    context.print(OutputFormatter::record(context.format(), view));
    for (const QString &why : std::as_const(r->rejections))
        fprintf(stderr, "%s\n", qPrintable(tr("refused: %1").arg(why)));
    return {};
}

CliStatus SyncCommands::log(CommandContext &context, const ParsedArguments &args)
{
    auto limit = CommandSupport::limit(args, QStringLiteral("sync log"));
    if (!limit)
        return limit.error();
    auto db = context.database();
    if (!db)
        return db.error();
    auto runs = core::sync::SyncLog(db.value())
                    .recent(limit.value() > 0 ? limit.value() : core::sync::SyncLog::Kept);
    if (!runs)
        return CliError::fromCore(runs.error());
    Listing listing;
    listing.columns = {
        {QStringLiteral("started"), tr("Started")}, {QStringLiteral("finished"), tr("Finished")},
        {QStringLiteral("runs"), tr("Runs")},       {QStringLiteral("outcome"), tr("Outcome")},
        {QStringLiteral("pushed"), tr("Pushed")},   {QStringLiteral("refused"), tr("Refused")},
        {QStringLiteral("pulled"), tr("Pulled")},   {QStringLiteral("conflicts"), tr("Conflicts")},
        {QStringLiteral("message"), tr("Message")}};
    for (const core::sync::SyncLogEntry &e : *runs) {
        listing.rows << Row{CommandSupport::isoTime(e.startedAt),
                            CommandSupport::isoTime(e.finishedAt),
                            e.repeats,
                            core::sync::SyncLog::outcomeKey(e.outcome),
                            e.report.pushed,
                            e.report.rejected,
                            e.report.pulled,
                            e.report.conflicts,
                            e.message};
    }
    context.print(OutputFormatter::list(context.format(), listing));
    return {};
}

CliStatus SyncCommands::listConflicts(CommandContext &context, const ParsedArguments &args)
{
    auto db = context.database();
    if (!db)
        return db.error();
    auto list = core::sync::ConflictService(db.value()).list(!args.isSet(QStringLiteral("all")));
    if (!list)
        return CliError::fromCore(list.error());
    Listing listing;
    listing.columns = {
        {QStringLiteral("id"), tr("ID")},         {QStringLiteral("kind"), tr("Kind")},
        {QStringLiteral("table"), tr("Table")},   {QStringLiteral("record"), tr("Record")},
        {QStringLiteral("field"), tr("Field")},   {QStringLiteral("mine"), tr("Mine")},
        {QStringLiteral("theirs"), tr("Theirs")}, {QStringLiteral("by"), tr("By")},
        {QStringLiteral("state"), tr("State")}};
    for (const core::sync::Conflict &c : *list) {
        listing.rows << Row{core::Uuid::toString(c.id),  c.kind,          c.table,
                            core::Uuid::toString(c.row), c.column,        plain(c.mine()),
                            plain(c.theirs()),           c.theirAuthor(), c.state};
    }
    context.print(OutputFormatter::list(context.format(), listing));
    return {};
}

CliStatus SyncCommands::resolveConflict(CommandContext &context, const ParsedArguments &args)
{
    const QString keepText = args.value(QStringLiteral("keep"));
    core::sync::ConflictService::Keep keep;
    if (keepText == u"mine")
        keep = core::sync::ConflictService::Keep::Mine;
    else if (keepText == u"theirs")
        keep = core::sync::ConflictService::Keep::Theirs;
    else if (keepText == u"both")
        keep = core::sync::ConflictService::Keep::Both;
    else
        return CliError::usage(
            tr("conflicts resolve: --keep must be mine, theirs or both, not \"%1\"").arg(keepText));
    const QByteArray id = core::Uuid::fromString(args.positional().first());
    if (id.isEmpty())
        return CliError::usage(
            tr("conflicts resolve: \"%1\" is not a conflict id").arg(args.positional().first()));
    auto db = context.database();
    if (!db)
        return db.error();
    if (auto s = core::sync::ConflictService(db.value()).resolve(id, keep); !s)
        return CliError::fromCore(s.error());
    context.printLine(tr("Resolved; the choice syncs with the next sync."));
    return {};
}

QList<Command> SyncCommands::commands()
{
    return {
        {{QStringLiteral("account"), QStringLiteral("login")},
         QString(),
         0,
         0,
         QT_TRANSLATE_NOOP("crm::cli::Help", "Sign this database in to a team server."),
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "The token is kept in the keychain, or in DATABASE.token (readable "
                           "only by you) when no keychain runs."),
         {{QStringLiteral("server"), QStringLiteral("URL"), false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "the server, e.g. https://crm.example.com")},
          {QStringLiteral("user"), QStringLiteral("NAME"), false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "your user name on the server")},
          {QStringLiteral("password-stdin"), QString(), false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "read the password from standard input")}},
         &SyncCommands::login,
         true},
        {{QStringLiteral("sync")},
         QString(),
         0,
         0,
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "Push local changes to the team server and pull the others'."),
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "Prints what was pushed, pulled and which conflicts arose; exits "
                           "with 1 when the server cannot be reached."),
         {},
         &SyncCommands::sync,
         false},
        {{QStringLiteral("sync"), QStringLiteral("log")},
         QString(),
         0,
         0,
         QT_TRANSLATE_NOOP("crm::cli::Help", "Show what the last sync runs did, newest first."),
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "Runs alike in a row (nothing to do, or the same error while "
                           "offline) are one line with their number. Times are UTC; outcome "
                           "is ok, offline, signed_out or failed."),
         {{QStringLiteral("limit"), QStringLiteral("N"), false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "at most N lines")}},
         &SyncCommands::log,
         false},
        {{QStringLiteral("conflicts"), QStringLiteral("list")},
         QString(),
         0,
         0,
         QT_TRANSLATE_NOOP("crm::cli::Help", "List open conflicts from sync."),
         nullptr,
         {{QStringLiteral("all"), QString(), false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "resolved ones too")}},
         &SyncCommands::listConflicts,
         false},
        {{QStringLiteral("conflicts"), QStringLiteral("resolve")},
         QStringLiteral("ID"),
         1,
         1,
         QT_TRANSLATE_NOOP("crm::cli::Help", "Resolve a conflict: keep my value, theirs, or both."),
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "Both is for e-mail addresses and phone numbers. For an edit of a "
                           "deleted record, mine restores it with the edit when the edit was "
                           "mine."),
         {{QStringLiteral("keep"), QStringLiteral("mine|theirs|both"), false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "which value stays")}},
         &SyncCommands::resolveConflict,
         false},
    };
}

} // namespace crm::cli
