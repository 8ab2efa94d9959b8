#include "models/audit/auditterms.h"

using namespace Qt::StringLiterals;

QString AuditTerms::action(const QString &code)
{
    if (code == u"auth.sign_in")
        return tr("Sign in");
    if (code == u"auth.sign_out")
        return tr("Sign out");
    if (code == u"auth.refresh")
        return tr("Session renewed");
    if (code == u"auth.refresh_reuse")
        return tr("Refresh token reused");
    if (code == u"auth.switch_organization")
        return tr("Switch organization");
    if (code == u"staff.unlock")
        return tr("Unlock staff member");
    return code;
}

QString AuditTerms::result(const QString &code)
{
    if (code == u"success")
        return tr("Success");
    if (code == u"failed")
        return tr("Failed");
    if (code == u"denied")
        return tr("Denied");
    if (code == u"locked")
        return tr("Locked");
    if (code == u"locked_out")
        return tr("Locked out");
    if (code == u"disabled")
        return tr("Disabled");
    if (code == u"not_member")
        return tr("Not a member");
    if (code == u"no_organization")
        return tr("No organization");
    if (code == u"organization_required")
        return tr("Organization choice required");
    return code;
}

QString AuditTerms::targetType(const QString &code)
{
    if (code == u"staff")
        return tr("Staff member");
    if (code == u"session")
        return tr("Session");
    if (code == u"account")
        return tr("Account");
    if (code == u"application")
        return tr("Workspace application");
    if (code == u"verification")
        return tr("Enterprise verification");
    if (code == u"organization")
        return tr("Organization");
    return code;
}

bool AuditTerms::isFailure(const QString &resultCode)
{
    return !resultCode.isEmpty() && resultCode != u"success"
            && resultCode != u"organization_required";
}

QStringList AuditTerms::knownActions()
{
    return {u"auth.refresh"_s,  u"auth.refresh_reuse"_s,       u"auth.sign_in"_s,
            u"auth.sign_out"_s, u"auth.switch_organization"_s, u"staff.unlock"_s};
}

QStringList AuditTerms::knownTargetTypes()
{
    return {u"account"_s, u"application"_s, u"organization"_s,
            u"session"_s, u"staff"_s,       u"verification"_s};
}
