// SPDX-License-Identifier: GPL-3.0-or-later
// The real crm-server binary: user administration through its command line, then the
// protocol over HTTP with QNetworkAccessManager, and bad requests that change nothing.
#include "support/process.h"
#include "sync/protocol.h"

#include <QCborMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace crm::core;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray contentEncoding;
    QByteArray contentType;
};

QByteArray deviceId(char n)
{
    QByteArray b(16, 0);
    b[0] = 0x42;
    b[15] = n;
    return b;
}

} // namespace

class tst_ServerProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void commandLine();
    void healthz();
    void loginPushPull();
    void badRequestsChangeNothing();

private:
    using Cli = crm::test::ProcessRun;
    Cli cli(const QStringList &args, const QByteArray &input = {});
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    QString login(const QString &user, const QString &password, char device);
    sync::PullResponse pullAll(const QString &token);

    QTemporaryDir m_dir;
    QString m_database;
    QString m_binary;
    QProcess m_server;
    QUrl m_base;
    QNetworkAccessManager m_nam;
    QString m_token; // anna's
};

tst_ServerProcess::Cli tst_ServerProcess::cli(const QStringList &args, const QByteArray &input)
{
    return crm::test::runProcess(m_binary, args, input, 30000);
}

void tst_ServerProcess::initTestCase()
{
    qputenv("CRM_SERVER_FAST_HASH", "1");
    m_binary = qEnvironmentVariable("CRM_SERVER_BINARY");
    QVERIFY2(QFile::exists(m_binary), "CRM_SERVER_BINARY names no file");
    m_database = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite"));
    const Cli anna =
        cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("anna"),
             QStringLiteral("--team"), QStringLiteral("sales"), QStringLiteral("--password-stdin"),
             QStringLiteral("--database"), m_database},
            "anna secret\n");
    QVERIFY2(anna.exitCode == 0, anna.err.constData());
    const Cli bob =
        cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("bob"),
             QStringLiteral("--team"), QStringLiteral("sales"), QStringLiteral("--password-stdin"),
             QStringLiteral("--database"), m_database},
            "bob secret\n");
    QVERIFY2(bob.exitCode == 0, bob.err.constData());

    m_server.start(m_binary, {QStringLiteral("serve"), QStringLiteral("--listen"),
                              QStringLiteral("127.0.0.1:0"), QStringLiteral("--insecure"),
                              QStringLiteral("--database"), m_database});
    QVERIFY(m_server.waitForStarted(10000));
    QByteArray out;
    for (int i = 0; i < 100 && !out.contains('\n'); ++i) {
        m_server.waitForReadyRead(100);
        out += m_server.readAllStandardOutput();
    }
    const QRegularExpression listening(
        QStringLiteral("^listening on (http://127\\.0\\.0\\.1:(\\d+))\n$"));
    const auto match = listening.match(QString::fromUtf8(out));
    QVERIFY2(match.hasMatch(), out.constData());
    QVERIFY(match.captured(2).toInt() > 0);
    m_base = QUrl(match.captured(1));
}

void tst_ServerProcess::cleanupTestCase()
{
    if (m_server.state() == QProcess::NotRunning)
        return;
    m_server.terminate(); // SIGTERM: a clean stop
    QVERIFY(m_server.waitForFinished(10000));
    QCOMPARE(m_server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_server.exitCode(), 0);
    const QByteArray log = m_server.readAllStandardError();
    QVERIFY2(log.contains("stopped"), log.constData());
    // One line per request, never a password or a token.
    QVERIFY(QRegularExpression(
                QStringLiteral("\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z POST /api/v1/push 200 \\d+B "
                               "\\d+ms user=anna"))
                .match(QString::fromUtf8(log))
                .hasMatch());
    QVERIFY(log.contains("GET /nowhere 404"));
    QVERIFY(!log.contains("secret"));
    QVERIFY(!m_token.isEmpty());
    QVERIFY(!log.contains(m_token.toLatin1()));
}

Reply tst_ServerProcess::send(const QByteArray &method, const QString &path, const QByteArray &body,
                              const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QUrl url = m_base;
    const qsizetype q = path.indexOf(u'?');
    url.setPath(path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest request(url);
    bool typed = false;
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
        typed = typed || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!typed && method == "POST")
        request.setRawHeader("Content-Type", "application/cbor");
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(60000);
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.contentEncoding = reply->rawHeader("Content-Encoding");
    r.contentType = reply->rawHeader("Content-Type");
    reply->deleteLater();
    return r;
}

QString tst_ServerProcess::login(const QString &user, const QString &password, char device)
{
    const Reply r = send("POST", QStringLiteral("/api/v1/login"),
                         sync::encode(sync::LoginRequest{user, password, deviceId(device),
                                                         QStringLiteral("test laptop")}));
    if (r.status != 200)
        return {};
    auto decoded = sync::decodeLoginResponse(r.body);
    return decoded ? decoded->token : QString();
}

sync::PullResponse tst_ServerProcess::pullAll(const QString &token)
{
    const Reply r = send("GET", QStringLiteral("/api/v1/pull?since=0"), {},
                         {{"Authorization", "Bearer " + token.toLatin1()}});
    auto decoded = sync::decodePullResponse(r.body);
    return decoded ? *decoded : sync::PullResponse{};
}

void tst_ServerProcess::commandLine()
{
    QCOMPARE(cli({}).exitCode, 2);
    QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    const Cli noStdin = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x"),
                             QStringLiteral("--database"), m_database});
    QCOMPARE(noStdin.exitCode, 2);
    QVERIFY(noStdin.err.contains("--password-stdin"));
    const Cli again =
        cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("anna"),
             QStringLiteral("--password-stdin"), QStringLiteral("--database"), m_database},
            "x\n");
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.err.count('\n'), 1);
    QVERIFY(again.err.contains("already exists"));
    QCOMPARE(cli({QStringLiteral("serve"), QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:0"), QStringLiteral("--database"), m_database})
                 .exitCode,
             2); // neither TLS nor --insecure
    QCOMPARE(cli({QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("nobody"),
                  QStringLiteral("--database"), m_database})
                 .exitCode,
             1);
    const Cli help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("CRM_SERVER_FAST_HASH"));
}

void tst_ServerProcess::healthz()
{
    const Reply r = send("GET", QStringLiteral("/healthz"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("ok"));
}

void tst_ServerProcess::loginPushPull()
{
    m_token = login(QStringLiteral("anna"), QStringLiteral("anna secret"), 1);
    QVERIFY(!m_token.isEmpty());
    QVERIFY(login(QStringLiteral("anna"), QStringLiteral("wrong"), 1).isEmpty());
    const QString bob = login(QStringLiteral("bob"), QStringLiteral("bob secret"), 2);
    QVERIFY(!bob.isEmpty());

    sync::Change c;
    c.device = deviceId(1);
    c.counter = 1;
    c.hlc = quint64(QDateTime::currentMSecsSinceEpoch()) << 16;
    c.txn = 1;
    c.table = QStringLiteral("contacts");
    c.row = QByteArray(16, 'r');
    c.value = QCborMap{{QStringLiteral("name"), QStringLiteral("Jānis")},
                       {QStringLiteral("visibility"), QStringLiteral("team")}};
    // Compressed request, compressed answer.
    const Reply pushed = send("POST", QStringLiteral("/api/v1/push"),
                              sync::compress(sync::encode(sync::PushRequest{deviceId(1), {c}})),
                              {{"Authorization", "Bearer " + m_token.toLatin1()},
                               {"Content-Encoding", "deflate"},
                               {"Accept-Encoding", "deflate"}});
    QCOMPARE(pushed.status, 200);
    QCOMPARE(pushed.contentEncoding, QByteArray("deflate"));
    QCOMPARE(pushed.contentType, QByteArray("application/cbor"));
    auto inflated = sync::decompress(pushed.body);
    QVERIFY(inflated);
    auto response = sync::decodePushResponse(*inflated);
    QVERIFY(response);
    QCOMPARE(response->results.size(), 1);
    QCOMPARE(response->results[0].status, sync::PushStatus::Applied);
    QCOMPARE(response->results[0].serverSeq, 1);

    // bob pulls it, uncompressed.
    const Reply pulled = send("GET", QStringLiteral("/api/v1/pull?since=0&limit=10"), {},
                              {{"Authorization", "Bearer " + bob.toLatin1()}});
    QCOMPARE(pulled.status, 200);
    auto pull = sync::decodePullResponse(pulled.body);
    QVERIFY2(pull, qPrintable(pull.error().message()));
    QCOMPARE(pull->changes.size(), 1);
    QCOMPARE(pull->changes[0].author, QStringLiteral("anna"));
    QCOMPARE(pull->next, 1);
    QVERIFY(!pull->more);

    // The replayed push: the same answer as a duplicate.
    const Reply replay = send("POST", QStringLiteral("/api/v1/push"),
                              sync::encode(sync::PushRequest{deviceId(1), {c}}),
                              {{"Authorization", "Bearer " + m_token.toLatin1()}});
    QCOMPARE(replay.status, 200);
    auto again = sync::decodePushResponse(replay.body);
    QVERIFY(again);
    QCOMPARE(again->results[0].status, sync::PushStatus::Duplicate);
    QCOMPARE(again->results[0].serverSeq, 1);
}

void tst_ServerProcess::badRequestsChangeNothing()
{
    QVERIFY(!m_token.isEmpty());
    const QByteArray auth = "Bearer " + m_token.toLatin1();
    const QString bob = login(QStringLiteral("bob"), QStringLiteral("bob secret"), 2);
    const sync::PullResponse before = pullAll(bob);

    sync::Change c;
    c.device = deviceId(1);
    c.counter = 2;
    c.hlc = quint64(QDateTime::currentMSecsSinceEpoch()) << 16;
    c.table = QStringLiteral("contacts");
    c.row = QByteArray(16, 'r');
    c.column = QStringLiteral("name");
    c.value = QStringLiteral("Changed");
    c.baseSeq = 1;
    const QByteArray valid = sync::encode(sync::PushRequest{deviceId(1), {c}});

    struct Case
    {
        const char *name;
        QByteArray method;
        QString path;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        int status;
    };
    const QList<Case> cases{
        {"malformed CBOR",
         "POST",
         QStringLiteral("/api/v1/push"),
         "\xff\x00garbage",
         {{"Authorization", auth}},
         400},
        {"truncated CBOR",
         "POST",
         QStringLiteral("/api/v1/push"),
         valid.left(valid.size() / 2),
         {{"Authorization", auth}},
         400},
        {"corrupt deflate",
         "POST",
         QStringLiteral("/api/v1/push"),
         "not zlib",
         {{"Authorization", auth}, {"Content-Encoding", "deflate"}},
         400},
        {"wrong content type",
         "POST",
         QStringLiteral("/api/v1/push"),
         valid,
         {{"Authorization", auth}, {"Content-Type", "application/json"}},
         415},
        {"no token", "POST", QStringLiteral("/api/v1/push"), valid, {}, 401},
        {"bad token",
         "POST",
         QStringLiteral("/api/v1/push"),
         valid,
         {{"Authorization", "Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}},
         401},
        {"pull without token", "GET", QStringLiteral("/api/v1/pull?since=0"), {}, {}, 401},
        {"bad cursor",
         "GET",
         QStringLiteral("/api/v1/pull?since=abc"),
         {},
         {{"Authorization", auth}},
         400},
        {"unknown path", "GET", QStringLiteral("/nowhere"), {}, {}, 404},
        {"wrong method", "GET", QStringLiteral("/api/v1/push"), {}, {{"Authorization", auth}}, 405},
        {"login malformed", "POST", QStringLiteral("/api/v1/login"), "\xa1", {}, 400},
        {"body over the limit",
         "POST",
         QStringLiteral("/api/v1/push"),
         QByteArray(sync::MaxBodyBytes + 1, 'x'),
         {{"Authorization", auth}},
         413},
    };
    for (const Case &k : cases) {
        const Reply r = send(k.method, k.path, k.body, k.headers);
        QVERIFY2(r.status == k.status, qPrintable(QStringLiteral("%1: status %2, expected %3")
                                                      .arg(QLatin1String(k.name))
                                                      .arg(r.status)
                                                      .arg(k.status)));
        auto error = sync::decodeErrorResponse(r.body); // every refusal says why
        QVERIFY2(error && !error->error.isEmpty(), k.name);
    }
    const sync::PullResponse after = pullAll(bob);
    QCOMPARE(after.changes, before.changes);
    QCOMPARE(after.next, before.next);
    // And the server still works.
    QCOMPARE(send("GET", QStringLiteral("/healthz")).status, 200);
}

QTEST_GUILESS_MAIN(tst_ServerProcess)
#include "tst_serverprocess.moc"
