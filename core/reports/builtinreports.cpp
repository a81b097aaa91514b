// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtinreports.h"

#include <QCoreApplication>

namespace crm::core::reports::BuiltinReports {

namespace {

// Each text is wrapped in QT_TRANSLATE_NOOP at the call: lupdate does not expand macros, so
// it only collects a text that stands inside QT_TRANSLATE_NOOP itself.
#define L(text) QString::fromUtf8(text)

FilterNode cond(const char *field, const char *op, const QVariant &value = {})
{
    FilterNode n;
    n.field = QString::fromLatin1(field);
    n.op = QString::fromLatin1(op);
    n.value = value;
    return n;
}

FilterNode param(const char *field, const char *op, const char *name)
{
    FilterNode n = cond(field, op);
    n.param = QString::fromLatin1(name);
    return n;
}

ReportParameter period(const char *defaultValue)
{
    return {u"period"_qs, u"period"_qs, L(QT_TRANSLATE_NOOP("crm::core::Reports", "Period")),
            QString::fromLatin1(defaultValue)};
}

ReportParameter owner()
{
    return {u"owner"_qs, u"text"_qs, L(QT_TRANSLATE_NOOP("crm::core::Reports", "Owner")), {}};
}

Aggregate count(const QString &label)
{
    return {u"count"_qs, {}, label};
}

Aggregate sum(const char *field, const QString &label)
{
    return {u"sum"_qs, QString::fromLatin1(field), label};
}

QList<ReportDefinition> make()
{
    QList<ReportDefinition> out;
    {
        ReportDefinition d;
        d.builtinKey = u"pipeline-by-stage"_qs;
        d.title = L(QT_TRANSLATE_NOOP("crm::core::Reports", "Pipeline by stage"));
        d.description = L(
            QT_TRANSLATE_NOOP("crm::core::Reports",
                              "Open deals per pipeline and stage: how many, their total and their "
                              "weighted amount, per currency."));
        d.recordType = RecordType::Deals;
        d.filter.children = {cond("outcome", "eq", u"open"_qs), param("pipeline", "eq", "pipeline"),
                             param("owner", "eq", "owner")};
        d.groupBy = {u"pipeline"_qs, u"stage"_qs};
        d.aggregates = {count(L(QT_TRANSLATE_NOOP("crm::core::Reports", "Deals"))),
                        sum("amount", L(QT_TRANSLATE_NOOP("crm::core::Reports", "Total"))),
                        sum("weighted", L(QT_TRANSLATE_NOOP("crm::core::Reports", "Weighted")))};
        d.parameters = {{u"pipeline"_qs,
                         u"pipeline"_qs,
                         L(QT_TRANSLATE_NOOP("crm::core::Reports", "Pipeline")),
                         {}},
                        owner()};
        d.chartAggregate = 1;
        out << d;
    }
    {
        ReportDefinition d;
        d.builtinKey = u"sales-forecast"_qs;
        d.title = L(QT_TRANSLATE_NOOP("crm::core::Reports", "Sales forecast"));
        d.description = L(QT_TRANSLATE_NOOP(
            "crm::core::Reports", "Open deals by the month they are expected to close, weighted by "
                                  "their probability."));
        d.recordType = RecordType::Deals;
        d.filter.children = {cond("outcome", "eq", u"open"_qs),
                             param("expected_close", "in_period", "period"),
                             param("owner", "eq", "owner")};
        d.groupBy = {u"close_month"_qs};
        d.aggregates = {count(L(QT_TRANSLATE_NOOP("crm::core::Reports", "Deals"))),
                        sum("amount", L(QT_TRANSLATE_NOOP("crm::core::Reports", "Total"))),
                        sum("weighted", L(QT_TRANSLATE_NOOP("crm::core::Reports", "Weighted")))};
        d.parameters = {period("all"), owner()};
        d.chartAggregate = 2;
        out << d;
    }
    {
        ReportDefinition d;
        d.builtinKey = u"won-lost"_qs;
        d.title = L(QT_TRANSLATE_NOOP("crm::core::Reports", "Won and lost deals"));
        d.description = L(
            QT_TRANSLATE_NOOP("crm::core::Reports",
                              "Deals closed in the period, won or lost, with the reasons they were "
                              "lost."));
        d.recordType = RecordType::Deals;
        d.filter.children = {cond("outcome", "in", QStringList{u"won"_qs, u"lost"_qs}),
                             param("closed_at", "in_period", "period"),
                             param("owner", "eq", "owner")};
        d.groupBy = {u"outcome"_qs, u"lost_reason"_qs};
        d.aggregates = {count(L(QT_TRANSLATE_NOOP("crm::core::Reports", "Deals"))),
                        sum("amount", L(QT_TRANSLATE_NOOP("crm::core::Reports", "Value")))};
        d.parameters = {period("this_year"), owner()};
        d.chartAggregate = 0;
        out << d;
    }
    {
        ReportDefinition d;
        d.builtinKey = u"activity-per-owner"_qs;
        d.title = L(QT_TRANSLATE_NOOP("crm::core::Reports", "Activity per owner"));
        d.description = L(QT_TRANSLATE_NOOP(
            "crm::core::Reports", "Calls, meetings, visits, tasks, notes and e-mails per owner and "
                                  "kind: how many, how many done."));
        d.recordType = RecordType::Activities;
        d.filter.children = {param("activity_at", "in_period", "period"),
                             param("owner", "eq", "owner")};
        d.groupBy = {u"owner"_qs, u"kind"_qs};
        d.aggregates = {count(L(QT_TRANSLATE_NOOP("crm::core::Reports", "Activities"))),
                        sum("done", L(QT_TRANSLATE_NOOP("crm::core::Reports", "Done")))};
        d.parameters = {period("this_month"), owner()};
        d.chartAggregate = 0;
        out << d;
    }
    {
        ReportDefinition d;
        d.builtinKey = u"lead-sources"_qs;
        d.title = L(QT_TRANSLATE_NOOP("crm::core::Reports", "Lead source effectiveness"));
        d.description =
            L(QT_TRANSLATE_NOOP("crm::core::Reports",
                                "Per source: the leads it brought, how many were qualified, their "
                                "deals and the value won."));
        d.recordType = RecordType::Contacts;
        d.filter.children = {param("created_at", "in_period", "period"),
                             param("owner", "eq", "owner")};
        d.groupBy = {u"source"_qs};
        d.aggregates = {count(L(QT_TRANSLATE_NOOP("crm::core::Reports", "Leads"))),
                        sum("qualified", L(QT_TRANSLATE_NOOP("crm::core::Reports", "Qualified"))),
                        sum("deal_count", L(QT_TRANSLATE_NOOP("crm::core::Reports", "Deals"))),
                        sum("won_value", L(QT_TRANSLATE_NOOP("crm::core::Reports", "Won value")))};
        d.parameters = {period("all"), owner()};
        d.chartAggregate = 0;
        out << d;
    }
    {
        ReportDefinition d;
        d.builtinKey = u"customers"_qs;
        d.title = L(QT_TRANSLATE_NOOP("crm::core::Reports", "Customers"));
        d.description = L(QT_TRANSLATE_NOOP(
            "crm::core::Reports", "Companies that bought from us: when we last spoke to them and "
                                  "what they bought in all."));
        d.recordType = RecordType::Companies;
        d.columns = {u"name"_qs, u"city"_qs, u"last_contact"_qs, u"won_deal_count"_qs,
                     u"won_value"_qs};
        d.filter.children = {cond("won_deal_count", "gt", u"0"_qs), param("owner", "eq", "owner")};
        d.sort = {{u"last_contact"_qs, false}, {u"name"_qs, false}};
        d.aggregates = {count({}), sum("won_deal_count", {}), sum("won_value", {})};
        d.parameters = {owner()};
        out << d;
    }
    {
        ReportDefinition d;
        d.builtinKey = u"overdue-tasks"_qs;
        d.title = L(QT_TRANSLATE_NOOP("crm::core::Reports", "Overdue tasks"));
        d.description = L(QT_TRANSLATE_NOOP("crm::core::Reports",
                                            "Open tasks past their due time, the oldest first."));
        d.recordType = RecordType::Activities;
        d.columns = {u"due_at"_qs,  u"days_overdue"_qs, u"subject"_qs, u"owner"_qs,
                     u"contact"_qs, u"company"_qs,      u"deal"_qs};
        d.filter.children = {cond("kind", "eq", u"task"_qs), cond("done", "eq", u"false"_qs),
                             cond("due_at", "past"), param("owner", "eq", "owner")};
        d.sort = {{u"due_at"_qs, false}};
        d.aggregates = {count({})};
        d.parameters = {owner()};
        out << d;
    }
    return out;
}

#undef L

} // namespace

const QList<ReportDefinition> &all()
{
    static const QList<ReportDefinition> reports = make();
    return reports;
}

const ReportDefinition *find(const QString &key)
{
    for (const ReportDefinition &d : all()) {
        if (d.builtinKey == key)
            return &d;
    }
    return nullptr;
}

} // namespace crm::core::reports::BuiltinReports
