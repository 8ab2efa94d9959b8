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
    if (code == u"workspace_application.submit")
        return tr("Submit workspace application");
    if (code == u"workspace_application.resubmit")
        return tr("Resubmit workspace application");
    if (code == u"workspace_application.claim")
        return tr("Claim workspace application");
    if (code == u"workspace_application.release")
        return tr("Release workspace application");
    if (code == u"workspace_application.decide")
        return tr("Decide workspace application");
    if (code == u"enterprise_verification.submit")
        return tr("Submit enterprise verification");
    if (code == u"enterprise_verification.resubmit")
        return tr("Resubmit enterprise verification");
    if (code == u"enterprise_verification.claim")
        return tr("Claim enterprise verification");
    if (code == u"enterprise_verification.release")
        return tr("Release enterprise verification");
    if (code == u"enterprise_verification.decide")
        return tr("Decide enterprise verification");
    if (code == u"reason_code.save")
        return tr("Save rejection reason");
    if (code == u"calendar.save")
        return tr("Save business calendar day");
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
    if (code == u"workspace_application")
        return tr("Workspace application");
    if (code == u"enterprise_verification")
        return tr("Enterprise verification");
    if (code == u"organization")
        return tr("Organization");
    if (code == u"reason_code")
        return tr("Rejection reason");
    if (code == u"calendar_day")
        return tr("Business calendar day");
    return code;
}

bool AuditTerms::isFailure(const QString &resultCode)
{
    return !resultCode.isEmpty() && resultCode != u"success"
            && resultCode != u"organization_required";
}

QStringList AuditTerms::knownActions()
{
    return {u"auth.refresh"_s,
            u"auth.refresh_reuse"_s,
            u"auth.sign_in"_s,
            u"auth.sign_out"_s,
            u"auth.switch_organization"_s,
            u"calendar.save"_s,
            u"enterprise_verification.claim"_s,
            u"enterprise_verification.decide"_s,
            u"enterprise_verification.release"_s,
            u"enterprise_verification.resubmit"_s,
            u"enterprise_verification.submit"_s,
            u"reason_code.save"_s,
            u"staff.unlock"_s,
            u"workspace_application.claim"_s,
            u"workspace_application.decide"_s,
            u"workspace_application.release"_s,
            u"workspace_application.resubmit"_s,
            u"workspace_application.submit"_s};
}

QStringList AuditTerms::knownTargetTypes()
{
    return {u"account"_s,      u"calendar_day"_s,         u"enterprise_verification"_s,
            u"organization"_s, u"reason_code"_s,          u"session"_s,
            u"staff"_s,        u"workspace_application"_s};
}
