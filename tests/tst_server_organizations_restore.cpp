// Deleted departments restored (the console's undo of a delete): the department
// comes back where it stood, under a new id, with those of its members and
// sub-departments that are still where the delete put them — counts, paths and
// versions exact; once only; If-Match on the place it returns to; chains of
// deletes undone in reverse order; ids that SQLite hands out again never
// confused with the ones a tombstone remembers; audited once.
#include "tst_server_organizations_fixture.h"

using namespace Qt::StringLiterals;

class TestServerOrganizationRestore : public QObject
{
    Q_OBJECT

private:
    OrganizationFixture f;
    QString m_editor;
    QString m_reader;
    qint64 m_org = 0;
    QList<qint64> m_accounts;
    int m_nextAccount = 0;

    QJsonObject get(const QString &rest) { return f.get(m_reader, f.orgPath(m_org, rest)).json(); }
    QJsonObject department(qint64 id) { return get(u"/departments/%1"_s.arg(id)); }
    QJsonObject member(qint64 id) { return get(u"/members/%1"_s.arg(id)); }
    int placeVersion(qint64 parent)
    {
        return parent ? department(parent).value(u"version"_s).toInt()
                      : f.get(m_reader, f.orgPath(m_org)).json().value(u"version"_s).toInt();
    }
    qint64 createDepartment(const QString &name, qint64 parent = 0)
    {
        const HttpReply r = f.send(
                m_editor, "POST", f.orgPath(m_org, u"/departments"_s),
                {{u"name"_s, name}, {u"parent_id"_s, parent ? QJsonValue(parent) : QJsonValue()}},
                placeVersion(parent));
        if (r.status != 201)
            qWarning().noquote() << r.status << r.body;
        return r.json().value(u"id"_s).toInteger();
    }
    qint64 addMember(qint64 department)
    {
        const qint64 account = m_accounts.at(m_nextAccount++);
        const HttpReply r =
                f.send(m_editor, "POST", f.orgPath(m_org, u"/members"_s),
                       {{u"account_id"_s, account},
                        {u"department_id"_s, department ? QJsonValue(department) : QJsonValue()}},
                       placeVersion(department));
        if (r.status != 201)
            qWarning().noquote() << r.status << r.body;
        return r.json().value(u"id"_s).toInteger();
    }
    // Deletes a department (its contents to moveTo: a department, 0 for the top
    // level, -1 for none); returns the delete's answer.
    QJsonObject remove(qint64 id, qint64 moveTo = -1)
    {
        QString path = f.orgPath(m_org, u"/departments/%1"_s.arg(id));
        const int v = department(id).value(u"version"_s).toInt();
        if (moveTo >= 0)
            path += moveTo ? u"?move_to=%1"_s.arg(moveTo) : u"?move_to=root"_s;
        const HttpReply r = f.send(m_editor, "DELETE", path, {}, v);
        if (r.status != 200)
            qWarning().noquote() << r.status << r.body;
        return r.json();
    }
    HttpReply restore(qint64 deletedId, int version)
    {
        return f.send(m_editor, "POST",
                      f.orgPath(m_org, u"/deleted-departments/%1/restore"_s.arg(deletedId)), {},
                      version);
    }
    QList<qint64> pathIds(qint64 department)
    {
        QList<qint64> ids;
        const QJsonArray path =
                get(u"/departments/%1/path"_s.arg(department)).value(u"path"_s).toArray();
        for (const QJsonValue &step : path)
            ids.append(step.toObject().value(u"id"_s).toInteger());
        return ids;
    }
    qint64 auditCount(const QString &action)
    {
        QSqlQuery &q = f.db().prepare(u"SELECT COUNT(*) FROM audit_log WHERE action = :a"_s);
        q.bindValue(u":a"_s, action);
        f.db().exec(q);
        q.next();
        const qint64 n = q.value(0).toLongLong();
        q.finish();
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(f.start());
        m_editor = f.signIn(u"orgadmin"_s);
        m_reader = f.signIn(u"support"_s);
        for (int i = 0; i < 16; ++i)
            m_accounts.append(
                    f.addAccount(1, u"钱%1"_s.arg(i), u"Qian %1"_s.arg(i), u"qian%1"_s.arg(i)));
        const qint64 owner = f.addAccount(1, u"钱总"_s, {}, u"qianzong"_s);
        m_org = f.addOrganization(1, u"恢复科技"_s, true, 0, owner);
    }

    void aDeletedDepartmentComesBackWithWhatItHeld()
    {
        const qint64 a = createDepartment(u"研发部"_s);
        const qint64 b = createDepartment(u"后端组"_s, a);
        const qint64 target = createDepartment(u"收容部"_s);
        const qint64 m1 = addMember(a);
        const qint64 m2 = addMember(b);
        const qint64 m3 = addMember(a);
        QVERIFY(a && b && target && m1 && m2 && m3);
        const int sortKey = department(a).value(u"sort_key"_s).toInt();

        const QJsonObject deleted = remove(a, target);
        const qint64 deletedId = deleted.value(u"deleted_department_id"_s).toInteger();
        QVERIFY(deletedId > 0);
        QCOMPARE(department(target).value(u"total_members"_s).toInteger(), 3);
        // One of its members moves on before the restore: it stays where it went.
        const QString m3Path = f.orgPath(m_org, u"/members/%1"_s.arg(m3));
        QCOMPARE(f.send(m_editor, "PATCH", m3Path, {{u"department_id"_s, QJsonValue()}},
                        member(m3).value(u"version"_s).toInt())
                         .status,
                 200);

        const qint64 audits = auditCount(u"organization.department_restore"_s);
        const qint64 treeBefore =
                f.get(m_reader, f.orgPath(m_org)).json().value(u"tree_version"_s).toInteger();
        // A stale place version changes nothing; none at all is 428.
        QCOMPARE(restore(deletedId, placeVersion(0) + 1).status, 412);
        QCOMPARE(f.send(m_editor, "POST",
                        f.orgPath(m_org, u"/deleted-departments/%1/restore"_s.arg(deletedId)))
                         .status,
                 428);
        QCOMPARE(f.get(m_reader, f.orgPath(m_org)).json().value(u"tree_version"_s).toInteger(),
                 treeBefore);

        const HttpReply restored = restore(deletedId, placeVersion(0));
        QCOMPARE(restored.status, 201);
        const QJsonObject node = restored.json();
        const qint64 back = node.value(u"id"_s).toInteger();
        QVERIFY(back > 0);
        QCOMPARE(OrganizationFixture::etag(restored), node.value(u"version"_s).toInt());
        QCOMPARE(node.value(u"name"_s).toString(), u"研发部"_s);
        QVERIFY(node.value(u"parent_id"_s).isNull());
        QCOMPARE(node.value(u"sort_key"_s).toInt(), sortKey);
        QCOMPARE(node.value(u"direct_members"_s).toInteger(), 1);
        QCOMPARE(node.value(u"child_departments"_s).toInteger(), 1);
        QCOMPARE(node.value(u"total_members"_s).toInteger(), 2);
        // The versions of what came back, as the server now has them.
        const QJsonArray members =
                node.value(u"returned"_s).toObject().value(u"members"_s).toArray();
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.first().toObject().value(u"id"_s).toInteger(), m1);
        QCOMPARE(members.first().toObject().value(u"version"_s).toInt(),
                 member(m1).value(u"version"_s).toInt());
        const QJsonArray departments =
                node.value(u"returned"_s).toObject().value(u"departments"_s).toArray();
        QCOMPARE(departments.size(), 1);
        QCOMPARE(departments.first().toObject().value(u"version"_s).toInt(),
                 department(b).value(u"version"_s).toInt());

        // Paths, depths and counts on both sides.
        QCOMPARE(pathIds(b), (QList<qint64>{back, b}));
        QCOMPARE(department(b).value(u"depth"_s).toInt(), 2);
        QCOMPARE(department(b).value(u"parent_id"_s).toInteger(), back);
        QCOMPARE(member(m1).value(u"department_id"_s).toInteger(), back);
        QCOMPARE(member(m2).value(u"department_id"_s).toInteger(), b);
        QVERIFY(member(m3).value(u"department_id"_s).isNull());
        const QJsonObject holder = department(target);
        QCOMPARE(holder.value(u"direct_members"_s).toInteger(), 0);
        QCOMPARE(holder.value(u"child_departments"_s).toInteger(), 0);
        QCOMPARE(holder.value(u"total_members"_s).toInteger(), 0);
        // The children page of the top level shows it again.
        bool listed = false;
        const QJsonArray top =
                get(u"/children?parent=root&limit=500"_s).value(u"departments"_s).toArray();
        for (const QJsonValue &v : top)
            listed = listed || v.toObject().value(u"id"_s).toInteger() == back;
        QVERIFY(listed);
        // In the changes feed, once, naming the lists that changed.
        const QJsonArray changes =
                get(u"/changes?since=%1"_s.arg(treeBefore)).value(u"changes"_s).toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().toObject().value(u"action"_s).toString(), u"restored"_s);
        QCOMPARE(changes.first().toObject().value(u"node_id"_s).toInteger(), back);

        QCOMPARE(auditCount(u"organization.department_restore"_s), audits + 1);
        const AuditEntry e = f.server().auditRows().last();
        QCOMPARE(e.targetName, u"研发部"_s);
        QCOMPARE(e.before.value(u"deleted_id"_s).toInteger(), a);
        QCOMPARE(e.before.value(u"contents_at"_s).toString(), u"收容部"_s);
        QCOMPARE(e.after.value(u"restored_members"_s).toInteger(), 1);
        QCOMPARE(e.after.value(u"restored_departments"_s).toInteger(), 1);

        // Once only.
        const HttpReply again = restore(deletedId, placeVersion(0));
        QCOMPARE(again.status, 404);
        QCOMPARE(auditCount(u"organization.department_restore"_s), audits + 1);
    }

    void anEmptyDepartmentComesBackInItsParent()
    {
        const qint64 parent = createDepartment(u"市场部"_s);
        const qint64 child = createDepartment(u"品牌组"_s, parent);
        const qint64 deletedId = remove(child).value(u"deleted_department_id"_s).toInteger();
        QVERIFY(deletedId);
        // Its name taken in the meantime: a clear refusal, nothing changed.
        const qint64 twin = createDepartment(u"品牌组"_s, parent);
        const HttpReply taken = restore(deletedId, placeVersion(parent));
        QCOMPARE(taken.status, 409);
        QCOMPARE(taken.code(), u"department_name_taken"_s);
        remove(twin);
        const HttpReply r = restore(deletedId, placeVersion(parent));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(u"parent_id"_s).toInteger(), parent);
        QCOMPARE(department(parent).value(u"child_departments"_s).toInteger(), 1);
    }

    void deletesUndoneInReverseOrderFollowEachOther()
    {
        // C in P, both deleted, C first; P's contents (C's sub-department) to the top level.
        const qint64 p = createDepartment(u"行政部"_s);
        const qint64 c = createDepartment(u"后勤组"_s, p);
        const qint64 d = createDepartment(u"车队"_s, c);
        const qint64 driver = addMember(d);
        const qint64 cDeleted = remove(c, p).value(u"deleted_department_id"_s).toInteger();
        const qint64 pDeleted = remove(p, 0).value(u"deleted_department_id"_s).toInteger();
        QVERIFY(cDeleted && pDeleted);
        QVERIFY(department(d).value(u"parent_id"_s).isNull());

        // C's place is gone until P is back.
        const HttpReply early = restore(cDeleted, placeVersion(0));
        QCOMPARE(early.status, 409);
        QCOMPARE(early.code(), u"department_parent_gone"_s);

        const HttpReply pBack = restore(pDeleted, placeVersion(0));
        QCOMPARE(pBack.status, 201);
        const qint64 p2 = pBack.json().value(u"id"_s).toInteger();
        QCOMPARE(department(d).value(u"parent_id"_s).toInteger(), p2);
        const HttpReply cBack = restore(cDeleted, placeVersion(p2));
        QCOMPARE(cBack.status, 201);
        const qint64 c2 = cBack.json().value(u"id"_s).toInteger();
        QCOMPARE(cBack.json().value(u"parent_id"_s).toInteger(), p2);
        QCOMPARE(pathIds(d), (QList<qint64>{p2, c2, d}));
        QCOMPARE(department(p2).value(u"total_members"_s).toInteger(), 1);
        QCOMPARE(department(c2).value(u"total_members"_s).toInteger(), 1);
        QCOMPARE(member(driver).value(u"path"_s).toArray().size(), 3);
    }

    void anIdGivenOutAgainIsNotTakenForTheDeletedOne()
    {
        // The newest department deleted; SQLite may give its id to the next one.
        const qint64 first = createDepartment(u"临时部"_s);
        const qint64 firstDeleted = remove(first).value(u"deleted_department_id"_s).toInteger();
        const qint64 second = createDepartment(u"新部门"_s);
        QVERIFY(firstDeleted && second);
        const qint64 inSecond = createDepartment(u"新部门一组"_s, second);
        const qint64 secondDeleted =
                remove(second, 0).value(u"deleted_department_id"_s).toInteger();
        QVERIFY(secondDeleted && secondDeleted != firstDeleted);

        // Each restore brings back its own department, even if the two shared an id.
        const HttpReply r1 = restore(firstDeleted, placeVersion(0));
        QCOMPARE(r1.status, 201);
        QCOMPARE(r1.json().value(u"name"_s).toString(), u"临时部"_s);
        QCOMPARE(r1.json().value(u"child_departments"_s).toInteger(), 0);
        const HttpReply r2 = restore(secondDeleted, placeVersion(0));
        QCOMPARE(r2.status, 201);
        QCOMPARE(r2.json().value(u"name"_s).toString(), u"新部门"_s);
        QCOMPARE(department(inSecond).value(u"parent_id"_s).toInteger(),
                 r2.json().value(u"id"_s).toInteger());

        // A member removed after the delete never comes back (nor one given its id).
        const qint64 team = createDepartment(u"离职部"_s);
        const qint64 leaving = addMember(team);
        const qint64 teamDeleted = remove(team, 0).value(u"deleted_department_id"_s).toInteger();
        const QString leavingPath = f.orgPath(m_org, u"/members/%1"_s.arg(leaving));
        QCOMPARE(f.send(m_editor, "DELETE", leavingPath, {},
                        member(leaving).value(u"version"_s).toInt())
                         .status,
                 204);
        const qint64 newcomer = addMember(0);
        QVERIFY(newcomer);
        const HttpReply r3 = restore(teamDeleted, placeVersion(0));
        QCOMPARE(r3.status, 201);
        QCOMPARE(r3.json().value(u"direct_members"_s).toInteger(), 0);
        QVERIFY(member(newcomer).value(u"department_id"_s).isNull());
    }

    void readersCannotRestore()
    {
        const qint64 gone = createDepartment(u"只读部"_s);
        const qint64 deletedId = remove(gone).value(u"deleted_department_id"_s).toInteger();
        const HttpReply r =
                f.send(m_reader, "POST",
                       f.orgPath(m_org, u"/deleted-departments/%1/restore"_s.arg(deletedId)), {},
                       placeVersion(0));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), u"permission_denied"_s);
        QCOMPARE(restore(deletedId, placeVersion(0)).status, 201);
    }
};

QTEST_GUILESS_MAIN(TestServerOrganizationRestore)
#include "tst_server_organizations_restore.moc"
