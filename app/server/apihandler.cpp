// SPDX-License-Identifier: GPL-3.0-or-later
#include "apihandler.h"

#include <QDateTime>
#include <QTextStream>

#include <cstdio>

namespace crm::server {

namespace sync = core::sync;

namespace {

const QByteArray CborType = "application/cbor";

bool acceptsDeflate(const HttpRequest &r)
{
    return r.header("accept-encoding").toLower().contains("deflate");
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ApiHandler::ApiHandler(AccountService &accounts, SyncService &sync)
    : m_accounts(accounts)
    , m_sync(sync)
{}

HttpResponse ApiHandler::error(int status, const QString &message)
{
    HttpResponse r;
    r.status = status;
    r.contentType = CborType;
    r.body = sync::encode(sync::ErrorResponse{message});
    r.user = QStringLiteral("-");
    return r;
}

HttpResponse ApiHandler::cbor(const HttpRequest &request, QByteArray body, int status)
{
    HttpResponse r;
    r.status = status;
    r.contentType = CborType;
    if (acceptsDeflate(request)) {
        body = sync::compress(body);
        r.headers.append(std::pair<QByteArray, QByteArray>("Content-Encoding", "deflate"));
    }
    r.body = std::move(body);
    r.user = QStringLiteral("-");
    return r;
}

HttpResponse ApiHandler::refused(const HttpRequest &request, const Refusal &refusal)
{
    QString message = refusal.reason;
    if (refusal.status >= 500) {
        // The detail (SQL and all) stays in the server's log.
        std::fprintf(stderr, "crm-server: error: %s %s: %s\n", request.method.constData(),
                     qPrintable(request.path), qPrintable(refusal.reason));
        message = QStringLiteral("internal server error; the server log has the details");
    }
    HttpResponse r = cbor(request, sync::encode(sync::ErrorResponse{message}), refusal.status);
    if (refusal.status == 401)
        r.headers.append(std::pair<QByteArray, QByteArray>("WWW-Authenticate", "Bearer"));
    return r;
}

HttpResponse ApiHandler::handle(const HttpRequest &request)
{
    struct Route
    {
        const char *path;
        const char *method;
    };
    static const Route routes[] = {{"/healthz", "GET"},
                                   {"/api/v1/login", "POST"},
                                   {"/api/v1/push", "POST"},
                                   {"/api/v1/pull", "GET"}};
    const Route *route = nullptr;
    for (const Route &r : routes) {
        if (request.path == QLatin1String(r.path))
            route = &r;
    }
    if (!route)
        return refused(request, Refusal{404, QStringLiteral("%1: no such endpoint (this server "
                                                            "speaks /api/v%2)")
                                                 .arg(request.path)
                                                 .arg(sync::ProtocolVersion)});
    if (request.method != route->method) {
        HttpResponse r =
            refused(request, Refusal{405, QStringLiteral("%1: use %2, not %3")
                                              .arg(request.path, QLatin1String(route->method),
                                                   QLatin1String(request.method))});
        r.headers.append(std::pair<QByteArray, QByteArray>("Allow", route->method));
        return r;
    }
    if (request.path == u"/healthz") {
        HttpResponse r;
        r.contentType = "text/plain";
        r.body = "ok";
        r.user = QStringLiteral("-");
        return r;
    }
    const bool post = request.method == "POST";
    // The size first: a body over the limit is refused before anything else is looked at.
    if (post) {
        const QByteArray length = request.header("content-length");
        bool ok = true;
        const qint64 declared = length.isEmpty() ? 0 : length.toLongLong(&ok);
        if (declared > sync::MaxBodyBytes || request.body.size() > sync::MaxBodyBytes)
            return refused(
                request,
                Refusal{413, QStringLiteral("body: more than %1 bytes").arg(sync::MaxBodyBytes)});
    }
    if (request.path == u"/api/v1/login") {
        auto body = readBody(request);
        if (!body)
            return refused(request, body.refusal());
        return login(request, *body);
    }
    auto session = m_accounts.authenticate(request.header("authorization"));
    if (!session)
        return refused(request, session.refusal());
    HttpResponse r;
    if (post) {
        auto body = readBody(request);
        if (!body)
            r = refused(request, body.refusal());
        else
            r = push(request, *body, *session);
    } else {
        r = pull(request, *session);
    }
    r.user = session->user;
    return r;
}

Outcome<QByteArray> ApiHandler::readBody(const HttpRequest &request)
{
    const QByteArray type = request.header("content-type").split(';').first().trimmed().toLower();
    if (type != CborType)
        return Refusal{415, QStringLiteral("Content-Type: expected application/cbor, not \"%1\"")
                                .arg(QString::fromLatin1(type))};
    const QByteArray encoding = request.header("content-encoding").trimmed().toLower();
    if (encoding.isEmpty() || encoding == "identity")
        return request.body;
    if (encoding != "deflate")
        return Refusal{415, QStringLiteral("Content-Encoding: expected deflate, not \"%1\"")
                                .arg(QString::fromLatin1(encoding))};
    auto inflated = sync::decompress(request.body);
    if (!inflated)
        return Refusal{inflated.error().detail.contains(u"more than") ? 413 : 400,
                       inflated.error().message()};
    return std::move(inflated).value();
}

HttpResponse ApiHandler::login(const HttpRequest &request, const QByteArray &body)
{
    auto decoded = sync::decodeLoginRequest(body);
    if (!decoded)
        return refused(request, Refusal{400, decoded.error().message()});
    auto response = m_accounts.login(*decoded);
    if (!response)
        return refused(request, response.refusal());
    HttpResponse r = cbor(request, sync::encode(*response));
    r.user = response->user;
    return r;
}

HttpResponse ApiHandler::push(const HttpRequest &request, const QByteArray &body,
                              const Session &session)
{
    auto decoded = sync::decodePushRequest(body);
    if (!decoded)
        return refused(request, Refusal{400, decoded.error().message()});
    auto response = m_sync.push(session, *decoded);
    if (!response)
        return refused(request, response.refusal());
    return cbor(request, sync::encode(*response));
}

HttpResponse ApiHandler::pull(const HttpRequest &request, const Session &session)
{
    qint64 since = 0;
    int limit = 0;
    for (const auto &[name, target] :
         {std::pair{QStringLiteral("since"), 0}, std::pair{QStringLiteral("limit"), 1}}) {
        if (!request.query.hasQueryItem(name))
            continue;
        bool ok = false;
        const qint64 v = request.query.queryItemValue(name).toLongLong(&ok);
        if (!ok || v < 0)
            return refused(request, Refusal{400, QStringLiteral("pull: %1: expected a whole number "
                                                                "of 0 or more")
                                                     .arg(name)});
        if (target == 0)
            since = v;
        else
            limit = int(std::min<qint64>(v, sync::MaxBatch));
    }
    auto response = m_sync.pull(session, since, limit);
    if (!response)
        return refused(request, response.refusal());
    return cbor(request, sync::encode(*response));
}

QString ApiHandler::logLine(const QByteArray &method, const QString &path, int status, qint64 bytes,
                            qint64 ms, const QString &user)
{
    return QStringLiteral("%1 %2 %3 %4 %5B %6ms user=%7")
        .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
             QString::fromLatin1(method), path)
        .arg(status)
        .arg(bytes)
        .arg(ms)
        .arg(user.isEmpty() ? QStringLiteral("-") : user);
}

} // namespace crm::server
