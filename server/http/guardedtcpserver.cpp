#include "http/guardedtcpserver.h"

#include "domain/problem.h"
#include "http/requestguard.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSslSocket>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcConnections, "gatehouse.server.connections")

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

} // namespace

GuardedTcpServer::GuardedTcpServer(ConnectionLimits limits, QObject *parent)
    : QTcpServer(parent), m_limits(limits)
{
}

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
        watch(socket);
        addPendingConnection(socket);
        return;
    }
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    socket->setSslConfiguration(m_tlsConfiguration);
    // Only a completed handshake reaches the HTTP server; failures are dropped.
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        watch(socket);
        addPendingConnection(socket);
    });
    connect(socket, &QSslSocket::sslErrors, socket, [socket](const QList<QSslError> &errors) {
        qCInfo(lcConnections) << "TLS handshake failed:" << errors.value(0).errorString();
        socket->disconnectFromHost();
    });
    connect(socket, &QAbstractSocket::disconnected, socket, [socket] {
        if (!socket->isEncrypted())
            socket->deleteLater();
    });
    QTimer::singleShot(m_limits.headTimeoutMs, socket, [socket] {
        if (!socket->isEncrypted())
            socket->abort();
    });
    socket->startServerEncryption();
}

void GuardedTcpServer::watch(QTcpSocket *socket)
{
    auto guard = std::make_shared<RequestGuard>(m_limits.maxHeadBytes, m_limits.maxBodyBytes);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    timer->start(m_limits.idleTimeoutMs);
    connect(timer, &QTimer::timeout, socket, [socket, guard] {
        // Slow or silent clients must not hold a connection for ever.
        if (!guard->idle())
            socket->write(refusal(408, "Request Timeout", ProblemCode::RequestTimeout, u"The request took too long to arrive."_s));
        socket->disconnectFromHost();
    });

    connect(socket, &QTcpSocket::readyRead, socket, [this, socket, guard, timer] {
        const QByteArray fresh = socket->peek(socket->bytesAvailable());
        const RequestGuard::Verdict verdict = guard->feed(fresh);
        timer->start(guard->idle() ? m_limits.idleTimeoutMs : m_limits.headTimeoutMs);
        if (verdict == RequestGuard::Verdict::Continue)
            return;
        // Stop the HTTP server's own slot from buffering any of it, answer, close.
        QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
        QByteArray answer;
        switch (verdict) {
        case RequestGuard::Verdict::HeaderTooLarge:
            answer = refusal(431, "Request Header Fields Too Large", ProblemCode::HeaderTooLarge,
                             u"The request head is larger than this server accepts."_s);
            break;
        case RequestGuard::Verdict::PayloadTooLarge:
            answer = refusal(413, "Content Too Large", ProblemCode::PayloadTooLarge,
                             u"The request body is larger than this server accepts."_s);
            break;
        case RequestGuard::Verdict::LengthRequired:
            answer = refusal(411, "Length Required", ProblemCode::LengthRequired,
                             u"Send the body with a Content-Length."_s);
            break;
        default:
            answer = refusal(400, "Bad Request", ProblemCode::MalformedRequest,
                             u"The request head is malformed."_s);
            break;
        }
        qCInfo(lcConnections) << "refused a request from" << socket->peerAddress().toString()
                              << int(verdict);
        socket->write(answer);
        socket->disconnectFromHost();
    });
    connect(socket, &QTcpSocket::bytesWritten, timer, [this, timer, guard] {
        if (guard->idle())
            timer->start(m_limits.idleTimeoutMs);
    });
}
