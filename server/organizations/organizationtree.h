#pragma once

#include <QList>
#include <QString>

class Database;

// The writes of one organization's tree, each keeping what the server
// maintains right: paths and depths, direct and total member counts,
// child-department counts, the organization's counts, and its changes feed.
// Every method runs inside the caller's transaction, after lock(). Record
// updates check the version in the UPDATE itself (never read-then-write).
class OrganizationTree
{
public:
    OrganizationTree(Database &db, qint64 organizationId);

    // Takes the organization's row lock so that edits of one organization queue
    // behind each other (PostgreSQL; SQLite's BEGIN IMMEDIATE already serialises
    // writers). false when the organization is not on this platform.
    bool lock(qint64 platformOrgId);

    // Departments.
    qint64 insertDepartment(qint64 parentId, const QString &parentPath, const QString &name,
                            int sortKey, qint64 now);
    // name, parent and sort key at once; false when the version is not current.
    bool updateDepartment(qint64 id, int expectedVersion, const QString &name, qint64 parentId,
                          int sortKey);
    bool deleteDepartment(qint64 id, int expectedVersion);
    // Gives the departments in [oldPrefix, subtreeEnd(oldPrefix)) the prefix
    // newPrefix instead, and moves their depth along.
    void rewritePaths(const QString &oldPrefix, const QString &newPrefix);
    void reparentChildren(qint64 fromId, qint64 toId);
    // One department's parent (its paths are the caller's: rewritePaths).
    void setParent(qint64 departmentId, qint64 parentId);

    // Members.
    qint64 insertMember(qint64 accountId, qint64 departmentId, const QString &role,
                        const QString &title, qint64 now);
    bool updateMember(qint64 id, int expectedVersion, qint64 departmentId, const QString &role,
                      const QString &title);
    bool deleteMember(qint64 id, int expectedVersion);
    // Every member of one department into another (0: the root level); returns how many.
    qint64 moveAllMembers(qint64 fromDepartmentId, qint64 toDepartmentId);
    void setRole(qint64 memberId, const QString &role);
    void setOwnerAccount(qint64 accountId);

    // Counts. A path's departments are every department on it, the last included.
    void addToTotals(const QString &path, qint64 delta);
    void addToDirectMembers(qint64 departmentId, qint64 delta);
    void addToChildDepartments(qint64 departmentId, qint64 delta);
    void addToOrganization(qint64 members, qint64 departments);

    // Bumps the organization's tree version and writes the change under it;
    // returns the new tree version. parentIds: the lists whose children
    // changed, 0 for the root level. Call once per edit.
    qint64 recordChange(const QString &nodeType, qint64 nodeId, const QString &action,
                        const QList<qint64> &parentIds, qint64 now);

private:
    Database &m_db;
    qint64 m_organizationId;
};
