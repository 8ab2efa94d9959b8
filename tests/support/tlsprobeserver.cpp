#include "tlsprobeserver.h"

#include "scriptedhttpserver.h"

#include <QSslSocket>

using namespace Qt::StringLiterals;

bool TlsProbeServer::start(const TestCertificates::Identity &identity)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(identity.certificate);
    tls.setPrivateKey(identity.key);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    setSslConfiguration(tls);
    connect(this, &QSslServer::startedEncryptionHandshake, this, [this] { ++m_handshakesStarted; });
    connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (auto *socket = qobject_cast<QSslSocket *>(nextPendingConnection())) {
            connect(socket, &QSslSocket::readyRead, this, [this, socket] {
                m_received += socket->readAll();
                if (m_received.contains("\r\n\r\n"))
                    socket->write(ScriptedHttpServer::response(200, "OK", R"({"status":"ok"})"));
            });
        }
    });
    return listen(QHostAddress::LocalHost, 0);
}

QUrl TlsProbeServer::url() const
{
    return QUrl(u"https://127.0.0.1:%1"_s.arg(serverPort()));
}
