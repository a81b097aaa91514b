// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncclient.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <chrono>

namespace crm::core::sync {

SyncClient::SyncClient(const QUrl &server)
    : m_server(server)
{
    m_nam.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

Result<QByteArray> SyncClient::call(const QByteArray &verb, const QString &path,
                                    const QByteArray &body)
{
    return receive(send(verb, path, body.isEmpty() ? QByteArray() : compress(body)),
                   QDeadlineTimer(m_timeoutMs));
}

QNetworkReply *SyncClient::send(const QByteArray &verb, const QString &path,
                                const QByteArray &payload)
{
    QUrl url = m_server;
    const int query = path.indexOf(u'?');
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/cbor"));
    request.setRawHeader("Accept", "application/cbor");
    request.setRawHeader("Accept-Encoding", "deflate");
    request.setRawHeader("User-Agent", "crm-sync/1");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    if (!payload.isEmpty())
        request.setRawHeader("Content-Encoding", "deflate");
    return m_nam.sendCustomRequest(request, verb, payload);
}

Result<QByteArray> SyncClient::receive(QNetworkReply *reply, QDeadlineTimer deadline)
{
    m_lastStatus = 0;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(std::chrono::milliseconds(std::max<qint64>(0, deadline.remainingTime())));
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    reply->deleteLater();

    const QString where = m_server.toDisplayString();
    m_lastStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (timedOut)
        return Error{ErrorCode::Io,
                     QStringLiteral("the server at %1 did not answer within %2 s")
                         .arg(where)
                         .arg(m_timeoutMs / 1000),
                     {}};
    QByteArray data = reply->readAll();
    if (reply->rawHeader("Content-Encoding").trimmed().compare("deflate", Qt::CaseInsensitive) ==
        0) {
        auto plain = decompress(data);
        if (!plain)
            return Error{ErrorCode::Invalid,
                         QStringLiteral("the server at %1 sent a damaged answer: %2")
                             .arg(where, plain.error().detail),
                         {}};
        data = std::move(plain).value();
    }
    if (m_lastStatus == 0)
        return Error{
            ErrorCode::Io,
            QStringLiteral("cannot reach the server at %1: %2").arg(where, reply->errorString()),
            {}};
    if (m_lastStatus != 200) {
        auto e = decodeErrorResponse(data);
        const QString detail = e ? e->error : QString::fromUtf8(data.left(200)).simplified();
        ErrorCode code = ErrorCode::Io; // the server failed: try again later
        if (m_lastStatus == 401)
            code = ErrorCode::Unauthorized;
        else if (m_lastStatus == 403)
            code = ErrorCode::Forbidden;
        else if (m_lastStatus >= 400 && m_lastStatus < 500)
            code = ErrorCode::Invalid;
        return Error{code,
                     QStringLiteral("the server at %1 answered %2: %3")
                         .arg(where)
                         .arg(m_lastStatus)
                         .arg(detail.isEmpty() ? reply->errorString() : detail),
                     {}};
    }
    return data;
}

Result<LoginResponse> SyncClient::login(const LoginRequest &request)
{
    auto data = call("POST", QStringLiteral("/api/v1/login"), encode(request));
    if (!data)
        return data.error();
    return decodeLoginResponse(*data);
}

Result<PushResponse> SyncClient::push(const PushRequest &request)
{
    startPush(pushBody(request));
    return takePush();
}

QByteArray SyncClient::pushBody(const PushRequest &request)
{
    return compress(encode(request));
}

void SyncClient::startPush(const QByteArray &body)
{
    if (m_push) {
        m_push->abort();
        m_push->deleteLater();
    }
    m_pushDeadline = QDeadlineTimer(m_timeoutMs);
    QNetworkReply *reply = send("POST", QStringLiteral("/api/v1/push"), body);
    m_push = reply;
    // Qt starts a request that has a body from this thread's event loop and hands the body to
    // its network thread piece by piece through it: run it until the body is out (or the
    // request ended), else the server would wait for the rest while this thread works.
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::uploadProgress, &loop,
                     [&loop](qint64 sent, qint64 total) {
                         if (total > 0 && sent >= total)
                             loop.quit();
                     });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(
        std::chrono::milliseconds(std::max<qint64>(0, m_pushDeadline.remainingTime())), &loop,
        &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
}

Result<PushResponse> SyncClient::takePush()
{
    QNetworkReply *reply = m_push;
    m_push = nullptr;
    if (!reply)
        return Error{ErrorCode::Invalid, QStringLiteral("no push was started"), {}};
    auto data = receive(reply, m_pushDeadline);
    if (!data)
        return data.error();
    return decodePushResponse(*data);
}

Result<PullResponse> SyncClient::pull(qint64 since, int limit)
{
    auto data =
        call("GET", QStringLiteral("/api/v1/pull?since=%1&limit=%2").arg(since).arg(limit), {});
    if (!data)
        return data.error();
    return decodePullResponse(*data);
}

void SyncClient::abort()
{
    // The manager is the parent of the replies it made.
    const auto replies = m_nam.findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies)
        reply->abort();
}

} // namespace crm::core::sync
