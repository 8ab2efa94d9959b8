#include "routes/auditroutes.h"

#include "http/router.h"
#include "store/auditlog.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace AuditRoutes {

void add(Router &router, AuditLog &audit)
{
    router.add("GET", u"/api/v1/audit"_s, Access::permit(Permission::ReadAudit),
               [&audit](ApiRequest &r) {
                   AuditLog::Filter f;
                   f.platformOrgId = r.principal.platformOrgId;
                   f.targetType = r.query.queryItemValue(u"target_type"_s).left(64);
                   f.targetId = r.query.queryItemValue(u"target_id"_s).left(64);
                   f.action = r.query.queryItemValue(u"action"_s).left(64);
                   bool ok = true;
                   const QString actor = r.query.queryItemValue(u"actor_id"_s);
                   if (!actor.isEmpty())
                       f.actorId = actor.toLongLong(&ok);
                   const QString cursor = r.query.queryItemValue(u"cursor"_s);
                   if (ok && !cursor.isEmpty())
                       f.beforeId = cursor.toLongLong(&ok);
                   const QString limit = r.query.queryItemValue(u"limit"_s);
                   if (ok && !limit.isEmpty())
                       f.limit = limit.toInt(&ok);
                   if (!ok || f.limit < 1 || f.limit > 500 || f.beforeId < 0 || f.actorId < 0) {
                       return HttpResponse::validation(
                               {{u"query"_s, QString::fromUtf16(ProblemCode::FieldOutOfRange)}});
                   }
                   const QList<AuditEntry> rows = audit.list(f);
                   QJsonArray items;
                   for (const AuditEntry &e : rows)
                       items.append(e.toJson());
                   QJsonObject page{{u"items"_s, items}};
                   page.insert(u"next_cursor"_s,
                               rows.size() == f.limit ? QJsonValue(QString::number(rows.last().id))
                                                      : QJsonValue());
                   return HttpResponse::json(page);
               });

    router.add("GET", u"/api/v1/audit/verify"_s, Access::permit(Permission::ReadAudit),
               [&audit](ApiRequest &) {
                   const AuditChainCheck c = audit.verify();
                   return HttpResponse::json(QJsonObject{
                           {u"intact"_s, c.intact},
                           {u"rows_checked"_s, c.rowsChecked},
                           {u"first_broken_id"_s,
                            c.firstBrokenId ? QJsonValue(c.firstBrokenId) : QJsonValue()}});
               });
}

} // namespace AuditRoutes
