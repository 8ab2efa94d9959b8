#pragma once

#include "http/apirequest.h"
#include "store/auditlog.h"

// An audit entry with actor, roles, organization and request id filled in from
// the request; the caller adds target, before/after, reason and result.
inline AuditEntry auditEntryFor(const ApiRequest &request, const QString &action,
                                const QString &targetType, const QString &targetId,
                                const QString &targetName)
{
    AuditEntry e;
    e.platformOrgId = request.principal.platformOrgId;
    e.actorId = request.principal.staffId;
    e.actorName = request.principal.isAuthenticated() ? request.principal.staffName
                                                      : QStringLiteral("anonymous");
    e.actorRole = request.principal.isAuthenticated() ? request.principal.roleText()
                                                      : QStringLiteral("anonymous");
    e.requestId = request.requestId;
    e.action = action;
    e.targetType = targetType;
    e.targetId = targetId;
    e.targetName = targetName;
    e.result = QStringLiteral("success");
    return e;
}
