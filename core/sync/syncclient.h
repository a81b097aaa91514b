// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "sync/protocol.h"

#include <QNetworkAccessManager>
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
    Result<PullResponse> pull(qint64 since, int limit);

    // The HTTP status of the last answer (0 when none arrived).
    int lastStatus() const { return m_lastStatus; }

private:
    Result<QByteArray> call(const QByteArray &verb, const QString &path, const QByteArray &body);

    QNetworkAccessManager m_nam;
    QUrl m_server;
    QString m_token;
    int m_timeoutMs = 60000;
    int m_lastStatus = 0;
};

} // namespace crm::core::sync
