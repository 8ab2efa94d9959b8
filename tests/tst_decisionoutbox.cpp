// DecisionOutbox against a real gatehouse-server: decisions taken offline wait
// in the cache and go exactly once when the server answers (RELIABILITY 4:
// the console killed at random points 50 times over 100 queued decisions, 0
// lost, 0 repeated); a lost answer is replayed, not repeated; a replay after
// someone else decided is a conflict shown and never retried (7); a role gone
// while offline is a 403, none applied, and one poison item does not block the
// rest (8); a 503's Retry-After is honoured; what waits survives a restart.
#include "domain/clock.h"
#include "faketokensource.h"
#include "httptestclient.h"
#include "models/queues/decisionoutbox.h"
#include "models/queues/queueitemclient.h"
#include "scriptedhttpserver.h"
#include "serverapi.h"
#include "services/api/apiclient.h"
#include "services/api/apijob.h"
#include "services/cache/cachestore.h"
#include "testserver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

const QString kScope = u"outbox-test"_s;

// The console's side of the outbox, over one cache file: what a run of the
// console holds, and what a restart builds again.
struct Console
{
    Console(const QString &cachePath, const QByteArray &cacheKey, const QUrl &server,
            const QString &token)
        : api(&network), cache(cachePath), client(api, cache), outbox(client, cache, clock)
    {
        api.setBaseUrl(server);
        this->token.token = token;
        api.setTokenSource(&this->token);
        QSignalSpy opened(&cache, &CacheStore::opened);
        cache.open(cacheKey);
        cache.setScope(kScope);
        if (opened.wait(20'000) && opened.first().first().toBool())
            outbox.load();
    }

    bool loaded()
    {
        return QTest::qWaitFor([this] { return outbox.isLoaded(); }, 20'000);
    }

    bool add(const QueuedDecision &decision)
    {
        std::optional<bool> stored;
        QObject context;
        outbox.add(decision, &context, [&](bool ok) { stored = ok; });
        return QTest::qWaitFor([&] { return stored.has_value(); }, 20'000) && *stored;
    }

    QNetworkAccessManager network;
    SystemClock clock;
    FakeTokenSource token;
    ApiClient api;
    CacheStore cache;
    QueueItemClient client;
    DecisionOutbox outbox;
};

struct Item
{
    qint64 id = 0;
    int version = 0;
    QString company;
};

QueuedDecision approval(const Item &item)
{
    QueuedDecision d;
    d.key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    d.itemId = item.id;
    d.version = item.version;
    d.companyName = item.company;
    d.body = {{u"decision"_s, u"approve"_s}};
    return d;
}

// A port nothing listens on: the server is "gone".
QUrl deadServer()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port));
}

// The child of the crash test: a console that loads the outbox and sends what
// waits until nothing does, unless it is killed first.
int drainAsAChild()
{
    const QByteArray key = QByteArray::fromHex(qgetenv("OUTBOX_CACHE_KEY"));
    Console console(qEnvironmentVariable("OUTBOX_CACHE"), key,
                    QUrl(qEnvironmentVariable("OUTBOX_SERVER")),
                    qEnvironmentVariable("OUTBOX_TOKEN"));
    if (!console.loaded())
        return 2;
    // For the parent: where in the work the kill landed.
    std::printf("loaded %d\n", int(console.outbox.entries().size()));
    std::fflush(stdout);
    QObject::connect(&console.outbox, &DecisionOutbox::itemChanged, [] {
        std::printf("taken\n");
        std::fflush(stdout);
    });
    const bool drained = QTest::qWaitFor(
            [&] { return console.outbox.entries().isEmpty() && !console.outbox.isSending(); },
            120'000);
    for (const QueuedDecision &d : console.outbox.entries())
        qWarning("left: item %lld: %s", d.itemId, qPrintable(d.message));
    return drained ? 0 : 3;
}

} // namespace

class tst_DecisionOutbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void offlineDecisionsWaitThenGoOnce();
    void aLostAnswerIsReplayedNotRepeated();
    void aReplayAfterSomeoneElseDecidedIsAConflict();
    void aRoleGoneOrAPoisonItemDoesNotBlockTheRest();
    void retryAfterIsHonoured();
    void killedAtRandomPointsNeitherLosesNorRepeats();

private:
    QList<Item> takeItems(int count);
    QString statusOf(qint64 id);
    int decisionEvents(qint64 id);
    QString cachePath(const QString &name) const { return m_dir.filePath(name + u".sqlite"_s); }

    TestServer m_server{TestServer::Options{true, 2400, {}, {}, u"test-password"_s}};
    QTemporaryDir m_dir;
    QString m_reviewer;
    QString m_admin;
    QList<Item> m_free; // under review, held by nobody, not used yet
    QByteArray m_key = CacheStore::newKey();
};

void tst_DecisionOutbox::initTestCase()
{
    QVERIFY(m_server.start());
    HttpTestClient http(m_server.baseUrl());
    m_reviewer = ServerApi::openSession(http, u"reviewer"_s, m_server.password(), 1).accessToken;
    m_admin = ServerApi::openSession(http, u"admin"_s, m_server.password(), 1).accessToken;
    QVERIFY(!m_reviewer.isEmpty() && !m_admin.isEmpty());
    QString cursor;
    do {
        const QJsonObject page =
                ServerApi::getAs(http, m_reviewer,
                                 u"/api/v1/queues/workspace-applications/items?status=under_review"
                                 u"&claimed=nobody&limit=100"_s
                                         + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor))
                        .json();
        for (const QJsonValue &v : page.value(u"items"_s).toArray()) {
            const QueueItemSummary s = QueueItemSummary::fromJson(v.toObject());
            m_free.append({s.id, s.version, s.companyName});
        }
        cursor = page.value(u"next_cursor"_s).toString();
    } while (!cursor.isEmpty());
    QVERIFY2(m_free.size() >= 115, qPrintable(QString::number(m_free.size())));
}

QList<Item> tst_DecisionOutbox::takeItems(int count)
{
    QList<Item> items = m_free.first(count);
    m_free.remove(0, count);
    return items;
}

QString tst_DecisionOutbox::statusOf(qint64 id)
{
    HttpTestClient http(m_server.baseUrl());
    return ServerApi::getAs(http, m_admin,
                            u"/api/v1/queues/workspace-applications/items/%1"_s.arg(id))
            .json()
            .value(u"status"_s)
            .toString();
}

int tst_DecisionOutbox::decisionEvents(qint64 id)
{
    HttpTestClient http(m_server.baseUrl());
    const QJsonObject page =
            ServerApi::getAs(http, m_admin,
                             u"/api/v1/audit?target_type=workspace_application&target_id=%1"
                             u"&limit=100"_s.arg(id))
                    .json();
    int decisions = 0;
    for (const QJsonValue &v : page.value(u"items"_s).toArray()) {
        if (v[u"action"_s].toString() == u"workspace_application.decide")
            ++decisions;
    }
    return decisions;
}

void tst_DecisionOutbox::offlineDecisionsWaitThenGoOnce()
{
    const QList<Item> items = takeItems(3);
    {
        Console offline(cachePath(u"offline"_s), m_key, deadServer(), m_reviewer);
        QVERIFY(offline.loaded());
        for (const Item &item : items)
            QVERIFY(offline.add(approval(item)));
        QTRY_VERIFY_WITH_TIMEOUT(offline.outbox.entries().constFirst().attempts >= 1
                                         && !offline.outbox.isSending(),
                                 20'000);
        const QueuedDecision first = offline.outbox.entries().constFirst();
        QCOMPARE(first.state, QueuedDecision::State::Waiting);
        QVERIFY(!first.message.isEmpty());
        QCOMPARE(offline.outbox.waitingCount(QueueKind::WorkspaceApplications), 3);
        QVERIFY(offline.outbox.needingAttention(QueueKind::WorkspaceApplications).isEmpty());
    }
    for (const Item &item : items)
        QCOMPARE(statusOf(item.id), u"under_review"_s);

    // The next start, with the server back: what waited is read again and goes.
    Console online(cachePath(u"offline"_s), m_key, m_server.baseUrl(), m_reviewer);
    QSignalSpy changedItems(&online.outbox, &DecisionOutbox::itemChanged);
    QVERIFY(online.loaded());
    QTRY_VERIFY_WITH_TIMEOUT(online.outbox.entries().isEmpty(), 20'000);
    QCOMPARE(changedItems.count(), 3);
    for (const Item &item : items) {
        QCOMPARE(statusOf(item.id), u"approved"_s);
        QCOMPARE(decisionEvents(item.id), 1);
    }
    // And nothing left for a start after that.
    online.outbox.load();
    QVERIFY(online.loaded());
    QVERIFY(online.outbox.entries().isEmpty());
}

void tst_DecisionOutbox::aLostAnswerIsReplayedNotRepeated()
{
    const Item item = takeItems(1).constFirst();
    Console console(cachePath(u"lost"_s), m_key, m_server.baseUrl(), m_reviewer);
    QVERIFY(console.loaded());
    const QueuedDecision decision = approval(item);
    // The server takes the decision; its answer never reaches the console.
    bool answered = false;
    console.client
            .decide(QueueKind::WorkspaceApplications, item.id, item.version, decision.body,
                    decision.key)
            ->then(&console.outbox, [&](const ApiResult &) { answered = true; });
    QTRY_VERIFY(answered);
    QCOMPARE(statusOf(item.id), u"approved"_s);
    // The console, knowing nothing, sends it again from the outbox: the stored answer.
    QVERIFY(console.add(decision));
    QTRY_VERIFY_WITH_TIMEOUT(console.outbox.entries().isEmpty(), 20'000);
    QCOMPARE(decisionEvents(item.id), 1);
}

void tst_DecisionOutbox::aReplayAfterSomeoneElseDecidedIsAConflict()
{
    const Item item = takeItems(1).constFirst();
    Console console(cachePath(u"stale"_s), m_key, deadServer(), m_reviewer);
    QVERIFY(console.loaded());
    QVERIFY(console.add(approval(item)));
    QTRY_VERIFY_WITH_TIMEOUT(console.outbox.entries().constFirst().attempts >= 1
                                     && !console.outbox.isSending(),
                             20'000);

    // Meanwhile Emily Chen rejects it.
    HttpTestClient http(m_server.baseUrl());
    const QString emily =
            ServerApi::openSession(http, u"emily.chen"_s, m_server.password(), 1).accessToken;
    const QJsonObject reasons =
            ServerApi::getAs(http, emily, u"/api/v1/reason-codes?kind=workspace_application"_s)
                    .json();
    const QString code = reasons.value(u"items"_s).toArray().first()[u"code"_s].toString();
    QVERIFY(!code.isEmpty());
    http.setBearer(emily);
    const HttpReply rejected = http.send(
            "POST", u"/api/v1/queues/workspace-applications/items/%1/decision"_s.arg(item.id),
            QJsonDocument(QJsonObject{{u"decision"_s, u"reject"_s},
                                      {u"reason_code"_s, code},
                                      {u"reason_text"_s, u"营业执照不清晰"_s}})
                    .toJson(QJsonDocument::Compact),
            "application/json",
            {{"If-Match", '"' + QByteArray::number(item.version) + '"'},
             {"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
    QCOMPARE(rejected.status, 200);

    console.api.setBaseUrl(m_server.baseUrl());
    QSignalSpy changedItems(&console.outbox, &DecisionOutbox::itemChanged);
    console.outbox.sendNow();
    QTRY_COMPARE_WITH_TIMEOUT(
            console.outbox.needingAttention(QueueKind::WorkspaceApplications).size(), 1, 20'000);
    const QueuedDecision conflict = console.outbox.entries().constFirst();
    QCOMPARE(conflict.state, QueuedDecision::State::Conflict);
    QVERIFY2(conflict.message.contains(u"Emily Chen"_s), qPrintable(conflict.message));
    QCOMPARE(changedItems.count(), 1);          // the item as it is now, for the pane
    QCOMPARE(statusOf(item.id), u"rejected"_s); // never overwritten
    // Never sent again, not even when asked to.
    const int attempts = conflict.attempts;
    console.outbox.sendNow();
    QTest::qWait(500);
    QCOMPARE(console.outbox.entries().constFirst().attempts, attempts);

    // Read, and gone: from this run and from the next.
    console.outbox.dismiss(conflict.key);
    QVERIFY(console.outbox.entries().isEmpty());
    console.outbox.load();
    QVERIFY(console.loaded());
    QVERIFY(console.outbox.entries().isEmpty());
}

void tst_DecisionOutbox::aRoleGoneOrAPoisonItemDoesNotBlockTheRest()
{
    // The auditor reads queues but may not decide: a role that went while offline.
    HttpTestClient http(m_server.baseUrl());
    const QString auditor =
            ServerApi::openSession(http, u"auditor"_s, m_server.password(), 1).accessToken;
    const QList<Item> items = takeItems(3);
    {
        Console console(cachePath(u"role"_s), m_key, m_server.baseUrl(), auditor);
        QVERIFY(console.loaded());
        QVERIFY(console.add(approval(items.at(0))));
        QTRY_VERIFY_WITH_TIMEOUT(
                !console.outbox.needingAttention(QueueKind::WorkspaceApplications).isEmpty(),
                20'000);
        QCOMPARE(console.outbox.entries().constFirst().state, QueuedDecision::State::Refused);
        QVERIFY(!console.outbox.entries().constFirst().message.isEmpty());
        QCOMPARE(statusOf(items.at(0).id), u"under_review"_s);
    }

    // A poison item first (a rejection without its reason), then two good ones.
    Console console(cachePath(u"poison"_s), m_key, deadServer(), m_reviewer);
    QVERIFY(console.loaded());
    QueuedDecision poison = approval(items.at(0));
    poison.body = {{u"decision"_s, u"reject"_s}};
    QVERIFY(console.add(poison));
    QVERIFY(console.add(approval(items.at(1))));
    QVERIFY(console.add(approval(items.at(2))));
    console.api.setBaseUrl(m_server.baseUrl());
    console.outbox.sendNow();
    QTRY_VERIFY_WITH_TIMEOUT(console.outbox.entries().size() == 1
                                     && console.outbox.entries().constFirst().needsAttention(),
                             20'000);
    QCOMPARE(console.outbox.entries().constFirst().key, poison.key);
    QCOMPARE(console.outbox.entries().constFirst().state, QueuedDecision::State::Refused);
    QCOMPARE(statusOf(items.at(0).id), u"under_review"_s);
    QCOMPARE(statusOf(items.at(1).id), u"approved"_s);
    QCOMPARE(statusOf(items.at(2).id), u"approved"_s);
}

void tst_DecisionOutbox::retryAfterIsHonoured()
{
    ScriptedHttpServer busy;
    QVERIFY(busy.start());
    busy.setResponse(ScriptedHttpServer::response(
            503, "Service Unavailable",
            R"({"type":"about:blank","title":"Busy","status":503,"code":"service_unavailable"})",
            {{"Retry-After", "4"}}, "application/problem+json"));
    Console console(cachePath(u"busy"_s), m_key, busy.baseUrl(), m_reviewer);
    QVERIFY(console.loaded());
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(console.add(approval(takeItems(1).constFirst())));
    QTRY_VERIFY_WITH_TIMEOUT(busy.requestCount() >= 1 && !console.outbox.isSending(), 20'000);
    const QueuedDecision waiting = console.outbox.entries().constFirst();
    QCOMPARE(waiting.state, QueuedDecision::State::Waiting);
    QVERIFY(waiting.nextAttemptAt >= before.addSecs(4));
    const qsizetype sent = busy.requestCount();
    QTest::qWait(2'000);
    QCOMPARE(busy.requestCount(), sent); // not before the server said
    QTRY_VERIFY_WITH_TIMEOUT(busy.requestCount() > sent, 10'000);
    // The same key every time.
    const QByteArray key = "Idempotency-Key: " + waiting.key;
    QVERIFY(busy.requestHeads().constFirst().contains(key));
    QVERIFY(busy.requestHeads().constLast().contains(key));
}

void tst_DecisionOutbox::killedAtRandomPointsNeitherLosesNorRepeats()
{
    const QList<Item> items = takeItems(100);
    const QString path = cachePath(u"crash"_s);
    {
        Console offline(path, m_key, deadServer(), m_reviewer);
        QVERIFY(offline.loaded());
        for (const Item &item : items)
            QVERIFY(offline.add(approval(item)));
        QCOMPARE(offline.outbox.entries().size(), 100);
    }

    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("kill points from seed %u", seed);
    QRandomGenerator random(seed);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"OUTBOX_CHILD"_s, u"1"_s);
    environment.insert(u"OUTBOX_CACHE"_s, path);
    environment.insert(u"OUTBOX_CACHE_KEY"_s, QString::fromLatin1(m_key.toHex()));
    environment.insert(u"OUTBOX_SERVER"_s, m_server.baseUrl().toString());
    environment.insert(u"OUTBOX_TOKEN"_s, m_reviewer);
    int killedMidWork = 0; // with decisions loaded and still waiting
    const auto run = [&](int killAfterMs) {
        QProcess child;
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {});
        if (!child.waitForStarted(10'000))
            return -1;
        if (killAfterMs > 0 && !child.waitForFinished(killAfterMs)) {
            child.kill(); // SIGKILL: no destructor, no flush
            child.waitForFinished(10'000);
            const QByteArray out = child.readAllStandardOutput();
            if (out.startsWith("loaded ") && !out.startsWith("loaded 0"))
                ++killedMidWork;
            return -9;
        }
        child.waitForFinished(180'000);
        return child.exitCode();
    };
    int kills = 0;
    for (int i = 0; i < 50; ++i) {
        // The whole drain takes a few hundred milliseconds: kills from start-up
        // (the cache opening) to the middle of sending.
        if (run(int(random.bounded(20, 200))) == -9)
            ++kills;
    }
    qInfo("killed %d times of 50, %d of them with decisions still waiting", kills, killedMidWork);
    QVERIFY(kills >= 25);
    QVERIFY(killedMidWork >= 10);
    QCOMPARE(run(0), 0); // and the last run sends what is left

    int approved = 0;
    for (const Item &item : items) {
        approved += statusOf(item.id) == u"approved" ? 1 : 0;
        QCOMPARE(decisionEvents(item.id), 1);
    }
    QCOMPARE(approved, 100);
    Console after(path, m_key, m_server.baseUrl(), m_reviewer);
    QVERIFY(after.loaded());
    QVERIFY(after.outbox.entries().isEmpty()); // no conflicts: every replay was recognised
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("OUTBOX_CHILD")) {
        QCoreApplication app(argc, argv);
        return drainAsAChild();
    }
    QCoreApplication app(argc, argv);
    tst_DecisionOutbox test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_decisionoutbox.moc"
