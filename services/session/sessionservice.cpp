#include "services/session/sessionservice.h"

#include "domain/clock.h"
#include "services/api/apiclient.h"
#include "services/api/errortext.h"
#include "services/session/credentialstore.h"

#include <QLoggingCategory>

#include <sodium.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSession, "gatehouse.services.session")

namespace {

constexpr qint64 kMinRefreshMarginMs = 1000;
constexpr qint64 kMaxRefreshMarginMs = 60 * 1000;
constexpr int kRefreshRetryMs = 30 * 1000; // after a refresh found the server unreachable
constexpr int kSignOutTimeoutMs = 10 * 1000;

RequestOptions anonymous()
{
    RequestOptions options;
    options.authenticated = false;
    return options;
}

RequestOptions withBearer(const QString &token)
{
    RequestOptions options;
    options.bearerToken = token;
    options.timeoutMs = kSignOutTimeoutMs;
    return options;
}

// The server ended the session for good: asking again with the same token cannot help.
bool endsSession(const ApiResult &result)
{
    return result.httpStatus == 401 || result.httpStatus == 403;
}

} // namespace

SessionService::SessionService(ApiClient &api, CredentialStore &credentials, const Clock &clock,
                               QObject *parent)
    : QObject(parent), m_api(api), m_credentials(credentials), m_clock(clock)
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SessionService::startRefresh);
    connect(&m_api, &ApiClient::sessionRejected, this, &SessionService::verifySession);
}

QString SessionService::accessToken() const
{
    return m_state == State::SignedIn ? m_grant.accessToken : QString();
}

void SessionService::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SessionService::start(const QUrl &server)
{
    clearLocal();
    ++m_generation;
    m_server = server;
    m_api.setBaseUrl(server);
    setState(State::SigningIn);
}

void SessionService::signIn(const QUrl &server, const QString &login, const QString &password,
                            bool remember)
{
    start(server);
    m_remember = remember;
    const quint64 generation = m_generation;
    m_api.post(u"/api/v1/auth/sign-in"_s, {{u"login"_s, login}, {u"password"_s, password}},
               anonymous())
            ->then(this, [this, generation](const ApiResult &result) {
                if (generation == m_generation)
                    acceptSignInAnswer(result);
            });
}

void SessionService::acceptSignInAnswer(const ApiResult &result)
{
    if (!result.ok) {
        failSignIn(result);
        return;
    }
    if (OrganizationChoice::isChoice(result.json)) {
        m_choice = OrganizationChoice::fromJson(result.json);
        setState(State::ChoosingOrganization);
        emit organizationChoiceRequired(m_choice);
        return;
    }
    const SessionGrant grant = SessionGrant::fromJson(result.json);
    if (!grant.isValid()) {
        ApiResult unreadable = result;
        unreadable.ok = false;
        unreadable.errorText = ErrorText::forUnreadableAnswer();
        failSignIn(unreadable);
        return;
    }
    adopt(grant);
    emit signedIn();
}

void SessionService::failSignIn(ApiResult result)
{
    clearLocal();
    setState(State::SignedOut);
    emit signInFailed(result);
}

void SessionService::chooseOrganization(qint64 organizationId)
{
    if (m_state != State::ChoosingOrganization)
        return;
    const quint64 generation = m_generation;
    setState(State::SigningIn);
    m_api.post(u"/api/v1/auth/organization"_s,
               {{u"selection_token"_s, m_choice.selectionToken},
                {u"organization_id"_s, organizationId}},
               anonymous())
            ->then(this, [this, generation](const ApiResult &result) {
                if (generation != m_generation)
                    return;
                m_choice = {};
                acceptSignInAnswer(result);
            });
}

void SessionService::resume(const QUrl &server, const QString &username)
{
    start(server);
    m_remember = true;
    const quint64 generation = m_generation;
    const QString key = CredentialStore::refreshTokenKey(server, username);
    m_credentials.read(key, this, [this, generation, key](const CredentialStore::ReadResult &read) {
        if (generation != m_generation)
            return;
        if (read.status != CredentialStore::ReadResult::Status::Found) {
            clearLocal();
            setState(State::SignedOut);
            emit resumeFailed(read.status == CredentialStore::ReadResult::Status::NotFound
                                      ? tr("There is no remembered sign-in for this server. "
                                           "Sign in with your password.")
                                      : tr("The remembered sign-in could not be read: %1 Sign "
                                           "in with your password.")
                                                .arg(read.errorText));
            return;
        }
        m_api.post(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, read.secret}}, anonymous())
                ->then(this, [this, generation, key](const ApiResult &result) {
                    if (generation != m_generation)
                        return;
                    const SessionGrant grant = SessionGrant::fromJson(result.json);
                    if (result.ok && grant.isValid()) {
                        adopt(grant);
                        emit signedIn();
                        return;
                    }
                    // A token the server refused is worth nothing: forget it. One that
                    // could not be checked (server away) stays for the next try.
                    if (endsSession(result))
                        m_credentials.remove(key, this, {});
                    clearLocal();
                    setState(State::SignedOut);
                    emit resumeFailed(result.ok ? ErrorText::forUnreadableAnswer()
                                                : result.errorText);
                });
    });
}

void SessionService::adopt(const SessionGrant &grant)
{
    m_grant = grant;
    scheduleRefresh();
    setState(State::SignedIn);
    storeRefreshToken();
}

void SessionService::scheduleRefresh()
{
    m_refreshTimer.stop();
    m_nextRefreshAt = {};
    if (!m_grant.accessExpiresAt.isValid())
        return;
    const qint64 now = m_clock.nowMs();
    const qint64 remaining = m_grant.accessExpiresAt.toMSecsSinceEpoch() - now;
    if (remaining <= 0) {
        // A token that looks expired on arrival means this computer's clock runs ahead of
        // the server's. A timer would spin; the 401 token_expired path refreshes on demand.
        qCWarning(lcSession) << "access token expired on arrival by" << -remaining
                             << "ms: clocks disagree; refreshing on demand only";
        return;
    }
    const qint64 margin = std::clamp(remaining / 5, kMinRefreshMarginMs, kMaxRefreshMarginMs);
    const qint64 delay = std::max<qint64>(0, remaining - margin);
    m_nextRefreshAt = QDateTime::fromMSecsSinceEpoch(now + delay, Qt::UTC);
    m_refreshTimer.start(std::chrono::milliseconds(delay));
}

void SessionService::refreshAccessToken(std::function<void(bool refreshed)> done)
{
    if (m_state != State::SignedIn || m_grant.refreshToken.isEmpty()) {
        QMetaObject::invokeMethod(
                this, [done = std::move(done)] { done(false); }, Qt::QueuedConnection);
        return;
    }
    m_refreshWaiters.append(std::move(done));
    if (!m_refreshInFlight)
        startRefresh();
}

void SessionService::startRefresh()
{
    if (m_state != State::SignedIn || m_refreshInFlight)
        return;
    m_refreshInFlight = true;
    m_refreshTimer.stop();
    const quint64 generation = m_generation;
    RequestOptions options = anonymous();
    options.maxRetries = 0;
    m_api.post(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, m_grant.refreshToken}}, options)
            ->then(this, [this, generation](const ApiResult &result) {
                if (generation != m_generation)
                    return; // clearLocal() already answered the waiters
                m_refreshInFlight = false;
                const SessionGrant grant = SessionGrant::fromJson(result.json);
                if (result.ok && grant.isValid()) {
                    adopt(grant);
                    emit accessTokenRefreshed();
                    finishRefresh(true);
                    return;
                }
                if (endsSession(result)) {
                    // refresh_token_invalid, refresh_token_reused, session_expired.
                    expire(result.errorText);
                } else {
                    qCInfo(lcSession)
                            << "refresh failed for now; trying again in" << kRefreshRetryMs << "ms";
                    m_refreshTimer.start(kRefreshRetryMs);
                }
                finishRefresh(false);
            });
}

void SessionService::finishRefresh(bool refreshed)
{
    const QList<std::function<void(bool)>> waiters = std::exchange(m_refreshWaiters, {});
    for (const auto &waiter : waiters)
        waiter(refreshed);
}

void SessionService::storeRefreshToken()
{
    if (!m_remember || m_state != State::SignedIn)
        return;
    switch (m_credentials.availability()) {
    case CredentialStore::Availability::Available:
        writeRefreshToken();
        return;
    case CredentialStore::Availability::Unavailable:
        rememberFailed(m_credentials.unavailableReason());
        return;
    case CredentialStore::Availability::Unknown:
    case CredentialStore::Availability::Probing:
        break;
    }
    if (m_waitingForKeychain)
        return; // the token written once the probe ends is the current one
    m_waitingForKeychain = true;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(&m_credentials, &CredentialStore::availabilityChanged, this,
                          [this, connection](CredentialStore::Availability availability) {
                              if (availability == CredentialStore::Availability::Probing)
                                  return;
                              disconnect(*connection);
                              m_waitingForKeychain = false;
                              storeRefreshToken();
                          });
    if (m_credentials.availability() == CredentialStore::Availability::Unknown)
        m_credentials.probe();
}

void SessionService::writeRefreshToken()
{
    const quint64 generation = m_generation;
    m_credentials.write(CredentialStore::refreshTokenKey(m_server, m_grant.staff.username),
                        m_grant.refreshToken, this,
                        [this, generation](bool ok, const QString &errorText) {
                            if (!ok && generation == m_generation)
                                rememberFailed(errorText);
                        });
}

void SessionService::rememberFailed(const QString &why)
{
    if (!m_remember)
        return;
    m_remember = false;
    qCInfo(lcSession) << "remember me not possible: signed in for this session only";
    emit rememberUnavailable(tr("Gatehouse cannot remember this sign-in: %1 You are signed in "
                                "for this session only.")
                                     .arg(why));
}

void SessionService::verifySession()
{
    // A 401 may belong to a request sent with a previous session's token (an
    // organization switch revokes the old one): ask once with the current token.
    if (m_state != State::SignedIn || m_verifying)
        return;
    m_verifying = true;
    const quint64 generation = m_generation;
    RequestOptions options;
    options.bearerToken = m_grant.accessToken;
    m_api.get(u"/api/v1/me"_s, {}, options)
            ->then(this, [this, generation](const ApiResult &result) {
                m_verifying = false;
                if (generation != m_generation || result.httpStatus != 401)
                    return;
                if (result.problem.code == QStringView(ProblemCode::TokenExpired)) {
                    refreshAccessToken([](bool) {});
                    return;
                }
                // A token the server no longer knows belonged to a session it ended.
                const bool unknownToken =
                        result.problem.code == QStringView(ProblemCode::AuthenticationRequired);
                expire(unknownToken ? ErrorText::forProblemCode(
                               QString::fromUtf16(ProblemCode::SessionExpired), 401)
                                    : result.errorText);
            });
}

void SessionService::expire(const QString &reasonText)
{
    if (m_state == State::SignedOut)
        return;
    qCInfo(lcSession) << "the server ended the session";
    if (m_remember) {
        m_credentials.remove(CredentialStore::refreshTokenKey(m_server, m_grant.staff.username),
                             this, {});
    }
    clearLocal();
    ++m_generation;
    setState(State::SignedOut);
    emit sessionExpired(reasonText);
}

void SessionService::clearLocal()
{
    // Whoever waits for a refresh of this session waits in vain: tell them now.
    m_refreshInFlight = false;
    finishRefresh(false);
    m_refreshTimer.stop();
    m_nextRefreshAt = {};
    m_grant = {};
    m_choice = {};
    m_remember = false;
}

void SessionService::switchOrganization(qint64 organizationId)
{
    if (m_state != State::SignedIn)
        return;
    const quint64 generation = m_generation;
    m_api.post(u"/api/v1/auth/switch-organization"_s, {{u"organization_id"_s, organizationId}})
            ->then(this, [this, generation](const ApiResult &result) {
                if (generation != m_generation)
                    return;
                const SessionGrant grant = SessionGrant::fromJson(result.json);
                if (!result.ok || !grant.isValid()) {
                    ApiResult failed = result;
                    if (result.ok) {
                        failed.ok = false;
                        failed.errorText = ErrorText::forUnreadableAnswer();
                    }
                    emit switchFailed(failed);
                    return;
                }
                // The server revoked the old session; the new refresh token replaces it.
                adopt(grant);
                emit organizationChanged();
            });
}

void SessionService::signOut()
{
    // Both entries: a cache key outliving the session would unlock its cache.
    endHere(true, &SessionService::signedOut);
}

void SessionService::lock()
{
    if (m_state != State::SignedIn)
        return;
    qCInfo(lcSession) << "locked after the idle limit";
    // The refresh token goes even when remembered, or the next start would resume
    // past the lock; the cache key stays, for this staff member's next sign-in.
    endHere(false, &SessionService::locked);
}

void SessionService::endHere(bool forgetCacheKey, void (SessionService::*announce)())
{
    const SessionGrant old = m_grant;
    const bool hadSession = m_state == State::SignedIn;
    if (hadSession) {
        m_credentials.remove(CredentialStore::refreshTokenKey(m_server, old.staff.username), this,
                             {});
        if (forgetCacheKey)
            m_credentials.remove(CredentialStore::cacheKeyKey(m_server, old.staff.username), this,
                                 {});
    }
    clearLocal();
    ++m_generation;
    setState(State::SignedOut);
    emit(this->*announce)();
    if (hadSession)
        revokeOnServer(old, false);
}

void SessionService::revokeOnServer(const SessionGrant &old, bool refreshed)
{
    m_api.post(u"/api/v1/auth/sign-out"_s, {}, withBearer(old.accessToken))
            ->then(this, [this, old, refreshed](const ApiResult &result) {
                const bool expiredToken = result.httpStatus == 401
                        && result.problem.code == QStringView(ProblemCode::TokenExpired);
                if (!expiredToken || refreshed) {
                    emit serverSignOutFinished(result.ok);
                    return;
                }
                // The access token ran out: one refresh, so the sign-out can reach the
                // session; the refresh token alone would otherwise keep it alive.
                RequestOptions options = anonymous();
                options.timeoutMs = kSignOutTimeoutMs;
                m_api.post(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, old.refreshToken}},
                           options)
                        ->then(this, [this](const ApiResult &refresh) {
                            const SessionGrant fresh = SessionGrant::fromJson(refresh.json);
                            if (!refresh.ok || !fresh.isValid()) {
                                // Already ended (401) counts as revoked.
                                emit serverSignOutFinished(refresh.httpStatus == 401);
                                return;
                            }
                            revokeOnServer(fresh, true);
                        });
            });
}

void SessionService::loadCacheKey(QObject *context,
                                  std::function<void(const QByteArray &, bool)> done)
{
    QByteArray random(crypto_aead_xchacha20poly1305_ietf_KEYBYTES, Qt::Uninitialized);
    randombytes_buf(random.data(), size_t(random.size()));
    if (m_state != State::SignedIn) {
        QMetaObject::invokeMethod(
                context, [done, random] { done(random, false); }, Qt::QueuedConnection);
        return;
    }
    const QString key = CredentialStore::cacheKeyKey(m_server, m_grant.staff.username);
    m_credentials.read(key, context, [this, key, context, done, random](const auto &read) {
        using Status = CredentialStore::ReadResult::Status;
        if (read.status == Status::Found) {
            const QByteArray stored = QByteArray::fromBase64(read.secret.toLatin1());
            if (stored.size() == random.size()) {
                done(stored, true);
                return;
            }
        }
        if (read.status == Status::Unavailable || read.status == Status::Failed) {
            done(random, false);
            return;
        }
        m_credentials.write(key, QString::fromLatin1(random.toBase64()), context,
                            [done, random](bool ok, const QString &) { done(random, ok); });
    });
}
