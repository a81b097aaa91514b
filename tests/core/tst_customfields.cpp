// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/customfield.h"
#include "import/contactimporter.h"
#include "io/contactexport.h"
#include "reports/reportengine.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/customfieldrepository.h"
#include "services/dealrepository.h"
#include "services/searchservice.h"
#include "support/builders.h"
#include "support/testdatabase.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace crm;
using namespace crm::core;

namespace {

CustomFieldDefinition field(CustomEntity entity, const QString &key, CustomFieldType type,
                            QStringList choices = {}, bool required = false)
{
    CustomFieldDefinition d;
    d.entity = entity;
    d.key = key;
    d.label = key.at(0).toUpper() + key.mid(1);
    d.type = type;
    d.choices = std::move(choices);
    d.required = required;
    return d;
}

// The contacts' "industry" field most cases use: a choice of Retail or Banking.
CustomFieldDefinition industry(bool required = false)
{
    return field(CustomEntity::Contact, u"industry"_qs, CustomFieldType::Choice,
                 {u"Retail"_qs, u"Banking"_qs}, required);
}

} // namespace

class TestCustomFields : public QObject
{
    Q_OBJECT

private slots:
    void definitions()
    {
        test::TestDatabase t;
        CustomFieldRepository fields(t.db());
        auto a = fields.add(field(CustomEntity::Contact, u"industry"_qs, CustomFieldType::Choice,
                                  {u"Retail"_qs, u"Banking"_qs}));
        QVERIFY2(a.ok(), qPrintable(a.error().message()));
        QCOMPARE(a.value(), CustomField::fieldId(CustomEntity::Contact, u"industry"_qs));
        QVERIFY(fields.add(field(CustomEntity::Contact, u"size"_qs, CustomFieldType::Number)).ok());
        QVERIFY(fields.add(field(CustomEntity::Company, u"size"_qs, CustomFieldType::Number)).ok());
        // The same key on another entity is another field; on the same entity it is refused.
        auto twice = fields.add(field(CustomEntity::Contact, u"size"_qs, CustomFieldType::Text));
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().field, u"key"_qs);
        QVERIFY(
            !fields.add(field(CustomEntity::Contact, u"Bad Key"_qs, CustomFieldType::Text)).ok());
        QVERIFY(
            !fields.add(field(CustomEntity::Contact, u"pick"_qs, CustomFieldType::Choice)).ok());

        auto list = fields.list(CustomEntity::Contact);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).key, u"industry"_qs);
        QCOMPARE(list->at(0).choices, (QStringList{u"Retail"_qs, u"Banking"_qs}));

        // Reorder, edit, delete and add again.
        QVERIFY(fields.reorder(CustomEntity::Contact, {list->at(1).id}).ok());
        list = fields.list(CustomEntity::Contact);
        QCOMPARE(list->at(0).key, u"size"_qs);
        CustomFieldDefinition e = list->at(1);
        e.label = u"Sector"_qs;
        e.required = true;
        e.choices << u"Farming"_qs;
        QVERIFY(fields.edit(e).ok());
        QCOMPARE(fields.get(CustomEntity::Contact, u"industry"_qs)->label, u"Sector"_qs);
        QVERIFY(fields.get(CustomEntity::Contact, u"industry"_qs)->required);
        QVERIFY(fields.remove(e.id).ok());
        QCOMPARE(fields.list(CustomEntity::Contact)->size(), 1);
        QVERIFY(!fields.get(CustomEntity::Contact, u"industry"_qs).ok());
        QVERIFY(
            fields.add(field(CustomEntity::Contact, u"industry"_qs, CustomFieldType::Text)).ok());
        // The row came back (one row per entity and key): definitions are captured for sync.
        QCOMPARE(t.scalar(u"SELECT count(*) FROM custom_fields"_qs).toInt(), 3);
        QVERIFY(
            t.scalar(u"SELECT count(*) FROM change_log WHERE tbl = 'custom_fields'"_qs).toInt() >=
            5);
    }

    // A team's fields have ids of their own: the same key in another team is another field,
    // so two teams on one server never share (or fight over) a definition. Fields made before
    // the laptop knew its team (or by an earlier version) move to the team's id with their
    // values, as captured writes sync carries.
    void teamScopedIds()
    {
        const auto region = [] {
            return field(CustomEntity::Contact, u"region"_qs, CustomFieldType::Text);
        };
        const QByteArray legacy = CustomField::fieldId(CustomEntity::Contact, u"region"_qs);
        const QByteArray riga =
            CustomField::fieldId(CustomEntity::Contact, u"region"_qs, u"riga"_qs);
        QVERIFY(riga != legacy);
        QVERIFY(riga != CustomField::fieldId(CustomEntity::Contact, u"region"_qs, u"tallinn"_qs));
        QVERIFY(riga != CustomField::fieldId(CustomEntity::Company, u"region"_qs, u"riga"_qs));

        test::TestDatabase t;
        CustomFieldRepository fields(t.db());
        QCOMPARE(fields.add(region()).value(), legacy);
        ContactRepository contacts(t.db());
        Contact c = test::contact(u"Anna"_qs, u"Ozola"_qs);
        c.custom.insert(u"region"_qs, u"Vidzeme"_qs);
        auto id = contacts.create(c);
        QVERIFY(id.ok());
        QSqlDatabase db = t.db()->connection();
        QVERIFY(CustomFieldRepository::adoptTeam(db).ok()); // no team yet: nothing moves
        QCOMPARE(fields.get(CustomEntity::Contact, u"region"_qs)->id, legacy);

        t.scalar(u"INSERT INTO meta(key, value) VALUES ('sync_team', 'riga')"_qs);
        const int before = t.changeCount();
        QVERIFY(CustomFieldRepository::adoptTeam(db).ok());
        QCOMPARE(fields.get(CustomEntity::Contact, u"region"_qs)->id, riga);
        QCOMPARE(fields.list(CustomEntity::Contact)->size(), 1);
        QCOMPARE(contacts.get(id.value())->custom.value(u"region"_qs), u"Vidzeme"_qs);
        QCOMPARE(t.scalar(u"SELECT deleted FROM custom_fields WHERE id = ?"_qs, {legacy}).toInt(),
                 1);
        QCOMPARE(t.scalar(u"SELECT field_id FROM custom_values WHERE deleted = 0"_qs).toByteArray(),
                 riga);
        // Captured: the team's definition and value created, the team-less ones deleted.
        QCOMPARE(t.changeCount(), before + 4);
        QVERIFY(CustomFieldRepository::adoptTeam(db).ok()); // done once
        QCOMPARE(t.changeCount(), before + 4);

        // New fields get the team's id at once; the key is still one field per entity.
        auto size = fields.add(field(CustomEntity::Contact, u"size"_qs, CustomFieldType::Number));
        QCOMPARE(size.value(), CustomField::fieldId(CustomEntity::Contact, u"size"_qs, u"riga"_qs));
        QVERIFY(!fields.add(region()).ok());
        c = contacts.get(id.value()).value();
        c.custom[u"region"_qs] = u"Latgale"_qs;
        QVERIFY(contacts.update(c).ok());
        QCOMPARE(t.scalar(u"SELECT value FROM custom_values WHERE id = ?"_qs,
                          {CustomField::valueId(id.value(), riga)})
                     .toString(),
                 u"Latgale"_qs);
    }

    void canonicalValues_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("stored"); // "!" = refused
        QTest::addRow("text") << "text"
                              << "  Ābele "
                              << "Ābele";
        QTest::addRow("text two lines") << "text"
                                        << "a\nb"
                                        << "!";
        QTest::addRow("long text") << "longtext"
                                   << "a\nb"
                                   << "a\nb";
        QTest::addRow("number") << "number"
                                << "1234.50"
                                << "1234.5";
        QTest::addRow("number negative") << "number"
                                         << "-3"
                                         << "-3";
        QTest::addRow("number bad") << "number"
                                    << "12,5"
                                    << "!";
        QTest::addRow("money") << "money"
                               << "1250.5 eur"
                               << "1250.50 EUR";
        QTest::addRow("money no currency") << "money"
                                           << "1250"
                                           << "!";
        QTest::addRow("money too many decimals") << "money"
                                                 << "1.234 EUR"
                                                 << "!";
        QTest::addRow("date") << "date"
                              << "2026-03-10"
                              << "2026-03-10";
        QTest::addRow("date bad") << "date"
                                  << "2026-02-30"
                                  << "!";
        QTest::addRow("yes") << "yesno"
                             << "Yes"
                             << "1";
        QTest::addRow("no") << "yesno"
                            << "false"
                            << "0";
        QTest::addRow("yes/no bad") << "yesno"
                                    << "maybe"
                                    << "!";
        QTest::addRow("choice") << "choice"
                                << "retail"
                                << "Retail";
        QTest::addRow("choice bad") << "choice"
                                    << "Mining"
                                    << "!";
        QTest::addRow("multi") << "multichoice"
                               << "Banking; retail"
                               << "[\"Retail\",\"Banking\"]";
        QTest::addRow("multi bad") << "multichoice"
                                   << "Banking;Mining"
                                   << "!";
        QTest::addRow("url") << "url"
                             << "https://example.com/x"
                             << "https://example.com/x";
        QTest::addRow("url bad") << "url"
                                 << "example com"
                                 << "!";
        QTest::addRow("empty") << "number"
                               << "  "
                               << "";
    }

    void canonicalValues()
    {
        QFETCH(QString, type);
        QFETCH(QString, input);
        QFETCH(QString, stored);
        CustomFieldDefinition d;
        d.key = u"f"_qs;
        d.label = u"Field"_qs;
        QVERIFY(parseType(type, &d.type));
        d.choices = {u"Retail"_qs, u"Banking"_qs};
        auto c = CustomField::canonical(d, input);
        if (stored == u"!") {
            QVERIFY(!c.ok());
            QCOMPARE(c.error().field, u"custom:f"_qs);
            QVERIFY(c.error().detail.startsWith(u"Field: "_qs)); // the message names the field
            QVERIFY(!c.error().detail.isEmpty());
        } else {
            QVERIFY2(c.ok(), qPrintable(c.error().message()));
            QCOMPARE(c.value(), stored);
        }
    }

    void valuesWithRecords()
    {
        test::TestDatabase t;
        CustomFieldRepository fields(t.db());
        QVERIFY(fields.add(industry(true)).ok());
        QVERIFY(
            fields.add(field(CustomEntity::Contact, u"budget"_qs, CustomFieldType::Money)).ok());
        QVERIFY(fields.add(field(CustomEntity::Contact, u"motto"_qs, CustomFieldType::Text)).ok());
        ContactRepository contacts(t.db());

        // Required on create; a bad value names its field; nothing is written.
        const int before = t.changeCount();
        Contact c = test::contact(u"Jānis"_qs, u"Bērziņš"_qs);
        auto missing = contacts.create(c);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().field, u"custom:industry"_qs);
        c.custom = {{u"industry"_qs, u"retail"_qs}, {u"budget"_qs, u"ten"_qs}};
        auto bad = contacts.create(c);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().field, u"custom:budget"_qs);
        c.custom.insert(u"nosuch"_qs, u"x"_qs);
        c.custom[u"budget"_qs] = u"99.9 EUR"_qs;
        QVERIFY(!contacts.create(c).ok());
        QCOMPARE(t.changeCount(), before);

        c.custom.remove(u"nosuch"_qs);
        c.custom[u"motto"_qs] = u"Łódź über alles"_qs;
        auto id = contacts.create(c);
        QVERIFY2(id.ok(), qPrintable(id.error().message()));
        auto loaded = contacts.get(id.value());
        QCOMPARE(loaded->custom.value(u"industry"_qs), u"Retail"_qs);
        QCOMPARE(loaded->custom.value(u"budget"_qs), u"99.90 EUR"_qs);
        // One row per (record, field), its id derived from the pair; each captured.
        const QByteArray valueId = CustomField::valueId(
            id.value(), CustomField::fieldId(CustomEntity::Contact, u"budget"_qs));
        QCOMPARE(t.scalar(u"SELECT value FROM custom_values WHERE id = ?"_qs, {valueId}).toString(),
                 u"99.90 EUR"_qs);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM change_log WHERE tbl = 'custom_values' AND col "
                          "IS NULL"_qs)
                     .toInt(),
                 3);

        // Search finds a custom text value, folded.
        SearchService search(t.db());
        auto hits = search.search(u"lodz"_qs);
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 1);
        QCOMPARE(search.search(u"retail"_qs)->size(), 1);

        // An edit changes one value: one captured field change of that row.
        Contact e = loaded.value();
        e.custom = {{u"budget"_qs, u"120 EUR"_qs}};
        const int beforeEdit = t.changeCount();
        QVERIFY(contacts.update(e).ok());
        QCOMPARE(t.changeCount(), beforeEdit + 1);
        QCOMPARE(t.scalar(u"SELECT col FROM change_log ORDER BY seq DESC LIMIT 1"_qs).toString(),
                 u"value"_qs);
        QCOMPARE(contacts.get(id.value())->custom.value(u"budget"_qs), u"120.00 EUR"_qs);
        // The same values again write nothing; clearing a required value is refused.
        QVERIFY(contacts.update(e).ok());
        QCOMPARE(t.changeCount(), beforeEdit + 1);
        e.custom = {{u"industry"_qs, QString()}};
        auto cleared = contacts.update(e);
        QVERIFY(!cleared.ok());
        QCOMPARE(cleared.error().field, u"custom:industry"_qs);
        // The search entry follows an edit.
        e.custom = {{u"motto"_qs, u"Ποτέ"_qs}};
        QVERIFY(contacts.update(e).ok());
        QCOMPARE(search.search(u"lodz"_qs)->size(), 0);
        QCOMPARE(search.search(u"pote"_qs)->size(), 1);

        // A deleted field hides its values; adding it again brings them back.
        auto budget = fields.get(CustomEntity::Contact, u"budget"_qs);
        QCOMPARE(fields.valueCount(budget->id).value(), 1);
        QVERIFY(fields.remove(budget->id).ok());
        QVERIFY(!contacts.get(id.value())->custom.contains(u"budget"_qs));
        QVERIFY(
            fields.add(field(CustomEntity::Contact, u"budget"_qs, CustomFieldType::Money)).ok());
        QCOMPARE(contacts.get(id.value())->custom.value(u"budget"_qs), u"120.00 EUR"_qs);
        // A field with values keeps its type.
        auto m = fields.get(CustomEntity::Contact, u"budget"_qs).value();
        m.type = CustomFieldType::Text;
        QVERIFY(!fields.edit(m).ok());
    }

    void companiesAndDeals()
    {
        test::TestDatabase t;
        CustomFieldRepository fields(t.db());
        QVERIFY(
            fields.add(field(CustomEntity::Company, u"founded"_qs, CustomFieldType::Date)).ok());
        QVERIFY(
            fields.add(field(CustomEntity::Company, u"segment"_qs, CustomFieldType::Text)).ok());
        QVERIFY(fields.add(field(CustomEntity::Deal, u"signed"_qs, CustomFieldType::YesNo)).ok());
        CompanyRepository companies(t.db());
        Company co = test::company(u"SIA Koks"_qs, u"Rīga"_qs);
        co.custom = {{u"founded"_qs, u"1999-05-01"_qs}, {u"segment"_qs, u"Mežsaimniecība"_qs}};
        auto cid = companies.create(co);
        QVERIFY2(cid.ok(), qPrintable(cid.error().message()));
        QCOMPARE(companies.get(cid.value())->custom.value(u"founded"_qs), u"1999-05-01"_qs);
        SearchService search(t.db());
        QCOMPARE(search.search(u"mezsaimnieciba"_qs)->size(), 1);
        Company ce = companies.get(cid.value()).value();
        ce.custom[u"founded"_qs] = u"1999-13-01"_qs;
        QCOMPARE(companies.update(ce).error().field, u"custom:founded"_qs);

        DealRepository deals(t.db());
        Deal d = test::deal(u"Pallets"_qs, 100000, u"EUR"_qs);
        d.custom = {{u"signed"_qs, u"yes"_qs}};
        auto did = deals.create(d);
        QVERIFY2(did.ok(), qPrintable(did.error().message()));
        QCOMPARE(deals.get(did.value())->custom.value(u"signed"_qs), u"1"_qs);
        Deal de = deals.get(did.value()).value();
        de.custom[u"signed"_qs] = u"no"_qs;
        QVERIFY(deals.update(de).ok());
        QCOMPARE(deals.get(did.value())->custom.value(u"signed"_qs), u"0"_qs);
        // A contact field is not a deal field.
        de.custom = {{u"founded"_qs, u"2000-01-01"_qs}};
        QVERIFY(!deals.update(de).ok());
    }

    void importAndExport()
    {
        test::TestDatabase t;
        CustomFieldRepository fields(t.db());
        QVERIFY(fields.add(industry()).ok());
        QVERIFY(
            fields.add(field(CustomEntity::Contact, u"budget"_qs, CustomFieldType::Money)).ok());
        ContactRepository contacts(t.db());
        Contact existing = test::contact(u"Anna"_qs, u"Ozola"_qs, u"anna@x.lv"_qs);
        QVERIFY(contacts.create(existing).ok());

        // A header that is a field's label maps to it; values are checked per row.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"in.csv"_qs);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("First Name,Last Name,E-mail Address,Industry,Budget\n"
                "Jānis,Bērziņš,janis@x.lv,retail,100 EUR\n"
                "Ilze,Kalniņa,ilze@x.lv,Mining,\n"
                "Anna,Ozola,anna@x.lv,Banking,5.5 usd\n");
        f.close();
        import::ImportSettings s;
        s.source.path = path;
        s.region = u"LV"_qs;
        import::ContactImporter importer(t.db());
        auto p = importer.preview(s);
        QVERIFY2(p.ok(), qPrintable(p.error().message()));
        QCOMPARE(p->source.mapping->target(3), u"custom:industry"_qs);
        QCOMPARE(p->source.mapping->target(4), u"custom:budget"_qs);
        QCOMPARE(p->rowCount(), 3);
        QCOMPARE(p->row(1).kind, import::RowKind::Invalid);
        QVERIFY2(p->row(1).error.startsWith(u"Industry: "_qs), qPrintable(p->row(1).error));
        QCOMPARE(p->row(2).kind, import::RowKind::Update);
        auto done = importer.apply(p.value());
        QVERIFY2(done.ok(), qPrintable(done.error().message()));
        QCOMPARE(done->created, 1);
        QCOMPARE(done->updated, 1);
        QStringList seen;
        QVERIFY(contacts
                    .forEach([&](const Contact &c) {
                        seen << c.firstName + u'=' + c.custom.value(u"industry"_qs) + u'/' +
                                    c.custom.value(u"budget"_qs);
                        return true;
                    })
                    .ok());
        seen.sort();
        QCOMPARE(seen, (QStringList{u"Anna=Banking/5.50 USD"_qs, u"Jānis=Retail/100.00 EUR"_qs}));
        // Created through the bulk writer, the values are captured and searchable.
        QCOMPARE(
            t.scalar(u"SELECT count(*) FROM change_log WHERE tbl = 'custom_values'"_qs).toInt(), 4);
        QCOMPARE(SearchService(t.db()).search(u"retail"_qs)->size(), 1);

        // CSV export: the fields follow the built-in columns, headed by their labels.
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(io::exportContacts(t.db(), &out, io::ExportFormat::Csv).ok());
        const QStringList lines =
            QString::fromUtf8(out.data()).split(u"\r\n"_qs, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[0].endsWith(u",Industry,Budget"_qs), qPrintable(lines[0]));
        QVERIFY(lines.filter(u"Jānis"_qs).first().endsWith(u",Retail,100.00 EUR"_qs));
    }

    // Every field type written to vCard 4.0 and read back into a fresh database with the
    // same fields: the same canonical values, exactly.
    void vcardRoundTrip()
    {
        const QList<CustomFieldDefinition> defs = {
            field(CustomEntity::Contact, u"nickname"_qs, CustomFieldType::Text),
            field(CustomEntity::Contact, u"history"_qs, CustomFieldType::LongText),
            field(CustomEntity::Contact, u"employees"_qs, CustomFieldType::Number),
            field(CustomEntity::Contact, u"budget"_qs, CustomFieldType::Money),
            field(CustomEntity::Contact, u"met_on"_qs, CustomFieldType::Date),
            field(CustomEntity::Contact, u"vip"_qs, CustomFieldType::YesNo),
            field(CustomEntity::Contact, u"industry"_qs, CustomFieldType::Choice,
                  {u"Retail, wholesale"_qs, u"Banking\\Finance"_qs}),
            field(CustomEntity::Contact, u"regions"_qs, CustomFieldType::MultiChoice,
                  {u"North"_qs, u"South, East"_qs, u"\"West\""_qs, u"Ziemeļi"_qs}),
            field(CustomEntity::Contact, u"homepage"_qs, CustomFieldType::Url),
        };
        const QList<CustomValues> values = {
            {{u"nickname"_qs, u"Jāņuks; the \"boss\", \\ ok"_qs},
             {u"history"_qs,
              u"  First line, with a comma; and a semicolon\n\nThird line \\n is not a break "
              u"and this line is long enough to be folded more than once across the limit of "
              u"seventy-five octets: ĀĒĪŪ ΑΒΓΔ АБВГ\n"_qs},
             {u"employees"_qs, u"-1234.5"_qs},
             {u"budget"_qs, u"1250.50 EUR"_qs},
             {u"met_on"_qs, u"2026-03-10"_qs},
             {u"vip"_qs, u"1"_qs},
             {u"industry"_qs, u"Retail, wholesale"_qs},
             {u"regions"_qs, u"[\"South, East\",\"\\\"West\\\"\",\"Ziemeļi\"]"_qs},
             {u"homepage"_qs, u"https://example.com/a;b,c?x=1&y=2"_qs}},
            {{u"vip"_qs, u"0"_qs},
             {u"industry"_qs, u"Banking\\Finance"_qs},
             {u"regions"_qs, u"[\"North\"]"_qs},
             {u"budget"_qs, u"7 JPY"_qs},
             {u"employees"_qs, u"1e+20"_qs},
             {u"homepage"_qs, u"mailto:a@example.com"_qs}},
            {}, // no values at all
        };
        test::TestDatabase from;
        test::TestDatabase to;
        for (const test::TestDatabase *t : {&from, &to}) {
            for (const CustomFieldDefinition &d : defs)
                QVERIFY(CustomFieldRepository(t->db()).add(d).ok());
        }
        ContactRepository source(from.db());
        for (int i = 0; i < values.size(); ++i) {
            Contact c =
                test::contact(u"Name"_qs, u"Number %1"_qs.arg(i), u"n%1@example.com"_qs.arg(i));
            c.custom = values[i];
            auto id = source.create(c);
            QVERIFY2(id.ok(), qPrintable(id.error().message()));
            // Stored as given: the values above are canonical already.
            QCOMPARE(source.get(id.value())->custom.value(u"regions"_qs),
                     values[i].value(u"regions"_qs));
        }

        QTemporaryDir dir;
        const QString path = dir.filePath(u"contacts.vcf"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        auto written = io::exportContacts(from.db(), &file, io::ExportFormat::VCard);
        QVERIFY2(written.ok(), qPrintable(written.error().message()));
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray vcf = file.readAll();
        file.close();
        QVERIFY2(vcf.contains("X-CRM-FIELD;X-KEY=industry:Retail\\, wholesale\r\n"),
                 vcf.constData());
        QVERIFY(vcf.contains("X-CRM-FIELD;X-KEY=regions:North\r\n"));
        QVERIFY(vcf.contains("X-CRM-FIELD;X-KEY=vip:0\r\n"));

        import::ImportSettings s;
        s.source.path = path;
        s.region = u"LV"_qs;
        import::ContactImporter importer(to.db());
        auto p = importer.preview(s);
        QVERIFY2(p.ok(), qPrintable(p.error().message()));
        QCOMPARE(p->count(import::RowKind::New), int(values.size()));
        const auto all = p->page(import::PreviewFilter::All, -1, 100000);
        QVERIFY(all.ok());
        for (const import::PreviewRow &r : all.value())
            QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'\n')));
        QVERIFY(importer.apply(p.value()).ok());

        QHash<QString, CustomValues> imported;
        QVERIFY(ContactRepository(to.db())
                    .forEach([&](const Contact &c) {
                        imported.insert(c.lastName, c.custom);
                        return true;
                    })
                    .ok());
        QCOMPARE(imported.size(), values.size());
        for (int i = 0; i < values.size(); ++i) {
            const CustomValues got = imported.value(u"Number %1"_qs.arg(i));
            for (const CustomFieldDefinition &d : defs)
                QCOMPARE(got.value(d.key), values[i].value(d.key));
        }
        // Captured like any created value.
        QCOMPARE(
            to.scalar(u"SELECT count(*) FROM change_log WHERE tbl = 'custom_values'"_qs).toInt(),
            15);
    }

    // A value for a field the database does not have is a warning naming its line, and the
    // contact is imported without it; a value the field refuses makes the row invalid, with
    // the line of the value.
    void vcardUnknownAndInvalidValues()
    {
        test::TestDatabase t;
        QVERIFY(CustomFieldRepository(t.db()).add(industry()).ok());
        QVERIFY(CustomFieldRepository(t.db())
                    .add(field(CustomEntity::Contact, u"met_on"_qs, CustomFieldType::Date))
                    .ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cards.vcf"_qs);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("BEGIN:VCARD\r\nVERSION:4.0\r\nN:Ozola;Anna;;;\r\n"
                "X-CRM-FIELD;X-KEY=industry:banking\r\n"
                "X-CRM-FIELD;X-KEY=shoe_size:42\r\n"
                "END:VCARD\r\n"
                "BEGIN:VCARD\r\nVERSION:4.0\r\nN:Kalniņa;Ilze;;;\r\n"
                "X-CRM-FIELD;X-KEY=met_on:2026-02-30\r\n"
                "END:VCARD\r\n");
        f.close();
        import::ImportSettings s;
        s.source.path = path;
        import::ContactImporter importer(t.db());
        auto p = importer.preview(s);
        QVERIFY2(p.ok(), qPrintable(p.error().message()));
        QCOMPARE(p->rowCount(), 2);
        QCOMPARE(p->row(0).kind, import::RowKind::New);
        QCOMPARE(p->row(0).warnings,
                 QStringList{u"line 5: there is no custom field “shoe_size” for contacts; its "
                             u"value “42” is skipped"_qs});
        QCOMPARE(p->warningCount(), 1);
        QCOMPARE(p->row(1).kind, import::RowKind::Invalid);
        QCOMPARE(p->row(1).line, 7);
        QVERIFY2(p->row(1).error.startsWith(u"line 10: Met_on: “2026-02-30” is not a date"_qs),
                 qPrintable(p->row(1).error));
        auto done = importer.apply(p.value());
        QVERIFY(done.ok());
        QCOMPARE(done->created, 1);
        QCOMPARE(done->invalid, 1);
        const QList<Contact> all = ContactRepository(t.db()).list().value();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].custom.value(u"industry"_qs), u"Banking"_qs);
        QVERIFY(!all[0].custom.contains(u"shoe_size"_qs));
    }

    // The search entries follow the definitions: a deleted field's values are no longer
    // found and come back with it, a renamed choice is found by its new text (in the values
    // too, captured), a new label changes nothing searchable; with SearchRefresh::Later the
    // entries change when refreshSearch() runs, with progress.
    void searchFollowsDefinitionChanges()
    {
        test::TestDatabase t;
        CustomFieldRepository fields(t.db());
        const SearchService search(t.db());
        auto hits = [&](const QString &q) { return int(search.search(q)->size()); };
        QVERIFY(fields.add(industry()).ok());
        QVERIFY(fields
                    .add(field(CustomEntity::Contact, u"regions"_qs, CustomFieldType::MultiChoice,
                               {u"North"_qs, u"South \"deep\""_qs}))
                    .ok());
        QVERIFY(fields.add(field(CustomEntity::Contact, u"motto"_qs, CustomFieldType::Text)).ok());
        QVERIFY(fields.add(field(CustomEntity::Company, u"sector"_qs, CustomFieldType::Text)).ok());
        ContactRepository contacts(t.db());
        Contact anna = test::contact(u"Anna"_qs, u"Ozola"_qs);
        anna.custom = {{u"industry"_qs, u"Retail"_qs},
                       {u"regions"_qs, u"North; South \"deep\""_qs},
                       {u"motto"_qs, u"zebra"_qs}};
        const QByteArray annaId = contacts.create(anna).value();
        Contact other = test::contact(u"Ilze"_qs, u"Kalniņa"_qs);
        other.custom = {{u"industry"_qs, u"Banking"_qs}};
        QVERIFY(contacts.create(other).ok());
        Company quarry = test::company(u"SIA Akmens"_qs);
        quarry.custom = {{u"sector"_qs, u"quarrying"_qs}};
        QVERIFY(CompanyRepository(t.db()).create(quarry).ok());
        QCOMPARE(hits(u"retail"_qs), 1);
        QCOMPARE(hits(u"north"_qs), 1);
        QCOMPARE(hits(u"zebra"_qs), 1);
        QCOMPARE(hits(u"quarrying"_qs), 1);

        // A choice renamed: values and search follow; the other choice stays.
        CustomFieldDefinition def = fields.get(CustomEntity::Contact, u"industry"_qs).value();
        def.choices = {u"Wholesale"_qs, u"Banking"_qs};
        QVERIFY(CustomFieldRepository::changesSearch(
            fields.get(CustomEntity::Contact, u"industry"_qs).value(), def));
        const int changesBefore = t.changeCount();
        QVERIFY(fields.edit(def).ok());
        QCOMPARE(t.changeCount(), changesBefore + 2); // the definition and Anna's value
        QCOMPARE(contacts.get(annaId)->custom.value(u"industry"_qs), u"Wholesale"_qs);
        QCOMPARE(hits(u"retail"_qs), 0);
        QCOMPARE(hits(u"wholesale"_qs), 1);
        QCOMPARE(hits(u"banking"_qs), 1);

        // A multiple choice's choice renamed, inside its JSON array.
        def = fields.get(CustomEntity::Contact, u"regions"_qs).value();
        def.choices = {u"North"_qs, u"South \"far\""_qs};
        QVERIFY(fields.edit(def).ok());
        QCOMPARE(contacts.get(annaId)->custom.value(u"regions"_qs),
                 u"[\"North\",\"South \\\"far\\\"\"]"_qs);
        QCOMPARE(hits(u"far"_qs), 1);
        QCOMPARE(hits(u"deep"_qs), 0);

        // A new label: nothing searchable changes (labels are not in the entries).
        def = fields.get(CustomEntity::Contact, u"motto"_qs).value();
        def.label = u"Slogan"_qs;
        QVERIFY(!CustomFieldRepository::changesSearch(
            fields.get(CustomEntity::Contact, u"motto"_qs).value(), def));
        QVERIFY(fields.edit(def).ok());
        QCOMPARE(hits(u"zebra"_qs), 1);

        // Deleted: not found; added again: found again. Companies as contacts.
        QVERIFY(fields.remove(def.id).ok());
        QCOMPARE(hits(u"zebra"_qs), 0);
        QVERIFY(fields.add(field(CustomEntity::Contact, u"motto"_qs, CustomFieldType::Text)).ok());
        QCOMPARE(hits(u"zebra"_qs), 1);
        const QByteArray sector = CustomField::fieldId(CustomEntity::Company, u"sector"_qs);
        QVERIFY(fields.remove(sector).ok());
        QCOMPARE(hits(u"quarrying"_qs), 0);

        // A type change (allowed only while the field has no values) leaves the entries be.
        QVERIFY(fields.add(field(CustomEntity::Contact, u"code"_qs, CustomFieldType::Text)).ok());
        def = fields.get(CustomEntity::Contact, u"code"_qs).value();
        def.type = CustomFieldType::Number;
        QVERIFY(fields.edit(def).ok());
        QCOMPARE(hits(u"zebra"_qs), 1);
        QCOMPARE(hits(u"wholesale"_qs), 1);

        // Later: the caller refreshes, with progress.
        const QByteArray motto = CustomField::fieldId(CustomEntity::Contact, u"motto"_qs);
        QVERIFY(fields.remove(motto, CustomFieldRepository::SearchRefresh::Later).ok());
        QCOMPARE(hits(u"zebra"_qs), 1); // not yet
        QList<qint64> seen;
        QVERIFY(fields
                    .refreshSearch(motto,
                                   [&](qint64 done, qint64 total) {
                                       seen << done << total;
                                       return true;
                                   })
                    .ok());
        QCOMPARE(seen, (QList<qint64>{1, 1}));
        QCOMPARE(hits(u"zebra"_qs), 0);
        QCOMPARE(hits(u"anna"_qs), 1); // the rest of the entry stays
    }

    void reports()
    {
        test::TestDatabase t;
        CustomFieldRepository fields(t.db());
        QVERIFY(fields.add(industry()).ok());
        QVERIFY(fields.add(field(CustomEntity::Contact, u"vip"_qs, CustomFieldType::YesNo)).ok());
        ContactRepository contacts(t.db());
        const QList<std::tuple<const char *, const char *, const char *>> people = {
            {"Anna", "Retail", "1"},
            {"Jānis", "Retail", "0"},
            {"Ilze", "Banking", "1"},
            {"Zane", "", ""}};
        for (const auto &[name, industry, vip] : people) {
            Contact c = test::contact(QString::fromUtf8(name), u"X"_qs);
            c.custom = {{u"industry"_qs, QString::fromLatin1(industry)},
                        {u"vip"_qs, QString::fromLatin1(vip)}};
            QVERIFY(contacts.create(c).ok());
        }
        reports::ReportEngine engine(t.db());
        // A custom column, a filter on a custom field, sorted by it.
        auto def = reports::ReportDefinition::fromJsonBytes(R"({"title": "Retail VIPs",
            "recordType": "contacts", "columns": ["first_name", "custom:industry", "custom:vip"],
            "filter": {"match": "all", "conditions": [
                {"field": "custom:industry", "op": "eq", "value": "Retail"}]},
            "sort": [{"field": "first_name"}]})");
        QVERIFY2(def, qPrintable(def.error().detail));
        auto compiled = engine.compile(def.value());
        QVERIFY2(compiled, qPrintable(compiled.error().detail));
        auto table = engine.collect(compiled.value());
        QVERIFY(table);
        QCOMPARE(table->columns.at(1).label, u"Industry"_qs);
        QStringList got;
        for (const reports::ReportRow &r : table->rows) {
            if (r.kind == reports::RowKind::Detail)
                got << r.values.value(0).toString() + u'/' + r.values.value(1).toString() + u'/' +
                           r.values.value(2).toString();
        }
        QCOMPARE(got, (QStringList{u"Anna/Retail/true"_qs, u"Jānis/Retail/false"_qs}));
        // Grouped by a custom field, with a count.
        auto grouped = reports::ReportDefinition::fromJsonBytes(R"({"title": "By industry",
            "recordType": "contacts", "columns": ["first_name"], "groupBy": ["custom:industry"],
            "aggregates": [{"function": "count"}]})");
        QVERIFY2(grouped, qPrintable(grouped.error().detail));
        auto g = engine.compile(grouped.value());
        QVERIFY2(g, qPrintable(g.error().detail));
        auto gt = engine.collect(g.value());
        QVERIFY(gt);
        QStringList groups;
        for (const reports::ReportRow &r : gt->rows) {
            if (r.kind == reports::RowKind::Group)
                groups << r.values.value(0).toString() + u'=' + r.values.last().toString();
        }
        QVERIFY2(groups.size() == 3, qPrintable(groups.join(u" | ")));
        QVERIFY2(groups.contains(u"Retail=2"_qs) && groups.contains(u"Banking=1"_qs),
                 qPrintable(groups.join(u" | ")));
        // An unknown custom field is refused naming it.
        auto unknown = reports::ReportDefinition::fromJsonBytes(
            R"({"title": "x", "recordType": "contacts", "columns": ["custom:colour"]})");
        QVERIFY(!unknown || !engine.compile(unknown.value()));
    }
};

QTEST_GUILESS_MAIN(TestCustomFields)
#include "tst_customfields.moc"
