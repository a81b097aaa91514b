// SPDX-License-Identifier: GPL-3.0-or-later
// The sync wire format: round trips, compactness, and malformed input refused with a
// message that names the place — never a crash (random mutations of valid bodies).
#include "common/uuid.h"
#include "sync/protocol.h"

#include <QCborArray>
#include <QCborMap>
#include <QRandomGenerator>
#include <QTest>

using namespace crm::core;
using namespace crm::core::sync;

class TestProtocol : public QObject
{
    Q_OBJECT

private:
    static QList<Change> sampleChanges(int n, const QByteArray &device)
    {
        QList<Change> out;
        QByteArray row = Uuid::createV7();
        quint64 hlc = quint64(1'790'000'000'000LL) << 16;
        for (int i = 0; i < n; ++i) {
            Change c;
            c.serverSeq = 0;
            c.device = device;
            c.counter = i + 1;
            c.hlc = hlc += 3;
            c.txn = 10 + i / 5;
            c.table = i % 2 ? QStringLiteral("contacts") : QStringLiteral("contact_phones");
            if (i % 5 == 0)
                row = Uuid::createV7();
            c.row = row;
            if (i % 5 == 0) {
                QCborMap fields;
                fields.insert(QStringLiteral("first_name"), QStringLiteral("Ērika"));
                fields.insert(QStringLiteral("company_id"), QCborValue(Uuid::createV7()));
                fields.insert(QStringLiteral("deleted"), 0);
                c.value = fields;
                c.scope = Uuid::createV7();
            } else {
                c.column = i % 3 ? QStringLiteral("phone") : QStringLiteral("city");
                c.value = i % 7 ? QCborValue(QStringLiteral("+371 2%1").arg(i))
                                : QCborValue(QCborValue::Null);
                c.baseSeq = i * 11;
            }
            c.author = QStringLiteral("anna");
            out << c;
        }
        return out;
    }

private slots:
    void pushRoundTrip()
    {
        const QByteArray device = Uuid::createV7();
        PushRequest r{device, sampleChanges(50, device)};
        auto back = decodePushRequest(encode(r));
        QVERIFY2(back.ok(), qPrintable(back.error().message()));
        QCOMPARE(back->device, device);
        QCOMPARE(back->changes.size(), 50);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(back->changes.at(i), r.changes.at(i));
    }

    void pullRoundTripWithManyDevicesAndClocksGoingBack()
    {
        PullResponse r;
        QList<QByteArray> devices = {Uuid::createV7(), Uuid::createV7(), Uuid::createV7()};
        for (int i = 0; i < 30; ++i) {
            Change c = sampleChanges(1, devices[i % 3]).first();
            c.serverSeq = 1000 + i;
            c.counter = 100 - i; // counters of different devices go up and down
            c.hlc = i % 2 ? 5 : ~quint64(0) - 7;
            r.changes << c;
        }
        r.next = 1029;
        r.more = true;
        r.hlc = 123456789;
        auto back = decodePullResponse(encode(r));
        QVERIFY2(back.ok(), qPrintable(back.error().message()));
        QCOMPARE(back->changes, r.changes);
        QCOMPARE(back->next, 1029);
        QVERIFY(back->more);
        QCOMPARE(back->hlc, quint64(123456789));
        QCOMPARE(back->head, 0); // not told

        // The server's head, for the progress of a long pull; a negative one is refused.
        r.head = 5000;
        back = decodePullResponse(encode(r));
        QVERIFY2(back.ok(), qPrintable(back.error().message()));
        QCOMPARE(back->head, 5000);
        QCborMap m = QCborValue::fromCbor(encode(r)).toMap();
        m.insert(u"head"_qs, -3);
        auto refused = decodePullResponse(m.toCborValue().toCbor());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message().contains(u"head"_qs),
                 qPrintable(refused.error().message()));
        m.insert(u"head"_qs, u"many"_qs);
        QVERIFY(!decodePullResponse(m.toCborValue().toCbor()).ok());
    }

    void pushResponseRoundTrip()
    {
        PushResponse r;
        r.hlc = 77;
        r.results = {{5, PushStatus::Applied, 900, {}},
                     {6, PushStatus::Duplicate, 850, {}},
                     {7, PushStatus::Rejected, 0, QStringLiteral("contacts: private to bob")},
                     {8, PushStatus::Applied, 901, {}, 0x1234567890},
                     {9, PushStatus::Rejected, 0, QStringLiteral("no"), 0x99}};
        auto back = decodePushResponse(encode(r));
        QVERIFY2(back.ok(), qPrintable(back.error().message()));
        QCOMPARE(back->results, r.results);
        QCOMPARE(back->hlc, quint64(77));
    }

    void loginRoundTrip()
    {
        LoginRequest r{QStringLiteral("anna"), QStringLiteral("päss wörd"), Uuid::createV7(),
                       QStringLiteral("Anna's laptop")};
        auto back = decodeLoginRequest(encode(r));
        QVERIFY(back.ok());
        QCOMPARE(back->user, r.user);
        QCOMPARE(back->password, r.password);
        QCOMPARE(back->device, r.device);
        QCOMPARE(back->deviceName, r.deviceName);
        auto resp = decodeLoginResponse(encode(
            LoginResponse{QStringLiteral("t0k"), QStringLiteral("anna"), QStringLiteral("riga")}));
        QVERIFY(resp.ok());
        QCOMPARE(resp->token, QStringLiteral("t0k"));
        QCOMPARE(resp->team, QStringLiteral("riga"));
    }

    void fieldEditsAreCompactOnTheWire()
    {
        // 10,000 edits of one field each over 2,000 records, as a laptop pushes them.
        const QByteArray device = Uuid::createV7();
        QList<QByteArray> rows;
        for (int i = 0; i < 2000; ++i)
            rows << Uuid::createV7();
        PushRequest r{device, {}};
        quint64 hlc = quint64(1'790'000'000'000LL) << 16;
        for (int i = 0; i < 10000; ++i) {
            Change c;
            c.device = device;
            c.counter = i + 1;
            c.hlc = hlc += 1 + (i % 3);
            c.txn = 1 + i / 4;
            c.table = QStringLiteral("contacts");
            c.row = rows[i % rows.size()];
            c.column = QStringList{QStringLiteral("city"), QStringLiteral("title"),
                                   QStringLiteral("status")}[i % 3];
            c.value = QStringLiteral("value %1").arg(i % 50);
            c.baseSeq = 5000 + i;
            r.changes << c;
        }
        const QByteArray wire = compress(encode(r));
        const double perChange = double(wire.size()) / r.changes.size();
        qInfo("%.1f bytes per field change on the wire", perChange);
        QVERIFY2(perChange <= 40, qPrintable(QString::number(perChange)));
        auto back = decompress(wire);
        QVERIFY(back.ok());
        QCOMPARE(decodePushRequest(*back)->changes.size(), 10000);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("where");
        const QByteArray device = Uuid::createV7();
        QCborMap good =
            QCborValue::fromCbor(encode(PushRequest{device, sampleChanges(3, device)})).toMap();
        auto with = [&](const QString &key, const QCborValue &v) {
            QCborMap m = good;
            m.insert(key, v);
            return m.toCborValue().toCbor();
        };
        auto changeWith = [&](int field, const QCborValue &v) {
            QCborMap m = good;
            QCborArray list = m.value(QStringLiteral("changes")).toArray();
            QCborArray c = list.at(1).toArray();
            c[field] = v;
            list[1] = c;
            m.insert(QStringLiteral("changes"), list);
            return m.toCborValue().toCbor();
        };
        QTest::newRow("empty") << QByteArray() << "push";
        QTest::newRow("not cbor") << QByteArray("{\"json\": true}") << "push";
        QTest::newRow("array") << QCborValue(QCborArray{1, 2}).toCbor() << "push";
        QTest::newRow("truncated")
            << encode(PushRequest{device, sampleChanges(3, device)}).chopped(9) << "push";
        QTest::newRow("short device")
            << with(QStringLiteral("device"), QByteArray(5, 'x')) << "device";
        QTest::newRow("changes not array") << with(QStringLiteral("changes"), 5) << "changes";
        QTest::newRow("bad table name")
            << with(QStringLiteral("tables"),
                    QCborArray{QStringLiteral("contacts; DROP TABLE x"), QStringLiteral("t")})
            << "tables";
        QTest::newRow("device index") << changeWith(1, 9) << "changes[1].device";
        QTest::newRow("row size") << changeWith(6, QByteArray("abc")) << "changes[1].row";
        QTest::newRow("table index") << changeWith(5, -1) << "changes[1].table";
        QTest::newRow("value type") << changeWith(8, QCborArray{1}) << "changes[1].value";
        QTest::newRow("counter type") << changeWith(2, QStringLiteral("1")) << "changes[1]";
        QTest::newRow("too few fields") << [&] {
            QCborMap m = good;
            QCborArray list = m.value(QStringLiteral("changes")).toArray();
            list[0] = QCborArray{1, 2, 3};
            m.insert(QStringLiteral("changes"), list);
            return m.toCborValue().toCbor();
        }() << "changes[0]";
    }

    void malformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, where);
        auto r = decodePushRequest(body);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.startsWith(where), qPrintable(r.error().detail));
    }

    void anotherDevicesChangeInAPushIsRefused()
    {
        const QByteArray device = Uuid::createV7();
        auto changes = sampleChanges(3, device);
        changes[2].device = Uuid::createV7();
        auto r = decodePushRequest(encode(PushRequest{device, changes}));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.contains(u"only its own"), qPrintable(r.error().detail));
    }

    void tooManyChangesAreRefused()
    {
        const QByteArray device = Uuid::createV7();
        QCborMap m =
            QCborValue::fromCbor(encode(PushRequest{device, sampleChanges(1, device)})).toMap();
        QCborArray list;
        const QCborValue one = m.value(QStringLiteral("changes")).toArray().at(0);
        for (int i = 0; i <= MaxBatch; ++i)
            list.append(one);
        m.insert(QStringLiteral("changes"), list);
        auto r = decodePushRequest(m.toCborValue().toCbor());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.contains(u"at most"), qPrintable(r.error().detail));
    }

    void compression()
    {
        const QByteArray data = QByteArray("Bērziņš ").repeated(10000);
        const QByteArray z = compress(data);
        QVERIFY(z.size() < data.size() / 20);
        QCOMPARE(decompress(z).value(), data);
        QVERIFY(!decompress(z.left(z.size() / 2)).ok());
        QVERIFY(!decompress(QByteArray("not zlib at all")).ok());
        QVERIFY(!decompress(QByteArray()).ok());
        auto bomb = decompress(compress(QByteArray(1'000'000, 'a')), 1000);
        QVERIFY(!bomb.ok());
        QVERIFY2(bomb.error().detail.contains(u"more than 1000 bytes"),
                 qPrintable(bomb.error().detail));
    }

    void fuzzMutatedBodiesNeverCrash()
    {
        const QByteArray device = Uuid::createV7();
        const QByteArray push = encode(PushRequest{device, sampleChanges(20, device)});
        PullResponse pr;
        pr.changes = sampleChanges(20, device);
        const QByteArray pull = encode(pr);
        QRandomGenerator rng(20261130);
        int refused = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray b = round % 2 ? push : pull;
            const int edits = 1 + int(rng.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const int pos = int(rng.bounded(quint32(b.size())));
                switch (rng.bounded(3)) {
                case 0:
                    b[pos] = char(rng.bounded(256));
                    break;
                case 1:
                    b.truncate(pos);
                    break;
                default:
                    b.insert(pos, char(rng.bounded(256)));
                    break;
                }
                if (b.isEmpty())
                    break;
            }
            auto a = decodePushRequest(b);
            auto c = decodePullResponse(b);
            auto z = decompress(b, 1 << 20);
            refused += !a.ok() + !c.ok();
            if (!a.ok())
                QVERIFY(!a.error().detail.isEmpty());
            (void)z;
        }
        QVERIFY(refused > 3000); // most mutations are caught
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
