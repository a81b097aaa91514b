// SPDX-License-Identifier: GPL-3.0-or-later
#include "dealstaleness.h"

#include <QCoreApplication>
#include <QLocale>

namespace crm::core::DealStaleness {

QString lastActivitySql(const QString &dealAlias)
{
    return u"(SELECT MAX(COALESCE(a.start_at, a.due_at, a.created_at)) FROM activities a"
           u" WHERE a.deal_id = " +
           dealAlias + u".id AND a.deleted = 0)";
}

QString conditionSql(const QString &d, const QString &s)
{
    // The cheap test first: most stale deals are found without looking at their activities.
    const QString limit = s + u".stale_days * " + QString::number(DayMs);
    return u"(" + s + u".stale_days IS NOT NULL AND (? - " + d + u".local_stage_since > " + limit +
           u" OR (COALESCE(" + lastActivitySql(d) + u", " + d +
           u".created_at) > 0 AND ? - COALESCE(" + lastActivitySql(d) + u", " + d +
           u".created_at) > " + limit + u")))";
}

QString reason(const Stage &stage, qint64 stageSince, qint64 createdAt, qint64 lastActivity,
               qint64 now)
{
    // The context lupdate files the messages of this namespace's functions under.
    auto tr = [](const char *text) {
        return QCoreApplication::translate("crm::core::DealStaleness", text);
    };
    if (!stage.staleAfterDays)
        return {};
    const qint64 limit = qint64(*stage.staleAfterDays) * DayMs;
    const QLocale locale;
    if (now - stageSince > limit)
        return tr("Stale: in %1 for %2 days, longer than its limit of %3")
            .arg(stage.displayName(), locale.toString((now - stageSince) / DayMs),
                 locale.toString(*stage.staleAfterDays));
    // Idle: the latest activity linked to the deal, or its creation when it has none.
    const qint64 idleSince = lastActivity ? lastActivity : createdAt;
    if (idleSince > 0 && now - idleSince > limit)
        return (lastActivity ? tr("Stale: no activity for %1 days, longer than the "
                                  "stage's limit of %2")
                             : tr("Stale: no activity since it was opened %1 days ago, "
                                  "longer than the stage's limit of %2"))
            .arg(locale.toString((now - idleSince) / DayMs),
                 locale.toString(*stage.staleAfterDays));
    return {};
}

} // namespace crm::core::DealStaleness
