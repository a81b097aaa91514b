// SPDX-License-Identifier: GPL-3.0-or-later
// The local side of sync between two real database files: the outbox as it goes on the
// wire, acknowledgements, and pulled changes applied field by field — last writer wins by
// (clock, device), nothing applied twice, derived columns and search kept right, nothing
// re-captured. The server's own rules are tested in tests/server against crm-server.
#include "common/uuid.h"
#include "services/companyrepository.h"
#include "services/contactrepository.h"
#include "services/historyrepository.h"
#include "services/searchservice.h"
#include "support/builders.h"
#include "support/testdatabase.h"
#include "sync/conflictservice.h"
#include "sync/localreplica.h"

#include <QCborMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

using namespace crm::core;
using namespace crm::core::sync;
using crm::test::TestDatabase;

namespace {

// Plays the server's part of giving sequence numbers: a log shared by the replicas.
struct Log
{
    QList<Change> changes;

    PushResponse push(const QList<Change> &batch)
    {
        PushResponse r;
        for (Change c : batch) {
            c.serverSeq = changes.size() + 1;
            changes << c;
            r.results << PushResult{c.counter, PushStatus::Applied, c.serverSeq, {}, 0};
        }
        return r;
    }
    PullResponse since(qint64 cursor, const QByteArray &device) const
    {
        PullResponse p;
        for (const Change &c : changes) {
            if (c.serverSeq > cursor && c.device != device)
                p.changes << c;
        }
        p.next = changes.size();
        return p;
    }
};

Status exchange(Log &log, LocalReplica &r, SyncReport *out = nullptr)
{
    SyncReport report;
    auto pending = r.pending(1000);
    if (!pending)
        return pending.error();
    if (!pending->isEmpty()) {
        if (auto s = r.acknowledge(*pending, log.push(*pending), report); !s)
            return s;
    }
    auto cursor = r.pullCursor();
    if (!cursor)
        return cursor.error();
    auto s = r.apply(log.since(*cursor, r.device()), report);
    if (out)
        *out = report;
    return s;
}

// What a replica holds, table by table, as text: the synced tables, their clocks, the log
// (without its local sequence) and the triggers (names and SQL), for comparing replicas.
QStringList dumpReplica(const crm::test::TestDatabase &t)
{
    QStringList out;
    QSqlDatabase db = t.db()->connection();
    const QStringList statements = {
        u"SELECT * FROM contacts ORDER BY id"_qs,
        u"SELECT * FROM contact_emails ORDER BY id"_qs,
        u"SELECT * FROM contact_phones ORDER BY id"_qs,
        u"SELECT * FROM contact_tags ORDER BY id"_qs,
        u"SELECT * FROM companies ORDER BY id"_qs,
        u"SELECT * FROM field_clocks ORDER BY tbl, row, col"_qs,
        u"SELECT * FROM row_clocks ORDER BY tbl, row"_qs,
        u"SELECT hlc, device, counter, author, txn, tbl, row, col, old_value, new_value, "
        u"base_seq, server_seq FROM change_log ORDER BY seq"_qs,
        u"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"_qs,
        u"SELECT rowid, text FROM contacts_fts ORDER BY rowid"_qs};
    for (const QString &statement : statements) {
        QSqlQuery q(db);
        if (!q.exec(statement))
            return {q.lastError().text()};
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i) {
                if (q.record().fieldName(i) == u"local_updated_at")
                    continue; // when it was written here
                const QVariant v = q.value(i);
                row << (v.isNull() ? u"NULL"_qs
                        : v.typeId() == QMetaType::QByteArray
                            ? QString::fromLatin1(v.toByteArray().toHex())
                            : v.toString());
            }
            out << row.join(u'|');
        }
    }
    return out;
}

QStringList triggerNames(const crm::test::TestDatabase &t)
{
    QStringList names;
    QSqlQuery q(t.db()->connection());
    q.exec(u"SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"_qs);
    while (q.next())
        names << q.value(0).toString();
    return names;
}

// `count` contacts created on `a` and then edited (last name and city, so their sort keys
// and search entries change), all pushed to a new log.
Log editedContacts(const crm::test::TestDatabase &a, LocalReplica &ra, int count)
{
    QList<Contact> many;
    for (int i = 0; i < count; ++i)
        many << crm::test::contact(u"Laila"_qs, u"Ozola " + QString::number(i),
                                   u"laila" + QString::number(i) + u"@example.lv");
    Log log;
    if (!ContactRepository(a.db()).createMany(many).ok())
        return log;
    a.scalar(u"UPDATE contacts SET last_name = 'Kalniņa ' || substr(last_name, 7), "
             u"city = 'Sigulda'"_qs);
    for (;;) {
        auto pending = ra.pendingCount();
        if (!pending || *pending == 0 || !exchange(log, ra).ok())
            break;
    }
    return log;
}

} // namespace

class TestLocalReplica : public QObject
{
    Q_OBJECT

private slots:
    void createdContactArrivesWhole()
    {
        TestDatabase a, b;
        LocalReplica ra(a.db()), rb(b.db());
        auto companyId = CompanyRepository(a.db()).create(
            crm::test::company(u"Łódzka Sp. z o.o."_qs, u"Łódź"_qs));
        QVERIFY(companyId.ok());
        Contact c = crm::test::contact(u"Jānis"_qs, u"Bērziņš"_qs, u"janis@example.lv"_qs,
                                       u"+371 2612 3456"_qs);
        c.companyId = *companyId;
        c.tags = {u"VIP"_qs};
        auto id = ContactRepository(a.db()).create(c);
        QVERIFY2(id.ok(), qPrintable(id.error().message()));

        Log log;
        QVERIFY(exchange(log, ra).ok());
        QCOMPARE(ra.pendingCount().value(), 0);
        SyncReport report;
        auto s = exchange(log, rb, &report);
        QVERIFY2(s.ok(), qPrintable(s.error().message()));
        QCOMPARE(report.pulled, log.changes.size());
        QVERIFY(report.applied > 0);

        auto got = ContactRepository(b.db()).get(*id);
        QVERIFY2(got.ok(), qPrintable(got.error().message()));
        QCOMPARE(got->lastName, u"Bērziņš"_qs);
        QCOMPARE(got->emails.size(), 1);
        QCOMPARE(got->emails.first().address, u"janis@example.lv"_qs);
        QCOMPARE(got->phones.first().number, u"+371 2612 3456"_qs);
        QCOMPARE(got->tags, QStringList{u"VIP"_qs});
        // Derived columns and the search index follow on the receiving laptop.
        QCOMPARE(
            b.scalar(u"SELECT local_company_name FROM contacts WHERE id = ?"_qs, {*id}).toString(),
            u"Łódzka Sp. z o.o."_qs);
        QCOMPARE(b.scalar(u"SELECT local_email FROM contacts WHERE id = ?"_qs, {*id}).toString(),
                 u"janis@example.lv"_qs);
        auto hits = SearchService(b.db()).search(u"berzins lodz"_qs);
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 1);
        hits = SearchService(b.db()).search(u"26123456"_qs);
        QCOMPARE(hits->size(), 1);
        // Applying did not capture anything as B's own.
        QCOMPARE(rb.pendingCount().value(), 0);
        // B's history tells who wrote it.
        auto history = HistoryRepository(b.db()).historyOf(*id);
        QVERIFY(history.ok());
        QVERIFY(!history->isEmpty());
        QVERIFY(!history->first().local);
    }

    void aChangeIsNeverAppliedTwice()
    {
        TestDatabase a, b;
        LocalReplica ra(a.db()), rb(b.db());
        auto id = ContactRepository(a.db()).create(crm::test::contact(u"Anna"_qs, u"Kowalska"_qs));
        QVERIFY(id.ok());
        Log log;
        QVERIFY(exchange(log, ra).ok());
        PullResponse page = log.since(0, rb.device());
        SyncReport first, second;
        QVERIFY(rb.apply(page, first).ok());
        const int entries = b.changeCount();
        QVERIFY(rb.apply(page, second).ok()); // a page delivered twice
        QCOMPARE(b.changeCount(), entries);
        QCOMPARE(second.pulled, 0);
    }

    void lastWriterWinsAndBothConverge()
    {
        TestDatabase a, b;
        LocalReplica ra(a.db()), rb(b.db());
        ContactRepository ca(a.db()), cb(b.db());
        auto id = ca.create(crm::test::contact(u"Ирина"_qs, u"Иванова"_qs));
        QVERIFY(id.ok());
        Log log;
        QVERIFY(exchange(log, ra).ok());
        QVERIFY(exchange(log, rb).ok());

        // Both edit the city offline; B's edit is later.
        Contact x = ca.get(*id).value();
        x.city = u"Rīga"_qs;
        QVERIFY(ca.update(x).ok());
        QTest::qWait(5);
        Contact y = cb.get(*id).value();
        y.city = u"Москва"_qs;
        y.title = u"Директор"_qs; // a field only B changed
        QVERIFY(cb.update(y).ok());

        QVERIFY(exchange(log, ra).ok());
        QVERIFY(exchange(log, rb).ok());
        QVERIFY(exchange(log, ra).ok());
        QCOMPARE(ca.get(*id)->city, u"Москва"_qs);
        QCOMPARE(cb.get(*id)->city, u"Москва"_qs);
        QCOMPARE(ca.get(*id)->title, u"Директор"_qs);
        // The search index on A follows the pulled value.
        QCOMPARE(SearchService(a.db()).search(u"moskva"_qs)->size(), 1);
        QCOMPARE(SearchService(a.db()).search(u"riga"_qs)->size(), 0);
        // A keeps B's value in its history beside its own.
        auto history = HistoryRepository(a.db()).historyOf(*id);
        int cityEntries = 0;
        for (const HistoryEntry &e : *history)
            cityEntries += e.column == u"city";
        QCOMPARE(cityEntries, 2);
    }

    void anOlderRemoteValueLoses()
    {
        TestDatabase a, b;
        LocalReplica ra(a.db()), rb(b.db());
        ContactRepository ca(a.db()), cb(b.db());
        auto id = ca.create(crm::test::contact(u"Mari"_qs, u"Tamm"_qs));
        Log log;
        QVERIFY(exchange(log, ra).ok());
        QVERIFY(exchange(log, rb).ok());
        Contact x = ca.get(*id).value();
        x.city = u"Tartu"_qs; // earlier
        QVERIFY(ca.update(x).ok());
        QTest::qWait(5);
        Contact y = cb.get(*id).value();
        y.city = u"Tallinn"_qs; // later, but reaches the log first
        QVERIFY(cb.update(y).ok());
        QVERIFY(exchange(log, rb).ok());
        QVERIFY(exchange(log, ra).ok());
        QVERIFY(exchange(log, rb).ok());
        QCOMPARE(ca.get(*id)->city, u"Tallinn"_qs);
        QCOMPARE(cb.get(*id)->city, u"Tallinn"_qs);
    }

    void acknowledgementsEmptyTheOutboxAndRejectionsAreKept()
    {
        TestDatabase a;
        LocalReplica ra(a.db());
        ContactRepository ca(a.db());
        QVERIFY(ca.create(crm::test::contact(u"Ελένη"_qs, u"Παπαδοπούλου"_qs,
                                             u"eleni@example.gr"_qs, u"+30 694 123 4567"_qs))
                    .ok());
        QCOMPARE(ra.pending(100)->size(), 3);
        auto pending = ra.pending(100);
        QVERIFY(pending.ok());
        QVERIFY(!pending->isEmpty());
        QCOMPARE(ra.pendingCount().value(), pending->size());
        const Change &creation = pending->first();
        QVERIFY(creation.isCreation());
        QCOMPARE(creation.table, u"contacts"_qs);
        QCOMPARE(creation.value.toMap().value(u"last_name"_qs).toString(), u"Παπαδοπούλου"_qs);

        PushResponse answer;
        qint64 seq = 40;
        for (const Change &c : *pending)
            answer.results << PushResult{c.counter, PushStatus::Applied, ++seq, {}, 0};
        answer.results.last() = PushResult{pending->last().counter, PushStatus::Rejected, 0,
                                           u"private to another user"_qs, 0};
        SyncReport report;
        QVERIFY(ra.acknowledge(*pending, answer, report).ok());
        QCOMPARE(report.pushed, pending->size() - 1);
        QCOMPARE(report.rejected, 1);
        QVERIFY(report.rejections.first().contains(u"private to another user"_qs));
        QCOMPARE(ra.pendingCount().value(), 0);
        QCOMPARE(a.scalar(u"SELECT count(*) FROM sync_rejections"_qs).toInt(), 1);
        QCOMPARE(a.scalar(u"SELECT server_seq FROM row_clocks WHERE tbl = 'contacts'"_qs).toInt(),
                 41);
    }

    // An answer must answer each pushed change once: one that answers the first change twice
    // and leaves the second out would have moved the outbox past the second, which would
    // never have reached the server. Refused; the outbox keeps all three.
    void anAnswerLeavingAChangeOutIsRefused()
    {
        TestDatabase a;
        LocalReplica ra(a.db());
        QVERIFY(ContactRepository(a.db())
                    .create(crm::test::contact(u"Rūta"_qs, u"Liepa"_qs, u"ruta@example.lv"_qs,
                                               u"+371 2612 3456"_qs))
                    .ok());
        auto pending = ra.pending(100);
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 3);
        auto answer = [&](const QList<qint64> &counters) {
            PushResponse r;
            qint64 seq = 0;
            for (qint64 counter : counters)
                r.results << PushResult{counter, PushStatus::Applied, ++seq, {}, 0};
            return r;
        };
        const qint64 first = pending->at(0).counter, second = pending->at(1).counter,
                     third = pending->at(2).counter;
        for (const QList<qint64> &counters :
             {QList<qint64>{first, first, third}, QList<qint64>{first, third},
              QList<qint64>{first, second, third, third + 1}}) {
            SyncReport report;
            const auto refused = ra.acknowledge(*pending, answer(counters), report);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, ErrorCode::Invalid);
            QCOMPARE(ra.pendingCount().value(), 3);
            QVERIFY(!LocalReplica::checkAnswers(*pending, answer(counters)).ok());
        }
        SyncReport report;
        QVERIFY(ra.acknowledge(*pending, answer({third, first, second}), report).ok());
        QCOMPARE(ra.pendingCount().value(), 0);
    }

    void aClampedClockReplacesTheLocalOne()
    {
        TestDatabase a;
        LocalReplica ra(a.db());
        ContactRepository ca(a.db());
        auto id = ca.create(crm::test::contact(u"Kārlis"_qs, u"Ozols"_qs));
        Contact x = ca.get(*id).value();
        x.city = u"Cēsis"_qs;
        QVERIFY(ca.update(x).ok());
        auto pending = ra.pending(100).value();
        PushResponse answer;
        for (const Change &c : pending)
            answer.results << PushResult{
                c.counter, PushStatus::Applied, c.counter, {}, c.column == u"city" ? 777u : 0u};
        SyncReport report;
        QVERIFY(ra.acknowledge(pending, answer, report).ok());
        QCOMPARE(a.scalar(u"SELECT hlc FROM field_clocks WHERE col = 'city'"_qs).toLongLong(), 777);
        QCOMPARE(a.scalar(u"SELECT hlc FROM change_log WHERE col = 'city'"_qs).toLongLong(), 777);
    }

    void batchesEndOnATransactionBoundary()
    {
        TestDatabase a;
        LocalReplica ra(a.db());
        ContactRepository ca(a.db());
        // Each contact is one transaction of 3 entries (row, e-mail, phone).
        for (int i = 0; i < 4; ++i)
            QVERIFY(ca.create(crm::test::contact(u"N"_qs, QString::number(i), u"n%1@x.lv"_qs.arg(i),
                                                 u"+371 2000000%1"_qs.arg(i)))
                        .ok());
        auto batch = ra.pending(7).value();
        QCOMPARE(batch.size(), 6);
        QCOMPARE(batch.at(5).txn, batch.at(3).txn);
        QVERIFY(batch.at(2).txn != batch.at(3).txn);
        // A transaction larger than a batch is cut anyway rather than never sent.
        QCOMPARE(ra.pending(2).value().size(), 2);
    }

    void batchesEndBeforeTheirValuesGrowTooLarge()
    {
        TestDatabase a;
        LocalReplica ra(a.db());
        ContactRepository ca(a.db());
        // Notes of 1.5 million characters: about 3 MB each as MaxBatchValueBytes counts them.
        for (int i = 0; i < 4; ++i) {
            Contact c = crm::test::contact(u"N"_qs, QString::number(i), u"n%1@x.lv"_qs.arg(i),
                                           u"+371 2000000%1"_qs.arg(i));
            c.notes = QString(1'500'000, QLatin1Char('a' + i));
            QVERIFY(ca.create(c).ok());
        }
        auto batch = ra.pending(100).value();
        QCOMPARE(batch.size(), 6); // two contacts of three entries each: 6 MB of the 8 allowed
        qsizetype bytes = 0;
        for (const Change &c : batch)
            bytes += valueBytes(c);
        QVERIFY(bytes <= MaxBatchValueBytes);
        QCOMPARE(batch.at(5).txn, batch.at(3).txn);
    }

    void deleteCarriesWhatTheReplicaHadSeen()
    {
        TestDatabase a, b;
        LocalReplica ra(a.db()), rb(b.db());
        ContactRepository ca(a.db()), cb(b.db());
        auto id = ca.create(crm::test::contact(u"Tomasz"_qs, u"Łukasiewicz"_qs));
        Log log;
        QVERIFY(exchange(log, ra).ok());
        QVERIFY(exchange(log, rb).ok());
        Contact y = cb.get(*id).value();
        y.city = u"Kraków"_qs;
        QVERIFY(cb.update(y).ok());
        QVERIFY(exchange(log, rb).ok());
        QVERIFY(exchange(log, ra).ok()); // A has seen B's edit (seq 2 or more)
        const qint64 seenSeq = log.changes.size();
        QVERIFY(ca.remove(*id).ok());
        auto pending = ra.pending(10).value();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().column, u"deleted"_qs);
        QCOMPARE(pending.first().baseSeq, seenSeq);
    }

    // What a delete saw is what its replica had pulled of the others. Its own edit of the
    // row, pushed and answered before the delete is read, says nothing of that: with its
    // number as the base, B's edit (older on the server, never pulled here) would pass as
    // seen and no edit-versus-delete conflict would tell anyone.
    void aDeleteBaseIgnoresTheNumbersOfItsOwnChanges()
    {
        TestDatabase a, b;
        LocalReplica ra(a.db()), rb(b.db());
        ContactRepository ca(a.db()), cb(b.db());
        auto id = ca.create(crm::test::contact(u"Tomasz"_qs, u"Łukasiewicz"_qs));
        Log log;
        QVERIFY(exchange(log, ra).ok());
        QVERIFY(exchange(log, rb).ok());
        const qint64 created = log.changes.size();
        Contact y = cb.get(*id).value();
        y.city = u"Kraków"_qs;
        QVERIFY(cb.update(y).ok());
        QVERIFY(exchange(log, rb).ok()); // B's edit is on the server; A has not pulled it
        const qint64 bobs = log.changes.size();
        Contact x = ca.get(*id).value();
        x.title = u"Inżynier"_qs;
        QVERIFY(ca.update(x).ok());
        {
            SyncReport report; // A pushes its edit, and is answered, but pulls nothing
            auto edit = ra.pending(10).value();
            QCOMPARE(edit.size(), 1);
            QVERIFY(ra.acknowledge(edit, log.push(edit), report).ok());
        }
        QVERIFY(log.changes.size() > bobs);
        QVERIFY(ca.remove(*id).ok());
        auto pending = ra.pending(10).value();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().column, u"deleted"_qs);
        QVERIFY2(pending.first().baseSeq < bobs,
                 qPrintable(QString::number(pending.first().baseSeq)));
        QCOMPARE(pending.first().baseSeq, created);
    }

    // Found by the convergence simulator (seed 13): a laptop whose clock is behind pulled a
    // value, was restarted, and edited it — with a clock below the pulled value's, so the
    // edit lost everywhere but on the laptop, and the server saw no conflict (the edit was
    // made looking at that value). The clock now resumes above what sync brought in.
    void theClockResumesAboveWhatWasPulled()
    {
        const qint64 now = 1'780'000'000'000;
        Database::Options ahead, behind;
        ahead.wallClock = [now] { return now + 3 * 3600 * 1000; };
        behind.wallClock = [now] { return now; };
        TestDatabase a(ahead);
        LocalReplica ra(a.db());
        auto id = ContactRepository(a.db()).create(crm::test::contact(u"Liis"_qs, u"Saar"_qs));
        QVERIFY(id.ok());
        Log log;
        QVERIFY(exchange(log, ra).ok());
        const quint64 pulled = log.changes.first().hlc;

        QTemporaryDir dir;
        const QString path = dir.filePath(u"b.sqlite"_qs);
        {
            auto b = Database::open(path, behind);
            QVERIFY(b.ok());
            LocalReplica rb(*b);
            QVERIFY(exchange(log, rb).ok());
        }
        auto b = Database::open(path, behind); // the laptop starts again
        QVERIFY(b.ok());
        QVERIFY((*b)->clock().last() >= pulled);
        Contact x = ContactRepository(*b).get(*id).value();
        x.city = u"Pärnu"_qs;
        QVERIFY(ContactRepository(*b).update(x).ok());
        auto pending = LocalReplica(*b).pending(10);
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 1);
        QVERIFY(pending->first().hlc > pulled);
    }
    // A new laptop's first sync is cut off after its first page: started again, it goes on
    // from that page's cursor and gets the rest, without the first page a second time.
    void anInterruptedFirstSyncResumes()
    {
        TestDatabase a;
        LocalReplica ra(a.db());
        for (int i = 0; i < 3; ++i)
            QVERIFY(ContactRepository(a.db())
                        .create(crm::test::contact(u"Ieva"_qs, u"Kalniņa %1"_qs.arg(i)))
                        .ok());
        Log log;
        QVERIFY(exchange(log, ra).ok());
        QCOMPARE(log.changes.size(), 3);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"new.sqlite"_qs);
        {
            auto b = Database::open(path);
            QVERIFY(b.ok());
            PullResponse first = log.since(0, {});
            first.changes = first.changes.mid(0, 2);
            first.next = first.changes.last().serverSeq;
            first.more = true;
            SyncReport report;
            QVERIFY(LocalReplica(*b).apply(first, report).ok());
            QCOMPARE(report.pulled, 2);
        } // the laptop is switched off
        auto b = Database::open(path);
        QVERIFY(b.ok());
        LocalReplica rb(*b);
        QCOMPARE(rb.pullCursor().value(), 2);
        SyncReport report;
        QVERIFY(rb.apply(log.since(rb.pullCursor().value(), rb.device()), report).ok());
        QCOMPARE(report.pulled, 1);
        QCOMPARE(ContactRepository(*b).count().value(), 3);
    }

    // Conflicts as the server sends them, resolved the three ways a user can.
    void conflictsResolveAsOrdinaryEdits()
    {
        TestDatabase a;
        ContactRepository contacts(a.db());
        auto id = contacts.create(
            crm::test::contact(u"Olga"_qs, u"Petrova"_qs, {}, u"+7 912 000-00-01"_qs));
        QVERIFY(id.ok());
        Contact stored = contacts.get(*id).value();
        stored.city = u"Tartu"_qs;
        QVERIFY(contacts.update(stored).ok());
        const QByteArray phoneRow = stored.phones.first().id;
        const QByteArray server = Uuid::createV7(), other = Uuid::createV7();
        auto conflict = [&](const QString &table, const QByteArray &row, const QString &col,
                            const QString &mine, const QString &theirs, qint64 counter) {
            QCborMap f;
            f.insert(u"tbl"_qs, table);
            f.insert(u"row"_qs, QCborValue(row));
            f.insert(u"col"_qs, col);
            f.insert(u"kind"_qs, u"value"_qs);
            f.insert(u"winner_value"_qs, theirs); // the other laptop's write won the field
            f.insert(u"winner_device"_qs, QCborValue(other));
            f.insert(u"winner_author"_qs, u"anna"_qs);
            f.insert(u"loser_value"_qs, mine);
            f.insert(u"loser_device"_qs, QCborValue(a.db()->deviceId()));
            f.insert(u"loser_author"_qs, u"me"_qs);
            f.insert(u"state"_qs, u"open"_qs);
            f.insert(u"deleted"_qs, 0);
            Change c;
            c.device = server;
            c.counter = counter;
            c.hlc = a.db()->clock().tick();
            c.table = u"conflicts"_qs;
            c.row = Uuid::createV7();
            c.value = f;
            c.serverSeq = counter;
            return c;
        };
        PullResponse page;
        page.changes = {conflict(u"contacts"_qs, *id, u"city"_qs, u"Tartu"_qs, u"Tallinn"_qs, 1),
                        conflict(u"contact_phones"_qs, phoneRow, u"phone"_qs,
                                 u"+7 912 000-00-01"_qs, u"+7 912 000-00-02"_qs, 2)};
        page.next = 2;
        SyncReport report;
        QVERIFY(LocalReplica(a.db()).apply(page, report).ok());
        QCOMPARE(report.conflicts, 2);
        ConflictService service(a.db());
        QCOMPARE(service.list()->size(), 2);
        const Conflict city = service.get(page.changes[0].row).value();
        QCOMPARE(city.mine().toString(), u"Tartu"_qs);
        QCOMPARE(city.theirs().toString(), u"Tallinn"_qs);
        QCOMPARE(city.theirAuthor(), u"anna"_qs);

        // Both is only for e-mails and phones; nothing changes when it is refused.
        const qint64 before = LocalReplica(a.db()).pendingCount().value();
        QVERIFY(!service.resolve(city.id, ConflictService::Keep::Both).ok());
        QCOMPARE(LocalReplica(a.db()).pendingCount().value(), before);

        QVERIFY(service.resolve(city.id, ConflictService::Keep::Theirs).ok());
        QCOMPARE(contacts.get(*id)->city, u"Tallinn"_qs);
        QVERIFY(service.resolve(page.changes[1].row, ConflictService::Keep::Both).ok());
        const Contact after = contacts.get(*id).value();
        QStringList phones;
        for (const PhoneNumber &p : after.phones)
            phones << p.number;
        QCOMPARE(phones.size(), 2);
        QVERIFY(phones.contains(u"+7 912 000-00-01"_qs));
        QVERIFY(phones.contains(u"+7 912 000-00-02"_qs));
        // Both choices are edits that sync: the field, the new phone, the two conflict states.
        QVERIFY(LocalReplica(a.db()).pendingCount().value() >= before + 4);
        QCOMPARE(service.list()->size(), 0);
        QVERIFY(!service.resolve(city.id, ConflictService::Keep::Mine).ok()); // already resolved
        QCOMPARE(service.get(Uuid::createV7()).error().code, ErrorCode::NotFound);
    }

    // A page is applied set-based (seen changes read once, refreshes once per row), so one
    // page that creates a contact, edits it, deletes and restores it, repeats a change and
    // brings an older concurrent value must leave what one change per page leaves.
    void onePageAppliesAsOneChangeAtATime()
    {
        TestDatabase a, whole, single;
        LocalReplica ra(a.db()), rw(whole.db()), rs(single.db());
        ContactRepository contacts(a.db());
        auto id = contacts.create(crm::test::contact(u"Ilze"_qs, u"Ozola"_qs, u"ilze@example.lv"_qs,
                                                     u"+371 2000 0001"_qs));
        QVERIFY(id.ok());
        Contact c = contacts.get(*id).value();
        c.city = u"Cēsis"_qs;
        c.notes = u"first"_qs;
        QVERIFY(contacts.update(c).ok());
        QVERIFY(contacts.remove(*id).ok());
        QVERIFY(contacts.restore(*id).ok());
        c = contacts.get(*id).value();
        c.lastName = u"Ozoliņa"_qs;
        c.city = u"Valmiera"_qs;
        c.emails << EmailAddress{{}, u"home"_qs, u"ilze@home.lv"_qs};
        QVERIFY(contacts.update(c).ok());
        Log log;
        QVERIFY(exchange(log, ra).ok());

        QList<Change> changes = log.changes;
        int cityAt = -1;
        for (int i = 0; i < changes.size(); ++i) {
            if (changes[i].column == u"city")
                cityAt = i;
        }
        QVERIFY(cityAt >= 0);
        // Another laptop's older write of the city (it loses), and a change delivered twice.
        Change stale = changes[cityAt];
        stale.device = QByteArray(16, '\x01');
        stale.counter = 1;
        stale.hlc = changes[cityAt].hlc - 1;
        stale.value = u"Liepāja"_qs;
        stale.serverSeq = changes.size() + 1;
        changes << stale << changes[cityAt];
        PullResponse page;
        page.changes = changes;
        page.next = changes.size() + 1;

        SyncReport wholeReport, singleReport;
        QVERIFY(rw.apply(page, wholeReport).ok());
        for (const Change &one : std::as_const(changes)) {
            PullResponse p;
            p.changes = {one};
            p.next = one.serverSeq;
            QVERIFY(rs.apply(p, singleReport).ok());
        }
        QCOMPARE(wholeReport.pulled, changes.size() - 1); // the repeated one is skipped
        QCOMPARE(wholeReport.pulled, singleReport.pulled);
        QCOMPARE(wholeReport.applied, singleReport.applied);
        QCOMPARE(whole.changeCount(), single.changeCount());

        for (const TestDatabase *db : {&whole, &single}) {
            auto got = ContactRepository(db->db()).get(*id);
            QVERIFY(got.ok());
            QCOMPARE(got->lastName, u"Ozoliņa"_qs);
            QCOMPARE(got->city, u"Valmiera"_qs);
            QCOMPARE(got->notes, u"first"_qs);
            QVERIFY(!got->deleted);
            QCOMPARE(got->emails.size(), 2);
            QCOMPARE(db->scalar(u"SELECT local_sort_name FROM contacts WHERE id = ?"_qs, {*id}),
                     a.scalar(u"SELECT local_sort_name FROM contacts WHERE id = ?"_qs, {*id}));
            QCOMPARE(db->scalar(u"SELECT hlc FROM field_clocks WHERE row = ? AND col = 'city'"_qs,
                                {*id}),
                     QVariant(qint64(changes[cityAt].hlc)));
            auto hits = SearchService(db->db()).search(u"ozolina valmiera"_qs);
            QVERIFY(hits.ok());
            QCOMPARE(hits->size(), 1);
            QCOMPARE(SearchService(db->db()).search(u"cesis"_qs)->size(), 0);
            QCOMPARE(LocalReplica(db->db()).pendingCount().value(), 0);
        }
    }
    // A big page (a new laptop's first sync) sets the capture triggers aside while it is
    // applied and writes its log entries in groups: it must leave exactly what the same
    // changes applied one page each leave — rows, clocks, log, search, and every trigger
    // back with its SQL — and the triggers must capture local edits afterwards.
    void aBigPageLeavesWhatSmallPagesLeave()
    {
        TestDatabase a, whole, single;
        LocalReplica ra(a.db()), rw(whole.db()), rs(single.db());
        QList<Contact> many;
        for (int i = 0; i < 90; ++i) {
            Contact c = crm::test::contact(u"Ilze"_qs, u"Ozola " + QString::number(i),
                                           u"ilze" + QString::number(i) + u"@example.lv",
                                           u"+371 2000 " + QString::number(1000 + i));
            c.tags = {u"VIP"_qs};
            many << c;
        }
        QVERIFY(ContactRepository(a.db()).createMany(many).ok());
        // And an edit of each (captured by the update triggers), so the page edits too.
        a.scalar(u"UPDATE contacts SET city = 'Cēsis ' || rid"_qs);
        QCOMPARE(a.scalar(u"SELECT count(*) FROM change_log WHERE col = 'city'"_qs).toInt(), 90);
        Log log;
        QVERIFY(exchange(log, ra).ok());
        const int count = int(log.changes.size());
        // More than SetAsideFrom, and a last group of log entries that is not full.
        QVERIFY(count >= LocalReplica::SetAsideFrom);
        QVERIFY(count % 64 != 0);

        const QStringList triggersBefore = triggerNames(whole);
        QVERIFY(triggersBefore.contains(u"capture_contacts_insert"_qs));
        PullResponse page = log.since(0, rw.device());
        SyncReport wholeReport, singleReport;
        auto applied = rw.apply(page, wholeReport);
        QVERIFY2(applied.ok(), qPrintable(applied.error().message()));
        for (const Change &one : std::as_const(page.changes)) {
            PullResponse p;
            p.changes = {one};
            p.next = one.serverSeq;
            QVERIFY(rs.apply(p, singleReport).ok());
        }
        QCOMPARE(wholeReport.applied, singleReport.applied);
        QCOMPARE(whole.changeCount(), count);
        QCOMPARE(triggerNames(whole), triggersBefore);
        const QStringList expected = dumpReplica(single);
        QVERIFY(expected.size() > count);
        QCOMPARE(dumpReplica(whole), expected);

        // The triggers capture again: a local edit lands in the outbox.
        auto id = whole.scalar(u"SELECT id FROM contacts ORDER BY rid LIMIT 1"_qs).toByteArray();
        Contact edited = ContactRepository(whole.db()).get(id).value();
        edited.title = u"Valde"_qs;
        QVERIFY(ContactRepository(whole.db()).update(edited).ok());
        QCOMPARE(rw.pendingCount().value(), 1);
    }

    // A page's edits are applied a row at a time (its values and clocks read once, one
    // UPDATE per row): concurrent writes of one field in the same page, an edit of a row the
    // replica does not have, a repeated edit and columns with and without derived values
    // must leave what the same changes leave applied one at a time, log order included.
    void editsOfOneRowInOnePageLeaveWhatOneAtATimeLeaves()
    {
        TestDatabase a, whole, single;
        LocalReplica ra(a.db()), rw(whole.db()), rs(single.db());
        ContactRepository contacts(a.db());
        QList<QByteArray> ids;
        for (int i = 0; i < 3; ++i) {
            auto id =
                contacts.create(crm::test::contact(u"Anna"_qs, u"Kalniņa " + QString::number(i),
                                                   u"anna" + QString::number(i) + u"@example.lv"));
            QVERIFY(id.ok());
            ids << *id;
        }
        Log log;
        QVERIFY(exchange(log, ra).ok());
        const qsizetype created = log.changes.size();
        for (LocalReplica *r : {&rw, &rs}) {
            SyncReport first;
            QVERIFY(r->apply(log.since(0, r->device()), first).ok());
        }
        const QVariant stampedBefore =
            whole.scalar(u"SELECT local_updated_at FROM contacts WHERE id = ?"_qs, {ids[2]});
        QTest::qWait(5); // so a new stamp differs

        // Laptop A edits: two columns of the first contact, the city of the second, only the
        // notes of the third.
        for (int i = 0; i < 3; ++i) {
            Contact c = contacts.get(ids[i]).value();
            if (i < 2)
                c.city = u"Cēsis " + QString::number(i);
            if (i != 1)
                c.notes = u"from A " + QString::number(i);
            QVERIFY(contacts.update(c).ok());
        }
        QVERIFY(exchange(log, ra).ok());
        QList<Change> page = log.changes.mid(created);
        auto at = [&](const QByteArray &row, const QString &column) {
            for (const Change &c : std::as_const(page)) {
                if (c.row == row && c.column == column)
                    return c;
            }
            return Change{};
        };
        const Change city = at(ids[0], u"city"_qs);
        QVERIFY(!city.row.isEmpty());
        qint64 seq = log.changes.size();
        auto other = [&](Change c, char device, qint64 hlcDelta, const QString &value) {
            c.device = QByteArray(16, device);
            c.counter = ++seq;
            c.hlc = quint64(qint64(c.hlc) + hlcDelta);
            c.value = value;
            c.serverSeq = seq;
            return c;
        };
        // Laptop C wrote the city later (wins), laptop D earlier (loses even though it comes
        // after C's); B's edit of a contact this replica never had; A's city edit again.
        Change hidden = other(city, '\x05', 0, u"Tukums"_qs);
        hidden.row = Uuid::createV7();
        page << other(city, '\x03', 1000, u"Sigulda"_qs) << other(city, '\x04', -1000, u"Ogre"_qs)
             << hidden << city << other(at(ids[2], u"notes"_qs), '\x03', 5, u"from C"_qs);

        PullResponse whole1;
        whole1.changes = page;
        whole1.next = seq;
        SyncReport wholeReport, singleReport;
        auto applied = rw.apply(whole1, wholeReport);
        QVERIFY2(applied.ok(), qPrintable(applied.error().message()));
        for (const Change &one : std::as_const(page)) {
            PullResponse p;
            p.changes = {one};
            p.next = one.serverSeq;
            QVERIFY(rs.apply(p, singleReport).ok());
        }
        QCOMPARE(wholeReport.pulled, page.size() - 1); // A's repeated edit
        QCOMPARE(wholeReport.pulled, singleReport.pulled);
        QCOMPARE(wholeReport.applied, singleReport.applied);
        QCOMPARE(dumpReplica(whole), dumpReplica(single));

        const Contact first = ContactRepository(whole.db()).get(ids[0]).value();
        QCOMPARE(first.city, u"Sigulda"_qs);
        QCOMPARE(first.notes, u"from A 0"_qs);
        QCOMPARE(ContactRepository(whole.db()).get(ids[2])->notes, u"from C"_qs);
        // The history: D's losing write logged against the winner it lost to.
        QCOMPARE(whole.scalar(u"SELECT old_value FROM change_log WHERE new_value = 'Ogre'"_qs),
                 QVariant(u"Sigulda"_qs));
        // The hidden row's edit is not logged (its replay comes once the row is shared).
        QCOMPARE(
            whole.scalar(u"SELECT count(*) FROM change_log WHERE new_value = 'Tukums'"_qs).toInt(),
            0);
        // Only the notes changed: no refresh, yet the row is stamped as changed.
        QVERIFY(whole.scalar(u"SELECT local_updated_at FROM contacts WHERE id = ?"_qs, {ids[2]})
                    .toLongLong() > stampedBefore.toLongLong());
        QCOMPARE(SearchService(whole.db()).search(u"sigulda"_qs)->size(), 1);
        QCOMPARE(SearchService(whole.db()).search(u"cesis"_qs)->size(), 1); // the second contact
    }

    // A big page that fails part-way leaves nothing of itself, and its triggers in place.
    void aFailingBigPageLeavesNothing()
    {
        TestDatabase a, b;
        LocalReplica ra(a.db()), rb(b.db());
        QList<Contact> many;
        for (int i = 0; i < 150; ++i)
            many << crm::test::contact(u"Jānis"_qs, u"Bērziņš " + QString::number(i),
                                       u"janis" + QString::number(i) + u"@example.lv");
        QVERIFY(ContactRepository(a.db()).createMany(many).ok());
        Log log;
        QVERIFY(exchange(log, ra).ok());
        PullResponse page = log.since(0, rb.device());
        QVERIFY(page.changes.size() >= LocalReplica::SetAsideFrom);
        // The last change cannot be applied: its contact has no first name at all.
        Change broken = page.changes.first();
        QVERIFY(broken.isCreation());
        QCborMap fields = broken.value.toMap();
        fields.insert(u"first_name"_qs, QCborValue(QCborValue::Null));
        broken.value = fields;
        broken.row = Uuid::createV7();
        broken.counter = page.changes.last().counter + 1;
        broken.serverSeq = page.changes.last().serverSeq + 1;
        page.changes << broken;
        page.next = broken.serverSeq;

        const QStringList before = dumpReplica(b);
        SyncReport report;
        auto applied = rb.apply(page, report);
        QVERIFY(!applied.ok());
        QVERIFY2(applied.error().message().contains(u"contacts"_qs),
                 qPrintable(applied.error().message()));
        QCOMPARE(dumpReplica(b), before);
        QCOMPARE(rb.pullCursor().value(), 0);
        // The same page without the broken change applies whole.
        page.changes.removeLast();
        QVERIFY(rb.apply(page, report).ok());
        QCOMPARE(b.scalar(u"SELECT count(*) FROM contacts"_qs).toInt(), 150);
    }

    // A deferred refresh of more contacts than one batch reads the next batch ahead on a
    // connection of its own while it writes the one before: it must leave what refreshing
    // each page as it is applied leaves — sort keys, company names and search entries.
    void aDeferredRefreshLeavesWhatAnImmediateOneLeaves()
    {
        TestDatabase a, deferred, immediate;
        LocalReplica ra(a.db()), rd(deferred.db()), ri(immediate.db());
        const Log log = editedContacts(a, ra, 4500); // three batches of the refresh
        PullResponse page = log.since(0, rd.device());
        SyncReport report;
        QVERIFY(ri.apply(page, report).ok());
        QVERIFY(rd.beginDeferredRefresh().ok());
        QVERIFY(rd.apply(page, report).ok());
        QCOMPARE(rd.deferredCount(), 4500);
        // Deferred: neither the sort keys nor the search entries are there yet.
        QCOMPARE(deferred
                     .scalar(u"SELECT count(*) FROM contacts WHERE local_sort_name LIKE "
                             u"'kalnina%'"_qs)
                     .toInt(),
                 0);
        QList<int> batches;
        rd.setRefreshBatchHookForTesting([&](int batch) { batches << batch; });
        auto refreshed = rd.refreshDeferred();
        QVERIFY2(refreshed.ok(), qPrintable(refreshed.error().message()));
        rd.endDeferredRefresh();
        QCOMPARE(batches, (QList<int>{0, 1, 2}));
        QCOMPARE(deferred
                     .scalar(u"SELECT count(*) FROM contacts WHERE local_sort_name LIKE "
                             u"'kalnina%'"_qs)
                     .toInt(),
                 4500);
        QCOMPARE(SearchService(deferred.db()).search(u"kalnina 4321 sigulda"_qs)->size(), 1);
        QCOMPARE(dumpReplica(deferred), dumpReplica(immediate));
    }

    // What the refresh read ahead is stale once another connection wrote between the read
    // and its batch's write (here: Laila renamed in the app): that batch is read again.
    void aDeferredRefreshReadsAgainWhatAnotherConnectionChanged()
    {
        TestDatabase a, b;
        LocalReplica ra(a.db()), rb(b.db());
        const Log log = editedContacts(a, ra, 2500);
        SyncReport report;
        QVERIFY(rb.beginDeferredRefresh().ok());
        QVERIFY(rb.apply(log.since(0, rb.device()), report).ok());
        // The due contacts are refreshed in id order: the last one is in the second batch.
        const QByteArray last =
            b.scalar(u"SELECT id FROM contacts ORDER BY id DESC LIMIT 1"_qs).toByteArray();
        const QString before =
            b.scalar(u"SELECT last_name FROM contacts WHERE id = ?"_qs, {last}).toString();
        QVERIFY(before.startsWith(u"Kalniņa "_qs));
        bool renamed = false;
        rb.setRefreshBatchHookForTesting([&](int batch) {
            if (batch != 0)
                return;
            // The app's thread, with its own connection.
            renamed = QtConcurrent::run([db = b.db(), last] {
                          ContactRepository contacts(db);
                          auto stored = contacts.get(last);
                          bool ok = false;
                          if (stored) {
                              Contact c = *stored;
                              c.lastName = u"Zvaigzne"_qs;
                              ok = contacts.update(c).ok();
                          }
                          db->closeConnection();
                          return ok;
                      }).result();
        });
        auto refreshed = rb.refreshDeferred();
        QVERIFY2(refreshed.ok(), qPrintable(refreshed.error().message()));
        rb.endDeferredRefresh();
        QVERIFY(renamed);
        QVERIFY(b.scalar(u"SELECT local_sort_name FROM contacts WHERE id = ?"_qs, {last})
                    .toString()
                    .startsWith(u"zvaigzne"_qs));
        const auto hits = SearchService(b.db()).search(u"zvaigzne"_qs);
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 1);
        QCOMPARE(SearchService(b.db()).search(before)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLocalReplica)
#include "tst_localreplica.moc"
