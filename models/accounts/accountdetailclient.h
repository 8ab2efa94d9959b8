#pragma once

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

class ApiClient;
class ApiJob;

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
// a reason, and the app and authorization changes. Nothing here is cached:
// the detail is personal data, and reveals must never reach a disk.
class AccountDetailClient
{
public:
    explicit AccountDetailClient(ApiClient &api) : m_api(api) { }

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

private:
    ApiClient &m_api;
};
