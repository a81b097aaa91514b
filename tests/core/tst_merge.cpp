// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/builders.h"
#include "support/testdatabase.h"

#include "common/uuid.h"
#include "dedup/mergeservice.h"
#include "services/activityrepository.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/dealrepository.h"
#include "storage/database.h"

#include <QTest>

using namespace crm::core;
using namespace crm::core::dedup;
using crm::test::TestDatabase;

namespace {

Activity note(const QString &subject, const QByteArray &contact, const QByteArray &company = {})
{
    Activity a;
    a.kind = Activity::Kind::Task;
    a.subject = subject;
    a.due = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    a.timeZone = QStringLiteral("Europe/Riga");
    a.contactId = contact;
    a.companyId = company;
    return a;
}

// Everything a user sees of a contact, for before/after comparisons.
QString dump(const Contact &c)
{
    QStringList parts{c.firstName,  c.lastName,
                      c.title,      Uuid::toString(c.companyId),
                      c.city,       c.country,
                      c.notes,      c.owner,
                      c.visibility, c.deleted ? u"deleted"_qs : u"live"_qs};
    for (const EmailAddress &e : c.emails)
        parts << e.label + u':' + e.address;
    for (const PhoneNumber &p : c.phones)
        parts << p.label + u':' + p.number;
    parts << c.tags;
    return parts.join(u'|');
}

} // namespace

class TestMerge : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        ContactRepository contacts(m_db->db());
        Contact a =
            crm::test::contact(u"Anna"_qs, u"Ozola"_qs, u"anna@x.lv"_qs, u"+371 2912 3456"_qs);
        a.city = u"Rīga"_qs;
        a.tags = {u"vip"_qs};
        Contact b = crm::test::contact(u"Anna"_qs, u"Ozoliņa"_qs, u"anna.o@y.lv"_qs);
        b.city = u"Cēsis"_qs;
        b.title = u"Director"_qs;
        b.tags = {u"Vip"_qs, u"golf"_qs};
        m_a = contacts.create(a).value();
        m_b = contacts.create(b).value();
        ActivityRepository activities(m_db->db());
        m_activity = activities.create(note(u"Call Anna"_qs, m_b)).value();
        DealRepository deals(m_db->db());
        Deal d = crm::test::deal(u"Laptops"_qs, 100000, u"EUR"_qs);
        d.contacts = {DealContact{{}, m_b, u"buyer"_qs, {}}};
        m_deal = deals.create(d).value();
        m_beforeA = dump(contacts.get(m_a).value());
        m_beforeB = dump(contacts.get(m_b).value());
    }
    void cleanup() { m_db.reset(); }

    void mergeKeepsChosenFieldsAndMovesLinks()
    {
        MergeService merges(m_db->db());
        MergeRequest r;
        r.records = {m_a, m_b};
        r.fieldFrom.insert(u"last_name"_qs, m_b);
        // title: empty on the survivor, filled from the other; city: the survivor's.
        auto preview = merges.previewContact(r);
        QVERIFY(preview);
        QCOMPARE(preview->lastName, u"Ozoliņa"_qs);
        QCOMPARE(preview->title, u"Director"_qs);
        QCOMPARE(preview->city, u"Rīga"_qs);

        const int changes = m_db->changeCount();
        auto id = merges.merge(r);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message()));
        QVERIFY(m_db->changeCount() > changes);
        // The merge record itself is captured, so it syncs.
        QVERIFY(m_db->scalar(u"SELECT count(*) FROM change_log WHERE tbl = 'merges'"_qs).toInt() >=
                1);

        ContactRepository contacts(m_db->db());
        const Contact s = contacts.get(m_a).value();
        QCOMPARE(s.lastName, u"Ozoliņa"_qs);
        QCOMPARE(s.title, u"Director"_qs);
        QCOMPARE(s.city, u"Rīga"_qs);
        QCOMPARE(s.emails.size(), 2);
        QCOMPARE(s.phones.size(), 1);
        QCOMPARE(s.tags.size(), 2); // vip (once) and golf
        QVERIFY(contacts.get(m_b)->deleted);
        QCOMPARE(ActivityRepository(m_db->db()).get(m_activity)->contactId, m_a);
        const Deal d = DealRepository(m_db->db()).get(m_deal).value();
        QCOMPARE(d.contacts.size(), 1);
        QCOMPARE(d.contacts.first().contactId, m_a);
        QCOMPARE(d.contacts.first().role, u"buyer"_qs);

        auto listed = merges.list(10, m_b);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().survivor, m_a);
        QCOMPARE(listed->first().merged, QList<QByteArray>{m_b});
        QCOMPARE(listed->first().state, u"merged"_qs);
    }

    void unmergeRestoresBothAfterReopening()
    {
        QByteArray id;
        {
            MergeService merges(m_db->db());
            MergeRequest r;
            r.records = {m_b, m_a};
            r.survivor = m_a;
            r.fieldFrom.insert(u"city"_qs, m_b);
            auto made = merges.merge(r);
            QVERIFY(made);
            id = made.value();
        }
        // Reopen the file: the merge record carries everything unmerge needs.
        const QString path = m_db->path();
        m_db->db()->closeConnection();
        auto reopened = Database::open(path);
        QVERIFY(reopened);
        DatabasePtr db = reopened.value();
        auto out = MergeService(db).unmerge(id);
        QVERIFY2(out, qPrintable(out ? QString() : out.error().message()));
        QVERIFY2(out->notRestored.isEmpty(), qPrintable(out->notRestored.join(u"; ")));
        ContactRepository contacts(db);
        QCOMPARE(dump(contacts.get(m_a).value()), m_beforeA);
        QCOMPARE(dump(contacts.get(m_b).value()), m_beforeB);
        QCOMPARE(ActivityRepository(db).get(m_activity)->contactId, m_b);
        const Deal d = DealRepository(db).get(m_deal).value();
        QCOMPARE(d.contacts.size(), 1);
        QCOMPARE(d.contacts.first().contactId, m_b);
        QCOMPARE(MergeService(db).get(id)->state, u"unmerged"_qs);
        auto again = MergeService(db).unmerge(id);
        QVERIFY(!again);
        QVERIFY(again.error().message().contains(u"already undone"));
        db->closeConnection();
    }

    void unmergeKeepsLaterEditsAndSaysWhatWasNotRestored()
    {
        MergeService merges(m_db->db());
        MergeRequest r;
        r.records = {m_a, m_b};
        auto id = merges.merge(r);
        QVERIFY(id);
        // After the merge: the city edited, the deal deleted.
        ContactRepository contacts(m_db->db());
        Contact s = contacts.get(m_a).value();
        s.city = u"Jūrmala"_qs;
        QVERIFY(contacts.update(s));
        QVERIFY(DealRepository(m_db->db()).remove(m_deal));

        auto out = merges.unmerge(id.value());
        QVERIFY2(out, qPrintable(out ? QString() : out.error().message()));
        const QString said = out->notRestored.join(u"; ");
        QVERIFY2(said.contains(u"Laptops") && said.contains(u"deleted"), qPrintable(said));
        QVERIFY2(said.contains(u"City"), qPrintable(said));
        const Contact a = contacts.get(m_a).value();
        QCOMPARE(a.city, u"Jūrmala"_qs); // the later edit stays
        QCOMPARE(a.emails.size(), 1);    // what the merge added is gone
        QVERIFY(!contacts.get(m_b)->deleted);
        QCOMPARE(ActivityRepository(m_db->db()).get(m_activity)->contactId, m_b);
    }

    void refusesWhenTheSurvivorWasDeleted()
    {
        MergeService merges(m_db->db());
        MergeRequest r;
        r.records = {m_a, m_b};
        auto id = merges.merge(r);
        QVERIFY(id);
        QVERIFY(ContactRepository(m_db->db()).remove(m_a));
        const int changes = m_db->changeCount();
        auto out = merges.unmerge(id.value());
        QVERIFY(!out);
        QVERIFY2(out.error().message().contains(u"deleted"), qPrintable(out.error().message()));
        QCOMPARE(m_db->changeCount(), changes); // nothing written
        QVERIFY(ContactRepository(m_db->db()).get(m_b)->deleted);
    }

    void badRequests_data()
    {
        QTest::addColumn<int>("which");
        QTest::addRow("one record") << 0;
        QTest::addRow("twice") << 1;
        QTest::addRow("survivor outside") << 2;
        QTest::addRow("unknown field") << 3;
        QTest::addRow("missing record") << 4;
    }
    void badRequests()
    {
        QFETCH(int, which);
        MergeRequest r;
        r.records = {m_a, m_b};
        switch (which) {
        case 0:
            r.records = {m_a};
            break;
        case 1:
            r.records = {m_a, m_a};
            break;
        case 2:
            r.survivor = Uuid::createV7();
            break;
        case 3:
            r.fieldFrom.insert(u"shoe_size"_qs, m_a);
            break;
        case 4:
            r.records << Uuid::createV7();
            break;
        }
        const int changes = m_db->changeCount();
        auto id = MergeService(m_db->db()).merge(r);
        QVERIFY(!id);
        QVERIFY(!id.error().message().isEmpty());
        QCOMPARE(m_db->changeCount(), changes);
    }

    void companiesMergeAndUnmerge()
    {
        CompanyRepository companies(m_db->db());
        const QByteArray x = companies.create(crm::test::company(u"Mežs"_qs, u"Rīga"_qs)).value();
        Company yc = crm::test::company(u"Mežs SIA"_qs);
        yc.website = u"mezs.lv"_qs;
        const QByteArray y = companies.create(yc).value();
        ContactRepository contacts(m_db->db());
        Contact a = contacts.get(m_a).value();
        a.companyId = y;
        QVERIFY(contacts.update(a));
        MergeService merges(m_db->db());
        MergeRequest r;
        r.kind = RecordKind::Company;
        r.records = {x, y};
        auto id = merges.merge(r);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message()));
        QCOMPARE(companies.get(x)->website, u"mezs.lv"_qs);
        QVERIFY(companies.get(y)->deleted);
        QCOMPARE(contacts.get(m_a)->companyId, x);
        auto out = merges.unmerge(id.value());
        QVERIFY(out);
        QVERIFY(out->notRestored.isEmpty());
        QCOMPARE(companies.get(x)->website, QString());
        QVERIFY(!companies.get(y)->deleted);
        QCOMPARE(contacts.get(m_a)->companyId, y);
    }

private:
    std::unique_ptr<TestDatabase> m_db;
    QByteArray m_a, m_b, m_activity, m_deal;
    QString m_beforeA, m_beforeB;
};

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
