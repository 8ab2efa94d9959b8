#include "accounts/bindingactions.h"

#include "accounts/openplatformstore.h"
#include "domain/accountrecords.h"
#include "domain/clock.h"
#include "domain/jsonfields.h"
#include "http/httpresponse.h"
#include "http/requestaudit.h"
#include "store/auditlog.h"
#include "store/database.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

const QSet<QString> kAppPrivileged{
        u"id"_s,    u"kind"_s,    u"name"_s,     u"appid"_s,
        u"owner"_s, u"version"_s, u"bound_at"_s, u"open_platform_account"_s};
const QSet<QString> kAuthorizationPrivileged{u"id"_s,         u"app"_s,        u"exclusive"_s,
                                             u"granted_at"_s, u"revoked_at"_s, u"active"_s,
                                             u"version"_s};

HttpResponse notFound(const QString &what)
{
    return HttpResponse::problem(404, ProblemCode::NotFound, u"No such %1."_s.arg(what));
}

HttpResponse conflict(const char16_t *code, const QString &title, const QString &key = {},
                      const QJsonObject &value = {})
{
    Problem p;
    p.status = 409;
    p.code = QString::fromUtf16(code);
    p.title = title;
    if (!key.isEmpty())
        p.extensions.insert(key, value);
    return HttpResponse::problem(p);
}

} // namespace

BindingActions::BindingActions(Database &db, OpenPlatformStore &store, AuditLog &audit,
                               const Clock &clock)
    : m_db(db), m_store(store), m_audit(audit), m_clock(clock)
{ }

HttpResponse BindingActions::app(ApiRequest &r, qint64 appId)
{
    const auto app = m_store.app(r.principal.platformOrgId, appId);
    if (!app)
        return notFound(u"app"_s);
    return HttpResponse::json(app->toJson()).withEtag(app->version);
}

HttpResponse BindingActions::staleApp(qint64 orgId, qint64 appId)
{
    const auto current = m_store.app(orgId, appId);
    if (!current)
        return notFound(u"app"_s);
    Problem p;
    p.status = 412;
    p.code = QString::fromUtf16(ProblemCode::PreconditionFailed);
    p.title = u"Someone changed this app since you looked at it."_s;
    p.extensions.insert(u"current"_s, current->toJson());
    return HttpResponse::problem(p).withEtag(current->version);
}

HttpResponse BindingActions::staleAuthorization(qint64 orgId, qint64 authorizationId)
{
    const auto current = m_store.authorization(orgId, authorizationId);
    if (!current)
        return notFound(u"authorization"_s);
    Problem p;
    p.status = 412;
    p.code = QString::fromUtf16(ProblemCode::PreconditionFailed);
    p.title = u"Someone changed this authorization since you looked at it."_s;
    p.extensions.insert(u"current"_s, current->toJson());
    return HttpResponse::problem(p).withEtag(current->version);
}

HttpResponse BindingActions::unbind(ApiRequest &r, qint64 appId)
{
    const qint64 org = r.principal.platformOrgId;
    const auto app = m_store.app(org, appId);
    if (!app)
        return notFound(u"app"_s);
    HttpResponse problem;
    const auto version = r.ifMatchVersion(&problem);
    if (!version)
        return problem;
    const auto body = r.jsonBody(&problem);
    if (!body)
        return problem;
    JsonFieldReader f(*body);
    const QString reason = f.requiredString(u"reason"_s, 500).trimmed();
    f.finish(kAppPrivileged);
    if (!f.ok())
        return HttpResponse::validation(f.problems());
    if (*version != app->version)
        return staleApp(org, appId);
    if (!app->openPlatformAccountId)
        return conflict(ProblemCode::AppNotBound,
                        u"The app is not bound to an open platform account."_s);
    bool applied = false;
    m_db.transaction([&] {
        applied = m_store.unbind(appId, *version);
        if (!applied)
            return;
        AuditEntry e =
                auditEntryFor(r, u"app.unbind"_s, u"app"_s, QString::number(appId), app->name);
        e.before = {{u"open_platform_account"_s,
                     QJsonObject{{u"id"_s, app->openPlatformAccountId},
                                 {u"name"_s, app->openPlatformAccountName}}},
                    {u"owner"_s,
                     QJsonObject{{u"id"_s, app->ownerAccountId}, {u"name"_s, app->ownerName}}}};
        e.after = {{u"open_platform_account"_s, QJsonValue()}};
        e.reason = reason;
        m_audit.append(e);
    });
    if (!applied)
        return staleApp(org, appId);
    const auto current = m_store.app(org, appId);
    return HttpResponse::json(QJsonObject{{u"app"_s, current->toJson()}})
            .withEtag(current->version);
}

HttpResponse BindingActions::bind(ApiRequest &r, qint64 appId)
{
    const qint64 org = r.principal.platformOrgId;
    const auto app = m_store.app(org, appId);
    if (!app)
        return notFound(u"app"_s);
    HttpResponse problem;
    const auto version = r.ifMatchVersion(&problem);
    if (!version)
        return problem;
    const auto body = r.jsonBody(&problem);
    if (!body)
        return problem;
    JsonFieldReader f(*body);
    const qint64 target =
            f.requiredInteger(u"open_platform_account_id"_s, 1, std::numeric_limits<qint64>::max());
    const QString reason = f.requiredString(u"reason"_s, 500).trimmed();
    f.finish(kAppPrivileged);
    if (!f.ok())
        return HttpResponse::validation(f.problems());
    // Another organization's open-platform account is as unknown as a missing one.
    const auto account = m_store.openPlatformAccount(org, target);
    if (!account)
        return HttpResponse::validation({{u"open_platform_account_id"_s,
                                          QString::fromUtf16(ProblemCode::FieldNotAllowed)}});
    if (*version != app->version)
        return staleApp(org, appId);
    if (app->openPlatformAccountId) {
        return conflict(ProblemCode::AppAlreadyBound,
                        u"The app is already bound to the open platform account %1; an app is"
                        " bound to one at most."_s.arg(app->openPlatformAccountName),
                        u"bound_to"_s,
                        QJsonObject{{u"id"_s, app->openPlatformAccountId},
                                    {u"name"_s, app->openPlatformAccountName}});
    }
    if (account->ownerAccountId != app->ownerAccountId) {
        return conflict(ProblemCode::BindingOwnerMismatch,
                        u"The app and the open platform account have different owners."_s);
    }
    bool applied = false;
    m_db.transaction([&] {
        applied = m_store.bind(appId, *version, target, m_clock.nowMs());
        if (!applied)
            return;
        AuditEntry e = auditEntryFor(r, u"app.bind"_s, u"app"_s, QString::number(appId), app->name);
        e.before = {{u"open_platform_account"_s, QJsonValue()}};
        e.after = {{u"open_platform_account"_s,
                    QJsonObject{{u"id"_s, account->id}, {u"name"_s, account->name}}},
                   {u"owner"_s,
                    QJsonObject{{u"id"_s, app->ownerAccountId}, {u"name"_s, app->ownerName}}}};
        e.reason = reason;
        m_audit.append(e);
    });
    if (!applied)
        return staleApp(org, appId);
    const auto current = m_store.app(org, appId);
    return HttpResponse::json(QJsonObject{{u"app"_s, current->toJson()}})
            .withEtag(current->version);
}

HttpResponse BindingActions::revoke(ApiRequest &r, qint64 authorizationId)
{
    const qint64 org = r.principal.platformOrgId;
    const auto grant = m_store.authorization(org, authorizationId);
    if (!grant)
        return notFound(u"authorization"_s);
    HttpResponse problem;
    const auto version = r.ifMatchVersion(&problem);
    if (!version)
        return problem;
    const auto body = r.jsonBody(&problem);
    if (!body)
        return problem;
    JsonFieldReader f(*body);
    const QString reason = f.requiredString(u"reason"_s, 500).trimmed();
    f.finish(kAuthorizationPrivileged);
    if (!f.ok())
        return HttpResponse::validation(f.problems());
    if (*version != grant->version)
        return staleAuthorization(org, authorizationId);
    if (grant->revokedAt)
        return conflict(ProblemCode::AuthorizationRevoked,
                        u"The authorization is already revoked."_s);
    bool applied = false;
    m_db.transaction([&] {
        applied = m_store.revoke(authorizationId, *version, m_clock.nowMs());
        if (!applied)
            return;
        AuditEntry e = auditEntryFor(
                r, u"third_party_authorization.revoke"_s, u"third_party_authorization"_s,
                QString::number(authorizationId), grant->platformName + u" / "_s + grant->appName);
        e.before = {{u"active"_s, true},
                    {u"permission_set"_s, grant->permissionSet},
                    {u"app"_s, QJsonObject{{u"id"_s, grant->appId}, {u"name"_s, grant->appName}}},
                    {u"third_party_platform"_s,
                     QJsonObject{{u"id"_s, grant->platformId}, {u"name"_s, grant->platformName}}}};
        e.after = {{u"active"_s, false}};
        e.reason = reason;
        m_audit.append(e);
    });
    if (!applied)
        return staleAuthorization(org, authorizationId);
    const auto current = m_store.authorization(org, authorizationId);
    return HttpResponse::json(QJsonObject{{u"authorization"_s, current->toJson()}})
            .withEtag(current->version);
}

HttpResponse BindingActions::grant(ApiRequest &r, qint64 appId)
{
    const qint64 org = r.principal.platformOrgId;
    const auto app = m_store.app(org, appId);
    if (!app)
        return notFound(u"app"_s);
    HttpResponse problem;
    const auto version = r.ifMatchVersion(&problem);
    if (!version)
        return problem;
    const auto body = r.jsonBody(&problem);
    if (!body)
        return problem;
    JsonFieldReader f(*body);
    const qint64 platform =
            f.requiredInteger(u"third_party_platform_id"_s, 1, std::numeric_limits<qint64>::max());
    const QString set = f.requiredString(u"permission_set"_s, 64);
    const QString reason = f.requiredString(u"reason"_s, 500).trimmed();
    f.finish(kAuthorizationPrivileged);
    if (!set.isEmpty() && !PermissionSets::isKnown(set))
        f.addProblem(u"permission_set"_s, QString::fromUtf16(ProblemCode::FieldNotAllowed));
    const auto platformName = platform > 0 ? m_store.platformName(org, platform) : std::nullopt;
    if (platform > 0 && !platformName)
        f.addProblem(u"third_party_platform_id"_s,
                     QString::fromUtf16(ProblemCode::FieldNotAllowed));
    if (!f.ok())
        return HttpResponse::validation(f.problems());
    if (*version != app->version)
        return staleApp(org, appId);
    const QList<AuthorizationRecord> holders = m_store.activeGrants(appId, set);
    for (const AuthorizationRecord &holder : holders) {
        if (holder.platformId == platform) {
            return conflict(ProblemCode::Conflict,
                            u"The platform already holds this permission set for the app."_s,
                            u"held_by"_s, holder.toJson());
        }
    }
    if (PermissionSets::isExclusive(set) && !holders.isEmpty()) {
        const AuthorizationRecord &holder = holders.first();
        return conflict(ProblemCode::PermissionSetHeldByOther,
                        u"%1 holds %2 for this app; an exclusive permission set is held by one"
                        " third-party platform at most."_s.arg(holder.platformName, set),
                        u"held_by"_s, holder.toJson());
    }
    qint64 id = 0;
    m_db.transaction([&] {
        id = m_store.grant(*app, *version, platform, set, m_clock.nowMs());
        if (!id)
            return;
        AuditEntry e = auditEntryFor(r, u"third_party_authorization.grant"_s,
                                     u"third_party_authorization"_s, QString::number(id),
                                     *platformName + u" / "_s + app->name);
        e.before = {{u"active"_s, false}};
        e.after = {{u"active"_s, true},
                   {u"permission_set"_s, set},
                   {u"exclusive"_s, PermissionSets::isExclusive(set)},
                   {u"app"_s, QJsonObject{{u"id"_s, app->id}, {u"name"_s, app->name}}},
                   {u"third_party_platform"_s,
                    QJsonObject{{u"id"_s, platform}, {u"name"_s, *platformName}}}};
        e.reason = reason;
        m_audit.append(e);
    });
    if (!id)
        return staleApp(org, appId);
    const auto created = m_store.authorization(org, id);
    const auto current = m_store.app(org, appId);
    return HttpResponse::json(QJsonObject{{u"authorization"_s, created->toJson()},
                                          {u"app"_s, current->toJson()}},
                              201)
            .withEtag(current->version);
}
