// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/companylistmodel.h"
#include "models/contactlistmodel.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/customfieldrepository.h"
#include "support/builders.h"
#include "support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace crm;
using namespace crm::core;

// `field:value` filters and free words in the lists' search box, against a small known set:
// the model lists exactly the expected records, in both paging strategies, or says why not.
class TestListFilter : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_t;

    static QStringList firstNames(const QAbstractItemModel &m)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r, ContactListModel::Name).data().toString().section(u' ', 0, 0);
        out.sort();
        return out;
    }

private slots:
    void initTestCase()
    {
        m_t = std::make_unique<test::TestDatabase>();
        CustomFieldRepository fields(m_t->db());
        QVERIFY(fields
                    .add({{},
                          CustomEntity::Contact,
                          u"industry_segment"_qs,
                          u"Segment"_qs,
                          CustomFieldType::Choice,
                          false,
                          0,
                          {u"Retail"_qs, u"Banking"_qs},
                          false})
                    .ok());
        QVERIFY(fields
                    .add({{},
                          CustomEntity::Contact,
                          u"motto"_qs,
                          u"Motto"_qs,
                          CustomFieldType::Text,
                          false,
                          1,
                          {},
                          false})
                    .ok());
        QVERIFY(fields
                    .add({{},
                          CustomEntity::Contact,
                          u"seats"_qs,
                          u"Seats"_qs,
                          CustomFieldType::Number,
                          false,
                          2,
                          {},
                          false})
                    .ok());
        struct Row
        {
            const char16_t *first, *city, *owner;
            LifecycleStatus status;
            QStringList tags;
            CustomValues custom;
        };
        const Row rows[] = {
            {u"Anna",
             u"Rīga",
             u"anna",
             LifecycleStatus::Customer,
             {u"VIP"_qs},
             {{u"industry_segment"_qs, u"Retail"_qs}, {u"seats"_qs, u"10"_qs}}},
            {u"Jānis",
             u"Rīga",
             u"peter",
             LifecycleStatus::Lead,
             {},
             {{u"industry_segment"_qs, u"Banking"_qs}, {u"motto"_qs, u"Ātri un zaļi"_qs}}},
            {u"Maria",
             u"New York",
             u"anna",
             LifecycleStatus::Customer,
             {u"vip"_qs, u"press"_qs},
             {{u"motto"_qs, u"atri un zali"_qs}, {u"seats"_qs, u"9"_qs}}},
            {u"Tõnu",
             u"Tallinn",
             u"peter",
             LifecycleStatus::Prospect,
             {u"press"_qs},
             {{u"industry_segment"_qs, u"Retail"_qs}}},
            {u"Ivan", u"Rigas", u"anna", LifecycleStatus::Customer, {}, {}},
        };
        ContactRepository contacts(m_t->db());
        for (const Row &r : rows) {
            Contact c = test::contact(QString::fromUtf16(r.first), u"Test"_qs);
            c.city = QString::fromUtf16(r.city);
            c.owner = QString::fromUtf16(r.owner);
            c.status = r.status;
            c.tags = r.tags;
            c.custom = r.custom;
            QVERIFY(contacts.create(c).ok());
        }
        Company acme = test::company(u"Acme"_qs, u"Rīga"_qs);
        acme.tags = {u"vip"_qs};
        acme.status = LifecycleStatus::Customer;
        QVERIFY(CompanyRepository(m_t->db()).create(acme).ok());
        QVERIFY(CompanyRepository(m_t->db()).create(test::company(u"Berg"_qs, u"Tallinn"_qs)).ok());
    }
    void cleanupTestCase() { m_t.reset(); }

    void contactsByFields_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("status") << u"status:customer"_qs
                                << QStringList{u"Anna"_qs, u"Ivan"_qs, u"Maria"_qs};
        QTest::addRow("status label, any case") << u"Status:Prospect"_qs << QStringList{u"Tõnu"_qs};
        QTest::addRow("city folded, whole value")
            << u"city:riga"_qs << QStringList{u"Anna"_qs, u"Jānis"_qs};
        QTest::addRow("quoted value") << u"city:\"new york\""_qs << QStringList{u"Maria"_qs};
        // What a click on a chip writes reads back: quoted when the value has a space.
        QTest::addRow("term, quoted")
            << ListFilter::term(u"city"_qs, u"New York"_qs) << QStringList{u"Maria"_qs};
        QTest::addRow("term, plain")
            << ListFilter::term(u"tag"_qs, u"vip"_qs) << QStringList{u"Anna"_qs, u"Maria"_qs};
        QTest::addRow("tag, any case") << u"tag:VIP"_qs << QStringList{u"Anna"_qs, u"Maria"_qs};
        QTest::addRow("owner") << u"owner:Anna"_qs
                               << QStringList{u"Anna"_qs, u"Ivan"_qs, u"Maria"_qs};
        QTest::addRow("choice by key")
            << u"industry_segment:retail"_qs << QStringList{u"Anna"_qs, u"Tõnu"_qs};
        QTest::addRow("custom text folded")
            << u"motto:\"atri un zali\""_qs << QStringList{u"Jānis"_qs, u"Maria"_qs};
        QTest::addRow("number canonical") << u"seats:9"_qs << QStringList{u"Maria"_qs};
        QTest::addRow("two filters") << u"tag:press status:customer"_qs << QStringList{u"Maria"_qs};
        QTest::addRow("filter and a word") << u"owner:anna ann"_qs << QStringList{u"Anna"_qs};
        QTest::addRow("nothing matches") << u"tag:press city:riga"_qs << QStringList{};
        QTest::addRow("a colon in a word is text") << u"anna 10:30"_qs << QStringList{};
    }

    void contactsByFields()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, expected);
        for (int few : {int(PagedListModel::DefaultFewMatches), 0}) {
            ContactListModel model(m_t->db());
            model.setFewMatchesLimit(few);
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setFilterText(filter);
            QCOMPARE(model.filterError(), QString());
            QCOMPARE(firstNames(model), expected);
        }
    }

    void companiesByTagAndStatus()
    {
        CompanyListModel model(m_t->db());
        model.setFilterText(u"tag:vip"_qs);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, CompanyListModel::Name).data().toString(), u"Acme"_qs);
        model.setFilterText(u"city:tallinn"_qs);
        QCOMPARE(model.rowCount(), 1);
        // Companies have a status like contacts: by key or by its label, any case.
        for (const QString &filter : {u"status:customer"_qs, u"STATUS:Customer"_qs}) {
            model.setFilterText(filter);
            QCOMPARE(model.filterError(), QString());
            QCOMPARE(model.rowCount(), 1);
            QCOMPARE(model.index(0, CompanyListModel::Name).data().toString(), u"Acme"_qs);
            QCOMPARE(model.index(0, CompanyListModel::Status).data().toString(), u"Customer"_qs);
        }
        model.setFilterText(u"status:lead"_qs);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, CompanyListModel::Name).data().toString(), u"Berg"_qs);
        model.setFilterText(u"status:vip"_qs);
        QVERIFY(model.filterError().contains(u"vip"_qs));
        QCOMPARE(model.rowCount(), 0);
        // And the Status column sorts.
        model.setFilterText({});
        model.sort(CompanyListModel::Status, Qt::AscendingOrder);
        QCOMPARE(model.index(0, CompanyListModel::Name).data().toString(), u"Acme"_qs);
        model.sort(CompanyListModel::Status, Qt::DescendingOrder);
        QCOMPARE(model.index(0, CompanyListModel::Name).data().toString(), u"Berg"_qs);
    }

    void errorsNameWhatIsWrong_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("unknown field") << u"colour:red"_qs << u"colour"_qs;
        QTest::addRow("fields listed") << u"colour:red"_qs << u"industry_segment"_qs;
        QTest::addRow("unknown status") << u"status:friend"_qs << u"friend"_qs;
        QTest::addRow("unknown tag") << u"tag:nosuch"_qs << u"nosuch"_qs;
        QTest::addRow("unknown choice") << u"industry_segment:mining"_qs << u"Mining"_qs;
        QTest::addRow("no value") << u"city:"_qs << u"city"_qs;
    }

    void errorsNameWhatIsWrong()
    {
        QFETCH(QString, filter);
        QFETCH(QString, mentions);
        ContactListModel model(m_t->db());
        model.setFilterText(filter);
        QVERIFY2(model.filterError().contains(mentions, Qt::CaseInsensitive),
                 qPrintable(model.filterError()));
        QCOMPARE(model.rowCount(), 0);
        model.setFilterText(QString());
        QCOMPARE(model.filterError(), QString());
        QCOMPARE(model.rowCount(), 5);
    }

    // Sorted by a custom column while filtered by fields: both at once.
    void filteredAndSortedByACustomField()
    {
        auto defs = CustomFieldRepository(m_t->db()).list(CustomEntity::Contact);
        QVERIFY(defs.ok());
        ContactListModel model(m_t->db());
        model.setExtraColumns({{u"Seats"_qs, u"''"_qs, {}, defs->at(2).id, true}});
        model.setFilterText(u"owner:anna"_qs);
        model.sort(ContactListModel::ColumnCount, Qt::AscendingOrder);
        QStringList names;
        for (int r = 0; r < model.rowCount(); ++r)
            names << model.index(r, ContactListModel::Name).data().toString().section(u' ', 0, 0);
        QCOMPARE(names, (QStringList{u"Maria"_qs, u"Anna"_qs, u"Ivan"_qs}));
    }
};

QTEST_GUILESS_MAIN(TestListFilter)
#include "tst_listfilter.moc"
