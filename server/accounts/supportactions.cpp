#include "accounts/supportactions.h"

#include "accounts/accountdetail.h"
#include "accounts/smsquotaservice.h"
#include "accounts/temporarypassword.h"
#include "auth/passwordhasher.h"
#include "auth/tokens.h"
#include "domain/clock.h"
#include "domain/jsonfields.h"
#include "domain/jsontime.h"
#include "domain/personaldatamask.h"
#include "http/requestaudit.h"
#include "store/auditlog.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

namespace {

// What a client sees of an account but may never set through an action.
const QSet<QString> kPrivileged{u"id"_s,
                                u"username"_s,
                                u"email"_s,
                                u"mobile"_s,
                                u"display_name"_s,
                                u"name_latin"_s,
                                u"status"_s,
                                u"account_type"_s,
                                u"version"_s,
                                u"lock"_s,
                                u"locked_until"_s,
                                u"lock_reason"_s,
                                u"disabled_reason"_s,
                                u"password"_s,
                                u"password_hash"_s,
                                u"must_change_password"_s,
                                u"created_by_agent"_s,
                                u"temporary_password"_s,
                                u"realname"_s,
                                u"sms"_s};

QJsonValue timeOrNull(qint64 ms)
{
    return ms > 0 ? QJsonValue(JsonTime::formatMs(ms)) : QJsonValue();
}

} // namespace

SupportActions::SupportActions(Database &db, AccountStore &accounts, AccountDetail &detail,
                               SmsQuotaService &sms, PasswordHasher &hasher, AuditLog &audit,
                               const Clock &clock)
    : m_db(db), m_accounts(accounts), m_detail(detail), m_sms(sms), m_hasher(hasher),
      m_audit(audit), m_clock(clock)
{ }

HttpResponse SupportActions::stale(const ApiRequest &r, qint64 accountId, qint64 now)
{
    const auto current = m_accounts.find(r.principal.platformOrgId, accountId);
    if (!current)
        return HttpResponse::problem(404, ProblemCode::NotFound, u"No such account."_s);
    Problem p;
    p.status = 412;
    p.code = QString::fromUtf16(ProblemCode::PreconditionFailed);
    p.title = u"Someone changed this account since you looked at it."_s;
    p.extensions.insert(u"current"_s, m_detail.build(*current, now));
    return HttpResponse::problem(p).withEtag(current->version);
}

HttpResponse SupportActions::smsRefused(const SmsQuotaState &state, qint64 now)
{
    Problem p;
    p.status = 429;
    p.code = QString::fromUtf16(ProblemCode::SmsQuotaExceeded);
    const QString limit = SmsQuota::limitCode(state.blockedBy);
    p.title = u"The number has had its SMS codes for this %1."_s.arg(limit);
    p.extensions.insert(u"limit"_s, limit);
    p.extensions.insert(u"next_allowed_at"_s, JsonTime::formatMs(state.nextAllowedAt));
    p.extensions.insert(u"sent_last_minute"_s, state.lastMinute);
    p.extensions.insert(u"sent_last_hour"_s, state.lastHour);
    p.extensions.insert(u"sent_today"_s, state.today);
    const qint64 seconds = std::max<qint64>(1, (state.nextAllowedAt - now + 999) / 1000);
    return HttpResponse::problem(p).withHeader("Retry-After", QByteArray::number(seconds));
}

HttpResponse SupportActions::run(ApiRequest &r, qint64 accountId, const Spec &spec)
{
    const qint64 org = r.principal.platformOrgId;
    const auto account = m_accounts.find(org, accountId);
    if (!account)
        return HttpResponse::problem(404, ProblemCode::NotFound, u"No such account."_s);
    HttpResponse problem;
    std::optional<int> version;
    if (spec.needsIfMatch) {
        version = r.ifMatchVersion(&problem);
        if (!version)
            return problem;
    }
    const auto body = r.jsonBody(&problem);
    if (!body)
        return problem;
    JsonFieldReader fields(*body);
    const QString reason = fields.requiredString(u"reason"_s, 500).trimmed();
    if (spec.readFields)
        spec.readFields(fields);
    fields.finish(kPrivileged);
    if (!fields.ok())
        return HttpResponse::validation(fields.problems());

    const qint64 now = m_clock.nowMs();
    if (version && *version != account->version)
        return stale(r, accountId, now);
    if (spec.refuse) {
        const Refusal refusal = spec.refuse(*account);
        if (refusal.code) {
            Problem p;
            p.status = 409;
            p.code = QString::fromUtf16(refusal.code);
            p.title = refusal.title;
            p.extensions.insert(u"account_status"_s, account->status);
            return HttpResponse::problem(p);
        }
    }

    Outcome outcome;
    bool applied = false;
    m_db.transaction([&] {
        applied = spec.apply(*account, version.value_or(account->version), reason, outcome);
        if (!applied)
            return;
        AuditEntry e = auditEntryFor(r, spec.action, u"account"_s, QString::number(accountId),
                                     account->targetName());
        e.before = outcome.before;
        e.after = outcome.after;
        e.reason = reason;
        e.result = outcome.auditResult;
        m_audit.append(e);
    });
    if (!applied)
        return stale(r, accountId, now);
    if (outcome.refusal)
        return *outcome.refusal;
    const auto current = m_accounts.find(org, accountId);
    return HttpResponse::json(QJsonObject{{u"account"_s, m_detail.build(*current, now)},
                                          {u"result"_s, outcome.result}},
                              outcome.status)
            .withEtag(current->version);
}

HttpResponse SupportActions::unlock(ApiRequest &r, qint64 accountId)
{
    Spec spec;
    spec.action = u"account.unlock"_s;
    spec.refuse = [](const AccountCore &a) {
        return a.status == u"locked"
                ? Refusal{}
                : Refusal{ProblemCode::AccountStatusConflict, u"The account is not locked."_s};
    };
    spec.apply = [&](const AccountCore &a, int version, const QString &, Outcome &out) {
        if (!m_accounts.updateAtVersion(a.platformOrgId, a.id, version,
                                        u"status = 'active', locked_until = NULL,"
                                        " lock_reason = NULL"_s,
                                        {}))
            return false;
        const QJsonObject lock{{u"until"_s, timeOrNull(a.lockedUntil)},
                               {u"reason"_s, a.lockReason}};
        out.before = {{u"status"_s, a.status}, {u"lock"_s, lock}};
        out.after = {{u"status"_s, u"active"_s}};
        out.result = {{u"previous_lock"_s, lock}};
        return true;
    };
    return run(r, accountId, spec);
}

HttpResponse SupportActions::disable(ApiRequest &r, qint64 accountId)
{
    Spec spec;
    spec.action = u"account.disable"_s;
    spec.refuse = [](const AccountCore &a) {
        return a.status != u"disabled" ? Refusal{}
                                       : Refusal{ProblemCode::AccountStatusConflict,
                                                 u"The account is already disabled."_s};
    };
    spec.apply = [&](const AccountCore &a, int version, const QString &reason, Outcome &out) {
        if (!m_accounts.updateAtVersion(a.platformOrgId, a.id, version,
                                        u"status = 'disabled', disabled_reason = :why"_s,
                                        {{u":why"_s, reason}}))
            return false;
        // A disabled account is signed out everywhere at once.
        const int ended = m_accounts.endSessions(a.id, m_clock.nowMs());
        out.before = {{u"status"_s, a.status}};
        out.after = {{u"status"_s, u"disabled"_s}, {u"sessions_ended"_s, ended}};
        out.result = {{u"sessions_ended"_s, ended}};
        return true;
    };
    return run(r, accountId, spec);
}

HttpResponse SupportActions::enable(ApiRequest &r, qint64 accountId)
{
    Spec spec;
    spec.action = u"account.enable"_s;
    spec.refuse = [](const AccountCore &a) {
        return a.status == u"disabled"
                ? Refusal{}
                : Refusal{ProblemCode::AccountStatusConflict, u"The account is not disabled."_s};
    };
    spec.apply = [&](const AccountCore &a, int version, const QString &, Outcome &out) {
        // Back to what it was before it could be disabled: active once activated.
        const QString status = a.activated() ? u"active"_s : u"unactivated"_s;
        if (!m_accounts.updateAtVersion(a.platformOrgId, a.id, version,
                                        u"status = :status, disabled_reason = NULL,"
                                        " locked_until = NULL, lock_reason = NULL"_s,
                                        {{u":status"_s, status}}))
            return false;
        out.before = {{u"status"_s, a.status}, {u"disabled_reason"_s, a.disabledReason}};
        out.after = {{u"status"_s, status}};
        out.result = {{u"status"_s, status}};
        return true;
    };
    return run(r, accountId, spec);
}

HttpResponse SupportActions::endSessions(ApiRequest &r, qint64 accountId)
{
    Spec spec;
    spec.action = u"account.end_sessions"_s;
    spec.apply = [&](const AccountCore &a, int version, const QString &, Outcome &out) {
        if (!m_accounts.updateAtVersion(a.platformOrgId, a.id, version, QString(), {}))
            return false;
        const int ended = m_accounts.endSessions(a.id, m_clock.nowMs());
        out.before = {{u"open_sessions"_s, ended}};
        out.after = {{u"open_sessions"_s, 0}};
        out.result = {{u"sessions_ended"_s, ended}};
        return true;
    };
    return run(r, accountId, spec);
}

HttpResponse SupportActions::resetPassword(ApiRequest &r, qint64 accountId)
{
    QString method;
    bool endAll = false;
    Spec spec;
    spec.action = u"account.reset_password"_s;
    spec.readFields = [&](JsonFieldReader &f) {
        method = f.requiredString(u"method"_s, 32);
        endAll = f.optionalBool(u"end_sessions"_s).value_or(false);
        if (!method.isEmpty() && method != u"temporary_password" && method != u"reset_link")
            f.addProblem(u"method"_s, QString::fromUtf16(ProblemCode::FieldNotAllowed));
    };
    spec.refuse = [](const AccountCore &a) {
        if (a.status == u"disabled")
            return Refusal{ProblemCode::AccountStatusConflict,
                           u"The account is disabled; enable it first."_s};
        if (!a.activated())
            return Refusal{ProblemCode::AccountStatusConflict,
                           u"The account was never activated; resend the activation instead."_s};
        return Refusal{};
    };
    spec.apply = [&](const AccountCore &a, int version, const QString &, Outcome &out) {
        const qint64 now = m_clock.nowMs();
        out.before = {{u"password_set"_s, a.passwordSet},
                      {u"must_change_password"_s, a.mustChangePassword}};
        if (method == u"temporary_password") {
            // Shown once in this answer; only its Argon2id hash is kept.
            const QString password = TemporaryPassword::generate();
            if (!m_accounts.updateAtVersion(
                        a.platformOrgId, a.id, version,
                        u"password_hash = :hash, password_set = 1, must_change_password = 1,"
                        " password_reset_token_hash = NULL, password_reset_expires_at = NULL,"
                        " password_reset_at = :now"_s,
                        {{u":hash"_s, m_hasher.hash(password)}, {u":now"_s, now}}))
                return false;
            out.result = {{u"method"_s, method},
                          {u"temporary_password"_s, password},
                          {u"must_change_password"_s, true}};
            out.after = {{u"method"_s, method}, {u"must_change_password"_s, true}};
        } else {
            // The token rides in the link's fragment, so no web server logs it;
            // only its SHA-256 digest is kept.
            const QString token = Tokens::generate(u"ghp_");
            const qint64 expires = now + kResetLinkMs;
            if (!m_accounts.updateAtVersion(a.platformOrgId, a.id, version,
                                            u"password_reset_token_hash = :digest,"
                                            " password_reset_expires_at = :expires,"
                                            " password_reset_at = :now"_s,
                                            {{u":digest"_s, Tokens::digest(token)},
                                             {u":expires"_s, expires},
                                             {u":now"_s, now}}))
                return false;
            out.result = {{u"method"_s, method},
                          {u"reset_link"_s, QString(QString::fromUtf16(kResetLinkBase) + token)},
                          {u"expires_at"_s, JsonTime::formatMs(expires)},
                          {u"must_change_password"_s, a.mustChangePassword}};
            out.after = {{u"method"_s, method},
                         {u"reset_link_expires_at"_s, JsonTime::formatMs(expires)}};
        }
        const int ended = endAll ? m_accounts.endSessions(a.id, now) : 0;
        out.after.insert(u"sessions_ended"_s, ended);
        out.result.insert(u"sessions_ended"_s, ended);
        return true;
    };
    return run(r, accountId, spec);
}

HttpResponse SupportActions::resendActivation(ApiRequest &r, qint64 accountId)
{
    Spec spec;
    spec.action = u"account.resend_activation"_s;
    spec.refuse = [](const AccountCore &a) {
        if (a.status != u"unactivated")
            return Refusal{ProblemCode::AccountStatusConflict,
                           u"The account is not waiting for activation."_s};
        if (a.mobile.isEmpty())
            return Refusal{ProblemCode::AccountHasNoMobile,
                           u"The account has no mobile number to send the activation code to."_s};
        return Refusal{};
    };
    spec.apply = [&](const AccountCore &a, int version, const QString &, Outcome &out) {
        const qint64 now = m_clock.nowMs();
        m_accounts.lockRow(a.id);
        const SmsQuotaState quota = m_sms.state(a.mobile, now);
        out.before = {{u"mobile"_s, PersonalDataMask::mobile(a.mobile)},
                      {u"activation_sent_at"_s, timeOrNull(a.activationSentAt)}};
        if (!quota.allowsSend()) {
            // Recorded as refused (the user's history shows it); the account is unchanged.
            const SmsQuotaService::Attempt attempt =
                    m_sms.attempt(a.id, a.mobile, u"activate"_s, now);
            out.after = {{u"sms_result"_s, attempt.result}};
            out.auditResult = attempt.result;
            out.refusal = smsRefused(quota, now);
            return true;
        }
        if (!m_accounts.updateAtVersion(a.platformOrgId, a.id, version,
                                        u"activation_sent_at = :now"_s, {{u":now"_s, now}}))
            return false;
        const SmsQuotaService::Attempt attempt = m_sms.attempt(a.id, a.mobile, u"activate"_s, now);
        out.after = {{u"sms_result"_s, attempt.result},
                     {u"activation_sent_at"_s, JsonTime::formatMs(now)}};
        out.result = {{u"sms_result"_s, attempt.result}, {u"sms_send_id"_s, attempt.sendId}};
        return true;
    };
    return run(r, accountId, spec);
}

HttpResponse SupportActions::resetSmsQuota(ApiRequest &r, qint64 accountId)
{
    Spec spec;
    spec.action = u"account.reset_sms_quota"_s;
    spec.refuse = [](const AccountCore &a) {
        return a.mobile.isEmpty()
                ? Refusal{ProblemCode::AccountHasNoMobile, u"The account has no mobile number."_s}
                : Refusal{};
    };
    spec.apply = [&](const AccountCore &a, int version, const QString &, Outcome &out) {
        const qint64 now = m_clock.nowMs();
        if (!m_accounts.updateAtVersion(a.platformOrgId, a.id, version, QString(), {}))
            return false;
        const SmsQuotaState before = m_sms.state(a.mobile, now);
        m_sms.reset(a.mobile, r.principal.staffId, now);
        const QString blocked = SmsQuota::limitCode(before.blockedBy);
        out.before = {{u"mobile"_s, PersonalDataMask::mobile(a.mobile)},
                      {u"sent_last_hour"_s, before.lastHour},
                      {u"sent_today"_s, before.today},
                      {u"blocked_by"_s, blocked.isEmpty() ? QJsonValue() : QJsonValue(blocked)}};
        out.after = {
                {u"sent_last_hour"_s, 0}, {u"sent_today"_s, 0}, {u"blocked_by"_s, QJsonValue()}};
        out.result = {{u"reset_at"_s, JsonTime::formatMs(now)}};
        return true;
    };
    return run(r, accountId, spec);
}

HttpResponse SupportActions::sendTestCode(ApiRequest &r, qint64 accountId)
{
    Spec spec;
    spec.action = u"account.sms_send"_s;
    spec.needsIfMatch = false;
    spec.refuse = [](const AccountCore &a) {
        return a.mobile.isEmpty()
                ? Refusal{ProblemCode::AccountHasNoMobile, u"The account has no mobile number."_s}
                : Refusal{};
    };
    spec.apply = [&](const AccountCore &a, int, const QString &, Outcome &out) {
        const qint64 now = m_clock.nowMs();
        m_accounts.lockRow(a.id);
        const SmsQuotaService::Attempt attempt =
                m_sms.attempt(a.id, a.mobile, u"support_test"_s, now);
        out.before = {{u"mobile"_s, PersonalDataMask::mobile(a.mobile)},
                      {u"sent_today"_s, attempt.before.today}};
        out.after = {{u"sms_result"_s, attempt.result}, {u"sms_send_id"_s, attempt.sendId}};
        out.auditResult = attempt.before.allowsSend() ? u"success"_s : attempt.result;
        if (!attempt.before.allowsSend()) {
            out.refusal = smsRefused(attempt.before, now);
            return true;
        }
        out.status = 201;
        out.result = {{u"sms_send"_s,
                       QJsonObject{{u"id"_s, attempt.sendId},
                                   {u"at"_s, JsonTime::formatMs(now)},
                                   {u"purpose"_s, u"support_test"_s},
                                   {u"result"_s, attempt.result}}}};
        return true;
    };
    return run(r, accountId, spec);
}
