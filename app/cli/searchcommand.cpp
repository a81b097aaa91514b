// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchcommand.h"

#include "commandcontext.h"
#include "commandsupport.h"

#include "common/uuid.h"
#include "services/searchservice.h"

#include <QJsonArray>

namespace crm::cli {

CliStatus SearchCommand::run(CommandContext &context, const ParsedArguments &args)
{
    const QString query = args.positional().join(u' ').simplified();
    if (query.isEmpty())
        return CliError::usage(tr("search: the query is empty"));
    auto limit = CommandSupport::limit(args, QStringLiteral("search"));
    if (!limit)
        return limit.error();
    auto db = context.database();
    if (!db)
        return db.error();
    auto hits =
        core::SearchService(db.value()).search(query, limit.value() > 0 ? limit.value() : 50);
    if (!hits)
        return CliError::fromCore(hits.error());
    Listing listing;
    listing.columns = {
        {QStringLiteral("kind"), tr("Kind")},      {QStringLiteral("id"), tr("ID")},
        {QStringLiteral("name"), tr("Name")},      {QStringLiteral("company"), tr("Company")},
        {QStringLiteral("emails"), tr("E-mails")}, {QStringLiteral("phones"), tr("Phones")},
    };
    for (const core::SearchHit &h : hits.value()) {
        const bool contact = h.kind == core::SearchIndex::Kind::Contact;
        listing.rows << Row{contact ? QStringLiteral("contact") : QStringLiteral("company"),
                            core::Uuid::toString(h.id),
                            h.displayName,
                            h.company,
                            QJsonArray::fromStringList(h.emails),
                            QJsonArray::fromStringList(h.phones)};
    }
    context.print(OutputFormatter::list(context.format(), listing));
    return {};
}

Command SearchCommand::command()
{
    return {
        {QStringLiteral("search")},
        QStringLiteral("QUERY..."),
        1,
        -1,
        QT_TRANSLATE_NOOP("crm::cli::Help",
                          "Find contacts and companies: every word must start a word of the "
                          "record."),
        QT_TRANSLATE_NOOP("crm::cli::Help",
                          "Case, accents and alphabets are folded: \"berzins\" finds "
                          "Bērziņš, \"ivanov\" finds Иванов. A phone number is found by "
                          "its digits: \"29123456\" finds +371 2912 3456."),
        {{QStringLiteral("limit"), QStringLiteral("N"), false,
          QT_TRANSLATE_NOOP("crm::cli::Help", "at most N contacts and N companies (default 50)")}},
        &SearchCommand::run,
        false};
}

} // namespace crm::cli
