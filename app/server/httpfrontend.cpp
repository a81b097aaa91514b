// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpfrontend.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>

namespace crm::server {

namespace {

constexpr qsizetype MaxHeadBytes = 64 * 1024;

void logRequest(const QByteArray &method, const QString &path, int status, qint64 bytes, qint64 ms,
                const QString &user)
{
    const QByteArray line = ApiHandler::logLine(method, path, status, bytes, ms, user).toUtf8();
    std::fprintf(stderr, "%s\n", line.constData());
    std::fflush(stderr);
}

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

// Watches the raw bytes of one connection (it runs before Qt's reader: its slot is connected
// first) and refuses a request whose declared body is over the limit, or a chunked one whose
// size is unknown, before the body is buffered. It then swallows the rest of the declared
// body so the client reads the answer rather than a reset, and closes the connection.
class BodyGuard : public QObject
{
public:
    explicit BodyGuard(QTcpSocket *socket)
        : QObject(socket)
        , m_socket(socket)
    {
        connect(socket, &QIODevice::readyRead, this, &BodyGuard::inspect);
    }

private:
    void inspect()
    {
        if (m_draining) {
            m_drain -= m_socket->read(m_socket->bytesAvailable()).size();
            if (m_drain <= 0)
                m_socket->disconnectFromHost();
            return;
        }
        const QByteArray data = m_socket->peek(m_socket->bytesAvailable());
        qsizetype at = 0;
        while (at < data.size()) {
            if (m_bodyLeft > 0) {
                const qsizetype take = qsizetype(std::min<qint64>(m_bodyLeft, data.size() - at));
                m_bodyLeft -= take;
                at += take;
                continue;
            }
            const qsizetype before = m_head.size();
            m_head.append(data.constData() + at, data.size() - at);
            const qsizetype end = m_head.indexOf("\r\n\r\n", std::max<qsizetype>(0, before - 3));
            if (end < 0) {
                if (m_head.size() > MaxHeadBytes)
                    refuse(431,
                           QStringLiteral("request head: more than %1 bytes").arg(MaxHeadBytes), 0);
                return;
            }
            const qsizetype consumed = end + 4 - before; // bytes of `data` in this head
            qint64 length = 0;
            bool chunked = false;
            QByteArray requestLine;
            const QList<QByteArray> lines = m_head.left(end).split('\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                const QByteArray line = lines.at(i).trimmed();
                if (i == 0) {
                    requestLine = line;
                    continue;
                }
                const qsizetype colon = line.indexOf(':');
                if (colon < 0)
                    continue;
                const QByteArray name = line.left(colon).trimmed().toLower();
                const QByteArray value = line.mid(colon + 1).trimmed();
                if (name == "content-length")
                    length = value.toLongLong();
                else if (name == "transfer-encoding" && value.toLower().contains("chunked"))
                    chunked = true;
            }
            m_head.clear();
            at += consumed;
            m_method = requestLine.split(' ').value(0);
            m_path = QString::fromLatin1(requestLine.split(' ').value(1).split('?').first());
            if (chunked)
                return refuse(411, QStringLiteral("body: send a Content-Length, not chunks"), 0);
            if (length > core::sync::MaxBodyBytes)
                return refuse(
                    413, QStringLiteral("body: more than %1 bytes").arg(core::sync::MaxBodyBytes),
                    length - (data.size() - at));
            m_bodyLeft = length;
        }
    }

    void refuse(int status, const QString &message, qint64 drain)
    {
        m_socket->readAll(); // Qt's reader sees nothing of this request
        const HttpResponse r = ApiHandler::error(status, message);
        const QByteArray phrase = status == 413   ? "Payload Too Large"
                                  : status == 411 ? "Length Required"
                                                  : "Request Header Fields Too Large";
        QByteArray out =
            "HTTP/1.1 " + QByteArray::number(status) + ' ' + phrase +
            "\r\nContent-Type: " + r.contentType +
            "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(r.body.size()) +
            "\r\n\r\n" + r.body;
        m_socket->write(out);
        logRequest(m_method.isEmpty() ? QByteArray("-") : m_method, m_path, status, r.body.size(),
                   0, QStringLiteral("-"));
        m_draining = true;
        m_drain = drain;
        if (m_drain <= 0)
            m_socket->disconnectFromHost();
        QTimer::singleShot(30000, m_socket, [s = QPointer<QTcpSocket>(m_socket)] {
            if (s)
                s->abort();
        });
    }

    QTcpSocket *m_socket;
    QByteArray m_head;
    qint64 m_bodyLeft = 0;
    bool m_draining = false;
    qint64 m_drain = 0;
    QByteArray m_method;
    QString m_path;
};

class GuardedTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr handle) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        new BodyGuard(socket);
        addPendingConnection(socket);
    }
};

} // namespace

HttpFrontend::HttpFrontend(ApiHandler &handler, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_handler(handler)
{}

quint16 HttpFrontend::start(const QHostAddress &address, quint16 port,
                            const std::optional<QSslConfiguration> &tls, QString *error)
{
    QTcpServer *server = nullptr;
    if (tls) {
        auto *ssl = new QSslServer(this);
        ssl->setSslConfiguration(*tls);
        connect(ssl, &QSslServer::startedEncryptionHandshake, this,
                [](QSslSocket *socket) { new BodyGuard(socket); });
        server = ssl;
    } else {
        server = new GuardedTcpServer(this);
    }
    if (!server->listen(address, port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(server->errorString());
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

bool HttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    HttpRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = request.query();
    r.headers = request.headers();
    r.body = request.body();
    HttpResponse response;
    if (request.method() == QHttpServerRequest::Method::Unknown)
        response = ApiHandler::error(405, QStringLiteral("%1: unknown method").arg(r.path));
    else
        response = m_handler.handle(r);

    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    responder.writeHeader("Content-Type", response.contentType);
    for (const auto &[name, value] : response.headers)
        responder.writeHeader(name, value);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);
    logRequest(r.method, r.path, response.status, response.body.size(), timer.elapsed(),
               response.user);
    return true;
}

void HttpFrontend::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

} // namespace crm::server
