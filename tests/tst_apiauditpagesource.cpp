// ApiAuditPageSource against a real gatehouse-server: pages by cursor, keeps
// each page in the offline cache, answers from it when nobody is there — and
// never when the server refuses.
#include "models/audit/apiauditpagesource.h"

#include "serverapi.h"
#include "services/api/accesstokensource.h"
#include "services/api/apiclient.h"
#include "services/cache/cachestore.h"
#include "testserver.h"

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

TestServer::Options smallDemo()
{
    TestServer::Options options;
    options.demoSize = 50;
    return options;
}

} // namespace

class tst_ApiAuditPageSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesByCursorAndCachesEveryPage();
    void aRefusalIsNotAnsweredFromTheCache();
    void offlineAnswersFromTheCache();

private:
    AuditPage fetch(const AuditQuery &query, const QString &cursor);
    QString tokenFor(const QString &login);

    TestServer m_server{smallDemo()};
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    ApiClient m_api{&m_network};
    FixedToken m_token;
    std::unique_ptr<CacheStore> m_cache;
    std::unique_ptr<ApiAuditPageSource> m_source;
    AuditPage m_firstPage;
};

void tst_ApiAuditPageSource::initTestCase()
{
    QVERIFY(m_server.start());
    m_api.setBaseUrl(m_server.baseUrl());
    m_api.setTokenSource(&m_token);
    // Every sign-in is an audit entry of the organization chosen.
    for (int i = 0; i < 4; ++i)
        m_token.token = tokenFor(u"auditor"_s);
    QVERIFY(!m_token.token.isEmpty());

    m_cache = std::make_unique<CacheStore>(m_dir.filePath(u"cache.sqlite"_s));
    QSignalSpy opened(m_cache.get(), &CacheStore::opened);
    m_cache->open(CacheStore::newKey());
    QVERIFY(opened.wait());
    QVERIFY(opened.first().first().toBool());
    m_cache->setScope(u"test-scope"_s);
    m_source = std::make_unique<ApiAuditPageSource>(m_api, *m_cache);
}

QString tst_ApiAuditPageSource::tokenFor(const QString &login)
{
    HttpTestClient client(m_server.baseUrl());
    return ServerApi::openSession(client, login, m_server.password(), 1).accessToken;
}

AuditPage tst_ApiAuditPageSource::fetch(const AuditQuery &query, const QString &cursor)
{
    AuditPage answer;
    bool answered = false;
    QObject context;
    m_source->fetchPage(query, cursor, &context, [&](const AuditPage &page) {
        answer = page;
        answered = true;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(answered, 20'000);
    }();
    return answer;
}

void tst_ApiAuditPageSource::pagesByCursorAndCachesEveryPage()
{
    AuditQuery query;
    query.pageSize = 2;
    query.action = u"auth.sign_in"_s;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    m_firstPage = fetch(query, {});
    QVERIFY2(m_firstPage.ok, qPrintable(m_firstPage.errorText));
    QVERIFY(!m_firstPage.fromCache);
    QCOMPARE(m_firstPage.items.size(), 2);
    QVERIFY(!m_firstPage.nextCursor.isEmpty());
    QVERIFY(m_firstPage.fetchedAt >= before);
    const qint64 newest = m_firstPage.items.at(0).toObject().value(u"id"_s).toInteger();
    const qint64 second = m_firstPage.items.at(1).toObject().value(u"id"_s).toInteger();
    QVERIFY(newest > second);
    for (const QJsonValue &item : std::as_const(m_firstPage.items))
        QCOMPARE(item.toObject().value(u"action"_s).toString(), u"auth.sign_in"_s);

    const AuditPage next = fetch(query, m_firstPage.nextCursor);
    QVERIFY(next.ok);
    QVERIFY(!next.items.isEmpty());
    QVERIFY(next.items.at(0).toObject().value(u"id"_s).toInteger() < second);

    // What arrived is in the cache, under the query and cursor it answered.
    std::optional<CachedDocument> cached;
    bool answered = false;
    m_cache->get(ApiAuditPageSource::cacheKind(), query.cacheKey({}), this,
                 [&](std::optional<CachedDocument> document) {
                     cached = std::move(document);
                     answered = true;
                 });
    QTRY_VERIFY(answered);
    QVERIFY(cached.has_value());
    QCOMPARE(cached->document.value(u"items"_s).toArray(), m_firstPage.items);
}

void tst_ApiAuditPageSource::aRefusalIsNotAnsweredFromTheCache()
{
    // A reviewer may not read the audit log: the auditor's cached page must not stand in.
    const QString auditor = m_token.token;
    m_token.token = tokenFor(u"reviewer"_s);
    AuditQuery query;
    query.pageSize = 2;
    query.action = u"auth.sign_in"_s;
    const AuditPage page = fetch(query, {});
    m_token.token = auditor;
    QVERIFY(!page.ok);
    QVERIFY(!page.fromCache);
    QVERIFY(page.items.isEmpty());
    QVERIFY(!page.errorText.isEmpty());
}

void tst_ApiAuditPageSource::offlineAnswersFromTheCache()
{
    m_server.stop();
    AuditQuery query;
    query.pageSize = 2;
    query.action = u"auth.sign_in"_s;
    const AuditPage page = fetch(query, {});
    QVERIFY(page.ok);
    QVERIFY(page.fromCache);
    QCOMPARE(page.items, m_firstPage.items);
    QCOMPARE(page.nextCursor, m_firstPage.nextCursor);
    QVERIFY(page.fetchedAt.isValid());
    QVERIFY(page.fetchedAt <= QDateTime::currentDateTimeUtc());
    QVERIFY(!page.errorText.isEmpty()); // why it is from the cache

    // A page never fetched has nothing to fall back on.
    const AuditPage missing = fetch(query, u"1"_s);
    QVERIFY(!missing.ok);
    QVERIFY(!missing.fromCache);
    QVERIFY(!missing.errorText.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ApiAuditPageSource)
#include "tst_apiauditpagesource.moc"
