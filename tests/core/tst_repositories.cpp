// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "support/builders.h"
#include "support/testdatabase.h"

#include <QTest>

using namespace crm;
using namespace crm::core;

class TestRepositories : public QObject
{
    Q_OBJECT

private slots:
    void contactRoundTrip()
    {
        test::TestDatabase t(Database::Options{true, u"ilze"_qs, {}});
        CompanyRepository companies(t.db());
        ContactRepository contacts(t.db());
        auto co = companies.create(test::company(u"Rīgas Piens"_qs, u"Rīga"_qs));
        QVERIFY(co.ok());
        Contact c =
            test::contact(u"  Ilze "_qs, u"Kalniņa"_qs, u"ilze@piens.lv"_qs, u"+371 2600 0000"_qs);
        c.emails << EmailAddress{{}, u"home"_qs, u"ilze@mail.lv"_qs};
        c.companyId = co.value();
        c.title = u"Iepirkumu vadītāja"_qs;
        c.street = u"Brīvības iela 1"_qs;
        c.postalCode = u"LV-1010"_qs;
        c.city = u"Rīga"_qs;
        c.country = u"Latvija"_qs;
        c.birthday = QDate(1980, 2, 29);
        c.source = u"Fair 2026"_qs;
        c.status = LifecycleStatus::Prospect;
        c.visibility = u"private"_qs;
        c.tags = {u"VIP"_qs, u"vip"_qs, u"Dairy"_qs};
        c.notes = u"Prefers calls\nafter 10:00"_qs;
        auto id = contacts.create(c);
        QVERIFY2(id.ok(), qPrintable(id.error().detail));
        auto loaded = contacts.get(id.value());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->firstName, u"Ilze"_qs); // trimmed
        QCOMPARE(loaded->companyName, u"Rīgas Piens"_qs);
        QCOMPARE(loaded->emails.size(), 2);
        QCOMPARE(loaded->emails[1].label, u"home"_qs);
        QCOMPARE(loaded->phones[0].number, u"+371 2600 0000"_qs);
        QCOMPARE(loaded->birthday, QDate(1980, 2, 29));
        QCOMPARE(loaded->status, LifecycleStatus::Prospect);
        QCOMPARE(loaded->visibility, u"private"_qs);
        QCOMPARE(loaded->tags, (QStringList{u"Dairy"_qs, u"VIP"_qs})); // duplicates folded away
        QCOMPARE(loaded->notes, c.notes);
        QCOMPARE(loaded->owner, u"ilze"_qs); // the local user by default
        QVERIFY(loaded->createdAt > 0);

        auto ofCompany = contacts.ofCompany(co.value());
        QVERIFY(ofCompany.ok());
        QCOMPARE(ofCompany->size(), 1);
    }

    void childRowsMergeByIdentity()
    {
        test::TestDatabase t;
        ContactRepository contacts(t.db());
        Contact c = test::contact(u"A"_qs, u"B"_qs, u"one@example.com"_qs);
        c.emails << EmailAddress{{}, u"home"_qs, u"two@example.com"_qs};
        auto id = contacts.create(c);
        QVERIFY(id.ok());
        Contact e = contacts.get(id.value()).value();
        const QByteArray keptId = e.emails[1].id;
        e.emails.removeFirst();                                             // remove one
        e.emails << EmailAddress{{}, u"other"_qs, u"three@example.com"_qs}; // add one
        QVERIFY(contacts.update(e).ok());
        Contact after = contacts.get(id.value()).value();
        QCOMPARE(after.emails.size(), 2);
        QCOMPARE(after.emails[0].id, keptId); // the kept row keeps its identity (syncs as an edit)
        QCOMPARE(after.emails[0].address, u"two@example.com"_qs);
        QCOMPARE(after.emails[1].address, u"three@example.com"_qs);
        // The removed row is soft-deleted, not gone.
        QCOMPARE(t.scalar(u"SELECT count(*) FROM contact_emails WHERE deleted = 1"_qs).toInt(), 1);
        QCOMPARE(t.scalar(u"SELECT local_email FROM contacts"_qs).toString(),
                 u"two@example.com"_qs);
    }

    void tagsComeAndGo()
    {
        test::TestDatabase t;
        ContactRepository contacts(t.db());
        Contact c = test::contact(u"A"_qs, u"B"_qs);
        c.tags = {u"Lead 2026"_qs};
        auto id = contacts.create(c);
        QVERIFY(id.ok());
        Contact e = contacts.get(id.value()).value();
        e.tags = {u"Partner"_qs};
        QVERIFY(contacts.update(e).ok());
        QCOMPARE(contacts.get(id.value())->tags, QStringList{u"Partner"_qs});
        e = contacts.get(id.value()).value();
        e.tags = {u"Partner"_qs, u"lead 2026"_qs}; // the old tag comes back: its link is revived
        QVERIFY(contacts.update(e).ok());
        QCOMPARE(contacts.get(id.value())->tags.size(), 2);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM contact_tags"_qs).toInt(), 2);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM tags"_qs).toInt(), 2);
    }

    void companyFindOrCreateFolds()
    {
        test::TestDatabase t;
        CompanyRepository companies(t.db());
        auto a = companies.findOrCreate(u"Łódź Logistics"_qs);
        QVERIFY(a.ok());
        auto b = companies.findOrCreate(u"lodz logistics"_qs);
        QVERIFY(b.ok());
        QCOMPARE(b.value(), a.value());
        QCOMPARE(companies.count().value(), 1);
        QVERIFY(companies.remove(a.value()).ok());
        QCOMPARE(companies.count().value(), 0);
        QVERIFY(companies.findByName(u"Łódź Logistics"_qs)->isEmpty());
    }

    void deletedCompanyLeavesContactsEditable()
    {
        test::TestDatabase t;
        CompanyRepository companies(t.db());
        ContactRepository contacts(t.db());
        auto co = companies.create(test::company(u"Gone Ltd"_qs));
        Contact c = test::contact(u"A"_qs, u"B"_qs);
        c.companyId = co.value();
        auto id = contacts.create(c);
        QVERIFY(id.ok());
        QVERIFY(companies.remove(co.value()).ok());
        Contact e = contacts.get(id.value()).value();
        QCOMPARE(e.companyName, QString());
        e.title = u"Still here"_qs;
        QVERIFY(contacts.update(e).ok());
        QVERIFY(companies.restore(co.value()).ok());
        QCOMPARE(contacts.get(id.value())->companyName, u"Gone Ltd"_qs);
    }

    void unknownIdsAreNotFound()
    {
        test::TestDatabase t;
        ContactRepository contacts(t.db());
        const QByteArray nobody(16, '\x01');
        QCOMPARE(contacts.get(nobody).error().code, ErrorCode::NotFound);
        QCOMPARE(contacts.remove(nobody).error().code, ErrorCode::NotFound);
        Contact c = test::contact(u"A"_qs, u"B"_qs);
        c.id = nobody;
        QCOMPARE(contacts.update(c).error().code, ErrorCode::NotFound);
        c.id.clear();
        c.companyId = nobody;
        QCOMPARE(contacts.create(c).error().field, u"company"_qs);
        QCOMPARE(t.changeCount(), 0);
    }

    void createManyValidatesFirst()
    {
        test::TestDatabase t;
        ContactRepository contacts(t.db());
        QList<Contact> list{test::contact(u"A"_qs, u"One"_qs),
                            test::contact(u"B"_qs, u"Two"_qs, u"bad"_qs)};
        auto r = contacts.createMany(list);
        QVERIFY(!r.ok());
        QVERIFY(r.error().detail.startsWith(u"contact 2:"));
        QCOMPARE(contacts.count().value(), 0);
        list.removeLast();
        int calls = 0;
        QList<Contact> many;
        for (int i = 0; i < 25; ++i)
            many << test::contact(u"N"_qs, QString::number(i));
        r = contacts.createMany(many, 10, [&](int done) {
            ++calls;
            return done < 10;
        });
        QVERIFY(r.ok());
        QCOMPARE(r.value(), 10); // cancelled after the first batch, which stays
        QCOMPARE(calls, 1);
        QCOMPARE(contacts.count().value(), 10);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
