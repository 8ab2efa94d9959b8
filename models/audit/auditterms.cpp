#include "models/audit/auditterms.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace {

struct Term
{
    const char16_t *code;
    const char *text; // translated in the AuditTerms context
};

// The codes gatehouse-server writes (server/**: auditEntryFor and AuditEntry::action).
// A code missing here is shown as it is, so a newer server never breaks the pane.
constexpr Term kActions[] = {
        {u"auth.sign_in", QT_TRANSLATE_NOOP("AuditTerms", "Sign in")},
        {u"auth.sign_out", QT_TRANSLATE_NOOP("AuditTerms", "Sign out")},
        {u"auth.refresh", QT_TRANSLATE_NOOP("AuditTerms", "Session renewed")},
        {u"auth.refresh_reuse", QT_TRANSLATE_NOOP("AuditTerms", "Refresh token reused")},
        {u"auth.switch_organization", QT_TRANSLATE_NOOP("AuditTerms", "Switch organization")},
        {u"staff.unlock", QT_TRANSLATE_NOOP("AuditTerms", "Unlock staff member")},
        {u"workspace_application.submit",
         QT_TRANSLATE_NOOP("AuditTerms", "Submit workspace application")},
        {u"workspace_application.resubmit",
         QT_TRANSLATE_NOOP("AuditTerms", "Resubmit workspace application")},
        {u"workspace_application.claim",
         QT_TRANSLATE_NOOP("AuditTerms", "Claim workspace application")},
        {u"workspace_application.release",
         QT_TRANSLATE_NOOP("AuditTerms", "Release workspace application")},
        {u"workspace_application.decide",
         QT_TRANSLATE_NOOP("AuditTerms", "Decide workspace application")},
        {u"enterprise_verification.submit",
         QT_TRANSLATE_NOOP("AuditTerms", "Submit enterprise verification")},
        {u"enterprise_verification.resubmit",
         QT_TRANSLATE_NOOP("AuditTerms", "Resubmit enterprise verification")},
        {u"enterprise_verification.claim",
         QT_TRANSLATE_NOOP("AuditTerms", "Claim enterprise verification")},
        {u"enterprise_verification.release",
         QT_TRANSLATE_NOOP("AuditTerms", "Release enterprise verification")},
        {u"enterprise_verification.decide",
         QT_TRANSLATE_NOOP("AuditTerms", "Decide enterprise verification")},
        {u"reason_code.save", QT_TRANSLATE_NOOP("AuditTerms", "Save rejection reason")},
        {u"calendar.save", QT_TRANSLATE_NOOP("AuditTerms", "Save business calendar day")},
        {u"account.reveal", QT_TRANSLATE_NOOP("AuditTerms", "Reveal personal data")},
        {u"account.unlock", QT_TRANSLATE_NOOP("AuditTerms", "Unlock account")},
        {u"account.disable", QT_TRANSLATE_NOOP("AuditTerms", "Disable account")},
        {u"account.enable", QT_TRANSLATE_NOOP("AuditTerms", "Enable account")},
        {u"account.end_sessions", QT_TRANSLATE_NOOP("AuditTerms", "End sessions")},
        {u"account.reset_password", QT_TRANSLATE_NOOP("AuditTerms", "Reset password")},
        {u"account.resend_activation", QT_TRANSLATE_NOOP("AuditTerms", "Resend activation")},
        {u"account.reset_sms_quota", QT_TRANSLATE_NOOP("AuditTerms", "Reset SMS quota")},
        {u"account.sms_send", QT_TRANSLATE_NOOP("AuditTerms", "Send SMS verification code")},
        {u"app.bind", QT_TRANSLATE_NOOP("AuditTerms", "Bind app")},
        {u"app.unbind", QT_TRANSLATE_NOOP("AuditTerms", "Unbind app")},
        {u"third_party_authorization.grant",
         QT_TRANSLATE_NOOP("AuditTerms", "Grant authorization")},
        {u"third_party_authorization.revoke",
         QT_TRANSLATE_NOOP("AuditTerms", "Revoke authorization")},
        {u"organization.department_create", QT_TRANSLATE_NOOP("AuditTerms", "Create department")},
        {u"organization.department_rename", QT_TRANSLATE_NOOP("AuditTerms", "Rename department")},
        {u"organization.department_move", QT_TRANSLATE_NOOP("AuditTerms", "Move department")},
        {u"organization.department_reorder",
         QT_TRANSLATE_NOOP("AuditTerms", "Reorder departments")},
        {u"organization.department_delete", QT_TRANSLATE_NOOP("AuditTerms", "Delete department")},
        {u"organization.member_add", QT_TRANSLATE_NOOP("AuditTerms", "Add member")},
        {u"organization.member_move", QT_TRANSLATE_NOOP("AuditTerms", "Move member")},
        {u"organization.member_role", QT_TRANSLATE_NOOP("AuditTerms", "Change member role")},
        {u"organization.member_update", QT_TRANSLATE_NOOP("AuditTerms", "Update member")},
        {u"organization.member_remove", QT_TRANSLATE_NOOP("AuditTerms", "Remove member")},
        {u"organization.ownership_transfer", QT_TRANSLATE_NOOP("AuditTerms", "Transfer ownership")},
};

constexpr Term kResults[] = {
        {u"success", QT_TRANSLATE_NOOP("AuditTerms", "Success")},
        {u"failed", QT_TRANSLATE_NOOP("AuditTerms", "Failed")},
        {u"denied", QT_TRANSLATE_NOOP("AuditTerms", "Denied")},
        {u"locked", QT_TRANSLATE_NOOP("AuditTerms", "Locked")},
        {u"locked_out", QT_TRANSLATE_NOOP("AuditTerms", "Locked out")},
        {u"disabled", QT_TRANSLATE_NOOP("AuditTerms", "Disabled")},
        {u"not_member", QT_TRANSLATE_NOOP("AuditTerms", "Not a member")},
        {u"no_organization", QT_TRANSLATE_NOOP("AuditTerms", "No organization")},
        {u"organization_required", QT_TRANSLATE_NOOP("AuditTerms", "Organization choice required")},
};

constexpr Term kTargetTypes[] = {
        {u"staff", QT_TRANSLATE_NOOP("AuditTerms", "Staff member")},
        {u"session", QT_TRANSLATE_NOOP("AuditTerms", "Session")},
        {u"account", QT_TRANSLATE_NOOP("AuditTerms", "Account")},
        {u"workspace_application", QT_TRANSLATE_NOOP("AuditTerms", "Workspace application")},
        {u"enterprise_verification", QT_TRANSLATE_NOOP("AuditTerms", "Enterprise verification")},
        {u"organization", QT_TRANSLATE_NOOP("AuditTerms", "Organization")},
        {u"department", QT_TRANSLATE_NOOP("AuditTerms", "Department")},
        {u"organization_member", QT_TRANSLATE_NOOP("AuditTerms", "Member")},
        {u"app", QT_TRANSLATE_NOOP("AuditTerms", "App")},
        {u"open_platform_account", QT_TRANSLATE_NOOP("AuditTerms", "Open platform account")},
        {u"third_party_authorization", QT_TRANSLATE_NOOP("AuditTerms", "Authorization")},
        {u"reason_code", QT_TRANSLATE_NOOP("AuditTerms", "Rejection reason")},
        {u"calendar_day", QT_TRANSLATE_NOOP("AuditTerms", "Business calendar day")},
};

template<size_t N>
QString lookUp(const Term (&terms)[N], const QString &code)
{
    for (const Term &term : terms) {
        if (code == QStringView(term.code))
            return AuditTerms::tr(term.text);
    }
    return code;
}

template<size_t N>
QStringList codesOf(const Term (&terms)[N])
{
    QStringList codes;
    for (const Term &term : terms)
        codes.append(QString::fromUtf16(term.code));
    codes.sort();
    return codes;
}

} // namespace

QString AuditTerms::action(const QString &code)
{
    return lookUp(kActions, code);
}

QString AuditTerms::result(const QString &code)
{
    return lookUp(kResults, code);
}

QString AuditTerms::targetType(const QString &code)
{
    return lookUp(kTargetTypes, code);
}

bool AuditTerms::isFailure(const QString &resultCode)
{
    return !resultCode.isEmpty() && resultCode != u"success"
            && resultCode != u"organization_required";
}

QStringList AuditTerms::knownActions()
{
    return codesOf(kActions);
}

QStringList AuditTerms::knownTargetTypes()
{
    return codesOf(kTargetTypes);
}
