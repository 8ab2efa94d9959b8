#pragma once

#include <QtGlobal>

class AccountStore;
class AuditLog;
class Clock;
class Database;
struct ApiRequest;
struct HttpResponse;

// POST /api/v1/accounts/{id}/reveal: the clear ID number, mobile or email of
// one account, for a role allowed to (RevealPersonalData), with a reason.
// Every reveal is audited — who, which account, which fields, why — without
// the values; a staff member may reveal at most kPerHour times in any hour
// (429 reveal_limit_reached with Retry-After beyond). The answer says until
// when the console may show the values (kVisibleMs); like every answer it
// carries Cache-Control: no-store, and the server keeps no copy.
class RevealService
{
public:
    static constexpr int kPerHour = 20;
    static constexpr qint64 kVisibleMs = 2 * 60 * 1000;
    static constexpr qint64 kWindowMs = 60 * 60 * 1000;

    RevealService(Database &db, AccountStore &accounts, AuditLog &audit, const Clock &clock);

    HttpResponse reveal(ApiRequest &request, qint64 accountId);

private:
    // Times of the caller's reveals within the last hour, oldest first.
    QList<qint64> recentReveals(qint64 staffId, qint64 now);

    Database &m_db;
    AccountStore &m_accounts;
    AuditLog &m_audit;
    const Clock &m_clock;
};
