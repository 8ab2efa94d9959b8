#include "countingnetworkaccessmanager.h"
#include "faketokensource.h"
#include "scriptedhttpserver.h"
#include "testcertificates.h"
#include "testserver.h"
#include "tlsprobeserver.h"

#include "domain/sessionrecords.h"
#include "services/api/accesstokensource.h"
#include "services/api/apiclient.h"
#include "services/api/errortext.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

RequestOptions anonymous()
{
    RequestOptions options;
    options.authenticated = false;
    return options;
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void getAndPostAgainstTheServer();
    void requestIdIsRandomAndReadBack();
    void problemDocumentsBecomeWords();
    void validationProblemsNameTheField();
    void bearerTokenFromTheSource();
    void etagIsParsed();
    void hungServerTimesOutWithoutStallingTheLoop();
    void retriesOnlyForGet();
    void unreachablePortSaysSo();
    void insecureAddressIsRefusedBeforeAnyRequest();
    void redirectsAreNotFollowed();
    void tlsFailuresAreRefusedAndNamed_data();
    void tlsFailuresAreRefusedAndNamed();
    void cancelFinishesOnce();
    void noAnswerOnceTheContextIsGone();
    void largeBodiesAreParsed();
    void unreadableSuccessIsNotASuccess();
    void expiredTokenRefreshesOnceThenRetries();

private:
    struct Wait
    {
        bool arrived = false;
        ApiResult result;
    };
    std::shared_ptr<Wait> watch(ApiJob *job);
    ApiResult await(ApiJob *job, int timeoutMs = 30000);
    SessionGrant signInAs(const QString &login);

    std::unique_ptr<TestServer> m_server;
    CountingNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_api;
    TestCertificates m_certificates;
    QDateTime m_expiringGrantIssued;
    SessionGrant m_expiringGrant;
};

void TestApiClient::initTestCase()
{
    TestServer::Options options;
    options.demoSize = 10;
    options.extraArguments = {u"--access-token-seconds"_s, u"10"_s};
    m_server = std::make_unique<TestServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->standardError()));
    m_api = std::make_unique<ApiClient>(&m_network);
    m_api->setBaseUrl(m_server->baseUrl());
    // A token issued now has expired by the time the last test needs it.
    m_expiringGrant = signInAs(u"reviewer"_s);
    QVERIFY(m_expiringGrant.isValid());
    QVERIFY(m_certificates.generate());
    // Trust the test CA, as an administrator would install a company CA.
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.addCaCertificate(m_certificates.authority());
    QSslConfiguration::setDefaultConfiguration(tls);
}

void TestApiClient::cleanupTestCase()
{
    m_api.reset();
    m_server.reset();
}

std::shared_ptr<TestApiClient::Wait> TestApiClient::watch(ApiJob *job)
{
    auto wait = std::make_shared<Wait>();
    job->then(this, [wait](const ApiResult &result) {
        if (wait->arrived)
            qFatal("finished() emitted twice");
        wait->arrived = true;
        wait->result = result;
    });
    return wait;
}

ApiResult TestApiClient::await(ApiJob *job, int timeoutMs)
{
    const auto wait = watch(job);
    if (!QTest::qWaitFor([&] { return wait->arrived; }, timeoutMs))
        qWarning("no answer within %d ms", timeoutMs);
    return wait->result;
}

SessionGrant TestApiClient::signInAs(const QString &login)
{
    const ApiResult r = await(
            m_api->post(u"/api/v1/auth/sign-in"_s,
                        {{u"login"_s, login}, {u"password"_s, m_server->password()}}, anonymous()));
    return SessionGrant::fromJson(r.json);
}

void TestApiClient::getAndPostAgainstTheServer()
{
    QSignalSpy reachability(m_api.get(), &ApiClient::reachabilityObserved);
    m_network.clear();
    const ApiResult health = await(m_api->get(u"/api/v1/health"_s, {}, anonymous()));
    QVERIFY2(health.ok, qPrintable(health.errorText));
    QCOMPARE(health.httpStatus, 200);
    QCOMPARE(health.json.value(u"status"_s).toString(), u"ok"_s);
    QVERIFY(health.errorText.isEmpty());
    QCOMPARE(health.attempts, 1);
    QCOMPARE(reachability.size(), 1);
    QCOMPARE(reachability.first().first().toBool(), true);

    m_network.clear();
    const ApiResult signIn = await(m_api->post(
            u"/api/v1/auth/sign-in"_s,
            {{u"login"_s, u"oliver.smith"_s}, {u"password"_s, m_server->password()}}, anonymous()));
    QVERIFY2(signIn.ok, qPrintable(signIn.errorText));
    const SessionGrant grant = SessionGrant::fromJson(signIn.json);
    QVERIFY(grant.isValid());
    QCOMPARE(grant.staff.username, u"oliver.smith"_s);
    QCOMPARE(m_network.count(), 1);
    const auto &sent = m_network.sent().first();
    QCOMPARE(sent.verb, "POST"_ba);
    QCOMPARE(sent.request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
             "application/json"_ba);
    QCOMPARE(QJsonDocument::fromJson(sent.body).object().value(u"login"_s).toString(),
             u"oliver.smith"_s);
    QVERIFY(!sent.request.hasRawHeader("Authorization"));
    // Never follow redirects, and a transfer timeout on every request.
    QCOMPARE(sent.request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
             int(QNetworkRequest::ManualRedirectPolicy));
    QCOMPARE(sent.request.transferTimeout(), RequestOptions{}.timeoutMs);
}

void TestApiClient::requestIdIsRandomAndReadBack()
{
    m_network.clear();
    const ApiResult first = await(m_api->get(u"/api/v1/health"_s, {}, anonymous()));
    const ApiResult second = await(m_api->get(u"/api/v1/health"_s, {}, anonymous()));
    QCOMPARE(m_network.count(), 2);
    const QByteArray sentFirst = m_network.sent().at(0).request.rawHeader("X-Request-Id");
    QCOMPARE(sentFirst.size(), 16);
    QCOMPARE(first.requestId, QString::fromLatin1(sentFirst)); // the server echoed it
    QVERIFY(first.requestId != second.requestId);
}

void TestApiClient::problemDocumentsBecomeWords()
{
    const ApiResult wrong = await(m_api->post(
            u"/api/v1/auth/sign-in"_s,
            {{u"login"_s, u"support"_s}, {u"password"_s, u"not-the-password"_s}}, anonymous()));
    QVERIFY(!wrong.ok);
    QCOMPARE(wrong.httpStatus, 401);
    QCOMPARE(wrong.problem.code, u"invalid_credentials"_s);
    QCOMPARE(wrong.problem.instance, wrong.requestId);
    QCOMPARE(wrong.errorText, ErrorText::forProblem(wrong.problem));
    QVERIFY(wrong.errorText.contains(u"not right"_s));
    QVERIFY(!wrong.isUnreachable());
    QCOMPARE(wrong.attempts, 1);

    const ApiResult missing = await(m_api->get(u"/api/v1/no-such-thing"_s, {}, anonymous()));
    QCOMPARE(missing.httpStatus, 404);
    QCOMPARE(missing.problem.code, u"not_found"_s);
    QCOMPARE(missing.errorText, ErrorText::forProblemCode(u"not_found"_s, 404));
    QCOMPARE(missing.attempts, 1); // a 404 is an answer, not worth another try
}

void TestApiClient::validationProblemsNameTheField()
{
    const ApiResult invalid =
            await(m_api->post(u"/api/v1/auth/sign-in"_s, {{u"password"_s, u"x"_s}}, anonymous()));
    QCOMPARE(invalid.httpStatus, 400);
    QCOMPARE(invalid.problem.code, u"validation_failed"_s);
    QVERIFY(!invalid.problem.fieldProblems.isEmpty());
    QCOMPARE(invalid.problem.fieldProblems.first().field, u"login"_s);
    QVERIFY2(invalid.errorText.contains(u"Username or email"_s), qPrintable(invalid.errorText));
}

void TestApiClient::bearerTokenFromTheSource()
{
    const SessionGrant grant = signInAs(u"oliver.smith"_s);
    QVERIFY(grant.isValid());
    FakeTokenSource tokens;
    tokens.token = grant.accessToken;

    const ApiResult withoutToken = await(m_api->get(u"/api/v1/me"_s));
    QCOMPARE(withoutToken.httpStatus, 401);
    QCOMPARE(withoutToken.problem.code, u"authentication_required"_s);

    m_api->setTokenSource(&tokens);
    m_network.clear();
    const ApiResult me = await(m_api->get(u"/api/v1/me"_s));
    m_api->setTokenSource(nullptr);
    QVERIFY2(me.ok, qPrintable(me.errorText));
    QCOMPARE(me.json.value(u"staff"_s).toObject().value(u"username"_s).toString(),
             u"oliver.smith"_s);
    QCOMPARE(m_network.sent().first().request.rawHeader("Authorization"),
             "Bearer " + grant.accessToken.toLatin1());
    QCOMPARE(tokens.refreshCalls, 0);

    // An explicit token wins over the source and is never refreshed.
    RequestOptions explicitToken;
    explicitToken.bearerToken = grant.accessToken;
    QVERIFY(await(m_api->get(u"/api/v1/me"_s, {}, explicitToken)).ok);
}

void TestApiClient::etagIsParsed()
{
    const SessionGrant grant = signInAs(u"oliver.smith"_s);
    RequestOptions withToken;
    withToken.bearerToken = grant.accessToken;
    const ApiResult staff =
            await(m_api->get(u"/api/v1/staff/%1"_s.arg(grant.staff.id), {}, withToken));
    QVERIFY2(staff.ok, qPrintable(staff.errorText));
    QVERIFY(!staff.etag.isEmpty());
    QVERIFY(!staff.etag.contains('"'));
    QCOMPARE(staff.etagVersion(), staff.json.value(u"version"_s).toInt());
}

void TestApiClient::hungServerTimesOutWithoutStallingTheLoop()
{
    ScriptedHttpServer hung;
    hung.setSilent(true);
    QVERIFY(hung.start());
    CountingNetworkAccessManager network;
    ApiClient api(&network);
    api.setBaseUrl(hung.baseUrl());
    QSignalSpy reachability(&api, &ApiClient::reachabilityObserved);
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
    ticker.start(50);

    for (const QByteArray &verb : {"GET"_ba, "POST"_ba}) {
        RequestOptions options;
        options.timeoutMs = 800;
        QElapsedTimer clock;
        clock.start();
        ticks = 0;
        const int before = int(hung.requestCount());
        ApiJob *job = verb == "GET" ? api.get(u"/api/v1/health"_s, {}, options)
                                    : api.post(u"/api/v1/auth/sign-in"_s, {}, options);
        QVERIFY(clock.elapsed() < 100);
        const ApiResult result = await(job, 10000);
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(elapsed >= 700 && elapsed < 3000, qPrintable(QString::number(elapsed)));
        QVERIFY(result.timedOut);
        QVERIFY(result.isUnreachable());
        QCOMPARE(result.httpStatus, 0);
        QCOMPARE(result.errorText, ErrorText::forTimeout());
        QCOMPARE(result.attempts, 1); // the timeout was the budget: no retry
        QCOMPARE(int(hung.requestCount()) - before, 1);
        QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
    }
    QCOMPARE(reachability.size(), 2);
    QCOMPARE(reachability.last().first().toBool(), false);
}

void TestApiClient::retriesOnlyForGet()
{
    ScriptedHttpServer busy;
    busy.setResponse(ScriptedHttpServer::response(
            503, "Service Unavailable",
            R"({"type":"x","title":"busy","status":503,"code":"service_unavailable"})", {},
            "application/problem+json"));
    QVERIFY(busy.start());
    ApiClient api(&m_network);
    api.setBaseUrl(busy.baseUrl());

    QElapsedTimer clock;
    clock.start();
    const ApiResult get = await(api.get(u"/api/v1/health"_s));
    QCOMPARE(busy.requestCount(), 3);
    QCOMPARE(get.attempts, 3);
    QVERIFY2(clock.elapsed() >= 1400, "backoff 0.5 s then 1 s");
    QCOMPARE(get.httpStatus, 503);
    QCOMPARE(get.problem.code, u"service_unavailable"_s);
    QCOMPARE(get.errorText, ErrorText::forProblemCode(u"service_unavailable"_s, 503));

    RequestOptions noRetries;
    noRetries.maxRetries = 0;
    QCOMPARE(await(api.get(u"/api/v1/health"_s, {}, noRetries)).attempts, 1);
    QCOMPARE(busy.requestCount(), 4);

    RequestOptions askedForRetries;
    askedForRetries.maxRetries = 5; // ignored: a lost answer to a change may mean it happened
    QCOMPARE(await(api.post(u"/api/v1/x"_s, {}, askedForRetries)).attempts, 1);
    QCOMPARE(await(api.put(u"/api/v1/x"_s, {})).attempts, 1);
    QCOMPARE(await(api.patch(u"/api/v1/x"_s, {})).attempts, 1);
    QCOMPARE(await(api.deleteResource(u"/api/v1/x"_s)).attempts, 1);
    QCOMPARE(busy.requestCount(), 8);
}

void TestApiClient::unreachablePortSaysSo()
{
    const quint16 port = freePort();
    QVERIFY(port);
    ApiClient api(&m_network);
    api.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    QSignalSpy reachability(&api, &ApiClient::reachabilityObserved);
    const ApiResult result = await(api.get(u"/api/v1/health"_s));
    QVERIFY(result.isUnreachable());
    QCOMPARE(result.networkError, QNetworkReply::ConnectionRefusedError);
    QCOMPARE(
            result.errorText,
            u"The server refused the connection. Check the address and that the server is running."_s);
    QCOMPARE(result.attempts, 3); // refused may be a restart: GET tries again
    QCOMPARE(reachability.size(), 1);
    QCOMPARE(reachability.first().first().toBool(), false);
}

void TestApiClient::insecureAddressIsRefusedBeforeAnyRequest()
{
    CountingNetworkAccessManager network;
    ApiClient api(&network);
    QSignalSpy reachability(&api, &ApiClient::reachabilityObserved);
    for (const QString &address : {u"http://gatehouse.example.com"_s, u"http://192.168.1.20:8730"_s,
                                   u"ftp://gatehouse.example.com"_s, QString()}) {
        api.setBaseUrl(QUrl(address));
        FakeTokenSource tokens;
        tokens.token = u"secret-token"_s;
        api.setTokenSource(&tokens);
        ApiJob *job = api.post(u"/api/v1/auth/sign-in"_s, {{u"password"_s, u"hunter2"_s}});
        const auto wait = watch(job);
        QVERIFY(!wait->arrived); // finished later, so then() can be bound first
        QTRY_VERIFY(wait->arrived);
        api.setTokenSource(nullptr);
        QVERIFY(wait->result.addressRefused);
        QVERIFY(!wait->result.ok);
        QVERIFY(!wait->result.isUnreachable());
        QVERIFY(wait->result.errorText.contains(u"https://"_s));
    }
    QCOMPARE(network.count(), 0);
    QCOMPARE(reachability.size(), 0);
}

void TestApiClient::redirectsAreNotFollowed()
{
    ScriptedHttpServer elsewhere;
    QVERIFY(elsewhere.start());
    elsewhere.setResponse(ScriptedHttpServer::response(200, "OK", R"({"status":"ok"})"));
    ScriptedHttpServer redirecting;
    QVERIFY(redirecting.start());
    redirecting.setResponse(ScriptedHttpServer::response(
            302, "Found", {},
            {{"Location", elsewhere.baseUrl().toString().toLatin1() + "/api/v1/health"}}));
    ApiClient api(&m_network);
    api.setBaseUrl(redirecting.baseUrl());
    FakeTokenSource tokens;
    tokens.token = u"secret-token"_s;
    api.setTokenSource(&tokens);
    const ApiResult result = await(api.get(u"/api/v1/health"_s));
    QCOMPARE(result.httpStatus, 302);
    QVERIFY(!result.ok);
    QVERIFY2(result.errorText.contains(u"redirect"_s), qPrintable(result.errorText));
    QCOMPARE(redirecting.requestCount(), 1);
    QCOMPARE(elsewhere.requestCount(), 0);
    QCOMPARE(elsewhere.connections(), 0);
}

void TestApiClient::tlsFailuresAreRefusedAndNamed_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<bool>("trusted");
    QTest::addColumn<QString>("words");
    QTest::newRow("good certificate (control)") << u"good"_s << true << QString();
    QTest::newRow("self-signed") << u"self"_s << false << u"self-signed"_s;
    QTest::newRow("expired") << u"expired"_s << false << u"expired"_s;
    QTest::newRow("wrong host") << u"wronghost"_s << false << u"different address"_s;
    QTest::newRow("unknown authority") << u"unknown"_s << false << u"authority"_s;
}

void TestApiClient::tlsFailuresAreRefusedAndNamed()
{
    QFETCH(QString, which);
    QFETCH(bool, trusted);
    QFETCH(QString, words);
    const TestCertificates::Identity identity = which == u"good" ? m_certificates.good()
            : which == u"self"                                   ? m_certificates.selfSigned()
            : which == u"expired"                                ? m_certificates.expired()
            : which == u"wronghost"                              ? m_certificates.wrongHost()
                                    : m_certificates.unknownAuthority();
    TlsProbeServer server;
    QVERIFY(server.start(identity));
    QNetworkAccessManager network;
    ApiClient api(&network);
    api.setBaseUrl(server.url());
    FakeTokenSource tokens;
    tokens.token = u"secret-bearer-token"_s;
    api.setTokenSource(&tokens);
    QSignalSpy reachability(&api, &ApiClient::reachabilityObserved);

    const ApiResult result = await(api.post(
            u"/api/v1/auth/sign-in"_s, {{u"login"_s, u"admin"_s}, {u"password"_s, u"hunter2"_s}}));
    QVERIFY(server.handshakesStarted() >= 1); // the client did reach this server
    if (trusted) {
        QVERIFY2(result.ok, qPrintable(result.errorText));
        // The control proves the recording works: credentials do arrive over a good connection.
        QVERIFY(server.received().contains("Bearer secret-bearer-token"));
        QVERIFY(server.received().contains("hunter2"));
        return;
    }
    QVERIFY(!result.ok);
    QVERIFY(result.isTlsFailure());
    QVERIFY(!result.tlsErrors.isEmpty());
    QVERIFY(!result.isUnreachable());
    QCOMPARE(result.attempts, 1);
    QVERIFY2(result.errorText.contains(words), qPrintable(result.errorText));
    QCOMPARE(result.errorText, ErrorText::forTlsErrors(result.tlsErrors));
    QCOMPARE(reachability.size(), 0); // a refused certificate is not "offline"
    QTest::qWait(100);
    QVERIFY2(server.received().isEmpty(),
             "nothing may reach a server whose certificate was refused");
}

void TestApiClient::cancelFinishesOnce()
{
    ScriptedHttpServer hung;
    hung.setSilent(true);
    QVERIFY(hung.start());
    ApiClient api(&m_network);
    api.setBaseUrl(hung.baseUrl());
    QSignalSpy reachability(&api, &ApiClient::reachabilityObserved);
    ApiJob *job = api.get(u"/api/v1/health"_s);
    const auto wait = watch(job);
    QTRY_COMPARE(hung.requestCount(), 1);
    job->cancel();
    QVERIFY(wait->arrived);
    QVERIFY(wait->result.cancelled);
    QVERIFY(!wait->result.isUnreachable());
    QTest::qWait(200); // no second finished() (watch() would abort), no reachability
    QCOMPARE(reachability.size(), 0);
}

void TestApiClient::noAnswerOnceTheContextIsGone()
{
    auto *pane = new QObject;
    bool called = false;
    ApiJob *job = m_api->get(u"/api/v1/health"_s, {}, anonymous());
    job->then(pane, [&](const ApiResult &) { called = true; });
    const auto control = watch(job);
    delete pane;
    QTRY_VERIFY(control->arrived);
    QVERIFY(!called);
}

void TestApiClient::largeBodiesAreParsed()
{
    QJsonArray items;
    for (int i = 0; i < 20000; ++i)
        items.append(QJsonObject{{u"id"_s, i}, {u"name"_s, u"item number %1"_s.arg(i)}});
    const QByteArray body =
            QJsonDocument(QJsonObject{{u"items"_s, items}}).toJson(QJsonDocument::Compact);
    QVERIFY(body.size() > ApiClient::kLargeBodyBytes);
    ScriptedHttpServer server;
    server.setResponse(ScriptedHttpServer::response(200, "OK", body, {{"ETag", "W/\"7\""}}));
    QVERIFY(server.start());
    ApiClient api(&m_network);
    api.setBaseUrl(server.baseUrl());
    const ApiResult result = await(api.get(u"/api/v1/big"_s));
    QVERIFY2(result.ok, qPrintable(result.errorText));
    QCOMPARE(result.json.value(u"items"_s).toArray().size(), 20000);
    QCOMPARE(result.json.value(u"items"_s).toArray().last().toObject().value(u"id"_s).toInt(),
             19999);
    QCOMPARE(result.etag, "7"_ba);
}

void TestApiClient::unreadableSuccessIsNotASuccess()
{
    ScriptedHttpServer server;
    server.setResponse(ScriptedHttpServer::response(200, "OK", R"({"items": [1, 2,)"));
    QVERIFY(server.start());
    ApiClient api(&m_network);
    api.setBaseUrl(server.baseUrl());
    const ApiResult result = await(api.get(u"/api/v1/page"_s));
    QVERIFY(!result.ok);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.errorText, ErrorText::forUnreadableAnswer());
}

void TestApiClient::expiredTokenRefreshesOnceThenRetries()
{
    // The reviewer's token from initTestCase lives 10 s; wait until the server says so.
    RequestOptions withExpiring;
    withExpiring.bearerToken = m_expiringGrant.accessToken;
    ApiResult probe;
    QTRY_VERIFY_WITH_TIMEOUT(
            (probe = await(m_api->get(u"/api/v1/me"_s, {}, withExpiring))).httpStatus == 401,
            20000);
    QCOMPARE(probe.problem.code, u"token_expired"_s);

    ApiClient api(&m_network);
    api.setBaseUrl(m_server->baseUrl());
    QSignalSpy rejected(&api, &ApiClient::sessionRejected);
    FakeTokenSource tokens;
    api.setTokenSource(&tokens);

    // 1. The refresh works: one refresh, one retry with the new token, success.
    tokens.token = m_expiringGrant.accessToken;
    tokens.onRefresh = [&](std::function<void(bool)> done) {
        api.post(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, m_expiringGrant.refreshToken}},
                 anonymous())
                ->then(this, [&tokens, done](const ApiResult &r) {
                    tokens.token = SessionGrant::fromJson(r.json).accessToken;
                    done(r.ok);
                });
    };
    m_network.clear();
    const ApiResult refreshed = await(api.get(u"/api/v1/me"_s));
    QVERIFY2(refreshed.ok, qPrintable(refreshed.errorText));
    QCOMPARE(tokens.refreshCalls, 1);
    QCOMPARE(refreshed.attempts, 2);
    QCOMPARE(m_network.count(), 3); // /me, /auth/refresh, /me again
    QCOMPARE(m_network.sent().at(2).request.rawHeader("Authorization"),
             "Bearer " + tokens.token.toLatin1());
    QVERIFY(m_network.sent().at(0).request.rawHeader("Authorization")
            != m_network.sent().at(2).request.rawHeader("Authorization"));
    QCOMPARE(rejected.size(), 0);

    // A rotation removes the old access token from the server, so the rest runs
    // against a server that always says token_expired.
    ScriptedHttpServer expiring;
    expiring.setResponse(ScriptedHttpServer::response(
            401, "Unauthorized",
            R"({"type":"x","title":"expired","status":401,"code":"token_expired"})", {},
            "application/problem+json"));
    QVERIFY(expiring.start());
    api.setBaseUrl(expiring.baseUrl());

    // 2. The refresh "works" but the token is still refused: no second refresh, no loop.
    tokens.refreshCalls = 0;
    tokens.onRefresh = [](std::function<void(bool)> done) {
        done(true);
    };
    const ApiResult stillExpired = await(api.get(u"/api/v1/me"_s));
    QCOMPARE(stillExpired.httpStatus, 401);
    QCOMPARE(tokens.refreshCalls, 1);
    QCOMPARE(stillExpired.attempts, 2);
    QCOMPARE(expiring.requestCount(), 2);

    // 3. The refresh fails (the session is over): the 401 stands, words included.
    tokens.refreshCalls = 0;
    tokens.onRefresh = {};
    const ApiResult failed = await(api.get(u"/api/v1/me"_s));
    QCOMPARE(failed.httpStatus, 401);
    QCOMPARE(failed.problem.code, u"token_expired"_s);
    QCOMPARE(failed.attempts, 1);
    QCOMPARE(tokens.refreshCalls, 1);
    QCOMPARE(failed.errorText, ErrorText::forProblemCode(u"token_expired"_s, 401));
    QCOMPARE(rejected.size(), 2);

    // 4. Unauthenticated requests never ask for a refresh.
    tokens.refreshCalls = 0;
    QCOMPARE(await(api.get(u"/api/v1/me"_s, {}, anonymous())).httpStatus, 401);
    QCOMPARE(tokens.refreshCalls, 0);

    // 5. Callers at the same time each get their one retry after the refresh.
    tokens.refreshCalls = 0;
    tokens.onRefresh = [](std::function<void(bool)> done) {
        QTimer::singleShot(50, [done] { done(true); });
    };
    const int before = int(expiring.requestCount());
    QList<std::shared_ptr<Wait>> waits;
    for (int i = 0; i < 3; ++i)
        waits.append(watch(api.get(u"/api/v1/me"_s)));
    QTRY_VERIFY(
            std::all_of(waits.cbegin(), waits.cend(), [](const auto &w) { return w->arrived; }));
    QCOMPARE(tokens.refreshCalls, 3); // sharing one refresh is the source's job (SessionService)
    QCOMPARE(int(expiring.requestCount()) - before, 6);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
