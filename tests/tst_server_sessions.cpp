// Tokens and sessions against an in-process gatehouse-server with a ManualClock
// (RELIABILITY 9): access expiry, refresh rotation with reuse detection, sign-out,
// idle and absolute limits, organization choice, scoping and switching.
#include "domain/jsontime.h"
#include "httptestclient.h"
#include "inprocessserver.h"
#include "serverapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using ServerApi::Session;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * 60 * kMinute;
constexpr qint64 kReviewerId = 2;
constexpr qint64 kOliverId = 8; // administrator of organization 2 only

QStringList usernames(const HttpReply &staffList)
{
    QStringList names;
    const QJsonArray items = staffList.json().value(u"items"_s).toArray();
    for (const QJsonValue &v : items)
        names.append(v.toObject().value(u"username"_s).toString());
    return names;
}

} // namespace

class TestServerSessions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<InProcessServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;

    ManualClock &clock() { return m_server->clock(); }
    Session open(const QString &login, qint64 org = 0)
    {
        return ServerApi::openSession(*m_client, login, m_server->password(), org);
    }
    HttpReply me(const QString &access)
    {
        return ServerApi::getAs(*m_client, access, u"/api/v1/me"_s);
    }
    HttpReply refresh(const QString &token) { return ServerApi::refresh(*m_client, token); }
    QStringList actions()
    {
        QStringList list;
        const QList<AuditEntry> rows = m_server->auditRows();
        for (const AuditEntry &e : rows)
            list.append(e.action + u':' + e.result);
        return list;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<InProcessServer>();
        QVERIFY(m_server->start());
        m_client = std::make_unique<HttpTestClient>(m_server->baseUrl());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void accessTokenExpires()
    {
        const Session s = open(u"reviewer"_s);
        QVERIFY(s.isValid());
        QCOMPARE(JsonTime::parse(s.grant.value(u"access_expires_at"_s).toString()),
                 clock().now().addMSecs(5 * kMinute));
        QCOMPARE(me(s.accessToken).status, 200);
        clock().advance(5 * kMinute - 1);
        QCOMPARE(me(s.accessToken).status, 200);
        clock().advance(1);
        const HttpReply expired = me(s.accessToken);
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.code(), u"token_expired"_s);
        QVERIFY(expired.header("www-authenticate").startsWith("Bearer"));
        // The refresh token still works and gives a fresh access token.
        const HttpReply r = refresh(s.refreshToken);
        QCOMPARE(r.status, 200);
        QCOMPARE(me(r.json().value(u"access_token"_s).toString()).status, 200);
    }

    void noTokenOrBadToken()
    {
        QCOMPARE(m_client->get(u"/api/v1/me"_s).code(), u"authentication_required"_s);
        const Session s = open(u"reviewer"_s);
        const QStringList bads{u"gha_notatoken"_s, s.refreshToken, QString(s.accessToken + u'x'),
                               s.accessToken.toUpper(), u"x"_s.repeated(5000)};
        for (const QString &bad : bads) {
            const HttpReply r = me(bad);
            QCOMPARE(r.status, 401);
            QCOMPARE(r.code(), u"authentication_required"_s);
        }
        const HttpReply basic =
                m_client->get(u"/api/v1/me"_s, {{"Authorization", "Basic cmV2aWV3ZXI6eA=="}});
        QCOMPARE(basic.status, 401);
    }

    void refreshRotates()
    {
        const Session s = open(u"reviewer"_s);
        const HttpReply r1 = refresh(s.refreshToken);
        QCOMPARE(r1.status, 200);
        const QString access2 = r1.json().value(u"access_token"_s).toString();
        const QString refresh2 = r1.json().value(u"refresh_token"_s).toString();
        QVERIFY(access2 != s.accessToken);
        QVERIFY(refresh2 != s.refreshToken);
        QCOMPARE(r1.json().value(u"organization"_s).toObject().value(u"id"_s).toInteger(), 1);
        // The old access token stops at once; the new one works.
        QCOMPARE(me(s.accessToken).status, 401);
        QCOMPARE(me(access2).status, 200);
        // Rotation goes on.
        const HttpReply r2 = refresh(refresh2);
        QCOMPARE(r2.status, 200);
        QCOMPARE(me(r2.json().value(u"access_token"_s).toString()).status, 200);
    }

    void reuseRevokesTheFamily()
    {
        const Session s = open(u"reviewer"_s);
        const HttpReply rotated = refresh(s.refreshToken);
        QCOMPARE(rotated.status, 200);
        const QString access2 = rotated.json().value(u"access_token"_s).toString();
        const QString refresh2 = rotated.json().value(u"refresh_token"_s).toString();

        // Someone replays the first refresh token: two holders, so the whole family ends.
        const HttpReply reuse = refresh(s.refreshToken);
        QCOMPARE(reuse.status, 401);
        QCOMPARE(reuse.code(), u"refresh_token_reused"_s);
        QCOMPARE(me(access2).status, 401);
        const HttpReply after = refresh(refresh2);
        QCOMPARE(after.status, 401);
        QCOMPARE(after.code(), u"session_expired"_s);
        QVERIFY(actions().contains(u"auth.refresh_reuse:denied"_s));

        // Other sessions of the same person are not touched.
        const Session other = open(u"reviewer"_s);
        QCOMPARE(me(other.accessToken).status, 200);
    }

    void signOutRevokes()
    {
        const Session s = open(u"reviewer"_s);
        const Session other = open(u"reviewer"_s);
        const HttpReply out =
                ServerApi::postAs(*m_client, s.accessToken, u"/api/v1/auth/sign-out"_s, {});
        QCOMPARE(out.status, 204);
        QVERIFY(out.body.isEmpty());
        QCOMPARE(me(s.accessToken).status, 401);
        const HttpReply r = refresh(s.refreshToken);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), u"session_expired"_s);
        // Signing out twice needs a session: the second is refused, not a 5xx.
        QCOMPARE(ServerApi::postAs(*m_client, s.accessToken, u"/api/v1/auth/sign-out"_s, {}).status,
                 401);
        QCOMPARE(me(other.accessToken).status, 200);
        QVERIFY(actions().contains(u"auth.sign_out:success"_s));
    }

    void idleLimit()
    {
        const Session s = open(u"reviewer"_s);
        QCOMPARE(JsonTime::parse(s.grant.value(u"refresh_expires_at"_s).toString()),
                 clock().now().addMSecs(7 * kDay));
        // Used within the idle limit, the session lives on past it.
        clock().advance(6 * kDay);
        HttpReply r = refresh(s.refreshToken);
        QCOMPARE(r.status, 200);
        clock().advance(6 * kDay);
        r = refresh(r.json().value(u"refresh_token"_s).toString());
        QCOMPARE(r.status, 200);
        // Left unused for longer than the idle limit, it ends.
        clock().advance(7 * kDay);
        const HttpReply idle = refresh(r.json().value(u"refresh_token"_s).toString());
        QCOMPARE(idle.status, 401);
        QCOMPARE(idle.code(), u"session_expired"_s);
    }

    void absoluteLimit()
    {
        const QDateTime signedIn = clock().now();
        const Session s = open(u"reviewer"_s);
        QString token = s.refreshToken;
        for (int day = 6; day < 30; day += 6) {
            clock().advance(6 * kDay);
            const HttpReply r = refresh(token);
            QCOMPARE(r.status, 200);
            token = r.json().value(u"refresh_token"_s).toString();
        }
        // A minute before the end: tokens never outlive the session.
        clock().set(signedIn.addMSecs(30 * kDay - kMinute));
        const HttpReply last = refresh(token);
        QCOMPARE(last.status, 200);
        const QDateTime end = signedIn.addMSecs(30 * kDay);
        QCOMPARE(JsonTime::parse(last.json().value(u"access_expires_at"_s).toString()), end);
        QCOMPARE(JsonTime::parse(last.json().value(u"refresh_expires_at"_s).toString()), end);
        const QString access = last.json().value(u"access_token"_s).toString();
        QCOMPARE(me(access).status, 200);

        clock().set(end);
        const HttpReply ended = me(access);
        QCOMPARE(ended.status, 401);
        QCOMPARE(ended.code(), u"session_expired"_s);
        QCOMPARE(refresh(last.json().value(u"refresh_token"_s).toString()).code(),
                 u"session_expired"_s);
    }

    void organizationChoice()
    {
        const HttpReply first = ServerApi::signIn(*m_client, u"admin"_s, m_server->password());
        QCOMPARE(first.status, 200);
        const QJsonObject choice = first.json();
        QVERIFY(choice.value(u"organization_required"_s).toBool());
        QVERIFY(!choice.contains(u"access_token"_s));
        const QString selection = choice.value(u"selection_token"_s).toString();
        QVERIFY(selection.startsWith(u"ghs_"));
        const QJsonArray orgs = choice.value(u"organizations"_s).toArray();
        QCOMPARE(orgs.size(), 2);
        QCOMPARE(orgs.at(1).toObject().value(u"roles"_s).toArray(), QJsonArray{u"administrator"_s});

        const QString path = u"/api/v1/auth/organization"_s;
        const HttpReply chosen = m_client->postJson(
                path, {{u"selection_token"_s, selection}, {u"organization_id"_s, 2}});
        QCOMPARE(chosen.status, 200);
        QCOMPARE(chosen.json().value(u"organization"_s).toObject().value(u"id"_s).toInteger(), 2);
        QCOMPARE(me(chosen.json().value(u"access_token"_s).toString())
                         .json()
                         .value(u"organization"_s)
                         .toObject()
                         .value(u"code"_s)
                         .toString(),
                 u"global"_s);

        // A selection token is good once.
        const HttpReply again = m_client->postJson(
                path, {{u"selection_token"_s, selection}, {u"organization_id"_s, 1}});
        QCOMPARE(again.status, 401);
        QCOMPARE(again.code(), u"organization_selection_expired"_s);

        // And for five minutes.
        const QString late = ServerApi::signIn(*m_client, u"admin"_s, m_server->password())
                                     .json()
                                     .value(u"selection_token"_s)
                                     .toString();
        clock().advance(5 * kMinute);
        QCOMPARE(m_client->postJson(path, {{u"selection_token"_s, late}, {u"organization_id"_s, 1}})
                         .code(),
                 u"organization_selection_expired"_s);

        // Only an organization the staff member belongs to.
        const QString third = ServerApi::signIn(*m_client, u"emily.chen"_s, m_server->password())
                                      .json()
                                      .value(u"selection_token"_s)
                                      .toString();
        QVERIFY(!third.isEmpty());
        const HttpReply foreign = m_client->postJson(
                path, {{u"selection_token"_s, third}, {u"organization_id"_s, 3}});
        QCOMPARE(foreign.status, 403);
        QCOMPARE(foreign.code(), u"organization_not_member"_s);
        // An unknown selection token.
        QCOMPARE(m_client->postJson(path,
                                    {{u"selection_token"_s, u"ghs_forged"_s},
                                     {u"organization_id"_s, 1}})
                         .status,
                 401);

        // Naming the organization at sign-in skips the choice; a foreign one is refused.
        QCOMPARE(open(u"admin"_s, 1).organizationId, 1);
        const HttpReply notMember =
                ServerApi::signIn(*m_client, u"reviewer"_s, m_server->password(), 2);
        QCOMPARE(notMember.status, 403);
        QCOMPARE(notMember.code(), u"organization_not_member"_s);
    }

    void tokensAreScopedToTheirOrganization()
    {
        const Session east = open(u"admin"_s, 1);
        const Session global = open(u"admin"_s, 2);
        const QString staff = u"/api/v1/staff"_s;

        const QStringList eastStaff =
                usernames(ServerApi::getAs(*m_client, east.accessToken, staff));
        const QStringList globalStaff =
                usernames(ServerApi::getAs(*m_client, global.accessToken, staff));
        QVERIFY(eastStaff.contains(u"reviewer"_s));
        QVERIFY(!eastStaff.contains(u"oliver.smith"_s));
        QVERIFY(globalStaff.contains(u"oliver.smith"_s));
        QVERIFY(!globalStaff.contains(u"reviewer"_s));

        // Another organization's staff member does not exist from here: 404, never 403.
        const HttpReply hidden =
                ServerApi::getAs(*m_client, east.accessToken, u"/api/v1/staff/%1"_s.arg(kOliverId));
        QCOMPARE(hidden.status, 404);
        QCOMPARE(hidden.code(), u"not_found"_s);
        const HttpReply hiddenUnlock = ServerApi::postAs(
                *m_client, east.accessToken, u"/api/v1/staff/%1/unlock"_s.arg(kOliverId),
                {{u"reason"_s, u"x"_s}}, {{"If-Match", "\"1\""}});
        QCOMPARE(hiddenUnlock.status, 404);
        QCOMPARE(ServerApi::getAs(*m_client, global.accessToken,
                                  u"/api/v1/staff/%1"_s.arg(kReviewerId))
                         .status,
                 404);
        QCOMPARE(ServerApi::getAs(*m_client, global.accessToken,
                                  u"/api/v1/staff/%1"_s.arg(kOliverId))
                         .status,
                 200);

        // The audit of one organization holds none of the other's actions.
        QVERIFY(open(u"oliver.smith"_s).isValid());
        const QJsonArray eastAudit =
                ServerApi::getAs(*m_client, east.accessToken, u"/api/v1/audit?limit=500"_s)
                        .json()
                        .value(u"items"_s)
                        .toArray();
        QVERIFY(!eastAudit.isEmpty());
        for (const QJsonValue &v : eastAudit)
            QVERIFY2(v.toObject().value(u"actor"_s).toObject().value(u"id"_s).toInteger()
                             != kOliverId,
                     qPrintable(QString::fromUtf8(QJsonDocument(v.toObject()).toJson())));
    }

    void switchOrganization()
    {
        const Session s = open(u"admin"_s, 1);
        const HttpReply switched =
                ServerApi::postAs(*m_client, s.accessToken, u"/api/v1/auth/switch-organization"_s,
                                  {{u"organization_id"_s, 2}});
        QCOMPARE(switched.status, 200);
        const QJsonObject g = switched.json();
        QCOMPARE(g.value(u"organization"_s).toObject().value(u"id"_s).toInteger(), 2);
        const QString access = g.value(u"access_token"_s).toString();
        QCOMPARE(me(access).json().value(u"organization"_s).toObject().value(u"id"_s).toInteger(),
                 2);
        // The old session is over, both its tokens.
        QCOMPARE(me(s.accessToken).status, 401);
        QCOMPARE(refresh(s.refreshToken).status, 401);
        // The new refresh token stays in organization 2.
        const HttpReply r = refresh(g.value(u"refresh_token"_s).toString());
        QCOMPARE(r.json().value(u"organization"_s).toObject().value(u"id"_s).toInteger(), 2);

        const QList<AuditEntry> rows = m_server->auditRows();
        const auto it = std::find_if(rows.begin(), rows.end(), [](const AuditEntry &e) {
            return e.action == u"auth.switch_organization";
        });
        QVERIFY(it != rows.end());
        QCOMPARE(it->before.value(u"organization_id"_s).toInteger(), 1);
        QCOMPARE(it->after.value(u"organization_id"_s).toInteger(), 2);
        QCOMPARE(it->platformOrgId, 2);

        // Not to an organization one does not belong to; the session survives the refusal.
        const Session reviewer = open(u"reviewer"_s);
        const HttpReply refused = ServerApi::postAs(*m_client, reviewer.accessToken,
                                                    u"/api/v1/auth/switch-organization"_s,
                                                    {{u"organization_id"_s, 2}});
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.code(), u"organization_not_member"_s);
        QCOMPARE(me(reviewer.accessToken).status, 200);
    }

    void roleTakenAwayAppliesAtOnce()
    {
        const Session s = open(u"admin"_s, 1);
        QCOMPARE(ServerApi::getAs(*m_client, s.accessToken, u"/api/v1/staff"_s).status, 200);
        m_server->exec(u"DELETE FROM staff_roles WHERE staff_id = 1 AND platform_org_id = 1"_s);
        const HttpReply r = ServerApi::getAs(*m_client, s.accessToken, u"/api/v1/staff"_s);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.code(), u"session_expired"_s);
        QCOMPARE(refresh(s.refreshToken).status, 401);
    }
};

QTEST_GUILESS_MAIN(TestServerSessions)
#include "tst_server_sessions.moc"
