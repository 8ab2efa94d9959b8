#include "countingnetworkaccessmanager.h"
#include "faketokensource.h"
#include "testserver.h"

#include "services/api/apiclient.h"
#include "services/sync/connectionmonitor.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using State = ConnectionMonitor::State;

} // namespace

class TestConnectionMonitor : public QObject
{
    Q_OBJECT

private slots:
    void pausesGrowAndAreCapped();
    void serverStoppedThenRestartedOnTheSamePort();
    void anyAnswerMeansOnline();

private:
    ApiResult await(ApiJob *job);
};

ApiResult TestConnectionMonitor::await(ApiJob *job)
{
    auto result = std::make_shared<std::optional<ApiResult>>();
    job->then(this, [result](const ApiResult &r) { *result = r; });
    if (!QTest::qWaitFor([&] { return result->has_value(); }, 30000))
        qWarning("no answer");
    return result->value_or(ApiResult{});
}

void TestConnectionMonitor::pausesGrowAndAreCapped()
{
    QCOMPARE(ConnectionMonitor::pauseMs(0), 1000);
    QCOMPARE(ConnectionMonitor::pauseMs(1), 2000);
    QCOMPARE(ConnectionMonitor::pauseMs(2), 4000);
    QCOMPARE(ConnectionMonitor::pauseMs(4), 16000);
    QCOMPARE(ConnectionMonitor::pauseMs(5), 30000);
    QCOMPARE(ConnectionMonitor::pauseMs(50), 30000);
}

void TestConnectionMonitor::serverStoppedThenRestartedOnTheSamePort()
{
    TestServer::Options options;
    options.demoSize = 10;
    TestServer first(options);
    QVERIFY2(first.start(), qPrintable(first.standardError()));
    const quint16 port = first.port();

    CountingNetworkAccessManager network;
    ApiClient api(&network);
    api.setBaseUrl(first.baseUrl());
    FakeTokenSource token;
    token.token = u"some-access-token"_s;
    api.setTokenSource(&token);
    ConnectionMonitor monitor(api);
    QCOMPARE(monitor.state(), State::Online);
    QVERIFY(await(api.get(u"/api/v1/health"_s)).ok);
    QVERIFY(monitor.lastContact().isValid());
    const QDateTime contact = monitor.lastContact();

    // Stopped: the next call finds nobody, and the monitor says so.
    first.stop();
    QSignalSpy states(&monitor, &ConnectionMonitor::stateChanged);
    QElapsedTimer clock;
    clock.start();
    QList<qint64> reconnectingAt;
    connect(&monitor, &ConnectionMonitor::stateChanged, this, [&](State state) {
        if (state == State::Reconnecting)
            reconnectingAt.append(clock.elapsed());
    });
    const ApiResult refused = await(api.get(u"/api/v1/staff"_s));
    QVERIFY(refused.isUnreachable());
    QCOMPARE(monitor.state(), State::Offline);
    QVERIFY(monitor.nextProbeAt().isValid());
    QCOMPARE(monitor.lastContact(), contact);

    // Probes go out with growing pauses (1 s, 2 s, 4 s), each Reconnecting while in flight.
    QTRY_VERIFY_WITH_TIMEOUT(reconnectingAt.size() >= 3, 15000);
    QCOMPARE(monitor.state() == State::Online, false);
    const qint64 firstGap = reconnectingAt.at(1) - reconnectingAt.at(0);
    const qint64 secondGap = reconnectingAt.at(2) - reconnectingAt.at(1);
    QVERIFY2(firstGap >= 1900 && secondGap >= 3900 && secondGap < 6000,
             qPrintable(u"%1 %2"_s.arg(firstGap).arg(secondGap)));
    // Other failures while offline do not hurry or reset the probes.
    const int before = reconnectingAt.size();
    QVERIFY(await(api.get(u"/api/v1/staff"_s)).isUnreachable());
    QCOMPARE(reconnectingAt.size(), before);

    // Restarted on the same port: the next probe finds it.
    TestServer::Options again;
    again.demo = false;
    again.databaseUrl = u"sqlite:"_s + first.databasePath();
    again.extraArguments = {u"--port"_s, QString::number(port)};
    TestServer second(again);
    QVERIFY2(second.start(), qPrintable(second.standardError()));
    QCOMPARE(second.port(), port);
    QTRY_COMPARE_WITH_TIMEOUT(monitor.state(), State::Online, 20000);
    QCOMPARE(states.at(states.size() - 2).first().value<State>(), State::Reconnecting);
    QVERIFY(monitor.lastContact() > contact);
    QVERIFY(!monitor.nextProbeAt().isValid());

    // The probes asked the public health route, without the bearer token.
    int probes = 0;
    for (const auto &sent : network.sent()) {
        if (sent.request.url().path() == u"/api/v1/health"
            && !sent.request.hasRawHeader("Authorization"))
            ++probes;
    }
    QVERIFY(probes >= 4);
}

void TestConnectionMonitor::anyAnswerMeansOnline()
{
    TestServer::Options options;
    options.demoSize = 10;
    TestServer server(options);
    QVERIFY(server.start());
    QNetworkAccessManager network;
    ApiClient api(&network);
    ConnectionMonitor monitor(api);

    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    api.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(closed.serverPort())));
    closed.close();
    RequestOptions once;
    once.maxRetries = 0;
    QVERIFY(await(api.get(u"/api/v1/health"_s, {}, once)).isUnreachable());
    QCOMPARE(monitor.state(), State::Offline);

    // A 401 is an answer too: the server is there.
    api.setBaseUrl(server.baseUrl());
    QCOMPARE(await(api.get(u"/api/v1/me"_s)).httpStatus, 401);
    QCOMPARE(monitor.state(), State::Online);

    // probeNow() while offline asks at once; reset() forgets the past.
    api.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(closed.serverPort())));
    QVERIFY(await(api.get(u"/api/v1/health"_s, {}, once)).isUnreachable());
    QCOMPARE(monitor.state(), State::Offline);
    api.setBaseUrl(server.baseUrl());
    QSignalSpy states(&monitor, &ConnectionMonitor::stateChanged);
    monitor.probeNow();
    QCOMPARE(monitor.state(), State::Reconnecting);
    QTRY_COMPARE(monitor.state(), State::Online);
    monitor.reset();
    QCOMPARE(monitor.state(), State::Online);
}

QTEST_GUILESS_MAIN(TestConnectionMonitor)
#include "tst_connectionmonitor.moc"
