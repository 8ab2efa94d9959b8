#include "http/guardedtcpserver.h"

#include "domain/problem.h"
#include "http/requestguard.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSslSocket>
#include <QTimer>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcConnections, "gatehouse.server.connections")

// What the server knows about one connection.
struct GuardedConnection
{
    GuardedConnection(const ConnectionLimits &limits)
        : guard(limits.maxHeadBytes, limits.maxBodyBytes)
    { }

    RequestGuard guard;
    // Bytes in the socket's buffer the guard has already seen: Qt HttpServer
    // reads one request at a time and emits readyRead again for the rest.
    qint64 seenUnread = 0;
    QTimer *timer = nullptr;
};

namespace {

QByteArray refusal(int status, const char *reason, const char16_t *code, const QString &title)
{
    Problem p;
    p.status = status;
    p.code = QString::fromUtf16(code);
    p.title = title;
    const QByteArray body = QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact);
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
            + "\r\nContent-Type: application/problem+json\r\nConnection: close\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray answerFor(RequestGuard::Verdict verdict)
{
    switch (verdict) {
    case RequestGuard::Verdict::HeaderTooLarge:
        return refusal(431, "Request Header Fields Too Large", ProblemCode::HeaderTooLarge,
                       u"The request head is larger than this server accepts."_s);
    case RequestGuard::Verdict::PayloadTooLarge:
        return refusal(413, "Content Too Large", ProblemCode::PayloadTooLarge,
                       u"The request body is larger than this server accepts."_s);
    case RequestGuard::Verdict::LengthRequired:
        return refusal(411, "Length Required", ProblemCode::LengthRequired,
                       u"Send the body with a Content-Length."_s);
    default:
        return refusal(400, "Bad Request", ProblemCode::MalformedRequest,
                       u"The request head is malformed."_s);
    }
}

} // namespace

GuardedTcpServer::GuardedTcpServer(ConnectionLimits limits, QObject *parent)
    : QTcpServer(parent), m_limits(limits)
{ }

void GuardedTcpServer::setTls(const QSslConfiguration &configuration)
{
    m_tlsConfiguration = configuration;
    m_tls = true;
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    if (!m_tls) {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        // Responses go out as several writes; with Nagle's algorithm the last
        // segment of a larger one waits for the client's delayed ACK (~40 ms).
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        handOver(socket);
        return;
    }
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    socket->setSslConfiguration(m_tlsConfiguration);
    // Only a completed handshake reaches the HTTP server. A failed one (a plain
    // HTTP request, a client that distrusts the certificate) is dropped: there
    // is no channel left to answer on.
    connect(socket, &QSslSocket::encrypted, this, [this, socket] { handOver(socket); });
    connect(socket, &QAbstractSocket::errorOccurred, socket,
            [socket](QAbstractSocket::SocketError error) {
                if (socket->isEncrypted())
                    return;
                qCInfo(lcConnections) << "TLS handshake with" << socket->peerAddress().toString()
                                      << "failed:" << error;
                socket->abort();
                socket->deleteLater();
            });
    connect(socket, &QAbstractSocket::disconnected, socket, [socket] {
        if (!socket->isEncrypted())
            socket->deleteLater();
    });
    QTimer::singleShot(m_limits.headTimeoutMs, socket, [socket] {
        if (!socket->isEncrypted()) {
            socket->abort();
            socket->deleteLater();
        }
    });
    socket->startServerEncryption();
}

void GuardedTcpServer::handOver(QTcpSocket *socket)
{
    auto connection = std::make_shared<GuardedConnection>(m_limits);
    connection->timer = new QTimer(socket);
    connection->timer->setSingleShot(true);
    connection->timer->start(m_limits.idleTimeoutMs);
    connect(connection->timer, &QTimer::timeout, socket, [socket, connection] {
        // Slow or silent clients must not hold a connection for ever.
        if (socket->state() == QAbstractSocket::UnconnectedState) {
            socket->deleteLater();
            return;
        }
        if (!connection->guard.idle())
            socket->write(refusal(408, "Request Timeout", ProblemCode::RequestTimeout,
                                  u"The request took too long to arrive."_s));
        socket->disconnectFromHost();
    });
    connect(socket, &QTcpSocket::bytesWritten, connection->timer, [this, connection] {
        if (connection->guard.idle())
            connection->timer->start(m_limits.idleTimeoutMs);
    });

    // Connected before the HTTP server's own slot, so it runs first.
    connect(socket, &QTcpSocket::readyRead, socket,
            [this, socket, connection] { onReadyRead(socket, connection); });

    // QAbstractHttpServer 6.4 takes the socket and connects its readyRead slot
    // from pendingConnectionAvailable, which this emits.
    addPendingConnection(socket);

    // Connected after the HTTP server's slot, so it runs after it: what the
    // server left unread (the next pipelined request) was fed to the guard
    // already and must not be fed again when readyRead is emitted for it.
    connect(socket, &QTcpSocket::readyRead, socket,
            [socket, connection] { connection->seenUnread = socket->bytesAvailable(); });
    if (hasPendingConnections()) {
        qCWarning(lcConnections) << "the HTTP server did not take a connection at once;"
                                    " pipelined requests may be checked twice";
    }
    // A TLS client's first request can arrive with the end of the handshake,
    // before these slots were connected: have it read now.
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(socket, &QTcpSocket::readyRead, Qt::QueuedConnection);
}

void GuardedTcpServer::onReadyRead(QTcpSocket *socket,
                                   const std::shared_ptr<GuardedConnection> &connection)
{
    const qint64 available = socket->bytesAvailable();
    const qint64 seen = std::min(connection->seenUnread, available);
    const QByteArray bytes = socket->peek(available);
    RequestGuard &guard = connection->guard;
    const bool wasIdle = guard.idle();
    const qint64 completedBefore = guard.completedRequests();
    const RequestGuard::Verdict verdict = guard.feed(QByteArrayView(bytes).sliced(seen));
    connection->seenUnread = available;
    if (guard.idle()) {
        connection->timer->start(m_limits.idleTimeoutMs);
    } else if (!guard.inHead() || wasIdle || guard.completedRequests() != completedBefore) {
        // A new head, or a body still coming: its time starts now.
        connection->timer->start(m_limits.headTimeoutMs);
    }
    // Otherwise more of the same head: its deadline stands, so a byte now and
    // then cannot hold the connection open (slowloris).
    if (verdict == RequestGuard::Verdict::Continue)
        return;
    qCInfo(lcConnections) << "refused a request from" << socket->peerAddress().toString()
                          << int(verdict);
    connection->timer->stop();
    refuse(socket, answerFor(verdict));
}

void GuardedTcpServer::refuse(QTcpSocket *socket, const QByteArray &answer)
{
    // The HTTP server's slot (after this one) must not buffer any of it.
    QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    // A request head the server had started to read is held in a transaction.
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    socket->skip(socket->bytesAvailable());
    // Keep reading and dropping what the client still sends: closing with
    // unread input makes the kernel reset the connection, and the client could
    // lose the answer before reading it (RFC 9112 §9.6).
    connect(socket, &QTcpSocket::readyRead, socket,
            [socket] { socket->skip(socket->bytesAvailable()); });
    socket->write(answer);
    const bool tls = qobject_cast<QSslSocket *>(socket) != nullptr;
    if (!tls) {
        connect(socket, &QTcpSocket::bytesWritten, socket, [socket] {
            // All answered: end our half, so the client reads the answer, then an end of stream.
            if (socket->bytesToWrite() == 0 && socket->socketDescriptor() != -1)
                ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
        });
    }
    // The client closes once it has read "Connection: close"; if it keeps
    // sending, the connection ends anyway.
    QTimer::singleShot(m_limits.lingerMs, socket, [socket, tls] {
        if (tls)
            socket->disconnectFromHost();
        else
            socket->abort();
    });
}
