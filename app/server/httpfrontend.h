// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apihandler.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QSslConfiguration>

#include <optional>

class QTcpServer;

namespace crm::server {

// Qt HttpServer glue: turns each QHttpServerRequest into an HttpRequest for ApiHandler,
// writes the answer and logs one line per request on stderr. Before Qt reads a body, a
// guard on every connection looks at the request head and answers 413 when Content-Length
// is over the limit (Qt 6.4 would otherwise buffer the whole body first).
class HttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit HttpFrontend(ApiHandler &handler, QObject *parent = nullptr);

    // Port 0 picks a free port. Answers the port listened on, or 0 with `error` set.
    quint16 start(const QHostAddress &address, quint16 port,
                  const std::optional<QSslConfiguration> &tls, QString *error);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    ApiHandler &m_handler;
};

} // namespace crm::server
