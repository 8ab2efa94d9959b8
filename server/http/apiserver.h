#pragma once

#include "http/guardedtcpserver.h"
#include "http/router.h"

#include <QAbstractHttpServer>

#include <functional>

class Authenticator;

// The HTTP front: routes each request, enforces each route's Access through
// the Authenticator (the one mechanism every route goes through), turns any
// escaped failure into a problem document, and writes the response.
class ApiServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    ApiServer(Router &router, Authenticator &authenticator, QObject *parent = nullptr);

    // Listens through a GuardedTcpServer; returns the port, or 0 on failure.
    quint16 listenGuarded(const QHostAddress &address, quint16 port, ConnectionLimits limits,
                          const QSslConfiguration *tls, QString *error);
    // Runs after every request, answered or failed (the store releases its statements).
    void setAfterEachRequest(std::function<void()> fn) { m_afterEachRequest = std::move(fn); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpResponse dispatch(ApiRequest &request);
    void write(const QHttpServerRequest &request, QTcpSocket *socket, const ApiRequest &api,
               HttpResponse response, qint64 startedNs);

    Router &m_router;
    Authenticator &m_authenticator;
    std::function<void()> m_afterEachRequest;
};
