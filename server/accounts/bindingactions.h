#pragma once

#include <QtGlobal>

class AuditLog;
class Clock;
class Database;
class OpenPlatformStore;
struct ApiRequest;
struct HttpResponse;

// Support's changes to seed 003's bindings, each with a reason, If-Match with
// the app's (or the authorization's) version, and an audit row naming the app,
// the open-platform account or third-party platform, and the owner:
//   unbind an app from its open-platform account, and bind one back;
//   revoke a third-party platform's authorization, and grant one back.
// The rules hold with clear errors: an app is bound to one open-platform
// account at most (409 app_already_bound), of the same owner (409
// binding_owner_mismatch); an exclusive permission set is held by one
// third-party platform at most (409 permission_set_held_by_other).
class BindingActions
{
public:
    BindingActions(Database &db, OpenPlatformStore &store, AuditLog &audit, const Clock &clock);

    HttpResponse app(ApiRequest &request, qint64 appId);
    HttpResponse unbind(ApiRequest &request, qint64 appId);
    HttpResponse bind(ApiRequest &request, qint64 appId);
    HttpResponse revoke(ApiRequest &request, qint64 authorizationId);
    HttpResponse grant(ApiRequest &request, qint64 appId);

private:
    HttpResponse staleApp(qint64 orgId, qint64 appId);
    HttpResponse staleAuthorization(qint64 orgId, qint64 authorizationId);

    Database &m_db;
    OpenPlatformStore &m_store;
    AuditLog &m_audit;
    const Clock &m_clock;
};
