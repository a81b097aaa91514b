// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "sync/protocol.h"

#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QUrl>

namespace crm::core::sync {

// The HTTP side of sync: one blocking call per request (run it on the sync thread or in a
// command-line tool), CBOR bodies compressed with deflate, a bearer token, a timeout.
// A server that cannot be reached, an HTTP error and a malformed answer each come back as
// an Error that says which.
class SyncClient
{
public:
    explicit SyncClient(const QUrl &server);

    void setToken(const QString &token) { m_token = token; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    QUrl server() const { return m_server; }

    Result<LoginResponse> login(const LoginRequest &request);
    Result<PushResponse> push(const PushRequest &request);
    // The same push in two steps, so the next batch is read while the server stores this one:
    // pushBody() encodes and compresses a request (no network), startPush() sends it and
    // returns once the body has gone out, takePush() waits for the answer. One push is in
    // flight at a time; starting another drops the one before.
    static QByteArray pushBody(const PushRequest &request);
    void startPush(const QByteArray &body);
    Result<PushResponse> takePush();
    Result<PullResponse> pull(qint64 since, int limit);
    // Ends every request in flight with an error. Call it on the client's thread (from
    // another: QMetaObject::invokeMethod(context(), ...)); a blocking call waiting for its
    // answer then returns.
    void abort();
    QObject *context() { return &m_nam; }

    // The HTTP status of the last answer (0 when none arrived).
    int lastStatus() const { return m_lastStatus; }

private:
    Result<QByteArray> call(const QByteArray &verb, const QString &path, const QByteArray &body);
    // `payload` goes as it is: compressed (deflate), or empty.
    QNetworkReply *send(const QByteArray &verb, const QString &path, const QByteArray &payload);
    // Waits for the answer until `deadline`.
    Result<QByteArray> receive(QNetworkReply *reply, QDeadlineTimer deadline);

    QNetworkAccessManager m_nam;
    QUrl m_server;
    QString m_token;
    int m_timeoutMs = 60000;
    int m_lastStatus = 0;
    QPointer<QNetworkReply> m_push; // startPush()'s request
    QDeadlineTimer m_pushDeadline;  // when it times out
};

} // namespace crm::core::sync
