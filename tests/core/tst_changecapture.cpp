// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/uuid.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/customfieldrepository.h"
#include "services/historyrepository.h"
#include "services/searchservice.h"
#include "storage/hybridlogicalclock.h"
#include "storage/sql.h"
#include "storage/transaction.h"
#include "support/builders.h"
#include "support/testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
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

    // The captured rows of the contacts written after `seq`, with ids replaced by the order
    // in which they first appear (ids, clocks and counters differ from file to file).
    struct Captured
    {
        QStringList rows; // "tbl row-label {fields with ids as labels}", in log order
        QList<qint64> counters;
        QList<quint64> clocks;
        QList<quint64> txns;
        int rowClocksMatching = 0; // row clocks equal to their entry's clock and device
    };
    static Captured captured(test::TestDatabase &t, int afterSeq)
    {
        QSqlDatabase db = t.db()->connection();
        QHash<QString, QString> labels; // hex id -> "#n"
        auto label = [&](const QString &hex) {
            if (hex.isEmpty())
                return QString();
            auto it = labels.find(hex);
            if (it == labels.end())
                it = labels.insert(hex, u'#' + QString::number(labels.size()));
            return *it;
        };
        QSqlQuery known(db);
        known.exec(u"SELECT lower(hex(row)) FROM change_log WHERE seq <= " +
                   QString::number(afterSeq) + u" ORDER BY seq");
        while (known.next())
            label(known.value(0).toString());
        QSqlQuery q(db);
        q.prepare(u"SELECT l.tbl, lower(hex(l.row)), l.col, l.old_value, l.new_value, "
                  u"l.counter, l.hlc, l.txn, l.author, l.device = c.device AND l.hlc = c.hlc "
                  u"AND c.server_seq IS NULL FROM change_log l LEFT JOIN row_clocks c ON "
                  u"c.tbl = l.tbl AND c.row = l.row WHERE l.seq > ? ORDER BY l.seq"_qs);
        q.addBindValue(afterSeq);
        q.exec();
        Captured out;
        while (q.next()) {
            QJsonObject fields = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
            for (const QString &key : {u"company_id"_qs, u"contact_id"_qs, u"tag_id"_qs,
                                       u"record_id"_qs, u"field_id"_qs}) {
                if (fields.contains(key) && fields.value(key).isString())
                    fields.insert(key, label(fields.value(key).toString()));
            }
            // A time of creation, never the same twice: present and a number is enough.
            if (fields.contains(u"created_at") && fields.value(u"created_at").isDouble() &&
                fields.value(u"created_at").toDouble() > 0)
                fields.insert(u"created_at"_qs, u"set"_qs);
            out.rows << q.value(0).toString() + u' ' + label(q.value(1).toString()) + u' ' +
                            q.value(2).toString() + q.value(3).toString() + u' ' +
                            QString::fromUtf8(
                                QJsonDocument(fields).toJson(QJsonDocument::Compact)) +
                            u' ' + q.value(8).toString();
            out.counters << q.value(5).toLongLong();
            out.clocks << q.value(6).toULongLong();
            out.txns << q.value(7).toULongLong();
            out.rowClocksMatching += q.value(9).toBool() ? 1 : 0;
        }
        return out;
    }
    static QList<Contact> bulkSample(const QByteArray &companyId)
    {
        QList<Contact> list;
        Contact a =
            test::contact(u"Anna"_qs, u"Bērziņa"_qs, u"anna@example.lv"_qs, u"+371 2912 3456"_qs);
        a.emails << EmailAddress{{}, u"home"_qs, u"anna.b@example.com"_qs};
        a.tags << u"VIP"_qs << u"Rīga"_qs;
        a.companyId = companyId;
        a.title = u"CEO \"the boss\"\\ \t tab"_qs;
        a.birthday = QDate(1980, 2, 29);
        a.notes = u"line one\nline two, ünïcödé Ωμέγα 😀"_qs;
        list << a;
        Contact b = test::contact(u"Иван"_qs, u"Иванов"_qs);
        b.status = LifecycleStatus::Customer;
        b.tags << u"vip"_qs; // the same tag as Anna's (folded)
        list << b;
        Contact c = test::contact(u"Ζωή"_qs, u"Παπαδοπούλου"_qs, {}, u"+30 210 123 4567"_qs);
        c.phones << PhoneNumber{{}, u"work"_qs, u"+30 210 765 4321"_qs};
        c.visibility = u"private"_qs;
        c.tags << u"Athens"_qs;
        list << c;
        return list;
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

    void createManyCapturesAsCreateDoes()
    {
        // The same contacts through create() in one file and createMany() in another: the
        // same entries in the same order with the same fields, row clocks for each row.
        test::TestDatabase one;
        test::TestDatabase many;
        auto companyOne = CompanyRepository(one.db()).create(test::company(u"SIA Koks"_qs));
        auto companyMany = CompanyRepository(many.db()).create(test::company(u"SIA Koks"_qs));
        QVERIFY(companyOne.ok() && companyMany.ok());
        const int startOne = lastSeq(one);
        const int startMany = lastSeq(many);

        ContactRepository byOne(one.db());
        for (const Contact &c : bulkSample(companyOne.value()))
            QVERIFY(byOne.create(c).ok());
        ContactRepository byMany(many.db());
        auto written = byMany.createMany(bulkSample(companyMany.value()), 2); // two batches
        QVERIFY2(written.ok(), qPrintable(written.error().detail));
        QCOMPARE(written.value(), 3);
        // Each contact's search entry is its own (rowid = rid), not its change_log entry's.
        QCOMPARE(many.scalar(u"SELECT c.last_name FROM contacts_fts f JOIN contacts c ON c.rid = "
                             u"f.rowid WHERE contacts_fts MATCH 'ivanov'"_qs)
                     .toString(),
                 u"Иванов"_qs);
        QCOMPARE(many.scalar(u"SELECT count(*) FROM contacts_fts WHERE rowid NOT IN "
                             u"(SELECT rid FROM contacts)"_qs)
                     .toInt(),
                 0);

        const Captured expected = captured(one, startOne);
        const Captured actual = captured(many, startMany);
        // 3 contacts, 2 e-mails, 3 phones, 3 tags (VIP, Rīga, Athens), 4 links.
        QCOMPARE(expected.rows.size(), 15);
        QCOMPARE(actual.rows, expected.rows);
        QCOMPARE(actual.rowClocksMatching, actual.rows.size());
        QCOMPARE(many.scalar(u"SELECT count(*) FROM row_clocks"_qs),
                 one.scalar(u"SELECT count(*) FROM row_clocks"_qs));
        QCOMPARE(many.scalar(u"SELECT count(*) FROM field_clocks"_qs).toInt(), 0);
        // Gapless counters after the company's entry, strictly increasing clocks.
        const qint64 before =
            many.scalar(u"SELECT counter FROM change_log WHERE seq = ?"_qs, {startMany})
                .toLongLong();
        for (int i = 0; i < actual.counters.size(); ++i) {
            QCOMPARE(actual.counters[i], before + 1 + i);
            if (i > 0)
                QVERIFY(actual.clocks[i] > actual.clocks[i - 1]);
        }
        // One transaction per batch, named by its first clock: contacts 1-2, then contact 3.
        const QList<quint64> txns(actual.txns.begin(), actual.txns.end());
        QCOMPARE(QSet<quint64>(txns.begin(), txns.end()).size(), 2);
        QCOMPARE(actual.txns.first(), actual.clocks.first());
        const int secondBatch = int(actual.txns.lastIndexOf(actual.txns.first())) + 1;
        QVERIFY(actual.rows[secondBatch].startsWith(u"contacts "));
        QCOMPARE(actual.txns[secondBatch], actual.clocks[secondBatch]);
        QCOMPARE(actual.txns.last(), actual.clocks[secondBatch]);
        // What the sync code sends for a creation: the fields read back with json_each.
        QCOMPARE(many.scalar(u"SELECT count(*) FROM change_log l, json_each(l.new_value) j "
                             u"WHERE l.seq > ? AND l.tbl = 'contacts'"_qs,
                             {startMany})
                     .toInt(),
                 3 * 16);

        // Afterwards the triggers capture again on that connection.
        auto ids = byMany.list();
        QVERIFY(ids.ok());
        Contact edited = ids->first();
        edited.title = u"Changed"_qs;
        const int beforeEdit = lastSeq(many);
        QVERIFY(byMany.update(edited).ok());
        const auto edit = entriesAfter(many, beforeEdit);
        QCOMPARE(edit.size(), 1);
        QCOMPARE(edit[0].column, u"title"_qs);
        QCOMPARE(edit[0].counter, actual.counters.last() + 1);
    }

    // Enough contacts that createMany writes its change_log entries and child rows in full
    // groups (64 entries, 32 e-mails, phones or tag links per statement) and in remainders.
    static QList<Contact> groupSample()
    {
        QList<Contact> list;
        for (int i = 0; i < 70; ++i) {
            const QString n = QString::number(i);
            Contact c = test::contact(u"Anna"_qs + n, u"Bērziņa"_qs + n,
                                      u"anna"_qs + n + u"@example.lv"_qs, u"+371 2912 34"_qs + n);
            c.emails << EmailAddress{{}, u"home"_qs, u"a"_qs + n + u"@example.com"_qs};
            c.phones << PhoneNumber{{}, u"work"_qs, u"+371 6700 00"_qs + n};
            c.tags << u"Tag "_qs + QString::number(i % 5) << u"Shared"_qs;
            list << c;
        }
        return list;
    }
    static QStringList children(test::TestDatabase &t)
    {
        QStringList out;
        QSqlQuery q(t.db()->connection());
        const bool ok = q.exec(u"SELECT c.last_name || ' e ' || e.position || ' ' || e.email FROM "
                               u"contact_emails e JOIN contacts c ON c.id = e.contact_id UNION ALL "
                               u"SELECT c.last_name || ' p ' || p.position || ' ' || p.phone FROM "
                               u"contact_phones p JOIN contacts c ON c.id = p.contact_id UNION ALL "
                               u"SELECT c.last_name || ' t ' || g.name FROM contact_tags l JOIN "
                               u"contacts c ON c.id = l.contact_id JOIN tags g ON g.id = l.tag_id "
                               u"ORDER BY 1"_qs);
        while (ok && q.next())
            out << q.value(0).toString();
        return out;
    }

    void createManyInGroupsCapturesAsCreateDoes()
    {
        test::TestDatabase one;
        test::TestDatabase many;
        const int startOne = lastSeq(one);
        const int startMany = lastSeq(many);
        ContactRepository byOne(one.db());
        for (const Contact &c : groupSample())
            QVERIFY(byOne.create(c).ok());
        ContactRepository byMany(many.db());
        auto written = byMany.createMany(groupSample(), 40); // two transactions
        QVERIFY2(written.ok(), qPrintable(written.error().detail));
        QCOMPARE(written.value(), 70);

        const Captured expected = captured(one, startOne);
        const Captured actual = captured(many, startMany);
        // 70 contacts, 140 e-mails, 140 phones, 6 tags, 140 links.
        QCOMPARE(expected.rows.size(), 70 + 140 + 140 + 6 + 140);
        QCOMPARE(actual.rows, expected.rows);
        QCOMPARE(actual.rowClocksMatching, actual.rows.size());
        for (int i = 0; i < actual.counters.size(); ++i) {
            QCOMPARE(actual.counters[i], actual.counters.first() + i);
            if (i > 0)
                QVERIFY(actual.clocks[i] > actual.clocks[i - 1]);
        }
        QCOMPARE(QSet<quint64>(actual.txns.begin(), actual.txns.end()).size(), 2);
        // The rows themselves: each contact's e-mails, phones and tags.
        const QStringList rows = children(one);
        QCOMPARE(rows.size(), 420);
        QCOMPARE(children(many), rows);
        QCOMPARE(many.scalar(u"SELECT count(*) FROM contacts_fts"_qs).toInt(), 70);
    }

    void failingGroupInCreateManyLeavesNothing()
    {
        test::TestDatabase t;
        const int before = lastSeq(t);
        const qint64 counter =
            t.scalar(u"SELECT COALESCE(max(counter), 0) FROM change_log"_qs).toLongLong();
        QList<Contact> batch = groupSample();
        batch[60].emails[1].id = batch[60].emails[0].id = Uuid::createV7(); // a duplicate id
        ContactRepository contacts(t.db());
        auto written = contacts.createMany(batch, 100);
        QVERIFY(!written.ok());
        QCOMPARE(lastSeq(t), before);
        for (const char *table : {"contacts", "contact_emails", "contact_phones", "contact_tags",
                                  "tags", "row_clocks", "contacts_fts"})
            QCOMPARE(t.scalar(u"SELECT count(*) FROM "_qs + QString::fromLatin1(table)).toInt(), 0);
        // The next write goes on from the same counter.
        written = contacts.createMany(groupSample().mid(0, 3), 100);
        QVERIFY2(written.ok(), qPrintable(written.error().detail));
        QCOMPARE(entriesAfter(t, before).first().counter, counter + 1);
    }

    // Custom values written by createMany's bulk writer: the entries create() leaves through
    // the triggers, in the same order, every value with its row clock.
    void createManyCapturesCustomValuesAsCreateDoes()
    {
        test::TestDatabase one;
        test::TestDatabase many;
        for (const test::TestDatabase *t : {&one, &many}) {
            CustomFieldRepository fields(t->db());
            QVERIFY(fields
                        .add({{},
                              CustomEntity::Contact,
                              u"industry"_qs,
                              u"Industry"_qs,
                              CustomFieldType::Choice,
                              false,
                              0,
                              {u"Retail"_qs, u"Banking"_qs}})
                        .ok());
            QVERIFY(fields
                        .add({{},
                              CustomEntity::Contact,
                              u"budget"_qs,
                              u"Budget"_qs,
                              CustomFieldType::Money})
                        .ok());
            QVERIFY(fields
                        .add({{},
                              CustomEntity::Contact,
                              u"motto"_qs,
                              u"Motto"_qs,
                              CustomFieldType::LongText})
                        .ok());
        }
        QList<Contact> sample = bulkSample({});
        sample[0].custom = {{u"industry"_qs, u"retail"_qs},
                            {u"budget"_qs, u"12.5 eur"_qs},
                            {u"motto"_qs, u"Ātri \"un\"\nlabi \\ 😀"_qs}};
        sample[1].custom = {{u"budget"_qs, u""_qs}, {u"motto"_qs, u"вперёд"_qs}}; // one empty
        const int startOne = lastSeq(one);
        const int startMany = lastSeq(many);
        ContactRepository byOne(one.db());
        for (const Contact &c : sample)
            QVERIFY(byOne.create(c).ok());
        ContactRepository byMany(many.db());
        auto written = byMany.createMany(sample, 2);
        QVERIFY2(written.ok(), qPrintable(written.error().detail));

        const Captured expected = captured(one, startOne);
        const Captured actual = captured(many, startMany);
        QCOMPARE(expected.rows.filter(u"custom_values "_qs).size(), 4);
        QCOMPARE(actual.rows, expected.rows);
        QCOMPARE(actual.rowClocksMatching, actual.rows.size());
        for (int i = 1; i < actual.counters.size(); ++i)
            QCOMPARE(actual.counters[i], actual.counters[i - 1] + 1);
        // Stored canonical, of live records, searchable.
        QCOMPARE(many.scalar(u"SELECT group_concat(value, '|') FROM (SELECT value FROM "
                             u"custom_values WHERE local_record_deleted = 0 ORDER BY value)"_qs)
                     .toString(),
                 u"12.50 EUR|Retail|Ātri \"un\"\nlabi \\ 😀|вперёд"_qs);
        QCOMPARE(SearchService(many.db()).search(u"вперед"_qs)->size(), 1);
        // The value trigger set aside is back: a value of a deleted record says so.
        QCOMPARE(many.scalar(u"SELECT count(*) FROM sqlite_master WHERE name = "
                             u"'custom_values_record_state'"_qs)
                     .toInt(),
                 1);
        const QByteArray gone = byMany.list()->first().id;
        QVERIFY(byMany.remove(gone).ok());
        QCOMPARE(many.scalar(u"SELECT count(*) FROM custom_values WHERE record_id = ? AND "
                             u"local_record_deleted = 0"_qs,
                             {gone})
                     .toInt(),
                 0);
    }

    void failingRowInCreateManyLeavesNoEntries()
    {
        test::TestDatabase t;
        ContactRepository contacts(t.db());
        QVERIFY(contacts.create(test::contact(u"First"_qs, u"One"_qs)).ok());
        const int before = lastSeq(t);
        const int clocksBefore = t.scalar(u"SELECT count(*) FROM row_clocks"_qs).toInt();
        QList<Contact> batch = bulkSample({});
        batch[2].companyId = QByteArray(16, '\x42'); // no such company: fails after two rows
        auto written = contacts.createMany(batch, 100);
        QVERIFY(!written.ok());
        QCOMPARE(lastSeq(t), before);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM row_clocks"_qs).toInt(), clocksBefore);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM contacts"_qs).toInt(), 1);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM tags"_qs).toInt(), 0);
        // The insert triggers createMany set aside during its transaction are back.
        const QString triggers = u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                 u"AND name LIKE 'capture_%_insert'"_qs;
        const int triggerCount = t.scalar(triggers).toInt();
        QVERIFY(triggerCount > 6);
        {
            // Also when it fails inside a caller's transaction that goes on.
            QSqlDatabase db = t.db()->connection();
            Transaction tx(db);
            QVERIFY(!contacts.createMany(batch, 100).ok());
            QCOMPARE(t.scalar(triggers).toInt(), triggerCount);
            tx.rollback();
        }
        QVERIFY(contacts.create(test::contact(u"Second"_qs, u"Two"_qs)).ok());
        QCOMPARE(lastSeq(t), before + 1); // by the contact's insert trigger
        // The next write continues the counter without a gap, and the tags come back.
        written = contacts.createMany(bulkSample({}).mid(0, 2), 100);
        QVERIFY2(written.ok(), qPrintable(written.error().detail));
        const auto entries = entriesAfter(t, before);
        QVERIFY(!entries.isEmpty());
        for (int i = 0; i < entries.size(); ++i)
            QCOMPARE(entries[i].counter, 2 + i);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM tags"_qs).toInt(), 2);
    }

    void createManyWhileApplyingRemoteCapturesNothing()
    {
        test::TestDatabase t;
        t.db()->setApplyingRemote(t.db()->connection(), true);
        ContactRepository contacts(t.db());
        auto written = contacts.createMany(bulkSample({}), 2);
        QVERIFY(written.ok());
        QCOMPARE(t.changeCount(), 0);
        QCOMPARE(t.scalar(u"SELECT count(*) FROM row_clocks"_qs).toInt(), 0);
        t.db()->setApplyingRemote(t.db()->connection(), false);
        QVERIFY(contacts.create(test::contact(u"Local"_qs, u"Again"_qs)).ok());
        QCOMPARE(t.changeCount(), 1);
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
