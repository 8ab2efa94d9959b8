#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// An RFC 9457 problem document. `code` is the stable, machine-readable name the
// console translates; `title` and `detail` are English for logs and curl users.
struct FieldProblem
{
    QString field;
    QString code;
};

struct Problem
{
    int status = 500;
    QString code;
    QString title;
    QString detail;
    QString instance; // the request id
    QList<FieldProblem> fieldProblems;
    QJsonObject extensions; // e.g. locked_until, current

    QJsonObject toJson() const;
    static Problem fromJson(const QJsonObject &object, int httpStatus);
};

// The stable codes. Adding one means adding its translation in the console's ErrorText.
namespace ProblemCode {
inline constexpr char16_t MalformedJson[] = u"malformed_json";
inline constexpr char16_t MalformedRequest[] = u"malformed_request";
inline constexpr char16_t RequestTimeout[] = u"request_timeout";
inline constexpr char16_t DuplicateKey[] = u"duplicate_key";
inline constexpr char16_t ValidationFailed[] = u"validation_failed";
inline constexpr char16_t UnsupportedMediaType[] = u"unsupported_media_type";
inline constexpr char16_t PayloadTooLarge[] = u"payload_too_large";
inline constexpr char16_t HeaderTooLarge[] = u"header_too_large";
inline constexpr char16_t LengthRequired[] = u"length_required";
inline constexpr char16_t NotFound[] = u"not_found";
inline constexpr char16_t MethodNotAllowed[] = u"method_not_allowed";
inline constexpr char16_t AuthenticationRequired[] = u"authentication_required";
inline constexpr char16_t TokenExpired[] = u"token_expired";
inline constexpr char16_t PermissionDenied[] = u"permission_denied";
inline constexpr char16_t InvalidCredentials[] = u"invalid_credentials";
inline constexpr char16_t AccountLocked[] = u"account_locked";
inline constexpr char16_t AccountDisabled[] = u"account_disabled";
inline constexpr char16_t RefreshTokenInvalid[] = u"refresh_token_invalid";
inline constexpr char16_t RefreshTokenReused[] = u"refresh_token_reused";
inline constexpr char16_t SessionExpired[] = u"session_expired";
inline constexpr char16_t NotAMember[] = u"organization_not_member";
inline constexpr char16_t SelectionExpired[] = u"organization_selection_expired";
inline constexpr char16_t PreconditionRequired[] = u"precondition_required";
inline constexpr char16_t PreconditionFailed[] = u"precondition_failed";
inline constexpr char16_t Conflict[] = u"conflict";
inline constexpr char16_t IdempotencyKeyRequired[] = u"idempotency_key_required";
inline constexpr char16_t IdempotencyKeyReused[] = u"idempotency_key_reused";
inline constexpr char16_t RateLimited[] = u"rate_limited";
inline constexpr char16_t InternalError[] = u"internal_error";
inline constexpr char16_t ServiceUnavailable[] = u"service_unavailable";
// Review queues.
inline constexpr char16_t ClaimedByOther[] = u"claimed_by_other";
inline constexpr char16_t NotUnderReview[] = u"not_under_review";
inline constexpr char16_t SubmissionPending[] = u"submission_pending";
inline constexpr char16_t ResubmissionNotAllowed[] = u"resubmission_not_allowed";
inline constexpr char16_t ImageNotAllowed[] = u"image_not_allowed";
inline constexpr char16_t PortalKeyRequired[] = u"portal_key_required";
// Support desk: accounts, reveals, SMS quota, open-platform bindings.
inline constexpr char16_t AccountStatusConflict[] = u"account_status_conflict";
inline constexpr char16_t AccountHasNoMobile[] = u"account_has_no_mobile";
inline constexpr char16_t SmsQuotaExceeded[] = u"sms_quota_exceeded";
inline constexpr char16_t RevealLimitReached[] = u"reveal_limit_reached";
inline constexpr char16_t AppAlreadyBound[] = u"app_already_bound";
inline constexpr char16_t AppNotBound[] = u"app_not_bound";
inline constexpr char16_t BindingOwnerMismatch[] = u"binding_owner_mismatch";
inline constexpr char16_t PermissionSetHeldByOther[] = u"permission_set_held_by_other";
inline constexpr char16_t AuthorizationRevoked[] = u"authorization_revoked";
// Organization trees.
inline constexpr char16_t DepartmentCycle[] = u"department_cycle";
inline constexpr char16_t DepartmentNotEmpty[] = u"department_not_empty";
inline constexpr char16_t DepartmentNameTaken[] = u"department_name_taken";
inline constexpr char16_t DepartmentParentGone[] = u"department_parent_gone";
inline constexpr char16_t MemberLimitReached[] = u"member_limit_reached";
inline constexpr char16_t AlreadyMember[] = u"already_member";
inline constexpr char16_t OwnerTransferRequired[] = u"owner_transfer_required";
// Field codes (FieldProblem::code) besides the validators' own.
inline constexpr char16_t FieldMissing[] = u"missing";
inline constexpr char16_t FieldWrongType[] = u"wrong_type";
inline constexpr char16_t FieldUnknown[] = u"unknown_field";
inline constexpr char16_t FieldPrivileged[] = u"privileged_field";
inline constexpr char16_t FieldTooLong[] = u"too_long";
inline constexpr char16_t FieldEmpty[] = u"empty";
inline constexpr char16_t FieldControlCharacter[] = u"control_character";
inline constexpr char16_t FieldOutOfRange[] = u"out_of_range";
inline constexpr char16_t FieldNotAllowed[] = u"not_allowed";
inline constexpr char16_t FieldUnknownReference[] =
        u"unknown_reference"; // an id that names nothing here
} // namespace ProblemCode
