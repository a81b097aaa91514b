// SPDX-License-Identifier: GPL-3.0-or-later
// The server's contract, run on SQLite and on a real PostgreSQL started by the test:
// accounts and tokens, gapless and idempotent push, last-writer-wins, conflict records,
// clamped clocks, visibility on push and pull, paged pull.
#include "accountservice.h"
#include "postgresfixture.h"
#include "serverstore.h"
#include "syncservice.h"

#include "common/uuid.h"
#include "domain/pipeline.h"
#include "storage/hybridlogicalclock.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace crm::server;
using crm::core::HybridLogicalClock;
namespace DefaultPipeline = crm::core::DefaultPipeline;
using crm::core::sync::Change;
using crm::core::sync::LoginRequest;
using crm::core::sync::PullResponse;
using crm::core::sync::PushRequest;
using crm::core::sync::PushResponse;
using crm::core::sync::PushResult;
using crm::core::sync::PushStatus;

namespace {

QByteArray id(char last, char first = 0)
{
    QByteArray b(16, 0);
    b[0] = first;
    b[15] = last;
    return b;
}

const QByteArray DevA = id(1, 0x10);  // anna's laptop
const QByteArray DevB = id(2, 0x20);  // bob's laptop (bob's device id sorts after anna's)
const QByteArray DevC = id(3, 0x30);  // carl's laptop, another team
const QByteArray DevA2 = id(4, 0x11); // anna's second laptop

} // namespace

class tst_ServerConformance : public QObject
{
    Q_OBJECT
public:
    explicit tst_ServerConformance(bool postgres)
        : m_postgres(postgres)
    {}

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void login();
    void tokens();
    void pushAssignsGaplessSequence();
    void retriedPushGetsSameAnswers();
    void lastWriterWins();
    void conflictForConcurrentValues();
    void noConflictForEqualOrSequentialValues();
    void editVersusDelete();
    void deleteVersusEdit();
    void farFutureClockIsClamped();
    void clampedClocksKeepTheWritersOrder();
    void privateRecordStaysPrivate();
    void teamRecordReachesTeamOnly();
    void visibilityChangeOpensRecord();
    void pullPagesAndResumes();
    void pullPageEndsBeforeItsValuesGrowTooLarge();
    void ownChangesExcludedCursorAdvances();
    void pushFromAnotherDeviceRefused();
    void seededPipelineAcceptedOnFirstEdit();
    void upgradesFromSchemaVersion1();
    void unsharingWithdrawsTheRecord();
    void oneBatchAnswersAsOneChangeAtATime();
    void manyRowWritesStoreWhatOneRowWritesStore();
    void aFastGrowingStoreKeepsItsPlannerInformed();

private:
    Session loginAs(const QString &user, const QByteArray &device);
    PushResponse push(const Session &s, const QList<Change> &changes);
    PullResponse pull(const Session &s, qint64 since = 0, int limit = 0);
    QList<Change> pullAll(const Session &s);
    Change creation(const QByteArray &device, qint64 counter, const QString &table,
                    const QByteArray &row, const QCborMap &fields, const QByteArray &scope = {});
    Change edit(const QByteArray &device, qint64 counter, const QString &table,
                const QByteArray &row, const QString &column, const QCborValue &value,
                qint64 baseSeq, quint64 hlc = 0);
    QCborValue fieldValue(const QString &table, const QByteArray &row, const QString &column);
    QList<QCborMap> conflicts(const Session &s);
    quint64 hlcAt(qint64 offsetMs) const { return HybridLogicalClock::make(m_now + offsetMs, 0); }

    bool m_postgres;
    PostgresFixture m_pg;
    QTemporaryDir m_dir;
    int m_databases = 0;
    qint64 m_now = 1'700'000'000'000;
    std::unique_ptr<ServerStore> m_store;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<SyncService> m_sync;
    Session m_anna, m_bob, m_carl;
};

void tst_ServerConformance::initTestCase()
{
    qputenv("CRM_SERVER_FAST_HASH", "1");
    if (m_postgres) {
        QString skip, error;
        if (!m_pg.start(&skip, &error)) {
            if (!skip.isEmpty())
                QSKIP(qPrintable(skip));
            QFAIL(qPrintable(QStringLiteral("PostgreSQL did not start: ") + error));
        }
    }
}

void tst_ServerConformance::cleanupTestCase()
{
    m_pg.stop();
}

void tst_ServerConformance::init()
{
    QString spec;
    if (m_postgres) {
        QString error;
        spec = m_pg.createDatabase(&error);
        QVERIFY2(!spec.isEmpty(), qPrintable(error));
    } else {
        spec = QStringLiteral("sqlite:") +
               m_dir.filePath(QStringLiteral("server%1.sqlite").arg(++m_databases));
    }
    auto store = ServerStore::open(spec);
    QVERIFY2(store, qPrintable(store.error().message()));
    m_store = std::move(store).value();
    auto wall = [this] { return m_now; };
    m_accounts = std::make_unique<AccountService>(*m_store, wall);
    m_sync = std::make_unique<SyncService>(*m_store, wall);
    QVERIFY(m_accounts->addUser(QStringLiteral("anna"), QStringLiteral("sales"),
                                QStringLiteral("anna-pw")));
    QVERIFY(m_accounts->addUser(QStringLiteral("bob"), QStringLiteral("sales"),
                                QStringLiteral("bob-pw")));
    QVERIFY(m_accounts->addUser(QStringLiteral("carl"), QStringLiteral("support"),
                                QStringLiteral("carl-pw")));
    m_anna = loginAs(QStringLiteral("anna"), DevA);
    m_bob = loginAs(QStringLiteral("bob"), DevB);
    m_carl = loginAs(QStringLiteral("carl"), DevC);
    QCOMPARE(m_bob.team, QStringLiteral("sales"));
}

void tst_ServerConformance::cleanup()
{
    m_sync.reset();
    m_accounts.reset();
    m_store.reset();
}

Session tst_ServerConformance::loginAs(const QString &user, const QByteArray &device)
{
    auto r = m_accounts->login(
        LoginRequest{user, user + QStringLiteral("-pw"), device, QStringLiteral("laptop")});
    if (!r) {
        QTest::qFail(qPrintable(r.refusal().reason), __FILE__, __LINE__);
        return {};
    }
    auto s = m_accounts->authenticate("Bearer " + r->token.toLatin1());
    if (!s) {
        QTest::qFail(qPrintable(s.refusal().reason), __FILE__, __LINE__);
        return {};
    }
    return *s;
}

PushResponse tst_ServerConformance::push(const Session &s, const QList<Change> &changes)
{
    auto r = m_sync->push(s, PushRequest{s.device, changes});
    if (!r) {
        QTest::qFail(qPrintable(r.refusal().reason), __FILE__, __LINE__);
        return {};
    }
    return *r;
}

PullResponse tst_ServerConformance::pull(const Session &s, qint64 since, int limit)
{
    auto r = m_sync->pull(s, since, limit);
    if (!r) {
        QTest::qFail(qPrintable(r.refusal().reason), __FILE__, __LINE__);
        return {};
    }
    return *r;
}

QList<Change> tst_ServerConformance::pullAll(const Session &s)
{
    QList<Change> all;
    qint64 since = 0;
    for (int page = 0; page < 100; ++page) {
        const PullResponse r = pull(s, since);
        all += r.changes;
        since = r.next;
        if (!r.more)
            break;
    }
    return all;
}

Change tst_ServerConformance::creation(const QByteArray &device, qint64 counter,
                                       const QString &table, const QByteArray &row,
                                       const QCborMap &fields, const QByteArray &scope)
{
    Change c;
    c.device = device;
    c.counter = counter;
    c.hlc = hlcAt(counter);
    c.txn = counter;
    c.table = table;
    c.row = row;
    c.value = fields;
    c.scope = scope;
    return c;
}

Change tst_ServerConformance::edit(const QByteArray &device, qint64 counter, const QString &table,
                                   const QByteArray &row, const QString &column,
                                   const QCborValue &value, qint64 baseSeq, quint64 hlc)
{
    Change c;
    c.device = device;
    c.counter = counter;
    c.hlc = hlc ? hlc : hlcAt(counter);
    c.txn = counter;
    c.table = table;
    c.row = row;
    c.column = column;
    c.value = value;
    c.baseSeq = baseSeq;
    return c;
}

QCborValue tst_ServerConformance::fieldValue(const QString &table, const QByteArray &row,
                                             const QString &column)
{
    auto f = m_store->field(table, row, column);
    if (!f || !f->has_value())
        return QCborValue(QCborValue::Undefined);
    return QCborValue::fromCbor((*f)->value);
}

QList<QCborMap> tst_ServerConformance::conflicts(const Session &s)
{
    QList<QCborMap> out;
    for (const Change &c : pullAll(s)) {
        if (c.table == u"conflicts" && c.isCreation())
            out << c.value.toMap();
    }
    return out;
}

namespace {

const QString Contacts = QStringLiteral("contacts");
const QByteArray Contact1 = id(0x41, 0x01);
const QByteArray Contact2 = id(0x42, 0x01);

QCborMap contactFields(const QString &name, const QString &visibility = QStringLiteral("team"))
{
    QCborMap m;
    m.insert(QStringLiteral("name"), name);
    m.insert(QStringLiteral("phone"), QStringLiteral("+371 1111"));
    m.insert(QStringLiteral("owner"), QStringLiteral(""));
    m.insert(QStringLiteral("visibility"), visibility);
    m.insert(QStringLiteral("deleted"), 0);
    return m;
}

} // namespace

void tst_ServerConformance::login()
{
    auto ok = m_accounts->login(LoginRequest{QStringLiteral("anna"), QStringLiteral("anna-pw"),
                                             DevA2, QStringLiteral("x")});
    QVERIFY(ok);
    QCOMPARE(ok->user, QStringLiteral("anna"));
    QCOMPARE(ok->team, QStringLiteral("sales"));
    QCOMPARE(ok->token.size(), 43); // 32 bytes, base64url without padding

    auto wrong = m_accounts->login(
        LoginRequest{QStringLiteral("anna"), QStringLiteral("nope"), DevA2, QStringLiteral("x")});
    QVERIFY(!wrong);
    QCOMPARE(wrong.refusal().status, 401);
    auto unknown = m_accounts->login(
        LoginRequest{QStringLiteral("zoe"), QStringLiteral("nope"), id(9), QStringLiteral("x")});
    QCOMPARE(unknown.refusal().status, 401);
    QCOMPARE(unknown.refusal().reason, wrong.refusal().reason); // no hint which one was wrong

    // bob's device cannot be taken over by anna.
    auto taken = m_accounts->login(
        LoginRequest{QStringLiteral("anna"), QStringLiteral("anna-pw"), DevB, QStringLiteral("x")});
    QCOMPARE(taken.refusal().status, 403);
    QVERIFY2(taken.refusal().reason.contains(u"another user"), qPrintable(taken.refusal().reason));

    // A disabled user can neither log in nor use a token it already has.
    QVERIFY(m_accounts->disableUser(QStringLiteral("bob")));
    auto disabled = m_accounts->login(
        LoginRequest{QStringLiteral("bob"), QStringLiteral("bob-pw"), DevB, QStringLiteral("x")});
    QCOMPARE(disabled.refusal().status, 403);
    auto wrongWhileDisabled = m_accounts->login(
        LoginRequest{QStringLiteral("bob"), QStringLiteral("bad"), DevB, QStringLiteral("x")});
    QCOMPARE(wrongWhileDisabled.refusal().status, 401);

    // A new password replaces the old one.
    QVERIFY(m_accounts->setPassword(QStringLiteral("carl"), QStringLiteral("new-pw")));
    QCOMPARE(
        m_accounts->login(LoginRequest{QStringLiteral("carl"), QStringLiteral("carl-pw"), DevC, {}})
            .refusal()
            .status,
        401);
    QVERIFY(m_accounts->login(
        LoginRequest{QStringLiteral("carl"), QStringLiteral("new-pw"), DevC, {}}));
    QVERIFY(!m_accounts->addUser(QStringLiteral("anna"), {}, QStringLiteral("x")));
}

void tst_ServerConformance::tokens()
{
    auto login = m_accounts->login(LoginRequest{QStringLiteral("anna"), QStringLiteral("anna-pw"),
                                                DevA2, QStringLiteral("x")});
    QVERIFY(login);
    const QByteArray header = "Bearer " + login->token.toLatin1();
    QVERIFY(m_accounts->authenticate(header));
    QCOMPARE(m_accounts->authenticate({}).refusal().status, 401);
    QCOMPARE(m_accounts->authenticate("Bearer nonsense").refusal().status, 401);

    // A second login replaces the device's token.
    auto again = m_accounts->login(LoginRequest{QStringLiteral("anna"), QStringLiteral("anna-pw"),
                                                DevA2, QStringLiteral("x")});
    QVERIFY(again);
    QCOMPARE(m_accounts->authenticate(header).refusal().status, 401);
    const QByteArray header2 = "Bearer " + again->token.toLatin1();
    QVERIFY(m_accounts->authenticate(header2));

    // Revoked.
    QVERIFY(m_accounts->revokeDevice(QString::fromLatin1(DevA2.toHex())));
    auto revoked = m_accounts->authenticate(header2);
    QCOMPARE(revoked.refusal().status, 401);
    QVERIFY2(revoked.refusal().reason.contains(u"revoked"), qPrintable(revoked.refusal().reason));
    auto devices = m_accounts->devices(QStringLiteral("anna"));
    QVERIFY(devices);
    QCOMPARE(devices->size(), 2);

    // Expired.
    m_accounts->setTokenLifetimeMs(1000);
    auto shortLived = m_accounts->login(LoginRequest{
        QStringLiteral("anna"), QStringLiteral("anna-pw"), DevA2, QStringLiteral("x")});
    QVERIFY(shortLived);
    const QByteArray header3 = "Bearer " + shortLived->token.toLatin1();
    QVERIFY(m_accounts->authenticate(header3));
    m_now += 1000;
    auto expired = m_accounts->authenticate(header3);
    QCOMPARE(expired.refusal().status, 401);
    QVERIFY2(expired.refusal().reason.contains(u"expired"), qPrintable(expired.refusal().reason));

    // Disabled user with a valid token.
    m_accounts->setTokenLifetimeMs(3600 * 1000);
    QVERIFY(m_accounts->disableUser(QStringLiteral("carl")));
    auto carl = m_accounts->login(
        LoginRequest{QStringLiteral("bob"), QStringLiteral("bob-pw"), DevB, QStringLiteral("x")});
    QVERIFY(carl);
    QVERIFY(m_accounts->disableUser(QStringLiteral("bob")));
    QCOMPARE(m_accounts->authenticate("Bearer " + carl->token.toLatin1()).refusal().status, 403);
}

void tst_ServerConformance::pushAssignsGaplessSequence()
{
    const PushResponse first =
        push(m_anna, {creation(DevA, 1, Contacts, Contact1, contactFields(QStringLiteral("Jānis"))),
                      edit(DevA, 2, Contacts, Contact1, QStringLiteral("phone"), u"+371 2"_qs, 1),
                      // rejected (unknown record): no number is used up
                      edit(DevA, 3, Contacts, id(0x77), QStringLiteral("phone"), u"x"_qs, 0),
                      edit(DevA, 4, Contacts, Contact1, QStringLiteral("name"), u"Jānis B"_qs, 1)});
    QCOMPARE(first.results.size(), 4);
    QCOMPARE(first.results[0], (PushResult{1, PushStatus::Applied, 1, {}, 0}));
    QCOMPARE(first.results[1], (PushResult{2, PushStatus::Applied, 2, {}, 0}));
    QCOMPARE(first.results[2].status, PushStatus::Rejected);
    QCOMPARE(first.results[2].serverSeq, 0);
    QVERIFY2(first.results[2].reason.startsWith(u"contacts 00000000: unknown record"),
             qPrintable(first.results[2].reason));
    QCOMPARE(first.results[3], (PushResult{4, PushStatus::Applied, 3, {}, 0}));
    QVERIFY(first.hlc >= hlcAt(4));

    const PushResponse second =
        push(m_bob, {creation(DevB, 1, Contacts, Contact2, contactFields(QStringLiteral("Ola")))});
    QCOMPARE(second.results[0].serverSeq, 4);

    // Everything applied is in the log, in order and without gaps.
    const QList<Change> seen = pullAll(m_carl.team == u"sales" ? m_carl : m_bob);
    QList<qint64> seqs;
    for (const Change &c : pullAll(loginAs(QStringLiteral("anna"), DevA2)))
        seqs << c.serverSeq;
    QCOMPARE(seqs, (QList<qint64>{1, 2, 3, 4}));
    QCOMPARE(seen.size(), 3); // bob sees anna's three, not his own
}

void tst_ServerConformance::retriedPushGetsSameAnswers()
{
    QCborMap privateFields = contactFields(QStringLiteral("Mine"), QStringLiteral("private"));
    push(m_anna, {creation(DevA, 1, Contacts, Contact1, privateFields)});
    const QList<Change> batch{
        creation(DevB, 1, Contacts, Contact2, contactFields(QStringLiteral("Ola"))),
        edit(DevB, 2, Contacts, Contact2, QStringLiteral("phone"), u"+48 1"_qs, 2),
        edit(DevB, 3, Contacts, Contact1, QStringLiteral("phone"), u"+48 2"_qs, 1), // private
    };
    const PushResponse first = push(m_bob, batch);
    QCOMPARE(first.results[0].status, PushStatus::Applied);
    QCOMPARE(first.results[2].status, PushStatus::Rejected);
    const QList<Change> logBefore = pullAll(m_carl.team == u"x" ? m_carl : m_anna);

    const PushResponse retry = push(m_bob, batch);
    QCOMPARE(retry.results.size(), 3);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(retry.results[i].status, PushStatus::Duplicate);
        QCOMPARE(retry.results[i].serverSeq, first.results[i].serverSeq);
        QCOMPARE(retry.results[i].counter, first.results[i].counter);
    }
    QCOMPARE(retry.results[2], first.results[2]);
    QCOMPARE(pullAll(m_anna), logBefore);
    QCOMPARE(fieldValue(Contacts, Contact2, QStringLiteral("phone")).toString(), u"+48 1"_qs);
    QCOMPARE(fieldValue(Contacts, Contact1, QStringLiteral("phone")).toString(), u"+371 1111"_qs);

    // A retry that carries one more change: the old ones are duplicates, the new one applies.
    QList<Change> longer = batch;
    longer << edit(DevB, 4, Contacts, Contact2, QStringLiteral("name"), u"Ola N"_qs, 2);
    const PushResponse third = push(m_bob, longer);
    QCOMPARE(third.results[3].status, PushStatus::Applied);
    QCOMPARE(third.results[3].serverSeq, first.results[1].serverSeq + 1);
}

void tst_ServerConformance::lastWriterWins()
{
    push(m_anna, {creation(DevA, 1, Contacts, Contact1, contactFields(QStringLiteral("Base")))});
    // anna writes at +100 ms, bob at +50 ms but pushes later: anna's value stays.
    push(m_anna,
         {edit(DevA, 2, Contacts, Contact1, QStringLiteral("name"), u"Anna's"_qs, 1, hlcAt(100))});
    const PushResponse late = push(m_bob, {edit(DevB, 1, Contacts, Contact1, QStringLiteral("name"),
                                                u"Bob's"_qs, 1, hlcAt(50))});
    QCOMPARE(late.results[0].status, PushStatus::Applied); // stored in the log although it lost
    QCOMPARE(fieldValue(Contacts, Contact1, QStringLiteral("name")).toString(), u"Anna's"_qs);
    // The losing change still reaches anna, so her replica can apply LWW itself.
    bool found = false;
    for (const Change &c : pullAll(m_anna))
        found = found || (c.column == u"name" && c.value.toString() == u"Bob's");
    QVERIFY(found);

    // The same clock: the larger device id wins (bob's sorts after anna's).
    push(m_anna,
         {edit(DevA, 3, Contacts, Contact1, QStringLiteral("phone"), u"A"_qs, 1, hlcAt(200))});
    push(m_bob,
         {edit(DevB, 2, Contacts, Contact1, QStringLiteral("phone"), u"B"_qs, 1, hlcAt(200))});
    QCOMPARE(fieldValue(Contacts, Contact1, QStringLiteral("phone")).toString(), u"B"_qs);
    push(m_anna,
         {edit(DevA, 4, Contacts, Contact1, QStringLiteral("phone"), u"A2"_qs, 1, hlcAt(200))});
    QCOMPARE(fieldValue(Contacts, Contact1, QStringLiteral("phone")).toString(), u"B"_qs);
}

void tst_ServerConformance::conflictForConcurrentValues()
{
    push(m_anna, {creation(DevA, 1, Contacts, Contact1, contactFields(QStringLiteral("Base")))});
    // Both saw seq 1 and changed the phone to different values.
    push(m_anna,
         {edit(DevA, 2, Contacts, Contact1, QStringLiteral("phone"), u"+371 A"_qs, 1, hlcAt(100))});
    const PushResponse r = push(m_bob, {edit(DevB, 1, Contacts, Contact1, QStringLiteral("phone"),
                                             u"+371 B"_qs, 1, hlcAt(50))});
    QCOMPARE(r.results[0].serverSeq, 3);
    const QList<QCborMap> found = conflicts(m_anna);
    QCOMPARE(found.size(), 1);
    const QCborMap c = found.first();
    QCOMPARE(c.value(u"tbl"_qs).toString(), Contacts);
    QCOMPARE(c.value(u"row"_qs).toByteArray(), Contact1);
    QCOMPARE(c.value(u"col"_qs).toString(), u"phone"_qs);
    QCOMPARE(c.value(u"kind"_qs).toString(), u"value"_qs);
    QCOMPARE(c.value(u"winner_value"_qs).toString(), u"+371 A"_qs);
    QCOMPARE(c.value(u"winner_device"_qs).toByteArray(), DevA);
    QCOMPARE(c.value(u"winner_author"_qs).toString(), u"anna"_qs);
    QCOMPARE(quint64(c.value(u"winner_hlc"_qs).toInteger()), hlcAt(100));
    QCOMPARE(c.value(u"loser_value"_qs).toString(), u"+371 B"_qs);
    QCOMPARE(c.value(u"loser_device"_qs).toByteArray(), DevB);
    QCOMPARE(c.value(u"loser_author"_qs).toString(), u"bob"_qs);
    QCOMPARE(quint64(c.value(u"loser_hlc"_qs).toInteger()), hlcAt(50));
    QCOMPARE(c.value(u"created_at"_qs).toInteger(), m_now);
    QCOMPARE(c.value(u"state"_qs).toString(), u"open"_qs);
    QCOMPARE(c.value(u"resolution"_qs).toString(), u""_qs);
    QCOMPARE(c.value(u"deleted"_qs).toInteger(), 0);
    QCOMPARE(c.size(), 16);

    // The conflict record is an ordinary synced row: by the server's device, after the change,
    // scoped to the conflicted record, and bob sees it too.
    QList<Change> all = pullAll(m_bob);
    QCOMPARE(all.size(), 3); // anna's creation and edit, the conflict (not bob's own change)
    const Change record = all.last();
    QCOMPARE(record.table, u"conflicts"_qs);
    QCOMPARE(record.serverSeq, 4);
    QCOMPARE(record.author, u"server"_qs);
    QCOMPARE(record.scope, Contact1);
    QCOMPARE(record.counter, 1);
    QCOMPARE(record.device, m_store->serverDevice());
    QVERIFY(record.device != DevA && record.device != DevB);
    QVERIFY(all.at(1).serverSeq < record.serverSeq);

    // carl (another team) sees neither the record nor its conflict.
    QVERIFY(pullAll(m_carl).isEmpty());

    // Resolving it is an ordinary edit of the conflict row.
    const PushResponse resolved = push(m_bob, {edit(DevB, 2, u"conflicts"_qs, record.row,
                                                    u"state"_qs, u"resolved"_qs, 4, hlcAt(1000))});
    QCOMPARE(resolved.results[0].status, PushStatus::Applied);
    QCOMPARE(fieldValue(u"conflicts"_qs, record.row, u"state"_qs).toString(), u"resolved"_qs);

    // A second conflict gets the server device's next counter.
    push(m_anna, {edit(DevA, 3, Contacts, Contact1, QStringLiteral("name"), u"NA"_qs, 1)});
    push(m_bob, {edit(DevB, 3, Contacts, Contact1, QStringLiteral("name"), u"NB"_qs, 1)});
    all = pullAll(m_anna);
    QCOMPARE(all.last().table, u"conflicts"_qs);
    QCOMPARE(all.last().counter, 2);
}

void tst_ServerConformance::noConflictForEqualOrSequentialValues()
{
    push(m_anna, {creation(DevA, 1, Contacts, Contact1, contactFields(QStringLiteral("Base")))});
    // Concurrent, same value.
    push(m_anna, {edit(DevA, 2, Contacts, Contact1, QStringLiteral("phone"), u"same"_qs, 1)});
    push(m_bob, {edit(DevB, 1, Contacts, Contact1, QStringLiteral("phone"), u"same"_qs, 1)});
    // Sequential: bob had seen anna's edit (seq 2, then his own seq 3).
    push(m_anna, {edit(DevA, 3, Contacts, Contact1, QStringLiteral("name"), u"A"_qs, 1)});
    push(m_bob, {edit(DevB, 2, Contacts, Contact1, QStringLiteral("name"), u"B"_qs, 4, hlcAt(50))});
    // The same device twice without pulling in between.
    push(m_anna, {edit(DevA, 4, Contacts, Contact1, QStringLiteral("phone"), u"A1"_qs, 2),
                  edit(DevA, 5, Contacts, Contact1, QStringLiteral("phone"), u"A2"_qs, 2)});
    // Different fields of one record never conflict.
    push(m_anna, {edit(DevA, 6, Contacts, Contact1, QStringLiteral("city"), u"Rīga"_qs, 0)});
    push(m_bob, {edit(DevB, 3, Contacts, Contact1, QStringLiteral("street"), u"Iela"_qs, 0)});
    QVERIFY(conflicts(m_anna).isEmpty());
    QCOMPARE(fieldValue(Contacts, Contact1, QStringLiteral("name")).toString(), u"B"_qs);
}

void tst_ServerConformance::editVersusDelete()
{
    push(m_anna, {creation(DevA, 1, Contacts, Contact1, contactFields(QStringLiteral("Base")))});
    // anna deletes; bob, offline since seq 1, edits the phone.
    push(m_anna, {edit(DevA, 2, Contacts, Contact1, QStringLiteral("deleted"), 1, 1)});
    push(m_bob, {edit(DevB, 1, Contacts, Contact1, QStringLiteral("phone"), u"+1"_qs, 1)});
    const QList<QCborMap> found = conflicts(m_bob);
    QCOMPARE(found.size(), 1);
    const QCborMap c = found.first();
    QCOMPARE(c.value(u"kind"_qs).toString(), u"edit_delete"_qs);
    QCOMPARE(c.value(u"col"_qs).toString(), u"phone"_qs);
    QCOMPARE(c.value(u"winner_device"_qs).toByteArray(), DevA);
    QCOMPARE(c.value(u"winner_value"_qs).toInteger(), 1);
    QCOMPARE(c.value(u"loser_device"_qs).toByteArray(), DevB);
    QCOMPARE(c.value(u"loser_value"_qs).toString(), u"+1"_qs);
    // The edit is kept (the field), the record stays deleted.
    QCOMPARE(fieldValue(Contacts, Contact1, QStringLiteral("deleted")).toInteger(), 1);
    QCOMPARE(fieldValue(Contacts, Contact1, QStringLiteral("phone")).toString(), u"+1"_qs);

    // An edit by someone who had seen the delete is no conflict.
    push(m_bob, {edit(DevB, 2, Contacts, Contact1, QStringLiteral("name"), u"N"_qs, 2)});
    QCOMPARE(conflicts(m_bob).size(), 1);
}

void tst_ServerConformance::deleteVersusEdit()
{
    push(m_anna, {creation(DevA, 1, Contacts, Contact1, contactFields(QStringLiteral("Base")))});
    // bob edits; anna, who knew only seq 1 of the row, deletes it.
    push(m_bob, {edit(DevB, 1, Contacts, Contact1, QStringLiteral("phone"), u"+2"_qs, 1)});
    push(m_anna, {edit(DevA, 2, Contacts, Contact1, QStringLiteral("deleted"), 1, 1)});
    QList<QCborMap> found = conflicts(m_bob);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].value(u"kind"_qs).toString(), u"edit_delete"_qs);
    QCOMPARE(found[0].value(u"col"_qs).toString(), u"phone"_qs);
    QCOMPARE(found[0].value(u"winner_device"_qs).toByteArray(), DevA);
    QCOMPARE(found[0].value(u"loser_device"_qs).toByteArray(), DevB);
    QCOMPARE(found[0].value(u"loser_value"_qs).toString(), u"+2"_qs);

    // A delete by someone who had seen the edit (seq 2) is no conflict; neither is a restore.
    push(m_anna, {edit(DevA, 3, Contacts, Contact1, QStringLiteral("deleted"), 0, 3)});
    push(m_bob, {edit(DevB, 2, Contacts, Contact1, QStringLiteral("deleted"), 1, 5)});
    found = conflicts(m_anna);
    QCOMPARE(found.size(), 1);
}

void tst_ServerConformance::farFutureClockIsClamped()
{
    const qint64 inAYear = m_now + 365LL * 24 * 3600 * 1000;
    const quint64 future = HybridLogicalClock::make(inAYear, 7);
    Change c = creation(DevA, 1, Contacts, Contact1, contactFields(QStringLiteral("Future")));
    c.hlc = future;
    Change near = edit(DevA, 2, Contacts, Contact1, QStringLiteral("name"), u"Near"_qs, 1,
                       HybridLogicalClock::make(m_now + 60000, 0)); // within the skew: kept
    const PushResponse r = push(m_anna, {c, near});
    QCOMPARE(r.results[0].status, PushStatus::Applied);
    const quint64 clamped = HybridLogicalClock::make(m_now + crm::core::sync::MaxClockSkewMs, 7);
    QCOMPARE(r.results[0].hlc, clamped);
    QCOMPARE(r.results[1].hlc, quint64(0));
    // The server's clock has folded it in.
    QVERIFY(r.hlc > clamped);
    const QList<Change> seen = pullAll(m_bob);
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen[0].hlc, clamped);
    // A retry echoes the same stored clock.
    QCOMPARE(push(m_anna, {c}).results[0].hlc, clamped);
    // The far-future write does not win forever: a write after the clamp limit beats it.
    auto f = m_store->field(Contacts, Contact1, u"phone"_qs);
    QVERIFY(f && f->has_value());
    QCOMPARE((*f)->hlc, clamped);
}

// Found by the convergence simulator (seed 2): a laptop hours ahead created a row at clock
// (t, 5) and deleted it at (t + 1 ms, 0); both were clamped to the limit's millisecond with
// their own counters, so the delete got the smaller clock and lost to the creation on the
// server while the laptop kept it deleted.
void tst_ServerConformance::clampedClocksKeepTheWritersOrder()
{
    const qint64 inAnHour = m_now + 3600LL * 1000;
    Change created = creation(DevA, 1, Contacts, Contact1, contactFields(QStringLiteral("Ahead")));
    created.hlc = HybridLogicalClock::make(inAnHour, 5);
    const Change deleted = edit(DevA, 2, Contacts, Contact1, QStringLiteral("deleted"), 1, 0,
                                HybridLogicalClock::make(inAnHour + 1, 0));
    const PushResponse r = push(m_anna, {created, deleted});
    QCOMPARE(r.results[0].status, PushStatus::Applied);
    QCOMPARE(r.results[1].status, PushStatus::Applied);
    QVERIFY(r.results[0].hlc != 0);
    QVERIFY2(r.results[1].hlc > r.results[0].hlc, "the later write keeps the larger clock");
    QCOMPARE(fieldValue(Contacts, Contact1, u"deleted"_qs).toInteger(), 1);
}

void tst_ServerConformance::privateRecordStaysPrivate()
{
    const PushResponse created =
        push(m_anna, {creation(DevA, 1, Contacts, Contact1,
                               contactFields(QStringLiteral("Secret"), QStringLiteral("private"))),
                      creation(DevA, 2, u"emails"_qs, id(0x51),
                               QCborMap{{u"address"_qs, u"s@x.lv"_qs}}, Contact1)});
    QCOMPARE(created.results[1].status, PushStatus::Applied);
    // Never pulled by a teammate or anyone else.
    QVERIFY(pullAll(m_bob).isEmpty());
    QVERIFY(pullAll(m_carl).isEmpty());
    // anna's other laptop sees it.
    QCOMPARE(pullAll(loginAs(QStringLiteral("anna"), DevA2)).size(), 2);

    // bob's pushes touching it are rejected with a reason and stored nowhere.
    const PushResponse r = push(
        m_bob,
        {edit(DevB, 1, Contacts, Contact1, QStringLiteral("phone"), u"+9"_qs, 1),
         creation(DevB, 2, u"emails"_qs, id(0x52), QCborMap{{u"address"_qs, u"b@x"_qs}}, Contact1),
         creation(DevB, 3, Contacts, Contact1, contactFields(QStringLiteral("Overwrite")))});
    for (const PushResult &p : r.results) {
        QCOMPARE(p.status, PushStatus::Rejected);
        QCOMPARE(p.serverSeq, 0);
    }
    QCOMPARE(r.results[0].reason, u"contacts 01000000: private to another user"_qs);
    QVERIFY2(r.results[1].reason.endsWith(u": private to another user"),
             qPrintable(r.results[1].reason));
    QCOMPARE(fieldValue(Contacts, Contact1, QStringLiteral("phone")).toString(), u"+371 1111"_qs);
    QCOMPARE(fieldValue(Contacts, Contact1, QStringLiteral("name")).toString(), u"Secret"_qs);
    QCOMPARE(pullAll(loginAs(QStringLiteral("anna"), DevA2)).size(), 2);

    // bob cannot create a record owned by carl (another team) either.
    QCborMap foreign = contactFields(QStringLiteral("Carl's"));
    foreign.insert(u"owner"_qs, u"carl"_qs);
    const PushResponse f = push(m_bob, {creation(DevB, 4, Contacts, Contact2, foreign)});
    QCOMPARE(f.results[0].status, PushStatus::Rejected);
    QVERIFY2(f.results[0].reason.contains(u"not in your team"), qPrintable(f.results[0].reason));
}

void tst_ServerConformance::teamRecordReachesTeamOnly()
{
    push(m_anna,
         {creation(DevA, 1, Contacts, Contact1, contactFields(QStringLiteral("Shared"))),
          creation(DevA, 2, u"tags"_qs, id(0x61), QCborMap{{u"name"_qs, u"vip"_qs}}),
          creation(DevA, 3, u"phones"_qs, id(0x62), QCborMap{{u"number"_qs, u"+1"_qs}}, Contact1)});
    QCOMPARE(pullAll(m_bob).size(), 3);
    QVERIFY(pullAll(m_carl).isEmpty());
    const PushResponse r =
        push(m_carl, {edit(DevC, 1, Contacts, Contact1, QStringLiteral("name"), u"X"_qs, 1),
                      edit(DevC, 2, u"tags"_qs, id(0x61), QStringLiteral("name"), u"X"_qs, 2)});
    QCOMPARE(r.results[0].status, PushStatus::Rejected);
    QCOMPARE(r.results[0].reason, u"contacts 01000000: belongs to another team"_qs);
    QCOMPARE(r.results[1].status, PushStatus::Rejected);
    // bob, a teammate, may edit it; anna receives his edit.
    const PushResponse b =
        push(m_bob, {edit(DevB, 1, Contacts, Contact1, QStringLiteral("name"), u"Bob"_qs, 1)});
    QCOMPARE(b.results[0].status, PushStatus::Applied);
    QCOMPARE(pullAll(m_anna).size(), 1);
    // A record bob creates owned by anna, his teammate, is allowed.
    QCborMap forAnna = contactFields(QStringLiteral("For Anna"), QStringLiteral("private"));
    forAnna.insert(u"owner"_qs, u"anna"_qs);
    QCOMPARE(push(m_bob, {creation(DevB, 2, Contacts, Contact2, forAnna)}).results[0].status,
             PushStatus::Applied);
    QCOMPARE(pullAll(m_anna).size(), 2);
    // ...and being anna's private record, bob no longer sees or edits it.
    QCOMPARE(push(m_bob, {edit(DevB, 3, Contacts, Contact2, u"name"_qs, u"Mine"_qs, 5)})
                 .results[0]
                 .status,
             PushStatus::Rejected);
}

void tst_ServerConformance::visibilityChangeOpensRecord()
{
    push(m_anna,
         {creation(DevA, 1, Contacts, Contact1,
                   contactFields(QStringLiteral("Later shared"), QStringLiteral("private"))),
          edit(DevA, 2, Contacts, Contact1, u"phone"_qs, u"+3"_qs, 1)});
    const PullResponse before = pull(m_bob, 0);
    QVERIFY(before.changes.isEmpty());
    const PushResponse bad =
        push(m_anna, {edit(DevA, 3, Contacts, Contact1, u"visibility"_qs, u"world"_qs, 1)});
    QCOMPARE(bad.results[0].status, PushStatus::Rejected);
    push(m_anna, {edit(DevA, 4, Contacts, Contact1, u"visibility"_qs, u"team"_qs, 1)});
    // Bob has pulled past the record's first entries; they come again after the change that
    // shared it, in their order and with their (device, counter), so his replica applies them.
    const QList<Change> since = pull(m_bob, before.next).changes;
    QStringList seen;
    for (const Change &c : since)
        seen << QStringLiteral("%1:%2").arg(c.counter).arg(c.column);
    QCOMPARE(seen, QStringList({u"4:visibility"_qs, u"1:"_qs, u"2:phone"_qs, u"4:visibility"_qs}));
    QCOMPARE(since[1].hlc, hlcAt(1));
    QVERIFY(since[1].serverSeq > since[0].serverSeq);
    // From scratch, he receives the whole history of the record (each entry perhaps twice).
    QSet<qint64> counters;
    for (const Change &c : pullAll(m_bob))
        counters.insert(c.counter);
    QCOMPARE(counters, QSet<qint64>({1, 2, 4}));
    QVERIFY(pullAll(m_carl).isEmpty());
    // Handing it to bob as a private record: anna no longer sees new changes.
    push(m_anna, {edit(DevA, 5, Contacts, Contact1, u"owner"_qs, u"bob"_qs, 1),
                  edit(DevA, 6, Contacts, Contact1, u"visibility"_qs, u"private"_qs, 3)});
    QCOMPARE(
        push(m_anna, {edit(DevA, 7, Contacts, Contact1, u"name"_qs, u"x"_qs, 1)}).results[0].status,
        PushStatus::Rejected);
    // Anna lost the record: her next pull withdraws it; bob, its owner now, is not told to.
    auto withdrawals = [](const QList<Change> &changes) {
        QList<Change> out;
        for (const Change &c : changes) {
            if (c.column == crm::core::sync::WithdrawnColumn)
                out << c;
        }
        return out;
    };
    const QList<Change> annas = withdrawals(pullAll(m_anna));
    QCOMPARE(annas.size(), 1);
    QCOMPARE(annas[0].table, Contacts);
    QCOMPARE(annas[0].row, Contact1);
    QVERIFY(withdrawals(pullAll(m_bob)).isEmpty());
    QVERIFY(withdrawals(pullAll(m_carl)).isEmpty());
    QCOMPARE(
        push(m_bob, {edit(DevB, 1, Contacts, Contact1, u"name"_qs, u"y"_qs, 1)}).results[0].status,
        PushStatus::Applied);
}

void tst_ServerConformance::pullPageEndsBeforeItsValuesGrowTooLarge()
{
    // Five names of 3 MB each (as MaxBatchValueBytes counts them): two fit in a page.
    QList<Change> batch{creation(DevA, 1, Contacts, Contact1, contactFields(QStringLiteral("P")))};
    for (int i = 2; i <= 6; ++i)
        batch << edit(DevA, i, Contacts, Contact1, QStringLiteral("name"),
                      QString(1'500'000, QLatin1Char('a' + i)), i - 1);
    push(m_anna, batch);
    PullResponse p = pull(m_bob, 0);
    QCOMPARE(p.changes.size(), 3); // the creation and two names
    QVERIFY(p.more);
    QCOMPARE(p.next, 3);
    QList<Change> all = p.changes;
    while (p.more) {
        p = pull(m_bob, p.next);
        QVERIFY(!p.changes.isEmpty());
        all += p.changes;
    }
    QCOMPARE(all.size(), 6);
    QCOMPARE(all.last().value.toString(), QString(1'500'000, QLatin1Char('g')));
}

void tst_ServerConformance::pullPagesAndResumes()
{
    QList<Change> batch{creation(DevA, 1, Contacts, Contact1, contactFields(QStringLiteral("P")))};
    for (int i = 2; i <= 25; ++i)
        batch << edit(DevA, i, Contacts, Contact1, QStringLiteral("name"),
                      QStringLiteral("n%1").arg(i), i - 1);
    push(m_anna, batch);
    PullResponse p = pull(m_bob, 0, 10);
    QCOMPARE(p.changes.size(), 10);
    QVERIFY(p.more);
    QCOMPARE(p.next, 10);
    QCOMPARE(p.changes.first().serverSeq, 1);
    QCOMPARE(p.changes.last().serverSeq, 10);
    QCOMPARE(p.head, 25); // how far the log goes: the progress a laptop shows
    p = pull(m_bob, p.next, 10);
    QCOMPARE(p.changes.first().serverSeq, 11);
    QCOMPARE(p.next, 20);
    QVERIFY(p.more);
    // Interrupted here; resuming from the same cursor gives the same page.
    const PullResponse again = pull(m_bob, 10, 10);
    QCOMPARE(again.changes, p.changes);
    p = pull(m_bob, p.next, 10);
    QCOMPARE(p.changes.size(), 5);
    QVERIFY(!p.more);
    QCOMPARE(p.next, 25);
    p = pull(m_bob, p.next, 10);
    QVERIFY(p.changes.isEmpty());
    QCOMPARE(p.next, 25);
    // Exactly a full page: no phantom "more".
    p = pull(m_bob, 15, 10);
    QCOMPARE(p.changes.size(), 10);
    QVERIFY(!p.more);
    // Default and maximum page size.
    QCOMPARE(pull(m_bob, 0, 0).changes.size(), 25);
    QCOMPARE(pull(m_bob, 0, 1'000'000).changes.size(), 25);
    // What a pulled change carries.
    const Change first = pull(m_bob, 0, 1).changes.first();
    QCOMPARE(first.author, u"anna"_qs);
    QCOMPARE(first.device, DevA);
    QCOMPARE(first.counter, 1);
    QCOMPARE(first.txn, 1);
    QCOMPARE(first.row, Contact1);
    QVERIFY(first.isCreation());
    QCOMPARE(first.value.toMap().value(u"name"_qs).toString(), u"P"_qs);
}

void tst_ServerConformance::ownChangesExcludedCursorAdvances()
{
    push(m_anna, {creation(DevA, 1, Contacts, Contact1, contactFields(QStringLiteral("Own"))),
                  edit(DevA, 2, Contacts, Contact1, u"name"_qs, u"Own 2"_qs, 1),
                  edit(DevA, 3, Contacts, Contact1, u"name"_qs, u"Own 3"_qs, 2)});
    PullResponse p = pull(m_anna, 0, 2);
    QVERIFY(p.changes.isEmpty());
    QCOMPARE(p.next, 3);
    QVERIFY(!p.more);
    push(m_bob, {edit(DevB, 1, Contacts, Contact1, u"phone"_qs, u"+4"_qs, 1)});
    push(m_anna, {edit(DevA, 4, Contacts, Contact1, u"name"_qs, u"Own 4"_qs, 3)});
    p = pull(m_anna, 3);
    QCOMPARE(p.changes.size(), 1);
    QCOMPARE(p.changes[0].serverSeq, 4);
    QCOMPARE(p.next, 5);
    // Changes of records the user cannot see advance the cursor the same way.
    push(m_carl, {creation(DevC, 1, Contacts, Contact2, contactFields(QStringLiteral("C")))});
    p = pull(m_anna, 5);
    QVERIFY(p.changes.isEmpty());
    QCOMPARE(p.next, 6);
}

void tst_ServerConformance::pushFromAnotherDeviceRefused()
{
    auto r =
        m_sync->push(m_anna, PushRequest{DevB, {edit(DevB, 1, Contacts, Contact1, u"x"_qs, 1, 0)}});
    QVERIFY(!r);
    QCOMPARE(r.refusal().status, 403);
    QVERIFY(pullAll(m_bob).isEmpty());
}

void tst_ServerConformance::oneBatchAnswersAsOneChangeAtATime()
{
    // The server reads and writes a push set-based (a few statements for the whole batch), so
    // a batch that creates, edits, deletes and conflicts on one record, repeats a counter and
    // carries a refused change must answer and store exactly what one change per push does.
    const QString emails = QStringLiteral("contact_emails");
    const QByteArray email = id(0x51, 0x02);
    const QByteArray unknown = id(0x52, 0x02);
    QCborMap emailFields;
    emailFields.insert(u"contact_id"_qs, Contact1);
    emailFields.insert(u"address"_qs, u"a@x.lv"_qs);
    emailFields.insert(u"deleted"_qs, 0);
    const QList<QPair<int, Change>> script = {
        {0, creation(DevA, 1, Contacts, Contact1, contactFields(QStringLiteral("Base")))},
        {0, creation(DevA, 2, emails, email, emailFields, Contact1)},
        {0, edit(DevA, 3, Contacts, Contact1, u"name"_qs, u"A1"_qs, 1)},
        {0, edit(DevA, 4, Contacts, Contact1, u"name"_qs, u"A2"_qs, 3)},
        {0, edit(DevA, 3, Contacts, Contact1, u"name"_qs, u"A1"_qs, 1)}, // a repeated counter
        {0, edit(DevA, 5, Contacts, unknown, u"name"_qs, u"X"_qs, 0)},   // refused
        {0, edit(DevA, 6, Contacts, Contact1, u"phone"_qs, u"+7"_qs, 4)},
        // bob saw only the creation: a value conflict, then a delete against anna's edits,
        // then his own edits after his delete (no conflict with himself).
        {1, edit(DevB, 1, Contacts, Contact1, u"name"_qs, u"B"_qs, 1)},
        {1, edit(DevB, 2, emails, email, u"address"_qs, u"b@x.lv"_qs, 2)},
        {1, edit(DevB, 3, Contacts, Contact1, u"deleted"_qs, 1, 2)},
        {1, edit(DevB, 4, Contacts, Contact1, u"phone"_qs, u"+9"_qs, 2)},
        {1, edit(DevB, 5, Contacts, Contact1, u"title"_qs, u"Dr"_qs, 2)},
        // anna, who had not seen bob's delete, edits the phone again and restores.
        {2, edit(DevA, 7, Contacts, Contact1, u"phone"_qs, u"+8"_qs, 7)},
        {2, edit(DevA, 8, Contacts, Contact1, u"deleted"_qs, 0, 7)},
    };
    struct Outcome
    {
        QList<PushResult> answers;
        QList<Change> pulled;
        QList<QCborValue> fields;
    };
    auto run = [&](bool batched) {
        Outcome out;
        const Session *who[] = {&m_anna, &m_bob, &m_anna};
        for (int step = 0; step < 3; ++step) {
            QList<Change> batch;
            for (const auto &[s, c] : script) {
                if (s == step)
                    batch << c;
            }
            if (batched) {
                out.answers += push(*who[step], batch).results;
            } else {
                for (const Change &c : std::as_const(batch))
                    out.answers += push(*who[step], {c}).results;
            }
        }
        // Conflict rows get fresh ids, the server's clock and its device (one per database):
        // the rest must be equal.
        for (Change c : pullAll(loginAs(QStringLiteral("anna"), DevA2))) {
            if (c.table == u"conflicts") {
                c.row.clear();
                c.hlc = 0;
                c.device.clear();
                QCborMap m = c.value.toMap();
                m.remove(u"winner_hlc"_qs);
                m.remove(u"loser_hlc"_qs);
                c.value = m;
            }
            out.pulled << c;
        }
        for (const QString &column : {u"name"_qs, u"phone"_qs, u"title"_qs, u"deleted"_qs})
            out.fields << fieldValue(Contacts, Contact1, column);
        out.fields << fieldValue(emails, email, u"address"_qs);
        return out;
    };
    const Outcome batched = run(true);
    QCOMPARE(batched.answers.size(), script.size());
    QCOMPARE(batched.answers[4].status, PushStatus::Duplicate);
    QCOMPARE(batched.answers[4].serverSeq, batched.answers[2].serverSeq);
    QCOMPARE(batched.answers[5].status, PushStatus::Rejected);
    int conflictRows = 0;
    for (const Change &c : batched.pulled)
        conflictRows += c.table == u"conflicts" ? 1 : 0;
    QVERIFY2(conflictRows >= 3, qPrintable(QString::number(conflictRows)));
    // Gapless: the pulled log is 1..n.
    for (int i = 0; i < batched.pulled.size(); ++i)
        QCOMPARE(batched.pulled[i].serverSeq, qint64(i + 1));
    // A retried batch gets the same answers.
    QList<Change> first;
    for (const auto &[s, c] : script) {
        if (s == 0)
            first << c;
    }
    const PushResponse retry = push(m_anna, first);
    for (int i = 0; i < first.size(); ++i) {
        QCOMPARE(retry.results[i].serverSeq, batched.answers[i].serverSeq);
        QCOMPARE(retry.results[i].status, batched.answers[i].status == PushStatus::Rejected
                                              ? PushStatus::Rejected
                                              : PushStatus::Duplicate);
    }

    cleanup();
    init();
    const Outcome single = run(false);
    QCOMPARE(single.answers, batched.answers);
    QCOMPARE(single.pulled.size(), batched.pulled.size());
    for (int i = 0; i < single.pulled.size(); ++i) {
        const Change &a = single.pulled[i];
        const Change &b = batched.pulled[i];
        QCOMPARE(a.serverSeq, b.serverSeq);
        QCOMPARE(a.table, b.table);
        QCOMPARE(a.column, b.column);
        QCOMPARE(a.value.toCbor(), b.value.toCbor());
        QCOMPARE(a.hlc, b.hlc);
        QCOMPARE(a.device, b.device);
        QVERIFY(a == b);
    }
    QCOMPARE(single.fields, batched.fields);
}

void tst_ServerConformance::manyRowWritesStoreWhatOneRowWritesStore()
{
    // The set-based writes put groups of rows in one statement and the rest in smaller ones:
    // 75 rows leave a partial last group on every backend. Each row must read back exactly as
    // the same row written one at a time does, an existing field is overwritten, and empty
    // texts and ids (no scope) stay what the one-row path makes of them.
    const int n = 75;
    const QString table = QStringLiteral("contacts");
    auto rowId = [](int i, char kind) { return id(char(i + 1), kind); };
    auto state = [&](int i, const QByteArray &device) {
        return FieldState{QCborValue(QStringLiteral("v%1").arg(i)).toCbor(), quint64(1000 + i),
                          device, qint64(i + 1), i % 5 ? QStringLiteral("anna") : QString()};
    };
    auto change = [&](int i, char kind) {
        Change c;
        c.serverSeq = (kind == 0x61 ? 0 : n) + i + 1;
        c.device = DevA;
        c.counter = 500 + i;
        c.hlc = 2000 + i;
        c.txn = 7;
        c.table = table;
        c.row = rowId(i, kind);
        c.column = i % 3 ? QStringLiteral("name") : QString(); // no column: a creation
        c.value = i % 3 ? QCborValue(QStringLiteral("x%1").arg(i))
                        : QCborValue(QCborMap{{QStringLiteral("name"), i}});
        c.baseSeq = i;
        c.scope = i % 2 ? rowId(0, 0x70) : QByteArray();
        c.author = i % 4 ? QStringLiteral("anna") : QString();
        return c;
    };
    const QByteArray root = id(0x7f, 0x70);
    const QByteArray rootMany = id(0x7e, 0x70);

    QVERIFY(m_store->begin());
    // One row at a time (kind 0x61) and many at once (kind 0x62), the same values.
    QList<ServerStore::FieldWrite> writes;
    QList<ServerStore::LogEntry> entries;
    QList<std::tuple<QByteArray, qint64, AppliedRow>> answers;
    for (int i = 0; i < n; ++i) {
        QVERIFY(m_store->saveField(table, rowId(i, 0x61), u"name"_qs, state(i, DevA)));
        QVERIFY(m_store->appendLog(change(i, 0x61), root));
        const AppliedRow answer{i % 7 ? 1 : 2, qint64(i), i % 7 ? QString() : u"no"_qs,
                                quint64(i % 3)};
        QVERIFY(m_store->saveApplied(DevA, i, answer));
        writes.append({table, rowId(i, 0x62), u"name"_qs, state(i, DevA)});
        entries.append({change(i, 0x62), rootMany});
        answers.append({DevB, i, answer});
    }
    QVERIFY(m_store->saveFields(writes));
    QVERIFY(m_store->appendLogs(entries));
    QVERIFY(m_store->saveAppliedMany(answers));
    // Overwrites: every field again, newer, by another device.
    for (int i = 0; i < n; ++i) {
        QVERIFY(m_store->saveField(table, rowId(i, 0x61), u"name"_qs, state(i + 101, DevB)));
        writes[i].state = state(i + 101, DevB);
    }
    QVERIFY(m_store->saveFields(writes));
    QVERIFY(m_store->commit());

    QList<QByteArray> rows;
    for (int i = 0; i < n; ++i)
        rows << rowId(i, 0x62);
    auto many = m_store->fields(table, rows);
    QVERIFY(many);
    QCOMPARE(many->size(), n);
    for (int i = 0; i < n; ++i) {
        auto one = m_store->field(table, rowId(i, 0x61), u"name"_qs);
        QVERIFY(one && one->has_value());
        const FieldState &expected = **one;
        auto it = std::find_if(many->cbegin(), many->cend(),
                               [&](const auto &f) { return f.row == rowId(i, 0x62); });
        QVERIFY(it != many->cend());
        QCOMPARE(it->column, u"name"_qs);
        QCOMPARE(it->state.value, state(i + 101, DevB).value);
        QCOMPARE(it->state.value, expected.value);
        QCOMPARE(it->state.hlc, expected.hlc);
        QCOMPARE(it->state.device, DevB);
        QCOMPARE(it->state.device, expected.device);
        QCOMPARE(it->state.serverSeq, expected.serverSeq);
        QCOMPARE(it->state.author, expected.author);
    }

    auto oneLog = m_store->recordLog(root);
    auto manyLog = m_store->recordLog(rootMany);
    QVERIFY(oneLog && manyLog);
    QCOMPARE(manyLog->size(), n);
    QCOMPARE(oneLog->size(), n);
    for (int i = 0; i < n; ++i) {
        Change expected = oneLog->at(i);
        expected.serverSeq += n;
        expected.row = rowId(i, 0x62);
        QVERIFY2(manyLog->at(i) == expected, qPrintable(QString::number(i)));
        QCOMPARE(manyLog->at(i).scope.isEmpty(), i % 2 == 0);
        QCOMPARE(manyLog->at(i).author, oneLog->at(i).author);
    }

    auto oneAnswers = m_store->appliedRange(DevA, 0, n);
    auto manyAnswers = m_store->appliedRange(DevB, 0, n);
    QVERIFY(oneAnswers && manyAnswers);
    QCOMPARE(manyAnswers->size(), n);
    for (int i = 0; i < n; ++i) {
        const AppliedRow a = oneAnswers->value(i);
        const AppliedRow b = manyAnswers->value(i);
        QCOMPARE(b.status, a.status);
        QCOMPARE(b.serverSeq, a.serverSeq);
        QCOMPARE(b.reason, a.reason);
        QCOMPARE(b.hlc, a.hlc);
    }
}

// A new team's first big push: PostgreSQL learns how big the push tables have grown (ANALYZE
// after the push that doubled what this instance wrote), so it reads `fields` by its key.
void tst_ServerConformance::aFastGrowingStoreKeepsItsPlannerInformed()
{
    if (!m_postgres)
        QSKIP("PostgreSQL plans from statistics; SQLite's planner does not need them here");
    m_store->setAnalyzeAfter(600); // a push of 60 records writes about 480 rows
    QCOMPARE(m_store->plannerRows(QStringLiteral("fields")).value(), -1.0); // never analyzed
    QList<Change> batch;
    for (int i = 1; i <= 60; ++i)
        batch << creation(DevA, i, Contacts, crm::core::Uuid::createV7(),
                          contactFields(QStringLiteral("P%1").arg(i)));
    push(m_anna, batch); // 60 records: fewer rows than the threshold
    QCOMPARE(m_store->plannerRows(QStringLiteral("fields")).value(), -1.0);
    batch.clear();
    for (int i = 61; i <= 120; ++i)
        batch << creation(DevA, i, Contacts, crm::core::Uuid::createV7(),
                          contactFields(QStringLiteral("P%1").arg(i)));
    push(m_anna, batch);
    const double rows = m_store->plannerRows(QStringLiteral("fields")).value();
    QVERIFY2(rows >= 120, qPrintable(QString::number(rows)));
    QVERIFY(m_store->plannerRows(QStringLiteral("log")).value() >= 120);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int status = 0;
    {
        tst_ServerConformance sqlite(false);
        status |= QTest::qExec(&sqlite, argc, argv);
    }
    {
        tst_ServerConformance postgres(true);
        status |= QTest::qExec(&postgres, argc, argv);
    }
    return status;
}

#include "tst_serverconformance.moc"

void tst_ServerConformance::unsharingWithdrawsTheRecord()
{
    const QByteArray phone = id(0x62);
    push(m_anna,
         {creation(DevA, 1, Contacts, Contact1, contactFields(QStringLiteral("Shared"))),
          creation(DevA, 2, u"phones"_qs, phone, QCborMap{{u"number"_qs, u"+1"_qs}}, Contact1)});
    // Bob adds a phone of his own to it.
    const QByteArray bobsPhone = id(0x63);
    QCOMPARE(push(m_bob, {creation(DevB, 1, u"phones"_qs, bobsPhone,
                                   QCborMap{{u"number"_qs, u"+2"_qs}}, Contact1)})
                 .results[0]
                 .status,
             PushStatus::Applied);
    const PullResponse bobBefore = pull(m_bob, 0);
    QCOMPARE(bobBefore.changes.size(), 2);
    const qint64 annaCursor = pull(m_anna, 0).next;

    push(m_anna, {edit(DevA, 3, Contacts, Contact1, u"visibility"_qs, u"private"_qs, 1)});
    const QList<Change> bobs = pull(m_bob, bobBefore.next).changes;
    QSet<QByteArray> withdrawn;
    for (const Change &c : bobs) {
        QCOMPARE(c.column, QString(crm::core::sync::WithdrawnColumn));
        QCOMPARE(c.author, u"server"_qs);
        withdrawn.insert(c.row);
    }
    QCOMPARE(withdrawn, QSet<QByteArray>({Contact1, phone, bobsPhone}));
    for (const Change &c : pull(m_anna, annaCursor).changes)
        QVERIFY(c.column != crm::core::sync::WithdrawnColumn);
    QVERIFY(pullAll(m_carl).isEmpty());
    QCOMPARE(push(m_bob, {edit(DevB, 2, Contacts, Contact1, u"name"_qs, u"Bob"_qs, 1)})
                 .results[0]
                 .status,
             PushStatus::Rejected);

    // Nobody but the server writes a withdrawal.
    const PushResponse forged =
        push(m_bob, {edit(DevB, 3, u"phones"_qs, bobsPhone, u"crm_withdrawn"_qs, QCborValue(), 1)});
    QCOMPARE(forged.results[0].status, PushStatus::Rejected);
    QVERIFY2(forged.results[0].reason.contains(u"server only"),
             qPrintable(forged.results[0].reason));

    // Shared again: bob receives the record again, his own phone included.
    const qint64 bobCursor = pull(m_bob, bobBefore.next).next;
    push(m_anna, {edit(DevA, 4, Contacts, Contact1, u"visibility"_qs, u"team"_qs, 1)});
    QSet<QPair<qint64, QByteArray>> again;
    for (const Change &c : pull(m_bob, bobCursor).changes) {
        if (c.isCreation())
            again.insert({c.counter, c.device});
    }
    const QSet<QPair<qint64, QByteArray>> expected = {{1, DevA}, {2, DevA}, {1, DevB}};
    QCOMPARE(again, expected);
}

void tst_ServerConformance::upgradesFromSchemaVersion1()
{
    if (m_postgres)
        QSKIP("the upgrade is the same SQL on both; checked on SQLite");
    const QString path = m_dir.filePath(QStringLiteral("server%1.sqlite").arg(m_databases));
    push(m_anna, {creation(DevA, 1, Contacts, Contact1, contactFields(QStringLiteral("Old")))});
    m_sync.reset();
    m_accounts.reset();
    m_store.reset();
    auto sql = [&](const QStringList &statements) {
        const QString name = QStringLiteral("upgrade-check");
        QStringList out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (!db.open())
                return QStringList{db.lastError().text()};
            for (const QString &statement : statements) {
                QSqlQuery q(db);
                if (!q.exec(statement))
                    return QStringList{q.lastError().text()};
                while (q.next())
                    out << q.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return out;
    };
    // A version 1 database: no replay column, no index on the log's record, and (as before
    // version 3) the log and the fields in rowid tables.
    QCOMPARE(sql({u"DROP INDEX log_rec"_qs, u"ALTER TABLE log DROP COLUMN replay"_qs,
                  u"CREATE TABLE old_log AS SELECT * FROM log"_qs, u"DROP TABLE log"_qs,
                  u"ALTER TABLE old_log RENAME TO log"_qs,
                  u"CREATE TABLE old_fields AS SELECT * FROM fields"_qs, u"DROP TABLE fields"_qs,
                  u"ALTER TABLE old_fields RENAME TO fields"_qs,
                  u"UPDATE meta SET value = '1' WHERE key = 'schema_version'"_qs}),
             QStringList());
    auto store = ServerStore::open(u"sqlite:"_qs + path);
    QVERIFY2(store, qPrintable(store.error().message()));
    store = crm::core::Error{crm::core::ErrorCode::Invalid, {}, {}}; // closes it
    // Version 3 keeps the keyed tables in their keys and the log in its rowid, rows kept.
    QCOMPARE(
        sql({u"SELECT value FROM meta WHERE key = 'schema_version'"_qs,
             u"SELECT name FROM sqlite_master WHERE name = 'log_rec'"_qs,
             u"SELECT count(*) FROM log WHERE replay = 0"_qs, u"SELECT count(*) > 3 FROM fields"_qs,
             u"SELECT count(*) FROM records"_qs, u"SELECT count(*) FROM applied"_qs,
             u"SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE "
             u"type = 'table' AND sql LIKE '%WITHOUT ROWID' ORDER BY name)"_qs,
             u"SELECT count(*) FROM sqlite_master WHERE name = 'log' AND "
             u"sql LIKE '%server_seq INTEGER PRIMARY KEY%'"_qs}),
        QStringList({QString::number(ServerStore::SchemaVersion), u"log_rec"_qs, u"1"_qs, u"1"_qs,
                     u"1"_qs, u"1"_qs, u"applied,fields,records"_qs, u"1"_qs}));
    // The upgraded store goes on working: a second edit is applied after the first.
    auto again = ServerStore::open(u"sqlite:"_qs + path);
    QVERIFY2(again, qPrintable(again.error().message()));
    QCOMPARE((*again)->counter(QStringLiteral("server_seq")).value(), qint64(1));
}

void tst_ServerConformance::seededPipelineAcceptedOnFirstEdit()
{
    // Every laptop's migration writes the default pipeline with the same ids and no
    // creation; the first edit of one of its rows makes it a record of the editor's team.
    const QByteArray stage = DefaultPipeline::stageId(1);
    const PushResponse r = push(m_anna, {edit(DevA, 1, QStringLiteral("stages"), stage,
                                              QStringLiteral("name"), u"Discovery"_qs, 0)});
    QCOMPARE(r.results[0].status, PushStatus::Applied);
    QCOMPARE(fieldValue(QStringLiteral("stages"), stage, QStringLiteral("name")).toString(),
             u"Discovery"_qs);
    bool bobSees = false;
    for (const Change &c : pullAll(m_bob))
        bobSees = bobSees || (c.row == stage && c.value.toString() == u"Discovery");
    QVERIFY(bobSees);
    // A second laptop's edit that had not seen the first is a conflict like any other.
    const PushResponse late = push(m_bob, {edit(DevB, 1, QStringLiteral("stages"), stage,
                                                QStringLiteral("name"), u"Intro"_qs, 0)});
    QCOMPARE(late.results[0].status, PushStatus::Applied);
    QCOMPARE(conflicts(m_anna).size(), 1);
    // Only seeded ids of seeded tables: an unknown stage, or a seeded id in another table,
    // is refused as before.
    const PushResponse unknown =
        push(m_anna, {edit(DevA, 2, QStringLiteral("stages"), id(0x51, 0x01),
                           QStringLiteral("name"), u"X"_qs, 0),
                      edit(DevA, 3, QStringLiteral("contacts"), DefaultPipeline::stageId(2),
                           QStringLiteral("name"), u"X"_qs, 0)});
    QCOMPARE(unknown.results[0].status, PushStatus::Rejected);
    QVERIFY(unknown.results[0].reason.contains(u"unknown record"));
    QCOMPARE(unknown.results[1].status, PushStatus::Rejected);
}
