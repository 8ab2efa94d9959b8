// TLS on the server side (RELIABILITY 17): with --tls-certificate/--tls-key the
// real binary serves HTTPS that verifies against the configured CA, refuses
// plain HTTP on that port, keeps its limits, and will not serve plain HTTP on
// anything but loopback.
#include "httptestclient.h"
#include "serverapi.h"
#include "testserver.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A self-signed certificate for 127.0.0.1 and localhost, made with openssl.
bool makeCertificate(const QString &dir, const QString &keyType, QString *error)
{
    QStringList args{u"req"_s,
                     u"-x509"_s,
                     u"-nodes"_s,
                     u"-days"_s,
                     u"2"_s,
                     u"-subj"_s,
                     u"/CN=127.0.0.1"_s,
                     u"-addext"_s,
                     u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s,
                     u"-keyout"_s,
                     dir + u"/key.pem"_s,
                     u"-out"_s,
                     dir + u"/cert.pem"_s};
    if (keyType == u"ec")
        args << u"-newkey"_s << u"ec"_s << u"-pkeyopt"_s << u"ec_paramgen_curve:prime256v1"_s;
    else
        args << u"-newkey"_s << u"rsa:2048"_s;
    QProcess openssl;
    openssl.start(u"openssl"_s, args);
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        *error = QString::fromLocal8Bit(openssl.readAllStandardError());
        return false;
    }
    return true;
}

// Runs the server binary expecting it to refuse to start; returns its exit code.
int refusedStart(const QStringList &args, QString *standardError)
{
    QProcess p;
    p.start(TestServer::binary(), args);
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    *standardError = QString::fromLocal8Bit(p.readAllStandardError());
    return p.exitCode();
}

} // namespace

class TestServerTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestServer> m_server;
    QSslConfiguration m_trusting;

    QString cert() const { return m_dir.filePath(u"cert.pem"_s); }
    QString key() const { return m_dir.filePath(u"key.pem"_s); }

    std::unique_ptr<TestServer> startTls(const QStringList &extra = {})
    {
        TestServer::Options options;
        options.demoSize = 10;
        options.extraArguments =
                QStringList{u"--tls-certificate"_s, cert(), u"--tls-key"_s, key()} + extra;
        auto server = std::make_unique<TestServer>(options);
        if (!server->start())
            return nullptr;
        return server;
    }

private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("This Qt has no TLS backend");
        QString error;
        QVERIFY2(makeCertificate(m_dir.path(), u"ec"_s, &error), qPrintable(error));
        m_server = startTls();
        QVERIFY(m_server);
        QCOMPARE(m_server->baseUrl().scheme(), u"https"_s);
        m_trusting = QSslConfiguration::defaultConfiguration();
        QFile pem(cert());
        QVERIFY(pem.open(QIODevice::ReadOnly));
        m_trusting.setCaCertificates(QSslCertificate::fromData(pem.readAll(), QSsl::Pem));
    }

    void httpsWithTheCertificateTrusted()
    {
        HttpTestClient client(m_server->baseUrl());
        client.setSslConfiguration(m_trusting);
        const HttpReply health = client.get(u"/api/v1/health"_s);
        QCOMPARE(health.error, QNetworkReply::NoError);
        QCOMPARE(health.status, 200);
        // A whole sign-in over TLS, then an authenticated call.
        const ServerApi::Session s =
                ServerApi::openSession(client, u"reviewer"_s, m_server->password());
        QVERIFY2(s.isValid(), s.reply.body.constData());
        QCOMPARE(ServerApi::getAs(client, s.accessToken, u"/api/v1/me"_s).status, 200);
        // By name too: the certificate names localhost.
        QUrl byName = m_server->baseUrl();
        byName.setHost(u"localhost"_s);
        HttpTestClient named(byName);
        named.setSslConfiguration(m_trusting);
        QCOMPARE(named.get(u"/api/v1/health"_s).status, 200);
    }

    void untrustedCertificateSendsNothing()
    {
        // Without the CA the client refuses the handshake: no HTTP answer at all.
        HttpTestClient client(m_server->baseUrl());
        client.setSslConfiguration(QSslConfiguration::defaultConfiguration());
        const HttpReply r = ServerApi::signIn(client, u"reviewer"_s, m_server->password());
        QCOMPARE(r.status, 0);
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
        // The server shrugs it off and serves the next client.
        HttpTestClient good(m_server->baseUrl());
        good.setSslConfiguration(m_trusting);
        QCOMPARE(good.get(u"/api/v1/health"_s).status, 200);
    }

    void plainHttpOnTheTlsPortIsRefused()
    {
        QTcpSocket plain;
        plain.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(plain.waitForConnected(5000));
        plain.write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY(plain.waitForBytesWritten(5000));
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT(
                (received += plain.readAll(), plain.state() == QAbstractSocket::UnconnectedState),
                10000);
        received += plain.readAll();
        QVERIFY2(!received.contains("HTTP/1.1"), received.constData());
        QVERIFY(!received.contains("\"status\""));

        HttpTestClient client(m_server->baseUrl());
        client.setSslConfiguration(m_trusting);
        QCOMPARE(client.get(u"/api/v1/health"_s).status, 200);
    }

    void limitsHoldOverTls()
    {
        HttpTestClient client(m_server->baseUrl());
        client.setSslConfiguration(m_trusting);
        const HttpReply big =
                client.post(u"/api/v1/auth/sign-in"_s, QByteArray(9 * 1024 * 1024, ' '));
        QCOMPARE(big.status, 413);
        QCOMPARE(big.code(), u"payload_too_large"_s);
        const HttpReply header =
                client.get(u"/api/v1/health"_s, {{"X-Big", QByteArray(40 * 1024, 'h')}});
        QCOMPARE(header.status, 431);
        QCOMPARE(client.get(u"/api/v1/health"_s).status, 200);
    }

    void rsaKeysWork()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY2(makeCertificate(dir.path(), u"rsa"_s, &error), qPrintable(error));
        TestServer::Options options;
        options.demoSize = 10;
        options.extraArguments = {u"--tls-certificate"_s, dir.filePath(u"cert.pem"_s),
                                  u"--tls-key"_s, dir.filePath(u"key.pem"_s)};
        TestServer server(options);
        QVERIFY(server.start());
        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.setCaCertificates(QSslCertificate::fromPath(dir.filePath(u"cert.pem"_s)));
        HttpTestClient client(server.baseUrl());
        client.setSslConfiguration(trusting);
        QCOMPARE(client.get(u"/api/v1/health"_s).status, 200);
    }

    void anyAddressWithTls()
    {
        // Beyond loopback is allowed with TLS.
        std::unique_ptr<TestServer> server = startTls({u"--listen"_s, u"0.0.0.0"_s});
        QVERIFY(server);
        QUrl url = server->baseUrl();
        QCOMPARE(url.host(), u"0.0.0.0"_s);
        url.setHost(u"127.0.0.1"_s);
        HttpTestClient client(url);
        client.setSslConfiguration(m_trusting);
        QCOMPARE(client.get(u"/api/v1/health"_s).status, 200);
    }

    void plainHttpBeyondLoopbackRefusesToStart()
    {
        QTemporaryDir dir;
        const QString db = u"sqlite:"_s + dir.filePath(u"s.sqlite"_s);
        for (const QString &address : {u"0.0.0.0"_s, u"::"_s, u"192.0.2.10"_s}) {
            QString err;
            QCOMPARE(
                    refusedStart({u"--listen"_s, address, u"--port"_s, u"0"_s, u"--database"_s, db},
                                 &err),
                    2);
            QVERIFY2(err.contains(u"loopback"_s), qPrintable(err));
        }
        QVERIFY(!QFile::exists(dir.filePath(u"s.sqlite"_s)));
        // Loopback in either family is fine without TLS (where this machine has IPv6).
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHostIPv6))
            return;
        probe.close();
        TestServer::Options v6;
        v6.demo = false;
        v6.extraArguments = {u"--listen"_s, u"::1"_s};
        TestServer loopback6(v6);
        QVERIFY(loopback6.start());
        QCOMPARE(loopback6.baseUrl().scheme(), u"http"_s);
        QCOMPARE(HttpTestClient(loopback6.baseUrl()).get(u"/api/v1/health"_s).status, 200);
    }

    void badTlsOptionsRefuseToStart()
    {
        QTemporaryDir dir;
        const QString db = u"sqlite:"_s + dir.filePath(u"s.sqlite"_s);
        QString err;
        QCOMPARE(refusedStart(
                         {u"--port"_s, u"0"_s, u"--database"_s, db, u"--tls-certificate"_s, cert()},
                         &err),
                 2);
        QVERIFY2(err.contains(u"--tls-key"_s), qPrintable(err));
        QFile junk(dir.filePath(u"junk.pem"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a certificate");
        junk.close();
        QCOMPARE(refusedStart({u"--port"_s, u"0"_s, u"--database"_s, db, u"--tls-certificate"_s,
                               junk.fileName(), u"--tls-key"_s, key()},
                              &err),
                 1);
        QVERIFY2(err.contains(u"PEM"_s), qPrintable(err));
        QCOMPARE(refusedStart({u"--port"_s, u"0"_s, u"--database"_s, db, u"--tls-certificate"_s,
                               dir.filePath(u"missing.pem"_s), u"--tls-key"_s, key()},
                              &err),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestServerTls)
#include "tst_server_tls.moc"
