#include "auth/authenticator.h"

#include "auth/sessionstore.h"
#include "auth/staffdirectory.h"
#include "domain/clock.h"
#include "http/apirequest.h"
#include "http/httpresponse.h"

using namespace Qt::StringLiterals;

Authenticator::Authenticator(SessionStore &sessions, StaffDirectory &staff, const Clock &clock)
    : m_sessions(sessions), m_staff(staff), m_clock(clock)
{ }

bool Authenticator::authenticate(ApiRequest &request, HttpResponse *denied)
{
    const auto challenge = [&](const char16_t *code, const QString &title) {
        *denied = HttpResponse::problem(401, code, title);
        denied->withHeader("WWW-Authenticate", "Bearer realm=\"gatehouse\"");
        return false;
    };
    const QByteArray header = request.header("authorization");
    if (!header.startsWith("Bearer ") || header.size() < 12)
        return challenge(ProblemCode::AuthenticationRequired, u"Sign in first."_s);
    const QString token = QString::fromLatin1(header.sliced(7).trimmed());
    const auto found = m_sessions.lookup(token, u"access"_s);
    if (!found)
        return challenge(ProblemCode::AuthenticationRequired, u"The access token is not valid."_s);
    const qint64 now = m_clock.nowMs();
    if (found->sessionRevokedAt || found->sessionExpiresAt <= now
        || found->staffStatus != u"active")
        return challenge(ProblemCode::SessionExpired, u"The session has ended. Sign in again."_s);
    if (found->tokenExpiresAt <= now)
        return challenge(ProblemCode::TokenExpired, u"The access token has expired; refresh it."_s);

    Principal &p = request.principal;
    p.staffId = found->staffId;
    p.staffName = found->staffName;
    p.username = found->username;
    p.sessionId = found->sessionId;
    p.platformOrgId = found->platformOrgId;
    p.roles = m_staff.roles(found->staffId, found->platformOrgId);
    if (p.roles.isEmpty()) {
        // No longer a member of the organization the session is scoped to.
        request.principal = {};
        return challenge(ProblemCode::SessionExpired,
                         u"You are no longer a member of this organization."_s);
    }
    return true;
}
