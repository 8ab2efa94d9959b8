#include "scriptedhttpserver.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

ScriptedHttpServer::ScriptedHttpServer(QObject *parent) : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, &ScriptedHttpServer::onConnection);
}

bool ScriptedHttpServer::start(quint16 port)
{
    return listen(QHostAddress::LocalHost, port);
}

QUrl ScriptedHttpServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(serverPort());
    return url;
}

QByteArray ScriptedHttpServer::response(int status, const QByteArray &reason,
                                        const QByteArray &body,
                                        const QList<QPair<QByteArray, QByteArray>> &headers,
                                        const QByteArray &contentType)
{
    QByteArray r = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    if (!body.isEmpty())
        r += "Content-Type: " + contentType + "\r\n";
    r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers)
        r += name + ": " + value + "\r\n";
    r += "\r\n" + body;
    return r;
}

void ScriptedHttpServer::onConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        ++m_connections;
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void ScriptedHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        m_heads.append(head);
        m_bodies.append(buffer.mid(end + 4, length));
        buffer.remove(0, end + 4 + length);
        emit requestReceived();
        if (!m_silent)
            socket->write(m_response);
    }
}
