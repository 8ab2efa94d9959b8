// The authorization matrix (RELIABILITY 15): every demo staff member in every
// organization they belong to, against every route, gets exactly what the
// permission table in models/domain/role.cpp allows — 2xx when allowed, 403
// permission_denied when not, 401 without a valid token — and another
// organization's ids are 404 whatever the role.
#include "domain/role.h"
#include "http/router.h"
#include "httptestclient.h"
#include "inprocessserver.h"
#include "serverapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct SignedIn
{
    QString login;
    qint64 organizationId = 0;
    RoleSet roles;
    ServerApi::Session session;

    QString name() const { return login + u'@' + QString::number(organizationId); }
};

// Every demo staff member and the organizations they work in (demo generator).
const QList<std::pair<QString, QList<qint64>>> kStaff{
        {u"admin"_s, {1, 2}}, {u"reviewer"_s, {1}},     {u"emily.chen"_s, {1, 2}},
        {u"support"_s, {1}},  {u"orgadmin"_s, {1}},     {u"auditor"_s, {1, 2}},
        {u"desk"_s, {1}},     {u"oliver.smith"_s, {2}},
};

// A staff member of each organization who is in no other, to ask for from the other side.
constexpr qint64 kOnlyInOrganization1 = 2; // reviewer
constexpr qint64 kOnlyInOrganization2 = 8; // oliver.smith

} // namespace

class TestServerAccess : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<InProcessServer> m_server;
    std::unique_ptr<HttpTestClient> m_client;
    QList<SignedIn> m_people;

    HttpReply call(const QString &token, const QByteArray &method, const QString &path,
                   const QJsonObject &body = {}, const HttpTestClient::Headers &headers = {})
    {
        m_client->setBearer(token);
        const HttpReply r = method == "GET"
                ? m_client->get(path, headers)
                : m_client->send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                                 "application/json", headers);
        m_client->setBearer({});
        return r;
    }

    // Allowed: a 2xx, or a refusal that comes from the handler, not from access control.
    static void expectAllowed(const HttpReply &r, const QString &what)
    {
        QVERIFY2(r.status != 401 && r.code() != u"permission_denied",
                 qPrintable(what + u": "_s + QString::fromUtf8(r.body)));
        QVERIFY2(r.status < 500, qPrintable(what + u": "_s + QString::fromUtf8(r.body)));
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
        m_server = std::make_unique<InProcessServer>();
        QVERIFY(m_server->start());
        m_client = std::make_unique<HttpTestClient>(m_server->baseUrl());
        for (const auto &[login, organizations] : kStaff) {
            for (qint64 org : organizations) {
                SignedIn p;
                p.login = login;
                p.organizationId = org;
                p.session = ServerApi::openSession(*m_client, login, m_server->password(), org);
                QVERIFY2(p.session.isValid(), qPrintable(p.name()));
                QStringList codes;
                const QJsonArray roles = p.session.grant.value(u"organization"_s)
                                                 .toObject()
                                                 .value(u"roles"_s)
                                                 .toArray();
                for (const QJsonValue &v : roles)
                    codes.append(v.toString());
                bool known = false;
                p.roles = RoleSet::fromCodes(codes, &known);
                QVERIFY(known && !p.roles.isEmpty());
                m_people.append(p);
            }
        }
        // Every role is in the matrix at least once.
        for (Role role : Roles::all()) {
            QVERIFY(std::any_of(m_people.begin(), m_people.end(),
                                [role](const SignedIn &p) { return p.roles.contains(role); }));
        }
    }

    void cleanupTestCase()
    {
        m_client.reset();
        m_server.reset();
    }

    void theTableSaysWhatTheDocsSay()
    {
        // docs/api.md states these; a change to role.cpp must change the docs too.
        QCOMPARE(Roles::holding(Permission::ManageStaff), RoleSet{Role::Administrator});
        QCOMPARE(Roles::holding(Permission::ReadAudit),
                 (RoleSet{Role::Auditor, Role::Administrator}));
        QCOMPARE(Roles::holding(Permission::ReadOwnSession),
                 (RoleSet{Role::Reviewer, Role::SupportAgent, Role::OrganizationAdministrator,
                          Role::Auditor, Role::Administrator}));
        // The grant lists exactly the permissions the table gives the roles.
        for (const SignedIn &p : std::as_const(m_people)) {
            QStringList expected;
            for (int i = 0; i < kPermissionCount; ++i) {
                if (p.roles.allows(Permission(i)))
                    expected.append(Roles::permissionCode(Permission(i)));
            }
            QStringList granted;
            const QJsonArray permissions = p.session.grant.value(u"permissions"_s).toArray();
            for (const QJsonValue &v : permissions)
                granted.append(v.toString());
            QCOMPARE(granted, expected);
        }
    }

    void everyRoleOnEveryRoute()
    {
        for (const SignedIn &p : std::as_const(m_people)) {
            const QString token = p.session.accessToken;
            const bool staff = p.roles.allows(Permission::ManageStaff);
            const bool audit = p.roles.allows(Permission::ReadAudit);
            const qint64 own = p.organizationId == 1 ? kOnlyInOrganization1 : kOnlyInOrganization2;
            const qint64 foreign =
                    p.organizationId == 1 ? kOnlyInOrganization2 : kOnlyInOrganization1;
            const QString who = p.name();

            // Public routes answer anyone.
            QCOMPARE(m_client->get(u"/api/v1/health"_s).status, 200);

            // Everyone signed in: their own session.
            const HttpReply me = call(token, "GET", u"/api/v1/me"_s);
            QCOMPARE(me.status, 200);
            QCOMPARE(me.json().value(u"organization"_s).toObject().value(u"id"_s).toInteger(),
                     p.organizationId);
            // Switching to an organization one is not in passes access control, then is refused.
            const HttpReply sw = call(token, "POST", u"/api/v1/auth/switch-organization"_s,
                                      {{u"organization_id"_s, 99}});
            expectAllowed(sw, who + u" switch"_s);
            QCOMPARE(sw.code(), u"organization_not_member"_s);

            // Staff management: administrators only.
            const HttpReply list = call(token, "GET", u"/api/v1/staff"_s);
            const HttpReply one = call(token, "GET", u"/api/v1/staff/%1"_s.arg(own));
            const HttpReply other = call(token, "GET", u"/api/v1/staff/%1"_s.arg(foreign));
            const QJsonObject reason{{u"reason"_s, u"Access matrix"_s}};
            if (staff) {
                QCOMPARE(list.status, 200);
                QCOMPARE(one.status, 200);
                QCOMPARE(other.status, 404);
                const HttpReply unlock = call(token, "POST", u"/api/v1/staff/%1/unlock"_s.arg(own),
                                              reason, {{"If-Match", one.header("etag")}});
                QCOMPARE(unlock.status, 200);
                const HttpReply otherUnlock =
                        call(token, "POST", u"/api/v1/staff/%1/unlock"_s.arg(foreign), reason,
                             {{"If-Match", "\"1\""}});
                QCOMPARE(otherUnlock.status, 404);
            } else {
                expectDenied(list, who + u" staff list"_s);
                expectDenied(one, who + u" staff"_s);
                // Denied before anything is looked up: no hint whether the id exists.
                expectDenied(other, who + u" other staff"_s);
                QCOMPARE(withoutInstance(one.json()), withoutInstance(other.json()));
                expectDenied(call(token, "POST", u"/api/v1/staff/%1/unlock"_s.arg(own), reason,
                                  {{"If-Match", "\"1\""}}),
                             who + u" unlock"_s);
                expectDenied(call(token, "POST", u"/api/v1/staff/%1/unlock"_s.arg(foreign), reason,
                                  {{"If-Match", "\"1\""}}),
                             who + u" other unlock"_s);
            }

            // The audit log: auditors and administrators.
            const HttpReply auditList = call(token, "GET", u"/api/v1/audit"_s);
            const HttpReply verify = call(token, "GET", u"/api/v1/audit/verify"_s);
            if (audit) {
                QCOMPARE(auditList.status, 200);
                QCOMPARE(verify.status, 200);
                QVERIFY(verify.json().value(u"intact"_s).toBool());
            } else {
                expectDenied(auditList, who + u" audit"_s);
                expectDenied(verify, who + u" verify"_s);
            }
        }
    }

    void everyProtectedRouteWantsAToken()
    {
        // Whatever routes exist now or later: none without its permission.
        const Router &router = m_server->server().router();
        QVERIFY(router.routes().size() >= 12);
        for (const Route &route : router.routes()) {
            QString path = route.pattern;
            path.replace(QRegularExpression(u"\\{[^}]+\\}"_s), u"1"_s);
            const QString what = QString::fromLatin1(route.method) + u' ' + route.pattern;
            if (route.access.isPublic)
                continue;
            for (const QString &token : {QString(), u"gha_forged"_s}) {
                const HttpReply r = call(token, route.method, path, {});
                QVERIFY2(r.status == 401,
                         qPrintable(what + u" answered "_s + QString::number(r.status)));
                QVERIFY(r.header("www-authenticate").startsWith("Bearer"));
            }
            for (const SignedIn &p : std::as_const(m_people)) {
                if (p.roles.allows(route.access.permission))
                    continue;
                expectDenied(call(p.session.accessToken, route.method, path, {}),
                             p.name() + u' ' + what);
            }
        }
    }

    void theRoutesInThisTableArePublicOrNot()
    {
        // The routes this suite knows, with the access they must declare.
        const QList<std::tuple<QByteArray, QString, bool, Permission>> expected{
                {"GET", u"/api/v1/health"_s, true, Permission::ReadOwnSession},
                {"POST", u"/api/v1/auth/sign-in"_s, true, Permission::ReadOwnSession},
                {"POST", u"/api/v1/auth/organization"_s, true, Permission::ReadOwnSession},
                {"POST", u"/api/v1/auth/refresh"_s, true, Permission::ReadOwnSession},
                {"POST", u"/api/v1/auth/sign-out"_s, false, Permission::ReadOwnSession},
                {"POST", u"/api/v1/auth/switch-organization"_s, false, Permission::ReadOwnSession},
                {"GET", u"/api/v1/me"_s, false, Permission::ReadOwnSession},
                {"GET", u"/api/v1/staff"_s, false, Permission::ManageStaff},
                {"GET", u"/api/v1/staff/{id}"_s, false, Permission::ManageStaff},
                {"POST", u"/api/v1/staff/{id}/unlock"_s, false, Permission::ManageStaff},
                {"GET", u"/api/v1/audit"_s, false, Permission::ReadAudit},
                {"GET", u"/api/v1/audit/verify"_s, false, Permission::ReadAudit},
        };
        const Router &router = m_server->server().router();
        for (const auto &[method, pattern, isPublic, permission] : expected) {
            const Router::Match m =
                    router.match(method, QString(pattern).replace(u"{id}"_s, u"7"_s));
            QVERIFY2(m.route, qPrintable(pattern));
            QCOMPARE(m.route->pattern, pattern);
            QCOMPARE(m.route->access.isPublic, isPublic);
            if (!isPublic)
                QCOMPARE(m.route->access.permission, permission);
        }
    }

    void signOutIsTheLastThingEveryoneMayDo()
    {
        for (const SignedIn &p : std::as_const(m_people)) {
            QCOMPARE(call(p.session.accessToken, "POST", u"/api/v1/auth/sign-out"_s).status, 204);
            QCOMPARE(call(p.session.accessToken, "GET", u"/api/v1/me"_s).status, 401);
        }
    }

private:
    static QJsonObject withoutInstance(QJsonObject o)
    {
        o.remove(u"instance"_s);
        return o;
    }
};

QTEST_GUILESS_MAIN(TestServerAccess)
#include "tst_server_access.moc"
