// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboard/dashboardperiod.h"
#include "dashboard/recordset.h"
#include "domain/activity.h"
#include "reminders/reminderengine.h"
#include "reports/reportfields.h"
#include "storage/database.h"

#include <QDateTime>
#include <QList>
#include <QTimeZone>

#include <optional>

namespace crm::core::dashboard {

using reports::MoneyAmounts;

// A figure of the period next to the same figure for the previous period. Money is kept per
// currency and never added across currencies.
struct Figure
{
    qint64 count = 0;
    qint64 previousCount = 0;
    MoneyAmounts amounts;
    MoneyAmounts previousAmounts;
    MoneyAmounts weighted; // open pipeline only
    RecordSet records;
};

// A ratio or a mean of the period and of the previous one; none when there was nothing to
// compute it from (no closed deals: no win rate).
struct Ratio
{
    std::optional<double> value;
    std::optional<double> previous;
    qint64 basis = 0; // how many records it was computed from (the size of `records`)
    RecordSet records;
};

// One open stage of the pipeline as it stands now.
struct StageFigure
{
    QByteArray stageId;
    QString pipeline; // shown name
    QString stage;
    qint64 count = 0;
    MoneyAmounts total;
    MoneyAmounts weighted;
    RecordSet records;
};

// Done activities of one kind ("call", "meeting" …).
struct KindFigure
{
    QString kind;
    qint64 count = 0;
    qint64 previousCount = 0;
    RecordSet records;
};

struct Customer
{
    QByteArray companyId;
    QString name;
    qint64 deals = 0;
    MoneyAmounts won;
    MoneyAmounts previousWon;
    RecordSet records;
};

// One bar of a chart over time: a month of won deals, a week of done activities.
struct Bucket
{
    QDate start;
    QDate end; // included
    qint64 count = 0;
    MoneyAmounts amounts;         // won per month
    QMap<QString, qint64> byKind; // activities per week, by kind
    QMap<QString, RecordSet> byKindRecords;
    RecordSet records;
};

struct Figures
{
    DashboardPeriod period;
    QString owner;              // empty: everyone's
    QString primaryCurrency;    // what charts and headline amounts show first
    bool databaseEmpty = false; // no contacts, companies, deals or activities at all

    Figure newContacts;
    Figure newLeads;
    Figure openPipeline; // now, against the pipeline as it stood at the previous period's end
    Figure won;
    Figure lost;
    Ratio winRate;        // won / (won + lost), by close date, in [0, 1]
    Ratio salesCycleDays; // mean days from creation to won, of the deals won in the period
    Figure activitiesDone;
    QList<KindFigure> activitiesByKind;
    QList<Customer> topCustomers;
    QList<StageFigure> stages;       // by pipeline and stage position
    QList<Bucket> wonPerMonth;       // the 12 months up to this one
    QList<Bucket> activitiesPerWeek; // the 12 weeks up to this one
};

struct StaleDeal
{
    QByteArray id;
    QString title;
    QString company;
    QString stage;
    QString reason; // translated
    qint64 amount = 0;
    QString currency;
};

// What needs the user today.
struct MyDay
{
    QList<Activity> overdue; // open tasks past due, the oldest first (at most the limit)
    qint64 overdueCount = 0;
    QList<Activity> today;     // what stands on today, done ones too
    QList<Reminder> reminders; // birthdays, anniversaries, reminders of activities today
    QList<StaleDeal> stale;    // the longest in their stage first (at most the limit)
    qint64 staleCount = 0;
    RecordSet overdueRecords;
    RecordSet staleRecords;
};

// The dashboard's figures, one SQL statement per figure (both periods at once) with bound
// values, over indexes. Safe to use from any thread (uses that thread's connection): the
// screen runs it on a pool thread.
class DashboardService
{
public:
    struct Options
    {
        QString period = QStringLiteral("this_month");
        QString owner;  // empty: everyone's
        QDateTime now;  // invalid: the current time
        QTimeZone zone; // invalid: the system's
        int topCustomers = 5;
    };

    explicit DashboardService(DatabasePtr db);

    Result<Figures> figures(const Options &options) const;
    Result<MyDay> myDay(const Options &options, int limit = 50) const;
    // The owners a picker offers: those of deals and the local user, sorted.
    Result<QStringList> owners() const;

private:
    DatabasePtr m_db;
};

} // namespace crm::core::dashboard
