// Connection timeouts of the HTTP front, with short limits on an in-process
// server: a request that stops half-way gets 408 and is closed, an idle
// keep-alive connection is closed, a connection that keeps talking is not.
#include "inprocessserver.h"
#include "rawhttpconnection.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

class TestServerTimeouts : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<InProcessServer> m_server;

private slots:
    void initTestCase()
    {
        InProcessServer::Options options;
        options.demo = false;
        options.limits.headTimeoutMs = 400;
        options.limits.idleTimeoutMs = 800;
        m_server = std::make_unique<InProcessServer>(options);
        QVERIFY(m_server->start());
    }

    void cleanupTestCase() { m_server.reset(); }

    void slowHeadGets408()
    {
        RawHttpConnection c;
        QVERIFY(c.connectTo(m_server->port()));
        QElapsedTimer t;
        t.start();
        QVERIFY(c.write("GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "));
        RawResponse r;
        QVERIFY(c.readResponse(&r, 5000));
        QCOMPARE(r.status, 408);
        QVERIFY(r.header("content-type").startsWith("application/problem+json"));
        QVERIFY(r.body.contains("\"code\":\"request_timeout\""));
        QVERIFY(c.waitForClosed(3000));
        QVERIFY2(t.elapsed() >= 350, qPrintable(QString::number(t.elapsed())));
    }

    void tricklingHeadStillGets408()
    {
        // A byte every 100 ms keeps the connection busy but the head never
        // completes: the head has one deadline, not one per byte.
        RawHttpConnection c;
        QVERIFY(c.connectTo(m_server->port()));
        QElapsedTimer t;
        t.start();
        const QByteArray head =
                "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + QByteArray(100, 'a');
        qsizetype sent = 0;
        while (c.socket().state() == QAbstractSocket::ConnectedState && sent < head.size()
               && t.elapsed() < 3000) {
            c.write(head.mid(sent++, 1));
            QTest::qWait(100);
        }
        RawResponse r;
        QVERIFY(c.readResponse(&r, 3000));
        QCOMPARE(r.status, 408);
        QVERIFY2(t.elapsed() < 1500, qPrintable(QString::number(t.elapsed())));
    }

    void bodyThatStopsGets408()
    {
        RawHttpConnection c;
        QVERIFY(c.connectTo(m_server->port()));
        QVERIFY(c.write("POST /api/v1/auth/sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                        "application/json\r\n"
                        "Content-Length: 100\r\n\r\n{\"login\":"));
        RawResponse r;
        QVERIFY(c.readResponse(&r, 5000));
        QCOMPARE(r.status, 408);
        QVERIFY(c.waitForClosed(3000));
    }

    void idleConnectionIsClosedQuietly()
    {
        RawHttpConnection c;
        QVERIFY(c.connectTo(m_server->port()));
        QVERIFY(c.write(RawHttpConnection::request("GET", "/api/v1/health")));
        RawResponse r;
        QVERIFY(c.readResponse(&r));
        QCOMPARE(r.status, 200);
        // Nothing more to say: after the idle limit the server closes, without an answer.
        QElapsedTimer t;
        t.start();
        QVERIFY(c.waitForClosed(5000));
        QVERIFY(t.elapsed() >= 600);
        QVERIFY2(c.pending().isEmpty(), c.pending().constData());
    }

    void busyConnectionStaysOpen()
    {
        RawHttpConnection c;
        QVERIFY(c.connectTo(m_server->port()));
        // Requests spaced under the idle limit, for longer than it: never closed.
        for (int i = 0; i < 6; ++i) {
            QVERIFY(c.write(RawHttpConnection::request("GET", "/api/v1/health")));
            RawResponse r;
            QVERIFY(c.readResponse(&r));
            QCOMPARE(r.status, 200);
            QTest::qWait(300);
        }
        QCOMPARE(c.socket().state(), QAbstractSocket::ConnectedState);
    }
};

QTEST_GUILESS_MAIN(TestServerTimeouts)
#include "tst_server_timeouts.moc"
