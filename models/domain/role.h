#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Staff roles in a platform organization and the permissions they carry.
// Server and console share this table: the server enforces it on every route,
// the console uses it to disable what a role may not do.
enum class Role : quint8 {
    Reviewer,
    SupportAgent,
    OrganizationAdministrator,
    Auditor,
    Administrator,
};
inline constexpr int kRoleCount = 5;

enum class Permission : quint8 {
    ReadOwnSession,     // every signed-in staff member
    ReadQueues,         // workspace applications, enterprise verifications
    DecideQueues,       // claim, approve, reject
    ReadAccounts,       // account search and detail (masked)
    RevealPersonalData, // clear ID numbers and phone numbers, with a reason
    SupportActions,     // reset password, unlock, unbind …
    ReadOrganizations,
    EditOrganizations,
    ReadAudit,
    ManageStaff, // unlock staff, see staff list
};
inline constexpr int kPermissionCount = 10;

class RoleSet
{
public:
    RoleSet() = default;
    RoleSet(std::initializer_list<Role> roles);

    void insert(Role role) { m_bits |= bit(role); }
    bool contains(Role role) const { return m_bits & bit(role); }
    bool isEmpty() const { return m_bits == 0; }
    bool allows(Permission permission) const;
    QList<Role> toList() const;
    quint8 bits() const { return m_bits; }
    bool operator==(const RoleSet &other) const = default;

    QStringList codes() const;
    static RoleSet fromCodes(const QStringList &codes, bool *ok = nullptr);

private:
    static quint8 bit(Role role) { return quint8(1u << quint8(role)); }
    quint8 m_bits = 0;
};

namespace Roles {

QString code(Role role); // "support_agent"
bool fromCode(QStringView code, Role *role);
QList<Role> all();
RoleSet holding(Permission permission); // the roles that carry a permission
QString permissionCode(Permission permission);

} // namespace Roles
