#include "models/common/rolenames.h"

using namespace Qt::StringLiterals;

QString RoleNames::separator()
{
    return tr(", ", "between role names");
}

QString RoleNames::name(Role role)
{
    switch (role) {
    case Role::Reviewer:
        return tr("Reviewer");
    case Role::SupportAgent:
        return tr("Support agent");
    case Role::OrganizationAdministrator:
        return tr("Organization administrator");
    case Role::Auditor:
        return tr("Auditor");
    case Role::Administrator:
        return tr("Administrator");
    }
    return {};
}

QString RoleNames::list(const RoleSet &roles)
{
    QStringList names;
    for (Role role : roles.toList())
        names.append(name(role));
    return names.join(separator());
}

QString RoleNames::fromCodes(const QString &commaSeparatedCodes)
{
    QStringList names;
    for (const QString &code : commaSeparatedCodes.split(u',', Qt::SkipEmptyParts)) {
        Role role;
        if (Roles::fromCode(code.trimmed(), &role))
            names.append(name(role));
        else if (code == u"staff")
            names.append(tr("Staff member"));
        else if (code == u"anonymous")
            names.append(tr("Anonymous"));
        else if (code == u"applicant")
            names.append(tr("Applicant"));
        else
            names.append(code);
    }
    return names.join(separator());
}
