// The rules of organization edits: If-Match on every edit (missing → 428 with
// nothing changed, stale → 412 with the record as it is), no cycles, a
// non-empty department deleted only with a target, the member limit of
// individual teams, one owner changed only by a transfer, unique sibling
// names, references into other organizations refused; every successful edit
// audited once with names, refusals not at all; bad input of every kind a 4xx,
// never a 5xx.
#include "tst_server_organizations_fixture.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

class TestServerOrganizationRules : public QObject
{
    Q_OBJECT

private:
    OrganizationFixture f;
    QString m_editor;
    QString m_reader;
    qint64 m_org = 0;
    qint64 m_other = 0;   // another organization of the same platform organization
    qint64 m_foreign = 0; // an organization of platform organization 2
    qint64 m_foreignAccount = 0;
    qint64 m_foreignDepartment = 0;
    QList<qint64> m_accounts;

    QJsonObject get(const QString &path) { return f.get(m_reader, path).json(); }
    int version(const QString &path) { return OrganizationFixture::etag(f.get(m_reader, path)); }
    qint64 treeVersion(qint64 org)
    {
        return get(f.orgPath(org)).value(u"tree_version"_s).toInteger();
    }
    qint64 auditCount()
    {
        QSqlQuery &q = f.db().prepare(
                u"SELECT COUNT(*) FROM audit_log WHERE action LIKE 'organization.%'"_s);
        f.db().exec(q);
        q.next();
        const qint64 n = q.value(0).toLongLong();
        q.finish();
        return n;
    }
    AuditEntry lastAudit() { return f.server().auditRows().last(); }

    qint64 createDepartment(qint64 org, const QString &name, qint64 parent = 0)
    {
        const int v = parent ? version(f.orgPath(org, u"/departments/%1"_s.arg(parent)))
                             : version(f.orgPath(org));
        const HttpReply r = f.send(
                m_editor, "POST", f.orgPath(org, u"/departments"_s),
                {{u"name"_s, name}, {u"parent_id"_s, parent ? QJsonValue(parent) : QJsonValue()}},
                v);
        if (r.status != 201)
            qWarning().noquote() << r.status << r.body;
        return r.json().value(u"id"_s).toInteger();
    }
    qint64 addMember(qint64 org, qint64 account, qint64 department = 0)
    {
        const int v = department ? version(f.orgPath(org, u"/departments/%1"_s.arg(department)))
                                 : version(f.orgPath(org));
        const HttpReply r =
                f.send(m_editor, "POST", f.orgPath(org, u"/members"_s),
                       {{u"account_id"_s, account},
                        {u"department_id"_s, department ? QJsonValue(department) : QJsonValue()}},
                       v);
        if (r.status != 201)
            qWarning().noquote() << r.status << r.body;
        return r.json().value(u"id"_s).toInteger();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(f.start());
        m_editor = f.signIn(u"orgadmin"_s);
        m_reader = f.signIn(u"support"_s);
        for (int i = 0; i < 12; ++i)
            m_accounts.append(
                    f.addAccount(1, u"孙%1"_s.arg(i), u"Sun %1"_s.arg(i), u"sun%1"_s.arg(i)));
        m_org = f.addOrganization(1, u"规则科技"_s, true, 0, m_accounts[0]);
        m_other = f.addOrganization(1, u"别家公司"_s, true, 0, m_accounts[1]);
        m_foreignAccount = f.addAccount(2, u"Ada Lane"_s, u"Ada Lane"_s, u"adalane"_s);
        m_foreign = f.addOrganization(2, u"Lane & Co"_s, true, 0, m_foreignAccount);
        // A department of the foreign organization, made by its own administrator.
        const QString oliver = f.signIn(u"oliver.smith"_s, 2);
        const HttpReply r = f.send(oliver, "POST", f.orgPath(m_foreign, u"/departments"_s),
                                   {{u"name"_s, u"Ops"_s}},
                                   OrganizationFixture::etag(f.get(oliver, f.orgPath(m_foreign))));
        QCOMPARE(r.status, 201);
        m_foreignDepartment = r.json().value(u"id"_s).toInteger();
    }

    void everyEditNeedsIfMatch()
    {
        const qint64 a = createDepartment(m_org, u"甲"_s);
        const qint64 member = addMember(m_org, m_accounts[2], a);
        QVERIFY(a && member);
        const qint64 before = treeVersion(m_org);
        const qint64 audits = auditCount();
        const QList<std::tuple<QByteArray, QString, QJsonObject>> edits{
                {"POST", u"/departments"_s, {{u"name"_s, u"乙"_s}}},
                {"PATCH", u"/departments/%1"_s.arg(a), {{u"name"_s, u"甲二"_s}}},
                {"DELETE", u"/departments/%1?move_to=root"_s.arg(a), {}},
                {"POST", u"/members"_s, {{u"account_id"_s, m_accounts[3]}}},
                {"PATCH", u"/members/%1"_s.arg(member), {{u"role"_s, u"administrator"_s}}},
                {"DELETE", u"/members/%1"_s.arg(member), {}},
                {"POST", u"/transfer-ownership"_s, {{u"member_id"_s, member}}},
        };
        for (const auto &[method, rest, body] : edits) {
            const HttpReply missing = f.send(m_editor, method, f.orgPath(m_org, rest), body);
            QCOMPARE(missing.status, 428);
            QCOMPARE(missing.code(), u"precondition_required"_s);
            // Something that is no version at all is a failed precondition too.
            expectMalformedIfMatchRefused(method, rest, body);
        }
        QCOMPARE(treeVersion(m_org), before);
        QCOMPARE(auditCount(), audits);
    }

    void aStaleIfMatchGetsTheCurrentState()
    {
        const qint64 d = createDepartment(m_org, u"丙"_s);
        const QString path = f.orgPath(m_org, u"/departments/%1"_s.arg(d));
        QCOMPARE(f.send(m_editor, "PATCH", path, {{u"name"_s, u"丙一"_s}}, 1).status, 200);
        const HttpReply stale = f.send(m_editor, "PATCH", path, {{u"name"_s, u"丙二"_s}}, 1);
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.code(), u"precondition_failed"_s);
        const QJsonObject current = stale.json().value(u"current"_s).toObject();
        QCOMPARE(current.value(u"name"_s).toString(), u"丙一"_s);
        QCOMPARE(current.value(u"version"_s).toInt(), 2);
        QCOMPARE(OrganizationFixture::etag(stale), 2);
        QCOMPARE(get(path).value(u"name"_s).toString(), u"丙一"_s);

        // A member: the record with its path.
        const qint64 m = addMember(m_org, m_accounts[4], d);
        const QString memberPath = f.orgPath(m_org, u"/members/%1"_s.arg(m));
        QCOMPARE(f.send(m_editor, "PATCH", memberPath, {{u"title"_s, u"工程师"_s}}, 1).status, 200);
        const HttpReply staleMember = f.send(m_editor, "DELETE", memberPath, {}, 1);
        QCOMPARE(staleMember.status, 412);
        const QJsonObject currentMember = staleMember.json().value(u"current"_s).toObject();
        QCOMPARE(currentMember.value(u"title"_s).toString(), u"工程师"_s);
        QCOMPARE(currentMember.value(u"path"_s).toArray().size(), 1);
        QCOMPARE(f.get(m_reader, memberPath).status, 200);

        // Creating under a department checks the department's version; at the top level
        // and for the transfer, the organization's.
        const HttpReply under = f.send(m_editor, "POST", f.orgPath(m_org, u"/departments"_s),
                                       {{u"name"_s, u"丁"_s}, {u"parent_id"_s, d}}, 1);
        QCOMPARE(under.status, 412);
        QCOMPARE(under.json().value(u"current"_s).toObject().value(u"id"_s).toInteger(), d);
        const int orgVersion = version(f.orgPath(m_org));
        const HttpReply top = f.send(m_editor, "POST", f.orgPath(m_org, u"/departments"_s),
                                     {{u"name"_s, u"丁"_s}}, orgVersion + 1);
        QCOMPARE(top.status, 412);
        QCOMPARE(top.json().value(u"current"_s).toObject().value(u"id"_s).toInteger(), m_org);
    }

    void departmentsNeverFormACycle()
    {
        const qint64 a = createDepartment(m_org, u"环A"_s);
        const qint64 b = createDepartment(m_org, u"环B"_s, a);
        const qint64 c = createDepartment(m_org, u"环C"_s, b);
        const qint64 before = treeVersion(m_org);
        for (qint64 target : {a, b, c}) {
            const QString path = f.orgPath(m_org, u"/departments/%1"_s.arg(a));
            const HttpReply r =
                    f.send(m_editor, "PATCH", path, {{u"parent_id"_s, target}}, version(path));
            QCOMPARE(r.status, 409);
            QCOMPARE(r.code(), u"department_cycle"_s);
        }
        // Deleting B into C (inside B) is the same mistake.
        const QString bPath = f.orgPath(m_org, u"/departments/%1"_s.arg(b));
        const HttpReply del =
                f.send(m_editor, "DELETE", bPath + u"?move_to=%1"_s.arg(c), {}, version(bPath));
        QCOMPARE(del.status, 409);
        QCOMPARE(del.code(), u"department_cycle"_s);
        QCOMPARE(treeVersion(m_org), before);
        // Moving C up to A's level is fine.
        const QString cPath = f.orgPath(m_org, u"/departments/%1"_s.arg(c));
        QCOMPARE(f.send(m_editor, "PATCH", cPath, {{u"parent_id"_s, a}}, version(cPath)).status,
                 200);
        // A department of another organization is no parent here.
        const HttpReply foreign = f.send(m_editor, "PATCH", cPath,
                                         {{u"parent_id"_s, m_foreignDepartment}}, version(cPath));
        QCOMPARE(foreign.status, 400);
        QCOMPARE(foreign.json()
                         .value(u"errors"_s)
                         .toArray()
                         .first()
                         .toObject()
                         .value(u"code"_s)
                         .toString(),
                 u"unknown_reference"_s);
    }

    void aNonEmptyDepartmentNeedsATarget()
    {
        const qint64 a = createDepartment(m_org, u"满A"_s);
        createDepartment(m_org, u"满B"_s, a);
        addMember(m_org, m_accounts[5], a);
        const QString path = f.orgPath(m_org, u"/departments/%1"_s.arg(a));
        const HttpReply refused = f.send(m_editor, "DELETE", path, {}, version(path));
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.code(), u"department_not_empty"_s);
        QCOMPARE(refused.json().value(u"direct_members"_s).toInteger(), 1);
        QCOMPARE(refused.json().value(u"child_departments"_s).toInteger(), 1);
        QCOMPARE(f.get(m_reader, path).status, 200);
        for (const QString &bad : {u"abc"_s, u"0"_s, u"-3"_s, u""_s}) {
            const HttpReply r =
                    f.send(m_editor, "DELETE", path + u"?move_to="_s + bad, {}, version(path));
            QCOMPARE(r.status, 400);
        }
        const HttpReply foreign =
                f.send(m_editor, "DELETE", path + u"?move_to=%1"_s.arg(m_foreignDepartment), {},
                       version(path));
        QCOMPARE(foreign.status, 400);
        const HttpReply moved =
                f.send(m_editor, "DELETE", path + u"?move_to=root"_s, {}, version(path));
        QCOMPARE(moved.status, 200);
        QVERIFY(moved.json().value(u"moved_to"_s).isNull());
        QCOMPARE(moved.json().value(u"moved_members"_s).toInteger(), 1);
    }

    void siblingNamesAreUnique()
    {
        const qint64 a = createDepartment(m_org, u"名A"_s);
        const qint64 b = createDepartment(m_org, u"名B"_s);
        createDepartment(m_org, u"同名"_s, a);
        const qint64 twin = createDepartment(m_org, u"同名"_s, b); // another parent: fine
        QVERIFY(twin);
        const HttpReply dup = f.send(m_editor, "POST", f.orgPath(m_org, u"/departments"_s),
                                     {{u"name"_s, u"同名"_s}, {u"parent_id"_s, a}},
                                     version(f.orgPath(m_org, u"/departments/%1"_s.arg(a))));
        QCOMPARE(dup.status, 409);
        QCOMPARE(dup.code(), u"department_name_taken"_s);
        const QString twinPath = f.orgPath(m_org, u"/departments/%1"_s.arg(twin));
        const HttpReply move =
                f.send(m_editor, "PATCH", twinPath, {{u"parent_id"_s, a}}, version(twinPath));
        QCOMPARE(move.code(), u"department_name_taken"_s);
        const HttpReply rename = f.send(
                m_editor, "PATCH", f.orgPath(m_org, u"/departments/%1"_s.arg(b)),
                {{u"name"_s, u"名A"_s}}, version(f.orgPath(m_org, u"/departments/%1"_s.arg(b))));
        QCOMPARE(rename.code(), u"department_name_taken"_s);
    }

    void individualTeamsKeepTheirMemberLimit()
    {
        const qint64 team = f.addOrganization(1, u"孙的团队"_s, false, 3, m_accounts[6]);
        QVERIFY(addMember(team, m_accounts[7]));
        QVERIFY(addMember(team, m_accounts[8]));
        const HttpReply full = f.send(m_editor, "POST", f.orgPath(team, u"/members"_s),
                                      {{u"account_id"_s, m_accounts[9]}}, version(f.orgPath(team)));
        QCOMPARE(full.status, 409);
        QCOMPARE(full.code(), u"member_limit_reached"_s);
        QCOMPARE(full.json().value(u"member_limit"_s).toInteger(), 3);
        QCOMPARE(full.json().value(u"member_count"_s).toInteger(), 3);
        QCOMPARE(get(f.orgPath(team)).value(u"member_count"_s).toInteger(), 3);
        // Enterprise verification lifts the limit (what the decision's Provisioner does).
        f.server().exec(u"UPDATE organizations SET org_type = 'corporate', member_limit = NULL,"
                        " version = version + 1 WHERE id = %1"_s.arg(team));
        QVERIFY(addMember(team, m_accounts[9]));
        QCOMPARE(get(f.orgPath(team)).value(u"member_count"_s).toInteger(), 4);
    }

    void membershipsAreUniqueAndLocal()
    {
        const HttpReply twice =
                f.send(m_editor, "POST", f.orgPath(m_org, u"/members"_s),
                       {{u"account_id"_s, m_accounts[0]}}, version(f.orgPath(m_org)));
        QCOMPARE(twice.status, 409);
        QCOMPARE(twice.code(), u"already_member"_s);
        QVERIFY(twice.json().value(u"member_id"_s).toInteger() > 0);
        for (qint64 account : {m_foreignAccount, qint64(999999)}) {
            const HttpReply r = f.send(m_editor, "POST", f.orgPath(m_org, u"/members"_s),
                                       {{u"account_id"_s, account}}, version(f.orgPath(m_org)));
            QCOMPARE(r.status, 400);
            QCOMPARE(r.json().value(u"errors"_s)
                             .toArray()
                             .first()
                             .toObject()
                             .value(u"field"_s)
                             .toString(),
                     u"account_id"_s);
        }
        const qint64 otherDepartment = createDepartment(m_other, u"别处"_s);
        const HttpReply r =
                f.send(m_editor, "POST", f.orgPath(m_org, u"/members"_s),
                       {{u"account_id"_s, m_accounts[10]}, {u"department_id"_s, otherDepartment}},
                       version(f.orgPath(m_org)));
        QCOMPARE(r.status, 400);
        // A member of another organization is not found through this one.
        const qint64 otherMember = addMember(m_other, m_accounts[10]);
        QCOMPARE(f.get(m_reader, f.orgPath(m_org, u"/members/%1"_s.arg(otherMember))).status, 404);
        QCOMPARE(f.send(m_editor, "DELETE", f.orgPath(m_org, u"/members/%1"_s.arg(otherMember)), {},
                        1)
                         .status,
                 404);
    }

    void theOwnerChangesOnlyByATransfer()
    {
        const QJsonObject record = get(f.orgPath(m_org));
        const qint64 ownerAccount =
                record.value(u"owner"_s).toObject().value(u"account_id"_s).toInteger();
        QSqlQuery &q =
                f.db().prepare(u"SELECT id FROM organization_members WHERE organization_id = :o"
                               " AND account_id = :a"_s);
        q.bindValue(u":o"_s, m_org);
        q.bindValue(u":a"_s, ownerAccount);
        f.db().exec(q);
        q.next();
        const qint64 owner = q.value(0).toLongLong();
        q.finish();
        const QString ownerPath = f.orgPath(m_org, u"/members/%1"_s.arg(owner));

        const HttpReply addOwner =
                f.send(m_editor, "POST", f.orgPath(m_org, u"/members"_s),
                       {{u"account_id"_s, m_accounts[11]}, {u"role"_s, u"owner"_s}},
                       version(f.orgPath(m_org)));
        QCOMPARE(addOwner.code(), u"owner_transfer_required"_s);
        QCOMPARE(
                f.send(m_editor, "PATCH", ownerPath, {{u"role"_s, u"member"_s}}, version(ownerPath))
                        .code(),
                u"owner_transfer_required"_s);
        QCOMPARE(f.send(m_editor, "DELETE", ownerPath, {}, version(ownerPath)).code(),
                 u"owner_transfer_required"_s);
        const qint64 next = addMember(m_org, m_accounts[11]);
        const QString nextPath = f.orgPath(m_org, u"/members/%1"_s.arg(next));
        QCOMPARE(f.send(m_editor, "PATCH", nextPath, {{u"role"_s, u"owner"_s}}, version(nextPath))
                         .code(),
                 u"owner_transfer_required"_s);
        QCOMPARE(f.send(m_editor, "PATCH", nextPath, {{u"role"_s, u"king"_s}}, version(nextPath))
                         .status,
                 400);

        const int orgVersion = version(f.orgPath(m_org));
        const HttpReply transfer =
                f.send(m_editor, "POST", f.orgPath(m_org, u"/transfer-ownership"_s),
                       {{u"member_id"_s, next}}, orgVersion);
        QCOMPARE(transfer.status, 200);
        QCOMPARE(transfer.json().value(u"owner"_s).toObject().value(u"account_id"_s).toInteger(),
                 m_accounts[11]);
        QCOMPARE(OrganizationFixture::etag(transfer), orgVersion + 1);
        QCOMPARE(get(nextPath).value(u"role"_s).toString(), u"owner"_s);
        QCOMPARE(get(ownerPath).value(u"role"_s).toString(), u"administrator"_s);
        const AuditEntry audit = lastAudit();
        QCOMPARE(audit.action, u"organization.ownership_transfer"_s);
        QCOMPARE(audit.targetName, u"规则科技"_s);
        QCOMPARE(audit.before.value(u"owner"_s).toString(), u"孙0"_s);
        QCOMPARE(audit.after.value(u"owner"_s).toString(), u"孙11"_s);
        // The former owner may now be removed; the new one may not; the same transfer again is
        // refused.
        QCOMPARE(f.send(m_editor, "DELETE", nextPath, {}, version(nextPath)).code(),
                 u"owner_transfer_required"_s);
        const HttpReply again = f.send(m_editor, "POST", f.orgPath(m_org, u"/transfer-ownership"_s),
                                       {{u"member_id"_s, next}}, orgVersion + 1);
        QCOMPARE(again.status, 400);
        const HttpReply stale = f.send(m_editor, "POST", f.orgPath(m_org, u"/transfer-ownership"_s),
                                       {{u"member_id"_s, owner}}, orgVersion);
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.json()
                         .value(u"current"_s)
                         .toObject()
                         .value(u"owner"_s)
                         .toObject()
                         .value(u"display_name"_s)
                         .toString(),
                 u"孙11"_s);
        QCOMPARE(transfer.json().value(u"owner"_s).toObject().value(u"member_id"_s).toInteger(),
                 next);

        // Back again (a console's undo): the member made owner gets their role back.
        const HttpReply ownerRole = f.send(
                m_editor, "POST", f.orgPath(m_org, u"/transfer-ownership"_s),
                {{u"member_id"_s, owner}, {u"former_owner_role"_s, u"owner"_s}}, orgVersion + 1);
        QCOMPARE(ownerRole.status, 400);
        const HttpReply back = f.send(
                m_editor, "POST", f.orgPath(m_org, u"/transfer-ownership"_s),
                {{u"member_id"_s, owner}, {u"former_owner_role"_s, u"member"_s}}, orgVersion + 1);
        QCOMPARE(back.status, 200);
        QCOMPARE(back.json().value(u"owner"_s).toObject().value(u"member_id"_s).toInteger(), owner);
        QCOMPARE(get(ownerPath).value(u"role"_s).toString(), u"owner"_s);
        QCOMPARE(get(nextPath).value(u"role"_s).toString(), u"member"_s);
        QCOMPARE(lastAudit().before.value(u"owner_becomes"_s).toString(), u"member"_s);
        QCOMPARE(f.send(m_editor, "POST", f.orgPath(m_org, u"/transfer-ownership"_s),
                        {{u"member_id"_s, next}}, orgVersion + 2)
                         .status,
                 200);
        QCOMPARE(f.send(m_editor, "DELETE", ownerPath, {}, version(ownerPath)).status, 204);
    }

    void everyEditIsAuditedOnceWithNames()
    {
        const qint64 before = auditCount();
        const qint64 a = createDepartment(m_org, u"审计部"_s);
        AuditEntry e = lastAudit();
        QCOMPARE(e.action, u"organization.department_create"_s);
        QCOMPARE(e.targetType, u"department"_s);
        QCOMPARE(e.targetName, u"审计部"_s);
        QCOMPARE(e.actorName, u"刘洋"_s);
        QCOMPARE(e.actorRole, u"organization_administrator"_s);
        QCOMPARE(e.after.value(u"organization"_s).toString(), u"规则科技"_s);
        const qint64 b = createDepartment(m_org, u"审计一组"_s, a);
        QCOMPARE(lastAudit().after.value(u"parent"_s).toString(), u"审计部"_s);
        const qint64 c = createDepartment(m_org, u"审计二组"_s);

        const QString bPath = f.orgPath(m_org, u"/departments/%1"_s.arg(b));
        QCOMPARE(f.send(m_editor, "PATCH", bPath, {{u"parent_id"_s, c}}, version(bPath)).status,
                 200);
        e = lastAudit();
        QCOMPARE(e.action, u"organization.department_move"_s);
        QCOMPARE(e.before.value(u"parent"_s).toString(), u"审计部"_s);
        QCOMPARE(e.after.value(u"parent"_s).toString(), u"审计二组"_s);
        QCOMPARE(f.send(m_editor, "PATCH", bPath, {{u"name"_s, u"审计三组"_s}}, version(bPath))
                         .status,
                 200);
        e = lastAudit();
        QCOMPARE(e.action, u"organization.department_rename"_s);
        QCOMPARE(e.before.value(u"name"_s).toString(), u"审计一组"_s);
        QCOMPARE(e.after.value(u"name"_s).toString(), u"审计三组"_s);

        const qint64 m = addMember(m_org, m_accounts[3], b);
        e = lastAudit();
        QCOMPARE(e.action, u"organization.member_add"_s);
        QCOMPARE(e.targetName, u"孙3"_s);
        QCOMPARE(e.after.value(u"department"_s).toString(), u"审计三组"_s);
        const QString mPath = f.orgPath(m_org, u"/members/%1"_s.arg(m));
        QCOMPARE(f.send(m_editor, "PATCH", mPath, {{u"department_id"_s, a}}, version(mPath)).status,
                 200);
        e = lastAudit();
        QCOMPARE(e.action, u"organization.member_move"_s);
        QCOMPARE(e.before.value(u"department"_s).toString(), u"审计三组"_s);
        QCOMPARE(e.after.value(u"department"_s).toString(), u"审计部"_s);
        QCOMPARE(f.send(m_editor, "PATCH", mPath, {{u"role"_s, u"administrator"_s}}, version(mPath))
                         .status,
                 200);
        e = lastAudit();
        QCOMPARE(e.action, u"organization.member_role"_s);
        QCOMPARE(e.before.value(u"role"_s).toString(), u"member"_s);
        QCOMPARE(e.after.value(u"role"_s).toString(), u"administrator"_s);

        const QString cPath = f.orgPath(m_org, u"/departments/%1"_s.arg(c));
        QCOMPARE(f.send(m_editor, "DELETE", cPath + u"?move_to=%1"_s.arg(a), {}, version(cPath))
                         .status,
                 200);
        e = lastAudit();
        QCOMPARE(e.action, u"organization.department_delete"_s);
        QCOMPARE(e.targetName, u"审计二组"_s);
        QCOMPARE(e.after.value(u"moved_to"_s).toString(), u"审计部"_s);
        QCOMPARE(e.after.value(u"moved_departments"_s).toInteger(), 1);
        QCOMPARE(f.send(m_editor, "DELETE", mPath, {}, version(mPath)).status, 204);
        e = lastAudit();
        QCOMPARE(e.action, u"organization.member_remove"_s);
        QCOMPARE(e.before.value(u"department"_s).toString(), u"审计部"_s);
        QCOMPARE(e.before.value(u"role"_s).toString(), u"administrator"_s);
        QCOMPARE(auditCount(), before + 10);
        // Refusals write nothing.
        f.send(m_editor, "PATCH", bPath, {{u"parent_id"_s, b}}, version(bPath));
        f.send(m_editor, "PATCH", bPath, {{u"name"_s, u"x"_s}}, 99);
        f.send(m_editor, "PATCH", bPath, {{u"name"_s, 7}}, version(bPath));
        QCOMPARE(auditCount(), before + 10);
        // Every row carries the request id and the chain holds.
        for (const AuditEntry &row : f.server().auditRows())
            QVERIFY(!row.requestId.isEmpty());
        const QJsonObject verify = f.get(f.signIn(u"auditor"_s), u"/api/v1/audit/verify"_s).json();
        QVERIFY(verify.value(u"intact"_s).toBool());
        // Support agents read but never edit.
        QCOMPARE(f.send(m_reader, "PATCH", bPath, {{u"name"_s, u"x"_s}}, version(bPath)).code(),
                 u"permission_denied"_s);
    }

    void badInputIsA4xxNeverA5xx()
    {
        const qint64 d = createDepartment(m_org, u"输入部"_s);
        const qint64 m = addMember(m_org, f.addAccount(1, u"周输入"_s, {}, u"zhouinput"_s), d);
        QVERIFY(m);
        const QString dept = u"/departments/%1"_s.arg(d);
        const QString member = u"/members/%1"_s.arg(m);
        const QList<std::tuple<QByteArray, QString, QJsonObject>> bodies{
                {"POST", u"/departments"_s, {}},
                {"POST", u"/departments"_s, {{u"name"_s, 5}}},
                {"POST", u"/departments"_s, {{u"name"_s, u"  "_s}}},
                {"POST", u"/departments"_s, {{u"name"_s, QString(101, u'部')}}},
                {"POST", u"/departments"_s, {{u"name"_s, u"a\nb"_s}}},
                {"POST", u"/departments"_s, {{u"name"_s, u"x"_s}, {u"parent_id"_s, u"1"_s}}},
                {"POST", u"/departments"_s, {{u"name"_s, u"x"_s}, {u"parent_id"_s, 1.5}}},
                {"POST", u"/departments"_s, {{u"name"_s, u"x"_s}, {u"parent_id"_s, -4}}},
                {"POST", u"/departments"_s, {{u"name"_s, u"x"_s}, {u"sort_key"_s, -1}}},
                {"POST", u"/departments"_s, {{u"name"_s, u"x"_s}, {u"sort_key"_s, 1e15}}},
                {"POST", u"/departments"_s, {{u"name"_s, u"x"_s}, {u"colour"_s, u"red"_s}}},
                {"POST", u"/departments"_s, {{u"name"_s, u"x"_s}, {u"total_members"_s, 9}}},
                {"POST", u"/departments"_s, {{u"name"_s, u"x"_s}, {u"id"_s, 9}}},
                {"PATCH", dept, {}},
                {"PATCH", dept, {{u"name"_s, u""_s}}},
                {"PATCH", dept, {{u"version"_s, 3}}},
                {"PATCH", dept, {{u"parent_id"_s, QJsonArray{1}}}},
                {"POST", u"/members"_s, {}},
                {"POST", u"/members"_s, {{u"account_id"_s, u"5"_s}}},
                {"POST", u"/members"_s, {{u"account_id"_s, 0}}},
                {"POST", u"/members"_s, {{u"account_id"_s, m_accounts[6]}, {u"role"_s, 3}}},
                {"POST",
                 u"/members"_s,
                 {{u"account_id"_s, m_accounts[6]}, {u"title"_s, QJsonObject{}}}},
                {"POST",
                 u"/members"_s,
                 {{u"account_id"_s, m_accounts[6]}, {u"email"_s, u"a@b.c"_s}}},
                {"PATCH", member, {}},
                {"PATCH", member, {{u"department_id"_s, true}}},
                {"PATCH", member, {{u"joined_at"_s, u"2026"_s}}},
                {"POST", u"/transfer-ownership"_s, {}},
                {"POST", u"/transfer-ownership"_s, {{u"member_id"_s, u"x"_s}}},
                {"POST", u"/transfer-ownership"_s, {{u"owner_account_id"_s, 1}}},
        };
        const qint64 tree = treeVersion(m_org);
        for (const auto &[method, rest, body] : bodies) {
            const QString path = f.orgPath(m_org, rest);
            const int v = rest.startsWith(u"/departments/"_s) || rest.startsWith(u"/members/"_s)
                    ? version(path)
                    : version(f.orgPath(m_org));
            const HttpReply r = f.send(m_editor, method, path, body, v);
            QVERIFY2(r.status == 400,
                     qPrintable(
                             QString::fromLatin1(method) + u' ' + rest + u' '
                             + QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact))
                             + u" → "_s + QString::number(r.status)));
            QCOMPARE(r.code(), u"validation_failed"_s);
        }
        QCOMPARE(treeVersion(m_org), tree);

        // Bodies that are not JSON objects, and heads that are wrong.
        f.client().setBearer(m_editor);
        const HttpTestClient::Headers ifMatch{{"If-Match", "\"1\""}};
        const QString create = f.orgPath(m_org, u"/departments"_s);
        QCOMPARE(f.client().send("POST", create, "{\"name\":", "application/json", ifMatch).code(),
                 u"malformed_json"_s);
        QCOMPARE(f.client().send("POST", create, "[1]", "application/json", ifMatch).code(),
                 u"malformed_json"_s);
        QCOMPARE(f.client()
                         .send("POST", create, "{\"name\":\"a\",\"name\":\"b\"}",
                               "application/json", ifMatch)
                         .code(),
                 u"duplicate_key"_s);
        QCOMPARE(f.client()
                         .send("POST", create, "name=a", "application/x-www-form-urlencoded",
                               ifMatch)
                         .status,
                 415);
        QCOMPARE(f.client()
                         .send("POST", create, "{}", "application/json", {{"If-Match", "\"abc\""}})
                         .status,
                 412);
        f.client().setBearer({});

        // Ids in the path that are no ids, query parameters that are wrong.
        for (const QString &id :
             {u"abc"_s, u"0"_s, u"-1"_s, u"1.5"_s, u"99999999999999999999"_s, u"%00"_s}) {
            QCOMPARE(f.get(m_reader, u"/api/v1/organizations/"_s + id).status, 404);
            QCOMPARE(f.get(m_reader, f.orgPath(m_org, u"/departments/"_s + id)).status, 404);
            QCOMPARE(f.get(m_reader, f.orgPath(m_org, u"/members/"_s + id)).status, 404);
            QCOMPARE(f.send(m_editor, "PATCH", f.orgPath(m_org, u"/members/"_s + id),
                            {{u"title"_s, u"x"_s}}, 1)
                             .status,
                     404);
        }
        for (const QString &query :
             {u"/children?limit=abc"_s, u"/children?limit=-1"_s, u"/children?parent=-2"_s,
              u"/children?cursor=%FF%FE"_s, u"/children?cursor=WyJtIiwiYSJd"_s,
              u"/changes?since=abc"_s, u"/changes?since=1&limit=0"_s, u"/members/search?q=%01"_s,
              u"/members/search?q=a&limit=x"_s}) {
            const HttpReply r = f.get(m_reader, f.orgPath(m_org, query));
            QVERIFY2(r.status == 400, qPrintable(query + u" → "_s + QString::number(r.status)));
        }
        QCOMPARE(f.get(m_reader, u"/api/v1/organizations?limit=0"_s).status, 400);
        QCOMPARE(f.get(m_reader, u"/api/v1/organizations?q="_s + QString(101, u'x')).status, 400);

        // Random bytes and random JSON at every write route: refused, never a crash.
        QRandomGenerator random(7);
        const QStringList writes{create, f.orgPath(m_org, dept), f.orgPath(m_org, u"/members"_s),
                                 f.orgPath(m_org, member),
                                 f.orgPath(m_org, u"/transfer-ownership"_s)};
        const QStringList keys{
                u"name"_s, u"parent_id"_s, u"sort_key"_s,  u"account_id"_s, u"department_id"_s,
                u"role"_s, u"title"_s,     u"member_id"_s, u"id"_s,         u"x"_s};
        f.client().setBearer(m_editor);
        for (int i = 0; i < 400; ++i) {
            const QString path = writes[i % writes.size()];
            const QByteArray method = path.endsWith(u"/departments"_s)
                            || path.endsWith(u"/members"_s) || path.endsWith(u"ownership"_s)
                    ? "POST"
                    : "PATCH";
            QByteArray body;
            if (i % 3 == 0) {
                body.resize(random.bounded(1, 64));
                for (char &c : body)
                    c = char(random.bounded(256));
            } else {
                QJsonObject o;
                for (int k = 0; k < random.bounded(1, 4); ++k) {
                    const QString key = keys[random.bounded(int(keys.size()))];
                    switch (random.bounded(5)) {
                    case 0:
                        o.insert(key, random.bounded(-5, 100000));
                        break;
                    case 1:
                        o.insert(key,
                                 QString(random.bounded(0, 120), QChar(u'a' + random.bounded(26))));
                        break;
                    case 2:
                        o.insert(key, QJsonValue());
                        break;
                    case 3:
                        o.insert(key, random.generateDouble() * 1e18);
                        break;
                    default:
                        o.insert(key, QJsonArray{key});
                        break;
                    }
                }
                body = QJsonDocument(o).toJson(QJsonDocument::Compact);
            }
            // A stale version: whatever the body, nothing is ever applied.
            const HttpReply r = f.client().send(method, path, body, "application/json",
                                                {{"If-Match", "\"77\""}});
            QVERIFY2(r.status >= 400 && r.status < 500,
                     qPrintable(path + u' ' + QString::fromUtf8(body.toHex()) + u" → "_s
                                + QString::number(r.status)));
        }
        f.client().setBearer({});
        QCOMPARE(treeVersion(m_org), tree);
        QCOMPARE(f.get(m_reader, u"/api/v1/health"_s).status, 200);
    }

private:
    // A version that is not a version: 412, nothing changed.
    void expectMalformedIfMatchRefused(const QByteArray &method, const QString &rest,
                                       const QJsonObject &body)
    {
        f.client().setBearer(m_editor);
        const HttpReply r = f.client().send(
                method, f.orgPath(m_org, rest),
                method == "DELETE" ? QByteArray()
                                   : QJsonDocument(body).toJson(QJsonDocument::Compact),
                method == "DELETE" ? QByteArray() : QByteArray("application/json"),
                {{"If-Match", "\"not-a-version\""}});
        f.client().setBearer({});
        QCOMPARE(r.status, 412);
    }
};

QTEST_GUILESS_MAIN(TestServerOrganizationRules)
#include "tst_server_organizations_rules.moc"
