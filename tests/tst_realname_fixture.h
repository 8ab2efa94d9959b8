#pragma once

// What the real-name tests share: the services as the composition root builds
// them for the real-name pane, and the server's own answers read directly.

#include "domain/clock.h"
#include "httptestclient.h"
#include "models/realname/apirealnamesource.h"
#include "serverapi.h"
#include "services/api/apiclient.h"
#include "services/cache/cachestore.h"
#include "services/session/credentialstore.h"
#include "services/session/keychainsecretbackend.h"
#include "services/session/sessionservice.h"
#include "testserver.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>

namespace RealnameTest {

inline TestServer::Options serverOptions()
{
    TestServer::Options o;
    o.demoSize = 300;
    return o;
}

struct Services
{
    explicit Services(const QString &dir)
        : settings(dir + QStringLiteral("/settings.ini"), QSettings::IniFormat), api(&network),
          secrets(QStringLiteral("gatehouse-test")), credentials(&secrets),
          session(api, credentials, clock), cache(dir + QStringLiteral("/cache.sqlite")),
          source(api, cache)
    {
        api.setTokenSource(&session);
        QObject::connect(&session, &SessionService::organizationChoiceRequired, &session,
                         [this](const OrganizationChoice &choice) {
                             session.chooseOrganization(choice.organizations.constFirst().id);
                         });
    }

    bool signIn(const TestServer &server, const QString &login)
    {
        QSignalSpy signedIn(&session, &SessionService::signedIn);
        session.signIn(server.baseUrl(), login, server.password(), false);
        return signedIn.wait(20'000);
    }

    bool openCache()
    {
        QSignalSpy opened(&cache, &CacheStore::opened);
        cache.setScope(QStringLiteral("realname-test"));
        cache.open(CacheStore::newKey());
        return opened.wait(10'000) && opened.first().first().toBool();
    }

    QSettings settings;
    QNetworkAccessManager network;
    SystemClock clock;
    ApiClient api;
    KeychainSecretBackend secrets;
    CredentialStore credentials;
    SessionService session;
    CacheStore cache;
    ApiRealnameSource source;
};

// The server's answer to a GET, as the support agent of the first platform organization.
inline QJsonObject serverGet(const TestServer &server, const QString &pathAndQuery)
{
    HttpTestClient client(server.baseUrl());
    const ServerApi::Session s =
            ServerApi::openSession(client, QStringLiteral("support"), server.password(), 1);
    return ServerApi::getAs(client, s.accessToken, pathAndQuery).json();
}

inline qint64 serverLevelCount(const QJsonObject &levels, int level)
{
    for (const QJsonValue &entry : levels.value(QStringLiteral("levels")).toArray()) {
        if (entry.toObject().value(QStringLiteral("level")).toInt() == level)
            return entry.toObject().value(QStringLiteral("count")).toInteger();
    }
    return -1;
}

} // namespace RealnameTest
