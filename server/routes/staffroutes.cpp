#include "routes/staffroutes.h"

#include "auth/staffdirectory.h"
#include "domain/clock.h"
#include "domain/jsonfields.h"
#include "domain/jsontime.h"
#include "http/requestaudit.h"
#include "http/router.h"
#include "store/database.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonObject staffJson(const StaffRecord &s, const RoleSet &roles, qint64 now)
{
    QJsonObject o = s.profile().toJson();
    o.insert(u"status"_s, s.status);
    o.insert(u"roles"_s, QJsonArray::fromStringList(roles.codes()));
    o.insert(u"locked"_s, s.lockedUntil > now);
    o.insert(u"locked_until"_s,
             s.lockedUntil > now ? QJsonValue(JsonTime::formatMs(s.lockedUntil)) : QJsonValue());
    o.insert(u"failed_sign_ins"_s, s.failedSignIns);
    o.insert(u"version"_s, s.version);
    return o;
}

} // namespace

namespace StaffRoutes {

void add(Router &router, Database &db, StaffDirectory &staff, AuditLog &audit, const Clock &clock)
{
    router.add("GET", u"/api/v1/staff"_s, Access::permit(Permission::ManageStaff),
               [&staff, &clock](ApiRequest &r) {
                   const qint64 now = clock.nowMs();
                   QJsonArray items;
                   const QList<StaffRecord> list =
                           staff.listForOrganization(r.principal.platformOrgId);
                   for (const StaffRecord &s : list)
                       items.append(
                               staffJson(s, staff.roles(s.id, r.principal.platformOrgId), now));
                   return HttpResponse::json(
                           QJsonObject{{u"items"_s, items}, {u"total"_s, items.size()}});
               });

    router.add("GET", u"/api/v1/staff/{id}"_s, Access::permit(Permission::ManageStaff),
               [&staff, &clock](ApiRequest &r) {
                   const auto id = r.idParam(u"id"_s);
                   const auto s = id ? staff.findById(*id) : std::nullopt;
                   // Another organization's staff are "not found", not "forbidden".
                   if (!s || !staff.isMember(s->id, r.principal.platformOrgId))
                       return HttpResponse::problem(404, ProblemCode::NotFound,
                                                    u"No such staff member."_s);
                   return HttpResponse::json(
                                  staffJson(*s, staff.roles(s->id, r.principal.platformOrgId),
                                            clock.nowMs()))
                           .withEtag(s->version);
               });

    router.add("POST", u"/api/v1/staff/{id}/unlock"_s, Access::permit(Permission::ManageStaff),
               [&db, &staff, &audit, &clock](ApiRequest &r) {
                   const auto id = r.idParam(u"id"_s);
                   const auto s = id ? staff.findById(*id) : std::nullopt;
                   if (!s || !staff.isMember(s->id, r.principal.platformOrgId))
                       return HttpResponse::problem(404, ProblemCode::NotFound,
                                                    u"No such staff member."_s);
                   HttpResponse problem;
                   const auto version = r.ifMatchVersion(&problem);
                   if (!version)
                       return problem;
                   const auto body = r.jsonBody(&problem);
                   if (!body)
                       return problem;
                   JsonFieldReader fields(*body);
                   const QString reason = fields.requiredString(u"reason"_s, 500);
                   // What a client sees of a staff member but may never set here.
                   fields.finish({u"id"_s, u"username"_s, u"email"_s, u"display_name"_s,
                                  u"status"_s, u"roles"_s, u"locked"_s, u"locked_until"_s,
                                  u"failed_sign_ins"_s, u"version"_s});
                   if (!fields.ok())
                       return HttpResponse::validation(fields.problems());
                   const qint64 now = clock.nowMs();
                   bool applied = false;
                   db.transaction([&] {
                       applied = staff.unlock(s->id, *version);
                       if (!applied)
                           return;
                       AuditEntry e = auditEntryFor(r, u"staff.unlock"_s, u"staff"_s,
                                                    QString::number(s->id), s->username);
                       e.before = {{u"locked_until"_s,
                                    s->lockedUntil > now ? JsonTime::formatMs(s->lockedUntil)
                                                         : QString()},
                                   {u"failed_sign_ins"_s, s->failedSignIns}};
                       e.after = {{u"locked_until"_s, QString()}, {u"failed_sign_ins"_s, 0}};
                       e.reason = reason;
                       audit.append(e);
                   });
                   const auto current = staff.findById(s->id);
                   const QJsonObject currentJson =
                           staffJson(*current, staff.roles(s->id, r.principal.platformOrgId), now);
                   if (!applied) {
                       Problem p;
                       p.status = 412;
                       p.code = QString::fromUtf16(ProblemCode::PreconditionFailed);
                       p.title = u"Someone changed this staff member since you looked."_s;
                       p.extensions.insert(u"current"_s, currentJson);
                       return HttpResponse::problem(p).withEtag(current->version);
                   }
                   return HttpResponse::json(currentJson).withEtag(current->version);
               });
}

} // namespace StaffRoutes
