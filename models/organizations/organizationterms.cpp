#include "models/organizations/organizationterms.h"

QString OrganizationTerms::roleName(MemberRole role)
{
    switch (role) {
    case MemberRole::Owner:
        return tr("Owner");
    case MemberRole::Administrator:
        return tr("Administrator");
    case MemberRole::Member:
        return tr("Member");
    }
    return {};
}

QString OrganizationTerms::typeName(OrganizationType type)
{
    return type == OrganizationType::Corporate ? tr("Corporate") : tr("Individual");
}
