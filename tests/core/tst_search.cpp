// SPDX-License-Identifier: GPL-3.0-or-later
#include "search/searchindex.h"
#include "search/textfolder.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/searchservice.h"
#include "support/builders.h"
#include "support/testdatabase.h"

#include <QTest>

#include <random>

using namespace crm;
using namespace crm::core;

class TestSearch : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TestDatabase> m_t;

    QStringList contactNamesFor(const QString &query) const
    {
        SearchService s(m_t->db());
        auto hits = s.search(query, 100);
        if (!hits)
            qWarning("%s", qPrintable(hits.error().detail));
        QStringList names;
        for (const SearchHit &h : hits.value()) {
            if (h.kind == SearchIndex::Kind::Contact)
                names << h.displayName;
        }
        names.sort();
        return names;
    }

private slots:
    void initTestCase()
    {
        m_t = std::make_unique<test::TestDatabase>();
        CompanyRepository companies(m_t->db());
        ContactRepository contacts(m_t->db());
        auto koks = companies.create(test::company(u"Baltijas Koks"_qs, u"Rīga"_qs));
        QVERIFY(koks.ok());
        struct Row
        {
            const char16_t *first, *last, *email, *phone;
        };
        const Row rows[] = {
            {u"Jānis", u"Bērziņš", u"janis.berzins@koks.lv", u"+371 2912 3456"}, // Latvian
            {u"Ķirsis", u"Ģērmanis", u"", u""},                                  // Latvian Ķ Ģ
            {u"Łukasz", u"Żółć", u"lukasz@zolc.pl", u"+48 512 345 678"},         // Polish
            {u"Zofia", u"Łódzka", u"", u""},                                     // Polish Ł
            {u"Иван", u"Иванов", u"", u"+7 912 345-67-89"},                      // Russian
            {u"Пётр", u"Ёлкин", u"", u""},                                       // Russian Ё
            {u"Евгений", u"Жуков", u"", u""},                                    // zh / kh
            {u"Μαρία", u"Παπαδοπούλου", u"", u""},                               // Greek accents
            {u"Οδυσσέας", u"Χατζής", u"", u"+30 694 123 4567"},           // Greek final sigma
            {u"Tõnu", u"Ääremaa", u"tonu@aaremaa.ee", u"+372 5123 4567"}, // Estonian
            {u"Mary", u"O'Brien", u"mary.obrien@example.co.uk", u"+44 7700 900123"}, // English
        };
        for (const Row &r : rows) {
            Contact c = test::contact(QString::fromUtf16(r.first), QString::fromUtf16(r.last),
                                      QString::fromUtf16(r.email), QString::fromUtf16(r.phone));
            if (c.lastName == u"Bērziņš")
                c.companyId = koks.value();
            auto id = contacts.create(c);
            QVERIFY2(id.ok(), qPrintable(id.error().detail));
        }
    }
    void cleanupTestCase() { m_t.reset(); }

    void findsContacts_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        // Latvian
        QTest::addRow("lv folded") << u"berzins"_qs << QStringList{u"Jānis Bērziņš"_qs};
        QTest::addRow("lv native") << u"Bērziņš"_qs << QStringList{u"Jānis Bērziņš"_qs};
        QTest::addRow("lv prefix") << u"bērz"_qs << QStringList{u"Jānis Bērziņš"_qs};
        QTest::addRow("lv upper") << u"BERZINS JANIS"_qs << QStringList{u"Jānis Bērziņš"_qs};
        QTest::addRow("lv cedilla") << u"germanis kirsis"_qs << QStringList{u"Ķirsis Ģērmanis"_qs};
        QTest::addRow("lv company") << u"baltijas"_qs << QStringList{u"Jānis Bērziņš"_qs};
        QTest::addRow("lv city of company? no") << u"riga"_qs << QStringList{};
        // Polish
        QTest::addRow("pl Ł") << u"lukasz"_qs << QStringList{u"Łukasz Żółć"_qs};
        QTest::addRow("pl lodz") << u"lodz"_qs << QStringList{u"Zofia Łódzka"_qs};
        QTest::addRow("pl native lower") << u"łódz"_qs << QStringList{u"Zofia Łódzka"_qs};
        QTest::addRow("pl zolc") << u"zolc"_qs << QStringList{u"Łukasz Żółć"_qs};
        // Russian
        QTest::addRow("ru latin") << u"ivanov"_qs << QStringList{u"Иван Иванов"_qs};
        QTest::addRow("ru native") << u"иванов"_qs << QStringList{u"Иван Иванов"_qs};
        QTest::addRow("ru prefix two words") << u"ива ив"_qs << QStringList{u"Иван Иванов"_qs};
        QTest::addRow("ru Ё as Е") << u"Елкин"_qs << QStringList{u"Пётр Ёлкин"_qs};
        QTest::addRow("ru Ё latin") << u"elkin"_qs << QStringList{u"Пётр Ёлкин"_qs};
        QTest::addRow("ru Ё yelkin") << u"yelkin"_qs << QStringList{u"Пётр Ёлкин"_qs};
        QTest::addRow("ru petr") << u"petr"_qs << QStringList{u"Пётр Ёлкин"_qs};
        QTest::addRow("ru zhukov") << u"zhukov"_qs << QStringList{u"Евгений Жуков"_qs};
        QTest::addRow("ru zukov") << u"zukov"_qs << QStringList{u"Евгений Жуков"_qs};
        // Greek
        QTest::addRow("el latin") << u"papadopoulou"_qs << QStringList{u"Μαρία Παπαδοπούλου"_qs};
        QTest::addRow("el unaccented")
            << u"παπαδοπουλου"_qs << QStringList{u"Μαρία Παπαδοπούλου"_qs};
        QTest::addRow("el upper") << u"ΠΑΠΑΔΟΠΟΥΛΟΥ"_qs << QStringList{u"Μαρία Παπαδοπούλου"_qs};
        QTest::addRow("el final sigma") << u"χατζησ"_qs << QStringList{u"Οδυσσέας Χατζής"_qs};
        QTest::addRow("el chatzis") << u"chatzis"_qs << QStringList{u"Οδυσσέας Χατζής"_qs};
        QTest::addRow("el odysseas") << u"odysseas"_qs << QStringList{u"Οδυσσέας Χατζής"_qs};
        QTest::addRow("el maria") << u"maria"_qs << QStringList{u"Μαρία Παπαδοπούλου"_qs};
        // Estonian
        QTest::addRow("et folded") << u"aaremaa"_qs << QStringList{u"Tõnu Ääremaa"_qs};
        QTest::addRow("et native") << u"Tõnu"_qs << QStringList{u"Tõnu Ääremaa"_qs};
        QTest::addRow("et tonu") << u"tonu"_qs << QStringList{u"Tõnu Ääremaa"_qs};
        // English
        QTest::addRow("en apostrophe") << u"o'brien"_qs << QStringList{u"Mary O'Brien"_qs};
        QTest::addRow("en mary") << u"mar"_qs
                                 << QStringList{u"Mary O'Brien"_qs, u"Μαρία Παπαδοπούλου"_qs};
        QTest::addRow("en email") << u"mary.obrien@example"_qs << QStringList{u"Mary O'Brien"_qs};
        // Phones by digits, whatever the formatting
        QTest::addRow("phone compact") << u"29123456"_qs << QStringList{u"Jānis Bērziņš"_qs};
        QTest::addRow("phone spaced") << u"2912 3456"_qs << QStringList{u"Jānis Bērziņš"_qs};
        QTest::addRow("phone intl") << u"+371 29123456"_qs << QStringList{u"Jānis Bērziņš"_qs};
        QTest::addRow("phone prefix") << u"2912"_qs << QStringList{u"Jānis Bērziņš"_qs};
        QTest::addRow("phone dashes") << u"912-345-67-89"_qs << QStringList{u"Иван Иванов"_qs};
        QTest::addRow("phone uk trunk 0") << u"07700 900123"_qs << QStringList{u"Mary O'Brien"_qs};
        QTest::addRow("phone 00 prefix")
            << u"00371 2912 3456"_qs << QStringList{u"Jānis Bērziņš"_qs};
        QTest::addRow("phone uk national") << u"7700 900"_qs << QStringList{u"Mary O'Brien"_qs};
        // No match / nothing searchable
        QTest::addRow("no match") << u"zzzz"_qs << QStringList{};
        QTest::addRow("punctuation only") << u"!!! ---"_qs << QStringList{};
        QTest::addRow("fts syntax is text") << u"\"ivan OR* NEAR("_qs << QStringList{};
        QTest::addRow("all words must match") << u"janis ivanov"_qs << QStringList{};
    }

    void findsContacts()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        expected.sort();
        QCOMPARE(contactNamesFor(query), expected);
    }

    void findsCompanies()
    {
        SearchService s(m_t->db());
        auto hits = s.search(u"koks"_qs);
        QVERIFY(hits.ok());
        int companies = 0;
        for (const SearchHit &h : hits.value())
            companies += h.kind == SearchIndex::Kind::Company ? 1 : 0;
        QCOMPARE(companies, 1);
        QCOMPARE(s.countCompanies(u"rig"_qs).value(), 1);
        QCOMPARE(s.countContacts(u"koks"_qs).value(), 1); // by company name and e-mail domain
    }

    void hitsCarryEmailsAndPhones()
    {
        SearchService s(m_t->db());
        auto hits = s.search(u"berzins"_qs);
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().company, u"Baltijas Koks"_qs);
        QCOMPARE(hits->first().emails, QStringList{u"janis.berzins@koks.lv"_qs});
        QCOMPARE(hits->first().phones, QStringList{u"+371 2912 3456"_qs});
    }

    void editsAndDeletesUpdateTheIndex()
    {
        ContactRepository contacts(m_t->db());
        auto id = contacts.create(test::contact(u"Anna"_qs, u"Kļaviņa"_qs));
        QVERIFY(id.ok());
        QCOMPARE(contactNamesFor(u"klavina"_qs), QStringList{u"Anna Kļaviņa"_qs});
        Contact c = contacts.get(id.value()).value();
        c.lastName = u"Ozoliņa"_qs;
        QVERIFY(contacts.update(c).ok());
        QCOMPARE(contactNamesFor(u"klavina"_qs), QStringList{});
        QCOMPARE(contactNamesFor(u"ozolina"_qs), QStringList{u"Anna Ozoliņa"_qs});
        QVERIFY(contacts.remove(id.value()).ok());
        QCOMPARE(contactNamesFor(u"ozolina"_qs), QStringList{});
        QVERIFY(contacts.restore(id.value()).ok());
        QCOMPARE(contactNamesFor(u"ozolina"_qs), QStringList{u"Anna Ozoliņa"_qs});
    }

    void companyRenameReindexesItsContacts()
    {
        CompanyRepository companies(m_t->db());
        auto id = companies.findByName(u"baltijas koks"_qs);
        QVERIFY(id.ok() && !id->isEmpty());
        Company co = companies.get(id.value()).value();
        co.name = u"Daugavas Mežs"_qs;
        QVERIFY(companies.update(co).ok());
        QCOMPARE(contactNamesFor(u"daugavas mezs"_qs), QStringList{u"Jānis Bērziņš"_qs});
        QCOMPARE(contactNamesFor(u"baltijas"_qs), QStringList{});
    }

    void foldingRules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::addRow("ascii") << u"Hello World"_qs << u"hello world"_qs;
        QTest::addRow("latvian") << u"ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž"_qs << u"acegiklnsuz acegiklnsuz"_qs;
        QTest::addRow("polish") << u"ĄĆĘŁŃÓŚŹŻ"_qs << u"acelnoszz"_qs;
        QTest::addRow("estonian") << u"Õ Ä Ö Ü"_qs << u"o a o u"_qs;
        QTest::addRow("german") << u"Straße"_qs << u"strasse"_qs;
        QTest::addRow("russian yo") << u"Ёж"_qs << u"ez"_qs;
        QTest::addRow("greek sigma") << u"ΟΔΥΣΣΕΑΣ"_qs << u"odysseas"_qs;
        QTest::addRow("greek tonos") << u"ά έ ή ί ό ύ ώ"_qs << u"a e e i o y o"_qs;
    }

    void foldingRules()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(TextFolder::fold(text), folded);
    }

    // Whatever a user types, the expression is valid FTS5 syntax: the query never fails.
    // Accents off, case and script kept (demo duplicates, exports without diacritics).
    void withoutAccents()
    {
        QCOMPARE(TextFolder::withoutAccents(u"Bērziņš"_qs), u"Berzins"_qs);
        QCOMPARE(TextFolder::withoutAccents(u"Θοδωρής Μακρής"_qs), u"Θοδωρης Μακρης"_qs);
        QCOMPARE(TextFolder::withoutAccents(u"Łódź Ёлкин"_qs), u"Łodz Елкин"_qs);
    }

    void randomQueriesNeverFail()
    {
        const QString alphabet = u"abcxyzĀāŁłЁёΣσςΆ0123456789 +-()\"*:^.,;'@#%&|!?{}[]<>/\\\t\n"_qs;
        std::mt19937 rng(20261122);
        SearchService s(m_t->db());
        for (int i = 0; i < 2000; ++i) {
            QString q;
            const int len = int(rng() % 24);
            for (int j = 0; j < len; ++j)
                q += alphabet[int(rng() % alphabet.size())];
            if (i % 50 == 0)
                q += QChar(char16_t(0xD800 + rng() % 0x400)); // a lone surrogate
            auto hits = s.search(q, 5);
            QVERIFY2(hits.ok(), qPrintable(q + u" → " + hits.error().detail));
            QVERIFY(s.countContacts(q).ok());
        }
    }

    void matchExpressionIsSafe()
    {
        QCOMPARE(SearchIndex::matchExpression(u"  "_qs), QString());
        QCOMPARE(SearchIndex::matchExpression(u"ivan"_qs), u"\"ivan\"*"_qs);
        QCOMPARE(SearchIndex::matchExpression(u"a\"b"_qs), u"\"a\"* \"b\"*"_qs);
        QCOMPARE(SearchIndex::matchExpression(u"+371 2912"_qs), u"\"3712912\"*"_qs);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
