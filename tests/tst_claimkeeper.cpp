// ClaimKeeper against a real gatehouse-server: the open item's claim is
// renewed while it is open, released when the reviewer moves to another item
// or leaves, and kept while a decision on it is being written.
#include "models/queues/claimkeeper.h"

#include "models/queues/queueitemclient.h"
#include "serverapi.h"
#include "services/api/accesstokensource.h"
#include "services/api/apiclient.h"
#include "services/cache/cachestore.h"
#include "testserver.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

class FixedToken final : public AccessTokenSource
{
public:
    QString accessToken() const override { return token; }
    void refreshAccessToken(std::function<void(bool)> done) override { done(false); }
    QString token;
};

constexpr QueueKind kKind = QueueKind::WorkspaceApplications;

} // namespace

class tst_ClaimKeeper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void renewsWhileOpen();
    void releasesWhenMovingOnUnlessDeciding();
    void renewalRefusedIsReported();

private:
    QList<qint64> freeItems(int count);
    QJsonObject claimOf(qint64 id);
    bool claim(qint64 id);

    TestServer m_server;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    ApiClient m_api{&m_network};
    FixedToken m_token;
    std::unique_ptr<CacheStore> m_cache;
    std::unique_ptr<QueueItemClient> m_client;
    HttpTestClient m_http;
};

void tst_ClaimKeeper::initTestCase()
{
    QVERIFY(m_server.start());
    m_api.setBaseUrl(m_server.baseUrl());
    m_api.setTokenSource(&m_token);
    m_http.setBaseUrl(m_server.baseUrl());
    m_token.token =
            ServerApi::openSession(m_http, u"reviewer"_s, m_server.password(), 1).accessToken;
    QVERIFY(!m_token.token.isEmpty());
    m_http.setBearer(m_token.token);
    m_cache = std::make_unique<CacheStore>(m_dir.filePath(u"cache.sqlite"_s));
    m_client = std::make_unique<QueueItemClient>(m_api, *m_cache);
}

QList<qint64> tst_ClaimKeeper::freeItems(int count)
{
    const QJsonArray items =
            m_http.get(u"/api/v1/queues/workspace-applications/items?status=under_review"
                       "&claimed=nobody&limit=%1"_s.arg(count))
                    .json()
                    .value(u"items"_s)
                    .toArray();
    QList<qint64> ids;
    for (const QJsonValue &v : items)
        ids.append(v.toObject().value(u"id"_s).toInteger());
    return ids;
}

QJsonObject tst_ClaimKeeper::claimOf(qint64 id)
{
    return m_http.get(QueueItemClient::itemPath(kKind, id)).json().value(u"claim"_s).toObject();
}

bool tst_ClaimKeeper::claim(qint64 id)
{
    return m_http.postJson(QueueItemClient::itemPath(kKind, id) + u"/claim"_s, {}).status == 200;
}

void tst_ClaimKeeper::renewsWhileOpen()
{
    const QList<qint64> ids = freeItems(1);
    QCOMPARE(ids.size(), 1);
    QVERIFY(claim(ids.first()));
    const QString firstExpiry = claimOf(ids.first()).value(u"expires_at"_s).toString();
    ClaimKeeper keeper(*m_client, kKind);
    keeper.setRenewInterval(300);
    QSignalSpy renewed(&keeper, &ClaimKeeper::renewed);
    keeper.open(ids.first(), true);
    QCOMPARE(keeper.heldId(), ids.first());
    QVERIFY(renewed.wait(5'000));
    QCOMPARE(renewed.first().first().toLongLong(), ids.first());
    QVERIFY(claimOf(ids.first()).value(u"expires_at"_s).toString() > firstExpiry);
    keeper.leave();
    QTRY_VERIFY(claimOf(ids.first()).isEmpty());
}

void tst_ClaimKeeper::releasesWhenMovingOnUnlessDeciding()
{
    const QList<qint64> ids = freeItems(3);
    QCOMPARE(ids.size(), 3);
    for (qint64 id : ids)
        QVERIFY(claim(id));
    ClaimKeeper keeper(*m_client, kKind);
    QSignalSpy released(&keeper, &ClaimKeeper::released);
    keeper.open(ids.at(0), true);
    keeper.open(ids.at(1), true); // moving on gives the first back
    QVERIFY(released.wait(5'000));
    QCOMPARE(released.first().first().toLongLong(), ids.at(0));
    QVERIFY(claimOf(ids.at(0)).isEmpty());
    QVERIFY(!claimOf(ids.at(1)).isEmpty());

    // A decision being written keeps its claim, even when the reviewer looks elsewhere.
    keeper.setDeciding(ids.at(1), true);
    keeper.open(ids.at(2), true);
    QTest::qWait(500);
    QVERIFY(!claimOf(ids.at(1)).isEmpty());
    keeper.setDeciding(ids.at(1), false);
    keeper.leave();
    QTRY_VERIFY(claimOf(ids.at(2)).isEmpty());
    // ids[1] was never the open one again: its lease runs out on its own.
    QVERIFY(!claimOf(ids.at(1)).isEmpty());
}

void tst_ClaimKeeper::renewalRefusedIsReported()
{
    const QList<qint64> ids = freeItems(1);
    QCOMPARE(ids.size(), 1);
    QVERIFY(claim(ids.first()));
    ClaimKeeper keeper(*m_client, kKind);
    keeper.setRenewInterval(300);
    keeper.open(ids.first(), true);
    // The item is decided meanwhile (the claim holder's own other console).
    const int version = int(m_http.get(QueueItemClient::itemPath(kKind, ids.first()))
                                    .json()
                                    .value(u"version"_s)
                                    .toInteger());
    const HttpReply decided = m_http.postJson(
            QueueItemClient::itemPath(kKind, ids.first()) + u"/decision"_s,
            {{u"decision"_s, u"approve"_s}},
            {{"If-Match", '"' + QByteArray::number(version) + '"'}, {"Idempotency-Key", "ck-1"}});
    QCOMPARE(decided.status, 200);
    QSignalSpy failed(&keeper, &ClaimKeeper::renewFailed);
    QVERIFY(failed.wait(5'000));
    QCOMPARE(failed.first().at(1).value<ApiResult>().httpStatus, 409);
    QCOMPARE(keeper.heldId(), 0);
}

QTEST_GUILESS_MAIN(tst_ClaimKeeper)
#include "tst_claimkeeper.moc"
