// QueueItemClient against a real gatehouse-server: detail, image, mail
// preview, audit trail, reason codes, calendar and the actions; what a
// reviewer reads again offline is cached and answered from the cache only
// when nobody is there; queue snapshots by filter, with the newest one of the
// queue when the filter has none.
#include "models/queues/queueitemclient.h"

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

// Runs one asynchronous call and waits for its answer with the event loop running.
template<typename Result, typename Call>
Result await(Call call)
{
    Result answer{};
    bool answered = false;
    QObject context;
    call(&context, [&](const Result &r) {
        answer = r;
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }, 20'000))
        qWarning("no answer");
    return answer;
}

} // namespace

class tst_QueueItemClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void detailWithHistoryAndImage();
    void readingAidsAnswer();
    void claimReleaseAndNext();
    void snapshotsByFilter();
    void offlineAnswersFromTheCacheButNeverCoversARefusal();

private:
    qint64 firstItem(QueueKind kind, QueueItemSummary *summary = nullptr);

    TestServer m_server;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    ApiClient m_api{&m_network};
    FixedToken m_token;
    std::unique_ptr<CacheStore> m_cache;
    std::unique_ptr<QueueItemClient> m_client;
};

void tst_QueueItemClient::initTestCase()
{
    QVERIFY(m_server.start());
    m_api.setBaseUrl(m_server.baseUrl());
    m_api.setTokenSource(&m_token);
    HttpTestClient http(m_server.baseUrl());
    m_token.token = ServerApi::openSession(http, u"reviewer"_s, m_server.password(), 1).accessToken;
    QVERIFY(!m_token.token.isEmpty());
    m_cache = std::make_unique<CacheStore>(m_dir.filePath(u"cache.sqlite"_s));
    QSignalSpy opened(m_cache.get(), &CacheStore::opened);
    m_cache->open(CacheStore::newKey());
    QVERIFY(opened.wait());
    m_cache->setScope(u"test-scope"_s);
    m_client = std::make_unique<QueueItemClient>(m_api, *m_cache);
}

qint64 tst_QueueItemClient::firstItem(QueueKind kind, QueueItemSummary *summary)
{
    HttpTestClient http(m_server.baseUrl());
    http.setBearer(m_token.token);
    const QJsonObject page =
            http.get(u"/api/v1/queues/%1/items?status=under_review&claimed=nobody&limit=1"_s.arg(
                             Queues::pathName(kind)))
                    .json();
    const QJsonObject item = page.value(u"items"_s).toArray().first().toObject();
    if (summary)
        *summary = QueueItemSummary::fromJson(item);
    return item.value(u"id"_s).toInteger();
}

void tst_QueueItemClient::detailWithHistoryAndImage()
{
    const qint64 id = firstItem(QueueKind::EnterpriseVerifications);
    QVERIFY(id > 0);
    const auto detail = await<QueueDetailResult>([&](QObject *c, auto done) {
        m_client->fetchDetail(QueueKind::EnterpriseVerifications, id, c, done);
    });
    QVERIFY(detail.ok);
    QVERIFY(!detail.fromCache);
    QCOMPARE(detail.detail.summary.id, id);
    QCOMPARE(detail.detail.kind, QueueKind::EnterpriseVerifications);
    QCOMPARE(detail.detail.history.last().id, id);
    const qint64 licence = detail.detail.fields.value(u"licence_image_id"_s).toInteger();
    QVERIFY(licence > 0);
    const auto image = await<QueueImageResult>(
            [&](QObject *c, auto done) { m_client->fetchImage(licence, c, done); });
    QVERIFY(image.ok);
    QVERIFY(image.bytes.startsWith("\x89PNG"));
}

void tst_QueueItemClient::readingAidsAnswer()
{
    const qint64 id = firstItem(QueueKind::WorkspaceApplications);
    const auto preview = await<MailPreview>([&](QObject *c, auto done) {
        m_client->fetchMailPreview(QueueKind::WorkspaceApplications, id, u"reject"_s, u"other"_s,
                                   u"请补充 & 更新 = 官网 #1"_s, c, done);
    });
    QVERIFY2(preview.ok, qPrintable(preview.errorText));
    QVERIFY(!preview.subject.isEmpty());
    // The note travels intact through the query, reserved characters included.
    QVERIFY2(preview.body.contains(u"请补充 & 更新 = 官网 #1"_s), qPrintable(preview.body));

    const auto codes = await<ReasonCodesResult>([&](QObject *c, auto done) {
        m_client->fetchReasonCodes(QueueKind::EnterpriseVerifications, c, done);
    });
    QVERIFY(codes.ok);
    QStringList names;
    for (const ReasonCode &code : codes.codes)
        names.append(code.code);
    QVERIFY(names.contains(u"licence_unreadable"_s));
    QVERIFY(!names.contains(u"website_unreachable"_s)); // an application's reason only

    BusinessCalendar calendar;
    bool answered = false;
    m_client->fetchCalendar(this, [&](const BusinessCalendar &c) {
        calendar = c;
        answered = true;
    });
    QTRY_VERIFY(answered);
    QVERIFY(!calendar.isBusinessDay(QDate(2026, 10, 1))); // National Day

    const auto audit = await<QueueAuditResult>([&](QObject *c, auto done) {
        m_client->fetchAudit(QueueKind::WorkspaceApplications, id, c, done);
    });
    QVERIFY(audit.ok);
}

void tst_QueueItemClient::claimReleaseAndNext()
{
    const qint64 id = firstItem(QueueKind::WorkspaceApplications);
    QSignalSpy claimed(m_client->claim(QueueKind::WorkspaceApplications, id), &ApiJob::finished);
    QVERIFY(claimed.wait());
    const ApiResult claim = claimed.first().first().value<ApiResult>();
    QVERIFY(claim.ok);
    QVERIFY(QueueItemSummary::fromJson(claim.json).claimedById > 0);
    QSignalSpy released(m_client->release(QueueKind::WorkspaceApplications, id), &ApiJob::finished);
    QVERIFY(released.wait());
    QCOMPARE(QueueItemSummary::fromJson(released.first().first().value<ApiResult>().json)
                     .claimedById,
             0);
    QSignalSpy next(m_client->next(QueueKind::WorkspaceApplications), &ApiJob::finished);
    QVERIFY(next.wait());
    const ApiResult opened = next.first().first().value<ApiResult>();
    QVERIFY(opened.ok);
    const QueueItemDetail detail = QueueItemDetail::fromJson(opened.json);
    QVERIFY(detail.summary.claimedById > 0);
    QSignalSpy back(m_client->release(QueueKind::WorkspaceApplications, detail.summary.id),
                    &ApiJob::finished);
    QVERIFY(back.wait());
}

void tst_QueueItemClient::snapshotsByFilter()
{
    QueueFilter overdue;
    overdue.due = u"overdue"_s;
    QueueFilter anything;
    m_client->saveSnapshot(QueueKind::WorkspaceApplications, overdue, "overdue rows");
    QTest::qWait(50);
    m_client->saveSnapshot(QueueKind::WorkspaceApplications, anything, "all rows");
    m_client->saveSnapshot(QueueKind::EnterpriseVerifications, anything, "verification rows");
    const auto exact = await<std::optional<CachedDocument>>([&](QObject *c, auto done) {
        m_client->loadSnapshot(QueueKind::WorkspaceApplications, overdue, c, done);
    });
    QVERIFY(exact);
    QCOMPARE(exact->blob, "overdue rows");
    // Another filter without a snapshot of its own: the newest of this queue.
    QueueFilter other;
    other.text = u"星辰"_s;
    const auto newest = await<std::optional<CachedDocument>>([&](QObject *c, auto done) {
        m_client->loadSnapshot(QueueKind::WorkspaceApplications, other, c, done);
    });
    QVERIFY(newest);
    QCOMPARE(newest->blob, "all rows");
}

void tst_QueueItemClient::offlineAnswersFromTheCacheButNeverCoversARefusal()
{
    QueueItemSummary summary;
    const qint64 id = firstItem(QueueKind::WorkspaceApplications, &summary);
    const auto online = await<QueueDetailResult>([&](QObject *c, auto done) {
        m_client->fetchDetail(QueueKind::WorkspaceApplications, id, c, done);
    });
    QVERIFY(online.ok);
    // A refusal is a refusal: an item of nobody's (404) is not made up from the cache.
    const auto missing = await<QueueDetailResult>([&](QObject *c, auto done) {
        m_client->fetchDetail(QueueKind::WorkspaceApplications, 99'999'999, c, done);
    });
    QVERIFY(!missing.ok);
    QVERIFY(!missing.offline);
    QTest::qWait(200); // the detail reaches the cache's thread

    m_server.stop();
    const auto offline = await<QueueDetailResult>([&](QObject *c, auto done) {
        m_client->fetchDetail(QueueKind::WorkspaceApplications, id, c, done);
    });
    QVERIFY(offline.ok);
    QVERIFY(offline.fromCache);
    QVERIFY(offline.offline);
    QCOMPARE(offline.detail.summary.companyName, summary.companyName);
    QVERIFY(offline.fetchedAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);
    const auto codes = await<ReasonCodesResult>([&](QObject *c, auto done) {
        m_client->fetchReasonCodes(QueueKind::EnterpriseVerifications, c, done);
    });
    QVERIFY(codes.ok);
    QVERIFY(!codes.codes.isEmpty());
}

QTEST_GUILESS_MAIN(tst_QueueItemClient)
#include "tst_queueitemclient.moc"
