// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accountservice.h"
#include "syncservice.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <utility>

namespace crm::server {

struct HttpRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // case-insensitive; empty if absent
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType;
    QList<std::pair<QByteArray, QByteArray>> headers; // besides Content-Type
    QByteArray body;
    QString user; // who sent it, for the request log ("-" when unknown)
};

// The protocol over HTTP, independent of the socket layer: routing of /healthz and /api/v1,
// size, content type and encoding checks, authentication, CBOR in and out, deflate.
// A refused request changes nothing.
class ApiHandler
{
public:
    ApiHandler(AccountService &accounts, SyncService &sync);

    HttpResponse handle(const HttpRequest &request);

    // An ErrorResponse body for `status`, e.g. for refusals made before a request is read.
    static HttpResponse error(int status, const QString &message);
    // One request log line: time, method, path, status, bytes, ms, user. No query, no secrets.
    static QString logLine(const QByteArray &method, const QString &path, int status, qint64 bytes,
                           qint64 ms, const QString &user);

private:
    HttpResponse login(const HttpRequest &request, const QByteArray &body);
    HttpResponse push(const HttpRequest &request, const QByteArray &body, const Session &session);
    HttpResponse pull(const HttpRequest &request, const Session &session);
    // Size, content type and encoding of a POST body: the decoded bytes or a refusal.
    Outcome<QByteArray> readBody(const HttpRequest &request);
    static HttpResponse cbor(const HttpRequest &request, QByteArray body, int status = 200);
    static HttpResponse refused(const HttpRequest &request, const Refusal &refusal);

    AccountService &m_accounts;
    SyncService &m_sync;
};

} // namespace crm::server
