// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportengine.h"

#include "domain/money.h"
#include "domain/pipeline.h"
#include "reports/reportperiod.h"
#include "storage/sql.h"
#include "storage/sqlitestatement.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

#include <sqlite3.h>

#include <cmath>
#include <optional>

namespace crm::core::reports {

namespace {

// "2026-03-01T14:05:09+02:00" (offset in minutes; "Z" for 0), as QDateTime::toString(
// Qt::ISODate) writes it, without the printf machinery behind it. Returns the length.
int writeIso(char *buf, int year, int month, int day, int secsOfDay, int offset)
{
    char *p = buf;
    const auto put = [&p](int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            p[i] = char('0' + value % 10);
            value /= 10;
        }
        p += digits;
    };
    put(year, 4);
    *p++ = '-';
    put(month, 2);
    *p++ = '-';
    put(day, 2);
    *p++ = 'T';
    put(secsOfDay / 3600, 2);
    *p++ = ':';
    put(secsOfDay / 60 % 60, 2);
    *p++ = ':';
    put(secsOfDay % 60, 2);
    if (offset == 0) {
        *p++ = 'Z';
    } else {
        *p++ = offset < 0 ? '-' : '+';
        offset = std::abs(offset);
        put(offset / 60, 2);
        *p++ = ':';
        put(offset % 60, 2);
    }
    return int(p - buf);
}

Error invalid(const QString &what)
{
    return Error{ErrorCode::Invalid, what, {}};
}

// Currencies whose minor unit is not a hundredth (ISO 4217), for money filters written in
// major units: the amount column holds minor units.
const char *kMinorScaleCase =
    "(CASE %1 WHEN 'BIF' THEN 1 WHEN 'CLP' THEN 1 WHEN 'DJF' THEN 1 WHEN 'GNF' THEN 1"
    " WHEN 'ISK' THEN 1 WHEN 'JPY' THEN 1 WHEN 'KMF' THEN 1 WHEN 'KRW' THEN 1 WHEN 'PYG'"
    " THEN 1 WHEN 'RWF' THEN 1 WHEN 'UGX' THEN 1 WHEN 'VND' THEN 1 WHEN 'VUV' THEN 1 WHEN"
    " 'XAF' THEN 1 WHEN 'XOF' THEN 1 WHEN 'XPF' THEN 1 WHEN 'BHD' THEN 1000 WHEN 'IQD' THEN"
    " 1000 WHEN 'JOD' THEN 1000 WHEN 'KWD' THEN 1000 WHEN 'LYD' THEN 1000 WHEN 'OMR' THEN 1000"
    " WHEN 'TND' THEN 1000 ELSE 100 END)";

qint64 startOfDayMs(const QDate &d)
{
    return d.startOfDay().toMSecsSinceEpoch(); // local time: "this month" is the user's month
}

struct Compiler
{
    // The context lupdate files the messages of its members under.
    Q_DECLARE_TR_FUNCTIONS(crm::core::reports::Compiler)

public:
    const ReportDefinition &def;
    const ParameterValues &params;
    QDate today;
    QVariantList binds; // binds[0] is ?1 (now)
    QStringList words;

    QString bind(const QVariant &v)
    {
        binds.append(v);
        return QStringLiteral("?%1").arg(binds.size());
    }

    Result<QString> node(const FilterNode &n, const QString &where)
    {
        if (n.isGroup()) {
            QStringList parts;
            QStringList partWords;
            const QStringList before = words;
            for (qsizetype i = 0; i < n.children.size(); ++i) {
                words.clear();
                auto part = node(n.children[i], where + QStringLiteral(".conditions[%1]").arg(i));
                if (!part)
                    return part.error();
                if (!part->isEmpty()) {
                    parts << part.value();
                    partWords << words.join(tr(" and "));
                }
            }
            words = before;
            if (parts.isEmpty())
                return QString();
            if (!partWords.isEmpty()) {
                if (n.any)
                    words << u'(' + partWords.join(tr(" or ")) + u')';
                else
                    words << partWords;
            }
            return QString(u'(' + parts.join(n.any ? u" OR "_qs : u" AND "_qs) + u')');
        }
        const FieldSpec *spec = ReportFields::find(def.recordType, n.field);
        QVariant value = n.value;
        QString shown;
        if (!n.param.isEmpty()) {
            const QString v = params.value(n.param);
            if (v.isEmpty() || (n.op == u"in_period" && v.trimmed().toLower() == u"all"))
                return QString(); // left open: the condition does not apply
            value = v;
        }
        const QString e = spec->sql;
        const QString label = spec->displayLabel();
        const QString op = n.op;
        const auto say = [&](const QString &valueText) {
            words << QStringLiteral("%1 %2%3").arg(label, ReportFields::operatorLabel(op),
                                                   valueText.isEmpty() ? QString()
                                                                       : u' ' + valueText);
        };
        if (op == u"is_empty" || op == u"not_empty") {
            say({});
            const QString emptyTest = spec->type == FieldType::Text || spec->type == FieldType::Date
                                          ? QStringLiteral("(%1 IS NULL OR %1 = '')")
                                          : QStringLiteral("(%1 IS NULL)");
            return op == u"is_empty" ? emptyTest.arg(e) : QString(u"NOT "_qs + emptyTest.arg(e));
        }
        if (op == u"past") {
            say({});
            if (spec->type == FieldType::Date)
                return QStringLiteral("(%1 <> '' AND %1 < %2)")
                    .arg(e, bind(today.toString(Qt::ISODate)));
            return QStringLiteral("(%1 < ?1)").arg(e);
        }
        if (op == u"in_period") {
            auto range = Period::resolve(value.toString(), today);
            if (!range)
                return invalid(where + u".value: " + range.error().detail);
            say(Period::describe(value.toString(), today));
            if (range->isAll())
                return QString();
            if (spec->type == FieldType::Date) {
                return QStringLiteral("(%1 >= %2 AND %1 <= %3)")
                    .arg(e, bind(range->from.toString(Qt::ISODate)),
                         bind(range->to.toString(Qt::ISODate)));
            }
            return QStringLiteral("(%1 >= %2 AND %1 < %3)")
                .arg(e, bind(startOfDayMs(range->from)), bind(startOfDayMs(range->to.addDays(1))));
        }
        static const QHash<QString, QString> comparisons = {
            {u"eq"_qs, u"="_qs},  {u"ne"_qs, u"<>"_qs}, {u"lt"_qs, u"<"_qs},
            {u"le"_qs, u"<="_qs}, {u"gt"_qs, u">"_qs},  {u"ge"_qs, u">="_qs}};
        const QString where2 = where + u".value";
        // One value of the condition as SQL bound to the field's type.
        const auto operand = [&](const QString &text) -> Result<QString> {
            switch (spec->type) {
            case FieldType::Integer: {
                bool ok = false;
                const qint64 v = text.trimmed().toLongLong(&ok);
                if (!ok)
                    return invalid(where2 + tr(": “%1” is not a whole number").arg(text));
                return bind(v);
            }
            case FieldType::Bool: {
                const QString t = text.trimmed().toLower();
                if (t == u"1" || t == u"true" || t == u"yes")
                    return bind(1);
                if (t == u"0" || t == u"false" || t == u"no")
                    return bind(0);
                return invalid(where2 + tr(": “%1” is not true or false").arg(text));
            }
            case FieldType::Money: {
                bool ok = false;
                const double v = text.trimmed().toDouble(&ok);
                if (!ok)
                    return invalid(where2 + tr(": “%1” is not an amount").arg(text));
                return QStringLiteral("CAST(round(%1 * %2) AS INTEGER)")
                    .arg(bind(v), QString::fromLatin1(kMinorScaleCase).arg(spec->currencySql));
            }
            case FieldType::Date: {
                const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
                if (!d.isValid())
                    return invalid(where2 + tr(": “%1” is not a date (YYYY-MM-DD)").arg(text));
                return bind(d.toString(Qt::ISODate));
            }
            case FieldType::DateTime: {
                QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
                if (!t.isValid()) {
                    const QDate d = QDate::fromString(text.trimmed(), Qt::ISODate);
                    if (!d.isValid())
                        return invalid(where2 + tr(": “%1” is not a date").arg(text));
                    t = d.startOfDay();
                }
                return bind(t.toMSecsSinceEpoch());
            }
            case FieldType::Stage:
                return QStringLiteral("(SELECT s.id FROM stages s WHERE s.deleted = 0 AND (s.name"
                                      " = %1 OR lower(hex(s.id)) = lower(replace(%1, '-', ''))))")
                    .arg(bind(text));
            case FieldType::Pipeline:
                return QStringLiteral("(SELECT p.id FROM pipelines p WHERE p.deleted = 0 AND"
                                      " (p.name = %1 OR lower(hex(p.id)) = lower(replace(%1,"
                                      " '-', ''))))")
                    .arg(bind(text));
            default:
                return bind(text);
            }
        };
        const QString valueText = value.metaType().id() == QMetaType::QStringList
                                      ? value.toStringList().join(u", ")
                                      : value.toString();
        say(spec->type == FieldType::Key ? ReportFields::keyLabel(n.field, valueText)
                                         : u'“' + valueText + u'”');
        if (op == u"in") {
            QStringList items;
            for (const QString &item : value.toStringList()) {
                auto o = operand(item);
                if (!o)
                    return o.error();
                items << o.value();
            }
            if (items.isEmpty())
                return u"0"_qs;
            if (spec->type == FieldType::Stage || spec->type == FieldType::Pipeline) {
                for (QString &item : items)
                    item = QStringLiteral("%1 IN %2").arg(e, item);
                return QString(u'(' + items.join(u" OR ") + u')');
            }
            return QStringLiteral("(%1 IN (%2))").arg(e, items.join(u", "));
        }
        if (op == u"contains") {
            return QStringLiteral("(instr(lower(%1), lower(%2)) > 0)").arg(e, bind(valueText));
        }
        if (op == u"starts_with") {
            const QString b = bind(valueText);
            return QStringLiteral("(substr(%1, 1, length(%2)) = %2)").arg(e, b);
        }
        auto o = operand(valueText);
        if (!o)
            return o.error();
        if (spec->type == FieldType::Stage || spec->type == FieldType::Pipeline)
            return QStringLiteral("(%1 %2 %3)")
                .arg(e, op == u"ne" ? u"NOT IN"_qs : u"IN"_qs, o.value());
        return QStringLiteral("(%1 %2 %3)").arg(e, comparisons.value(op), o.value());
    }
};

enum class FigureKind
{
    Count,
    Integer, // sum or avg of an integer or a flag
    Money,   // per currency, from a currency column
    MoneyMap // per currency, from "CUR:amount;…" text
};

struct Figure
{
    qint64 sum = 0;
    qint64 n = 0;
    MoneyAmounts money;
    MoneyAmounts moneyN;
};

MoneyAmounts parseMoneyMap(const QString &text)
{
    MoneyAmounts out;
    for (const QString &piece : text.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype colon = piece.indexOf(u':');
        if (colon > 0)
            out[piece.left(colon)] += piece.mid(colon + 1).toLongLong();
    }
    return out;
}

} // namespace

struct CompiledReport::Plan
{
    struct Fig
    {
        FigureKind kind = FigureKind::Count;
        bool average = false;
        int valueColumn = -1; // grouped: SUM / group_concat; detail: the value
        int countColumn = -1; // grouped: COUNT(expr) or COUNT(*)
    };
    int groups = 0;
    int currencyColumn = -1;
    int visibleColumns = 0; // detail reports: the shown columns come first
    QList<Fig> figs;
    QList<FieldType> columnTypes;     // of the shown columns (detail) or group fields
    QList<int> currencyOf;            // detail: the currency column of a money column, or -1
    QHash<QByteArray, QString> names; // stage and pipeline ids → names
};

ReportEngine::ReportEngine(DatabasePtr db)
    : m_db(std::move(db))
{
    ReportFields::loadCustomFields(m_db); // custom fields are report fields too
}

Result<CompiledReport> ReportEngine::compile(const ReportDefinition &def,
                                             const ParameterValues &given,
                                             const QDateTime &nowIn) const
{
    if (auto s = def.validate(); !s)
        return s.error();
    CompiledReport out;
    out.definition = def;
    out.now = nowIn.isValid() ? nowIn.toUTC() : QDateTime::currentDateTimeUtc();
    const QDate today = out.now.toLocalTime().date();

    // Parameters: known names only, values of the right kind, defaults for the rest.
    for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
        if (!def.parameter(it.key())) {
            QStringList known;
            for (const ReportParameter &p : def.parameters)
                known << p.name;
            return invalid(tr("unknown parameter “%1” (this report takes: %2)")
                               .arg(it.key(), known.isEmpty() ? tr("none") : known.join(u", ")));
        }
    }
    for (const ReportParameter &p : def.parameters) {
        const QString v = given.contains(p.name) ? given.value(p.name).trimmed() : p.defaultValue;
        const QString label = QCoreApplication::translate(
            "crm::core::Reports", p.label.isEmpty() ? qPrintable(p.name) : qPrintable(p.label));
        if (p.type == u"period") {
            if (auto r = Period::resolve(v, today); !r)
                return invalid(tr("parameter %1: %2").arg(p.name, r.error().detail));
            out.parameterLines << tr("%1: %2").arg(label, Period::describe(v, today));
        } else {
            if (p.type == u"integer" && !v.isEmpty()) {
                bool ok = false;
                v.toLongLong(&ok);
                if (!ok)
                    return invalid(tr("parameter %1: “%2” is not a whole number").arg(p.name, v));
            }
            out.parameterLines << tr("%1: %2").arg(label, v.isEmpty() ? tr("all") : v);
        }
        out.parameters.insert(p.name, v);
    }

    Compiler c{def, out.parameters, today, {}, {}};
    c.binds.append(out.now.toMSecsSinceEpoch()); // ?1
    const QString alias = ReportFields::alias(def.recordType);
    auto where = c.node(def.filter, u"filter"_qs);
    if (!where)
        return where.error();
    out.conditions = c.words;
    QString whereSql = QStringLiteral("%1.deleted = 0").arg(alias);
    if (!where->isEmpty())
        whereSql += u" AND " + where.value();

    auto plan = std::make_shared<CompiledReport::Plan>();
    QStringList select;
    const auto spec = [&](const QString &key) { return ReportFields::find(def.recordType, key); };
    QString currencySql;
    for (const Aggregate &a : def.aggregates) {
        if (!a.field.isEmpty() && spec(a.field)->type == FieldType::Money)
            currencySql = spec(a.field)->currencySql;
    }
    const auto figureLabel = [&](const Aggregate &a) {
        if (!a.label.isEmpty())
            return QCoreApplication::translate("crm::core::Reports", qPrintable(a.label));
        if (a.function == u"count")
            return tr("Count");
        const QString field = spec(a.field)->displayLabel();
        return a.function == u"sum" ? tr("Sum of %1").arg(field) : tr("Average %1").arg(field);
    };
    const auto figureKind = [&](const Aggregate &a) {
        if (a.function == u"count")
            return FigureKind::Count;
        switch (spec(a.field)->type) {
        case FieldType::Money:
            return FigureKind::Money;
        case FieldType::MoneyMap:
            return FigureKind::MoneyMap;
        default:
            return FigureKind::Integer;
        }
    };
    const auto figureType = [&](const Aggregate &a, FigureKind kind) {
        if (kind == FigureKind::Money || kind == FigureKind::MoneyMap)
            return FieldType::Money;
        return a.function == u"avg" ? FieldType::Text : FieldType::Integer;
    };

    if (def.isGrouped()) {
        plan->groups = int(def.groupBy.size());
        QStringList groupSql, orderSql;
        for (const QString &g : def.groupBy) {
            const FieldSpec *s = spec(g);
            const bool desc = std::any_of(def.sort.begin(), def.sort.end(), [&](const SortKey &k) {
                return k.field == g && k.descending;
            });
            select << s->sql;
            groupSql << s->sql;
            const QString dir = desc ? u" DESC"_qs : QString();
            // The sort key depends on the group's value alone: evaluated once per group.
            if (!s->sortSql.isEmpty())
                orderSql << s->sortSql + dir;
            orderSql << s->sql + dir;
            plan->columnTypes << s->type;
            out.columns << ReportColumn{g, s->displayLabel(), s->type, g, false, false};
        }
        if (!currencySql.isEmpty()) {
            plan->currencyColumn = int(select.size());
            select << currencySql;
            groupSql << currencySql;
            orderSql << currencySql;
        }
        for (const Aggregate &a : def.aggregates) {
            CompiledReport::Plan::Fig fig;
            fig.kind = figureKind(a);
            fig.average = a.function == u"avg";
            if (fig.kind == FigureKind::Count) {
                fig.countColumn = int(select.size());
                select << u"COUNT(*)"_qs;
            } else if (fig.kind == FigureKind::MoneyMap) {
                fig.valueColumn = int(select.size());
                select << u"group_concat(" + spec(a.field)->sql + u", ';')";
            } else {
                fig.valueColumn = int(select.size());
                select << u"SUM(" + spec(a.field)->sql + u')';
                fig.countColumn = int(select.size());
                select << u"COUNT(" + spec(a.field)->sql + u')';
            }
            plan->figs << fig;
            out.columns << ReportColumn{a.function + u'_' +
                                            (a.field.isEmpty() ? u"all"_qs : a.field),
                                        figureLabel(a),
                                        figureType(a, fig.kind),
                                        a.field,
                                        true,
                                        fig.average};
        }
        out.sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 GROUP BY %4 ORDER BY %5")
                      .arg(select.join(u", "), ReportFields::table(def.recordType), whereSql,
                           groupSql.join(u", "), orderSql.join(u", "));
    } else {
        for (const QString &col : def.columns) {
            const FieldSpec *s = spec(col);
            select << s->sql;
            plan->columnTypes << s->type;
            out.columns << ReportColumn{col,
                                        s->displayLabel(),
                                        s->type == FieldType::MoneyMap ? FieldType::Money : s->type,
                                        col,
                                        false,
                                        false};
        }
        plan->visibleColumns = int(select.size());
        // A money column reads its currency from a hidden column after the shown ones.
        plan->currencyOf = QList<int>(plan->visibleColumns, -1);
        for (int i = 0; i < plan->visibleColumns; ++i) {
            const FieldSpec *s = spec(def.columns[i]);
            if (s->type == FieldType::Money) {
                plan->currencyOf[i] = int(select.size());
                select << s->currencySql;
            }
        }
        for (const Aggregate &a : def.aggregates) {
            CompiledReport::Plan::Fig fig;
            fig.kind = figureKind(a);
            fig.average = a.function == u"avg";
            if (fig.kind != FigureKind::Count) {
                fig.valueColumn = int(select.size());
                select << spec(a.field)->sql;
                if (fig.kind == FigureKind::Money) {
                    fig.countColumn = int(select.size());
                    select << spec(a.field)->currencySql;
                }
            }
            plan->figs << fig;
        }
        QStringList orderSql;
        for (const SortKey &k : def.sort) {
            const FieldSpec *s = spec(k.field);
            const QString dir = k.descending ? u" DESC"_qs : QString();
            orderSql << (s->sortSql.isEmpty() ? s->sql : s->sortSql) + dir;
        }
        orderSql << alias + u".rid";
        out.sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4")
                      .arg(select.join(u", "), ReportFields::table(def.recordType), whereSql,
                           orderSql.join(u", "));
    }
    out.binds = c.binds;

    // Stage and pipeline names, when shown.
    if (plan->columnTypes.contains(FieldType::Stage) ||
        plan->columnTypes.contains(FieldType::Pipeline)) {
        QSqlDatabase db = m_db->connection();
        QSqlQuery q(db);
        if (!q.exec(
                u"SELECT id, name, 's' FROM stages UNION ALL SELECT id, name, 'p' FROM pipelines"_qs))
            return sql::error(q, QStringLiteral("reading stage names"));
        while (q.next()) {
            const QByteArray id = q.value(0).toByteArray();
            if (q.value(2).toString() == u"s") {
                Stage s;
                s.id = id;
                s.name = q.value(1).toString();
                plan->names.insert(id, s.displayName());
            } else {
                Pipeline p;
                p.id = id;
                p.name = q.value(1).toString();
                plan->names.insert(id, p.displayName());
            }
        }
    }
    out.plan = plan;
    return out;
}

namespace {

QVariant figureValue(const CompiledReport::Plan::Fig &fig, const Figure &f)
{
    switch (fig.kind) {
    case FigureKind::Count:
        return f.n;
    case FigureKind::Integer:
        if (!fig.average)
            return f.sum;
        return f.n == 0 ? QVariant() : QVariant(double(f.sum) / double(f.n));
    case FigureKind::Money:
    case FigureKind::MoneyMap:
        if (!fig.average)
            return QVariant::fromValue(f.money);
        {
            MoneyAmounts avg;
            for (auto it = f.money.constBegin(); it != f.money.constEnd(); ++it) {
                const qint64 n = f.moneyN.value(it.key());
                if (n > 0)
                    avg.insert(it.key(), qint64(std::llround(double(it.value()) / double(n))));
            }
            return QVariant::fromValue(avg);
        }
    }
    return {};
}

void addFigure(Figure &into, const Figure &f)
{
    into.sum += f.sum;
    into.n += f.n;
    for (auto it = f.money.constBegin(); it != f.money.constEnd(); ++it)
        into.money[it.key()] += it.value();
    for (auto it = f.moneyN.constBegin(); it != f.moneyN.constEnd(); ++it)
        into.moneyN[it.key()] += it.value();
}

} // namespace

// Writes a detail row's cells in the plain style straight from the statement into UTF-8,
// as ReportFormat::cell(…, Style::Plain) would: the path of big CSV exports. Translated keys,
// stage names and time-zone offsets are looked up once, not once a row.
class PlainFormatter
{
    // The context lupdate files the messages of its members under.
    Q_DECLARE_TR_FUNCTIONS(crm::core::reports::PlainFormatter)

public:
    PlainFormatter(const CompiledReport &report)
        : m_plan(*report.plan)
        , m_columns(report.columns)
        , m_zone(QTimeZone::systemTimeZone())
        , m_yes(tr("Yes").toUtf8())
        , m_no(tr("No").toUtf8())
    {
        m_keys.resize(m_plan.visibleColumns);
    }

    void format(const SqliteStatement &st, PlainCells &cells)
    {
        cells.m_text.resize(0);
        cells.m_ends.resize(0);
        for (int i = 0; i < m_plan.visibleColumns; ++i) {
            append(st, i, cells.m_text);
            cells.m_ends.append(cells.m_text.size());
        }
    }

private:
    void append(const SqliteStatement &st, int i, QByteArray &out)
    {
        const int storage = st.columnType(i);
        if (storage == SQLITE_NULL)
            return;
        if (m_plan.currencyOf[i] >= 0) {
            const QString currency = st.columnText(m_plan.currencyOf[i]);
            out += (Money::plain(st.columnInt(i), currency) + u' ' + currency).toUtf8();
            return;
        }
        switch (m_plan.columnTypes[i]) {
        case FieldType::Stage:
        case FieldType::Pipeline: {
            const QByteArray id = st.columnBlob(i);
            auto it = m_names.constFind(id);
            if (it == m_names.constEnd())
                it = m_names.insert(id, m_plan.names.value(id).toUtf8());
            out += *it;
            return;
        }
        case FieldType::MoneyMap:
            out += ReportFormat::cell(m_columns[i],
                                      QVariant::fromValue(parseMoneyMap(st.columnText(i))),
                                      ReportFormat::Style::Plain)
                       .toUtf8();
            return;
        case FieldType::Bool:
            out += st.columnInt(i) != 0 ? m_yes : m_no;
            return;
        case FieldType::Key: {
            QHash<QByteArray, QByteArray> &labels = m_keys[i];
            const QByteArrayView text = st.columnUtf8(i);
            auto it = labels.constFind(text.toByteArray());
            if (it == labels.constEnd()) {
                const QString label =
                    ReportFields::keyLabel(m_columns[i].field, QString::fromUtf8(text));
                it = labels.insert(text.toByteArray(), label.toUtf8());
            }
            out += *it;
            return;
        }
        case FieldType::DateTime:
            appendIso(st.columnInt(i), out);
            return;
        case FieldType::Date:
        case FieldType::Month:
            if (storage == SQLITE_FLOAT) {
                out += QByteArray::number(st.columnDouble(i), 'g', QLocale::FloatingPointShortest);
                return;
            }
            out += st.columnUtf8(i);
            return;
        default:
            break;
        }
        if (storage == SQLITE_FLOAT)
            out += QByteArray::number(st.columnDouble(i), 'f', 2);
        else
            out += st.columnUtf8(i); // text as it is; an integer as its digits
    }

    // The system zone's offset at `ms`, from a cache of whole UTC hours without a transition.
    int offsetSeconds(qint64 ms)
    {
        constexpr qint64 Hour = 3600 * 1000;
        const qint64 hour = ms >= 0 ? ms / Hour : -((-ms + Hour - 1) / Hour);
        if (auto it = m_offsets.constFind(hour); it != m_offsets.constEnd())
            return *it;
        const auto at = [this](qint64 t) {
            return m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()));
        };
        const int first = at(hour * Hour);
        if (first != at(hour * Hour + Hour - 1))
            return at(ms); // a transition within this hour
        m_offsets.insert(hour, first);
        return first;
    }

    // "2026-03-01T14:05:09+02:00", the text of isoText() below.
    void appendIso(qint64 ms, QByteArray &out)
    {
        const int offset = offsetSeconds(ms);
        const qint64 local = ms + qint64(offset) * 1000;
        const qint64 secs = local >= 0 ? local / 1000 : -((-local + 999) / 1000);
        const qint64 days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
        const int daySecs = int(secs - days * 86400);
        // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
        const qint64 z = days + 719468;
        const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
        const int doe = int(z - era * 146097);
        const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        const int mp = (5 * doy + 2) / 153;
        const int day = doy - (153 * mp + 2) / 5 + 1;
        const int month = mp < 10 ? mp + 3 : mp - 9;
        const int year = int(yoe + era * 400) + (month <= 2 ? 1 : 0);
        char buf[32];
        out.append(buf, writeIso(buf, year, month, day, daySecs, offset / 60));
    }

    const CompiledReport::Plan &m_plan;
    const QList<ReportColumn> &m_columns;
    const QTimeZone m_zone;
    const QByteArray m_yes;
    const QByteArray m_no;
    QHash<QByteArray, QByteArray> m_names;
    QList<QHash<QByteArray, QByteArray>> m_keys; // per column: key → translated label
    QHash<qint64, int> m_offsets;                // UTC hour → offset in seconds
};

Result<qint64> ReportEngine::run(const CompiledReport &report, const RowSink &sink) const
{
    return runRows(report, sink, nullptr);
}

Result<qint64> ReportEngine::runPlain(const CompiledReport &report, const PlainSink &details,
                                      const RowSink &sink) const
{
    return runRows(report, sink, &details);
}

Result<qint64> ReportEngine::runRows(const CompiledReport &report, const RowSink &sink,
                                     const PlainSink *details) const
{
    const CompiledReport::Plan &plan = *report.plan;
    QSqlDatabase db = m_db->connection();
    SqliteStatement st;
    if (auto s = st.prepare(SqliteStatement::handleOf(db), report.sql); !s)
        return s.error();
    for (qsizetype i = 0; i < report.binds.size(); ++i)
        st.bindVariant(int(i + 1), report.binds[i]);
    const QString context = tr("running the report “%1”").arg(report.definition.title);
    const qsizetype nFigs = plan.figs.size();
    QList<Figure> total(nFigs);
    qint64 count = 0;
    const auto cancelled = [&] {
        st.reset();
        return Error{ErrorCode::Cancelled, tr("the report was cancelled"), {}};
    };
    const auto shown = [&](FieldType type, const QVariant &v) -> QVariant {
        if (type == FieldType::Stage || type == FieldType::Pipeline)
            return v.isNull() ? QVariant() : QVariant(plan.names.value(v.toByteArray()));
        if (type == FieldType::MoneyMap)
            return QVariant::fromValue(parseMoneyMap(v.toString()));
        if (type == FieldType::Bool)
            return v.isNull() ? QVariant() : QVariant(v.toLongLong() != 0);
        return v;
    };

    if (!report.definition.isGrouped()) {
        ReportRow row;
        row.kind = RowKind::Detail;
        PlainCells cells;
        std::optional<PlainFormatter> plain;
        if (details)
            plain.emplace(report);
        for (;;) {
            auto has = st.next(context);
            if (!has)
                return has.error();
            if (!has.value())
                break;
            if (plain)
                plain->format(st, cells);
            else
                row.values.resize(plan.visibleColumns);
            for (int i = 0; !plain && i < plan.visibleColumns; ++i) {
                if (plan.currencyOf[i] >= 0) {
                    const QVariant v = st.columnValue(i);
                    row.values[i] = v.isNull()
                                        ? QVariant()
                                        : QVariant::fromValue(MoneyAmounts{
                                              {st.columnText(plan.currencyOf[i]), v.toLongLong()}});
                } else {
                    row.values[i] = shown(plan.columnTypes[i], st.columnValue(i));
                }
            }
            for (qsizetype i = 0; i < nFigs; ++i) {
                const auto &fig = plan.figs[i];
                Figure &t = total[i];
                if (fig.kind == FigureKind::Count) {
                    ++t.n;
                } else if (fig.kind == FigureKind::Integer) {
                    if (st.columnValue(fig.valueColumn).isNull())
                        continue;
                    t.sum += st.columnInt(fig.valueColumn);
                    ++t.n;
                } else if (fig.kind == FigureKind::Money) {
                    const QString cur = st.columnText(fig.countColumn);
                    t.money[cur] += st.columnInt(fig.valueColumn);
                    ++t.moneyN[cur];
                } else {
                    const MoneyAmounts m = parseMoneyMap(st.columnText(fig.valueColumn));
                    for (auto it = m.constBegin(); it != m.constEnd(); ++it) {
                        t.money[it.key()] += it.value();
                        ++t.moneyN[it.key()];
                    }
                }
            }
            ++count;
            if (!(plain ? (*details)(cells) : sink(row)))
                return cancelled();
        }
        if (nFigs > 0) {
            // The grand total: each figure under the column of its field, the count in the
            // label.
            ReportRow t;
            t.kind = RowKind::Total;
            t.values.resize(report.columns.size());
            t.label = tr("Total · %1").arg(QLocale().toString(count));
            for (qsizetype i = 0; i < nFigs; ++i) {
                const Aggregate &a = report.definition.aggregates[i];
                const qsizetype col = report.definition.columns.indexOf(a.field);
                if (col >= 0)
                    t.values[col] = figureValue(plan.figs[i], total[i]);
            }
            if (!sink(t))
                return cancelled();
        }
        return count;
    }

    // Grouped: rows come by group key, then currency; rows of one key merge into one line.
    const int groups = plan.groups;
    QVariantList key, firstKey;
    QList<Figure> current(nFigs), sub(nFigs);
    bool haveCurrent = false;
    const auto emitRow = [&](RowKind kind, const QVariantList &keys, const QList<Figure> &figs,
                             const QString &label) {
        ReportRow r;
        r.kind = kind;
        r.label = label;
        for (int g = 0; g < groups; ++g)
            r.values << (g < keys.size() ? shown(plan.columnTypes[g], keys[g]) : QVariant());
        for (qsizetype i = 0; i < nFigs; ++i)
            r.values << figureValue(plan.figs[i], figs[i]);
        return sink(r);
    };
    const auto flushCurrent = [&]() -> bool {
        if (!haveCurrent)
            return true;
        ++count;
        for (qsizetype i = 0; i < nFigs; ++i) {
            addFigure(sub[i], current[i]);
            addFigure(total[i], current[i]);
        }
        const bool ok = emitRow(RowKind::Group, key, current, {});
        current = QList<Figure>(nFigs);
        haveCurrent = false;
        return ok;
    };
    const auto flushSub = [&]() -> bool {
        if (groups < 2 || firstKey.isEmpty())
            return true;
        const bool ok = emitRow(RowKind::Subtotal, {firstKey.first()}, sub, tr("Subtotal"));
        sub = QList<Figure>(nFigs);
        return ok;
    };
    for (;;) {
        auto has = st.next(context);
        if (!has)
            return has.error();
        if (!has.value())
            break;
        QVariantList k;
        for (int g = 0; g < groups; ++g)
            k << st.columnValue(g);
        if (!haveCurrent || k != key) {
            if (!flushCurrent())
                return cancelled();
            if (!firstKey.isEmpty() && k.first() != firstKey.first() && !flushSub())
                return cancelled();
            key = k;
            firstKey = {k.first()};
            haveCurrent = true;
        }
        const QString cur =
            plan.currencyColumn >= 0 ? st.columnText(plan.currencyColumn) : QString();
        for (qsizetype i = 0; i < nFigs; ++i) {
            const auto &fig = plan.figs[i];
            Figure &f = current[i];
            switch (fig.kind) {
            case FigureKind::Count:
                f.n += st.columnInt(fig.countColumn);
                break;
            case FigureKind::Integer:
                f.sum += st.columnInt(fig.valueColumn);
                f.n += st.columnInt(fig.countColumn);
                break;
            case FigureKind::Money:
                if (st.columnInt(fig.countColumn) > 0) {
                    f.money[cur] += st.columnInt(fig.valueColumn);
                    f.moneyN[cur] += st.columnInt(fig.countColumn);
                }
                break;
            case FigureKind::MoneyMap: {
                const MoneyAmounts m = parseMoneyMap(st.columnText(fig.valueColumn));
                for (auto it = m.constBegin(); it != m.constEnd(); ++it)
                    f.money[it.key()] += it.value();
                break;
            }
            }
        }
    }
    if (!flushCurrent() || !flushSub())
        return cancelled();
    if (!emitRow(RowKind::Total, {}, total, tr("Total")))
        return cancelled();
    return count;
}

Result<ReportTable> ReportEngine::collect(const CompiledReport &report, qint64 maxDetailRows) const
{
    ReportTable table;
    table.columns = report.columns;
    qint64 details = 0;
    auto ran = run(report, [&](const ReportRow &row) {
        if (row.kind == RowKind::Detail || row.kind == RowKind::Group) {
            if (maxDetailRows >= 0 && details >= maxDetailRows) {
                table.truncated = true;
                return row.kind == RowKind::Group; // groups are few: keep reading for totals
            }
            ++details;
        }
        table.rows.append(row);
        return true;
    });
    if (!ran && !(ran.error().code == ErrorCode::Cancelled && table.truncated))
        return ran.error();
    return table;
}

ReportChart ReportChart::of(const CompiledReport &report, const ReportTable &table, int maxBars)
{
    ReportChart chart;
    const ReportDefinition &def = report.definition;
    if (!def.isGrouped() || def.aggregates.isEmpty())
        return chart;
    int agg = def.chartAggregate;
    if (agg < 0) {
        agg = 0;
        for (qsizetype i = 0; i < def.aggregates.size(); ++i) {
            if (def.aggregates[i].function == u"sum") {
                agg = int(i);
                break;
            }
        }
    }
    const int col = int(def.groupBy.size()) + agg;
    const ReportColumn &column = table.columns[col];
    // Money: the currency most groups have (ties: the first by code).
    QHash<QString, int> groupsWith;
    for (const ReportRow &row : table.rows) {
        const QVariant v = row.values.value(col);
        if (row.kind != RowKind::Group || v.metaType() != QMetaType::fromType<MoneyAmounts>())
            continue;
        const MoneyAmounts m = v.value<MoneyAmounts>();
        for (auto it = m.constBegin(); it != m.constEnd(); ++it)
            ++groupsWith[it.key()];
    }
    int most = 0;
    for (auto it = groupsWith.constBegin(); it != groupsWith.constEnd(); ++it) {
        if (it.value() > most || (it.value() == most && it.key() < chart.currency)) {
            most = it.value();
            chart.currency = it.key();
        }
    }
    chart.caption =
        chart.currency.isEmpty() ? column.label : tr("%1 (%2)").arg(column.label, chart.currency);
    // Two group levels with one first-level value (one pipeline): bars named by the second.
    QSet<QString> firstLevel;
    for (const ReportRow &row : table.rows) {
        if (row.kind == RowKind::Group)
            firstLevel.insert(row.values.value(0).toString());
    }
    const qsizetype firstShown = def.groupBy.size() == 2 && firstLevel.size() == 1 ? 1 : 0;
    const QLocale locale;
    for (const ReportRow &row : table.rows) {
        if (row.kind != RowKind::Group)
            continue;
        QStringList parts;
        for (qsizetype g = firstShown; g < def.groupBy.size(); ++g) {
            const QString text = ReportFormat::cell(table.columns[g], row.values.value(g),
                                                    ReportFormat::Style::Display, locale);
            parts << (text.isEmpty() ? tr("(none)") : text);
        }
        chart.labels << parts.join(u" · ");
        chart.values << ReportFormat::chartValue(row.values.value(col), chart.currency);
        if (chart.labels.size() >= maxBars)
            break;
    }
    return chart;
}

namespace ReportFormat {

namespace {

// "2026-03-01T14:05:09+02:00", as QDateTime::toString(Qt::ISODate) writes it, without the
// printf machinery behind it (a sixth of a million-row export's time).
QString isoText(const QDateTime &t)
{
    const QDate d = t.date();
    char buf[32];
    const int n = writeIso(buf, d.year(), d.month(), d.day(),
                           t.time().msecsSinceStartOfDay() / 1000, t.offsetFromUtc() / 60);
    return QString::fromLatin1(buf, n);
}

} // namespace

QString cell(const ReportColumn &column, const QVariant &value, Style style, const QLocale &locale)
{
    if (!value.isValid() || value.isNull())
        return {};
    const bool plain = style == Style::Plain;
    if (value.metaType() == QMetaType::fromType<MoneyAmounts>()) {
        const MoneyAmounts m = value.value<MoneyAmounts>();
        QStringList parts;
        for (auto it = m.constBegin(); it != m.constEnd(); ++it) {
            parts << (plain ? Money::plain(it.value(), it.key()) + u' ' + it.key()
                            : Money::format(it.value(), it.key(), locale));
        }
        return parts.join(plain ? u"; "_qs : u"\n"_qs);
    }
    switch (column.type) {
    case FieldType::Key:
        return ReportFields::keyLabel(column.field, value.toString());
    case FieldType::Bool:
        return value.toBool() ? QCoreApplication::translate("crm::core::Reports", "Yes")
                              : QCoreApplication::translate("crm::core::Reports", "No");
    case FieldType::DateTime: {
        // The system zone as a QTimeZone, once: converting through Qt::LocalTime asks the C
        // library, which stats /etc/localtime on every call (a million rows, a million stats).
        static const QTimeZone zone = QTimeZone::systemTimeZone();
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(value.toLongLong(), zone);
        return plain ? isoText(t) : locale.toString(t, QLocale::ShortFormat);
    }
    case FieldType::Date: {
        const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        return plain || !d.isValid() ? value.toString() : locale.toString(d, QLocale::ShortFormat);
    }
    case FieldType::Month: {
        const QDate d = QDate::fromString(value.toString() + u"-01", Qt::ISODate);
        return plain || !d.isValid() ? value.toString() : locale.toString(d, u"MMMM yyyy"_qs);
    }
    default:
        break;
    }
    if (value.metaType().id() == QMetaType::Double) {
        return plain ? QString::number(value.toDouble(), 'f', 2)
                     : locale.toString(value.toDouble(), 'f', 2);
    }
    if (value.metaType().id() == QMetaType::LongLong || value.metaType().id() == QMetaType::Int)
        return plain ? QString::number(value.toLongLong()) : locale.toString(value.toLongLong());
    return value.toString();
}

QStringList row(const QList<ReportColumn> &columns, const ReportRow &r, Style style,
                const QLocale &locale)
{
    QStringList out;
    out.reserve(columns.size());
    bool labelled = r.label.isEmpty();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QVariant v = i < r.values.size() ? r.values[i] : QVariant();
        if (!labelled && (!v.isValid() || v.isNull())) {
            out << r.label;
            labelled = true;
            continue;
        }
        out << cell(columns[i], v, style, locale);
    }
    return out;
}

double chartValue(const QVariant &value, const QString &currency)
{
    if (value.metaType() == QMetaType::fromType<MoneyAmounts>()) {
        const qint64 minor = value.value<MoneyAmounts>().value(currency);
        return double(minor) / std::pow(10.0, Money::minorDigits(currency));
    }
    return value.toDouble();
}

} // namespace ReportFormat

} // namespace crm::core::reports
