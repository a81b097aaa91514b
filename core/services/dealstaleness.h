// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/pipeline.h"

#include <QString>

namespace crm::core::DealStaleness {

// When an open deal is stale: its stage has a limit of N days and the deal has been in the
// stage longer than that, or idle that long (no activity linked to it since; a deal without
// any counts from its creation). The board marks such cards; the dashboard lists them.

constexpr qint64 DayMs = 24LL * 3600 * 1000;

// SQL: the time of the latest live activity linked to the deal `dealAlias` (NULL: none);
// one range of the activities_timeline_deal index.
QString lastActivitySql(const QString &dealAlias);
// SQL condition over a deal `dealAlias` and its stage `stageAlias`: true when stale. Binds
// "now" (UTC ms) at its two `?`, in order.
QString conditionSql(const QString &dealAlias, const QString &stageAlias);
// Why a deal is stale (translated), or empty when it is not.
QString reason(const Stage &stage, qint64 stageSince, qint64 createdAt, qint64 lastActivity,
               qint64 nowMs);

} // namespace crm::core::DealStaleness
