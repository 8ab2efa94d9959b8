// Decisions happen exactly once (RELIABILITY tests 5 and 6): twenty reviewers
// deciding one item at once get one 200 and nineteen 412s; a missing If-Match
// is 428; an Idempotency-Key replay returns the first answer, even when the
// first response was lost after the server committed, and even a month later.
#include "auth/passwordhasher.h"
#include "auth/staffdirectory.h"
#include "httptestclient.h"
#include "inprocessserver.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kPortalKey = "test-portal-key";

} // namespace

class TestServerDecisions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<InProcessServer> m_server;

    QString signIn(const QString &login)
    {
        HttpTestClient c(m_server->baseUrl());
        const HttpReply r = c.postJson(u"/api/v1/auth/sign-in"_s,
                                       {{u"login"_s, login},
                                        {u"password"_s, m_server->password()},
                                        {u"organization_id"_s, 1}});
        return r.json().value(u"access_token"_s).toString();
    }

    // A fresh applicant with one application under review; returns its id.
    qint64 newItem(int n)
    {
        Database &db = m_server->server().database();
        QSqlQuery &a = db.prepare(
                u"INSERT INTO accounts (platform_org_id, email, display_name, account_type, status,"
                " created_at) VALUES (1, :e, :d, 'individual', 'active', 0) RETURNING id"_s);
        a.bindValue(u":e"_s, u"decide%1@example.com"_s.arg(n));
        a.bindValue(u":d"_s, u"申请人%1"_s.arg(n));
        db.exec(a);
        a.next();
        const qint64 account = a.value(0).toLongLong();
        a.finish();
        HttpTestClient portal(m_server->baseUrl());
        const HttpReply r = portal.postJson(u"/api/v1/portal/workspace-applications"_s,
                                            {{u"applicant_account_id"_s, account},
                                             {u"applicant_role"_s, u"technical_merchant"_s},
                                             {u"company_name"_s, u"并发测试%1有限公司"_s.arg(n)},
                                             {u"email"_s, u"decide%1@example.com"_s.arg(n)}},
                                            {{"X-Portal-Key", kPortalKey}});
        return r.json().value(u"id"_s).toInteger();
    }

    int decisionEvents(qint64 id)
    {
        QSqlQuery &q = m_server->server().database().prepare(
                u"SELECT COUNT(*) FROM audit_log WHERE action = 'workspace_application.decide' AND target_id = :id"_s);
        q.bindValue(u":id"_s, QString::number(id));
        m_server->server().database().exec(q);
        q.next();
        const int n = q.value(0).toInt();
        q.finish();
        return n;
    }

private slots:
    void init()
    {
        InProcessServer::Options o;
        o.auth.accessTokenMs = 60LL * 24 * 3600 * 1000;
        o.auth.sessionIdleMs = 90LL * 24 * 3600 * 1000;
        o.auth.sessionAbsoluteMs = 90LL * 24 * 3600 * 1000;
        o.configure = [](ServerOptions &s) {
            s.portalKey = QString::fromLatin1(kPortalKey);
        };
        m_server = std::make_unique<InProcessServer>(o);
        QVERIFY(m_server->start());
    }

    void cleanup() { m_server.reset(); }

    void twentyReviewersAtOnce()
    {
        // Twenty reviewers of organization 1.
        StaffDirectory staff(m_server->server().database());
        PasswordHasher hasher;
        const QString hash = hasher.hash(m_server->password());
        QList<QString> tokens;
        for (int i = 0; i < 20; ++i) {
            const qint64 id = staff.create(u"r%1"_s.arg(i), u"r%1@gatehouse.example"_s.arg(i),
                                           u"审核员%1"_s.arg(i), hash, 0);
            staff.grant(id, 1, Role::Reviewer);
            tokens.append(signIn(u"r%1"_s.arg(i)));
            QVERIFY(!tokens.last().isEmpty());
        }

        QNetworkAccessManager network;
        for (int round = 0; round < 5; ++round) {
            const qint64 item = newItem(round);
            QVERIFY(item > 0);
            const QUrl url = m_server->baseUrl().resolved(
                    QUrl(u"/api/v1/queues/workspace-applications/items/%1/decision"_s.arg(item)));
            // All twenty requests are in flight before any answer is read.
            QList<QNetworkReply *> replies;
            for (int i = 0; i < 20; ++i) {
                QNetworkRequest request(url);
                request.setHeader(QNetworkRequest::ContentTypeHeader,
                                  QByteArray("application/json"));
                request.setRawHeader("Authorization", "Bearer " + tokens[i].toLatin1());
                request.setRawHeader("If-Match", "\"1\"");
                request.setRawHeader("Idempotency-Key",
                                     QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
                const QByteArray body = i % 2
                        ? R"({"decision":"approve"})"
                        : R"({"decision":"reject","reason_code":"incomplete_information"})";
                replies.append(network.post(request, body));
            }
            QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(),
                                                 [](QNetworkReply *r) { return r->isFinished(); }),
                                     20000);
            int ok = 0, stale = 0;
            QString winner;
            QString winningStatus;
            QList<QJsonObject> losers;
            for (QNetworkReply *r : replies) {
                const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                const QJsonObject body = QJsonDocument::fromJson(r->readAll()).object();
                if (status == 200) {
                    ++ok;
                    winner = body.value(u"decided_by"_s).toString();
                    winningStatus = body.value(u"status"_s).toString();
                } else if (status == 412) {
                    ++stale;
                    losers.append(body);
                }
                r->deleteLater();
            }
            QCOMPARE(ok, 1);
            QCOMPARE(stale, 19);
            // Each loser is told who decided what.
            for (const QJsonObject &l : std::as_const(losers)) {
                QCOMPARE(l.value(u"code"_s).toString(), u"precondition_failed"_s);
                QCOMPARE(l.value(u"current"_s).toObject().value(u"decided_by"_s).toString(),
                         winner);
                QCOMPARE(l.value(u"current"_s).toObject().value(u"status"_s).toString(),
                         winningStatus);
            }
            QCOMPARE(decisionEvents(item), 1);
        }

        // Without If-Match nothing is decided.
        const qint64 item = newItem(100);
        HttpTestClient c(m_server->baseUrl());
        c.setBearer(tokens.first());
        const HttpReply missing =
                c.postJson(u"/api/v1/queues/workspace-applications/items/%1/decision"_s.arg(item),
                           {{u"decision"_s, u"approve"_s}},
                           {{"Idempotency-Key", QUuid::createUuid().toByteArray()}});
        QCOMPARE(missing.status, 428);
        QCOMPARE(missing.code(), u"precondition_required"_s);
        QCOMPARE(decisionEvents(item), 0);
    }

    void idempotencyKeys()
    {
        const qint64 item = newItem(1);
        HttpTestClient c(m_server->baseUrl());
        c.setBearer(signIn(u"reviewer"_s));
        const QString path = u"/api/v1/queues/workspace-applications/items/%1/decision"_s.arg(item);
        const QJsonObject approve{{u"decision"_s, u"approve"_s}};

        const HttpReply noKey = c.postJson(path, approve, {{"If-Match", "\"1\""}});
        QCOMPARE(noKey.status, 400);
        QCOMPARE(noKey.code(), u"idempotency_key_required"_s);

        const HttpTestClient::Headers headers{{"If-Match", "\"1\""}, {"Idempotency-Key", "key-1"}};
        const HttpReply first = c.postJson(path, approve, headers);
        QCOMPARE(first.status, 200);
        const HttpReply replay = c.postJson(path, approve, headers);
        QCOMPARE(replay.status, 200);
        QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(replay.json().value(u"status"_s), first.json().value(u"status"_s));
        QCOMPARE(replay.json().value(u"version"_s), first.json().value(u"version"_s));
        const HttpReply otherBody = c.postJson(path,
                                               {{u"decision"_s, u"reject"_s},
                                                {u"reason_code"_s, u"other"_s},
                                                {u"reason_text"_s, u"x"_s}},
                                               headers);
        QCOMPARE(otherBody.status, 422);
        QCOMPARE(otherBody.code(), u"idempotency_key_reused"_s);
        QCOMPARE(decisionEvents(item), 1);

        // Keys are per staff member: the same key from someone else is a new request.
        HttpTestClient desk(m_server->baseUrl());
        desk.setBearer(signIn(u"desk"_s));
        const HttpReply someoneElse = desk.postJson(path, approve, headers);
        QCOMPARE(someoneElse.status, 412);

        // A month later (the longest offline window) the key still answers.
        m_server->clock().advance(31LL * 24 * 3600 * 1000);
        const HttpReply later = c.postJson(path, approve, headers);
        QCOMPARE(later.status, 200);
        QCOMPARE(later.header("Idempotent-Replayed"), QByteArray("true"));
        QCOMPARE(decisionEvents(item), 1);
    }

    void lostResponsesAreReplayedNotRepeated()
    {
        // 20% of responses are lost after the server committed: the client never
        // reads them and tries again with the same key.
        const QString token = signIn(u"reviewer"_s);
        QRandomGenerator rng(5);
        int lost = 0;
        QList<qint64> items;
        for (int n = 0; n < 30; ++n)
            items.append(newItem(200 + n));
        for (qint64 item : std::as_const(items)) {
            const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
            const QByteArray body = R"({"decision":"approve"})";
            const QByteArray path = "/api/v1/queues/workspace-applications/items/"
                    + QByteArray::number(item) + "/decision";
            if (rng.bounded(5) == 0) {
                ++lost;
                QTcpSocket socket;
                socket.connectToHost(m_server->baseUrl().host(), m_server->port());
                QTRY_VERIFY(socket.state() == QAbstractSocket::ConnectedState);
                socket.write("POST " + path
                             + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                               "Authorization: Bearer "
                             + token.toLatin1() + "\r\nIf-Match: \"1\"\r\nIdempotency-Key: " + key
                             + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
                             + body);
                // The answer comes back … and is dropped on the floor.
                QTRY_VERIFY(socket.bytesAvailable() > 0);
                socket.abort();
            }
            HttpTestClient c(m_server->baseUrl());
            c.setBearer(token);
            HttpReply r;
            for (int attempt = 0; attempt < 3 && r.status != 200; ++attempt)
                r = c.postJson(QString::fromLatin1(path), QJsonDocument::fromJson(body).object(),
                               {{"If-Match", "\"1\""}, {"Idempotency-Key", key}});
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json().value(u"status"_s).toString(), u"approved"_s);
        }
        QVERIFY(lost > 0);
        for (qint64 item : std::as_const(items))
            QCOMPARE(decisionEvents(item), 1);
        // Exactly one decision each: version 2, never 3.
        QSqlQuery &q = m_server->server().database().prepare(
                u"SELECT COUNT(*) FROM workspace_applications WHERE company_name LIKE '并发测试2%' AND version = 2"_s);
        m_server->server().database().exec(q);
        q.next();
        QVERIFY(q.value(0).toInt() >= 10);
        q.finish();
    }
};

QTEST_GUILESS_MAIN(TestServerDecisions)
#include "tst_server_decisions.moc"
