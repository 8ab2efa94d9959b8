#include "models/audit/auditrecord.h"

#include "domain/jsontime.h"

using namespace Qt::StringLiterals;

AuditRecord AuditRecord::fromJson(const QJsonObject &o)
{
    AuditRecord r;
    r.id = o.value(u"id"_s).toInteger();
    r.at = JsonTime::parse(o.value(u"at"_s).toString());
    const QJsonObject actor = o.value(u"actor"_s).toObject();
    r.actorId = actor.value(u"id"_s).toInteger();
    r.actorName = actor.value(u"name"_s).toString();
    r.actorRole = actor.value(u"role"_s).toString();
    r.requestId = o.value(u"request_id"_s).toString();
    r.action = o.value(u"action"_s).toString();
    const QJsonObject target = o.value(u"target"_s).toObject();
    r.targetType = target.value(u"type"_s).toString();
    r.targetId = target.value(u"id"_s).toString();
    r.targetName = target.value(u"name"_s).toString();
    r.before = o.value(u"before"_s).toObject();
    r.after = o.value(u"after"_s).toObject();
    r.reason = o.value(u"reason"_s).toString();
    r.result = o.value(u"result"_s).toString();
    r.hash = o.value(u"hash"_s).toString();
    return r;
}
