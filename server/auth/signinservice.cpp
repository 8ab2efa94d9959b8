#include "auth/signinservice.h"

#include "auth/passwordhasher.h"
#include "auth/sessionstore.h"
#include "auth/staffdirectory.h"
#include "domain/clock.h"
#include "domain/jsonfields.h"
#include "domain/jsontime.h"
#include "domain/personaldatamask.h"
#include "domain/sessionrecords.h"
#include "http/httpresponse.h"
#include "http/requestaudit.h"
#include "store/database.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QString maskedLogin(const QString &login)
{
    if (login.contains(u'@'))
        return PersonalDataMask::email(login);
    // Two characters, never half of a surrogate pair.
    qsizetype keep = std::min<qsizetype>(2, login.size());
    if (keep > 0 && keep < login.size() && login[keep - 1].isHighSurrogate())
        ++keep;
    return login.left(keep) + u"***"_s;
}

// One answer for an unknown login and a wrong password. (Telling how many
// attempts remain would tell which logins exist.)
HttpResponse invalidCredentials()
{
    return HttpResponse::problem(401, ProblemCode::InvalidCredentials,
                                 u"The username, email or password is not right."_s);
}

HttpResponse locked(qint64 until, qint64 now)
{
    Problem p;
    p.status = 423;
    p.code = QString::fromUtf16(ProblemCode::AccountLocked);
    p.title = u"Too many failed sign-ins: this account is locked for a while."_s;
    p.detail = u"Try again after %1."_s.arg(JsonTime::formatMs(until));
    p.extensions.insert(u"locked_until"_s, JsonTime::formatMs(until));
    HttpResponse r = HttpResponse::problem(p);
    r.withHeader("Retry-After",
                 QByteArray::number(std::max<qint64>(1, (until - now + 999) / 1000)));
    return r;
}

HttpResponse notMember()
{
    return HttpResponse::problem(403, ProblemCode::NotAMember,
                                 u"You are not a member of that platform organization."_s);
}

} // namespace

SignInService::SignInService(Database &db, StaffDirectory &staff, SessionStore &sessions,
                             const PasswordHasher &hasher, AuditLog &audit, const Clock &clock,
                             const AuthSettings &settings)
    : m_db(db), m_staff(staff), m_sessions(sessions), m_hasher(hasher), m_audit(audit),
      m_clock(clock), m_settings(settings)
{ }

HttpResponse SignInService::signIn(ApiRequest &request)
{
    HttpResponse problem;
    const auto body = request.jsonBody(&problem);
    if (!body)
        return problem;
    JsonFieldReader fields(*body);
    const QString login = fields.requiredString(u"login"_s, 254).trimmed();
    const QString password = fields.requiredString(u"password"_s, 1024);
    const std::optional<qint64> orgId = fields.optionalInteger(u"organization_id"_s, 1, 1LL << 53);
    fields.finish();
    if (!fields.ok())
        return HttpResponse::validation(fields.problems());

    const qint64 now = m_clock.nowMs();
    std::optional<StaffRecord> staff = m_staff.findByLogin(login);
    AuditEntry audit =
            auditEntryFor(request, u"auth.sign_in"_s, u"staff"_s, QString(), maskedLogin(login));
    if (!staff) {
        m_hasher.verifyNothing(password);
        audit.result = u"failed"_s;
        audit.after = {{u"reason"_s, u"unknown_login"_s}};
        m_audit.append(audit);
        return invalidCredentials();
    }
    audit.actorId = staff->id;
    audit.actorName = staff->displayName;
    audit.actorRole = u"staff"_s;
    audit.targetId = QString::number(staff->id);
    audit.targetName = staff->username;

    if (staff->lockedUntil > now) {
        // The same answer whether or not the password is right: no oracle while locked.
        audit.result = u"locked"_s;
        audit.after = {{u"locked_until"_s, JsonTime::formatMs(staff->lockedUntil)}};
        m_audit.append(audit);
        return locked(staff->lockedUntil, now);
    }

    if (!m_hasher.verify(staff->passwordHash, password)) {
        StaffRecord updated = *staff;
        updated.failedSignIns += 1;
        bool lockedNow = false;
        if (updated.failedSignIns >= m_settings.failuresBeforeLockout) {
            updated.lockouts += 1;
            updated.lockedUntil = now + lockoutDuration(m_settings, updated.lockouts);
            updated.failedSignIns = 0;
            lockedNow = true;
        }
        m_db.transaction([&] {
            m_staff.recordFailure(updated);
            audit.result = lockedNow ? u"locked_out"_s : u"failed"_s;
            audit.before = {{u"failed_sign_ins"_s, staff->failedSignIns}};
            audit.after = {{u"failed_sign_ins"_s, updated.failedSignIns},
                           {u"lockouts"_s, updated.lockouts}};
            if (lockedNow)
                audit.after.insert(u"locked_until"_s, JsonTime::formatMs(updated.lockedUntil));
            m_audit.append(audit);
        });
        if (lockedNow)
            return locked(updated.lockedUntil, now);
        return invalidCredentials();
    }

    if (staff->status != u"active") {
        audit.result = u"disabled"_s;
        m_audit.append(audit);
        return HttpResponse::problem(403, ProblemCode::AccountDisabled,
                                     u"This staff account is disabled. Ask an administrator."_s);
    }

    const QList<PlatformOrganization> orgs = m_staff.memberships(staff->id);
    if (orgs.isEmpty()) {
        audit.result = u"no_organization"_s;
        m_audit.append(audit);
        return notMember();
    }
    qint64 chosen = 0;
    if (orgId) {
        for (const auto &o : orgs) {
            if (o.id == *orgId)
                chosen = o.id;
        }
        if (!chosen) {
            audit.result = u"not_member"_s;
            m_audit.append(audit);
            return notMember();
        }
    } else if (orgs.size() == 1) {
        chosen = orgs.first().id;
    }

    if (!chosen) {
        OrganizationChoice choice;
        m_db.transaction([&] {
            m_staff.recordSuccess(staff->id);
            choice.selectionToken = m_sessions.createSelection(staff->id, now);
            audit.result = u"organization_required"_s;
            m_audit.append(audit);
        });
        choice.expiresAt =
                QDateTime::fromMSecsSinceEpoch(now + m_settings.selectionTokenMs, Qt::UTC);
        choice.staff = staff->profile();
        choice.organizations = orgs;
        return HttpResponse::json(choice.toJson());
    }
    return grant(request, *staff, chosen, u"auth.sign_in"_s);
}

HttpResponse SignInService::chooseOrganization(ApiRequest &request)
{
    HttpResponse problem;
    const auto body = request.jsonBody(&problem);
    if (!body)
        return problem;
    JsonFieldReader fields(*body);
    const QString token = fields.requiredString(u"selection_token"_s, 200);
    const qint64 orgId = fields.requiredInteger(u"organization_id"_s, 1, 1LL << 53);
    fields.finish();
    if (!fields.ok())
        return HttpResponse::validation(fields.problems());
    const qint64 now = m_clock.nowMs();
    std::optional<qint64> staffId;
    m_db.transaction([&] { staffId = m_sessions.consumeSelection(token, now); });
    if (!staffId) {
        return HttpResponse::problem(401, ProblemCode::SelectionExpired,
                                     u"The organization choice has expired. Sign in again."_s);
    }
    const std::optional<StaffRecord> staff = m_staff.findById(*staffId);
    if (!staff || staff->status != u"active")
        return HttpResponse::problem(403, ProblemCode::AccountDisabled,
                                     u"This staff account is disabled."_s);
    if (!m_staff.isMember(*staffId, orgId))
        return notMember();
    return grant(request, *staff, orgId, u"auth.sign_in"_s);
}

HttpResponse SignInService::grant(ApiRequest &request, const StaffRecord &staff,
                                  qint64 platformOrgId, const QString &action, int status)
{
    const qint64 now = m_clock.nowMs();
    SessionGrant g;
    g.staff = staff.profile();
    g.organizations = m_staff.memberships(staff.id);
    for (const auto &o : std::as_const(g.organizations)) {
        if (o.id == platformOrgId)
            g.organization = o;
    }
    m_db.transaction([&] {
        if (action == u"auth.switch_organization")
            m_sessions.revokeSession(request.principal.sessionId, now, u"switched"_s);
        m_staff.recordSuccess(staff.id);
        const qint64 sessionId = m_sessions.createSession(staff.id, platformOrgId, now);
        const IssuedTokens t = m_sessions.issueTokens(sessionId, now);
        g.accessToken = t.accessToken;
        g.accessExpiresAt = QDateTime::fromMSecsSinceEpoch(t.accessExpiresAt, Qt::UTC);
        g.refreshToken = t.refreshToken;
        g.refreshExpiresAt = QDateTime::fromMSecsSinceEpoch(t.refreshExpiresAt, Qt::UTC);

        AuditEntry audit = auditEntryFor(request, action, u"staff"_s, QString::number(staff.id),
                                         staff.username);
        audit.platformOrgId = platformOrgId;
        audit.actorId = staff.id;
        audit.actorName = staff.displayName;
        audit.actorRole = g.organization.roles.codes().join(u',');
        audit.after = {{u"session_id"_s, sessionId}, {u"organization_id"_s, platformOrgId}};
        if (request.principal.sessionId)
            audit.before = {{u"session_id"_s, request.principal.sessionId},
                            {u"organization_id"_s, request.principal.platformOrgId}};
        m_audit.append(audit);
    });
    return HttpResponse::json(g.toJson(), status);
}

HttpResponse SignInService::refresh(ApiRequest &request)
{
    HttpResponse problem;
    const auto body = request.jsonBody(&problem);
    if (!body)
        return problem;
    JsonFieldReader fields(*body);
    const QString token = fields.requiredString(u"refresh_token"_s, 200);
    fields.finish();
    if (!fields.ok())
        return HttpResponse::validation(fields.problems());

    const qint64 now = m_clock.nowMs();
    const std::optional<TokenLookup> found = m_sessions.lookup(token, u"refresh"_s);
    if (!found) {
        return HttpResponse::problem(401, ProblemCode::RefreshTokenInvalid,
                                     u"The refresh token is not valid. Sign in again."_s);
    }
    AuditEntry audit = auditEntryFor(request, u"auth.refresh"_s, u"session"_s,
                                     QString::number(found->sessionId), found->username);
    audit.platformOrgId = found->platformOrgId;
    audit.actorId = found->staffId;
    audit.actorName = found->staffName;
    audit.actorRole = u"staff"_s;

    const auto reuse = [&] {
        // A used refresh token presented again means two holders: end the family.
        m_db.transaction([&] {
            m_sessions.revokeSession(found->sessionId, now, u"refresh_token_reused"_s);
            audit.action = u"auth.refresh_reuse"_s;
            audit.result = u"denied"_s;
            audit.after = {{u"session_revoked"_s, true}};
            m_audit.append(audit);
        });
        return HttpResponse::problem(
                401, ProblemCode::RefreshTokenReused,
                u"This refresh token was already used; the session is ended for safety."_s);
    };
    if (found->usedAt)
        return reuse();
    if (found->sessionRevokedAt || found->sessionExpiresAt <= now || found->tokenExpiresAt <= now
        || found->staffStatus != u"active"
        || !m_staff.isMember(found->staffId, found->platformOrgId)) {
        return HttpResponse::problem(401, ProblemCode::SessionExpired,
                                     u"The session has ended. Sign in again."_s);
    }

    SessionGrant g;
    bool reused = false;
    m_db.transaction([&] {
        if (!m_sessions.markUsed(token, now)) {
            reused = true;
            return;
        }
        m_sessions.touch(found->sessionId, now);
        const IssuedTokens t = m_sessions.issueTokens(found->sessionId, now);
        g.accessToken = t.accessToken;
        g.accessExpiresAt = QDateTime::fromMSecsSinceEpoch(t.accessExpiresAt, Qt::UTC);
        g.refreshToken = t.refreshToken;
        g.refreshExpiresAt = QDateTime::fromMSecsSinceEpoch(t.refreshExpiresAt, Qt::UTC);
        m_audit.append(audit);
    });
    if (reused)
        return reuse();
    const std::optional<StaffRecord> staff = m_staff.findById(found->staffId);
    g.staff = staff->profile();
    g.organizations = m_staff.memberships(found->staffId);
    for (const auto &o : std::as_const(g.organizations)) {
        if (o.id == found->platformOrgId)
            g.organization = o;
    }
    return HttpResponse::json(g.toJson());
}

HttpResponse SignInService::signOut(ApiRequest &request)
{
    const qint64 now = m_clock.nowMs();
    m_db.transaction([&] {
        m_sessions.revokeSession(request.principal.sessionId, now, u"signed_out"_s);
        AuditEntry audit = auditEntryFor(request, u"auth.sign_out"_s, u"session"_s,
                                         QString::number(request.principal.sessionId),
                                         request.principal.username);
        m_audit.append(audit);
    });
    return HttpResponse::noContent();
}

HttpResponse SignInService::switchOrganization(ApiRequest &request)
{
    HttpResponse problem;
    const auto body = request.jsonBody(&problem);
    if (!body)
        return problem;
    JsonFieldReader fields(*body);
    const qint64 orgId = fields.requiredInteger(u"organization_id"_s, 1, 1LL << 53);
    fields.finish();
    if (!fields.ok())
        return HttpResponse::validation(fields.problems());
    if (!m_staff.isMember(request.principal.staffId, orgId))
        return notMember();
    const std::optional<StaffRecord> staff = m_staff.findById(request.principal.staffId);
    return grant(request, *staff, orgId, u"auth.switch_organization"_s);
}

HttpResponse SignInService::me(ApiRequest &request)
{
    const std::optional<StaffRecord> staff = m_staff.findById(request.principal.staffId);
    const QList<PlatformOrganization> orgs = m_staff.memberships(request.principal.staffId);
    QJsonArray orgArray;
    QJsonObject current;
    for (const auto &o : orgs) {
        orgArray.append(o.toJson());
        if (o.id == request.principal.platformOrgId)
            current = o.toJson();
    }
    QJsonArray permissions;
    for (int i = 0; i < kPermissionCount; ++i) {
        if (request.principal.roles.allows(Permission(i)))
            permissions.append(Roles::permissionCode(Permission(i)));
    }
    return HttpResponse::json(QJsonObject{{u"staff"_s, staff->profile().toJson()},
                                          {u"organization"_s, current},
                                          {u"organizations"_s, orgArray},
                                          {u"permissions"_s, permissions},
                                          {u"session_id"_s, request.principal.sessionId}});
}
