#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

class QTcpSocket;

struct ConnectionLimits
{
    qsizetype maxHeadBytes = 32 * 1024;
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    int headTimeoutMs = 30'000;  // a started request head must complete in this time
    int idleTimeoutMs = 120'000; // a keep-alive connection with nothing to say is closed
};

// A QTcpServer that puts a RequestGuard on every connection before Qt
// HttpServer sees it (its readyRead slot is connected first, so it runs first),
// answers 413 / 431 / 411 itself and closes, and optionally speaks TLS.
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
    void watch(QTcpSocket *socket);

    ConnectionLimits m_limits;
    QSslConfiguration m_tlsConfiguration;
    bool m_tls = false;
};
