#include "services/api/errortext.h"

#include "domain/jsontime.h"
#include "domain/problem.h"

#include <QLocale>

using namespace Qt::StringLiterals;

// The problem codes of models/domain/problem.h and the field codes of the
// validators, each with its own sentence. tst_errortext reads problem.h and
// fails when a code has none.

namespace {

bool is(const QString &code, const char16_t *known)
{
    return code == QStringView(known);
}

QString problemSentence(const QString &code)
{
    using namespace ProblemCode;
    if (is(code, MalformedJson) || is(code, MalformedRequest) || is(code, DuplicateKey)
        || is(code, LengthRequired)) {
        return ErrorText::tr("The server could not read the request Gatehouse sent. This is a "
                             "fault in Gatehouse; tell support.");
    }
    if (is(code, RequestTimeout))
        return ErrorText::tr("The request reached the server too slowly. Check your network "
                             "connection and try again.");
    if (is(code, ValidationFailed))
        return ErrorText::tr("Some entries need correcting. Check the marked fields and try "
                             "again.");
    if (is(code, UnsupportedMediaType))
        return ErrorText::tr("The server did not accept the format of the request. Gatehouse "
                             "and the server may be different versions; tell support.");
    if (is(code, PayloadTooLarge))
        return ErrorText::tr("What you sent is too large for the server. Send a smaller file or "
                             "fewer items.");
    if (is(code, HeaderTooLarge))
        return ErrorText::tr("The request's headers were too large for the server. Sign in "
                             "again; if it keeps happening, tell support.");
    if (is(code, NotFound))
        return ErrorText::tr("It is not on the server (any more). Reload the list.");
    if (is(code, MethodNotAllowed))
        return ErrorText::tr("The server does not support this operation. It may be older than "
                             "this console; ask your administrator.");
    if (is(code, AuthenticationRequired))
        return ErrorText::tr("You are not signed in (any more). Sign in again.");
    if (is(code, TokenExpired))
        return ErrorText::tr("Your sign-in needed renewing and could not be renewed. Sign in "
                             "again.");
    if (is(code, PermissionDenied))
        return ErrorText::tr("Your role in this organization does not allow this. Ask an "
                             "administrator if you need it.");
    if (is(code, InvalidCredentials))
        return ErrorText::tr("The username, email or password is not right. Check them and try "
                             "again.");
    if (is(code, AccountLocked))
        return ErrorText::tr("This account is locked after too many failed sign-ins. Try again "
                             "later, or ask an administrator to unlock it.");
    if (is(code, AccountDisabled))
        return ErrorText::tr("This staff account is disabled. Ask an administrator to enable "
                             "it.");
    if (is(code, RefreshTokenInvalid))
        return ErrorText::tr("The remembered sign-in is no longer valid. Sign in with your "
                             "password.");
    if (is(code, RefreshTokenReused))
        return ErrorText::tr("The session was ended for safety because its sign-in was used "
                             "twice, perhaps on another device. Sign in again, and tell your "
                             "administrator if that was not you.");
    if (is(code, SessionExpired))
        return ErrorText::tr("Your session has ended. Sign in again.");
    if (is(code, NotAMember))
        return ErrorText::tr("You are not a member of that organization. Choose another one, or "
                             "ask an administrator to add you.");
    if (is(code, SelectionExpired))
        return ErrorText::tr("Choosing the organization took too long. Sign in again.");
    if (is(code, PreconditionRequired))
        return ErrorText::tr("The server needs to know which version you changed. Reload and "
                             "try again.");
    if (is(code, PreconditionFailed))
        return ErrorText::tr("Someone else changed this in the meantime. Reload it to see the "
                             "current state, then try again.");
    if (is(code, Conflict))
        return ErrorText::tr("This conflicts with a change someone else made. Reload and try "
                             "again.");
    if (is(code, IdempotencyKeyRequired))
        return ErrorText::tr("The server refused a decision without its replay key. This is a "
                             "fault in Gatehouse; tell support.");
    if (is(code, IdempotencyKeyReused))
        return ErrorText::tr("This decision was already sent with different details. Reload to "
                             "see what was recorded.");
    if (is(code, RateLimited))
        return ErrorText::tr("Too many requests in a short time. Wait a moment and try again.");
    if (is(code, InternalError))
        return ErrorText::tr("The server ran into an internal error. Try again later; if it "
                             "keeps happening, tell support.");
    if (is(code, ServiceUnavailable))
        return ErrorText::tr("The server is temporarily unavailable. Try again in a few "
                             "minutes.");
    if (is(code, ClaimedByOther))
        return ErrorText::tr("Someone else is working on this item. Pick another one, or wait "
                             "until their claim runs out.");
    if (is(code, NotUnderReview))
        return ErrorText::tr("This item has already been decided. Reload the queue to see the "
                             "decision.");
    if (is(code, SubmissionPending))
        return ErrorText::tr("This applicant already has a submission under review. Wait for "
                             "its decision before submitting another.");
    if (is(code, ResubmissionNotAllowed))
        return ErrorText::tr("Only the applicant's latest rejected submission can be submitted "
                             "again. Reload the applicant's history.");
    if (is(code, ImageNotAllowed))
        return ErrorText::tr("The image was not accepted. Use a PNG or JPEG image of at most "
                             "2 MiB.");
    if (is(code, PortalKeyRequired))
        return ErrorText::tr("The server accepts this only from the developer portal. Check the "
                             "portal's configured key.");
    if (is(code, AccountStatusConflict))
        return ErrorText::tr("This action does not fit the account's current status. Reload the "
                             "account to see its status.");
    if (is(code, AccountHasNoMobile))
        return ErrorText::tr("The account has no mobile number, so no code can be sent to it.");
    if (is(code, SmsQuotaExceeded))
        return ErrorText::tr("This number has reached its SMS limit. Wait until the next code is "
                             "allowed, or reset the SMS quota.");
    if (is(code, RevealLimitReached))
        return ErrorText::tr("You have revealed personal data too often in the last hour. Wait "
                             "before revealing more.");
    if (is(code, AppAlreadyBound))
        return ErrorText::tr("This app is already bound to an open platform account. Unbind it "
                             "there first.");
    if (is(code, AppNotBound))
        return ErrorText::tr("This app is not bound to an open platform account. Reload the "
                             "account.");
    if (is(code, BindingOwnerMismatch))
        return ErrorText::tr("The app and the open platform account belong to different owners, "
                             "so they cannot be bound.");
    if (is(code, PermissionSetHeldByOther))
        return ErrorText::tr("Another third-party platform holds this exclusive permission set "
                             "for the app. Revoke that authorization first.");
    if (is(code, AuthorizationRevoked))
        return ErrorText::tr("This authorization has already been revoked. Reload the account.");
    if (is(code, DepartmentCycle))
        return ErrorText::tr("A department cannot go under itself or one of its own "
                             "sub-departments. Choose another place.");
    if (is(code, DepartmentNotEmpty))
        return ErrorText::tr("This department still has members or sub-departments. Choose where "
                             "they should go, then delete it.");
    if (is(code, DepartmentNameTaken))
        return ErrorText::tr("Another department at the same place already has this name. Choose "
                             "a different name.");
    if (is(code, DepartmentParentGone))
        return ErrorText::tr("The department this one stood in has been deleted since. Restore "
                             "that department first, or create this one again elsewhere.");
    if (is(code, MemberLimitReached))
        return ErrorText::tr("This individual team has reached its member limit. Remove a member, "
                             "or upgrade the team through enterprise verification.");
    if (is(code, AlreadyMember))
        return ErrorText::tr("This account is already a member of the organization. Search for "
                             "them in the tree instead.");
    if (is(code, OwnerTransferRequired))
        return ErrorText::tr("The owner role changes only by transferring ownership. Transfer "
                             "ownership to another member first.");
    return {};
}

QString fieldSentence(const QString &field, const QString &code)
{
    using namespace ProblemCode;
    const QString label = ErrorText::fieldLabel(field);
    if (is(code, FieldMissing))
        return ErrorText::tr("%1 is required. Fill it in.").arg(label);
    if (is(code, FieldWrongType))
        return ErrorText::tr("%1 has the wrong kind of value. Correct it and try again.")
                .arg(label);
    if (is(code, FieldUnknown))
        return ErrorText::tr("The server does not know the field %1. Gatehouse and the server may "
                             "be different versions; tell support.")
                .arg(label);
    if (is(code, FieldPrivileged))
        return ErrorText::tr("%1 cannot be changed here. Leave it as it is.").arg(label);
    if (is(code, FieldTooLong))
        return ErrorText::tr("%1 is too long. Shorten it.").arg(label);
    if (is(code, FieldEmpty))
        return ErrorText::tr("%1 must not be empty. Fill it in.").arg(label);
    if (is(code, FieldControlCharacter))
        return ErrorText::tr("%1 contains invisible control characters. Type it again.").arg(label);
    if (is(code, FieldOutOfRange))
        return ErrorText::tr("%1 is outside the allowed range. Correct it.").arg(label);
    if (is(code, FieldNotAllowed))
        return ErrorText::tr("%1 has a value that is not allowed. Choose one of the offered "
                             "values.")
                .arg(label);
    if (is(code, FieldUnknownReference))
        return ErrorText::tr("%1 refers to something that does not exist here (any more). Reload "
                             "and choose again.")
                .arg(label);

    if (code == u"id_number_empty")
        return ErrorText::tr("Enter the resident ID number.");
    if (code == u"id_number_wrong_length")
        return ErrorText::tr("A resident ID number has 18 characters. Check the number.");
    if (code == u"id_number_invalid_character")
        return ErrorText::tr("A resident ID number has digits only, with X allowed as the last "
                             "character. Check the number.");
    if (code == u"id_number_unknown_region")
        return ErrorText::tr("The first six digits of this ID number are not a region code. "
                             "Check the number.");
    if (code == u"id_number_impossible_birth_date")
        return ErrorText::tr("The birth date in this ID number (digits 7 to 14) does not exist. "
                             "Check the number.");
    if (code == u"id_number_future_birth_date")
        return ErrorText::tr("The birth date in this ID number (digits 7 to 14) is in the "
                             "future. Check the number.");
    if (code == u"id_number_wrong_check_digit")
        return ErrorText::tr("The last character of this ID number does not match the others. "
                             "Check the number for a typo.");
    if (code == u"credit_code_empty")
        return ErrorText::tr("Enter the unified social credit code.");
    if (code == u"credit_code_wrong_length")
        return ErrorText::tr("A unified social credit code has 18 characters. Check the code.");
    if (code == u"credit_code_invalid_character")
        return ErrorText::tr("A unified social credit code has digits and capital letters other "
                             "than I, O, S, V and Z. Check the code.");
    if (code == u"credit_code_wrong_check_character")
        return ErrorText::tr("The last character of this credit code does not match the others. "
                             "Check the code for a typo.");
    if (code == u"mobile_empty")
        return ErrorText::tr("Enter the mobile number.");
    if (code == u"mobile_invalid_character")
        return ErrorText::tr("A mobile number has digits only, with +86 allowed in front. Check "
                             "the number.");
    if (code == u"mobile_wrong_length")
        return ErrorText::tr("A mainland mobile number has 11 digits. Check the number.");
    if (code == u"mobile_not_mainland")
        return ErrorText::tr("This is not a mainland China mobile number (those start with 13 to "
                             "19). Check the number.");
    if (code == u"email_empty")
        return ErrorText::tr("Enter the email address.");
    if (code == u"email_too_long")
        return ErrorText::tr("This email address is too long. Check it.");
    if (code == u"email_missing_at")
        return ErrorText::tr("An email address needs an @ between the name and the domain. Check "
                             "the address.");
    if (code == u"email_bad_local_part")
        return ErrorText::tr("The part of this email address before the @ is not valid. Check "
                             "the address.");
    if (code == u"email_bad_domain")
        return ErrorText::tr("The domain of this email address (after the @) is not valid. Check "
                             "the address.");
    if (code == u"website_empty")
        return ErrorText::tr("Enter the website address.");
    if (code == u"website_too_long")
        return ErrorText::tr("This website address is too long. Check it.");
    if (code == u"website_bad_scheme")
        return ErrorText::tr("A website address starts with https:// or http://. Check the "
                             "address.");
    if (code == u"website_bad_host")
        return ErrorText::tr("The website's host name is not valid (it needs a dot, as in "
                             "example.com). Check the address.");
    if (code == u"website_has_credentials")
        return ErrorText::tr("A website address must not contain a user name or password. Remove "
                             "them.");
    if (code == u"contact_number_empty")
        return ErrorText::tr("Enter the contact number.");
    if (code == u"contact_number_invalid")
        return ErrorText::tr("This is neither a mainland mobile number nor a landline with area "
                             "code (such as 010-12345678). Check the number.");
    return {};
}

QString lockedUntilSentence(const QDateTime &until)
{
    const QDateTime local = until.toLocalTime();
    const QLocale locale;
    const QString time = locale.toString(local.time(), u"HH:mm"_s);
    if (local.date() == QDate::currentDate()) {
        return ErrorText::tr("This account is locked after too many failed sign-ins. Try again "
                             "after %1, or ask an administrator to unlock it.")
                .arg(time);
    }
    return ErrorText::tr("This account is locked after too many failed sign-ins. Try again after "
                         "%1 %2, or ask an administrator to unlock it.")
            .arg(locale.toString(local.date(), QLocale::ShortFormat), time);
}

} // namespace

QString ErrorText::forProblem(const Problem &problem, int retryAfterSeconds,
                              const QString &requestId)
{
    using namespace ProblemCode;
    const QString &code = problem.code;
    if (is(code, AccountLocked)) {
        const QDateTime until =
                JsonTime::parse(problem.extensions.value(u"locked_until"_s).toString());
        if (until.isValid())
            return lockedUntilSentence(until);
    }
    if (is(code, InvalidCredentials) && problem.extensions.contains(u"attempts_remaining"_s)) {
        const int left = problem.extensions.value(u"attempts_remaining"_s).toInt();
        if (left > 0) {
            return tr("The username, email or password is not right. Check them and try again; "
                      "%n more failed attempt(s) will lock the account for a while.",
                      nullptr, left);
        }
    }
    if (is(code, RateLimited) && retryAfterSeconds > 0) {
        return tr("Too many requests in a short time. Wait %n second(s) and try again.", nullptr,
                  retryAfterSeconds);
    }
    if (is(code, ServiceUnavailable) && retryAfterSeconds > 0) {
        return tr("The server is temporarily unavailable. Try again in %n second(s).", nullptr,
                  retryAfterSeconds);
    }
    if (is(code, InternalError) && !requestId.isEmpty()) {
        return tr("The server ran into an internal error. Try again later; if it keeps "
                  "happening, give support the request ID %1.")
                .arg(requestId);
    }
    if (is(code, ClaimedByOther)) {
        const QString name =
                problem.extensions.value(u"claim"_s).toObject().value(u"name"_s).toString();
        if (!name.isEmpty()) {
            return tr("%1 is working on this item. Pick another one, or wait until their claim "
                      "runs out.")
                    .arg(name);
        }
    }
    if (is(code, ValidationFailed) && !problem.fieldProblems.isEmpty()) {
        const FieldProblem &first = problem.fieldProblems.first();
        const QString sentence = forFieldCode(first.field, first.code);
        const qsizetype others = problem.fieldProblems.size() - 1;
        if (others == 0)
            return sentence;
        return QString(sentence + u' '
                       + tr("Check the other %n marked field(s) too.", nullptr, int(others)));
    }
    return forProblemCode(code, problem.status);
}

QString ErrorText::forProblemCode(const QString &code, int httpStatus)
{
    const QString sentence = problemSentence(code);
    return sentence.isEmpty() ? forHttpStatus(httpStatus) : sentence;
}

QString ErrorText::forFieldCode(const QString &field, const QString &code)
{
    const QString sentence = fieldSentence(field, code);
    if (!sentence.isEmpty())
        return sentence;
    return tr("%1 is not valid. Correct it and try again.").arg(fieldLabel(field));
}

bool ErrorText::knowsProblemCode(const QString &code)
{
    return !problemSentence(code).isEmpty();
}

bool ErrorText::knowsFieldCode(const QString &code)
{
    return !fieldSentence(u"field"_s, code).isEmpty();
}

QString ErrorText::fieldLabel(const QString &field)
{
    if (field == u"login")
        return tr("Username or email");
    if (field == u"username")
        return tr("Username");
    if (field == u"password")
        return tr("Password");
    if (field == u"email")
        return tr("Email address");
    if (field == u"mobile")
        return tr("Mobile number");
    if (field == u"contact_number")
        return tr("Contact number");
    if (field == u"id_number")
        return tr("ID number");
    if (field == u"credit_code")
        return tr("Unified social credit code");
    if (field == u"company_name")
        return tr("Company name");
    if (field == u"display_name" || field == u"name")
        return tr("Name");
    if (field == u"reason")
        return tr("Reason");
    if (field == u"organization_id")
        return tr("Organization");
    if (field == u"website")
        return tr("Website");
    if (field == u"image")
        return tr("Image");
    if (field == u"parent_id")
        return tr("Parent department");
    if (field == u"department_id")
        return tr("Department");
    if (field == u"move_to")
        return tr("Target department");
    if (field == u"account_id")
        return tr("Account");
    if (field == u"member_id")
        return tr("Member");
    if (field == u"role")
        return tr("Role");
    if (field == u"title")
        return tr("Title");
    // An unknown field keeps its wire name, quoted, rather than vanish from the sentence.
    return tr("“%1”").arg(field);
}
