#pragma once

#include "testcertificates.h"

#include <QSslServer>
#include <QUrl>

// A TLS server on loopback that records whatever arrives over TLS (nothing,
// when the client refused its certificate) and answers a request with 200.
class TlsProbeServer final : public QSslServer
{
    Q_OBJECT

public:
    using QSslServer::QSslServer;

    bool start(const TestCertificates::Identity &identity);
    QUrl url() const;

    int handshakesStarted() const { return m_handshakesStarted; }
    const QByteArray &received() const { return m_received; }

private:
    int m_handshakesStarted = 0;
    QByteArray m_received;
};
