#pragma once

// What the queue pane tests share: the services as the composition root builds
// them, a second reviewer on another connection (who decides or claims first),
// and the applicant side (the portal) for new arrivals.

#include "domain/clock.h"
#include "httptestclient.h"
#include "models/queues/apiqueuepagesource.h"
#include "models/queues/queueitemclient.h"
#include "models/queues/queuemodel.h"
#include "serverapi.h"
#include "services/api/apiclient.h"
#include "services/cache/cachestore.h"
#include "services/session/credentialstore.h"
#include "services/session/keychainsecretbackend.h"
#include "services/session/sessionservice.h"
#include "testserver.h"
#include "ui/common/languageswitcher.h"
#include "ui/queues/queuepane.h"
#include "ui/queues/queuetable.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUuid>

#include <memory>

namespace QueuePaneTest {

inline const QByteArray kPortalKey = "queue-pane-portal-key";

inline TestServer::Options serverOptions()
{
    TestServer::Options o;
    o.demoSize = 400;
    o.extraArguments = {QStringLiteral("--portal-key"), QString::fromLatin1(kPortalKey)};
    return o;
}

struct Services
{
    explicit Services(const QString &dir)
        : settings(dir + QStringLiteral("/settings.ini"), QSettings::IniFormat), api(&network),
          secrets(QStringLiteral("gatehouse-test")), credentials(&secrets),
          session(api, credentials, clock), cache(dir + QStringLiteral("/cache.sqlite")),
          languages(settings), pages(api), items(api, cache)
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
        cache.setScope(QStringLiteral("queue-pane-test"));
        cache.open(CacheStore::newKey());
        return opened.wait(10'000) && opened.first().first().toBool();
    }

    std::unique_ptr<QueuePane> pane(QueueKind kind)
    {
        auto p = std::make_unique<QueuePane>(kind, pages, items, session, clock);
        p->resize(1200, 760);
        return p;
    }

    QSettings settings;
    QNetworkAccessManager network;
    SystemClock clock;
    ApiClient api;
    KeychainSecretBackend secrets;
    CredentialStore credentials;
    SessionService session;
    CacheStore cache;
    LanguageSwitcher languages;
    ApiQueuePageSource pages;
    QueueItemClient items;
};

// Another staff member on their own connection: decides or claims first.
class OtherReviewer
{
public:
    OtherReviewer(const TestServer &server, const QString &login)
        : m_client(server.baseUrl()),
          m_session(ServerApi::openSession(m_client, login, server.password(), 1))
    { }

    bool isValid() const { return m_session.isValid(); }

    static QString itemPath(QueueKind kind, qint64 id)
    {
        return QueueItemClient::itemPath(kind, id);
    }

    QJsonObject item(QueueKind kind, qint64 id)
    {
        return ServerApi::getAs(m_client, m_session.accessToken, itemPath(kind, id)).json();
    }

    HttpReply decide(QueueKind kind, qint64 id, const QString &decision,
                     const QString &reasonCode = {})
    {
        const int version = int(item(kind, id).value(QStringLiteral("version")).toInteger());
        QJsonObject body{{QStringLiteral("decision"), decision}};
        if (!reasonCode.isEmpty())
            body.insert(QStringLiteral("reason_code"), reasonCode);
        return ServerApi::postAs(
                m_client, m_session.accessToken, itemPath(kind, id) + QStringLiteral("/decision"),
                body,
                {{"If-Match", '"' + QByteArray::number(version) + '"'},
                 {"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
    }

    HttpReply claim(QueueKind kind, qint64 id)
    {
        return ServerApi::postAs(m_client, m_session.accessToken,
                                 itemPath(kind, id) + QStringLiteral("/claim"), {});
    }

    QString name() const
    {
        return m_session.grant.value(QStringLiteral("staff"))
                .toObject()
                .value(QStringLiteral("display_name"))
                .toString();
    }

private:
    HttpTestClient m_client;
    ServerApi::Session m_session;
};

// The applicant side: a resubmission after a rejection arrives in the queue.
inline HttpReply resubmit(const TestServer &server, const QJsonObject &rejectedItem,
                          const QString &companyName)
{
    HttpTestClient portal(server.baseUrl());
    const QJsonObject fields = rejectedItem.value(QStringLiteral("fields")).toObject();
    QJsonObject body{
            {QStringLiteral("applicant_account_id"),
             rejectedItem.value(QStringLiteral("applicant"))
                     .toObject()
                     .value(QStringLiteral("account_id"))},
            {QStringLiteral("applicant_role"), fields.value(QStringLiteral("applicant_role"))},
            {QStringLiteral("company_name"), companyName},
            {QStringLiteral("website"), QStringLiteral("https://www.example.com")},
            {QStringLiteral("contact_number"), QStringLiteral("010-62345678")},
            {QStringLiteral("email"), QStringLiteral("contact@example.com")},
            {QStringLiteral("previous_id"), rejectedItem.value(QStringLiteral("id"))}};
    return portal.postJson(QStringLiteral("/api/v1/portal/workspace-applications"), body,
                           {{"X-Portal-Key", kPortalKey}});
}

// Waits until the pane's first page is in.
inline bool waitForRows(QueuePane &pane, int timeoutMs = 20'000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (!pane.model()->isLoading() && pane.model()->rowCount() > 0)
            return true;
        QTest::qWait(20);
    }
    return false;
}

// The first rows under review that nobody holds, by the list's order.
inline QList<int> freeRows(const QueueModel &model, int count, qint64 nowMs)
{
    QList<int> rows;
    for (int r = 0; r < model.rowCount() && rows.size() < count; ++r) {
        const QueueItemSummary s = model.summary(r);
        const bool held = s.claimedById && s.claimExpiresAt > nowMs;
        if (s.status == QueueStatus::UnderReview && !held)
            rows.append(r);
    }
    return rows;
}

inline void selectRow(QueuePane &pane, int row)
{
    pane.table()->selectRow(row);
    pane.table()->setCurrentIndex(pane.model()->index(row, 0));
}

} // namespace QueuePaneTest
