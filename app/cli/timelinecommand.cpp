// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinecommand.h"

#include "commandcontext.h"
#include "commandsupport.h"
#include "idresolver.h"

#include "timeline/timelinerepository.h"

#include <algorithm>
#include <limits>

namespace crm::cli {

CliStatus TimelineCommand::run(CommandContext &context, const ParsedArguments &args)
{
    auto limit = CommandSupport::limit(args, QStringLiteral("timeline"));
    if (!limit)
        return limit.error();
    auto pattern = IdResolver::parse(args.positional().constFirst());
    if (!pattern)
        return pattern.error();
    auto db = context.database();
    if (!db)
        return db.error();
    auto id = IdResolver::resolveRecord(db.value(), pattern.value());
    if (!id)
        return id.error();
    Listing listing;
    listing.columns = {
        {QStringLiteral("time"), tr("Time")},
        {QStringLiteral("kind"), tr("Kind")},
        {QStringLiteral("title"), tr("What")},
        {QStringLiteral("detail"), tr("Details")},
        {QStringLiteral("who"), tr("Who")},
        {QStringLiteral("record"), tr("Record"), false},
        {QStringLiteral("record_id"), tr("Record ID"), false},
    };
    // Page by page (the repository's keyset), so --limit reads no more than it prints.
    const core::TimelineRepository timeline(db.value());
    core::TimelineCursor cursor;
    int left = limit.value() < 0 ? std::numeric_limits<int>::max() : limit.value();
    while (left > 0) {
        auto page = timeline.page(id.value(), cursor,
                                  std::min(left, core::TimelineRepository::DefaultPageSize * 5));
        if (!page)
            return CliError::fromCore(page.error());
        for (const core::TimelineEntry &e : page->entries) {
            listing.rows << Row{CommandSupport::isoTime(e.at),
                                core::Timeline::kindKey(e.kind),
                                e.title,
                                e.detail,
                                e.who,
                                core::Timeline::recordKindKey(e.recordKind),
                                CommandSupport::idValue(e.recordId)};
        }
        left -= int(page->entries.size());
        if (page->atEnd)
            break;
        cursor = page->next;
    }
    context.print(OutputFormatter::list(context.format(), listing));
    return {};
}

Command TimelineCommand::command()
{
    return {{QStringLiteral("timeline")},
            QStringLiteral("ID"),
            1,
            1,
            QT_TRANSLATE_NOOP("crm::cli::Help",
                              "Show everything about a contact, company or deal, newest first: "
                              "activities, deals opened, moved, won and lost, and field changes."),
            QT_TRANSLATE_NOOP("crm::cli::Help",
                              "A company's timeline includes the activities of its contacts and "
                              "deals. Times are UTC; kind is call, meeting, visit, task, note, "
                              "email, deal_opened, stage_changed, deal_won, deal_lost, created, "
                              "field_changed, deleted or restored; record and record_id name the "
                              "record an entry belongs to."),
            {{QStringLiteral("limit"), QStringLiteral("N"), false,
              QT_TRANSLATE_NOOP("crm::cli::Help", "print at most N entries")}},
            &TimelineCommand::run,
            false};
}

} // namespace crm::cli
