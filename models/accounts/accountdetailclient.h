#pragma once

#include "services/api/apiresult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class ApiClient;
class ApiJob;
class CacheStore;

// One account's detail as the view gets it: from the server, or — only when
// the server cannot be reached — the masked copy the cache kept, with its age.
struct AccountDetailAnswer
{
    ApiResult result;
    QJsonObject account; // empty when there is nothing to show
    bool fromCache = false;
    QDateTime fetchedAt;
};

// The support actions on one account (POST /api/v1/accounts/{id}/<action>).
enum class SupportAction : quint8 {
    ResetPassword,
    Unlock,
    Disable,
    Enable,
    EndSessions,
    ResendActivation,
    ResetSmsQuota,
};

// Every call the account view makes for one account: its detail (masked, with
// its version), its audit rows, a reveal, the support actions with If-Match and
// a reason, and the app and authorization changes. Only the detail is cached,
// as the server sent it — masked for every role; a reveal's answer never goes
// near the cache.
class AccountDetailClient
{
public:
    explicit AccountDetailClient(ApiClient &api, CacheStore *cache = nullptr)
        : m_api(api), m_cache(cache)
    { }

    // The detail, kept in the cache; from the cache only when the server is unreachable.
    void loadDetail(qint64 accountId, QObject *context,
                    std::function<void(const AccountDetailAnswer &)> done);
    ApiJob *load(qint64 accountId);
    ApiJob *loadAudit(qint64 accountId);
    ApiJob *reveal(qint64 accountId, const QStringList &fields, const QString &reason);
    // extra: the action's own fields besides the reason (method, end_sessions).
    ApiJob *run(qint64 accountId, SupportAction action, int version, const QString &reason,
                const QJsonObject &extra = {});
    ApiJob *unbindApp(qint64 appId, int version, const QString &reason);
    ApiJob *revokeAuthorization(qint64 authorizationId, int version, const QString &reason);

    static QString accountPath(qint64 accountId);
    static QString actionCode(SupportAction action); // "reset-password" …
    static constexpr char16_t kCacheKind[] = u"account_detail";

private:
    ApiClient &m_api;
    CacheStore *m_cache;
};
