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
    bool allows(Permission permission) const { return m_grant.organization.roles.allows(permission); }
    bool remembered() const { return m_remember; }

    // The server URL must already have passed ServerAddress::parse().
    void signIn(const QUrl &server, const QString &login, const QString &password, bool remember);
    void chooseOrganization(qint64 organizationId);
    // Resumes a remembered session from the keychain; emits resumeFailed if there is none.
    void resume(const QUrl &server, const QString &username);
    void switchOrganization(qint64 organizationId);
    void signOut();

    // AccessTokenSource
    QString accessToken() const override;
    void refreshAccessToken(std::function<void(bool refreshed)> done) override;

signals:
    void stateChanged(SessionService::State state);
    void signedIn();
    void organizationChoiceRequired(const OrganizationChoice &choice);
    void signInFailed(const ApiResult &result);     // result.errorText says what and what next
    void resumeFailed(const QString &reasonText);   // translated; ask for the password
    void organizationChanged();
    void switchFailed(const ApiResult &result);
    void signedOut();
    void sessionExpired(const QString &reasonText); // the server ended it; sign in again
    // "Remember me" could not be honoured (no keychain): signed in for this session only.
    void rememberUnavailable(const QString &reasonText);

private:
    void adopt(const SessionGrant &grant);
    void scheduleRefresh();
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
    QList<std::function<void(bool)>> m_refreshWaiters;
};
