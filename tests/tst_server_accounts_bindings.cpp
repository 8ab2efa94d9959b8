// Seed 003's rules as support undoes (and restores) bindings: an app is bound
// to one open-platform account at most, of the same owner; an exclusive
// permission set is held by one third-party platform at most. Each change
// needs a reason and If-Match, and is audited with names.
#include "accountfixture.h"
#include "inprocessserver.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kReason = u"Merchant asked by phone, ticket 8800"_s;

} // namespace

class TestServerAccountsBindings : public QObject
{
    Q_OBJECT

private:
    TestBackend m_backend;
    std::unique_ptr<InProcessServer> m_server;
    std::unique_ptr<AccountFixture> m_f;
    QString m_support;
    qint64 m_owner = 0;
    qint64 m_stranger = 0;
    qint64 m_opa1 = 0;
    qint64 m_opa2 = 0;
    qint64 m_foreignOpa = 0;
    qint64 m_app = 0;
    qint64 m_platform1 = 0;
    qint64 m_platform2 = 0;

    qint64 openPlatformAccount(qint64 owner, const QString &name, int serial)
    {
        return m_f->insert(
                u"INSERT INTO open_platform_accounts (platform_org_id, owner_account_id, name,"
                " appid, created_at) VALUES (1, :owner, :name, :appid, 0) RETURNING id"_s,
                {{u":owner"_s, owner},
                 {u":name"_s, name},
                 {u":appid"_s, u"wxopentest%1"_s.arg(serial, 6, 10, QChar(u'0'))}});
    }

    qint64 platform(const QString &name)
    {
        return m_f->insert(
                u"INSERT INTO third_party_platforms (platform_org_id, name, service_provider,"
                " created_at) VALUES (1, :name, :name, 0) RETURNING id"_s,
                {{u":name"_s, name}});
    }

    QByteArray appEtag(qint64 app)
    {
        return m_f->get(m_support, u"/api/v1/apps/%1"_s.arg(app)).header("etag");
    }

    HttpReply bind(qint64 app, qint64 opa, const QByteArray &etag = {})
    {
        return m_f->post(m_support, u"/api/v1/apps/%1/bind"_s.arg(app),
                         {{u"open_platform_account_id"_s, opa}, {u"reason"_s, kReason}},
                         etag.isEmpty() ? appEtag(app) : etag);
    }

    HttpReply grant(qint64 app, qint64 platformId, const QString &set)
    {
        return m_f->post(m_support, u"/api/v1/apps/%1/authorizations"_s.arg(app),
                         {{u"third_party_platform_id"_s, platformId},
                          {u"permission_set"_s, set},
                          {u"reason"_s, kReason}},
                         appEtag(app));
    }

    HttpReply revoke(qint64 authorization, const QByteArray &etag)
    {
        return m_f->post(m_support,
                         u"/api/v1/third-party-authorizations/%1/revoke"_s.arg(authorization),
                         {{u"reason"_s, kReason}}, etag);
    }

    AuditEntry lastAudit()
    {
        const QList<AuditEntry> rows = m_server->auditRows();
        return rows.last();
    }

private slots:
    void initTestCase()
    {
        InProcessServer::Options o;
        QString error;
        QVERIFY2(m_backend.apply(o, &error), qPrintable(error));
        o.demoSize = 200;
        o.auth.accessTokenMs = 24LL * 3600 * 1000;
        m_server = std::make_unique<InProcessServer>(o);
        QVERIFY(m_server->start());
        m_f = std::make_unique<AccountFixture>(*m_server);
        m_support = m_f->token(u"support"_s);
        NewAccount owner;
        owner.displayName = u"绑定测试商户"_s;
        owner.accountType = u"corporate"_s;
        m_owner = m_f->add(owner);
        NewAccount stranger;
        stranger.displayName = u"另一商户"_s;
        m_stranger = m_f->add(stranger);
        m_opa1 = openPlatformAccount(m_owner, u"开放平台甲"_s, 1);
        m_opa2 = openPlatformAccount(m_owner, u"开放平台乙"_s, 2);
        m_foreignOpa = openPlatformAccount(m_stranger, u"他人的开放平台"_s, 3);
        m_app = m_f->insert(
                u"INSERT INTO apps (platform_org_id, kind, name, appid, owner_account_id,"
                " open_platform_account_id, bound_at, created_at) VALUES (1, 'mini_program',"
                " '绑定测试小程序', 'wxbindtest000001', :owner, :opa, 1, 0) RETURNING id"_s,
                {{u":owner"_s, m_owner}, {u":opa"_s, m_opa1}});
        m_platform1 = platform(u"服务商甲"_s);
        m_platform2 = platform(u"服务商乙"_s);
    }

    void cleanupTestCase()
    {
        m_f.reset();
        m_server.reset();
    }

    void theDetailShowsTheOpenPlatformData()
    {
        const QJsonObject d = m_f->get(m_support, u"/api/v1/accounts/%1"_s.arg(m_owner)).json();
        const QJsonObject open = d.value(u"open_platform"_s).toObject();
        QCOMPARE(open.value(u"open_platform_accounts"_s).toArray().size(), 2);
        const QJsonObject app = open.value(u"apps"_s).toArray().first().toObject();
        QCOMPARE(app.value(u"id"_s).toInteger(), m_app);
        QCOMPARE(app.value(u"open_platform_account"_s).toObject().value(u"name"_s).toString(),
                 u"开放平台甲"_s);
    }

    void anAppIsBoundToOneOpenPlatformAccountAtMost()
    {
        HttpReply r = bind(m_app, m_opa2);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), u"app_already_bound"_s);
        QCOMPARE(r.json().value(u"bound_to"_s).toObject().value(u"id"_s).toInteger(), m_opa1);

        const QByteArray etag = appEtag(m_app);
        r = m_f->post(m_support, u"/api/v1/apps/%1/unbind"_s.arg(m_app), {{u"reason"_s, kReason}});
        QCOMPARE(r.status, 428);
        r = m_f->post(m_support, u"/api/v1/apps/%1/unbind"_s.arg(m_app), {}, etag);
        QCOMPARE(r.status, 400);
        r = m_f->post(m_support, u"/api/v1/apps/%1/unbind"_s.arg(m_app), {{u"reason"_s, kReason}},
                      etag);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value(u"app"_s).toObject().value(u"open_platform_account"_s).isNull());
        const AuditEntry e = lastAudit();
        QCOMPARE(e.action, u"app.unbind"_s);
        QCOMPARE(e.targetName, u"绑定测试小程序"_s);
        QCOMPARE(e.actorName, u"张伟"_s);
        QCOMPARE(e.reason, kReason);
        QCOMPARE(e.before.value(u"open_platform_account"_s).toObject().value(u"name"_s).toString(),
                 u"开放平台甲"_s);
        QCOMPARE(e.before.value(u"owner"_s).toObject().value(u"name"_s).toString(),
                 u"绑定测试商户"_s);

        // The old version is stale now; the current one finds nothing to unbind.
        r = m_f->post(m_support, u"/api/v1/apps/%1/unbind"_s.arg(m_app), {{u"reason"_s, kReason}},
                      etag);
        QCOMPARE(r.status, 412);
        QVERIFY(r.json().value(u"current"_s).toObject().value(u"open_platform_account"_s).isNull());
        r = m_f->post(m_support, u"/api/v1/apps/%1/unbind"_s.arg(m_app), {{u"reason"_s, kReason}},
                      appEtag(m_app));
        QCOMPARE(r.code(), u"app_not_bound"_s);

        // Only to an open-platform account of the same owner.
        r = bind(m_app, m_foreignOpa);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), u"binding_owner_mismatch"_s);
        r = bind(m_app, m_opa2);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"app"_s)
                         .toObject()
                         .value(u"open_platform_account"_s)
                         .toObject()
                         .value(u"id"_s)
                         .toInteger(),
                 m_opa2);
        QCOMPARE(lastAudit().action, u"app.bind"_s);
        QCOMPARE(m_f->scalar(u"SELECT open_platform_account_id FROM apps WHERE id = "_s
                             + QString::number(m_app)),
                 m_opa2);
        // An open-platform account that does not exist (or is another organization's) is a bad
        // field.
        r = bind(m_app, 999999);
        QCOMPARE(r.status, 400);
    }

    void anExclusivePermissionSetHasOneHolderAtMost()
    {
        HttpReply r = grant(m_app, m_platform1, u"open_platform_management"_s);
        QCOMPARE(r.status, 201);
        const qint64 first =
                r.json().value(u"authorization"_s).toObject().value(u"id"_s).toInteger();
        QVERIFY(r.json().value(u"authorization"_s).toObject().value(u"exclusive"_s).toBool());
        QCOMPARE(lastAudit().action, u"third_party_authorization.grant"_s);

        r = grant(m_app, m_platform2, u"open_platform_management"_s);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.code(), u"permission_set_held_by_other"_s);
        QCOMPARE(r.json().value(u"held_by"_s)
                         .toObject()
                         .value(u"third_party_platform"_s)
                         .toObject()
                         .value(u"name"_s)
                         .toString(),
                 u"服务商甲"_s);
        // Sets that are not exclusive may be held by several.
        QCOMPARE(grant(m_app, m_platform1, u"message_management"_s).status, 201);
        QCOMPARE(grant(m_app, m_platform2, u"message_management"_s).status, 201);
        QCOMPARE(grant(m_app, m_platform2, u"message_management"_s).code(), u"conflict"_s);
        QCOMPARE(grant(m_app, m_platform2, u"everything"_s).status, 400);

        const QJsonObject detail =
                m_f->get(m_support, u"/api/v1/accounts/%1"_s.arg(m_owner)).json();
        const QJsonArray grants = detail.value(u"open_platform"_s)
                                          .toObject()
                                          .value(u"apps"_s)
                                          .toArray()
                                          .first()
                                          .toObject()
                                          .value(u"authorizations"_s)
                                          .toArray();
        QCOMPARE(grants.size(), 3);

        // Revoke the holder's grant, then the other platform may take it.
        const QByteArray etag = "\"1\"";
        r = m_f->post(m_support, u"/api/v1/third-party-authorizations/%1/revoke"_s.arg(first),
                      {{u"reason"_s, kReason}});
        QCOMPARE(r.status, 428);
        r = revoke(first, "\"9\"");
        QCOMPARE(r.status, 412);
        r = revoke(first, etag);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().value(u"authorization"_s).toObject().value(u"active"_s).toBool());
        const AuditEntry e = lastAudit();
        QCOMPARE(e.action, u"third_party_authorization.revoke"_s);
        QVERIFY(e.targetName.contains(u"服务商甲"_s));
        QCOMPARE(e.before.value(u"permission_set"_s).toString(), u"open_platform_management"_s);
        QCOMPARE(revoke(first, r.header("etag")).code(), u"authorization_revoked"_s);
        QCOMPARE(grant(m_app, m_platform2, u"open_platform_management"_s).status, 201);
        QCOMPARE(
                m_f->scalar(
                        u"SELECT COUNT(*) FROM third_party_authorizations WHERE app_id = "_s
                        + QString::number(m_app)
                        + u" AND permission_set = 'open_platform_management' AND revoked_at IS NULL"_s),
                1);
    }

    void anotherOrganizationsBindingsAreNotFound()
    {
        const QString global = m_f->token(u"admin"_s, 2);
        QCOMPARE(m_f->get(global, u"/api/v1/apps/%1"_s.arg(m_app)).status, 404);
        const HttpReply r = m_f->post(global, u"/api/v1/apps/%1/unbind"_s.arg(m_app),
                                      {{u"reason"_s, kReason}}, appEtag(m_app));
        QCOMPARE(r.status, 404);
    }
};

QTEST_GUILESS_MAIN(TestServerAccountsBindings)
#include "tst_server_accounts_bindings.moc"
