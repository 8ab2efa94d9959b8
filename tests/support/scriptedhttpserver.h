#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A loopback HTTP/1.1 server that does what a test scripts and records what it
// was sent: answer every request with one canned response, or accept and never
// answer (a hung server). Plain HTTP only.
class ScriptedHttpServer final : public QTcpServer
{
    Q_OBJECT

public:
    explicit ScriptedHttpServer(QObject *parent = nullptr);

    bool start(quint16 port = 0);
    QUrl baseUrl() const;

    // Silent: accept, read, never answer.
    void setSilent(bool silent) { m_silent = silent; }
    // The raw response written for every request ("HTTP/1.1 503 …\r\n…").
    void setResponse(QByteArray response) { m_response = std::move(response); }
    static QByteArray response(int status, const QByteArray &reason, const QByteArray &body = {},
                               const QList<QPair<QByteArray, QByteArray>> &headers = {},
                               const QByteArray &contentType = "application/json");

    int connections() const { return m_connections; }
    // Each request's head (request line and headers) and body, in arrival order.
    const QList<QByteArray> &requestHeads() const { return m_heads; }
    const QList<QByteArray> &requestBodies() const { return m_bodies; }
    qsizetype requestCount() const { return m_heads.size(); }

signals:
    void requestReceived();

private:
    void onConnection();
    void onReadyRead(QTcpSocket *socket);

    bool m_silent = false;
    QByteArray m_response;
    int m_connections = 0;
    QList<QByteArray> m_heads;
    QList<QByteArray> m_bodies;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
