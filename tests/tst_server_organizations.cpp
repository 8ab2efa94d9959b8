// Organization trees end to end on an in-process gatehouse-server: the
// organization list and record, building a tree, members and their counts
// (direct and total, kept on every edit), paging of a node's children, a
// department's path, member search with each hit's path, moves and deletes
// that carry their subtree, the changes feed, trees written without counts,
// and a random sequence of edits checked against a recomputation from the raw
// rows. Built twice: on SQLite, and on PostgreSQL (server_organizations_postgres).
#include "tst_server_organizations_fixture.h"

#include "organizations/membersearch.h"
#include "organizations/nodejsonwriter.h"
#include "organizations/organizationstore.h"

#include <QRandomGenerator>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

QList<qint64> ids(const QJsonArray &array)
{
    QList<qint64> list;
    for (const QJsonValue &v : array)
        list.append(v.toObject().value(u"id"_s).toInteger());
    return list;
}

QStringList names(const QJsonArray &array, const QString &key = u"name"_s)
{
    QStringList list;
    for (const QJsonValue &v : array)
        list.append(v.toObject().value(key).toString());
    return list;
}

} // namespace

class TestServerOrganizations : public QObject
{
    Q_OBJECT

private:
    OrganizationFixture f;
    QString m_editor; // orgadmin in platform organization 1
    QString m_reader; // support agent in platform organization 1
    qint64 m_org = 0;
    qint64 m_foreignOrg = 0; // in platform organization 2
    QHash<QString, qint64> m_account;
    QHash<QString, qint64> m_department;
    QHash<QString, qint64> m_member;
    bool m_departmentAfterMembers = false;

    QJsonObject organization(qint64 org) { return f.get(m_reader, f.orgPath(org)).json(); }
    QJsonObject department(const QString &name)
    {
        return f.get(m_reader, f.orgPath(m_org, u"/departments/%1"_s.arg(m_department[name])))
                .json();
    }
    int departmentVersion(const QString &name)
    {
        return department(name).value(u"version"_s).toInt();
    }
    int organizationVersion(qint64 org) { return organization(org).value(u"version"_s).toInt(); }

    qint64 createDepartment(const QString &name, const QString &parent = {})
    {
        QJsonObject body{{u"name"_s, name}};
        int version = organizationVersion(m_org);
        if (!parent.isEmpty()) {
            body.insert(u"parent_id"_s, m_department[parent]);
            version = departmentVersion(parent);
        }
        const HttpReply r =
                f.send(m_editor, "POST", f.orgPath(m_org, u"/departments"_s), body, version);
        if (r.status != 201)
            qWarning().noquote() << r.status << r.body;
        m_department.insert(name, r.json().value(u"id"_s).toInteger());
        return m_department[name];
    }

    qint64 addMember(const QString &account, const QString &department = {})
    {
        QJsonObject body{{u"account_id"_s, m_account[account]}};
        int version = organizationVersion(m_org);
        if (!department.isEmpty()) {
            body.insert(u"department_id"_s, m_department[department]);
            version = departmentVersion(department);
        }
        const HttpReply r =
                f.send(m_editor, "POST", f.orgPath(m_org, u"/members"_s), body, version);
        if (r.status != 201)
            qWarning().noquote() << r.status << r.body;
        m_member.insert(account, r.json().value(u"id"_s).toInteger());
        return m_member[account];
    }

    // direct, total, child departments
    std::tuple<qint64, qint64, qint64> counts(const QString &name)
    {
        const QJsonObject d = department(name);
        return {d.value(u"direct_members"_s).toInteger(), d.value(u"total_members"_s).toInteger(),
                d.value(u"child_departments"_s).toInteger()};
    }

    // Every child of a node, page by page; the pages' sizes in *sizes.
    QPair<QList<qint64>, QList<qint64>> allChildren(const QString &parent, int limit,
                                                    QList<int> *sizes = nullptr)
    {
        QList<qint64> departments, members;
        QString cursor;
        for (int guard = 0; guard < 100; ++guard) {
            QString path =
                    f.orgPath(m_org, u"/children?parent=%1&limit=%2"_s.arg(parent).arg(limit));
            if (!cursor.isEmpty())
                path += u"&cursor="_s + cursor;
            const HttpReply r = f.get(m_reader, path);
            if (r.status != 200) {
                qWarning().noquote() << r.status << r.body;
                break;
            }
            const QJsonObject page = r.json();
            const QJsonArray d = page.value(u"departments"_s).toArray();
            const QJsonArray m = page.value(u"members"_s).toArray();
            if (sizes)
                sizes->append(int(d.size() + m.size()));
            // Departments never follow members.
            if (!members.isEmpty() && !d.isEmpty())
                m_departmentAfterMembers = true;
            departments += ids(d);
            members += ids(m);
            if (page.value(u"next_cursor"_s).isNull())
                break;
            cursor = page.value(u"next_cursor"_s).toString();
        }
        return {departments, members};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(f.start());
        m_editor = f.signIn(u"orgadmin"_s);
        m_reader = f.signIn(u"support"_s);
        QVERIFY(!m_editor.isEmpty() && !m_reader.isEmpty());
        const QList<std::tuple<QString, QString, QString>> people{
                {u"王芳"_s, u"Wang Fang"_s, u"wangfang_owner"_s},
                {u"张伟"_s, u"Zhang Wei"_s, u"zhangwei"_s},
                {u"张三"_s, u"Zhang San"_s, u"zhangsan"_s},
                {u"李娜"_s, u"Li Na"_s, u"lina"_s},
                {u"刘洋"_s, u"Liu Yang"_s, u"liuyang"_s},
                {u"张伟明"_s, u"Zhang Weiming"_s, u"zhangweiming"_s},
                {u"Emily Chen"_s, u"Emily Chen"_s, u"emily_c"_s},
        };
        for (const auto &[name, latin, username] : people)
            m_account.insert(name, f.addAccount(1, name, latin, username));
        for (int i = 1; i <= 10; ++i) {
            const QString name = u"成员%1"_s.arg(i, 2, 10, QChar(u'0'));
            m_account.insert(name, f.addAccount(1, name, {}, u"member%1"_s.arg(i)));
        }
        m_org = f.addOrganization(1, u"星河科技有限公司"_s, true, 0, m_account[u"王芳"_s]);
        const qint64 foreignOwner =
                f.addAccount(2, u"Oliver Grant"_s, u"Oliver Grant"_s, u"ogrant"_s);
        m_foreignOrg = f.addOrganization(2, u"Global Works Ltd."_s, true, 0, foreignOwner);
    }

    void theRecordIsComputedForRowsWrittenWithoutCounts()
    {
        const HttpReply r = f.get(m_reader, f.orgPath(m_org));
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(u"name"_s).toString(), u"星河科技有限公司"_s);
        QCOMPARE(o.value(u"type"_s).toString(), u"corporate"_s);
        QVERIFY(o.value(u"member_limit"_s).isNull());
        QCOMPARE(o.value(u"member_count"_s).toInteger(), 1);
        QCOMPARE(o.value(u"department_count"_s).toInteger(), 0);
        QCOMPARE(o.value(u"owner"_s).toObject().value(u"display_name"_s).toString(), u"王芳"_s);
        QCOMPARE(o.value(u"root"_s).toObject().value(u"direct_members"_s).toInteger(), 1);
        QCOMPARE(o.value(u"tree_version"_s).toInteger(), 1);
        QCOMPARE(FixtureEtag(r), o.value(u"version"_s).toInt());
        // Another platform organization's organization is not found, for everyone.
        QCOMPARE(f.get(m_reader, f.orgPath(m_foreignOrg)).status, 404);
        QCOMPARE(f.get(f.signIn(u"oliver.smith"_s, 2), f.orgPath(m_foreignOrg)).status, 200);
    }

    void theListIsPagedSearchableAndFiltered()
    {
        // Every organization of platform 1, one per page: complete, ordered, no repeats.
        QStringList seen;
        QString cursor;
        int pages = 0;
        for (; pages < 1000; ++pages) {
            QString path = u"/api/v1/organizations?limit=7"_s;
            if (!cursor.isEmpty())
                path += u"&cursor="_s + cursor;
            const QJsonObject page = f.get(m_reader, path).json();
            const QJsonArray items = page.value(u"items"_s).toArray();
            QVERIFY(items.size() <= 7);
            for (const QJsonValue &v : items)
                seen.append(v.toObject().value(u"name"_s).toString()
                            + QString::number(v.toObject().value(u"id"_s).toInteger()));
            if (page.value(u"next_cursor"_s).isNull())
                break;
            cursor = page.value(u"next_cursor"_s).toString();
        }
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), seen.size());
        QSqlQuery &q =
                f.db().prepare(u"SELECT COUNT(*) FROM organizations WHERE platform_org_id = 1"_s);
        f.db().exec(q);
        q.next();
        QCOMPARE(qint64(seen.size()), q.value(0).toLongLong());
        q.finish();

        const QJsonArray found = f.get(m_reader, u"/api/v1/organizations?q=%E6%98%9F%E6%B2%B3"_s)
                                         .json() // 星河
                                         .value(u"items"_s)
                                         .toArray();
        QCOMPARE(found.size(), 1);
        const QJsonObject hit = found.first().toObject();
        QCOMPARE(hit.value(u"id"_s).toInteger(), m_org);
        QCOMPARE(hit.value(u"member_count"_s).toInteger(), 1);
        QCOMPARE(hit.value(u"owner"_s).toObject().value(u"display_name"_s).toString(), u"王芳"_s);
        // Another platform's organization never shows up.
        QCOMPARE(f.get(m_reader, u"/api/v1/organizations?q=Global%20Works"_s)
                         .json()
                         .value(u"items"_s)
                         .toArray()
                         .size(),
                 0);
        const QJsonArray individual =
                f.get(m_reader, u"/api/v1/organizations?type=individual&limit=500"_s)
                        .json()
                        .value(u"items"_s)
                        .toArray();
        for (const QJsonValue &v : individual)
            QCOMPARE(v.toObject().value(u"type"_s).toString(), u"individual"_s);
        QCOMPARE(f.get(m_reader, u"/api/v1/organizations?type=club"_s).status, 400);
        QCOMPARE(f.get(m_reader, u"/api/v1/organizations?cursor=%21%21"_s).status, 400);
    }

    void buildsATree()
    {
        const qint64 rd = createDepartment(u"研发中心"_s);
        QVERIFY(rd > 0);
        const qint64 platform = createDepartment(u"平台部"_s, u"研发中心"_s);
        createDepartment(u"一组"_s, u"平台部"_s);
        createDepartment(u"销售中心"_s);
        createDepartment(u"华东区"_s, u"销售中心"_s);
        const QJsonObject one = department(u"一组"_s);
        QCOMPARE(one.value(u"depth"_s).toInt(), 3);
        QCOMPARE(one.value(u"parent_id"_s).toInteger(), platform);
        QCOMPARE(one.value(u"version"_s).toInt(), 1);
        QCOMPARE(names(one.value(u"path"_s).toArray()),
                 (QStringList{u"研发中心"_s, u"平台部"_s, u"一组"_s}));

        const HttpReply created =
                f.send(m_editor, "POST", f.orgPath(m_org, u"/departments"_s),
                       {{u"name"_s, u"  行政部  "_s}}, organizationVersion(m_org));
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(u"name"_s).toString(), u"行政部"_s); // trimmed
        QCOMPARE(QString::fromUtf8(created.header("location")),
                 f.orgPath(m_org,
                           u"/departments/%1"_s.arg(created.json().value(u"id"_s).toInteger())));
        QCOMPARE(FixtureEtag(created), 1);
        m_department.insert(u"行政部"_s, created.json().value(u"id"_s).toInteger());

        const QJsonObject root = f.get(m_reader, f.orgPath(m_org, u"/children"_s)).json();
        QCOMPARE(names(root.value(u"departments"_s).toArray()),
                 (QStringList{u"研发中心"_s, u"销售中心"_s, u"行政部"_s}));
        QCOMPARE(root.value(u"parent"_s).toObject().value(u"child_departments"_s).toInteger(), 3);
        QCOMPARE(organization(m_org).value(u"department_count"_s).toInteger(), 6);
    }

    void membersCountDirectlyAndInTotal()
    {
        addMember(u"张伟"_s, u"一组"_s);
        addMember(u"张三"_s, u"一组"_s);
        addMember(u"李娜"_s, u"平台部"_s);
        addMember(u"刘洋"_s, u"华东区"_s);
        addMember(u"Emily Chen"_s); // the root level
        QCOMPARE(counts(u"一组"_s), std::make_tuple(2, 2, 0));
        QCOMPARE(counts(u"平台部"_s), std::make_tuple(1, 3, 1));
        QCOMPARE(counts(u"研发中心"_s), std::make_tuple(0, 3, 1));
        QCOMPARE(counts(u"销售中心"_s), std::make_tuple(0, 1, 1));
        const QJsonObject o = organization(m_org);
        QCOMPARE(o.value(u"member_count"_s).toInteger(), 6);
        QCOMPARE(o.value(u"root"_s).toObject().value(u"direct_members"_s).toInteger(), 2);

        const HttpReply detail =
                f.get(m_reader, f.orgPath(m_org, u"/members/%1"_s.arg(m_member[u"张伟"_s])));
        QCOMPARE(detail.status, 200);
        const QJsonObject m = detail.json();
        QCOMPARE(m.value(u"display_name"_s).toString(), u"张伟"_s);
        QCOMPARE(m.value(u"role"_s).toString(), u"member"_s);
        QCOMPARE(m.value(u"account_id"_s).toInteger(), m_account[u"张伟"_s]);
        // Contact data is masked by default.
        QCOMPARE(m.value(u"email"_s).toString(), u"z***@example.com"_s);
        QVERIFY(m.value(u"mobile"_s).toString().contains(u"****"_s));
        QCOMPARE(names(m.value(u"path"_s).toArray()),
                 (QStringList{u"研发中心"_s, u"平台部"_s, u"一组"_s}));
        const QJsonArray memberships = m.value(u"organizations"_s).toArray();
        QCOMPARE(memberships.size(), 1);
        QCOMPARE(memberships.first().toObject().value(u"organization_id"_s).toInteger(), m_org);
        QCOMPARE(FixtureEtag(detail), 1);

        // An account may be in several organizations: the detail lists them all.
        const qint64 second = f.addOrganization(1, u"张伟的团队"_s, false, 5, m_account[u"张伟"_s]);
        const QJsonArray both =
                f.get(m_reader, f.orgPath(m_org, u"/members/%1"_s.arg(m_member[u"张伟"_s])))
                        .json()
                        .value(u"organizations"_s)
                        .toArray();
        QCOMPARE(both.size(), 2);
        QSet<qint64> orgs;
        for (const QJsonValue &v : both)
            orgs.insert(v.toObject().value(u"organization_id"_s).toInteger());
        QCOMPARE(orgs, (QSet<qint64>{m_org, second}));
    }

    void childrenArePagedDepartmentsFirst()
    {
        for (int i = 1; i <= 10; ++i)
            addMember(u"成员%1"_s.arg(i, 2, 10, QChar(u'0')), u"平台部"_s);
        const QString parent = QString::number(m_department[u"平台部"_s]);
        QList<int> sizes;
        const auto [departments, members] = allChildren(parent, 4, &sizes);
        QCOMPARE(departments, QList<qint64>{m_department[u"一组"_s]});
        QCOMPARE(members.size(), 11);
        QCOMPARE(QSet<qint64>(members.begin(), members.end()).size(), 11);
        QVERIFY(std::is_sorted(members.begin(), members.end()));
        QCOMPARE(sizes, (QList<int>{4, 4, 4}));
        QVERIFY(!m_departmentAfterMembers);
        // One at a time gives the same.
        const auto single = allChildren(parent, 1);
        QCOMPARE(single.first, departments);
        QCOMPARE(single.second, members);
        // The first page: the parent's record and the departments before the members.
        const QJsonObject first =
                f.get(m_reader, f.orgPath(m_org, u"/children?parent="_s + parent)).json();
        QCOMPARE(first.value(u"parent"_s).toObject().value(u"name"_s).toString(), u"平台部"_s);
        QCOMPARE(first.value(u"parent"_s).toObject().value(u"total_members"_s).toInteger(), 13);
        QCOMPARE(first.value(u"departments"_s)
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"total_members"_s)
                         .toInteger(),
                 2);
        QCOMPARE(first.value(u"members"_s)
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"display_name"_s)
                         .toString(),
                 u"李娜"_s);
        // The root level: top-level departments, then members in no department.
        const auto root = allChildren(u"root"_s, 2);
        QCOMPARE(root.first.size(), 3);
        QCOMPARE(root.second.size(), 2);

        QCOMPARE(f.get(m_reader, f.orgPath(m_org, u"/children?parent=abc"_s)).status, 400);
        QCOMPARE(f.get(m_reader, f.orgPath(m_org, u"/children?limit=0"_s)).status, 400);
        QCOMPARE(f.get(m_reader, f.orgPath(m_org, u"/children?limit=501"_s)).status, 400);
        QCOMPARE(f.get(m_reader, f.orgPath(m_org, u"/children?cursor=WyJ4Il0"_s)).status, 400);
        QCOMPARE(f.get(m_reader, f.orgPath(m_org, u"/children?parent=999999"_s)).status, 404);
        // A department of another organization is not a node of this one.
        QCOMPARE(f.get(m_reader, f.orgPath(m_foreignOrg, u"/children?parent="_s + parent)).status,
                 404);
    }

    void pathsNameEveryDepartmentFromTheTop()
    {
        const HttpReply r = f.get(
                m_reader, f.orgPath(m_org, u"/departments/%1/path"_s.arg(m_department[u"一组"_s])));
        QCOMPARE(r.status, 200);
        const QJsonArray path = r.json().value(u"path"_s).toArray();
        QCOMPARE(names(path), (QStringList{u"研发中心"_s, u"平台部"_s, u"一组"_s}));
        QCOMPARE(ids(path),
                 (QList<qint64>{m_department[u"研发中心"_s], m_department[u"平台部"_s],
                                m_department[u"一组"_s]}));
        QCOMPARE(f.get(m_reader, f.orgPath(m_org, u"/departments/999999/path"_s)).status, 404);
    }

    void searchFindsMembersWithTheirPath()
    {
        addMember(u"张伟明"_s, u"华东区"_s);
        const auto search = [&](const QString &q, int limit = 20) {
            return f.get(m_reader,
                         f.orgPath(m_org,
                                   u"/members/search?q=%1&limit=%2"_s
                                           .arg(QString::fromLatin1(QUrl::toPercentEncoding(q)))
                                           .arg(limit)))
                    .json();
        };
        QJsonObject r = search(u"张"_s);
        QCOMPARE(names(r.value(u"items"_s).toArray(), u"display_name"_s),
                 (QStringList{u"张三"_s, u"张伟"_s, u"张伟明"_s}));
        QCOMPARE(r.value(u"more"_s).toBool(), false);
        const QJsonObject first = r.value(u"items"_s).toArray().first().toObject();
        QCOMPARE(names(first.value(u"path"_s).toArray()),
                 (QStringList{u"研发中心"_s, u"平台部"_s, u"一组"_s}));
        const QJsonObject last = r.value(u"items"_s).toArray().last().toObject();
        QCOMPARE(names(last.value(u"path"_s).toArray()), (QStringList{u"销售中心"_s, u"华东区"_s}));

        QCOMPARE(names(search(u"zhang w"_s).value(u"items"_s).toArray(), u"display_name"_s),
                 (QStringList{u"张伟"_s, u"张伟明"_s}));
        QCOMPARE(names(search(u"ZhangSan"_s).value(u"items"_s).toArray(), u"display_name"_s),
                 QStringList{u"张三"_s}); // username, any case
        QCOMPARE(names(search(u"ZhangWei@Example.com"_s).value(u"items"_s).toArray(),
                       u"display_name"_s),
                 QStringList{u"张伟"_s}); // a whole e-mail address
        // Root-level members have an empty path.
        const QJsonArray emily = search(u"emily"_s).value(u"items"_s).toArray();
        QCOMPARE(emily.size(), 1);
        QCOMPARE(emily.first().toObject().value(u"path"_s).toArray().size(), 0);
        r = search(u"张"_s, 2);
        QCOMPARE(r.value(u"items"_s).toArray().size(), 2);
        QCOMPARE(r.value(u"more"_s).toBool(), true);
        QCOMPARE(search(u"赵"_s).value(u"items"_s).toArray().size(), 0);
        // A non-member namesake on the platform is not a hit.
        f.addAccount(1, u"张伟"_s, u"Zhang Wei"_s, u"zhangwei_other"_s);
        QCOMPARE(search(u"张伟"_s).value(u"items"_s).toArray().size(), 2);

        // The plan for large organizations (walking the accounts' indexes) finds the same.
        OrganizationStore store(f.db());
        MemberSearch small(f.db(), store);
        MemberSearch large(f.db(), store, 0);
        const OrganizationSummary o = *store.organization(1, m_org);
        for (const QString &q : {u"张"_s, u"张伟"_s, u"zhang"_s, u"li"_s, u"成员"_s, u"emily"_s,
                                 u"lina@example.com"_s, u"nobody"_s}) {
            const auto a = small.search(1, o, q, 50);
            const auto b = large.search(1, o, q, 50);
            QList<qint64> ia, ib;
            for (const StoredMember &m : a.hits)
                ia.append(m.node.id);
            for (const StoredMember &m : b.hits)
                ib.append(m.node.id);
            QCOMPARE(ib, ia);
            if (!a.hits.isEmpty())
                QCOMPARE(b.hits.first().node.path, a.hits.first().node.path);
        }

        QCOMPARE(f.get(m_reader, f.orgPath(m_org, u"/members/search"_s)).status, 400);
        QCOMPARE(f.get(m_reader, f.orgPath(m_org, u"/members/search?q=%20%20"_s)).status, 400);
        QCOMPARE(f.get(m_reader, f.orgPath(m_org, u"/members/search?q=a&limit=101"_s)).status, 400);
        QCOMPARE(f.get(m_reader, f.orgPath(m_org, u"/members/search?q="_s + QString(101, u'x')))
                         .status,
                 400);
    }

    void movingADepartmentCarriesItsSubtree()
    {
        const qint64 platform = m_department[u"平台部"_s];
        HttpReply r = f.send(
                m_editor, "PATCH", f.orgPath(m_org, u"/departments/%1"_s.arg(platform)),
                {{u"parent_id"_s, m_department[u"华东区"_s]}}, departmentVersion(u"平台部"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"depth"_s).toInt(), 3);
        QCOMPARE(FixtureEtag(r), 2);
        QCOMPARE(counts(u"研发中心"_s), std::make_tuple(0, 0, 0));
        QCOMPARE(counts(u"华东区"_s), std::make_tuple(2, 15, 1)); // 刘洋, 张伟明 and 平台部's 13
        QCOMPARE(counts(u"销售中心"_s), std::make_tuple(0, 15, 1));
        QCOMPARE(counts(u"一组"_s), std::make_tuple(2, 2, 0));
        QCOMPARE(department(u"一组"_s).value(u"depth"_s).toInt(), 4);
        QCOMPARE(names(department(u"一组"_s).value(u"path"_s).toArray()),
                 (QStringList{u"销售中心"_s, u"华东区"_s, u"平台部"_s, u"一组"_s}));
        // A member's path follows.
        QCOMPARE(names(f.get(m_reader, f.orgPath(m_org, u"/members/%1"_s.arg(m_member[u"张三"_s])))
                               .json()
                               .value(u"path"_s)
                               .toArray()),
                 (QStringList{u"销售中心"_s, u"华东区"_s, u"平台部"_s, u"一组"_s}));

        // To the top level and back under 研发中心, renamed on the way.
        r = f.send(m_editor, "PATCH", f.orgPath(m_org, u"/departments/%1"_s.arg(platform)),
                   {{u"parent_id"_s, QJsonValue()}}, 2);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value(u"parent_id"_s).isNull());
        QCOMPARE(counts(u"销售中心"_s), std::make_tuple(0, 2, 1));
        r = f.send(m_editor, "PATCH", f.orgPath(m_org, u"/departments/%1"_s.arg(platform)),
                   {{u"parent_id"_s, m_department[u"研发中心"_s]}, {u"name"_s, u"平台研发部"_s}},
                   3);
        QCOMPARE(r.status, 200);
        m_department.insert(u"平台研发部"_s, platform);
        QCOMPARE(counts(u"研发中心"_s), std::make_tuple(0, 13, 1));
        QCOMPARE(names(department(u"一组"_s).value(u"path"_s).toArray()),
                 (QStringList{u"研发中心"_s, u"平台研发部"_s, u"一组"_s}));
    }

    void membersMoveAndChangeRole()
    {
        const QString path = f.orgPath(m_org, u"/members/%1"_s.arg(m_member[u"李娜"_s]));
        HttpReply r = f.send(
                m_editor, "PATCH", path,
                {{u"department_id"_s, m_department[u"行政部"_s]}, {u"title"_s, u"行政主管"_s}}, 1);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"title"_s).toString(), u"行政主管"_s);
        QCOMPARE(names(r.json().value(u"path"_s).toArray()), QStringList{u"行政部"_s});
        QCOMPARE(counts(u"平台研发部"_s), std::make_tuple(10, 12, 1));
        QCOMPARE(counts(u"研发中心"_s), std::make_tuple(0, 12, 1));
        QCOMPARE(counts(u"行政部"_s), std::make_tuple(1, 1, 0));
        r = f.send(m_editor, "PATCH", path,
                   {{u"role"_s, u"administrator"_s}, {u"title"_s, QJsonValue()}}, FixtureEtag(r));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"role"_s).toString(), u"administrator"_s);
        QVERIFY(r.json().value(u"title"_s).isNull());
        // To the root level.
        r = f.send(m_editor, "PATCH", path, {{u"department_id"_s, QJsonValue()}}, FixtureEtag(r));
        QCOMPARE(r.status, 200);
        QCOMPARE(counts(u"行政部"_s), std::make_tuple(0, 0, 0));
        QCOMPARE(organization(m_org)
                         .value(u"root"_s)
                         .toObject()
                         .value(u"direct_members"_s)
                         .toInteger(),
                 3);
        // Removing a member.
        r = f.send(m_editor, "DELETE", path, {}, FixtureEtag(r));
        QCOMPARE(r.status, 204);
        QCOMPARE(f.get(m_reader, path).status, 404);
        QCOMPARE(organization(m_org).value(u"member_count"_s).toInteger(), 16);
    }

    void deletingADepartmentMovesItsContents()
    {
        // 平台研发部 (10 members, sub-department 一组 with 2) into 销售中心.
        const qint64 gone = m_department[u"平台研发部"_s];
        const HttpReply r = f.send(m_editor, "DELETE",
                                   f.orgPath(m_org,
                                             u"/departments/%1?move_to=%2"_s.arg(gone).arg(
                                                     m_department[u"销售中心"_s])),
                                   {}, departmentVersion(u"平台研发部"_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"moved_members"_s).toInteger(), 10);
        QCOMPARE(r.json().value(u"moved_departments"_s).toInteger(), 1);
        QCOMPARE(f.get(m_reader, f.orgPath(m_org, u"/departments/%1"_s.arg(gone))).status, 404);
        QCOMPARE(counts(u"研发中心"_s), std::make_tuple(0, 0, 0));
        QCOMPARE(counts(u"销售中心"_s), std::make_tuple(10, 14, 2));
        QCOMPARE(names(department(u"一组"_s).value(u"path"_s).toArray()),
                 (QStringList{u"销售中心"_s, u"一组"_s}));
        QCOMPARE(department(u"一组"_s).value(u"depth"_s).toInt(), 2);
        QCOMPARE(organization(m_org).value(u"department_count"_s).toInteger(), 5);
        // An empty department goes without a target.
        QCOMPARE(f.send(m_editor, "DELETE",
                        f.orgPath(m_org, u"/departments/%1"_s.arg(m_department[u"研发中心"_s])), {},
                        departmentVersion(u"研发中心"_s))
                         .status,
                 200);
    }

    void theChangesFeedHasOneEntryPerEdit()
    {
        const qint64 treeVersion = organization(m_org).value(u"tree_version"_s).toInteger();
        QVERIFY(treeVersion > 10);
        const QJsonObject all = f.get(m_reader, f.orgPath(m_org, u"/changes?since=0"_s)).json();
        QCOMPARE(all.value(u"tree_version"_s).toInteger(), treeVersion);
        const QJsonArray changes = all.value(u"changes"_s).toArray();
        QCOMPARE(changes.size(), treeVersion - 1);
        for (qsizetype i = 0; i < changes.size(); ++i)
            QCOMPARE(changes[i].toObject().value(u"tree_version"_s).toInteger(), i + 2);
        // The member move names both lists it changed.
        bool sawMove = false;
        for (const QJsonValue &v : changes) {
            const QJsonObject c = v.toObject();
            if (c.value(u"node_type"_s) == u"member"_s && c.value(u"action"_s) == u"moved"_s
                && c.value(u"node_id"_s).toInteger() == m_member[u"李娜"_s]) {
                const QJsonArray parents = c.value(u"parent_ids"_s).toArray();
                QCOMPARE(parents.size(), 2);
                sawMove = true;
                break;
            }
        }
        QVERIFY(sawMove);
        const QJsonObject page =
                f.get(m_reader, f.orgPath(m_org, u"/changes?since=3&limit=2"_s)).json();
        QCOMPARE(page.value(u"changes"_s).toArray().size(), 2);
        QCOMPARE(page.value(u"more"_s).toBool(), true);
        QCOMPARE(page.value(u"changes"_s)
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"tree_version"_s)
                         .toInteger(),
                 4);
        QCOMPARE(f.get(m_reader, f.orgPath(m_org, u"/changes?since=%1"_s.arg(treeVersion)))
                         .json()
                         .value(u"changes"_s)
                         .toArray()
                         .size(),
                 0);
        QCOMPARE(f.get(m_reader, f.orgPath(m_org, u"/changes"_s)).status, 400);
        QCOMPARE(f.get(m_reader, f.orgPath(m_org, u"/changes?since=-1"_s)).status, 400);
    }

    void treesWrittenWithoutCountsAreComputedOnFirstRead()
    {
        // As the demo generator writes them: rows only, no paths, no counts.
        const qint64 owner = f.addAccount(1, u"赵磊"_s, u"Zhao Lei"_s, u"zhaolei_owner"_s);
        const qint64 org = f.addOrganization(1, u"赵氏集团"_s, true, 0, owner);
        const auto dept = [&](const QString &name, qint64 parent) {
            QSqlQuery &q = f.db().prepare(
                    u"INSERT INTO departments (organization_id, parent_id, name, created_at)"
                    " VALUES (:o, :p, :n, 0) RETURNING id"_s);
            q.bindValue(u":o"_s, org);
            q.bindValue(u":p"_s,
                        parent ? QVariant(parent) : QVariant(QMetaType::fromType<qint64>()));
            q.bindValue(u":n"_s, name);
            f.db().exec(q);
            q.next();
            const qint64 id = q.value(0).toLongLong();
            q.finish();
            return id;
        };
        const qint64 a = dept(u"A"_s, 0);
        const qint64 b = dept(u"B"_s, a);
        const qint64 c = dept(u"C"_s, b);
        for (int i = 0; i < 5; ++i) {
            const qint64 account = f.addAccount(1, u"赵%1"_s.arg(i), {}, u"zhao%1"_s.arg(i));
            f.server().exec(
                    u"INSERT INTO organization_members (organization_id, account_id,"
                    " department_id, role, joined_at) VALUES (%1, %2, %3, 'member', 0)"_s.arg(org)
                            .arg(account)
                            .arg(i < 2 ? b : c));
        }
        const QJsonObject o = organization(org);
        QCOMPARE(o.value(u"member_count"_s).toInteger(), 6);
        QCOMPARE(o.value(u"department_count"_s).toInteger(), 3);
        const QJsonObject top = f.get(m_reader, f.orgPath(org, u"/children"_s)).json();
        QCOMPARE(top.value(u"departments"_s)
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"total_members"_s)
                         .toInteger(),
                 5);
        const QJsonObject deepest =
                f.get(m_reader, f.orgPath(org, u"/departments/%1"_s.arg(c))).json();
        QCOMPARE(deepest.value(u"depth"_s).toInt(), 3);
        QCOMPARE(names(deepest.value(u"path"_s).toArray()), (QStringList{u"A"_s, u"B"_s, u"C"_s}));
        QCOMPARE(deepest.value(u"direct_members"_s).toInteger(), 3);
    }

    void countsMatchARecomputationAfterRandomEdits()
    {
        // A fresh organization, 200 random edits through the API, then every
        // stored count and path against what the raw rows say.
        const qint64 owner = f.addAccount(1, u"钱程"_s, u"Qian Cheng"_s, u"qiancheng"_s);
        const qint64 org = f.addOrganization(1, u"随机集团"_s, true, 0, owner);
        QList<qint64> accounts;
        for (int i = 0; i < 40; ++i)
            accounts.append(f.addAccount(1, u"钱%1"_s.arg(i), {}, u"qian%1"_s.arg(i)));
        QRandomGenerator random(20261121);
        QList<qint64> departments;
        QHash<qint64, qint64> members; // member id -> account
        QList<qint64> free = accounts;
        int cycles = 0;
        const auto version = [&](const QString &path) {
            return FixtureEtag(f.get(m_reader, path));
        };
        const auto anyDepartment = [&]() -> qint64 {
            if (departments.isEmpty() || random.bounded(5) == 0)
                return 0;
            return departments[random.bounded(int(departments.size()))];
        };
        for (int step = 0; step < 200; ++step) {
            const int op = random.bounded(6);
            if (op == 0 || departments.size() < 3) {
                const qint64 parent = anyDepartment();
                const int v = parent ? version(f.orgPath(org, u"/departments/%1"_s.arg(parent)))
                                     : version(f.orgPath(org));
                const HttpReply r =
                        f.send(m_editor, "POST", f.orgPath(org, u"/departments"_s),
                               {{u"name"_s, u"部门%1"_s.arg(step)},
                                {u"parent_id"_s, parent ? QJsonValue(parent) : QJsonValue()}},
                               v);
                QCOMPARE(r.status, 201);
                departments.append(r.json().value(u"id"_s).toInteger());
            } else if (op == 1) {
                const qint64 d = departments[random.bounded(int(departments.size()))];
                const qint64 parent = anyDepartment();
                const QString path = f.orgPath(org, u"/departments/%1"_s.arg(d));
                const HttpReply r =
                        f.send(m_editor, "PATCH", path,
                               {{u"parent_id"_s, parent ? QJsonValue(parent) : QJsonValue()}},
                               version(path));
                QVERIFY2(r.status == 200 || r.code() == u"department_cycle"_s, r.body.constData());
                cycles += r.status == 409;
            } else if (op == 2 && departments.size() > 3) {
                const qint64 d = departments[random.bounded(int(departments.size()))];
                const qint64 target = anyDepartment();
                const QString path = f.orgPath(org, u"/departments/%1"_s.arg(d));
                const int v = version(path);
                const HttpReply r = f.send(m_editor, "DELETE",
                                           path + u"?move_to="_s
                                                   + (target ? QString::number(target) : u"root"_s),
                                           {}, v);
                QVERIFY2(r.status == 200 || r.code() == u"department_cycle"_s, r.body.constData());
                if (r.status == 200)
                    departments.removeOne(d);
            } else if (op == 3 && !free.isEmpty()) {
                const qint64 d = anyDepartment();
                const int v = d ? version(f.orgPath(org, u"/departments/%1"_s.arg(d)))
                                : version(f.orgPath(org));
                const qint64 account = free.takeAt(random.bounded(int(free.size())));
                const HttpReply r = f.send(m_editor, "POST", f.orgPath(org, u"/members"_s),
                                           {{u"account_id"_s, account},
                                            {u"department_id"_s, d ? QJsonValue(d) : QJsonValue()}},
                                           v);
                QCOMPARE(r.status, 201);
                members.insert(r.json().value(u"id"_s).toInteger(), account);
            } else if (op == 4 && !members.isEmpty()) {
                const qint64 m = members.keys()[random.bounded(int(members.size()))];
                const qint64 d = anyDepartment();
                const QString path = f.orgPath(org, u"/members/%1"_s.arg(m));
                QCOMPARE(f.send(m_editor, "PATCH", path,
                                {{u"department_id"_s, d ? QJsonValue(d) : QJsonValue()}},
                                version(path))
                                 .status,
                         200);
            } else if (op == 5 && !members.isEmpty()) {
                const qint64 m = members.keys()[random.bounded(int(members.size()))];
                const QString path = f.orgPath(org, u"/members/%1"_s.arg(m));
                QCOMPARE(f.send(m_editor, "DELETE", path, {}, version(path)).status, 204);
                free.append(members.take(m));
            }
        }
        QVERIFY(cycles > 0); // the sequence did try to make cycles

        // The truth, from the raw rows.
        QHash<qint64, qint64> parentOf;
        QHash<qint64, qint64> direct;
        QSqlQuery &d = f.db().prepare(
                u"SELECT id, parent_id FROM departments WHERE organization_id = :o"_s);
        d.bindValue(u":o"_s, org);
        f.db().exec(d);
        while (d.next())
            parentOf.insert(d.value(0).toLongLong(), d.value(1).toLongLong());
        d.finish();
        QSqlQuery &m = f.db().prepare(
                u"SELECT department_id FROM organization_members WHERE organization_id = :o"_s);
        m.bindValue(u":o"_s, org);
        f.db().exec(m);
        qint64 memberCount = 0;
        while (m.next()) {
            ++memberCount;
            direct[m.value(0).toLongLong()] += 1;
        }
        m.finish();
        QCOMPARE(QSet<qint64>(departments.begin(), departments.end()),
                 QSet<qint64>(parentOf.keyBegin(), parentOf.keyEnd()));
        QHash<qint64, qint64> total, children;
        QHash<qint64, QString> path;
        for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it) {
            QString p;
            qint64 at = it.key();
            for (int guard = 0; at && guard < 1000; ++guard) {
                p = u"/"_s + QString::number(at) + p;
                total[at] += direct.value(it.key());
                at = parentOf.value(at);
            }
            path.insert(it.key(), p + u'/');
            children[it.value()] += 1;
        }
        QSqlQuery &s = f.db().prepare(
                u"SELECT id, path, depth, direct_members, total_members, child_departments"
                " FROM departments WHERE organization_id = :o"_s);
        s.bindValue(u":o"_s, org);
        f.db().exec(s);
        int checked = 0;
        while (s.next()) {
            const qint64 id = s.value(0).toLongLong();
            QCOMPARE(s.value(1).toString(), path.value(id));
            QCOMPARE(s.value(2).toInt(), int(path.value(id).count(u'/')) - 1);
            QCOMPARE(s.value(3).toLongLong(), direct.value(id));
            QCOMPARE(s.value(4).toLongLong(), total.value(id));
            QCOMPARE(s.value(5).toLongLong(), children.value(id));
            ++checked;
        }
        s.finish();
        QCOMPARE(checked, int(parentOf.size()));
        const QJsonObject o = organization(org);
        QCOMPARE(o.value(u"member_count"_s).toInteger(), memberCount);
        QCOMPARE(o.value(u"department_count"_s).toInteger(), qint64(parentOf.size()));
        QCOMPARE(o.value(u"root"_s).toObject().value(u"direct_members"_s).toInteger(),
                 direct.value(0));
    }

    void theFastWriterSaysWhatTheRecordsSay()
    {
        // The pages are written by NodeJsonWriter; the records' toJson() is the reference.
        const QStringList texts{u""_s,
                                u"星河"_s,
                                u"quote \" and \\ backslash"_s,
                                u"tab\tline\nend\r"_s,
                                QString(QChar(1)) + u"\u001f"_s,
                                u"😀 emoji"_s,
                                u"/</script>"_s};
        const QList<qint64> times{0,
                                  1,
                                  86'399'999,
                                  951'782'400'000 /* 2000-02-29 */,
                                  1'795'222'200'123,
                                  4'102'444'799'999 /* 2099-12-31 */};
        QRandomGenerator random(11);
        for (int i = 0; i < 300; ++i) {
            const QString text = texts[random.bounded(int(texts.size()))];
            const qint64 time = times[random.bounded(int(times.size()))];
            DepartmentNode d;
            d.id = random.bounded(1, 1'000'000);
            d.parentId = i % 3 ? random.bounded(1, 1000) : 0;
            d.name = text;
            d.sortKey = random.bounded(1000);
            d.depth = random.bounded(1, 30);
            d.directMembers = random.bounded(100000);
            d.totalMembers = d.directMembers * 2;
            d.childDepartments = random.bounded(50);
            d.createdAt = time;
            d.version = random.bounded(1, 99);
            MemberNode m;
            m.id = d.id + 1;
            m.accountId = random.bounded(1, 1'000'000);
            m.departmentId = i % 2 ? d.id : 0;
            m.role = MemberRole(random.bounded(3));
            m.title = texts[random.bounded(int(texts.size()))];
            m.displayName = text;
            m.nameLatin = i % 4 ? u"Zhang Wei"_s : QString();
            m.username = texts[random.bounded(int(texts.size()))];
            m.emailMasked = i % 5 ? u"z***@example.com"_s : QString();
            m.mobileMasked = i % 6 ? u"138****5678"_s : QString();
            m.accountStatus = u"active"_s;
            m.joinedAt = times[random.bounded(int(times.size()))];
            m.version = 3;
            m.hasPath = i % 2;
            for (int k = 0; k < i % 4; ++k)
                m.path.append({k + 1, texts[random.bounded(int(texts.size()))]});
            m.hasMemberships = i % 3 == 0;
            if (m.hasMemberships)
                m.memberships.append({5, text, OrganizationType::Corporate, 9, MemberRole::Owner});
            OrganizationSummary o;
            o.id = 4;
            o.name = text;
            o.type = i % 2 ? OrganizationType::Corporate : OrganizationType::Individual;
            o.memberLimit = i % 2 ? 0 : 5;
            o.memberCount = 3;
            o.ownerName = texts[random.bounded(int(texts.size()))];
            o.ownerMemberId = i % 4 ? 17 : 0;
            o.createdAt = time;
            o.updatedAt = i % 2 ? time : 0;
            o.rootMembers = i % 3 ? -1 : 2;
            o.rootDepartments = 1;
            NodeJsonWriter w;
            w.beginArray();
            w.department(d);
            w.member(m);
            w.organization(o);
            w.endArray();
            QJsonParseError error;
            const QJsonArray parsed = QJsonDocument::fromJson(w.take(), &error).array();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(parsed.at(0).toObject(), d.toJson());
            QCOMPARE(parsed.at(1).toObject(), m.toJson());
            QCOMPARE(parsed.at(2).toObject(), o.toJson());
        }
    }

private:
    static int FixtureEtag(const HttpReply &r) { return OrganizationFixture::etag(r); }
};

QTEST_GUILESS_MAIN(TestServerOrganizations)
#include "tst_server_organizations.moc"
