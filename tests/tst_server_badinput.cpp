// Bad input against the real gatehouse-server binary: broken, ambiguous,
// hostile and mistyped bodies, headers, paths and queries on every route that
// takes them. Always a 4xx problem document with a stable code, never a 5xx,
// never SQL text, and the server stays up (RELIABILITY 13, 15).
#include "domain/problem.h"
#include "httptestclient.h"
#include "rawhttpconnection.h"
#include "serverapi.h"
#include "testserver.h"

#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QSet<QString> &stableCodes()
{
    using namespace ProblemCode;
    static const QSet<QString> codes{
            QString::fromUtf16(MalformedJson),
            QString::fromUtf16(MalformedRequest),
            QString::fromUtf16(DuplicateKey),
            QString::fromUtf16(ValidationFailed),
            QString::fromUtf16(UnsupportedMediaType),
            QString::fromUtf16(PayloadTooLarge),
            QString::fromUtf16(HeaderTooLarge),
            QString::fromUtf16(LengthRequired),
            QString::fromUtf16(NotFound),
            QString::fromUtf16(MethodNotAllowed),
            QString::fromUtf16(AuthenticationRequired),
            QString::fromUtf16(TokenExpired),
            QString::fromUtf16(PermissionDenied),
            QString::fromUtf16(InvalidCredentials),
            QString::fromUtf16(AccountLocked),
            QString::fromUtf16(RefreshTokenInvalid),
            QString::fromUtf16(RefreshTokenReused),
            QString::fromUtf16(SessionExpired),
            QString::fromUtf16(NotAMember),
            QString::fromUtf16(SelectionExpired),
            QString::fromUtf16(PreconditionRequired),
            QString::fromUtf16(PreconditionFailed),
    };
    return codes;
}

const QSet<QString> &fieldCodes()
{
    using namespace ProblemCode;
    static const QSet<QString> codes{
            QString::fromUtf16(FieldMissing),          QString::fromUtf16(FieldWrongType),
            QString::fromUtf16(FieldUnknown),          QString::fromUtf16(FieldPrivileged),
            QString::fromUtf16(FieldTooLong),          QString::fromUtf16(FieldEmpty),
            QString::fromUtf16(FieldControlCharacter), QString::fromUtf16(FieldOutOfRange),
    };
    return codes;
}

// What must never reach a client: the store's words.
const QList<QByteArray> kLeaks{"SELECT",    "INSERT",      "UPDATE ",      "sqlite",  "SQLITE",
                               "QSqlError", "QPSQL",       "syntax error", "no such", "constraint",
                               "audit_log", "staff_roles", "Unable to",    "PRAGMA"};

// The most memory the process has held at once (VmHWM), in bytes.
qint64 peakMemory(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

} // namespace

class TestServerBadInput : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;
    QString m_adminToken;
    int m_answers = 0;

    // Every answer to bad input must look like this.
    void checkRefusal(const HttpReply &r, const QString &what)
    {
        ++m_answers;
        const QString body = QString::fromUtf8(r.body.left(400));
        QVERIFY2(r.status >= 400 && r.status < 500,
                 qPrintable(what + u": status "_s + QString::number(r.status) + u' ' + body));
        QVERIFY2(r.isProblem(),
                 qPrintable(what + u": "_s + QString::fromLatin1(r.header("content-type"))));
        QVERIFY2(stableCodes().contains(r.code()), qPrintable(what + u": code "_s + r.code()));
        QCOMPARE(r.json().value(u"status"_s).toInt(), r.status);
        QVERIFY2(!r.json().value(u"instance"_s).toString().isEmpty(), qPrintable(what));
        const QJsonArray errors = r.json().value(u"errors"_s).toArray();
        for (const QJsonValue &e : errors)
            QVERIFY2(fieldCodes().contains(e.toObject().value(u"code"_s).toString()),
                     qPrintable(what + u' ' + body));
        for (const QByteArray &leak : kLeaks)
            QVERIFY2(!r.body.contains(leak),
                     qPrintable(what + u": leaks "_s + QString::fromLatin1(leak) + u' ' + body));
    }

    HttpReply postRaw(const QString &path, const QByteArray &body,
                      const QByteArray &type = "application/json",
                      const HttpTestClient::Headers &headers = {}, const QString &token = {})
    {
        m_client->setBearer(token);
        const HttpReply r = m_client->post(path, body, type, headers);
        m_client->setBearer({});
        return r;
    }

    QByteArray reviewerEtag()
    {
        return ServerApi::getAs(*m_client, m_adminToken, u"/api/v1/staff/2"_s).header("etag");
    }

    // The write routes, each with a valid body to start from.
    struct WriteRoute
    {
        QString path;
        QByteArray validBody;
        bool needsToken;
        bool needsIfMatch;
    };
    QList<WriteRoute> writeRoutes() const
    {
        return {{u"/api/v1/auth/sign-in"_s, "{\"login\":\"nobody\",\"password\":\"secret\"}", false,
                 false},
                {u"/api/v1/auth/organization"_s,
                 "{\"selection_token\":\"ghs_x\",\"organization_id\":1}", false, false},
                {u"/api/v1/auth/refresh"_s, "{\"refresh_token\":\"ghr_x\"}", false, false},
                {u"/api/v1/auth/switch-organization"_s, "{\"organization_id\":99}", true, false},
                {u"/api/v1/staff/2/unlock"_s, "{\"reason\":\"fuzz\"}", true, true}};
    }

    HttpReply send(const WriteRoute &route, const QByteArray &body,
                   const QByteArray &type = "application/json")
    {
        HttpTestClient::Headers headers;
        if (route.needsIfMatch)
            headers.append({"If-Match", reviewerEtag()});
        return postRaw(route.path, body, type, headers,
                       route.needsToken ? m_adminToken : QString());
    }

private slots:
    void initTestCase()
    {
        TestServer::Options options;
        options.demoSize = 10;
        m_server = std::make_unique<TestServer>(options);
        QVERIFY(m_server->start());
        m_client = std::make_unique<HttpTestClient>(m_server->baseUrl());
        const ServerApi::Session admin =
                ServerApi::openSession(*m_client, u"admin"_s, m_server->password(), 1);
        QVERIFY(admin.isValid());
        m_adminToken = admin.accessToken;
    }

    void cleanupTestCase()
    {
        // Still up, still right, and not a single 5xx in its access log.
        QVERIFY(m_server->isRunning());
        QCOMPARE(m_client->get(u"/api/v1/health"_s).status, 200);
        QCOMPARE(ServerApi::signIn(*m_client, u"admin"_s, m_server->password(), 1).status, 200);
        m_server->stop();
        const QString log = m_server->standardError();
        QVERIFY2(!log.contains(u" 500 "_s) && !log.contains(u" 503 "_s),
                 qPrintable(log.right(2000)));
        qInfo("%d refusals checked", m_answers);
    }

    void badBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("truncated") << QByteArray("{\"login\":") << u"malformed_json"_s;
        QTest::newRow("empty") << QByteArray() << u"malformed_json"_s;
        QTest::newRow("not json") << QByteArray("login=admin&password=x") << u"malformed_json"_s;
        QTest::newRow("trailing garbage")
                << QByteArray("{\"login\":\"a\",\"password\":\"b\"} extra") << u"malformed_json"_s;
        QTest::newRow("two objects")
                << QByteArray("{\"login\":\"a\"}{\"password\":\"b\"}") << u"malformed_json"_s;
        QTest::newRow("null") << QByteArray("null") << u"malformed_json"_s;
        QTest::newRow("array") << QByteArray("[\"login\",\"password\"]") << u"malformed_json"_s;
        QTest::newRow("string") << QByteArray("\"login\"") << u"malformed_json"_s;
        QTest::newRow("duplicate key")
                << QByteArray("{\"login\":\"admin\",\"login\":\"reviewer\",\"password\":\"x\"}")
                << u"duplicate_key"_s;
        QTest::newRow("nested duplicate")
                << QByteArray("{\"login\":\"a\",\"password\":\"b\",\"x\":{\"k\":1,\"k\":2}}")
                << u"duplicate_key"_s;
        QTest::newRow("lone surrogate")
                << QByteArray("{\"login\":\"\\ud800\",\"password\":\"b\"}") << u"malformed_json"_s;
        QTest::newRow("swapped surrogates")
                << QByteArray("{\"login\":\"\\udc00\\ud800\",\"password\":\"b\"}")
                << u"malformed_json"_s;
        QTest::newRow("NUL escape") << QByteArray("{\"login\":\"ad\\u0000min\",\"password\":\"b\"}")
                                    << u"malformed_json"_s;
        QTest::newRow("raw NUL") << QByteArray("{\"login\":\"ad\0min\",\"password\":\"b\"}", 33)
                                 << u"malformed_json"_s;
        QTest::newRow("bad UTF-8")
                << QByteArray("{\"login\":\"\xc3\x28\",\"password\":\"b\"}") << u"malformed_json"_s;
        QTest::newRow("overlong UTF-8")
                << QByteArray("{\"login\":\"\xc0\xaf\",\"password\":\"b\"}") << u"malformed_json"_s;
        QTest::newRow("beyond int64")
                << QByteArray("{\"organization_id\":99999999999999999999}") << u"malformed_json"_s;
        QTest::newRow("1e400") << QByteArray("{\"organization_id\":1e400}") << u"malformed_json"_s;
        QTest::newRow("deep") << QByteArray("{\"a\":") + QByteArray(200, '[') + QByteArray(200, ']')
                        + "}" << u"malformed_json"_s;
        QTest::newRow("very deep")
                << QByteArray("{\"a\":") + QByteArray(100000, '[') << u"malformed_json"_s;
        QTest::newRow("single quotes") << QByteArray("{'login':'a'}") << u"malformed_json"_s;
        QTest::newRow("comment") << QByteArray("{/"
                                               "* hi *"
                                               "/\"login\":\"a\"}")
                                 << u"malformed_json"_s;
        QTest::newRow("NaN") << QByteArray("{\"organization_id\":NaN}") << u"malformed_json"_s;
        QTest::newRow("BOM") << QByteArray("\xef\xbb\xbf{\"refresh_token\":\"x\"}")
                             << u"malformed_json"_s;
        QTest::newRow("wrong types")
                << QByteArray("{\"login\":5,\"password\":true,\"selection_token\":[],"
                              "\"refresh_token\":{},\"organization_id\":\"1\",\"reason\":1}")
                << u"validation_failed"_s;
        QTest::newRow("unknown field") << QByteArray("{\"surprise\":1}") << u"validation_failed"_s;
        QTest::newRow("fraction") << QByteArray("{\"organization_id\":1.5}")
                                  << u"validation_failed"_s;
        QTest::newRow("negative") << QByteArray("{\"organization_id\":-1}")
                                  << u"validation_failed"_s;
        QTest::newRow("1e300") << QByteArray("{\"organization_id\":1e300}") << u"malformed_json"_s;
        QTest::newRow("huge string") << QByteArray("{\"login\":\"" + QByteArray(100000, 'a')
                                                   + "\",\"password\":\"x\","
                                                     "\"refresh_token\":\""
                                                   + QByteArray(5000, 'r')
                                                   + "\","
                                                     "\"selection_token\":\""
                                                   + QByteArray(5000, 's')
                                                   + "\","
                                                     "\"organization_id\":1,\"reason\":\""
                                                   + QByteArray(5000, 'y') + "\"}")
                                     << u"validation_failed"_s;
        // C0 controls are refused by the JSON reader, DEL by the field reader.
        QTest::newRow("C0 control")
                << QByteArray("{\"login\":\"ad\\u0007min\",\"reason\":\"a\\u001bb\"}")
                << u"malformed_json"_s;
        QTest::newRow("DEL") << QByteArray(
                "{\"login\":\"ad\\u007fmin\",\"password\":\"x\",\"reason\":\"a\\u007f\","
                "\"refresh_token\":\"\\u007f\",\"selection_token\":\"\\u007f\","
                "\"organization_id\":1}")
                             << u"validation_failed"_s;
        QTest::newRow("empty object") << QByteArray("{}") << u"validation_failed"_s;
        QTest::newRow("nulls") << QByteArray(
                "{\"login\":null,\"password\":null,\"organization_id\":null,"
                "\"refresh_token\":null,\"selection_token\":null,\"reason\":null}")
                               << u"validation_failed"_s;
    }

    void badBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        for (const WriteRoute &route : writeRoutes()) {
            const HttpReply r = send(route, body);
            checkRefusal(r, route.path);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.code(), code);
        }
    }

    void mediaTypes()
    {
        for (const WriteRoute &route : writeRoutes()) {
            // No Content-Type at all, and the wrong ones: 415, whatever the body.
            for (const QByteArray &type :
                 {QByteArray(), QByteArray("text/plain"),
                  QByteArray("application/x-www-form-urlencoded"), QByteArray("application/jsonx"),
                  QByteArray("multipart/form-data; boundary=x")}) {
                const HttpReply r = send(route, route.validBody, type);
                checkRefusal(r, route.path + u' ' + QString::fromLatin1(type));
                QCOMPARE(r.status, 415);
                QCOMPARE(r.code(), u"unsupported_media_type"_s);
            }
            // Parameters and case are fine.
            const HttpReply r = send(route, route.validBody, "Application/JSON; charset=utf-8");
            QVERIFY(r.status != 415);
        }
    }

    void missingContentTypeOnTheWire()
    {
        // Exactly as a careless client sends it, with no header QNAM might add.
        RawHttpConnection c;
        QVERIFY(c.connectTo(m_server->port()));
        QVERIFY(c.write(RawHttpConnection::request("POST", "/api/v1/auth/sign-in", {},
                                                   "{\"login\":\"admin\",\"password\":\"x\"}")));
        RawResponse r;
        QVERIFY(c.readResponse(&r));
        QCOMPARE(r.status, 415);
        QVERIFY(r.header("content-type").startsWith("application/problem+json"));
    }

    void fieldProblemsAreAllReported()
    {
        const HttpReply r = postRaw(u"/api/v1/auth/sign-in"_s,
                                    "{\"login\":7,\"password\":\"\",\"organization_id\":-3,"
                                    "\"roles\":[\"administrator\"]}");
        checkRefusal(r, u"sign-in"_s);
        QCOMPARE(r.code(), u"validation_failed"_s);
        QMap<QString, QString> byField;
        const QJsonArray errors = r.json().value(u"errors"_s).toArray();
        for (const QJsonValue &e : errors)
            byField.insert(e.toObject().value(u"field"_s).toString(),
                           e.toObject().value(u"code"_s).toString());
        QCOMPARE(byField.value(u"login"_s), u"wrong_type"_s);
        QCOMPARE(byField.value(u"password"_s), u"empty"_s);
        QCOMPARE(byField.value(u"organization_id"_s), u"out_of_range"_s);
        QCOMPARE(byField.value(u"roles"_s), u"unknown_field"_s);
    }

    void privilegedFieldsAreRefusedNeverApplied()
    {
        const QByteArray etag = reviewerEtag();
        const QJsonObject before =
                ServerApi::getAs(*m_client, m_adminToken, u"/api/v1/staff/2"_s).json();
        const HttpReply r =
                postRaw(u"/api/v1/staff/2/unlock"_s,
                        "{\"reason\":\"promote me\",\"roles\":[\"administrator\"],\"version\":1,"
                        "\"status\":\"active\",\"id\":1,\"failed_sign_ins\":0,\"colour\":\"blue\"}",
                        "application/json", {{"If-Match", etag}}, m_adminToken);
        checkRefusal(r, u"unlock"_s);
        QCOMPARE(r.code(), u"validation_failed"_s);
        QMap<QString, QString> byField;
        const QJsonArray errors = r.json().value(u"errors"_s).toArray();
        for (const QJsonValue &e : errors)
            byField.insert(e.toObject().value(u"field"_s).toString(),
                           e.toObject().value(u"code"_s).toString());
        for (const QString &field :
             {u"roles"_s, u"version"_s, u"status"_s, u"id"_s, u"failed_sign_ins"_s})
            QCOMPARE(byField.value(field), u"privileged_field"_s);
        QCOMPARE(byField.value(u"colour"_s), u"unknown_field"_s);
        // Nothing happened: same version, same roles.
        QCOMPARE(reviewerEtag(), etag);
        QCOMPARE(ServerApi::getAs(*m_client, m_adminToken, u"/api/v1/staff/2"_s).json(), before);
    }

    void hostileLogins()
    {
        const QStringList logins{
                u"张伟"_s,
                u"' OR '1'='1"_s,
                u"admin'--"_s,
                u"admin' OR 1=1 --"_s,
                u"\"; DROP TABLE staff; --"_s,
                u"'; DELETE FROM audit_log; --"_s,
                u"admin' UNION SELECT password_hash FROM staff --"_s,
                u"%"_s,
                u"_____"_s,
                u"adm%"_s,
                u"admin\u200b"_s,
                u"ａｄｍｉｎ"_s,
                u"admin\u202e"_s,
                u"😀@example.com"_s,
                u"\\x00admin"_s,
                u"admin@gatehouse.example' --"_s,
        };
        for (const QString &login : logins) {
            const HttpReply r = ServerApi::signIn(*m_client, login, u"' OR ''='"_s);
            checkRefusal(r, login);
            QCOMPARE(r.status, 401);
            QCOMPARE(r.code(), u"invalid_credentials"_s);
            // As a refresh token or a selection token: nothing either.
            checkRefusal(ServerApi::refresh(*m_client, login), login);
        }
        // The tables are all still there and whole.
        QCOMPARE(ServerApi::getAs(*m_client, m_adminToken, u"/api/v1/staff"_s)
                         .json()
                         .value(u"total"_s)
                         .toInt(),
                 7);
        QVERIFY(ServerApi::getAs(*m_client, m_adminToken, u"/api/v1/audit/verify"_s)
                        .json()
                        .value(u"intact"_s)
                        .toBool());
    }

    void hostilePathsQueriesAndHeaders()
    {
        const QStringList paths{u"/api/v1/staff/1%27%20OR%201=1"_s,
                                u"/api/v1/staff/99999999999999999999"_s,
                                u"/api/v1/staff/-1"_s,
                                u"/api/v1/staff/0"_s,
                                u"/api/v1/staff/%00"_s,
                                u"/api/v1/staff/1.0"_s,
                                u"/api/v1/staff/%E5%BC%A0"_s,
                                u"/api/v2/staff"_s,
                                u"/api/v1/nothing"_s};
        for (const QString &path : paths) {
            const HttpReply r = ServerApi::getAs(*m_client, m_adminToken, path);
            checkRefusal(r, path);
            QCOMPARE(r.status, 404);
        }
        const QStringList queries{u"limit=abc"_s,    u"limit=0"_s,
                                  u"limit=100000"_s, u"limit=-5"_s,
                                  u"cursor=-1"_s,    u"cursor=1e3"_s,
                                  u"actor_id=x"_s,   u"limit=1;DROP%20TABLE%20staff"_s};
        for (const QString &query : queries) {
            const HttpReply r =
                    ServerApi::getAs(*m_client, m_adminToken, u"/api/v1/audit?"_s + query);
            checkRefusal(r, query);
            QCOMPARE(r.code(), u"validation_failed"_s);
        }
        // Filters are parameters, never SQL.
        const HttpReply filtered = ServerApi::getAs(
                *m_client, m_adminToken, u"/api/v1/audit?target_type=%27%20OR%20%271%27=%271"_s);
        QCOMPARE(filtered.status, 200);
        QVERIFY(filtered.json().value(u"items"_s).toArray().isEmpty());

        // Methods a route does not take: 405 with Allow.
        const HttpReply del = m_client->send("DELETE", u"/api/v1/staff/2"_s, {}, {}, {});
        checkRefusal(del, u"DELETE"_s);
        QCOMPARE(del.status, 405);
        QCOMPARE(del.header("allow"), "GET");

        // Odd Authorization and request ids.
        for (const QByteArray &auth :
             {QByteArray("Bearer"), QByteArray("Bearer "), QByteArray("bearer x"),
              QByteArray("Bearer \xe5\xbc\xa0\xe4\xbc\x9f"), QByteArray(4000, 'B')}) {
            const HttpReply r = m_client->get(u"/api/v1/me"_s, {{"Authorization", auth}});
            checkRefusal(r, QString::fromLatin1(auth.left(20)));
            QCOMPARE(r.status, 401);
        }
        const HttpReply odd = m_client->get(u"/api/v1/nothing"_s,
                                            {{"X-Request-Id", "<script>alert(1)</script>"}});
        QVERIFY(!odd.header("x-request-id").contains('<'));
        QCOMPARE(m_client->get(u"/api/v1/health"_s, {{"X-Request-Id", "client-42.a_b"}})
                         .header("x-request-id"),
                 "client-42.a_b");
    }

    void mutatedBodies()
    {
        // Random single mutations of valid bodies: whatever comes out, never a
        // 5xx, and the server's memory stays put. 150 per route in the suite;
        // GATEHOUSE_TEST_FUZZ_BODIES=10000 for RELIABILITY 13's full run.
        const int rounds = qEnvironmentVariableIntValue("GATEHOUSE_TEST_FUZZ_BODIES") > 0
                ? qEnvironmentVariableIntValue("GATEHOUSE_TEST_FUZZ_BODIES")
                : 150;
        const qint64 peakBefore = peakMemory(m_server->processId());
        QRandomGenerator random(1121);
        const QByteArray alphabet =
                QByteArray("{}[]\":,\\ 0123456789eE+-.truefalsnul") + QByteArray("\x00\xff\xc3", 3);
        for (const WriteRoute &route : writeRoutes()) {
            for (int i = 0; i < rounds; ++i) {
                QByteArray body = route.validBody;
                const qsizetype at = random.bounded(int(body.size()));
                switch (random.bounded(4)) {
                case 0:
                    body[at] = alphabet[random.bounded(int(alphabet.size()))];
                    break;
                case 1:
                    body.remove(at, 1);
                    break;
                case 2:
                    body.insert(at, alphabet[random.bounded(int(alphabet.size()))]);
                    break;
                default:
                    body.insert(at,
                                body.mid(random.bounded(int(body.size())), random.bounded(1, 12)));
                    break;
                }
                const HttpReply r = send(route, body);
                ++m_answers;
                QVERIFY2(r.status > 0 && r.status < 500,
                         qPrintable(route.path + u' '
                                    + QString::fromLatin1(body.toPercentEncoding()) + u" -> "_s
                                    + QString::number(r.status)));
                if (r.status >= 400)
                    QVERIFY2(r.isProblem() && stableCodes().contains(r.code()),
                             qPrintable(QString::fromUtf8(r.body)));
                for (const QByteArray &leak : kLeaks)
                    QVERIFY(!r.body.contains(leak));
            }
        }
        const qint64 peakAfter = peakMemory(m_server->processId());
        qInfo("%d mutated bodies per route; server peak memory %.1f -> %.1f MiB", rounds,
              double(peakBefore) / (1 << 20), double(peakAfter) / (1 << 20));
        QVERIFY(peakAfter - peakBefore < 16 * (1 << 20));
    }
};

QTEST_GUILESS_MAIN(TestServerBadInput)
#include "tst_server_badinput.moc"
