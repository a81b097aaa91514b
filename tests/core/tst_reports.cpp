// SPDX-License-Identifier: GPL-3.0-or-later
// Reports: every built-in's figures against values worked out by hand on a fixture
// database (several currencies, won and lost deals, stage changes, activities); definitions
// as JSON; parameters; saved reports; CSV export read back.
#include "common/uuid.h"
#include "domain/money.h"
#include "io/csvreader.h"
#include "reports/builtinreports.h"
#include "reports/reportengine.h"
#include "reports/reportexport.h"
#include "reports/reportfields.h"
#include "reports/reportperiod.h"
#include "reports/reportrepository.h"
#include "services/activityrepository.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/dealrepository.h"
#include "support/builders.h"
#include "support/testdatabase.h"

#include <QBuffer>
#include <QTest>

using namespace crm;
using namespace crm::core;
using namespace crm::core::reports;

namespace {

// A row as comparable text: kind, then each value (money as "EUR 100000 USD 50000").
QString text(const ReportRow &row)
{
    static const char *kinds[] = {"detail", "group", "subtotal", "total"};
    QStringList parts{QString::fromLatin1(kinds[int(row.kind)])};
    for (const QVariant &v : row.values) {
        if (v.metaType() == QMetaType::fromType<MoneyAmounts>()) {
            QStringList m;
            const MoneyAmounts a = v.value<MoneyAmounts>();
            for (auto it = a.constBegin(); it != a.constEnd(); ++it)
                m << it.key() + u' ' + QString::number(it.value());
            parts << u'{' + m.join(u' ') + u'}';
        } else if (v.isNull() || !v.isValid()) {
            parts << u"-"_qs;
        } else {
            parts << v.toString();
        }
    }
    return parts.join(u" | ");
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_t;
    QDateTime m_now;
    QByteArray m_koks, m_athens;

    QStringList rows(const QString &key, const ParameterValues &params = {})
    {
        const ReportDefinition *def = BuiltinReports::find(key);
        if (!def)
            qFatal("no built-in %s", qPrintable(key));
        ReportEngine engine(m_t->db());
        auto compiled = engine.compile(*def, params, m_now);
        if (!compiled)
            qFatal("%s", qPrintable(compiled.error().detail));
        auto table = engine.collect(compiled.value());
        if (!table)
            qFatal("%s", qPrintable(table.error().detail));
        QStringList out;
        for (const ReportRow &r : table->rows)
            out << text(r);
        return out;
    }

    QByteArray deal(const char *title, qint64 amount, const char *currency, int stage,
                    const char *owner, const char *close, const QByteArray &company = {},
                    const QByteArray &contact = {}, std::optional<int> probability = {})
    {
        Deal d;
        d.title = QString::fromUtf8(title);
        d.amount = amount;
        d.currency = QString::fromLatin1(currency);
        d.stageId = DefaultPipeline::stageId(stage);
        d.owner = QString::fromLatin1(owner);
        d.expectedClose = QDate::fromString(QString::fromLatin1(close), Qt::ISODate);
        d.companyId = company;
        d.probability = probability;
        if (!contact.isEmpty())
            d.contacts.append(DealContact{{}, contact, {}, {}});
        auto id = DealRepository(m_t->db()).create(d);
        if (!id)
            qFatal("%s", qPrintable(id.error().message()));
        return id.value();
    }

    QByteArray activity(Activity::Kind kind, const char *subject, const char *owner,
                        qint64 dueOffsetDays, bool due, bool done, const QByteArray &contact = {},
                        const QByteArray &company = {})
    {
        Activity a;
        a.kind = kind;
        a.subject = QString::fromUtf8(subject);
        const QDateTime at = m_now.addDays(dueOffsetDays);
        if (due) {
            a.due = at;
        } else {
            a.start = at;
            a.end = at.addSecs(1800);
        }
        a.contactId = contact;
        a.companyId = company;
        ActivityRepository repo(m_t->db());
        auto id = repo.create(a);
        if (!id)
            qFatal("%s", qPrintable(id.error().message()));
        if (done && !repo.markDone(id.value(), true, at))
            qFatal("markDone");
        m_t->scalar(u"UPDATE activities SET owner = ? WHERE id = ?"_qs,
                    {QString::fromLatin1(owner), id.value()});
        return id.value();
    }

private slots:
    void init()
    {
        m_t = std::make_unique<test::TestDatabase>();
        // Whole seconds, so "days overdue" below are exact.
        m_now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::utc());
        CompanyRepository companies(m_t->db());
        m_koks = companies.create(test::company(u"SIA Koks"_qs, u"Rīga"_qs)).value();
        m_athens = companies.create(test::company(u"Αθήνα ΑΕ"_qs, u"Αθήνα"_qs)).value();
        ContactRepository contacts(m_t->db());
        Contact c1 = test::contact(u"Jānis"_qs, u"Bērziņš"_qs);
        c1.source = u"Web"_qs;
        c1.status = LifecycleStatus::Customer;
        c1.companyId = m_koks;
        Contact c2 = test::contact(u"Anna"_qs, u"Łukasiewicz"_qs);
        c2.source = u"Web"_qs;
        c2.status = LifecycleStatus::Lead;
        Contact c3 = test::contact(u"Иван"_qs, u"Иванов"_qs);
        c3.source = u"Fair"_qs;
        c3.status = LifecycleStatus::Prospect;
        c3.companyId = m_athens;
        Contact c4 = test::contact(u"Mari"_qs, u"Tamm"_qs);
        c4.status = LifecycleStatus::Lead;
        const QByteArray id1 = contacts.create(c1).value();
        contacts.create(c2).value();
        const QByteArray id3 = contacts.create(c3).value();
        contacts.create(c4).value();

        DealRepository deals(m_t->db());
        // Open: Research 10 %, Proposal sent 50 %, Negotiation 75 % (overridden to 40 %).
        deal("A", 1000'00, "EUR", 0, "anna", "2026-03-15", m_koks, id1);
        const QByteArray b = deal("B", 2000'00, "EUR", 1, "ben", "2026-03-20", m_koks);
        QVERIFY(deals.move(b, DefaultPipeline::stageId(2))); // a stage change
        deal("C", 500'00, "USD", 2, "anna", "2026-04-10");
        deal("D", 300000, "JPY", 3, "ben", "2026-04-01", {}, {}, 40);
        // Won and lost.
        QVERIFY(deals.markWon(deal("E", 700'00, "EUR", 2, "anna", "2026-02-01", m_koks, id1)));
        QVERIFY(deals.markWon(deal("F", 400'00, "USD", 1, "ben", "2026-02-01", m_athens, id3)));
        QVERIFY(deals.markLost(deal("G", 250'00, "EUR", 0, "anna", ""), u"Price"_qs));
        QVERIFY(deals.markLost(deal("H", 150'00, "EUR", 1, "ben", ""), u"Price"_qs));
        QVERIFY(deals.markLost(deal("I", 90'00, "EUR", 0, "ben", ""), u"Timing"_qs));
        // Deleted: counts nowhere.
        QVERIFY(deals.remove(deal("Z", 9999'00, "EUR", 0, "anna", "2026-03-01", m_koks, id1)));

        using K = Activity::Kind;
        activity(K::Call, "Zvans", "anna", -1, false, true, id1);
        activity(K::Meeting, "Tikšanās", "anna", 1, false, false, id1);
        activity(K::Task, "Send offer", "anna", -3, true, false, id1);
        activity(K::Task, "Done task", "ben", -1, true, true);
        activity(K::Task, "Call back Łódź", "ben", -10, true, false, {}, m_koks);
        activity(K::Email, "Προσφορά", "ben", -5, false, true, {}, m_athens);
        activity(K::Task, "Later", "ben", 2, true, false);
        const QByteArray gone = activity(K::Task, "Deleted", "anna", -4, true, false);
        QVERIFY(ActivityRepository(m_t->db()).remove(gone));
    }

    void cleanup() { m_t.reset(); }

    void pipelineByStage()
    {
        const QStringList r = rows(u"pipeline-by-stage"_qs);
        // Per stage: deals, total, weighted — per currency, never added across.
        QCOMPARE(
            r,
            (QStringList{
                u"group | Sales | Research | 1 | {EUR 100000} | {EUR 10000}"_qs,
                u"group | Sales | Proposal sent | 2 | {EUR 200000 USD 50000} | {EUR 100000 USD 25000}"_qs,
                u"group | Sales | Negotiation | 1 | {JPY 300000} | {JPY 120000}"_qs,
                u"subtotal | Sales | - | 4 | {EUR 300000 JPY 300000 USD 50000} | {EUR 110000 JPY 120000 USD 25000}"_qs,
                u"total | - | - | 4 | {EUR 300000 JPY 300000 USD 50000} | {EUR 110000 JPY 120000 USD 25000}"_qs}));
        // The owner parameter narrows it.
        const QStringList anna = rows(u"pipeline-by-stage"_qs, {{u"owner"_qs, u"anna"_qs}});
        QCOMPARE(anna.last(),
                 u"total | - | - | 2 | {EUR 100000 USD 50000} | {EUR 10000 USD 25000}"_qs);
    }

    void salesForecast()
    {
        QCOMPARE(
            rows(u"sales-forecast"_qs),
            (QStringList{
                u"group | 2026-03 | 2 | {EUR 300000} | {EUR 110000}"_qs,
                u"group | 2026-04 | 2 | {JPY 300000 USD 50000} | {JPY 120000 USD 25000}"_qs,
                u"total | - | 4 | {EUR 300000 JPY 300000 USD 50000} | {EUR 110000 JPY 120000 USD 25000}"_qs}));
        QCOMPARE(rows(u"sales-forecast"_qs, {{u"period"_qs, u"2026-04-01..2026-04-30"_qs}}).size(),
                 2);
    }

    void wonLost()
    {
        QCOMPARE(rows(u"won-lost"_qs),
                 (QStringList{u"group | lost | Price | 2 | {EUR 40000}"_qs,
                              u"group | lost | Timing | 1 | {EUR 9000}"_qs,
                              u"subtotal | lost | - | 3 | {EUR 49000}"_qs,
                              u"group | won |  | 2 | {EUR 70000 USD 40000}"_qs,
                              u"subtotal | won | - | 2 | {EUR 70000 USD 40000}"_qs,
                              u"total | - | - | 5 | {EUR 119000 USD 40000}"_qs}));
        // Closed now: nothing in the previous year.
        QCOMPARE(rows(u"won-lost"_qs, {{u"period"_qs, u"previous_year"_qs}}),
                 QStringList{u"total | - | - | 0 | {}"_qs});
    }

    void activityPerOwner()
    {
        QCOMPARE(
            rows(u"activity-per-owner"_qs, {{u"period"_qs, u"all"_qs}}),
            (QStringList{u"group | anna | call | 1 | 1"_qs, u"group | anna | meeting | 1 | 0"_qs,
                         u"group | anna | task | 1 | 0"_qs, u"subtotal | anna | - | 3 | 1"_qs,
                         u"group | ben | email | 1 | 1"_qs, u"group | ben | task | 3 | 1"_qs,
                         u"subtotal | ben | - | 4 | 2"_qs, u"total | - | - | 7 | 3"_qs}));
        QCOMPARE(rows(u"activity-per-owner"_qs, {{u"period"_qs, u"last_2_days"_qs}}).last(),
                 u"total | - | - | 2 | 2"_qs); // the call yesterday and the task done yesterday
    }

    void leadSources()
    {
        QCOMPARE(rows(u"lead-sources"_qs),
                 (QStringList{u"group |  | 1 | 0 | 0 | {}"_qs,
                              u"group | Fair | 1 | 1 | 1 | {USD 40000}"_qs,
                              u"group | Web | 2 | 1 | 2 | {EUR 70000}"_qs,
                              u"total | - | 4 | 2 | 3 | {EUR 70000 USD 40000}"_qs}));
    }

    void customers()
    {
        const auto when = [&](int days) {
            return QString::number(m_now.addDays(days).toMSecsSinceEpoch());
        };
        QCOMPARE(rows(u"customers"_qs),
                 (QStringList{u"detail | Αθήνα ΑΕ | Αθήνα | "_qs + when(-5) + u" | 1 | {USD 40000}",
                              u"detail | SIA Koks | Rīga | "_qs + when(-1) + u" | 1 | {EUR 70000}",
                              u"total | - | - | - | 2 | {EUR 70000 USD 40000}"_qs}));
    }

    void overdueTasks()
    {
        const QStringList r = rows(u"overdue-tasks"_qs);
        QCOMPARE(r.size(), 3);
        QVERIFY2(r[0].contains(u" | 10 | Call back Łódź | ben | - | SIA Koks | -"_qs),
                 qPrintable(r[0]));
        QVERIFY2(r[1].contains(u" | 3 | Send offer | anna | Jānis Bērziņš | - | -"_qs),
                 qPrintable(r[1]));
        QCOMPARE(r[2], u"total | - | - | - | - | - | - | -"_qs);
    }

    void parametersAreCheckedAndBound()
    {
        ReportEngine engine(m_t->db());
        const ReportDefinition &def = *BuiltinReports::find(u"won-lost"_qs);
        auto unknown = engine.compile(def, {{u"colour"_qs, u"red"_qs}});
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().detail.contains(u"colour"), qPrintable(unknown.error().detail));
        QVERIFY(unknown.error().detail.contains(u"period"));
        auto bad = engine.compile(def, {{u"period"_qs, u"fortnight"_qs}});
        QVERIFY(!bad);
        QVERIFY(bad.error().detail.contains(u"period"));
        QVERIFY(bad.error().detail.contains(u"fortnight"));
        // A value is bound, never pasted into the SQL.
        const QString evil = u"x' OR '1'='1"_qs;
        auto compiled = engine.compile(def, {{u"owner"_qs, evil}});
        QVERIFY(compiled);
        QVERIFY(!compiled->sql.contains(evil));
        QVERIFY(compiled->binds.contains(evil));
        QCOMPARE(rows(u"won-lost"_qs, {{u"owner"_qs, evil}}),
                 QStringList{u"total | - | - | 0 | {}"_qs});
    }

    void filtersGroupsAndPeriods()
    {
        // (amount >= 1000 OR currency = JPY) AND stage is not Research, open deals, by title.
        const QByteArray json = R"({"title": "Big", "recordType": "deals",
            "columns": ["title", "amount"],
            "filter": {"match": "all", "conditions": [
                {"field": "outcome", "op": "eq", "value": "open"},
                {"field": "stage", "op": "ne", "value": "Research"},
                {"match": "any", "conditions": [
                    {"field": "amount", "op": "ge", "value": 1000},
                    {"field": "currency", "op": "eq", "value": "JPY"}]}]},
            "sort": [{"field": "title", "descending": true}],
            "aggregates": [{"function": "sum", "field": "amount"}]})";
        auto def = ReportDefinition::fromJsonBytes(json);
        QVERIFY2(def, qPrintable(def.error().detail));
        ReportEngine engine(m_t->db());
        auto compiled = engine.compile(def.value(), {}, m_now);
        QVERIFY2(compiled, qPrintable(compiled.error().detail));
        auto table = engine.collect(compiled.value());
        QVERIFY(table);
        QStringList got;
        for (const ReportRow &r : table->rows)
            got << text(r);
        QCOMPARE(got, (QStringList{u"detail | D | {JPY 300000}"_qs, u"detail | B | {EUR 200000}"_qs,
                                   u"total | - | {EUR 200000 JPY 300000}"_qs}));
        QCOMPARE(table->rows.last().label, u"Total · 2"_qs);
        QVERIFY(compiled->conditions.join(u' ').contains(u"Stage is not “Research”"));

        const QDate d(2026, 5, 14);
        QCOMPARE(Period::resolve(u"this_quarter"_qs, d)->from, QDate(2026, 4, 1));
        QCOMPARE(Period::resolve(u"this_quarter"_qs, d)->to, QDate(2026, 6, 30));
        QCOMPARE(Period::resolve(u"previous_quarter"_qs, d)->from, QDate(2026, 1, 1));
        QCOMPARE(Period::resolve(u"previous_month"_qs, d)->to, QDate(2026, 4, 30));
        QCOMPARE(Period::resolve(u"last_30_days"_qs, d)->from, QDate(2026, 4, 15));
        QCOMPARE(Period::resolve(u"previous_30_days"_qs, d)->to, QDate(2026, 4, 14));
        QCOMPARE(Period::resolve(u"previous_30_days"_qs, d)->from, QDate(2026, 3, 16));
        QVERIFY(!Period::resolve(u"2026-02-30..2026-03-01"_qs, d));
        QVERIFY(!Period::resolve(u"last_0_days"_qs, d));
    }

    void definitionsRoundTripThroughJson()
    {
        for (const ReportDefinition &def : BuiltinReports::all()) {
            auto back = ReportDefinition::fromJsonBytes(def.toJsonBytes());
            QVERIFY2(back, qPrintable(back.error().detail));
            QCOMPARE(back.value(), def);
        }
    }

    void badDefinitionsAreRefusedWithWhere_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::addRow("syntax") << QByteArray("{\"title\": \"x\",\n \"recordType\": }")
                                << u"line 2"_qs;
        QTest::addRow("not an object") << QByteArray("[1]") << u"JSON object"_qs;
        QTest::addRow("record type")
            << QByteArray(R"({"title":"x","recordType":"ships","columns":["name"]})")
            << u"recordType"_qs;
        QTest::addRow("unknown column")
            << QByteArray(R"({"title":"x","recordType":"deals","columns":["title","colour"]})")
            << u"columns[1]: unknown field “colour” of deals"_qs;
        QTest::addRow("filter field")
            << QByteArray(R"({"title":"x","recordType":"deals","columns":["title"],
                "filter":{"match":"all","conditions":[{"field":"nope","op":"eq","value":"1"}]}})")
            << u"filter.conditions[0].field"_qs;
        QTest::addRow("operator") << QByteArray(
                                         R"({"title":"x","recordType":"deals","columns":["title"],
                "filter":{"conditions":[{"field":"title","op":"in_period","value":"this_year"}]}})")
                                  << u"filter.conditions[0].op"_qs;
        QTest::addRow("period") << QByteArray(
                                       R"({"title":"x","recordType":"deals","columns":["title"],
                "filter":{"conditions":[{"field":"created_at","op":"in_period","value":"soon"}]}})")
                                << u"filter.conditions[0].value"_qs;
        QTest::addRow("three groups")
            << QByteArray(R"({"title":"x","recordType":"deals","groupBy":["owner","stage","source"],
                "aggregates":[{"function":"count"}]})")
            << u"groupBy"_qs;
        QTest::addRow("avg of text")
            << QByteArray(R"({"title":"x","recordType":"deals","groupBy":["owner"],
                "aggregates":[{"function":"avg","field":"title"}]})")
            << u"aggregates[0].field"_qs;
        QTest::addRow("no title") << QByteArray(R"({"recordType":"deals","columns":["title"]})")
                                  << u"title"_qs;
        QTest::addRow("missing param")
            << QByteArray(R"({"title":"x","recordType":"deals","columns":["title"],
                "filter":{"conditions":[{"field":"owner","op":"eq","param":"who"}]}})")
            << u"no parameter named “who”"_qs;
    }

    void badDefinitionsAreRefusedWithWhere()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto def = ReportDefinition::fromJsonBytes(json);
        QVERIFY(!def);
        QVERIFY2(def.error().detail.contains(expected), qPrintable(def.error().detail));
        // Nothing bad is stored either.
        ReportRepository repo(m_t->db());
        ReportDefinition broken;
        broken.recordType = RecordType::Deals;
        QVERIFY(!repo.save(broken));
        QCOMPARE(m_t->scalar(u"SELECT count(*) FROM reports"_qs).toInt(), 0);
    }

    void savedReportsSaveReopenDuplicateEdit()
    {
        ReportRepository repo(m_t->db());
        const int before = m_t->changeCount();
        auto copy = repo.duplicate(repo.find(u"pipeline-by-stage"_qs).value());
        QVERIFY2(copy, qPrintable(copy.error().detail));
        QVERIFY(m_t->changeCount() > before); // captured: saved reports sync
        auto found = repo.find(u"Pipeline by stage (copy)"_qs);
        QVERIFY2(found, qPrintable(found.error().detail));
        QVERIFY(!found->isBuiltin());
        QVERIFY(found->definition.builtinKey.isEmpty());
        ReportDefinition edited = found->definition;
        edited.title = u"Mana pipeline"_qs;
        edited.groupBy = {u"stage"_qs};
        QVERIFY(repo.update(found->id, edited));
        auto reopened = repo.get(found->id);
        QVERIFY(reopened);
        QCOMPARE(reopened->definition, edited);
        auto list = repo.list();
        QVERIFY(list);
        QCOMPARE(list->size(), BuiltinReports::all().size() + 1);
        QCOMPARE(list->last().displayTitle(), u"Mana pipeline"_qs);
        QVERIFY(repo.find(Uuid::toString(found->id).left(8)));
        QVERIFY(repo.remove(found->id));
        QCOMPARE(repo.list()->size(), BuiltinReports::all().size());
        QCOMPARE(repo.find(u"nothing"_qs).error().code, ErrorCode::NotFound);
    }

    void csvRoundTrip()
    {
        ContactRepository contacts(m_t->db());
        const QStringList tricky = {u"Quote \"this\""_qs, u"a, b"_qs,      u"two\nlines"_qs,
                                    u"=SUM(A1)"_qs,       u"+371 2912"_qs, u"-minus"_qs,
                                    u"@cmd"_qs,           u"Ελληνικά"_qs};
        for (const QString &s : tricky) {
            Contact c = test::contact(u"Zz"_qs, u"Tricky"_qs);
            c.notes = s;
            c.source = u"csv"_qs;
            QVERIFY(contacts.create(c));
        }
        auto def = ReportDefinition::fromJsonBytes(R"({"title":"t","recordType":"contacts",
            "columns":["notes","name"],"filter":{"conditions":[{"field":"source","op":"eq","value":"csv"}]},
            "aggregates":[{"function":"count"}]})");
        QVERIFY(def);
        ReportEngine engine(m_t->db());
        auto compiled = engine.compile(def.value());
        QVERIFY(compiled);
        for (QChar delimiter : {u',', u';'}) {
            QBuffer buffer;
            buffer.open(QIODevice::WriteOnly);
            io::CsvWriteOptions options;
            options.delimiter = delimiter;
            options.byteOrderMark = true;
            auto n = exportCsv(engine, compiled.value(), &buffer, options);
            QVERIFY2(n, qPrintable(n.error().detail));
            QCOMPARE(n.value(), qint64(tricky.size() + 1)); // and the total
            QVERIFY(buffer.data().startsWith("\xEF\xBB\xBF"));
            buffer.close();
            buffer.open(QIODevice::ReadOnly);
            io::CsvReader reader(&buffer, "UTF-8", delimiter, 3);
            QStringList titles;
            auto header = reader.next();
            QVERIFY(header && header->has_value());
            QCOMPARE(header->value().fields, (QStringList{u"Notes"_qs, u"Name"_qs}));
            for (;;) {
                auto rec = reader.next();
                QVERIFY2(rec, qPrintable(rec.error().detail));
                if (!rec->has_value())
                    break;
                titles << rec->value().fields.first();
            }
            QCOMPARE(titles.size(), tricky.size() + 1);
            QCOMPARE(titles.last(), u"Total · 8"_qs);
            titles.removeLast();
            QStringList expected = tricky;
            for (QString &s : expected) {
                if (s.startsWith(u'=') || s.startsWith(u'+') || s.startsWith(u'-') ||
                    s.startsWith(u'@'))
                    s.prepend(u'\'');
            }
            titles.sort();
            expected.sort();
            QCOMPARE(titles, expected);
        }
    }

    // Big exports write detail rows straight from SQLite as UTF-8 (runPlain); what they
    // write must be byte for byte what the general path (values, then ReportFormat::row and
    // CsvWriter::writeRow) writes: every field of every record type, and every built-in.
    void plainExportMatchesTheGeneralPath()
    {
        ContactRepository contacts(m_t->db());
        Contact odd = test::contact(u" Lead"_qs, u"Ends\u00a0"_qs);
        odd.notes = u"=1+2, \"quoted\"\nnext"_qs;
        odd.source = u"-web"_qs;
        odd.title = u"Ελληνικά ς"_qs;
        QVERIFY(contacts.create(odd));
        QList<ReportDefinition> defs = BuiltinReports::all();
        for (RecordType type : {RecordType::Contacts, RecordType::Companies, RecordType::Deals,
                                RecordType::Activities}) {
            ReportDefinition d;
            d.title = u"every field"_qs;
            d.recordType = type;
            for (const FieldSpec &f : ReportFields::of(type))
                d.columns << f.key;
            d.aggregates = {{u"count"_qs, {}, {}}};
            defs << d;
        }
        ReportEngine engine(m_t->db());
        for (const ReportDefinition &def : std::as_const(defs)) {
            auto compiled = engine.compile(def, {}, m_now);
            QVERIFY2(compiled, qPrintable(def.title));
            for (QChar delimiter : {u',', u'\t', u'\u00a7'}) {
                io::CsvWriteOptions options;
                options.delimiter = delimiter;
                QBuffer fast;
                fast.open(QIODevice::WriteOnly);
                auto n = exportCsv(engine, compiled.value(), &fast, options);
                QVERIFY2(n, qPrintable(n.error().detail));

                QBuffer general;
                general.open(QIODevice::WriteOnly);
                io::CsvWriter writer(&general, options);
                QStringList header;
                for (const ReportColumn &c : compiled->columns)
                    header << c.label;
                writer.writeRow(header);
                auto table = engine.collect(compiled.value());
                QVERIFY(table);
                for (const ReportRow &row : table->rows) {
                    writer.writeRow(
                        ReportFormat::row(compiled->columns, row, ReportFormat::Style::Plain));
                }
                QVERIFY(writer.flush().ok());
                QVERIFY2(table->rows.size() > 1, qPrintable(def.title));
                QCOMPARE(fast.data(), general.data());
            }
        }
    }

    void cancelStopsTheRun()
    {
        ReportEngine engine(m_t->db());
        auto compiled = engine.compile(*BuiltinReports::find(u"overdue-tasks"_qs));
        QVERIFY(compiled);
        int seen = 0;
        auto ran = engine.run(compiled.value(), [&](const ReportRow &) { return ++seen < 1; });
        QVERIFY(!ran);
        QCOMPARE(ran.error().code, ErrorCode::Cancelled);
        QCOMPARE(seen, 1);
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
