#pragma once

#include "accounts/accountstore.h"
#include "domain/smsquota.h"
#include "http/httpresponse.h"

#include <QJsonObject>
#include <QSet>

#include <functional>
#include <optional>

class AccountDetail;
class AuditLog;
class Clock;
class Database;
class JsonFieldReader;
class PasswordHasher;
class SmsQuotaService;
struct ApiRequest;

// What support may do to an account (SupportActions): reset the password,
// unlock, disable, enable, end sessions, resend activation, reset the SMS
// quota, send a test code. Each needs a reason (`reason`) and If-Match with the
// account's version (428 without, 412 with the current account when stale),
// refuses what the account's status does not allow (409
// account_status_conflict), and writes its audit row — staff and account by
// name and id, before and after masked, the reason — in the transaction of the
// change. Answers {"account": <detail>, "result": {…}} with the new ETag.
class SupportActions
{
public:
    // How long a password-reset link works.
    static constexpr qint64 kResetLinkMs = 24LL * 60 * 60 * 1000;
    static constexpr char16_t kResetLinkBase[] =
            u"https://portal.gatehouse.invalid/reset-password#token=";

    SupportActions(Database &db, AccountStore &accounts, AccountDetail &detail,
                   SmsQuotaService &sms, PasswordHasher &hasher, AuditLog &audit,
                   const Clock &clock);

    HttpResponse resetPassword(ApiRequest &request, qint64 accountId);
    HttpResponse unlock(ApiRequest &request, qint64 accountId);
    HttpResponse disable(ApiRequest &request, qint64 accountId);
    HttpResponse enable(ApiRequest &request, qint64 accountId);
    HttpResponse endSessions(ApiRequest &request, qint64 accountId);
    HttpResponse resendActivation(ApiRequest &request, qint64 accountId);
    HttpResponse resetSmsQuota(ApiRequest &request, qint64 accountId);
    // A support agent's "send a test code": applies the quota and records the
    // result (the code itself is never made here). No If-Match: it changes no
    // field of the account; the quota is what limits it.
    HttpResponse sendTestCode(ApiRequest &request, qint64 accountId);

private:
    // One action's own parts; run() does what every action shares.
    struct Outcome
    {
        QJsonObject before;                  // audit, masked
        QJsonObject after;                   // audit, masked
        QJsonObject result;                  // the answer's "result"
        std::optional<HttpResponse> refusal; // set: answer this instead (after committing)
        QString auditResult = QStringLiteral("success");
        int status = 200;
    };
    struct Refusal
    {
        const char16_t *code = nullptr; // null: the action may go ahead
        QString title;
    };
    struct Spec
    {
        QString action; // audit action, e.g. account.unlock
        bool needsIfMatch = true;
        std::function<void(JsonFieldReader &)> readFields;
        // What the account's status does not allow (409 with that code).
        std::function<Refusal(const AccountCore &)> refuse;
        // In the transaction; false when the account changed first (412).
        std::function<bool(const AccountCore &, int version, const QString &reason, Outcome &)>
                apply;
    };
    HttpResponse run(ApiRequest &request, qint64 accountId, const Spec &spec);
    HttpResponse stale(const ApiRequest &request, qint64 accountId, qint64 now);
    HttpResponse smsRefused(const SmsQuotaState &state, qint64 now);

    Database &m_db;
    AccountStore &m_accounts;
    AccountDetail &m_detail;
    SmsQuotaService &m_sms;
    PasswordHasher &m_hasher;
    AuditLog &m_audit;
    const Clock &m_clock;
};
