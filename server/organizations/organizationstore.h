#pragma once

#include "domain/organizationrecords.h"
#include "domain/problem.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

class Database;
class QSqlQuery;

// A department as stored: the record and its materialized path.
struct StoredDepartment
{
    DepartmentNode node;
    QString path; // DepartmentPath
};

// A member as stored: the record and the path of its department ("/" when none).
struct StoredMember
{
    MemberNode node;
    QString departmentPath;
};

struct ChildrenPage
{
    QList<DepartmentNode> departments;
    QList<MemberNode> members;
    QString nextCursor; // empty on the last page
};

// Reads organizations, their trees and members. Organizations are looked up
// within a platform organization, so another platform's ids are not found;
// every other lookup takes an organization id the caller found that way.
class OrganizationStore
{
public:
    explicit OrganizationStore(Database &db);

    struct ListQuery
    {
        QString text; // part of the name, any case
        std::optional<OrganizationType> type;
        QString cursor;
        int limit = 50;
    };
    // false with *problems set when the cursor is malformed.
    bool list(qint64 platformOrgId, const ListQuery &query, QList<OrganizationSummary> *items,
              QString *nextCursor, QList<FieldProblem> *problems);
    // The organization when it is on this platform; its tree is computed first
    // if it never was. withRoot adds the root level's counts.
    std::optional<OrganizationSummary> organization(qint64 platformOrgId, qint64 id,
                                                    bool withRoot = false);

    std::optional<StoredDepartment> department(qint64 organizationId, qint64 departmentId);
    std::optional<StoredMember> member(qint64 organizationId, qint64 memberId);
    std::optional<StoredMember> memberForAccount(qint64 organizationId, qint64 accountId);
    std::optional<StoredMember> owner(qint64 organizationId);
    // An account of the platform, by id: its display name, or nullopt.
    std::optional<QString> accountName(qint64 platformOrgId, qint64 accountId);

    // Whether another department under parentId (0: top level) has this name.
    bool siblingNamed(qint64 organizationId, qint64 parentId, const QString &name, qint64 exceptId);
    int nextSortKey(qint64 organizationId, qint64 parentId);

    // One page of a node's children (parentId 0: the root level): its
    // departments by sort key, then its members by id. false with *problems
    // set when the cursor is malformed.
    bool children(qint64 organizationId, qint64 parentId, const QString &cursor, int limit,
                  ChildrenPage *page, QList<FieldProblem> *problems);

    // The departments on a path, top level first, with their names.
    QList<DepartmentRef> pathOf(qint64 organizationId, const QString &path);
    // Names of departments by id, for many paths at once.
    QHash<qint64, QString> departmentNames(qint64 organizationId, const QList<qint64> &ids);
    // Fills node.path from each member's department path (one query for all).
    void attachPaths(qint64 organizationId, QList<StoredMember> &members);

    // Every organization of the account on this platform.
    QList<OrganizationMembership> memberships(qint64 platformOrgId, qint64 accountId);
    QList<OrganizationChange> changes(qint64 organizationId, qint64 sinceTreeVersion, int limit);

    // The member columns every member query selects, and their reading.
    static QString memberColumns();
    static StoredMember memberFrom(const QSqlQuery &q);

private:
    static OrganizationSummary organizationFrom(const QSqlQuery &q);
    static StoredDepartment departmentFrom(const QSqlQuery &q);

    Database &m_db;
};
