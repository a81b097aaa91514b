// SPDX-License-Identifier: GPL-3.0-or-later
// Tags themselves: colours, rename, merge and delete — captured for sync, links moved, and
// the contacts' search entries following the names.
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/dealrepository.h"
#include "services/searchservice.h"
#include "services/tagrepository.h"
#include "support/builders.h"
#include "support/testdatabase.h"

#include <QTest>

using namespace crm;
using namespace crm::core;

class TestTags : public QObject
{
    Q_OBJECT

    static const TagInfo *byName(const QList<TagInfo> &tags, const QString &name)
    {
        for (const TagInfo &t : tags) {
            if (t.name == name)
                return &t;
        }
        return nullptr;
    }

private slots:
    void colourRenameMergeDelete()
    {
        test::TestDatabase t;
        ContactRepository contacts(t.db());
        Contact a = test::contact(u"Anna"_qs, u"Ozola"_qs);
        a.tags = {u"VIP"_qs, u"Gold"_qs};
        Contact b = test::contact(u"Jānis"_qs, u"Bērziņš"_qs);
        b.tags = {u"Premium"_qs};
        const QByteArray aId = contacts.create(a).value();
        const QByteArray bId = contacts.create(b).value();
        Deal d = test::deal(u"Pallets"_qs, 100, u"EUR"_qs);
        d.tags = {u"Premium"_qs};
        const QByteArray dId = DealRepository(t.db()).create(d).value();
        // Companies have tags too (company_tags), searched like a contact's.
        Company co = test::company(u"SIA Koks"_qs, u"Rīga"_qs);
        co.tags = {u"Premium"_qs, u"premium"_qs};
        const QByteArray coId = CompanyRepository(t.db()).create(co).value();
        QCOMPARE(CompanyRepository(t.db()).get(coId)->tags, QStringList{u"Premium"_qs});

        TagRepository tags(t.db());
        auto all = tags.list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
        const TagInfo vip = *byName(all.value(), u"VIP"_qs);
        const TagInfo premium = *byName(all.value(), u"Premium"_qs);
        QCOMPARE(premium.uses, 3); // a contact, a deal and a company

        // Colours: "#rrggbb" or none; anything else is refused.
        const int before = t.changeCount();
        QVERIFY(tags.setColor(vip.id, u"#1976D2"_qs).ok());
        QCOMPARE(t.changeCount(), before + 1); // captured
        QVERIFY(!tags.setColor(vip.id, u"blue"_qs).ok());
        QCOMPARE(tags.colors()->value(u"vip"_qs), u"#1976d2"_qs);

        // Rename: to a name another tag has is refused; otherwise search follows.
        QVERIFY(!tags.rename(vip.id, u"premium"_qs).ok());
        QVERIFY(tags.rename(vip.id, u"Platinum"_qs).ok());
        SearchService search(t.db());
        QCOMPARE(search.search(u"platinum"_qs)->size(), 1);
        QCOMPARE(search.search(u"vip"_qs)->size(), 0);

        // Merge Premium into Platinum: Jānis and the deal move over; Anna keeps one link.
        QVERIFY(tags.merge(premium.id, vip.id).ok());
        all = tags.list();
        QCOMPARE(all->size(), 2);
        QCOMPARE(byName(all.value(), u"Platinum"_qs)->uses, 4);
        QCOMPARE(CompanyRepository(t.db()).get(coId)->tags, QStringList{u"Platinum"_qs});
        QCOMPARE(contacts.get(bId)->tags, QStringList{u"Platinum"_qs});
        QCOMPARE(DealRepository(t.db()).get(dId)->tags, QStringList{u"Platinum"_qs});
        QCOMPARE(search.search(u"platinum"_qs)->size(), 3); // two contacts and the company
        Company edited = CompanyRepository(t.db()).get(coId).value();
        edited.tags = {u"Platinum"_qs, u"Forest"_qs};
        QVERIFY(CompanyRepository(t.db()).update(edited).ok());
        QCOMPARE(search.search(u"forest"_qs)->size(), 1);
        // A record tagged with both keeps one link.
        Contact both = contacts.get(aId).value();
        both.tags << u"Gold2"_qs;
        QVERIFY(contacts.update(both).ok());
        const QByteArray gold2 = byName(tags.list().value(), u"Gold2"_qs)->id;
        const QByteArray gold = byName(tags.list().value(), u"Gold"_qs)->id;
        QVERIFY(tags.merge(gold2, gold).ok());
        QCOMPARE(contacts.get(aId)->tags, (QStringList{u"Gold"_qs, u"Platinum"_qs}));

        // Delete: the tag and its links go, softly.
        QVERIFY(tags.remove(gold).ok());
        QCOMPARE(contacts.get(aId)->tags, QStringList{u"Platinum"_qs});
        QCOMPARE(t.scalar(u"SELECT count(*) FROM tags WHERE deleted = 1"_qs).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestTags)
#include "tst_tags.moc"
