#include "domain/role.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {

// The one table of who may do what. Administrators may do everything; auditors
// read everything but change nothing and never see personal data in clear.
RoleSet rolesFor(Permission permission)
{
    switch (permission) {
    case Permission::ReadOwnSession:
        return {Role::Reviewer, Role::SupportAgent, Role::OrganizationAdministrator, Role::Auditor,
                Role::Administrator};
    case Permission::ReadQueues:
        return {Role::Reviewer, Role::Auditor, Role::Administrator};
    case Permission::DecideQueues:
        return {Role::Reviewer, Role::Administrator};
    case Permission::ReadAccounts:
        return {Role::SupportAgent, Role::Auditor, Role::Administrator};
    case Permission::RevealPersonalData:
        return {Role::SupportAgent, Role::Administrator};
    case Permission::SupportActions:
        return {Role::SupportAgent, Role::Administrator};
    case Permission::ReadOrganizations:
        return {Role::SupportAgent, Role::OrganizationAdministrator, Role::Auditor,
                Role::Administrator};
    case Permission::EditOrganizations:
        return {Role::OrganizationAdministrator, Role::Administrator};
    case Permission::ReadAudit:
        return {Role::Auditor, Role::Administrator};
    case Permission::ManageStaff:
        return {Role::Administrator};
    }
    return {};
}

} // namespace

RoleSet::RoleSet(std::initializer_list<Role> roles)
{
    for (Role r : roles)
        insert(r);
}

bool RoleSet::allows(Permission permission) const
{
    return (rolesFor(permission).bits() & m_bits) != 0;
}

QList<Role> RoleSet::toList() const
{
    QList<Role> list;
    for (Role r : Roles::all()) {
        if (contains(r))
            list.append(r);
    }
    return list;
}

QStringList RoleSet::codes() const
{
    QStringList list;
    for (Role r : toList())
        list.append(Roles::code(r));
    return list;
}

RoleSet RoleSet::fromCodes(const QStringList &codes, bool *ok)
{
    RoleSet set;
    bool allKnown = true;
    for (const QString &c : codes) {
        Role r;
        if (Roles::fromCode(c, &r))
            set.insert(r);
        else
            allKnown = false;
    }
    if (ok)
        *ok = allKnown;
    return set;
}

namespace Roles {

QString code(Role role)
{
    switch (role) {
    case Role::Reviewer:
        return u"reviewer"_s;
    case Role::SupportAgent:
        return u"support_agent"_s;
    case Role::OrganizationAdministrator:
        return u"organization_administrator"_s;
    case Role::Auditor:
        return u"auditor"_s;
    case Role::Administrator:
        return u"administrator"_s;
    }
    return {};
}

bool fromCode(QStringView text, Role *role)
{
    for (Role r : all()) {
        if (code(r) == text) {
            *role = r;
            return true;
        }
    }
    return false;
}

QList<Role> all()
{
    return {Role::Reviewer, Role::SupportAgent, Role::OrganizationAdministrator, Role::Auditor,
            Role::Administrator};
}

RoleSet holding(Permission permission)
{
    return rolesFor(permission);
}

QString permissionCode(Permission permission)
{
    static const std::array<QString, kPermissionCount> codes{
            u"read_own_session"_s,   u"read_queues"_s,          u"decide_queues"_s,
            u"read_accounts"_s,      u"reveal_personal_data"_s, u"support_actions"_s,
            u"read_organizations"_s, u"edit_organizations"_s,   u"read_audit"_s,
            u"manage_staff"_s};
    return codes[size_t(permission)];
}

} // namespace Roles
