// The authorization matrix of the organization routes (RELIABILITY 15): every
// demo staff member in every platform organization they work in, against
// every organization route, with ids of their own platform organization and of
// the other one. read_organizations reads, edit_organizations edits, anyone
// else gets 403 permission_denied before anything is looked up (the same
// answer for an id that exists and one that does not); another platform
// organization's organizations, departments and members are 404 whatever the
// role; privileged and unknown fields are refused, never applied.
#include "tst_server_organizations_fixture.h"

#include "http/router.h"

using namespace Qt::StringLiterals;

namespace {

struct SignedIn
{
    QString login;
    qint64 platformOrg = 0;
    RoleSet roles;
    QString token;

    QString name() const { return login + u'@' + QString::number(platformOrg); }
};

const QList<std::pair<QString, QList<qint64>>> kStaff{
        {u"admin"_s, {1, 2}}, {u"reviewer"_s, {1}},     {u"emily.chen"_s, {1, 2}},
        {u"support"_s, {1}},  {u"orgadmin"_s, {1}},     {u"auditor"_s, {1, 2}},
        {u"desk"_s, {1}},     {u"oliver.smith"_s, {2}},
};

// One organization of a platform organization, with a department and a member.
struct Place
{
    qint64 org = 0;
    qint64 department = 0;
    qint64 member = 0;
    qint64 spareAccount = 0;
    qint64 deletedDepartment = 0; // a tombstone, for the restore route
};

QJsonObject withoutInstance(QJsonObject o)
{
    o.remove(u"instance"_s);
    return o;
}

} // namespace

class TestServerOrganizationAccess : public QObject
{
    Q_OBJECT

private:
    OrganizationFixture f;
    QList<SignedIn> m_people;
    Place m_place[3]; // by platform organization

    Place makePlace(qint64 platformOrg, const QString &editor)
    {
        Place p;
        const qint64 owner = f.addAccount(platformOrg, u"Owner %1"_s.arg(platformOrg), {},
                                          u"owner%1"_s.arg(platformOrg));
        p.org = f.addOrganization(platformOrg, u"Matrix %1"_s.arg(platformOrg), true, 0, owner);
        const QString token = f.signIn(editor, platformOrg);
        const HttpReply d =
                f.send(token, "POST", f.orgPath(p.org, u"/departments"_s), {{u"name"_s, u"Dept"_s}},
                       OrganizationFixture::etag(f.get(token, f.orgPath(p.org))));
        p.department = d.json().value(u"id"_s).toInteger();
        const qint64 account = f.addAccount(platformOrg, u"Member %1"_s.arg(platformOrg), {},
                                            u"member%1"_s.arg(platformOrg));
        const HttpReply m =
                f.send(token, "POST", f.orgPath(p.org, u"/members"_s),
                       {{u"account_id"_s, account}, {u"department_id"_s, p.department}},
                       OrganizationFixture::etag(f.get(
                               token, f.orgPath(p.org, u"/departments/%1"_s.arg(p.department)))));
        p.member = m.json().value(u"id"_s).toInteger();
        const HttpReply gone =
                f.send(token, "POST", f.orgPath(p.org, u"/departments"_s), {{u"name"_s, u"Gone"_s}},
                       OrganizationFixture::etag(f.get(token, f.orgPath(p.org))));
        const QString gonePath =
                f.orgPath(p.org, u"/departments/%1"_s.arg(gone.json().value(u"id"_s).toInteger()));
        p.deletedDepartment = f.send(token, "DELETE", gonePath, {},
                                     OrganizationFixture::etag(f.get(token, gonePath)))
                                      .json()
                                      .value(u"deleted_department_id"_s)
                                      .toInteger();
        return p;
    }

    QList<std::pair<QByteArray, QString>> readRoutes(const Place &p)
    {
        return {{"GET", u"/api/v1/organizations"_s},
                {"GET", f.orgPath(p.org)},
                {"GET", f.orgPath(p.org, u"/children?parent=%1"_s.arg(p.department))},
                {"GET", f.orgPath(p.org, u"/changes?since=0"_s)},
                {"GET", f.orgPath(p.org, u"/departments/%1"_s.arg(p.department))},
                {"GET", f.orgPath(p.org, u"/departments/%1/path"_s.arg(p.department))},
                {"GET", f.orgPath(p.org, u"/members/search?q=Member"_s)},
                {"GET", f.orgPath(p.org, u"/members/%1"_s.arg(p.member))}};
    }

    QList<std::tuple<QByteArray, QString, QJsonObject>> editRoutes(const Place &p)
    {
        return {{"POST", f.orgPath(p.org, u"/departments"_s), {{u"name"_s, u"New"_s}}},
                {"PATCH",
                 f.orgPath(p.org, u"/departments/%1"_s.arg(p.department)),
                 {{u"name"_s, u"Dept2"_s}}},
                {"DELETE",
                 f.orgPath(p.org, u"/departments/%1?move_to=root"_s.arg(p.department)),
                 {}},
                {"POST", f.orgPath(p.org, u"/members"_s), {{u"account_id"_s, p.spareAccount}}},
                {"PATCH", f.orgPath(p.org, u"/members/%1"_s.arg(p.member)), {{u"title"_s, u"T"_s}}},
                {"DELETE", f.orgPath(p.org, u"/members/%1"_s.arg(p.member)), {}},
                {"POST", f.orgPath(p.org, u"/transfer-ownership"_s), {{u"member_id"_s, p.member}}},
                {"POST",
                 f.orgPath(p.org, u"/deleted-departments/%1/restore"_s.arg(p.deletedDepartment)),
                 {}}};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(f.start());
        m_place[1] = makePlace(1, u"orgadmin"_s);
        m_place[2] = makePlace(2, u"oliver.smith"_s);
        QVERIFY(m_place[1].member && m_place[2].member);
        QVERIFY(m_place[1].deletedDepartment && m_place[2].deletedDepartment);
        m_place[1].spareAccount = f.addAccount(1, u"Spare"_s, {}, u"spare1"_s);
        m_place[2].spareAccount = f.addAccount(2, u"Spare"_s, {}, u"spare2"_s);
        for (const auto &[login, organizations] : kStaff) {
            for (qint64 org : organizations) {
                SignedIn p;
                p.login = login;
                p.platformOrg = org;
                const ServerApi::Session s =
                        ServerApi::openSession(f.client(), login, f.server().password(), org);
                QVERIFY2(s.isValid(), qPrintable(p.name()));
                p.token = s.accessToken;
                QStringList codes;
                const QJsonArray roles =
                        s.grant.value(u"organization"_s).toObject().value(u"roles"_s).toArray();
                for (const QJsonValue &v : roles)
                    codes.append(v.toString());
                p.roles = RoleSet::fromCodes(codes);
                m_people.append(p);
            }
        }
        // The matrix holds readers that cannot edit, editors, and people who cannot read.
        const auto any = [&](auto test) {
            return std::any_of(m_people.begin(), m_people.end(), test);
        };
        QVERIFY(any(
                [](const SignedIn &p) { return !p.roles.allows(Permission::ReadOrganizations); }));
        QVERIFY(any([](const SignedIn &p) {
            return p.roles.allows(Permission::ReadOrganizations)
                    && !p.roles.allows(Permission::EditOrganizations);
        }));
        QVERIFY(any(
                [](const SignedIn &p) { return p.roles.allows(Permission::EditOrganizations); }));
    }

    void theRoutesDeclareThePermissionsTheDocsName()
    {
        const QList<std::tuple<QByteArray, QString, Permission>> expected{
                {"GET", u"/api/v1/organizations"_s, Permission::ReadOrganizations},
                {"GET", u"/api/v1/organizations/{id}"_s, Permission::ReadOrganizations},
                {"GET", u"/api/v1/organizations/{id}/children"_s, Permission::ReadOrganizations},
                {"GET", u"/api/v1/organizations/{id}/changes"_s, Permission::ReadOrganizations},
                {"GET", u"/api/v1/organizations/{id}/departments/{department}"_s,
                 Permission::ReadOrganizations},
                {"GET", u"/api/v1/organizations/{id}/departments/{department}/path"_s,
                 Permission::ReadOrganizations},
                {"GET", u"/api/v1/organizations/{id}/members/search"_s,
                 Permission::ReadOrganizations},
                {"GET", u"/api/v1/organizations/{id}/members/{member}"_s,
                 Permission::ReadOrganizations},
                {"POST", u"/api/v1/organizations/{id}/departments"_s,
                 Permission::EditOrganizations},
                {"PATCH", u"/api/v1/organizations/{id}/departments/{department}"_s,
                 Permission::EditOrganizations},
                {"DELETE", u"/api/v1/organizations/{id}/departments/{department}"_s,
                 Permission::EditOrganizations},
                {"POST", u"/api/v1/organizations/{id}/members"_s, Permission::EditOrganizations},
                {"PATCH", u"/api/v1/organizations/{id}/members/{member}"_s,
                 Permission::EditOrganizations},
                {"DELETE", u"/api/v1/organizations/{id}/members/{member}"_s,
                 Permission::EditOrganizations},
                {"POST", u"/api/v1/organizations/{id}/transfer-ownership"_s,
                 Permission::EditOrganizations},
                {"POST", u"/api/v1/organizations/{id}/deleted-departments/{deleted}/restore"_s,
                 Permission::EditOrganizations},
        };
        const Router &router = f.server().server().router();
        int found = 0;
        for (const Route &route : router.routes()) {
            if (!route.pattern.startsWith(u"/api/v1/organizations"_s))
                continue;
            ++found;
            const auto it = std::find_if(expected.begin(), expected.end(), [&](const auto &e) {
                return std::get<0>(e) == route.method && std::get<1>(e) == route.pattern;
            });
            QVERIFY2(it != expected.end(), qPrintable(route.pattern));
            QVERIFY(!route.access.isPublic);
            QCOMPARE(route.access.permission, std::get<2>(*it));
        }
        QCOMPARE(found, int(expected.size()));
        QCOMPARE(Roles::holding(Permission::ReadOrganizations),
                 (RoleSet{Role::SupportAgent, Role::OrganizationAdministrator, Role::Auditor,
                          Role::Administrator}));
        QCOMPARE(Roles::holding(Permission::EditOrganizations),
                 (RoleSet{Role::OrganizationAdministrator, Role::Administrator}));
    }

    void everyRoleOnEveryRouteWithOwnAndForeignIds()
    {
        for (const SignedIn &p : std::as_const(m_people)) {
            const bool reads = p.roles.allows(Permission::ReadOrganizations);
            const bool edits = p.roles.allows(Permission::EditOrganizations);
            const Place &own = m_place[p.platformOrg];
            const Place &foreign = m_place[p.platformOrg == 1 ? 2 : 1];
            const auto ownReads = readRoutes(own);
            const auto foreignReads = readRoutes(foreign);
            for (qsizetype i = 0; i < ownReads.size(); ++i) {
                const QString what = p.name() + u" GET "_s + ownReads[i].second;
                const HttpReply mine = f.get(p.token, ownReads[i].second);
                const HttpReply theirs = f.get(p.token, foreignReads[i].second);
                if (reads) {
                    QVERIFY2(mine.status == 200,
                             qPrintable(what + u" → "_s + QString::number(mine.status)));
                    if (i == 0) {
                        // The list holds one's own platform organization's organizations only.
                        const QJsonArray items = mine.json().value(u"items"_s).toArray();
                        for (const QJsonValue &v : items)
                            QVERIFY(v.toObject().value(u"id"_s).toInteger() != foreign.org);
                    } else {
                        QVERIFY2(theirs.status == 404,
                                 qPrintable(what + u" (foreign) → "_s
                                            + QString::number(theirs.status)));
                    }
                } else {
                    QVERIFY2(mine.status == 403 && mine.code() == u"permission_denied"_s,
                             qPrintable(what));
                    QCOMPARE(theirs.status, 403);
                    // No hint whether the id exists.
                    QCOMPARE(withoutInstance(theirs.json()), withoutInstance(mine.json()));
                }
            }

            const auto ownEdits = editRoutes(own);
            const auto foreignEdits = editRoutes(foreign);
            for (qsizetype i = 0; i < ownEdits.size(); ++i) {
                const auto &[method, path, body] = ownEdits[i];
                const auto &[foreignMethod, foreignPath, foreignBody] = foreignEdits[i];
                const QString what = p.name() + u' ' + QString::fromLatin1(method) + u' ' + path;
                // A stale version: access control and lookups answer first, nothing is applied.
                const HttpReply mine = f.send(p.token, method, path, body, 999);
                const HttpReply theirs =
                        f.send(p.token, foreignMethod, foreignPath, foreignBody, 999);
                if (edits) {
                    QVERIFY2(mine.status == 412 || mine.status == 400,
                             qPrintable(what + u" → "_s + QString::number(mine.status) + u' '
                                        + QString::fromUtf8(mine.body)));
                    QVERIFY2(
                            theirs.status == 404,
                            qPrintable(what + u" (foreign) → "_s + QString::number(theirs.status)));
                } else {
                    QVERIFY2(mine.status == 403 && mine.code() == u"permission_denied"_s,
                             qPrintable(what));
                    QCOMPARE(withoutInstance(theirs.json()), withoutInstance(mine.json()));
                }
            }
        }
    }

    void editorsEditTheirOwnPlatformOrganizationOnly()
    {
        for (const SignedIn &p : std::as_const(m_people)) {
            if (!p.roles.allows(Permission::EditOrganizations))
                continue;
            const Place &own = m_place[p.platformOrg];
            const Place &foreign = m_place[p.platformOrg == 1 ? 2 : 1];
            const QString suffix = p.name();
            HttpReply r = f.send(
                    p.token, "POST", f.orgPath(own.org, u"/departments"_s),
                    {{u"name"_s, QString(u"By "_s + suffix)}, {u"parent_id"_s, own.department}},
                    OrganizationFixture::etag(
                            f.get(p.token,
                                  f.orgPath(own.org, u"/departments/%1"_s.arg(own.department)))));
            QCOMPARE(r.status, 201);
            const qint64 created = r.json().value(u"id"_s).toInteger();
            // Not under another platform's department, nor with its members.
            r = f.send(p.token, "POST", f.orgPath(own.org, u"/departments"_s),
                       {{u"name"_s, QString(u"Cross "_s + suffix)},
                        {u"parent_id"_s, foreign.department}},
                       OrganizationFixture::etag(f.get(p.token, f.orgPath(own.org))));
            QCOMPARE(r.status, 400);
            r = f.send(p.token, "POST", f.orgPath(own.org, u"/transfer-ownership"_s),
                       {{u"member_id"_s, foreign.member}},
                       OrganizationFixture::etag(f.get(p.token, f.orgPath(own.org))));
            QCOMPARE(r.status, 400);
            // Privileged and unknown fields are refused, not applied.
            const QString path = f.orgPath(own.org, u"/departments/%1"_s.arg(created));
            r = f.send(p.token, "PATCH", path,
                       {{u"name"_s, u"Renamed"_s}, {u"total_members"_s, 1000}},
                       OrganizationFixture::etag(f.get(p.token, path)));
            QCOMPARE(r.status, 400);
            QCOMPARE(r.json().value(u"errors"_s)
                             .toArray()
                             .first()
                             .toObject()
                             .value(u"code"_s)
                             .toString(),
                     u"privileged_field"_s);
            r = f.send(p.token, "PATCH", path, {{u"name"_s, u"Renamed"_s}, {u"organization"_s, 2}},
                       OrganizationFixture::etag(f.get(p.token, path)));
            QCOMPARE(r.json().value(u"errors"_s)
                             .toArray()
                             .first()
                             .toObject()
                             .value(u"code"_s)
                             .toString(),
                     u"unknown_field"_s);
            const QJsonObject after = f.get(p.token, path).json();
            QCOMPARE(after.value(u"name"_s).toString(), QString(u"By "_s + suffix));
            QCOMPARE(after.value(u"total_members"_s).toInteger(), 0);
            QCOMPARE(f.send(p.token, "DELETE", path, {}, after.value(u"version"_s).toInt()).status,
                     200);
        }
        // The foreign organizations are as they were.
        for (qint64 platformOrg : {1, 2}) {
            QSqlQuery &q = f.db().prepare(
                    u"SELECT COUNT(*) FROM departments WHERE organization_id = :o"_s);
            q.bindValue(u":o"_s, m_place[platformOrg].org);
            f.db().exec(q);
            q.next();
            QCOMPARE(q.value(0).toInt(), 1);
            q.finish();
        }
    }
};

QTEST_GUILESS_MAIN(TestServerOrganizationAccess)
#include "tst_server_organizations_access.moc"
