// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardservice.h"

#include "domain/pipeline.h"
#include "services/activityrepository.h"
#include "services/dealstaleness.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace crm::core::dashboard {

namespace {

// The context lupdate files the messages of this file's free functions under; the service's
// own members name theirs.
QString tr(const char *text)
{
    return QCoreApplication::translate("crm::core::dashboard", text);
}

// One statement with its values bound in order.
class Statement
{
public:
    explicit Statement(const DatabasePtr &db)
        : m_db(db->connection())
        , m_query(m_db)
    {
        m_query.setForwardOnly(true);
    }
    Status run(const QString &statement, const QVariantList &binds, const char *what)
    {
        m_query.prepare(statement);
        for (const QVariant &v : binds)
            m_query.addBindValue(v);
        if (!m_query.exec())
            return sql::error(m_query, QString::fromLatin1(what));
        return {};
    }
    bool next() { return m_query.next(); }
    QVariant operator[](int i) const { return m_query.value(i); }

private:
    QSqlDatabase m_db;
    QSqlQuery m_query;
};

// The owner condition over alias `t` of every figure, and its value.
struct OwnerFilter
{
    QString owner;
    QString sql(const QString &alias = u"t"_qs) const
    {
        return owner.isEmpty() ? QString() : u" AND " + alias + u".owner = ?";
    }
    QVariantList binds() const { return owner.isEmpty() ? QVariantList() : QVariantList{owner}; }
};

RecordSet recordSet(RecordKind kind, const QString &title, const QString &condition,
                    QVariantList binds, const OwnerFilter &owner)
{
    binds += owner.binds();
    return {kind, title, condition + owner.sql(), binds};
}

QString titled(const QString &what, const reports::DateRange &range)
{
    return tr("%1 · %2").arg(what, DashboardPeriod::describe(range));
}

// Deals won (or lost) in [from, to), by the time they were closed.
RecordSet closedDeals(bool won, qint64 from, qint64 to, const QString &title,
                      const OwnerFilter &owner)
{
    return recordSet(RecordKind::Deal, title,
                     won ? u"t.deleted = 0 AND t.local_outcome = 'won' AND t.won_at >= ? AND "
                           u"t.won_at < ?"_qs
                         : u"t.deleted = 0 AND t.local_outcome = 'lost' AND t.lost_at >= ? AND "
                           u"t.lost_at < ?"_qs,
                     {from, to}, owner);
}

RecordSet doneActivities(qint64 from, qint64 to, const QString &kind, const QString &title,
                         const OwnerFilter &owner)
{
    QString condition = u"t.deleted = 0 AND t.done = 1 AND t.done_at >= ? AND t.done_at < ?"_qs;
    QVariantList binds{from, to};
    if (!kind.isEmpty()) {
        condition += u" AND t.kind = ?"_qs;
        binds << kind;
    }
    return recordSet(RecordKind::Activity, title, condition, binds, owner);
}

QString kindLabel(const QString &key)
{
    const auto kind = Activity::kindFromKey(key);
    return kind ? Activity::kindLabel(*kind) : key;
}

// Both periods as one range of an index: from the earlier start to the later end (the
// gap between them, if any, is left out by the CASE that tells the periods apart).
QVariantList span(const DashboardPeriod &p)
{
    return {std::min(p.from, p.previousFrom), std::max(p.to, p.previousTo)};
}

// 0 for the period, 1 for the previous one, NULL for neither: over the instant `column`.
QString whichPeriod(const QString &column)
{
    return u"CASE WHEN " + column + u" >= ? AND " + column + u" < ? THEN 0 WHEN " + column +
           u" >= ? AND " + column + u" < ? THEN 1 END";
}

QVariantList periodBinds(const DashboardPeriod &p)
{
    return {p.from, p.to, p.previousFrom, p.previousTo};
}

Status contacts(const DatabasePtr &db, const DashboardPeriod &p, const OwnerFilter &owner,
                Figures &f)
{
    // Four ranges of contacts_created, counted from the index alone.
    const QString count = u"(SELECT count(*) FROM contacts t WHERE deleted = 0 AND created_at >= ?"
                          u" AND created_at < ?" +
                          owner.sql();
    Statement q(db);
    QVariantList binds;
    for (const auto &[from, to] :
         {std::pair(p.from, p.to), std::pair(p.previousFrom, p.previousTo)})
        for (int lead = 0; lead < 2; ++lead)
            binds << from << to << owner.binds();
    if (auto s = q.run(u"SELECT " + count + u"), " + count + u" AND status = 'lead'), " + count +
                           u"), " + count + u" AND status = 'lead')",
                       binds, "counting new contacts");
        !s)
        return s;
    if (q.next()) {
        f.newContacts.count = q[0].toLongLong();
        f.newLeads.count = q[1].toLongLong();
        f.newContacts.previousCount = q[2].toLongLong();
        f.newLeads.previousCount = q[3].toLongLong();
    }
    const QString created = u"t.deleted = 0 AND t.created_at >= ? AND t.created_at < ?"_qs;
    f.newContacts.records = recordSet(RecordKind::Contact, titled(tr("New contacts"), p.current),
                                      created, {p.from, p.to}, owner);
    f.newLeads.records = recordSet(RecordKind::Contact, titled(tr("New leads"), p.current),
                                   created + u" AND t.status = 'lead'", {p.from, p.to}, owner);
    return {};
}

Status closed(const DatabasePtr &db, const DashboardPeriod &p, const OwnerFilter &owner, Figures &f)
{
    // Won and lost, this period and the one before, by currency: a range of deals_won and
    // one of deals_lost, both covering.
    Statement q(db);
    auto arm = [&owner](const char *outcome, const char *column) -> QString {
        const QString c = QString::fromLatin1(column);
        return u"SELECT '" + QLatin1String(outcome) + u"' AS o, " + whichPeriod(c) +
               u" AS w, currency, amount, " + (c == u"won_at" ? u"created_at"_qs : u"NULL"_qs) +
               u" AS created_at, " + c +
               u" AS c FROM deals t WHERE deleted = 0 AND local_outcome = '" +
               QLatin1String(outcome) + u"' AND " + c + u" >= ? AND " + c + u" < ?" + owner.sql();
    };
    const QVariantList armBinds = periodBinds(p) + span(p) + owner.binds();
    if (auto s = q.run(u"SELECT o, w, currency, count(*), sum(amount), total(CASE WHEN created_at"
                       u" > 0 AND c >= created_at THEN c - created_at END), total(created_at > 0"
                       u" AND c >= created_at) FROM (" +
                           arm("won", "won_at") + u" UNION ALL " + arm("lost", "lost_at") +
                           u") WHERE w IS NOT NULL GROUP BY o, w, currency",
                       armBinds + armBinds, "summing won and lost deals");
        !s)
        return s;
    double cycleMs[2] = {0, 0};
    qint64 cycleN[2] = {0, 0};
    while (q.next()) {
        const bool won = q[0].toString() == u"won";
        const int previous = q[1].toInt();
        Figure &fig = won ? f.won : f.lost;
        const qint64 n = q[3].toLongLong();
        (previous ? fig.previousCount : fig.count) += n;
        (previous ? fig.previousAmounts : fig.amounts)[q[2].toString()] += q[4].toLongLong();
        if (won) {
            cycleMs[previous] += q[5].toDouble();
            cycleN[previous] += q[6].toLongLong();
        }
    }
    f.won.records = closedDeals(true, p.from, p.to, titled(tr("Deals won"), p.current), owner);
    f.lost.records = closedDeals(false, p.from, p.to, titled(tr("Deals lost"), p.current), owner);

    auto rate = [](qint64 won, qint64 lost) -> std::optional<double> {
        if (won + lost == 0)
            return std::nullopt;
        return double(won) / double(won + lost);
    };
    f.winRate.value = rate(f.won.count, f.lost.count);
    f.winRate.previous = rate(f.won.previousCount, f.lost.previousCount);
    f.winRate.basis = f.won.count + f.lost.count;
    f.winRate.records = recordSet(
        RecordKind::Deal, titled(tr("Deals closed"), p.current),
        u"t.deleted = 0 AND ((t.local_outcome = 'won' AND t.won_at >= ? AND t.won_at < ?) OR"
        u" (t.local_outcome = 'lost' AND t.lost_at >= ? AND t.lost_at < ?))"_qs,
        {p.from, p.to, p.from, p.to}, owner);

    auto mean = [](double total, qint64 n) -> std::optional<double> {
        if (n == 0)
            return std::nullopt;
        return total / double(n) / double(DealStaleness::DayMs);
    };
    f.salesCycleDays.value = mean(cycleMs[0], cycleN[0]);
    f.salesCycleDays.previous = mean(cycleMs[1], cycleN[1]);
    f.salesCycleDays.basis = cycleN[0];
    f.salesCycleDays.records =
        recordSet(RecordKind::Deal, titled(tr("Deals won (sales cycle)"), p.current),
                  u"t.deleted = 0 AND t.local_outcome = 'won' AND t.won_at >= ? AND t.won_at < ?"
                  u" AND t.created_at > 0 AND t.won_at >= t.created_at"_qs,
                  {p.from, p.to}, owner);
    return {};
}

Status pipeline(const DatabasePtr &db, const DashboardPeriod &p, const OwnerFilter &owner,
                Figures &f)
{
    // The open stages in board order, then their deals by stage and currency (covered by
    // deals_report_pipeline unless an owner is chosen).
    {
        Statement q(db);
        if (auto s = q.run(u"SELECT s.id, s.name, p.id, p.name FROM stages s JOIN pipelines p ON"
                           u" p.id = s.pipeline_id WHERE s.deleted = 0 AND p.deleted = 0 AND"
                           u" s.outcome = 'open' ORDER BY p.position, p.rid, s.position, s.rid"_qs,
                           {}, "reading the stages");
            !s)
            return s;
        while (q.next()) {
            Stage stage;
            stage.id = q[0].toByteArray();
            stage.name = q[1].toString();
            Pipeline pipe;
            pipe.id = q[2].toByteArray();
            pipe.name = q[3].toString();
            StageFigure sf;
            sf.stageId = stage.id;
            sf.stage = stage.displayName();
            sf.pipeline = pipe.displayName();
            sf.records =
                recordSet(RecordKind::Deal, tr("Open deals · %1").arg(sf.stage),
                          u"t.deleted = 0 AND t.local_outcome = 'open' AND t.stage_id = ?"_qs,
                          {stage.id}, owner);
            f.stages << sf;
        }
    }
    Statement q(db);
    if (auto s = q.run(u"SELECT stage_id, currency, count(*), sum(amount), sum(local_weighted) FROM"
                       u" deals t WHERE deleted = 0 AND local_outcome = 'open'" +
                           owner.sql() + u" GROUP BY stage_id, currency",
                       owner.binds(), "summing the open pipeline");
        !s)
        return s;
    while (q.next()) {
        const QByteArray stage = q[0].toByteArray();
        const QString currency = q[1].toString();
        f.openPipeline.count += q[2].toLongLong();
        f.openPipeline.amounts[currency] += q[3].toLongLong();
        f.openPipeline.weighted[currency] += q[4].toLongLong();
        for (StageFigure &sf : f.stages) {
            if (sf.stageId == stage) {
                sf.count += q[2].toLongLong();
                sf.total[currency] += q[3].toLongLong();
                sf.weighted[currency] += q[4].toLongLong();
            }
        }
    }
    f.openPipeline.records = recordSet(RecordKind::Deal, tr("Open deals"),
                                       u"t.deleted = 0 AND t.local_outcome = 'open'"_qs, {}, owner);

    // The pipeline as it stood when the previous period ended: created before then and not
    // won or lost by then — open now, or closed since (amounts as they are now). Three
    // covering ranges: deals_open_created, deals_won, deals_lost.
    const QString arms[] = {
        u"local_outcome = 'open'"_qs,
        u"local_outcome = 'won' AND won_at >= ?"_qs,
        u"local_outcome = 'lost' AND lost_at >= ?"_qs,
    };
    QStringList selects;
    QVariantList binds;
    for (const QString &arm : arms) {
        selects << u"SELECT currency, amount FROM deals t WHERE deleted = 0 AND " + arm +
                       u" AND created_at < ?" + owner.sql();
        if (arm.contains(u'?'))
            binds << p.previousTo;
        binds << p.previousTo;
        binds += owner.binds();
    }
    Statement prev(db);
    if (auto s = prev.run(u"SELECT currency, count(*), sum(amount) FROM (" +
                              selects.join(u" UNION ALL "_qs) + u") GROUP BY currency",
                          binds, "summing the earlier pipeline");
        !s)
        return s;
    while (prev.next()) {
        f.openPipeline.previousCount += prev[1].toLongLong();
        f.openPipeline.previousAmounts[prev[0].toString()] += prev[2].toLongLong();
    }
    return {};
}

Status activities(const DatabasePtr &db, const DashboardPeriod &p, const OwnerFilter &owner,
                  Figures &f)
{
    Statement q(db);
    // A range of activities_done, covering.
    if (auto s = q.run(u"SELECT kind, total(w = 0), total(w = 1) FROM (SELECT " +
                           whichPeriod(u"done_at"_qs) +
                           u" AS w, kind FROM activities t WHERE deleted = 0 AND done = 1 AND"
                           u" done_at >= ? AND done_at < ?" +
                           owner.sql() + u") WHERE w IS NOT NULL GROUP BY kind",
                       periodBinds(p) + span(p) + owner.binds(), "counting done activities");
        !s)
        return s;
    QHash<QString, KindFigure> byKind;
    while (q.next()) {
        KindFigure k;
        k.kind = q[0].toString();
        k.count = q[1].toLongLong();
        k.previousCount = q[2].toLongLong();
        byKind.insert(k.kind, k);
        f.activitiesDone.count += k.count;
        f.activitiesDone.previousCount += k.previousCount;
    }
    // Every kind in the program's order, also those with nothing done.
    for (const QString &kind : Activity::kindKeys()) {
        KindFigure k = byKind.value(kind);
        k.kind = kind;
        k.records = doneActivities(p.from, p.to, kind,
                                   titled(tr("Done: %1").arg(kindLabel(kind)), p.current), owner);
        f.activitiesByKind << k;
    }
    f.activitiesDone.records =
        doneActivities(p.from, p.to, {}, titled(tr("Activities done"), p.current), owner);
    return {};
}

QString wonMapSql(const QString &window)
{
    return u"SELECT company_id, currency, count(*), sum(amount) FROM deals t WHERE deleted = 0"
           u" AND local_outcome = 'won' AND company_id IS NOT NULL AND " +
           window;
}

Status customers(const DatabasePtr &db, const DashboardPeriod &p, const OwnerFilter &owner, int top,
                 Figures &f)
{
    Statement q(db);
    if (auto s = q.run(wonMapSql(u"won_at >= ? AND won_at < ?"_qs) + owner.sql() +
                           u" GROUP BY company_id, currency",
                       QVariantList{p.from, p.to} + owner.binds(), "ranking customers");
        !s)
        return s;
    QHash<QByteArray, Customer> all;
    while (q.next()) {
        Customer &c = all[q[0].toByteArray()];
        c.companyId = q[0].toByteArray();
        c.deals += q[2].toLongLong();
        c.won[q[1].toString()] += q[3].toLongLong();
    }
    // Ranked by what they bought in the headline currency, then in any other, then by deals;
    // amounts of different currencies are never compared with each other.
    QList<Customer> ranked = all.values();
    const QString primary = f.primaryCurrency;
    std::sort(ranked.begin(), ranked.end(), [&primary](const Customer &a, const Customer &b) {
        const qint64 pa = a.won.value(primary), pb = b.won.value(primary);
        if (pa != pb)
            return pa > pb;
        if (a.deals != b.deals)
            return a.deals > b.deals;
        return a.companyId < b.companyId;
    });
    ranked = ranked.mid(0, top);
    if (ranked.isEmpty())
        return {};
    QStringList marks;
    QVariantList ids;
    for (const Customer &c : std::as_const(ranked)) {
        marks << u"?"_qs;
        ids << c.companyId;
    }
    Statement prev(db);
    if (auto s = prev.run(
            wonMapSql(u"won_at >= ? AND won_at < ? AND company_id IN (" + marks.join(u',') + u")") +
                owner.sql() + u" GROUP BY company_id, currency",
            QVariantList{p.previousFrom, p.previousTo} + ids + owner.binds(),
            "reading customers' earlier purchases");
        !s)
        return s;
    while (prev.next()) {
        for (Customer &c : ranked) {
            if (c.companyId == prev[0].toByteArray())
                c.previousWon[prev[1].toString()] += prev[3].toLongLong();
        }
    }
    Statement names(db);
    if (auto s =
            names.run(u"SELECT id, name FROM companies WHERE id IN (" + marks.join(u',') + u")",
                      ids, "reading customers' names");
        !s)
        return s;
    while (names.next()) {
        for (Customer &c : ranked) {
            if (c.companyId == names[0].toByteArray())
                c.name = names[1].toString();
        }
    }
    for (Customer &c : ranked) {
        c.records = recordSet(
            RecordKind::Deal, titled(tr("Won from %1").arg(c.name), p.current),
            u"t.deleted = 0 AND t.local_outcome = 'won' AND t.won_at >= ? AND t.won_at < ? AND"
            u" t.company_id = ?"_qs,
            {p.from, p.to, c.companyId}, owner);
    }
    f.topCustomers = ranked;
    return {};
}

// Buckets as a VALUES table (index, start, end) so one statement counts them all, with day
// boundaries computed here in the user's zone.
QString bucketTable(const QList<Bucket> &buckets, QVariantList &binds, const QTimeZone &zone)
{
    QStringList rows;
    for (int i = 0; i < buckets.size(); ++i) {
        rows << u"(?, ?, ?)"_qs;
        binds << i << startOfDayMs(buckets[i].start, zone)
              << startOfDayMs(buckets[i].end.addDays(1), zone);
    }
    return u"WITH b(i, s, e) AS (VALUES " + rows.join(u", ") + u")";
}

// Runs `select` (over the buckets' table b, with %1 where the owner's condition goes) and
// hands each row to `add` with its bucket (the row's first column).
Status perBucket(const DatabasePtr &db, QList<Bucket> &buckets, const QTimeZone &zone,
                 const QString &select, const OwnerFilter &owner, const char *what,
                 const std::function<void(Bucket &, const Statement &)> &add)
{
    QVariantList binds;
    const QString with = bucketTable(buckets, binds, zone);
    Statement q(db);
    if (auto s = q.run(with + u' ' + select.arg(owner.sql()), binds + owner.binds(), what); !s)
        return s;
    while (q.next())
        add(buckets[q[0].toInt()], q);
    return {};
}

Status wonPerMonth(const DatabasePtr &db, const QDate &today, const QTimeZone &zone,
                   const OwnerFilter &owner, Figures &f)
{
    const QDate month(today.year(), today.month(), 1);
    const QLocale locale;
    for (int i = 11; i >= 0; --i) {
        Bucket b;
        b.start = month.addMonths(-i);
        b.end = b.start.addMonths(1).addDays(-1);
        f.wonPerMonth << b;
    }
    if (auto s = perBucket(db, f.wonPerMonth, zone,
                           u"SELECT b.i, t.currency, count(*), sum(t.amount) FROM b JOIN deals t"
                           u" ON t.won_at >= b.s AND t.won_at < b.e WHERE t.deleted = 0 AND"
                           u" t.local_outcome = 'won'%1 GROUP BY b.i, t.currency"_qs,
                           owner, "summing won deals per month",
                           [](Bucket &b, const Statement &q) {
                               b.count += q[2].toLongLong();
                               b.amounts[q[1].toString()] += q[3].toLongLong();
                           });
        !s)
        return s;
    for (Bucket &b : f.wonPerMonth)
        b.records =
            closedDeals(true, startOfDayMs(b.start, zone), startOfDayMs(b.end.addDays(1), zone),
                        tr("Deals won · %1").arg(locale.toString(b.start, u"MMMM yyyy"_qs)), owner);
    return {};
}

Status activitiesPerWeek(const DatabasePtr &db, const QDate &today, const QTimeZone &zone,
                         const OwnerFilter &owner, Figures &f)
{
    const QLocale locale;
    const QDate week = today.addDays(-((today.dayOfWeek() - int(locale.firstDayOfWeek()) + 7) % 7));
    for (int i = 11; i >= 0; --i) {
        Bucket b;
        b.start = week.addDays(-7 * i);
        b.end = b.start.addDays(6);
        f.activitiesPerWeek << b;
    }
    if (auto s = perBucket(db, f.activitiesPerWeek, zone,
                           u"SELECT b.i, t.kind, count(*) FROM b JOIN activities t ON t.done_at >="
                           u" b.s AND t.done_at < b.e WHERE t.deleted = 0 AND t.done = 1%1 GROUP BY"
                           u" b.i, t.kind"_qs,
                           owner, "counting activities per week",
                           [](Bucket &b, const Statement &q) {
                               b.count += q[2].toLongLong();
                               b.byKind[q[1].toString()] += q[2].toLongLong();
                           });
        !s)
        return s;
    for (Bucket &b : f.activitiesPerWeek) {
        const reports::DateRange range{b.start, b.end};
        const qint64 from = startOfDayMs(b.start, zone), to = startOfDayMs(b.end.addDays(1), zone);
        b.records = doneActivities(from, to, {}, titled(tr("Activities done"), range), owner);
        for (const QString &kind : Activity::kindKeys())
            b.byKindRecords.insert(
                kind, doneActivities(from, to, kind,
                                     titled(tr("Done: %1").arg(kindLabel(kind)), range), owner));
    }
    return {};
}

// The currency shown first: the user's own when the data has it, else the most used one.
QString primaryCurrency(const Figures &f)
{
    QHash<QString, qint64> uses;
    for (const MoneyAmounts *m :
         {&f.openPipeline.amounts, &f.won.amounts, &f.lost.amounts, &f.won.previousAmounts}) {
        for (auto it = m->constBegin(); it != m->constEnd(); ++it)
            uses[it.key()] += 1;
    }
    for (const Bucket &b : f.wonPerMonth) {
        for (auto it = b.amounts.constBegin(); it != b.amounts.constEnd(); ++it)
            uses[it.key()] += 1;
    }
    const QString own = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    if (uses.contains(own) || uses.isEmpty())
        return own.isEmpty() ? u"EUR"_qs : own;
    QString best;
    qint64 most = -1;
    for (auto it = uses.constBegin(); it != uses.constEnd(); ++it) {
        if (it.value() > most || (it.value() == most && it.key() < best)) {
            best = it.key();
            most = it.value();
        }
    }
    return best;
}

} // namespace

DashboardService::DashboardService(DatabasePtr db)
    : m_db(std::move(db))
{}

Result<Figures> DashboardService::figures(const Options &options) const
{
    const QTimeZone zone = options.zone.isValid() ? options.zone : QTimeZone::systemTimeZone();
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    const QDate today = now.toTimeZone(zone).date();
    auto period = DashboardPeriod::resolve(options.period, today, zone);
    if (!period)
        return period.error();
    Figures f;
    f.period = period.value();
    f.owner = options.owner;
    const OwnerFilter owner{options.owner};
    {
        QSqlDatabase c = m_db->connection();
        auto any = sql::scalar(c, u"SELECT EXISTS(SELECT 1 FROM contacts WHERE deleted = 0) OR"
                                  u" EXISTS(SELECT 1 FROM companies WHERE deleted = 0) OR"
                                  u" EXISTS(SELECT 1 FROM deals WHERE deleted = 0) OR"
                                  u" EXISTS(SELECT 1 FROM activities WHERE deleted = 0)"_qs);
        if (!any)
            return any.error();
        f.databaseEmpty = !any->toBool();
    }
    for (auto step : {contacts, closed, pipeline, activities}) {
        if (auto s = step(m_db, f.period, owner, f); !s)
            return s.error();
    }
    if (auto s = wonPerMonth(m_db, today, zone, owner, f); !s)
        return s.error();
    f.primaryCurrency = primaryCurrency(f);
    if (auto s = customers(m_db, f.period, owner, options.topCustomers, f); !s)
        return s.error();
    if (auto s = activitiesPerWeek(m_db, today, zone, owner, f); !s)
        return s.error();
    return f;
}

Result<MyDay> DashboardService::myDay(const Options &options, int limit) const
{
    const QTimeZone zone = options.zone.isValid() ? options.zone : QTimeZone::systemTimeZone();
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const OwnerFilter owner{options.owner};
    MyDay day;
    const ActivityRepository activities(m_db);
    auto overdue = activities.agenda(ActivityRepository::Range::Overdue, now, zone, limit,
                                     QLocale(), options.owner);
    if (!overdue)
        return overdue.error();
    day.overdue = overdue.value();
    auto today = activities.agenda(ActivityRepository::Range::Today, now, zone, limit, QLocale(),
                                   options.owner);
    if (!today)
        return today.error();
    day.today = today.value();
    day.overdueRecords = recordSet(
        RecordKind::Activity,
        QCoreApplication::translate("crm::core::dashboard::DashboardService", "Overdue tasks"),
        u"t.local_open_due < ?"_qs, {nowMs}, owner);
    auto count = RecordSets::count(m_db, day.overdueRecords);
    if (!count)
        return count.error();
    day.overdueCount = count.value();

    auto reminders = ReminderEngine(
                         m_db, [now] { return now; }, zone)
                         .onDay(now.toTimeZone(zone).date());
    if (!reminders)
        return reminders.error();
    day.reminders = reminders.value();

    // Stale deals: open ones in a stage with a limit, past it (the board's rule).
    const QString stale = u"t.deleted = 0 AND t.local_outcome = 'open' AND EXISTS (SELECT 1 FROM"
                          u" stages s WHERE s.id = t.stage_id AND " +
                          DealStaleness::conditionSql(u"t"_qs, u"s"_qs) + u")";
    day.staleRecords = recordSet(
        RecordKind::Deal,
        QCoreApplication::translate("crm::core::dashboard::DashboardService", "Stale deals"), stale,
        {nowMs, nowMs}, owner);
    Statement q(m_db);
    if (auto s = q.run(u"SELECT t.id, t.title, t.local_company_name, t.amount, t.currency,"
                       u" t.local_stage_since, t.created_at, " +
                           DealStaleness::lastActivitySql(u"t"_qs) +
                           u", s.id, s.name, s.stale_days, count(*) OVER () FROM deals t JOIN"
                           u" stages s ON s.id ="
                           u" t.stage_id WHERE t.deleted = 0 AND t.local_outcome = 'open' AND " +
                           DealStaleness::conditionSql(u"t"_qs, u"s"_qs) + owner.sql() +
                           u" ORDER BY t.local_stage_since, t.rid LIMIT ?",
                       QVariantList{nowMs, nowMs} + owner.binds() + QVariantList{limit},
                       "reading stale deals");
        !s)
        return s.error();
    // One pass finds them all (the count) and hands over the first `limit`.
    while (q.next()) {
        day.staleCount = q[11].toLongLong();
        Stage stage;
        stage.id = q[8].toByteArray();
        stage.name = q[9].toString();
        stage.staleAfterDays = q[10].toInt();
        StaleDeal d;
        d.id = q[0].toByteArray();
        d.title = q[1].toString();
        d.company = q[2].toString();
        d.amount = q[3].toLongLong();
        d.currency = q[4].toString();
        d.stage = stage.displayName();
        d.reason = DealStaleness::reason(stage, q[5].toLongLong(), q[6].toLongLong(),
                                         q[7].toLongLong(), nowMs);
        day.stale << d;
    }
    return day;
}

Result<QStringList> DashboardService::owners() const
{
    Statement q(m_db);
    if (auto s = q.run(u"SELECT DISTINCT owner FROM deals WHERE deleted = 0 AND owner <> ''"_qs, {},
                       "reading owners");
        !s)
        return s.error();
    QStringList out;
    while (q.next())
        out << q[0].toString();
    const QString me = m_db->localUser();
    if (!me.isEmpty() && !out.contains(me))
        out << me;
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    return out;
}

} // namespace crm::core::dashboard
