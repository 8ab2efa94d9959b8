#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

#include <memory>

class QTcpSocket;
struct GuardedConnection;

struct ConnectionLimits
{
    qsizetype maxHeadBytes = 32 * 1024;
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    int headTimeoutMs = 30'000; // a started request (or a TLS handshake) must complete in this time
    int idleTimeoutMs = 120'000; // a keep-alive connection with nothing to say is closed
    int lingerMs = 2'000;        // after a refusal, input is read and dropped this long at most
};

// A QTcpServer that puts a RequestGuard on every connection before Qt
// HttpServer sees it (its readyRead slot is connected first, so it runs first),
// answers 413 / 431 / 411 / 400 itself and closes, and optionally speaks TLS.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT

public:
    explicit GuardedTcpServer(ConnectionLimits limits, QObject *parent = nullptr);

    void setTls(const QSslConfiguration &configuration);
    bool usesTls() const { return m_tls; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    void handOver(QTcpSocket *socket);
    void onReadyRead(QTcpSocket *socket, const std::shared_ptr<GuardedConnection> &connection);
    void refuse(QTcpSocket *socket, const QByteArray &answer);

    ConnectionLimits m_limits;
    QSslConfiguration m_tlsConfiguration;
    bool m_tls = false;
};
