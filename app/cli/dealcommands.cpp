// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealcommands.h"

#include "commandcontext.h"
#include "commandsupport.h"
#include "fieldcommands.h"
#include "idresolver.h"

#include "common/uuid.h"
#include "domain/money.h"
#include "services/companyrepository.h"
#include "services/dealrepository.h"
#include "services/pipelinerepository.h"
#include "storage/sql.h"
#include "storage/sqlvalue.h"
#include "storage/transaction.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace crm::cli {

using core::Deal;

namespace {

// The one deal an id or id prefix names (deleted ones too).
CliResult<QByteArray> resolveDeal(const core::DatabasePtr &db, const QString &text)
{
    auto pattern = IdResolver::parse(text);
    if (!pattern)
        return pattern.error();
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("SELECT id FROM deals WHERE id BETWEEN ? AND ? LIMIT 2"));
    q.addBindValue(pattern->lower);
    q.addBindValue(pattern->upper);
    if (!q.exec())
        return CliError::failure(
            DealCommands::tr("looking up the id: %1").arg(q.lastError().text()));
    QList<QByteArray> ids;
    while (q.next())
        ids << q.value(0).toByteArray();
    if (ids.isEmpty())
        return CliError::failure(DealCommands::tr("no deal with id %1").arg(text));
    if (ids.size() > 1)
        return CliError::failure(
            DealCommands::tr("the id prefix %1 matches several deals; give more digits").arg(text));
    return ids.constFirst();
}

// A pipeline by --pipeline, or the one the deal is in, or the default one.
CliResult<core::Pipeline> pipelineOf(const core::DatabasePtr &db, const QString &wanted,
                                     const QByteArray &fallback)
{
    core::PipelineRepository pipelines(db);
    if (!wanted.isEmpty()) {
        auto p = pipelines.find(wanted);
        if (!p)
            return CliError::fromCore(p.error());
        return p.value();
    }
    if (!fallback.isEmpty()) {
        if (auto p = pipelines.get(fallback))
            return p.value();
    }
    // The default pipeline: the first (its ids are the team's once signed in).
    auto p = pipelines.defaultPipeline();
    if (!p)
        return CliError::fromCore(p.error());
    return p.value();
}

CliResult<QByteArray> stageOf(const core::DatabasePtr &db, const core::Pipeline &pipeline,
                              const QString &wanted)
{
    auto stage = core::PipelineRepository(db).findStage(pipeline, wanted);
    if (!stage)
        return CliError::fromCore(stage.error());
    return stage->id;
}

CliResult<QDate> closeDate(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^\d{4}-\d{2}-\d{2}$)"));
    const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!re.match(text.trimmed()).hasMatch() || !d.isValid())
        return CliError::failure(
            QStringLiteral("--close: ") +
            DealCommands::tr("“%1” is not a date; write it as YYYY-MM-DD").arg(text));
    return d;
}

CliResult<int> probability(const QString &text)
{
    bool ok = false;
    const int p = text.trimmed().toInt(&ok);
    if (!ok || p < 0 || p > 100)
        return CliError::failure(
            QStringLiteral("--probability: ") +
            DealCommands::tr("“%1” is not a whole number from 0 to 100").arg(text));
    return p;
}

// --company NAME|ID: an existing company's id (or unique prefix), else a name.
CliResult<CommandSupport::CompanyLink> companyOf(const core::DatabasePtr &db, const QString &text)
{
    if (auto pattern = IdResolver::parse(text)) {
        auto id = IdResolver::resolve(db, IdResolver::Kind::Company, pattern.value());
        if (id)
            return CommandSupport::CompanyLink{id.value(), false};
    }
    return CommandSupport::findOrCreateCompany(db, text);
}

QString stageName(const QHash<QByteArray, core::Stage> &stages, const QByteArray &id)
{
    const auto it = stages.constFind(id);
    return it == stages.constEnd() ? core::Uuid::toString(id) : it->displayName();
}

} // namespace

QList<Column> DealCommands::columns()
{
    return {
        {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("title"), tr("Title")},
        {QStringLiteral("company"), tr("Company")},
        {QStringLiteral("amount"), tr("Amount")},
        {QStringLiteral("currency"), tr("Currency")},
        {QStringLiteral("pipeline"), tr("Pipeline"), false},
        {QStringLiteral("stage"), tr("Stage")},
        {QStringLiteral("outcome"), tr("Outcome"), false},
        {QStringLiteral("probability"), tr("%")},
        {QStringLiteral("weighted"), tr("Weighted"), false},
        {QStringLiteral("expected_close"), tr("Close")},
        {QStringLiteral("days_in_stage"), tr("Days in stage"), false},
        {QStringLiteral("stale"), tr("Stale")},
        {QStringLiteral("owner"), tr("Owner"), false},
        {QStringLiteral("lost_reason"), tr("Lost reason"), false},
        {QStringLiteral("created_at"), tr("Created"), false},
    };
}

CliStatus DealCommands::add(CommandContext &context, const ParsedArguments &args)
{
    for (const QString &required :
         {QStringLiteral("title"), QStringLiteral("amount"), QStringLiteral("currency")}) {
        if (!args.isSet(required))
            return CliError::usage(tr(
                "deal add: give --title, --amount and --currency (see crm-cli deal add --help)"));
    }
    Deal deal;
    deal.title = args.value(QStringLiteral("title"));
    deal.currency = args.value(QStringLiteral("currency")).trimmed();
    if (!core::Money::isCurrency(deal.currency))
        return CliError::failure(
            QStringLiteral("--currency: ") +
            tr("“%1” is not a currency code; use one like EUR, USD or PLN").arg(deal.currency));
    auto amount = core::Money::parse(args.value(QStringLiteral("amount")), deal.currency);
    if (!amount)
        return CliError::fromCore(amount.error());
    deal.amount = amount.value();
    if (deal.amount < 0)
        return CliError::failure(QStringLiteral("--amount: ") +
                                 tr("the amount cannot be negative"));
    if (args.isSet(QStringLiteral("close"))) {
        auto d = closeDate(args.value(QStringLiteral("close")));
        if (!d)
            return d.error();
        deal.expectedClose = d.value();
    }
    if (args.isSet(QStringLiteral("probability"))) {
        auto p = probability(args.value(QStringLiteral("probability")));
        if (!p)
            return p.error();
        deal.probability = p.value();
    }
    deal.source = args.value(QStringLiteral("source"));
    deal.nextStep = args.value(QStringLiteral("next-step"));
    deal.notes = args.value(QStringLiteral("notes"));
    if (args.isSet(QStringLiteral("visibility")))
        deal.visibility = args.value(QStringLiteral("visibility"));
    if (deal.title.trimmed().isEmpty())
        return CliError::failure(QStringLiteral("--title: ") + tr("a deal needs a title"));
    auto custom = FieldCommands::parseValues(args);
    if (!custom)
        return custom.error();
    deal.custom = custom.value();
    QList<IdResolver::Pattern> contactPatterns;
    for (const QString &c : args.values(QStringLiteral("contact"))) {
        auto p = IdResolver::parse(c);
        if (!p)
            return CliError::usage(QStringLiteral("--contact: ") + p.error().message);
        contactPatterns << p.value();
    }

    // Everything is checked that can be without the database: only now is it opened.
    auto db = context.database();
    if (!db)
        return db.error();
    auto pipeline = pipelineOf(db.value(), args.value(QStringLiteral("pipeline")), {});
    if (!pipeline)
        return pipeline.error();
    if (args.isSet(QStringLiteral("stage"))) {
        auto stage = stageOf(db.value(), pipeline.value(), args.value(QStringLiteral("stage")));
        if (!stage)
            return stage.error();
        deal.stageId = stage.value();
    } else {
        for (const core::Stage &s : pipeline->stages) {
            if (s.outcome == core::StageOutcome::Open) {
                deal.stageId = s.id;
                break;
            }
        }
    }
    for (const IdResolver::Pattern &p : std::as_const(contactPatterns)) {
        auto id = IdResolver::resolve(db.value(), IdResolver::Kind::Contact, p);
        if (!id)
            return id.error();
        deal.contacts << core::DealContact{{}, id.value(), {}, {}};
    }
    // A new company and the deal are one unit: if the deal fails, the company goes too.
    core::Transaction tx(db.value()->connection());
    if (!tx.begun())
        return CliError::fromCore(tx.begun().error());
    if (args.isSet(QStringLiteral("company")) && !args.value(QStringLiteral("company")).isEmpty()) {
        auto link = companyOf(db.value(), args.value(QStringLiteral("company")));
        if (!link)
            return link.error();
        deal.companyId = link->id;
    }
    auto id = core::DealRepository(db.value()).create(deal);
    if (!id)
        return CliError::fromCore(id.error());
    if (auto s = tx.commit(); !s)
        return CliError::fromCore(s.error());
    context.printLine(core::Uuid::toString(id.value()));
    return {};
}

CliStatus DealCommands::list(CommandContext &context, const ParsedArguments &args)
{
    auto limit = CommandSupport::limit(args, QStringLiteral("deal list"));
    if (!limit)
        return limit.error();
    auto db = context.database();
    if (!db)
        return db.error();
    core::DealRepository::Filter filter;
    filter.openOnly = args.isSet(QStringLiteral("open"));
    if (args.isSet(QStringLiteral("pipeline")) || args.isSet(QStringLiteral("stage"))) {
        auto pipeline = pipelineOf(db.value(), args.value(QStringLiteral("pipeline")), {});
        if (!pipeline)
            return pipeline.error();
        if (args.isSet(QStringLiteral("pipeline")))
            filter.pipelineId = pipeline->id;
        if (args.isSet(QStringLiteral("stage"))) {
            auto stage = stageOf(db.value(), pipeline.value(), args.value(QStringLiteral("stage")));
            if (!stage)
                return stage.error();
            filter.stageId = stage.value();
        }
    }
    auto deals = core::DealRepository(db.value()).list(filter, limit.value());
    if (!deals)
        return CliError::fromCore(deals.error());
    auto pipelines = core::PipelineRepository(db.value()).list();
    if (!pipelines)
        return CliError::fromCore(pipelines.error());
    QHash<QByteArray, core::Stage> stages;
    QHash<QByteArray, QString> pipelineNames;
    for (const core::Pipeline &p : pipelines.value()) {
        pipelineNames.insert(p.id, p.displayName());
        for (const core::Stage &s : p.stages)
            stages.insert(s.id, s);
    }
    const qint64 now = core::sql::nowMs();
    Listing listing{columns(), {}};
    for (const Deal &d : deals.value()) {
        const core::Stage stage = stages.value(d.stageId);
        listing.rows << Row{
            core::Uuid::toString(d.id),
            d.title,
            d.companyName,
            core::Money::plain(d.amount, d.currency),
            d.currency,
            pipelineNames.value(d.pipelineId),
            stageName(stages, d.stageId),
            core::outcomeKey(d.outcome),
            d.effectiveProbability,
            core::Money::plain(d.weightedAmount, d.currency),
            d.expectedClose.isValid() ? QJsonValue(d.expectedClose.toString(Qt::ISODate))
                                      : QJsonValue(),
            int(core::DealRepository::timeInStage(d, now) / (24LL * 3600 * 1000)),
            core::DealRepository::isStale(d, stage, now),
            d.owner,
            d.lostReason,
            CommandSupport::isoTime(d.createdAt),
        };
    }
    context.print(OutputFormatter::list(context.format(), listing));
    return {};
}

CliStatus DealCommands::move(CommandContext &context, const ParsedArguments &args)
{
    if (!args.isSet(QStringLiteral("stage")))
        return CliError::usage(tr("deal move: give --stage (see crm-cli deal move --help)"));
    if (auto p = IdResolver::parse(args.positional().constFirst()); !p)
        return p.error();
    auto db = context.database();
    if (!db)
        return db.error();
    auto id = resolveDeal(db.value(), args.positional().constFirst());
    if (!id)
        return id.error();
    core::DealRepository deals(db.value());
    auto deal = deals.get(id.value());
    if (!deal)
        return CliError::fromCore(deal.error());
    auto pipeline = pipelineOf(db.value(), {}, deal->pipelineId);
    if (!pipeline)
        return pipeline.error();
    auto stage = stageOf(db.value(), pipeline.value(), args.value(QStringLiteral("stage")));
    if (!stage)
        return stage.error();
    auto lost = core::PipelineRepository::outcomeStage(pipeline.value(), core::StageOutcome::Lost);
    if (lost && lost->id == stage.value() && deal->stageId != stage.value())
        return CliError::failure(
            QStringLiteral("--stage: ") +
            tr("a lost deal needs the reason; use crm-cli deal lost %1 --reason TEXT")
                .arg(args.positional().constFirst()));
    if (auto s = deals.move(id.value(), stage.value()); !s)
        return CliError::fromCore(s.error());
    return {};
}

CliStatus DealCommands::won(CommandContext &context, const ParsedArguments &args)
{
    if (auto p = IdResolver::parse(args.positional().constFirst()); !p)
        return p.error();
    auto db = context.database();
    if (!db)
        return db.error();
    auto id = resolveDeal(db.value(), args.positional().constFirst());
    if (!id)
        return id.error();
    if (auto s = core::DealRepository(db.value()).markWon(id.value()); !s)
        return CliError::fromCore(s.error());
    return {};
}

CliStatus DealCommands::lost(CommandContext &context, const ParsedArguments &args)
{
    if (!args.isSet(QStringLiteral("reason")))
        return CliError::usage(
            tr("deal lost: give --reason: why the deal was lost (see crm-cli deal lost --help)"));
    if (args.value(QStringLiteral("reason")).trimmed().isEmpty())
        return CliError::failure(QStringLiteral("--reason: ") +
                                 tr("a lost deal needs the reason it was lost"));
    if (auto p = IdResolver::parse(args.positional().constFirst()); !p)
        return p.error();
    auto db = context.database();
    if (!db)
        return db.error();
    auto id = resolveDeal(db.value(), args.positional().constFirst());
    if (!id)
        return id.error();
    if (auto s = core::DealRepository(db.value())
                     .markLost(id.value(), args.value(QStringLiteral("reason")));
        !s)
        return CliError::fromCore(s.error());
    return {};
}

QList<Command> DealCommands::commands()
{
    const QString deal = QStringLiteral("deal");
    const QString idArg = QStringLiteral("ID");
    const OptionSpec pipeline{
        QStringLiteral("pipeline"), QStringLiteral("NAME|ID"), false,
        QT_TRANSLATE_NOOP("crm::cli::Help", "pipeline (default: the default pipeline)")};
    return {
        {{deal, QStringLiteral("add")},
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("crm::cli::Help", "Add a deal and print its id."),
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "The amount is in the currency's units with a '.' before the cents.\n"
                           "Example:\n  crm-cli deal add --title \"Fleet renewal\" --amount "
                           "12500.00 --currency EUR --company \"SIA Koks\" --stage Qualified "
                           "--close 2027-03-31"),
         {
             {QStringLiteral("title"), QStringLiteral("TEXT"), false,
              QT_TRANSLATE_NOOP("crm::cli::Help", "what the deal is")},
             {QStringLiteral("amount"), QStringLiteral("N"), false,
              QT_TRANSLATE_NOOP("crm::cli::Help", "amount, e.g. 1250 or 1250.50")},
             {QStringLiteral("currency"), QStringLiteral("CODE"), false,
              QT_TRANSLATE_NOOP("crm::cli::Help", "ISO 4217 currency code, e.g. EUR")},
             {QStringLiteral("company"), QStringLiteral("NAME|ID"), false,
              QT_TRANSLATE_NOOP("crm::cli::Help",
                                "the company with that id, or of that name (created when there "
                                "is none)")},
             {QStringLiteral("contact"), QStringLiteral("ID"), true,
              QT_TRANSLATE_NOOP("crm::cli::Help", "a contact on the deal (repeatable)")},
             pipeline,
             {QStringLiteral("stage"), QStringLiteral("NAME|ID"), false,
              QT_TRANSLATE_NOOP("crm::cli::Help", "stage (default: the first open stage)")},
             {QStringLiteral("close"), QStringLiteral("YYYY-MM-DD"), false,
              QT_TRANSLATE_NOOP("crm::cli::Help", "expected close date")},
             {QStringLiteral("probability"), QStringLiteral("0-100"), false,
              QT_TRANSLATE_NOOP("crm::cli::Help", "probability in percent (default: the stage's)")},
             {QStringLiteral("source"), QStringLiteral("TEXT"), false,
              QT_TRANSLATE_NOOP("crm::cli::Help", "where the deal came from")},
             {QStringLiteral("next-step"), QStringLiteral("TEXT"), false,
              QT_TRANSLATE_NOOP("crm::cli::Help", "the next step")},
             {QStringLiteral("notes"), QStringLiteral("TEXT"), false,
              QT_TRANSLATE_NOOP("crm::cli::Help", "notes")},
             {QStringLiteral("visibility"), QStringLiteral("team|private"), false,
              QT_TRANSLATE_NOOP("crm::cli::Help", "who may see the deal (default: team)")},
             FieldCommands::valueOption(),
         },
         &DealCommands::add,
         true},
        {{deal, QStringLiteral("list")},
         {},
         0,
         0,
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "List the deals (not the deleted ones) by pipeline, stage and close "
                           "date. Amounts are plain numbers with a '.' before the cents."),
         nullptr,
         {pipeline,
          {QStringLiteral("stage"), QStringLiteral("NAME|ID"), false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "only the deals in this stage")},
          {QStringLiteral("open"),
           {},
           false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "only open deals (not won or lost)")},
          {QStringLiteral("limit"), QStringLiteral("N"), false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "print at most N deals")}},
         &DealCommands::list,
         false},
        {{deal, QStringLiteral("move")},
         idArg,
         1,
         1,
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "Move a deal to another stage of its pipeline (recorded in its "
                           "history)."),
         nullptr,
         {{QStringLiteral("stage"), QStringLiteral("NAME|ID"), false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "the stage to move to")}},
         &DealCommands::move,
         false},
        {{deal, QStringLiteral("won")},
         idArg,
         1,
         1,
         QT_TRANSLATE_NOOP("crm::cli::Help", "Mark a deal won."),
         nullptr,
         {},
         &DealCommands::won,
         false},
        {{deal, QStringLiteral("lost")},
         idArg,
         1,
         1,
         QT_TRANSLATE_NOOP("crm::cli::Help", "Mark a deal lost, with the reason."),
         nullptr,
         {{QStringLiteral("reason"), QStringLiteral("TEXT"), false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "why the deal was lost (required)")}},
         &DealCommands::lost,
         false},
    };
}

} // namespace crm::cli
