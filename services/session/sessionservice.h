#pragma once

#include "domain/sessionrecords.h"
#include "services/api/accesstokensource.h"
#include "services/api/apiresult.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

class ApiClient;
class Clock;
class CredentialStore;

// The staff member's session: sign-in (with organization choice), "remember
// me" through the keychain, refresh before the access token expires and once
// on a 401, organization switch, sign-out. Nothing here blocks: every step
// answers with a signal.
//
// Secrets: the refresh token goes to the keychain only when "remember me" was
// asked for and the keychain is Available; otherwise it lives in memory for
// this run and rememberUnavailable() says so. Nothing is ever written to a
// file, and tokens and passwords are never logged.
class SessionService : public QObject, public AccessTokenSource
{
    Q_OBJECT

public:
    enum class State { SignedOut, SigningIn, ChoosingOrganization, SignedIn };
    Q_ENUM(State)

    SessionService(ApiClient &api, CredentialStore &credentials, const Clock &clock,
                   QObject *parent = nullptr);

    State state() const { return m_state; }
    QUrl server() const { return m_server; }
    const SessionGrant &grant() const { return m_grant; }
    const StaffProfile &staff() const { return m_grant.staff; }
    const PlatformOrganization &organization() const { return m_grant.organization; }
    bool allows(Permission permission) const
    {
        return m_grant.organization.roles.allows(permission);
    }
    bool remembered() const { return m_remember; }
    // When the timer will refresh the access token (invalid when none is planned).
    QDateTime nextRefreshAt() const { return m_nextRefreshAt; }

    // The server URL must already have passed ServerAddress::parse(); it becomes
    // the ApiClient's base URL.
    void signIn(const QUrl &server, const QString &login, const QString &password, bool remember);
    void chooseOrganization(qint64 organizationId);
    // Resumes a remembered session from the keychain; emits resumeFailed if there is none.
    void resume(const QUrl &server, const QString &username);
    void switchOrganization(qint64 organizationId);
    // Ends the session here at once (signedOut), removes the keychain entries
    // (refresh token and cache key), and revokes it on the server in the
    // background (serverSignOutFinished).
    void signOut();
    // The idle limit passed: the session ends here and on the server like a
    // sign-out (the remembered refresh token goes too), but the cache key stays
    // so the offline cache opens again when the same staff member signs back in.
    void lock();

    // The key of the offline cache for this server and staff member (32 bytes),
    // kept in the keychain. persistent is false when the keychain is unavailable:
    // the key is then random for this run, and yesterday's cache unreadable.
    void loadCacheKey(QObject *context,
                      std::function<void(const QByteArray &key, bool persistent)> done);

    // AccessTokenSource
    QString accessToken() const override;
    void refreshAccessToken(std::function<void(bool refreshed)> done) override;

signals:
    void stateChanged(SessionService::State state);
    void signedIn();
    void organizationChoiceRequired(const OrganizationChoice &choice);
    void signInFailed(const ApiResult &result);   // result.errorText says what and what next
    void resumeFailed(const QString &reasonText); // translated; ask for the password
    void organizationChanged();
    void switchFailed(const ApiResult &result);
    void signedOut();
    void locked();
    // The background revocation of a signed-out session ended: revoked is false
    // when the server could not be told (it then ends by its own limits).
    void serverSignOutFinished(bool revoked);
    void sessionExpired(const QString &reasonText); // the server ended it; sign in again
    // "Remember me" could not be honoured (no keychain): signed in for this session only.
    void rememberUnavailable(const QString &reasonText);
    void accessTokenRefreshed();

private:
    void start(const QUrl &server);
    void adopt(const SessionGrant &grant);
    void acceptSignInAnswer(const ApiResult &result);
    void failSignIn(ApiResult result);
    void scheduleRefresh();
    void startRefresh();
    void finishRefresh(bool refreshed);
    void storeRefreshToken();
    void writeRefreshToken();
    void rememberFailed(const QString &why);
    void verifySession();
    void expire(const QString &reasonText);
    void clearLocal();
    void endHere(bool forgetCacheKey, void (SessionService::*announce)());
    void revokeOnServer(const SessionGrant &old, bool refreshed);
    void setState(State state);

    ApiClient &m_api;
    CredentialStore &m_credentials;
    const Clock &m_clock;
    State m_state = State::SignedOut;
    QUrl m_server;
    SessionGrant m_grant;
    OrganizationChoice m_choice;
    bool m_remember = false;
    QTimer m_refreshTimer;
    QDateTime m_nextRefreshAt;
    QList<std::function<void(bool)>> m_refreshWaiters;
    bool m_refreshInFlight = false;
    bool m_verifying = false;
    bool m_waitingForKeychain = false;
    quint64 m_generation = 0; // a new session (or none) ignores answers meant for the old one
};
