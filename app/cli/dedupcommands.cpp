// SPDX-License-Identifier: GPL-3.0-or-later
#include "dedupcommands.h"

#include "commandcontext.h"
#include "idresolver.h"
#include "outputformatter.h"

#include "common/uuid.h"
#include "dedup/duplicatefinder.h"
#include "dedup/mergeservice.h"
#include "storage/sql.h"

#include <QJsonValue>
#include <QLocale>

namespace crm::cli {

using namespace core::dedup;

CliStatus DedupCommands::list(CommandContext &context, const ParsedArguments &args)
{
    FindOptions options;
    const QString kind = args.value(QStringLiteral("kind")).trimmed().toLower();
    if (!kind.isEmpty() && !parseKind(kind, &options.kind))
        return CliError::usage(
            tr("--kind: “%1” is not contact or company").arg(args.value(u"kind"_qs)));
    if (args.isSet(QStringLiteral("min-score"))) {
        bool ok = false;
        options.minScore = args.value(QStringLiteral("min-score")).toDouble(&ok);
        if (!ok || options.minScore < 0 || options.minScore > 1)
            return CliError::usage(tr("--min-score: “%1” is not a number from 0 to 1")
                                       .arg(args.value(u"min-score"_qs)));
    }
    auto db = context.database();
    if (!db)
        return db.error();
    auto pairs = DuplicateFinder(db.value()).find(options);
    if (!pairs)
        return CliError::fromCore(pairs.error());
    Listing listing{{{QStringLiteral("score"), tr("Score")},
                     {QStringLiteral("id_a"), tr("Record")},
                     {QStringLiteral("name_a"), tr("Name")},
                     {QStringLiteral("id_b"), tr("Record")},
                     {QStringLiteral("name_b"), tr("Name")},
                     {QStringLiteral("reasons"), tr("Why")}},
                    {}};
    for (const DuplicatePair &p : pairs.value())
        listing.rows << Row{QJsonValue(std::round(p.score * 100) / 100),
                            core::Uuid::toString(p.a),
                            p.nameA,
                            core::Uuid::toString(p.b),
                            p.nameB,
                            p.reasons.join(QStringLiteral("; "))};
    context.print(OutputFormatter::list(context.format(), listing));
    return {};
}

CliStatus DedupCommands::merge(CommandContext &context, const ParsedArguments &args)
{
    QList<IdResolver::Pattern> patterns;
    for (const QString &text : args.positional()) {
        auto p = IdResolver::parse(text);
        if (!p)
            return p.error();
        patterns << p.value();
    }
    auto keepPattern = args.isSet(QStringLiteral("keep"))
                           ? IdResolver::parse(args.value(QStringLiteral("keep")))
                           : CliResult<IdResolver::Pattern>(IdResolver::Pattern{});
    if (!keepPattern)
        return keepPattern.error();
    QList<std::pair<QString, IdResolver::Pattern>> fields;
    for (const QString &f : args.values(QStringLiteral("field"))) {
        const qsizetype eq = f.indexOf(u'=');
        if (eq <= 0)
            return CliError::usage(tr("--field: “%1” is not NAME=ID").arg(f));
        auto p = IdResolver::parse(f.mid(eq + 1));
        if (!p)
            return p.error();
        fields.append({f.left(eq).trimmed(), p.value()});
    }
    auto db = context.database();
    if (!db)
        return db.error();
    MergeRequest request;
    for (qsizetype i = 0; i < patterns.size(); ++i) {
        auto id = IdResolver::resolveAny(db.value(), patterns[i]);
        if (!id)
            return id.error();
        QSqlDatabase c = db.value()->connection();
        auto isCompany = core::sql::scalar(
            c, QStringLiteral("SELECT count(*) FROM companies WHERE id = ?"), {id.value()});
        const RecordKind kind =
            isCompany && isCompany->toInt() > 0 ? RecordKind::Company : RecordKind::Contact;
        if (i == 0)
            request.kind = kind;
        else if (kind != request.kind)
            return CliError::failure(
                tr("%1 is a %2 and %3 a %4: only records of one kind merge")
                    .arg(patterns[0].text, kindKey(request.kind), patterns[i].text, kindKey(kind)));
        request.records << id.value();
    }
    const auto kind =
        request.kind == RecordKind::Company ? IdResolver::Kind::Company : IdResolver::Kind::Contact;
    if (!keepPattern->text.isEmpty()) {
        auto keep = IdResolver::resolve(db.value(), kind, keepPattern.value());
        if (!keep)
            return keep.error();
        request.survivor = keep.value();
    }
    for (const auto &[name, pattern] : fields) {
        const auto known = MergeService::fields(request.kind);
        if (std::none_of(known.cbegin(), known.cend(),
                         [&](const MergeField &f) { return f.key == name; })) {
            QStringList keys;
            for (const MergeField &f : known)
                keys << f.key;
            return CliError::usage(
                tr("--field: unknown field “%1” (one of %2)").arg(name, keys.join(u", ")));
        }
        auto id = IdResolver::resolve(db.value(), kind, pattern);
        if (!id)
            return id.error();
        request.fieldFrom.insert(name, id.value());
    }
    auto merged = MergeService(db.value()).merge(request);
    if (!merged)
        return CliError::failure(merged.error().message());
    context.printLine(core::Uuid::toString(merged.value()));
    return {};
}

CliStatus DedupCommands::unmerge(CommandContext &context, const ParsedArguments &args)
{
    auto pattern = IdResolver::parse(args.positional().constFirst());
    if (!pattern)
        return pattern.error();
    auto db = context.database();
    if (!db)
        return db.error();
    QSqlDatabase c = db.value()->connection();
    QSqlQuery q(c);
    q.prepare(QStringLiteral("SELECT id FROM merges WHERE id BETWEEN ? AND ? LIMIT 2"));
    q.addBindValue(pattern->lower);
    q.addBindValue(pattern->upper);
    if (!q.exec())
        return CliError::fromCore(core::sql::error(q, QStringLiteral("finding the merge")));
    QList<QByteArray> ids;
    while (q.next())
        ids << q.value(0).toByteArray();
    if (ids.size() != 1)
        return CliError::failure(ids.isEmpty()
                                     ? tr("no merge with id %1").arg(pattern->text)
                                     : tr("%1 names more than one merge").arg(pattern->text));
    auto out = MergeService(db.value()).unmerge(ids.first());
    if (!out)
        return CliError::failure(out.error().message());
    context.printLine(tr("Merge %1 undone.").arg(core::Uuid::toString(ids.first())));
    for (const QString &line : out->notRestored)
        context.printLine(tr("Not restored: %1").arg(line));
    return {};
}

QList<Command> DedupCommands::commands()
{
    return {
        {{QStringLiteral("duplicates"), QStringLiteral("list")},
         QString(),
         0,
         0,
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "List likely duplicates, best first, with the reasons."),
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "Contacts: the same e-mail, the same phone (E.164) or similar names "
                           "after folding accents and Cyrillic or Greek to Latin. Companies: the "
                           "same name, website domain or phone. Pairs marked \"not a "
                           "duplicate\" in the app are left out."),
         {{QStringLiteral("kind"), QStringLiteral("contact|company"), false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "which records (default: contact)")},
          {QStringLiteral("min-score"), QStringLiteral("S"), false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "least confidence, 0 to 1 (default: 0.5)")}},
         &DedupCommands::list,
         false},
        {{QStringLiteral("merge")},
         QStringLiteral("ID ID..."),
         2,
         -1,
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "Merge contacts (or companies) into one and print the merge's id."),
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "The first record (or --keep) survives; a field keeps its value, or "
                           "another record's when it is empty, unless --field says whose value "
                           "to keep. E-mails, phones and tags are joined; activities, deals "
                           "and contacts move to the survivor; the others are deleted. "
                           "`unmerge` takes it back."),
         {{QStringLiteral("keep"), QStringLiteral("ID"), false,
           QT_TRANSLATE_NOOP("crm::cli::Help", "the record that survives")},
          {QStringLiteral("field"), QStringLiteral("NAME=ID"), true,
           QT_TRANSLATE_NOOP("crm::cli::Help",
                             "keep this record's value of a field (first_name, city, …); "
                             "repeatable")}},
         &DedupCommands::merge,
         false},
        {{QStringLiteral("unmerge")},
         QStringLiteral("MERGE_ID"),
         1,
         1,
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "Take a merge back: restore the merged records and their links."),
         QT_TRANSLATE_NOOP("crm::cli::Help",
                           "A field or link changed after the merge keeps its new value; each "
                           "such one is printed. Refuses when the surviving record was deleted."),
         {},
         &DedupCommands::unmerge,
         false},
    };
}

} // namespace crm::cli
