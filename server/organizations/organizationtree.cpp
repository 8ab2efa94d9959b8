#include "organizations/organizationtree.h"

#include "organizations/departmentpath.h"
#include "store/database.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

constexpr int kIdsPerStatement = 16;

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

OrganizationTree::OrganizationTree(Database &db, qint64 organizationId)
    : m_db(db), m_organizationId(organizationId)
{ }

bool OrganizationTree::lock(qint64 platformOrgId)
{
    QSqlQuery &q = m_db.prepare(u"UPDATE organizations SET tree_version = tree_version"
                                " WHERE id = :o AND platform_org_id = :p"_s);
    q.bindValue(u":o"_s, m_organizationId);
    q.bindValue(u":p"_s, platformOrgId);
    m_db.exec(q);
    return q.numRowsAffected() == 1;
}

qint64 OrganizationTree::insertDepartment(qint64 parentId, const QString &parentPath,
                                          const QString &name, int sortKey, qint64 now)
{
    QSqlQuery &q = m_db.prepare(
            u"INSERT INTO departments (organization_id, parent_id, name, sort_key, created_at,"
            " depth, path) VALUES (:o, :parent, :n, :s, :t, :depth, '') RETURNING id"_s);
    q.bindValue(u":o"_s, m_organizationId);
    q.bindValue(u":parent"_s, idOrNull(parentId));
    q.bindValue(u":n"_s, name);
    q.bindValue(u":s"_s, sortKey);
    q.bindValue(u":t"_s, now);
    q.bindValue(u":depth"_s, DepartmentPath::depth(parentPath) + 1);
    m_db.exec(q);
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    // The path holds the department's own id, known only now.
    QSqlQuery &p = m_db.prepare(u"UPDATE departments SET path = :path WHERE id = :id"_s);
    p.bindValue(u":path"_s, DepartmentPath::child(parentPath, id));
    p.bindValue(u":id"_s, id);
    m_db.exec(p);
    return id;
}

bool OrganizationTree::updateDepartment(qint64 id, int expectedVersion, const QString &name,
                                        qint64 parentId, int sortKey)
{
    QSqlQuery &q = m_db.prepare(
            u"UPDATE departments SET name = :n, parent_id = :parent, sort_key = :s,"
            " version = version + 1 WHERE id = :id AND organization_id = :o AND version = :v"_s);
    q.bindValue(u":n"_s, name);
    q.bindValue(u":parent"_s, idOrNull(parentId));
    q.bindValue(u":s"_s, sortKey);
    q.bindValue(u":id"_s, id);
    q.bindValue(u":o"_s, m_organizationId);
    q.bindValue(u":v"_s, expectedVersion);
    m_db.exec(q);
    return q.numRowsAffected() == 1;
}

bool OrganizationTree::deleteDepartment(qint64 id, int expectedVersion)
{
    QSqlQuery &q = m_db.prepare(u"DELETE FROM departments WHERE id = :id AND organization_id = :o"
                                " AND version = :v"_s);
    q.bindValue(u":id"_s, id);
    q.bindValue(u":o"_s, m_organizationId);
    q.bindValue(u":v"_s, expectedVersion);
    m_db.exec(q);
    return q.numRowsAffected() == 1;
}

void OrganizationTree::rewritePaths(const QString &oldPrefix, const QString &newPrefix)
{
    QSqlQuery &q = m_db.prepare(
            u"UPDATE departments SET path = :np || substr(path, :len + 1), depth = depth + :dd"
            " WHERE organization_id = :o AND path >= :lo AND path < :hi"_s);
    q.bindValue(u":np"_s, newPrefix);
    q.bindValue(u":len"_s, int(oldPrefix.size()));
    q.bindValue(u":dd"_s, DepartmentPath::depth(newPrefix) - DepartmentPath::depth(oldPrefix));
    q.bindValue(u":o"_s, m_organizationId);
    q.bindValue(u":lo"_s, oldPrefix);
    q.bindValue(u":hi"_s, DepartmentPath::subtreeEnd(oldPrefix));
    m_db.exec(q);
}

void OrganizationTree::reparentChildren(qint64 fromId, qint64 toId)
{
    QSqlQuery &q = m_db.prepare(u"UPDATE departments SET parent_id = :to, version = version + 1"
                                " WHERE organization_id = :o AND parent_id = :from"_s);
    q.bindValue(u":to"_s, idOrNull(toId));
    q.bindValue(u":o"_s, m_organizationId);
    q.bindValue(u":from"_s, fromId);
    m_db.exec(q);
}

void OrganizationTree::setParent(qint64 departmentId, qint64 parentId)
{
    QSqlQuery &q = m_db.prepare(u"UPDATE departments SET parent_id = :p, version = version + 1"
                                " WHERE id = :id AND organization_id = :o"_s);
    q.bindValue(u":p"_s, idOrNull(parentId));
    q.bindValue(u":id"_s, departmentId);
    q.bindValue(u":o"_s, m_organizationId);
    m_db.exec(q);
}

qint64 OrganizationTree::insertMember(qint64 accountId, qint64 departmentId, const QString &role,
                                      const QString &title, qint64 now)
{
    QSqlQuery &q = m_db.prepare(
            u"INSERT INTO organization_members (organization_id, account_id, department_id, role,"
            " title, joined_at) VALUES (:o, :a, :d, :r, :title, :t) RETURNING id"_s);
    q.bindValue(u":o"_s, m_organizationId);
    q.bindValue(u":a"_s, accountId);
    q.bindValue(u":d"_s, idOrNull(departmentId));
    q.bindValue(u":r"_s, role);
    q.bindValue(u":title"_s, title.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : title);
    q.bindValue(u":t"_s, now);
    m_db.exec(q);
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

bool OrganizationTree::updateMember(qint64 id, int expectedVersion, qint64 departmentId,
                                    const QString &role, const QString &title)
{
    QSqlQuery &q = m_db.prepare(
            u"UPDATE organization_members SET department_id = :d, role = :r, title = :title,"
            " version = version + 1 WHERE id = :id AND organization_id = :o AND version = :v"_s);
    q.bindValue(u":d"_s, idOrNull(departmentId));
    q.bindValue(u":r"_s, role);
    q.bindValue(u":title"_s, title.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : title);
    q.bindValue(u":id"_s, id);
    q.bindValue(u":o"_s, m_organizationId);
    q.bindValue(u":v"_s, expectedVersion);
    m_db.exec(q);
    return q.numRowsAffected() == 1;
}

bool OrganizationTree::deleteMember(qint64 id, int expectedVersion)
{
    QSqlQuery &q = m_db.prepare(u"DELETE FROM organization_members WHERE id = :id"
                                " AND organization_id = :o AND version = :v"_s);
    q.bindValue(u":id"_s, id);
    q.bindValue(u":o"_s, m_organizationId);
    q.bindValue(u":v"_s, expectedVersion);
    m_db.exec(q);
    return q.numRowsAffected() == 1;
}

qint64 OrganizationTree::moveAllMembers(qint64 fromDepartmentId, qint64 toDepartmentId)
{
    QSqlQuery &q = m_db.prepare(
            u"UPDATE organization_members SET department_id = :to, version = version + 1"
            " WHERE organization_id = :o AND department_id = :from"_s);
    q.bindValue(u":to"_s, idOrNull(toDepartmentId));
    q.bindValue(u":o"_s, m_organizationId);
    q.bindValue(u":from"_s, fromDepartmentId);
    m_db.exec(q);
    return q.numRowsAffected();
}

void OrganizationTree::setRole(qint64 memberId, const QString &role)
{
    QSqlQuery &q = m_db.prepare(u"UPDATE organization_members SET role = :r, version = version + 1"
                                " WHERE id = :id AND organization_id = :o"_s);
    q.bindValue(u":r"_s, role);
    q.bindValue(u":id"_s, memberId);
    q.bindValue(u":o"_s, m_organizationId);
    m_db.exec(q);
}

void OrganizationTree::setOwnerAccount(qint64 accountId)
{
    QSqlQuery &q = m_db.prepare(u"UPDATE organizations SET owner_account_id = :a,"
                                " version = version + 1 WHERE id = :o"_s);
    q.bindValue(u":a"_s, accountId);
    q.bindValue(u":o"_s, m_organizationId);
    m_db.exec(q);
}

void OrganizationTree::addToTotals(const QString &path, qint64 delta)
{
    const QList<qint64> ids = DepartmentPath::ids(path);
    if (ids.isEmpty() || delta == 0)
        return;
    // "+ 0": the ids are primary keys; see OrganizationStore::departmentNames.
    QString sql = u"UPDATE departments SET total_members = total_members + :d"
                  " WHERE organization_id + 0 = :o AND id IN ("_s;
    for (int i = 0; i < kIdsPerStatement; ++i)
        sql += (i ? u", :i"_s : u":i"_s) + QString::number(i);
    sql += u')';
    for (qsizetype start = 0; start < ids.size(); start += kIdsPerStatement) {
        QSqlQuery &q = m_db.prepare(sql);
        q.bindValue(u":d"_s, delta);
        q.bindValue(u":o"_s, m_organizationId);
        for (int i = 0; i < kIdsPerStatement; ++i) {
            const qsizetype k = start + i;
            q.bindValue(u":i"_s + QString::number(i), k < ids.size() ? ids[k] : qint64(0));
        }
        m_db.exec(q);
    }
}

void OrganizationTree::addToDirectMembers(qint64 departmentId, qint64 delta)
{
    if (!departmentId || delta == 0)
        return;
    QSqlQuery &q = m_db.prepare(u"UPDATE departments SET direct_members = direct_members + :d"
                                " WHERE id = :id AND organization_id = :o"_s);
    q.bindValue(u":d"_s, delta);
    q.bindValue(u":id"_s, departmentId);
    q.bindValue(u":o"_s, m_organizationId);
    m_db.exec(q);
}

void OrganizationTree::addToChildDepartments(qint64 departmentId, qint64 delta)
{
    if (!departmentId || delta == 0)
        return;
    QSqlQuery &q = m_db.prepare(u"UPDATE departments SET child_departments = child_departments + :d"
                                " WHERE id = :id AND organization_id = :o"_s);
    q.bindValue(u":d"_s, delta);
    q.bindValue(u":id"_s, departmentId);
    q.bindValue(u":o"_s, m_organizationId);
    m_db.exec(q);
}

void OrganizationTree::addToOrganization(qint64 members, qint64 departments)
{
    if (members == 0 && departments == 0)
        return;
    QSqlQuery &q = m_db.prepare(u"UPDATE organizations SET member_count = member_count + :m,"
                                " department_count = department_count + :d WHERE id = :o"_s);
    q.bindValue(u":m"_s, members);
    q.bindValue(u":d"_s, departments);
    q.bindValue(u":o"_s, m_organizationId);
    m_db.exec(q);
}

qint64 OrganizationTree::recordChange(const QString &nodeType, qint64 nodeId, const QString &action,
                                      const QList<qint64> &parentIds, qint64 now)
{
    QSqlQuery &bump = m_db.prepare(u"UPDATE organizations SET tree_version = tree_version + 1,"
                                   " updated_at = :t WHERE id = :o RETURNING tree_version"_s);
    bump.bindValue(u":t"_s, now);
    bump.bindValue(u":o"_s, m_organizationId);
    m_db.exec(bump);
    bump.next();
    const qint64 treeVersion = bump.value(0).toLongLong();
    bump.finish();
    QStringList parents;
    for (qint64 id : parentIds) {
        const QString text = QString::number(id);
        if (!parents.contains(text))
            parents.append(text);
    }
    QSqlQuery &q = m_db.prepare(
            u"INSERT INTO organization_changes (organization_id, tree_version, at, node_type,"
            " node_id, action, parent_ids) VALUES (:o, :tv, :t, :type, :id, :a, :p)"_s);
    q.bindValue(u":o"_s, m_organizationId);
    q.bindValue(u":tv"_s, treeVersion);
    q.bindValue(u":t"_s, now);
    q.bindValue(u":type"_s, nodeType);
    q.bindValue(u":id"_s, nodeId);
    q.bindValue(u":a"_s, action);
    q.bindValue(u":p"_s, parents.join(u','));
    m_db.exec(q);
    return treeVersion;
}
