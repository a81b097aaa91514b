// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/historyrepository.h"
#include "storage/hybridlogicalclock.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "support/builders.h"
#include "support/testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace crm;
using namespace crm::core;

class TestChangeCapture : public QObject
{
    Q_OBJECT

private:
    struct Entry
    {
        QString table;
        QString column;
        QVariant oldValue;
        QVariant newValue;
        qint64 counter;
        quint64 hlc;
    };
    static QList<Entry> entriesAfter(test::TestDatabase &t, int seq)
    {
        QSqlDatabase db = t.db()->connection();
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("SELECT tbl, col, old_value, new_value, counter, hlc FROM change_log "
                           "WHERE seq > ? ORDER BY seq"));
        q.addBindValue(seq);
        q.exec();
        QList<Entry> out;
        while (q.next())
            out << Entry{q.value(0).toString(),   q.value(1).toString(),   q.value(2), q.value(3),
                         q.value(4).toLongLong(), q.value(5).toULongLong()};
        return out;
    }
    static int lastSeq(test::TestDatabase &t)
    {
        return t.scalar(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM change_log")).toInt();
    }

private slots:
    void createCapturesOneEntryPerRow()
    {
        test::TestDatabase t;
        ContactRepository contacts(t.db());
        Contact c =
            test::contact(QStringLiteral("Anna"), QStringLiteral("Bērziņa"),
                          QStringLiteral("anna@example.lv"), QStringLiteral("+371 2912 3456"));
        c.tags << QStringLiteral("VIP");
        auto id = contacts.create(c);
        QVERIFY2(id.ok(), qPrintable(id.error().detail));
        const auto entries = entriesAfter(t, 0);
        // The contact, its e-mail, its phone, the new tag and the tag link: one entry each.
        QStringList tables;
        for (const Entry &e : entries) {
            tables << e.table;
            QVERIFY(e.column.isEmpty());
        }
        QCOMPARE(tables, (QStringList{u"contacts"_qs, u"contact_emails"_qs, u"contact_phones"_qs,
                                      u"tags"_qs, u"contact_tags"_qs}));
        const QJsonObject fields =
            QJsonDocument::fromJson(entries[0].newValue.toByteArray()).object();
        QCOMPARE(fields.value(u"last_name").toString(), u"Bērziņa"_qs);
        QVERIFY(!fields.contains(u"local_sort_name"));
        QVERIFY(!fields.contains(u"rid"));
        // Gapless counter and increasing clock.
        for (int i = 0; i < entries.size(); ++i) {
            QCOMPARE(entries[i].counter, i + 1);
            if (i > 0)
                QVERIFY(entries[i].hlc > entries[i - 1].hlc);
        }
        QCOMPARE(t.scalar(u"SELECT count(*) FROM row_clocks"_qs).toInt(), 5);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM field_clocks"_qs).toInt(), 0);
    }

    void editCapturesExactlyTheChangedFields()
    {
        test::TestDatabase t;
        ContactRepository contacts(t.db());
        auto id = contacts.create(test::contact(u"Jānis"_qs, u"Ozols"_qs, u"janis@example.lv"_qs));
        QVERIFY(id.ok());
        Contact c = contacts.get(id.value()).value();
        const int before = lastSeq(t);
        c.title = u"Sales manager"_qs;
        c.emails[0].address = u"janis.ozols@example.lv"_qs;
        QVERIFY(contacts.update(c).ok());
        const auto entries = entriesAfter(t, before);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries[0].table, u"contact_emails"_qs);
        QCOMPARE(entries[0].column, u"email"_qs);
        QCOMPARE(entries[0].oldValue.toString(), u"janis@example.lv"_qs);
        QCOMPARE(entries[0].newValue.toString(), u"janis.ozols@example.lv"_qs);
        QCOMPARE(entries[1].table, u"contacts"_qs);
        QCOMPARE(entries[1].column, u"title"_qs);
        QCOMPARE(entries[1].oldValue.toString(), QString());
        QCOMPARE(entries[1].newValue.toString(), u"Sales manager"_qs);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM field_clocks"_qs).toInt(), 2);
    }

    void unchangedEditCapturesNothing()
    {
        test::TestDatabase t;
        ContactRepository contacts(t.db());
        auto id = contacts.create(test::contact(u"Ivan"_qs, u"Иванов"_qs));
        QVERIFY(id.ok());
        const int before = t.changeCount();
        Contact c = contacts.get(id.value()).value();
        QVERIFY(contacts.update(c).ok());
        QCOMPARE(t.changeCount(), before);
        // Even a raw UPDATE that writes the same values is not captured.
        QSqlDatabase db = t.db()->connection();
        QVERIFY(
            sql::exec(db, u"UPDATE contacts SET first_name = first_name, last_name = last_name"_qs)
                .ok());
        QCOMPARE(t.changeCount(), before);
    }

    void rolledBackEditCapturesNothing()
    {
        test::TestDatabase t;
        ContactRepository contacts(t.db());
        auto id = contacts.create(test::contact(u"Maria"_qs, u"Παπαδοπούλου"_qs));
        QVERIFY(id.ok());
        const int before = t.changeCount();
        QSqlDatabase db = t.db()->connection();
        {
            Transaction tx(db);
            QVERIFY(tx.begun().ok());
            QSqlQuery q(db);
            q.prepare(u"UPDATE contacts SET title = 'CEO' WHERE id = ?"_qs);
            q.addBindValue(id.value());
            QVERIFY(q.exec());
            QCOMPARE(t.changeCount(), before + 1); // inside the transaction
        }                                          // rolled back
        QCOMPARE(t.changeCount(), before);
        // The next write gets the next counter: no gap.
        Contact c = contacts.get(id.value()).value();
        c.title = u"CFO"_qs;
        QVERIFY(contacts.update(c).ok());
        QCOMPARE(t.scalar(u"SELECT max(counter) FROM change_log"_qs).toInt(), before + 1);
    }

    void nestedTransactionsCompose()
    {
        test::TestDatabase t;
        CompanyRepository companies(t.db());
        ContactRepository contacts(t.db());
        QSqlDatabase db = t.db()->connection();
        {
            // A company and a contact as one unit: the contact fails, so neither stays.
            Transaction outer(db);
            QVERIFY(outer.begun().ok());
            auto co = companies.findOrCreate(u"New Co"_qs);
            QVERIFY(co.ok());
            Contact c = test::contact(u"X"_qs, u"Y"_qs, u"broken"_qs);
            c.companyId = co.value();
            QVERIFY(!contacts.create(c).ok());
        }
        QCOMPARE(companies.count().value(), 0);
        QCOMPARE(t.changeCount(), 0);
        {
            Transaction outer(db);
            auto co = companies.findOrCreate(u"New Co"_qs);
            Contact c = test::contact(u"X"_qs, u"Y"_qs);
            c.companyId = co.value();
            QVERIFY(contacts.create(c).ok());
            {
                Transaction inner(db);
                QVERIFY(inner.isNested());
                QVERIFY(sql::exec(db, u"UPDATE contacts SET title = 'inner'"_qs).ok());
            } // the inner one rolls back alone
            QVERIFY(outer.commit().ok());
        }
        QCOMPARE(companies.count().value(), 1);
        QCOMPARE(contacts.count().value(), 1);
        QCOMPARE(t.scalar(u"SELECT title FROM contacts"_qs).toString(), QString());
        QCOMPARE(t.scalar(u"SELECT max(counter) = count(*) FROM change_log"_qs).toInt(), 1);
    }

    void invalidEditWritesNothing()
    {
        test::TestDatabase t;
        ContactRepository contacts(t.db());
        auto id = contacts.create(test::contact(u"Kalle"_qs, u"Tamm"_qs));
        QVERIFY(id.ok());
        const int before = t.changeCount();
        Contact c = contacts.get(id.value()).value();
        c.title = u"Boss"_qs;
        c.emails << EmailAddress{{}, u"work"_qs, u"not-an-email"_qs};
        auto s = contacts.update(c);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().field, u"email:0"_qs);
        QCOMPARE(t.changeCount(), before);
        QCOMPARE(contacts.get(id.value())->title, QString());
    }

    void deleteAndRestoreAreFieldChanges()
    {
        test::TestDatabase t;
        ContactRepository contacts(t.db());
        auto id = contacts.create(test::contact(u"Ewa"_qs, u"Łukasiewicz"_qs));
        QVERIFY(id.ok());
        int before = lastSeq(t);
        QVERIFY(contacts.remove(id.value()).ok());
        auto entries = entriesAfter(t, before);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].column, u"deleted"_qs);
        QCOMPARE(entries[0].newValue.toInt(), 1);
        QVERIFY(contacts.get(id.value())->deleted);
        before = lastSeq(t);
        QVERIFY(contacts.restore(id.value()).ok());
        entries = entriesAfter(t, before);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].newValue.toInt(), 0);
        QVERIFY(!contacts.get(id.value())->deleted);
    }

    void hardDeleteIsRefused()
    {
        test::TestDatabase t;
        ContactRepository contacts(t.db());
        QVERIFY(contacts.create(test::contact(u"A"_qs, u"B"_qs)).ok());
        QSqlDatabase db = t.db()->connection();
        auto s = sql::exec(db, u"DELETE FROM contacts"_qs);
        QVERIFY(!s.ok());
        QVERIFY(s.error().detail.contains(u"deleted softly"));
        QCOMPARE(t.scalar(u"SELECT count(*) FROM contacts"_qs).toInt(), 1);
    }

    void remoteApplyIsNotCaptured()
    {
        test::TestDatabase t;
        ContactRepository contacts(t.db());
        auto id = contacts.create(test::contact(u"Anu"_qs, u"Kask"_qs));
        QVERIFY(id.ok());
        const int before = t.changeCount();
        QSqlDatabase db = t.db()->connection();
        t.db()->setApplyingRemote(db, true);
        QVERIFY(sql::exec(db, u"UPDATE contacts SET title = 'From server'"_qs).ok());
        t.db()->setApplyingRemote(db, false);
        QCOMPARE(t.changeCount(), before);
    }

    void companyRenameIsOneChange()
    {
        test::TestDatabase t;
        CompanyRepository companies(t.db());
        ContactRepository contacts(t.db());
        auto cid = companies.create(test::company(u"Baltic Timber"_qs, u"Rīga"_qs));
        QVERIFY(cid.ok());
        Contact c = test::contact(u"Pēteris"_qs, u"Kalniņš"_qs);
        c.companyId = cid.value();
        auto pid = contacts.create(c);
        QVERIFY(pid.ok());
        QCOMPARE(contacts.get(pid.value())->companyName, u"Baltic Timber"_qs);
        const int before = lastSeq(t);
        Company co = companies.get(cid.value()).value();
        co.name = u"Baltic Timber Group"_qs;
        QVERIFY(companies.update(co).ok());
        const auto entries = entriesAfter(t, before);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].column, u"name"_qs);
        // The contact shows the new name, but nothing about the contact was captured.
        QCOMPARE(contacts.get(pid.value())->companyName, u"Baltic Timber Group"_qs);
    }

    void historyTellsWhoChangedWhat()
    {
        test::TestDatabase t(Database::Options{true, u"anna"_qs, {}});
        ContactRepository contacts(t.db());
        auto id =
            contacts.create(test::contact(u"Jūlija"_qs, u"Liepa"_qs, {}, u"+371 2000 0001"_qs));
        QVERIFY(id.ok());
        Contact c = contacts.get(id.value()).value();
        c.phones[0].number = u"+371 2000 0002"_qs;
        c.status = LifecycleStatus::Customer;
        QVERIFY(contacts.update(c).ok());
        HistoryRepository history(t.db());
        auto h = history.historyOf(id.value());
        QVERIFY(h.ok());
        QCOMPARE(h->size(), 4); // contact created, phone created, phone changed, status changed
        QVERIFY(h->at(0).column.isEmpty());
        QCOMPARE(h->at(2).table, u"contact_phones"_qs);
        QCOMPARE(h->at(2).oldValue.toString(), u"+371 2000 0001"_qs);
        QCOMPARE(h->at(2).newValue.toString(), u"+371 2000 0002"_qs);
        QCOMPARE(h->at(3).column, u"status"_qs);
        QCOMPARE(h->at(3).oldValue.toString(), u"lead"_qs);
        QCOMPARE(h->at(3).newValue.toString(), u"customer"_qs);
        for (const HistoryEntry &e : h.value()) {
            QCOMPARE(e.author, u"anna"_qs);
            QVERIFY(e.local);
            QVERIFY(qAbs(e.when.msecsTo(QDateTime::currentDateTimeUtc())) < 60000);
        }
        QCOMPARE(history.pendingCount().value(), t.changeCount());
    }

    void clockNeverGoesBackwards()
    {
        qint64 wall = 1'000'000;
        HybridLogicalClock clock([&] { return wall; });
        const quint64 a = clock.tick();
        wall -= 5000; // the wall clock jumps back
        const quint64 b = clock.tick();
        QVERIFY(b > a);
        QCOMPARE(HybridLogicalClock::millis(b), 1'000'000);
        clock.observe(HybridLogicalClock::make(2'000'000, 7)); // a clock from far ahead
        const quint64 c = clock.tick();
        QCOMPARE(HybridLogicalClock::millis(c), 2'000'000);
        QCOMPARE(HybridLogicalClock::counter(c), 8);
        wall = 3'000'000;
        QCOMPARE(clock.tick(), HybridLogicalClock::make(3'000'000, 0));
    }

    void twoProcessesOnOneFileStayOrdered()
    {
        // A second Database object on the same file stands in for crm-cli running beside crm.
        test::TestDatabase t;
        qint64 wall = 10'000;
        auto other =
            Database::open(t.path(), Database::Options{false, u"cli"_qs, [&] { return wall; }});
        QVERIFY2(other.ok(), qPrintable(other.error().detail));
        ContactRepository a(t.db());
        ContactRepository b(other.value());
        QVERIFY(a.create(test::contact(u"A"_qs, u"One"_qs)).ok());
        QVERIFY(b.create(test::contact(u"B"_qs, u"Two"_qs)).ok()); // its wall clock is far behind
        const auto entries = entriesAfter(t, 0);
        QCOMPARE(entries.size(), 2);
        QVERIFY(entries[1].hlc > entries[0].hlc);
        QCOMPARE(entries[1].counter, 2);
    }
};

QTEST_GUILESS_MAIN(TestChangeCapture)
#include "tst_changecapture.moc"
