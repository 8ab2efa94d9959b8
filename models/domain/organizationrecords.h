#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// Team organizations (seeds 000 §3.1, 004) as server and console exchange
// them: an organization, its department tree, its members. Ids are positive;
// 0 stands for "none" (a department at the root has parentId 0, a member in
// no department has departmentId 0), sent as JSON null.

enum class OrganizationType : quint8 { Individual, Corporate };
enum class MemberRole : quint8 { Owner, Administrator, Member };

namespace Organizations {

QString typeCode(OrganizationType type); // "individual"
bool typeFromCode(QStringView text, OrganizationType *type);
QString roleCode(MemberRole role); // "administrator"
bool roleFromCode(QStringView text, MemberRole *role);

// Limits the server enforces and the console's editors use.
inline constexpr int kNameMaxLength = 100;
inline constexpr int kTitleMaxLength = 100;
inline constexpr int kPageMax = 500;
inline constexpr int kSearchMax = 100;

} // namespace Organizations

// One step of a path from the root: a department's id and name.
struct DepartmentRef
{
    qint64 id = 0;
    QString name;

    QJsonObject toJson() const;
    static DepartmentRef fromJson(const QJsonObject &o);
    bool operator==(const DepartmentRef &other) const = default;
};

struct OrganizationSummary
{
    qint64 id = 0;
    QString name;
    OrganizationType type = OrganizationType::Individual;
    int memberLimit = 0; // 0: no limit (corporate teams)
    qint64 memberCount = 0;
    qint64 departmentCount = 0;
    qint64 ownerAccountId = 0;
    QString ownerName;
    qint64 ownerMemberId = 0; // the owner's member record; 0 when there is none
    qint64 createdAt = 0;     // ms since epoch
    int version = 1;          // the organization record (name, type, limit, owner)
    qint64 treeVersion = 1;   // bumps with every change inside the organization
    qint64 updatedAt = 0;     // the last change inside, 0 when never changed here
    // The root level, in the detail only (-1 in list rows).
    qint64 rootMembers = -1;     // members in no department
    qint64 rootDepartments = -1; // top-level departments

    QJsonObject toJson() const;
    static OrganizationSummary fromJson(const QJsonObject &o);
};

struct DepartmentNode
{
    qint64 id = 0;
    qint64 parentId = 0; // 0: top level
    QString name;
    int sortKey = 0;
    int depth = 1; // 1 for a top-level department
    qint64 directMembers = 0;
    qint64 totalMembers = 0; // with every department below
    qint64 childDepartments = 0;
    qint64 createdAt = 0;
    int version = 1;

    QJsonObject toJson() const;
    static DepartmentNode fromJson(const QJsonObject &o);
};

// Another organization the member's account belongs to (a member detail lists them).
struct OrganizationMembership
{
    qint64 organizationId = 0;
    QString organizationName;
    OrganizationType type = OrganizationType::Individual;
    qint64 memberId = 0;
    MemberRole role = MemberRole::Member;

    QJsonObject toJson() const;
    static OrganizationMembership fromJson(const QJsonObject &o);
};

struct MemberNode
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 departmentId = 0; // 0: in no department
    MemberRole role = MemberRole::Member;
    QString title;
    QString displayName;
    QString nameLatin;
    QString username;
    QString emailMasked;  // z***@example.com
    QString mobileMasked; // 138****5678
    QString accountStatus;
    qint64 joinedAt = 0;
    int version = 1;
    // Search hits and the detail carry the department path, root first.
    QList<DepartmentRef> path;
    bool hasPath = false;
    // The detail only: every organization of the account on this platform.
    QList<OrganizationMembership> memberships;
    bool hasMemberships = false;

    QJsonObject toJson() const;
    static MemberNode fromJson(const QJsonObject &o);
};

// One entry of an organization's changes feed. Every change inside an
// organization bumps its tree version by one and writes one entry.
struct OrganizationChange
{
    qint64 treeVersion = 0;
    qint64 at = 0;
    QString nodeType; // "department", "member", "organization"
    qint64 nodeId = 0;
    QString action; // created, renamed, moved, reordered, deleted, added, updated, removed,
                    // ownership_transferred
    // The lists whose children changed (0: the root level); the counts of these
    // departments and of every department above them changed with them.
    QList<qint64> parentIds;

    QJsonObject toJson() const;
    static OrganizationChange fromJson(const QJsonObject &o);
};
