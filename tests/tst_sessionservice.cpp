#include "countingnetworkaccessmanager.h"
#include "fakesecretbackends.h"
#include "testserver.h"

#include "domain/clock.h"
#include "services/api/apiclient.h"
#include "services/api/errortext.h"
#include "services/session/credentialstore.h"
#include "services/session/keychainsecretbackend.h"
#include "services/session/sessionservice.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs twice (tests/services.cmake): "sessionservice" inside with-keyring.sh,
// "sessionservice_nokeychain" with no D-Bus at all, where only
// rememberWithoutKeychainSignsInForThisSessionOnly runs, with the real QtKeychain.
namespace {

bool hasKeyring()
{
    return qEnvironmentVariable("GATEHOUSE_KEYCHAIN_SCENARIO", u"keyring"_s) == u"keyring";
}

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    g_previousHandler(type, context, message);
}

using Status = CredentialStore::ReadResult::Status;

// One console's worth of services, as app/ builds them.
struct Console
{
    explicit Console(SecretBackend *backend = nullptr, const Clock *clockOverride = nullptr)
        : secrets(backend ? backend : &memory), credentials(secrets),
          session(api, credentials, clockOverride ? *clockOverride : clock)
    {
        api.setTokenSource(&session);
    }

    CountingNetworkAccessManager network;
    ApiClient api{&network};
    MemorySecretBackend memory;
    SecretBackend *secrets;
    CredentialStore credentials;
    SystemClock clock;
    SessionService session;

    qsizetype sentTo(const QString &path) const
    {
        return std::count_if(network.sent().cbegin(), network.sent().cend(),
                             [&](const auto &s) { return s.request.url().path() == path; });
    }
};

} // namespace

class TestSessionService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void signInWithOneOrganization();
    void wrongPasswordSaysSo();
    void organizationChoice();
    void rememberMeWithTheKeyringThenResume();
    void rememberWithoutKeychainSignsInForThisSessionOnly();
    void resumeWithNothingRemembered();
    void refreshesBeforeTheAccessTokenExpires();
    void refreshScheduleFollowsTheClock();
    void concurrentCallersShareOneRefresh();
    void reusedRefreshTokenEndsTheSession();
    void signOutRevokesAndClearsTheKeychain();
    void signOutWhenTheServerIsUnreachable();
    void switchOrganization();
    void nothingSecretInTheLogs();

private:
    bool signIn(Console &console, const QString &login, bool remember = false);
    ApiResult await(ApiJob *job);
    CredentialStore::ReadResult readSecret(CredentialStore &store, const QString &key);
    void noteSecrets(const SessionGrant &grant);

    std::unique_ptr<TestServer> m_server;
    QTemporaryDir m_home;
    QStringList m_secretsSeen;
};

void TestSessionService::initTestCase()
{
    g_previousHandler = qInstallMessageHandler(recordMessage);
    QLoggingCategory::setFilterRules(u"gatehouse.*=true"_s); // every log line, to prove none leaks
    if (!hasKeyring()) {
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(u".config"_s)));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(u".local/share"_s)));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.filePath(u".cache"_s)));
    }
    TestServer::Options options;
    options.demoSize = 10;
    options.extraArguments = {u"--access-token-seconds"_s, u"10"_s};
    m_server = std::make_unique<TestServer>(options);
    QVERIFY2(m_server->start(), qPrintable(m_server->standardError()));
    m_secretsSeen.append(m_server->password());
}

void TestSessionService::cleanupTestCase()
{
    m_server.reset();
    qInstallMessageHandler(g_previousHandler);
}

void TestSessionService::noteSecrets(const SessionGrant &grant)
{
    if (!grant.accessToken.isEmpty())
        m_secretsSeen.append(grant.accessToken);
    if (!grant.refreshToken.isEmpty())
        m_secretsSeen.append(grant.refreshToken);
}

ApiResult TestSessionService::await(ApiJob *job)
{
    auto result = std::make_shared<std::optional<ApiResult>>();
    job->then(this, [result](const ApiResult &r) { *result = r; });
    if (!QTest::qWaitFor([&] { return result->has_value(); }, 30000))
        qWarning("no answer");
    return result->value_or(ApiResult{});
}

CredentialStore::ReadResult TestSessionService::readSecret(CredentialStore &store,
                                                           const QString &key)
{
    auto result = std::make_shared<std::optional<CredentialStore::ReadResult>>();
    store.read(key, this, [result](const CredentialStore::ReadResult &r) { *result = r; });
    if (!QTest::qWaitFor([&] { return result->has_value(); }, 15000))
        qWarning("the keychain did not answer");
    return result->value_or(CredentialStore::ReadResult{});
}

bool TestSessionService::signIn(Console &console, const QString &login, bool remember)
{
    QSignalSpy signedIn(&console.session, &SessionService::signedIn);
    console.session.signIn(m_server->baseUrl(), login, m_server->password(), remember);
    const bool ok = signedIn.wait(30000);
    noteSecrets(console.session.grant());
    return ok;
}

void TestSessionService::signInWithOneOrganization()
{
    Console console;
    QSignalSpy states(&console.session, &SessionService::stateChanged);
    QVERIFY(signIn(console, u"oliver.smith"_s));
    QCOMPARE(console.session.state(), SessionService::State::SignedIn);
    QCOMPARE(states.size(), 2);
    QCOMPARE(states.at(0).first().value<SessionService::State>(), SessionService::State::SigningIn);
    QCOMPARE(console.session.staff().username, u"oliver.smith"_s);
    QCOMPARE(console.session.organization().id, 2);
    QVERIFY(console.session.allows(Permission::ManageStaff));
    QVERIFY(!console.session.accessToken().isEmpty());
    QVERIFY(!console.session.remembered());
    QCOMPARE(console.api.baseUrl(), m_server->baseUrl());
    // The token now opens authenticated routes.
    const ApiResult me = await(console.api.get(u"/api/v1/me"_s));
    QVERIFY2(me.ok, qPrintable(me.errorText));
    // Not remembered: nothing went to the keychain.
    QVERIFY(console.memory.entries().isEmpty());
}

void TestSessionService::wrongPasswordSaysSo()
{
    Console console;
    QSignalSpy failed(&console.session, &SessionService::signInFailed);
    console.session.signIn(m_server->baseUrl(), u"desk"_s, u"wrong password"_s, true);
    QVERIFY(failed.wait(30000));
    const ApiResult result = failed.first().first().value<ApiResult>();
    QCOMPARE(result.problem.code, u"invalid_credentials"_s);
    QCOMPARE(result.errorText, ErrorText::forProblem(result.problem));
    QCOMPARE(console.session.state(), SessionService::State::SignedOut);
    QVERIFY(console.session.accessToken().isEmpty());
    QVERIFY(console.memory.entries().isEmpty());
}

void TestSessionService::organizationChoice()
{
    Console console;
    QSignalSpy choice(&console.session, &SessionService::organizationChoiceRequired);
    QSignalSpy signedIn(&console.session, &SessionService::signedIn);
    console.session.signIn(m_server->baseUrl(), u"admin"_s, m_server->password(), false);
    QVERIFY(choice.wait(30000));
    QCOMPARE(console.session.state(), SessionService::State::ChoosingOrganization);
    const auto offered = choice.first().first().value<OrganizationChoice>();
    QCOMPARE(offered.organizations.size(), 2);
    QCOMPARE(offered.staff.username, u"admin"_s);
    QVERIFY(signedIn.isEmpty());
    QVERIFY(console.session.accessToken().isEmpty());

    console.session.chooseOrganization(offered.organizations.at(1).id);
    QVERIFY(signedIn.wait(30000));
    noteSecrets(console.session.grant());
    QCOMPARE(console.session.organization().id, offered.organizations.at(1).id);
    QCOMPARE(console.session.grant().organizations.size(), 2);
    QCOMPARE(console.sentTo(u"/api/v1/auth/organization"_s), 1);
}

void TestSessionService::rememberMeWithTheKeyringThenResume()
{
    if (!hasKeyring())
        QSKIP("needs the keyring (ctest -R sessionservice$)");
    KeychainSecretBackend keychain(u"gatehouse-tests"_s);
    QString firstRefreshToken;
    {
        Console console(&keychain);
        QSignalSpy unavailable(&console.session, &SessionService::rememberUnavailable);
        QVERIFY(signIn(console, u"orgadmin"_s, true));
        QVERIFY(console.session.remembered());
        firstRefreshToken = console.session.grant().refreshToken;
        const QString key = CredentialStore::refreshTokenKey(m_server->baseUrl(), u"orgadmin"_s);
        QTRY_COMPARE_WITH_TIMEOUT(readSecret(console.credentials, key).secret, firstRefreshToken,
                                  10000);
        QCOMPARE(console.credentials.availability(), CredentialStore::Availability::Available);
        QVERIFY(unavailable.isEmpty());
    }
    // A new run of the console: nothing but the keychain remembers.
    Console next(&keychain);
    QSignalSpy signedIn(&next.session, &SessionService::signedIn);
    next.session.resume(m_server->baseUrl(), u"orgadmin"_s);
    QVERIFY(signedIn.wait(30000));
    noteSecrets(next.session.grant());
    QCOMPARE(next.session.staff().username, u"orgadmin"_s);
    QVERIFY(next.session.remembered());
    QVERIFY(await(next.api.get(u"/api/v1/me"_s)).ok);
    // Rotation: the keychain now holds the new refresh token, not the used one.
    const QString key = CredentialStore::refreshTokenKey(m_server->baseUrl(), u"orgadmin"_s);
    QVERIFY(next.session.grant().refreshToken != firstRefreshToken);
    QTRY_COMPARE_WITH_TIMEOUT(readSecret(next.credentials, key).secret,
                              next.session.grant().refreshToken, 10000);
    next.session.signOut();
    QTRY_COMPARE_WITH_TIMEOUT(readSecret(next.credentials, key).status, Status::NotFound, 10000);
}

void TestSessionService::rememberWithoutKeychainSignsInForThisSessionOnly()
{
    // With the keyring present, a backend that reports "no keychain" stands in.
    std::unique_ptr<SecretBackend> backend;
    if (hasKeyring()) {
        auto memory = std::make_unique<MemorySecretBackend>();
        memory->setForcedOutcome(SecretBackend::Outcome::NoKeychain);
        backend = std::move(memory);
    } else {
        backend = std::make_unique<KeychainSecretBackend>(u"gatehouse-tests"_s);
    }
    Console console(backend.get());
    QSignalSpy unavailable(&console.session, &SessionService::rememberUnavailable);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(signIn(console, u"reviewer"_s, true));
    QVERIFY(unavailable.wait(5000) || !unavailable.isEmpty());
    qInfo() << "remember me declined after" << clock.elapsed() << "ms";
    QVERIFY(clock.elapsed() < 5000);
    QCOMPARE(unavailable.size(), 1);
    const QString reason = unavailable.first().first().toString();
    QVERIFY2(reason.contains(u"this session only"_s), qPrintable(reason));
    QVERIFY2(reason.contains(u"keychain"_s), qPrintable(reason));
    // Signed in all the same, for this run, and the session works.
    QCOMPARE(console.session.state(), SessionService::State::SignedIn);
    QVERIFY(!console.session.remembered());
    QVERIFY(await(console.api.get(u"/api/v1/me"_s)).ok);
    QCOMPARE(console.credentials.availability(), CredentialStore::Availability::Unavailable);
    if (auto *memory = qobject_cast<MemorySecretBackend *>(backend.get()))
        QVERIFY(memory->entries().isEmpty());
    if (!hasKeyring()) {
        // Nothing on disk: the throw-away HOME (where a fallback would write) is empty.
        QStringList files;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        QVERIFY2(files.isEmpty(), qPrintable(files.join(u", "_s)));
    }
}

void TestSessionService::resumeWithNothingRemembered()
{
    Console console;
    QSignalSpy failed(&console.session, &SessionService::resumeFailed);
    console.session.resume(m_server->baseUrl(), u"nobody.here"_s);
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.first().first().toString().contains(u"Sign in with your password"_s));
    QCOMPARE(console.session.state(), SessionService::State::SignedOut);
    QCOMPARE(console.network.count(), 0); // nothing to ask the server with

    // A remembered token the server no longer knows: refused, and forgotten.
    const QString key = CredentialStore::refreshTokenKey(m_server->baseUrl(), u"ghost"_s);
    bool written = false;
    console.credentials.write(key, u"not-a-real-token"_s, this,
                              [&](bool ok, const QString &) { written = ok; });
    QTRY_VERIFY(written);
    failed.clear();
    console.session.resume(m_server->baseUrl(), u"ghost"_s);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().toString(),
             ErrorText::forProblemCode(u"refresh_token_invalid"_s, 401));
    QTRY_VERIFY(!console.memory.entries().contains(key));
}

void TestSessionService::refreshesBeforeTheAccessTokenExpires()
{
    Console console;
    QVERIFY(signIn(console, u"reviewer"_s));
    const SessionGrant first = console.session.grant();
    const QDateTime planned = console.session.nextRefreshAt();
    QVERIFY(planned.isValid());
    QVERIFY(planned < first.accessExpiresAt);
    QVERIFY(planned > QDateTime::currentDateTimeUtc().addSecs(5)); // not at once either

    QSignalSpy refreshed(&console.session, &SessionService::accessTokenRefreshed);
    QVERIFY(refreshed.wait(15000));
    noteSecrets(console.session.grant());
    QVERIFY(QDateTime::currentDateTimeUtc() < first.accessExpiresAt); // before, not after
    QVERIFY(console.session.accessToken() != first.accessToken);
    QVERIFY(console.session.grant().refreshToken != first.refreshToken);
    QCOMPARE(console.session.state(), SessionService::State::SignedIn);
    // Past the first token's expiry the session still works, without a 401 on the way.
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > first.accessExpiresAt, 15000);
    console.network.clear();
    QVERIFY(await(console.api.get(u"/api/v1/me"_s)).ok);
    QCOMPARE(console.sentTo(u"/api/v1/auth/refresh"_s), 0);
}

void TestSessionService::refreshScheduleFollowsTheClock()
{
    // A clock a minute ahead of the server sees every token as expired on arrival:
    // no timer (it would spin); refreshes happen on demand.
    ManualClock ahead(QDateTime::currentDateTimeUtc().addSecs(60));
    Console skewed(nullptr, &ahead);
    QVERIFY(signIn(skewed, u"reviewer"_s));
    QVERIFY(!skewed.session.nextRefreshAt().isValid());

    // An exact clock plans the refresh a fifth of the lifetime ahead of expiry.
    ManualClock exact(QDateTime::currentDateTimeUtc());
    Console console(nullptr, &exact);
    QVERIFY(signIn(console, u"reviewer"_s));
    const qint64 lifetime = exact.now().msecsTo(console.session.grant().accessExpiresAt);
    const qint64 lead =
            console.session.nextRefreshAt().msecsTo(console.session.grant().accessExpiresAt);
    QVERIFY2(qAbs(lead - lifetime / 5) < 50, qPrintable(u"%1 %2"_s.arg(lead).arg(lifetime)));
}

void TestSessionService::concurrentCallersShareOneRefresh()
{
    Console console;
    QVERIFY(signIn(console, u"reviewer"_s));
    const QString before = console.session.accessToken();
    console.network.clear();
    QList<std::optional<bool>> answers(3);
    for (auto &answer : answers)
        console.session.refreshAccessToken([&answer](bool ok) { answer = ok; });
    QTRY_VERIFY(std::all_of(answers.cbegin(), answers.cend(),
                            [](const auto &a) { return a.has_value(); }));
    noteSecrets(console.session.grant());
    for (const auto &answer : answers)
        QVERIFY(*answer);
    QCOMPARE(console.sentTo(u"/api/v1/auth/refresh"_s), 1);
    QVERIFY(console.session.accessToken() != before);
}

void TestSessionService::reusedRefreshTokenEndsTheSession()
{
    MemorySecretBackend memory;
    Console console(&memory);
    QVERIFY(signIn(console, u"reviewer"_s, true));
    const QString key = CredentialStore::refreshTokenKey(m_server->baseUrl(), u"reviewer"_s);
    QTRY_VERIFY(memory.entries().contains(key));
    const QString used = console.session.grant().refreshToken;
    QSignalSpy refreshed(&console.session, &SessionService::accessTokenRefreshed);
    console.session.refreshAccessToken([](bool) {});
    QVERIFY(refreshed.wait(10000));
    noteSecrets(console.session.grant());

    // Someone else presents the used token: the server ends the whole family.
    ApiClient thief(&console.network);
    thief.setBaseUrl(m_server->baseUrl());
    RequestOptions anonymous;
    anonymous.authenticated = false;
    const ApiResult stolen =
            await(thief.post(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, used}}, anonymous));
    QCOMPARE(stolen.problem.code, u"refresh_token_reused"_s);

    // The console learns at its next request, says why, and forgets the token.
    QSignalSpy expired(&console.session, &SessionService::sessionExpired);
    const ApiResult denied = await(console.api.get(u"/api/v1/me"_s));
    QCOMPARE(denied.httpStatus, 401);
    QVERIFY(expired.wait(10000));
    QCOMPARE(expired.first().first().toString(),
             ErrorText::forProblemCode(u"session_expired"_s, 401));
    QCOMPARE(console.session.state(), SessionService::State::SignedOut);
    QVERIFY(console.session.accessToken().isEmpty());
    QTRY_VERIFY(!memory.entries().contains(key));

    // And a refresh with a reused token itself ends the session the same way.
    Console other(&memory);
    QVERIFY(signIn(other, u"reviewer"_s));
    const QString otherUsed = other.session.grant().refreshToken;
    QSignalSpy otherRefreshed(&other.session, &SessionService::accessTokenRefreshed);
    other.session.refreshAccessToken([](bool) {});
    QVERIFY(otherRefreshed.wait(10000));
    noteSecrets(other.session.grant());
    QCOMPARE(await(thief.post(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, otherUsed}},
                              anonymous))
                     .problem.code,
             u"refresh_token_reused"_s);
    QSignalSpy otherExpired(&other.session, &SessionService::sessionExpired);
    std::optional<bool> answer;
    other.session.refreshAccessToken([&](bool ok) { answer = ok; });
    QVERIFY(otherExpired.wait(10000));
    QTRY_VERIFY(answer.has_value());
    QVERIFY(!*answer);
    QCOMPARE(other.session.state(), SessionService::State::SignedOut);
}

void TestSessionService::signOutRevokesAndClearsTheKeychain()
{
    MemorySecretBackend memory;
    Console console(&memory);
    QVERIFY(signIn(console, u"support"_s, true));
    const SessionGrant grant = console.session.grant();
    const QString refreshKey = CredentialStore::refreshTokenKey(m_server->baseUrl(), u"support"_s);
    const QString cacheKeyKey = CredentialStore::cacheKeyKey(m_server->baseUrl(), u"support"_s);
    QTRY_VERIFY(memory.entries().contains(refreshKey));
    std::optional<bool> persistent;
    QByteArray cacheKey;
    console.session.loadCacheKey(this, [&](const QByteArray &key, bool kept) {
        cacheKey = key;
        persistent = kept;
    });
    QTRY_VERIFY(persistent.has_value());
    QVERIFY(*persistent);
    QCOMPARE(cacheKey.size(), 32);
    QVERIFY(memory.entries().contains(cacheKeyKey));
    // The same key on the next ask: yesterday's cache stays readable.
    std::optional<QByteArray> again;
    console.session.loadCacheKey(this, [&](const QByteArray &key, bool) { again = key; });
    QTRY_VERIFY(again.has_value());
    QCOMPARE(*again, cacheKey);

    QSignalSpy signedOut(&console.session, &SessionService::signedOut);
    QSignalSpy revoked(&console.session, &SessionService::serverSignOutFinished);
    console.session.signOut();
    QCOMPARE(signedOut.size(), 1); // at once, whatever the server says
    QCOMPARE(console.session.state(), SessionService::State::SignedOut);
    QVERIFY(console.session.accessToken().isEmpty());
    QVERIFY(revoked.wait(10000));
    QCOMPARE(revoked.first().first().toBool(), true);
    QTRY_VERIFY(!memory.entries().contains(refreshKey));
    QTRY_VERIFY(!memory.entries().contains(cacheKeyKey));

    // On the server the session is over: neither token opens anything.
    RequestOptions old;
    old.bearerToken = grant.accessToken;
    const ApiResult me = await(console.api.get(u"/api/v1/me"_s, {}, old));
    QCOMPARE(me.httpStatus, 401);
    RequestOptions anonymous;
    anonymous.authenticated = false;
    const ApiResult refresh = await(console.api.post(
            u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, grant.refreshToken}}, anonymous));
    QCOMPARE(refresh.httpStatus, 401);
}

void TestSessionService::signOutWhenTheServerIsUnreachable()
{
    MemorySecretBackend memory;
    Console console(&memory);
    QVERIFY(signIn(console, u"desk"_s, false));
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    console.api.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    QSignalSpy signedOut(&console.session, &SessionService::signedOut);
    QSignalSpy revoked(&console.session, &SessionService::serverSignOutFinished);
    console.session.signOut();
    QCOMPARE(signedOut.size(), 1);
    QCOMPARE(console.session.state(), SessionService::State::SignedOut);
    QVERIFY(revoked.wait(20000));
    QCOMPARE(revoked.first().first().toBool(), false);
}

void TestSessionService::switchOrganization()
{
    MemorySecretBackend memory;
    Console console(&memory);
    QSignalSpy choice(&console.session, &SessionService::organizationChoiceRequired);
    QSignalSpy signedIn(&console.session, &SessionService::signedIn);
    console.session.signIn(m_server->baseUrl(), u"admin"_s, m_server->password(), true);
    QVERIFY(choice.wait(30000));
    console.session.chooseOrganization(1);
    QVERIFY(signedIn.wait(30000));
    const SessionGrant before = console.session.grant();
    noteSecrets(before);
    QCOMPARE(before.organization.id, 1);

    QSignalSpy changed(&console.session, &SessionService::organizationChanged);
    QSignalSpy expired(&console.session, &SessionService::sessionExpired);
    console.session.switchOrganization(2);
    QVERIFY(changed.wait(30000));
    noteSecrets(console.session.grant());
    QCOMPARE(console.session.organization().id, 2);
    QVERIFY(console.session.accessToken() != before.accessToken);
    // The keychain follows the new session's refresh token.
    const QString key = CredentialStore::refreshTokenKey(m_server->baseUrl(), u"admin"_s);
    QTRY_COMPARE(memory.entries().value(key), console.session.grant().refreshToken);
    // The old session is revoked; a straggler with its token does not end the new one.
    RequestOptions old;
    old.bearerToken = before.accessToken;
    QCOMPARE(await(console.api.get(u"/api/v1/me"_s, {}, old)).httpStatus, 401);
    QVERIFY(await(console.api.get(u"/api/v1/me"_s)).ok);
    QTest::qWait(200);
    QVERIFY(expired.isEmpty());

    QSignalSpy failed(&console.session, &SessionService::switchFailed);
    console.session.switchOrganization(999);
    QVERIFY(failed.wait(30000));
    const ApiResult result = failed.first().first().value<ApiResult>();
    QCOMPARE(result.problem.code, u"organization_not_member"_s);
    QCOMPARE(result.errorText, ErrorText::forProblemCode(u"organization_not_member"_s, 403));
    QCOMPARE(console.session.organization().id, 2);
    QCOMPARE(console.session.state(), SessionService::State::SignedIn);
}

void TestSessionService::nothingSecretInTheLogs()
{
    QVERIFY(m_secretsSeen.size() > 5);
    QMutexLocker lock(&g_logMutex);
    QVERIFY(!g_log.isEmpty());
    for (const QString &line : std::as_const(g_log)) {
        for (const QString &secret : std::as_const(m_secretsSeen))
            QVERIFY2(!line.contains(secret),
                     qPrintable(u"a secret in the log: "_s + line.left(60)));
    }
}

QTEST_GUILESS_MAIN(TestSessionService)
#include "tst_sessionservice.moc"
