// The authorization matrix of the support desk's routes (RELIABILITY 15):
// every demo staff member in each organization they work in, against every
// account, app, authorization and real-name route, gets exactly what the
// permission table in models/domain/role.cpp allows; another organization's
// ids are 404 whatever the role; unknown and privileged fields are refused and
// never applied.
#include "accountfixture.h"
#include "domain/role.h"
#include "http/router.h"
#include "inprocessserver.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Person
{
    QString login;
    qint64 organizationId = 0;
    RoleSet roles;
    QString token;

    QString name() const { return login + u'@' + QString::number(organizationId); }
};

const QList<std::pair<QString, QList<qint64>>> kStaff{
        {u"admin"_s, {1, 2}}, {u"reviewer"_s, {1}},     {u"emily.chen"_s, {1, 2}},
        {u"support"_s, {1}},  {u"orgadmin"_s, {1}},     {u"auditor"_s, {1, 2}},
        {u"desk"_s, {1}},     {u"oliver.smith"_s, {2}},
};

const QJsonObject kReason{{u"reason"_s, u"Access matrix"_s}};

struct OrgData
{
    qint64 account = 0;
    qint64 app = 0;
    qint64 authorization = 0;
};

} // namespace

class TestServerAccountsAccess : public QObject
{
    Q_OBJECT

private:
    TestBackend m_backend;
    std::unique_ptr<InProcessServer> m_server;
    std::unique_ptr<AccountFixture> m_f;
    QList<Person> m_people;
    QHash<qint64, OrgData> m_data;

    OrgData makeData(qint64 org, int serial)
    {
        OrgData d;
        NewAccount a;
        a.platformOrgId = org;
        a.mobile = AccountFixture::mobile(900 + serial);
        a.email = u"matrix%1@example.com"_s.arg(serial);
        a.displayName = u"权限矩阵%1"_s.arg(serial);
        d.account = m_f->add(a);
        m_f->addRealname(d.account, 4, AccountFixture::idNumber(900 + serial));
        const qint64 opa = m_f->insert(
                u"INSERT INTO open_platform_accounts (platform_org_id, owner_account_id, name, "
                u"appid,"
                " created_at) VALUES (:org, :owner, '矩阵开放平台', :appid, 0) RETURNING id"_s,
                {{u":org"_s, org},
                 {u":owner"_s, d.account},
                 {u":appid"_s, u"wxmatrixopa%1"_s.arg(serial)}});
        d.app = m_f->insert(
                u"INSERT INTO apps (platform_org_id, kind, name, appid, owner_account_id,"
                " open_platform_account_id, bound_at, created_at) VALUES (:org, 'mini_program',"
                " '矩阵小程序', :appid, :owner, :opa, 1, 0) RETURNING id"_s,
                {{u":org"_s, org},
                 {u":appid"_s, u"wxmatrixapp%1"_s.arg(serial)},
                 {u":owner"_s, d.account},
                 {u":opa"_s, opa}});
        const qint64 platform =
                m_f->insert(u"INSERT INTO third_party_platforms (platform_org_id, name, "
                            u"service_provider, created_at)"
                            " VALUES (:org, '矩阵服务商', '矩阵服务商', 0) RETURNING id"_s,
                            {{u":org"_s, org}});
        d.authorization = m_f->insert(
                u"INSERT INTO third_party_authorizations (app_id, third_party_platform_id, "
                u"permission_set,"
                " exclusive, granted_at) VALUES (:app, :platform, 'data_analysis', 0, 0) RETURNING id"_s,
                {{u":app"_s, d.app}, {u":platform"_s, platform}});
        return d;
    }

    HttpReply call(const Person &p, const QByteArray &method, const QString &path,
                   const QJsonObject &body = {}, const QByteArray &ifMatch = {})
    {
        if (method == "GET")
            return m_f->get(p.token, path);
        return m_f->post(p.token, path, body, ifMatch);
    }

    // Allowed: anything but 401/403 from access control, and never a 5xx.
    static void expectAllowed(const HttpReply &r, const QString &what)
    {
        QVERIFY2(r.status != 401 && r.code() != u"permission_denied" && r.status < 500,
                 qPrintable(what + u": "_s + QString::number(r.status) + u' '
                            + QString::fromUtf8(r.body)));
    }
    static void expectDenied(const HttpReply &r, const QString &what)
    {
        QVERIFY2(r.status == 403 && r.code() == u"permission_denied",
                 qPrintable(what + u": "_s + QString::number(r.status) + u' '
                            + QString::fromUtf8(r.body)));
    }

private slots:
    void initTestCase()
    {
        InProcessServer::Options o;
        QString error;
        QVERIFY2(m_backend.apply(o, &error), qPrintable(error));
        o.demoSize = 100;
        o.auth.accessTokenMs = 24LL * 3600 * 1000;
        m_server = std::make_unique<InProcessServer>(o);
        QVERIFY(m_server->start());
        m_f = std::make_unique<AccountFixture>(*m_server);
        m_data.insert(1, makeData(1, 1));
        m_data.insert(2, makeData(2, 2));
        for (const auto &[login, organizations] : kStaff) {
            for (qint64 org : organizations) {
                Person p;
                p.login = login;
                p.organizationId = org;
                const HttpReply r = m_f->client().postJson(u"/api/v1/auth/sign-in"_s,
                                                           {{u"login"_s, login},
                                                            {u"password"_s, m_server->password()},
                                                            {u"organization_id"_s, org}});
                QCOMPARE(r.status, 200);
                p.token = r.json().value(u"access_token"_s).toString();
                QStringList codes;
                const QJsonArray roles =
                        r.json().value(u"organization"_s).toObject().value(u"roles"_s).toArray();
                for (const QJsonValue &v : roles)
                    codes.append(v.toString());
                p.roles = RoleSet::fromCodes(codes);
                m_people.append(p);
            }
        }
    }

    void cleanupTestCase()
    {
        m_f.reset();
        m_server.reset();
    }

    void theRoutesDeclareTheDocumentedAccess()
    {
        const QList<std::tuple<QByteArray, QString, Permission>> expected{
                {"GET", u"/api/v1/accounts"_s, Permission::ReadAccounts},
                {"GET", u"/api/v1/accounts/{id}"_s, Permission::ReadAccounts},
                {"GET", u"/api/v1/accounts/{id}/audit"_s, Permission::ReadAccounts},
                {"POST", u"/api/v1/accounts/{id}/reveal"_s, Permission::RevealPersonalData},
                {"POST", u"/api/v1/accounts/{id}/reset-password"_s, Permission::SupportActions},
                {"POST", u"/api/v1/accounts/{id}/unlock"_s, Permission::SupportActions},
                {"POST", u"/api/v1/accounts/{id}/disable"_s, Permission::SupportActions},
                {"POST", u"/api/v1/accounts/{id}/enable"_s, Permission::SupportActions},
                {"POST", u"/api/v1/accounts/{id}/end-sessions"_s, Permission::SupportActions},
                {"POST", u"/api/v1/accounts/{id}/resend-activation"_s, Permission::SupportActions},
                {"POST", u"/api/v1/accounts/{id}/reset-sms-quota"_s, Permission::SupportActions},
                {"POST", u"/api/v1/accounts/{id}/sms-sends"_s, Permission::SupportActions},
                {"GET", u"/api/v1/apps/{id}"_s, Permission::ReadAccounts},
                {"POST", u"/api/v1/apps/{id}/unbind"_s, Permission::SupportActions},
                {"POST", u"/api/v1/apps/{id}/bind"_s, Permission::SupportActions},
                {"POST", u"/api/v1/apps/{id}/authorizations"_s, Permission::SupportActions},
                {"POST", u"/api/v1/third-party-authorizations/{id}/revoke"_s,
                 Permission::SupportActions},
                {"GET", u"/api/v1/realname/levels"_s, Permission::ReadAccounts},
                {"GET", u"/api/v1/realname/records"_s, Permission::ReadAccounts},
        };
        const Router &router = m_server->server().router();
        for (const auto &[method, pattern, permission] : expected) {
            const Router::Match m =
                    router.match(method, QString(pattern).replace(u"{id}"_s, u"7"_s));
            QVERIFY2(m.route, qPrintable(pattern));
            QCOMPARE(m.route->pattern, pattern);
            QVERIFY(!m.route->access.isPublic);
            QCOMPARE(m.route->access.permission, permission);
        }
        // The table the docs print: who reads, reveals and acts.
        QCOMPARE(Roles::holding(Permission::ReadAccounts),
                 (RoleSet{Role::SupportAgent, Role::Auditor, Role::Administrator}));
        QCOMPARE(Roles::holding(Permission::RevealPersonalData),
                 (RoleSet{Role::SupportAgent, Role::Administrator}));
        QCOMPARE(Roles::holding(Permission::SupportActions),
                 (RoleSet{Role::SupportAgent, Role::Administrator}));
    }

    void everyRoleOnEveryRouteWithOwnAndForeignIds()
    {
        for (const Person &p : std::as_const(m_people)) {
            const OrgData own = m_data.value(p.organizationId);
            const OrgData foreign = m_data.value(p.organizationId == 1 ? 2 : 1);
            const bool read = p.roles.allows(Permission::ReadAccounts);
            const bool reveal = p.roles.allows(Permission::RevealPersonalData);
            const bool act = p.roles.allows(Permission::SupportActions);
            const QString who = p.name();

            const QList<std::pair<QString, bool>> reads{
                    {u"/api/v1/accounts?q=%E6%9D%83%E9%99%90%E7%9F%A9%E9%98%B5"_s, false},
                    {u"/api/v1/accounts/%1"_s, true},
                    {u"/api/v1/accounts/%1/audit"_s, true},
                    {u"/api/v1/realname/levels"_s, false},
                    {u"/api/v1/realname/records?level=4"_s, false},
            };
            for (const auto &[pattern, hasId] : reads) {
                const HttpReply mine = call(p, "GET", hasId ? pattern.arg(own.account) : pattern);
                if (!read) {
                    expectDenied(mine, who + u' ' + pattern);
                    continue;
                }
                QCOMPARE(mine.status, 200);
                if (hasId)
                    QCOMPARE(call(p, "GET", pattern.arg(foreign.account)).status, 404);
            }
            // Search and lists never show the other organization's rows.
            if (read) {
                const HttpReply found = call(p, "GET", reads.first().first);
                const QJsonArray items = found.json().value(u"items"_s).toArray();
                QCOMPARE(items.size(), 1);
                QCOMPARE(items.first().toObject().value(u"id"_s).toInteger(), own.account);
            }
            const HttpReply app = call(p, "GET", u"/api/v1/apps/%1"_s.arg(own.app));
            if (read) {
                QCOMPARE(app.status, 200);
                QCOMPARE(call(p, "GET", u"/api/v1/apps/%1"_s.arg(foreign.app)).status, 404);
            } else {
                expectDenied(app, who + u" app"_s);
            }

            const QJsonObject revealBody{{u"fields"_s, QJsonArray{u"mobile"_s}},
                                         {u"reason"_s, u"Matrix"_s}};
            const HttpReply revealed =
                    call(p, "POST", u"/api/v1/accounts/%1/reveal"_s.arg(own.account), revealBody);
            const HttpReply revealedForeign = call(
                    p, "POST", u"/api/v1/accounts/%1/reveal"_s.arg(foreign.account), revealBody);
            if (reveal) {
                QCOMPARE(revealed.status, 200);
                QCOMPARE(revealedForeign.status, 404);
            } else {
                expectDenied(revealed, who + u" reveal"_s);
                // Denied before anything is looked up: the same answer for any id.
                expectDenied(revealedForeign, who + u" foreign reveal"_s);
            }

            const QList<QString> actions{u"end-sessions"_s,    u"unlock"_s,
                                         u"disable"_s,         u"enable"_s,
                                         u"reset-password"_s,  u"resend-activation"_s,
                                         u"reset-sms-quota"_s, u"sms-sends"_s};
            const QString admin = m_f->token(u"admin"_s, p.organizationId);
            for (const QString &action : actions) {
                const QByteArray etag = m_f->etag(admin, own.account);
                QJsonObject body = kReason;
                if (action == u"reset-password")
                    body.insert(u"method"_s, u"reset_link"_s);
                const HttpReply mine =
                        call(p, "POST", u"/api/v1/accounts/%1/%2"_s.arg(own.account).arg(action),
                             body, etag);
                const HttpReply theirs = call(
                        p, "POST", u"/api/v1/accounts/%1/%2"_s.arg(foreign.account).arg(action),
                        body, "\"1\"");
                if (act) {
                    expectAllowed(mine, who + u' ' + action);
                    QCOMPARE(theirs.status, 404);
                } else {
                    expectDenied(mine, who + u' ' + action);
                    expectDenied(theirs, who + u" foreign "_s + action);
                }
            }

            const QList<std::pair<QString, QJsonObject>> bindingRoutes{
                    {u"/api/v1/apps/%1/unbind"_s, kReason},
                    {u"/api/v1/apps/%1/bind"_s,
                     QJsonObject{{u"open_platform_account_id"_s, 1}, {u"reason"_s, u"x"_s}}},
                    {u"/api/v1/apps/%1/authorizations"_s,
                     QJsonObject{{u"third_party_platform_id"_s, 1},
                                 {u"permission_set"_s, u"data_analysis"_s},
                                 {u"reason"_s, u"x"_s}}},
            };
            for (const auto &[pattern, body] : bindingRoutes) {
                const HttpReply theirs = call(p, "POST", pattern.arg(foreign.app), body, "\"1\"");
                if (act)
                    QCOMPARE(theirs.status, 404);
                else
                    expectDenied(theirs, who + u' ' + pattern);
            }
            const HttpReply revokeTheirs = call(
                    p, "POST",
                    u"/api/v1/third-party-authorizations/%1/revoke"_s.arg(foreign.authorization),
                    kReason, "\"1\"");
            if (act)
                QCOMPARE(revokeTheirs.status, 404);
            else
                expectDenied(revokeTheirs, who + u" revoke"_s);
        }
    }

    void unknownAndPrivilegedFieldsAreRefusedNotApplied()
    {
        const Person &support =
                *std::find_if(m_people.begin(), m_people.end(),
                              [](const Person &p) { return p.login == u"support"; });
        const qint64 id = m_data.value(1).account;
        const QByteArray etag = m_f->etag(support.token, id);
        const QList<QJsonObject> bodies{
                QJsonObject{{u"reason"_s, u"x"_s}, {u"colour"_s, u"red"_s}},
                QJsonObject{{u"reason"_s, u"x"_s}, {u"status"_s, u"active"_s}},
                QJsonObject{{u"reason"_s, u"x"_s}, {u"mobile"_s, u"13800000000"_s}},
                QJsonObject{{u"reason"_s, u"x"_s}, {u"version"_s, 99}},
                QJsonObject{{u"reason"_s, u"x"_s}, {u"must_change_password"_s, false}},
        };
        for (const QJsonObject &body : bodies) {
            for (const QString &action : {u"disable"_s, u"end-sessions"_s, u"reset-sms-quota"_s}) {
                const HttpReply r =
                        call(support, "POST", u"/api/v1/accounts/%1/%2"_s.arg(id).arg(action), body,
                             etag);
                QCOMPARE(r.status, 400);
                QCOMPARE(r.code(), u"validation_failed"_s);
            }
        }
        QCOMPARE(m_f->etag(support.token, id), etag);
        QCOMPARE(m_f->text(u"SELECT mobile FROM accounts WHERE id = "_s + QString::number(id)),
                 AccountFixture::mobile(901));
        const qint64 app = m_data.value(1).app;
        const HttpReply r =
                call(support, "POST", u"/api/v1/apps/%1/unbind"_s.arg(app),
                     QJsonObject{{u"reason"_s, u"x"_s}, {u"owner"_s, 1}},
                     m_f->get(support.token, u"/api/v1/apps/%1"_s.arg(app)).header("etag"));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"errors"_s)
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"code"_s)
                         .toString(),
                 u"privileged_field"_s);
    }
};

QTEST_GUILESS_MAIN(TestServerAccountsAccess)
#include "tst_server_accounts_access.moc"
