#include "routes/queueroutes.h"

#include "domain/businesscalendar.h"
#include "domain/clock.h"
#include "domain/jsonfields.h"
#include "domain/jsonwriter.h"
#include "http/requestaudit.h"
#include "http/router.h"
#include "queues/decisionservice.h"
#include "queues/imagestore.h"
#include "queues/mailoutbox.h"
#include "queues/queuestore.h"
#include "queues/queuetable.h"
#include "queues/referencedata.h"
#include "store/auditlog.h"
#include "store/database.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

HttpResponse notFound()
{
    return HttpResponse::problem(404, ProblemCode::NotFound, u"No such item in this queue."_s);
}

// Resolves {queue} and {id}; false with *problem set when either is not valid.
bool itemFrom(const ApiRequest &r, QueueKind *kind, qint64 *id, HttpResponse *problem)
{
    if (!Queues::fromPathName(r.pathParams.value(u"queue"_s), kind)) {
        *problem = HttpResponse::problem(404, ProblemCode::NotFound, u"There is no such queue."_s);
        return false;
    }
    if (id) {
        const auto parsed = r.idParam(u"id"_s);
        if (!parsed) {
            *problem = notFound();
            return false;
        }
        *id = *parsed;
    }
    return true;
}

HttpResponse claimAnswer(QueueRouteContext &c, ApiRequest &r, QueueKind kind, qint64 id)
{
    const qint64 now = c.clock.nowMs();
    const StaffRef me{r.principal.staffId, r.principal.staffName};
    QueueStore::ClaimOutcome outcome;
    c.db.transaction([&] {
        outcome = c.queues.claim(kind, r.principal.platformOrgId, id, me, now, c.claimLeaseMs);
        if (outcome == QueueStore::ClaimOutcome::Claimed) {
            const QueueTable &t = QueueTable::of(kind);
            AuditEntry e =
                    auditEntryFor(r, t.targetType + u".claim"_s, t.targetType, QString::number(id),
                                  c.queues.column(kind, id, u"company_name"_s).toString());
            e.after = {{u"claim_expires_at"_s, now + c.claimLeaseMs}};
            c.audit.append(e);
        }
    });
    const auto current = c.queues.summary(kind, r.principal.platformOrgId, id, now);
    switch (outcome) {
    case QueueStore::ClaimOutcome::NotFound:
        return notFound();
    case QueueStore::ClaimOutcome::NotUnderReview:
        return HttpResponse::problem(409, ProblemCode::NotUnderReview,
                                     u"This item has already been decided."_s);
    case QueueStore::ClaimOutcome::HeldByOther: {
        Problem p;
        p.status = 409;
        p.code = QString::fromUtf16(ProblemCode::ClaimedByOther);
        p.title = u"%1 is working on this item."_s.arg(current->claimedByName);
        p.extensions.insert(u"claim"_s, current->toJson().value(u"claim"_s));
        return HttpResponse::problem(p);
    }
    case QueueStore::ClaimOutcome::Claimed:
    case QueueStore::ClaimOutcome::Renewed:
        break;
    }
    return HttpResponse::json(current->toJson()).withEtag(current->version);
}

} // namespace

namespace QueueRoutes {

void add(Router &router, QueueRouteContext c)
{
    const auto read = Access::permit(Permission::ReadQueues);
    const auto decide = Access::permit(Permission::DecideQueues);

    router.add("GET", u"/api/v1/queues/{queue}/items"_s, read, [c](ApiRequest &r) mutable {
        QueueKind kind;
        HttpResponse problem;
        if (!itemFrom(r, &kind, nullptr, &problem))
            return problem;
        QList<FieldProblem> problems;
        const QueueFilter filter = QueueFilter::fromQuery(r.query, &problems);
        QueuePage page;
        const qint64 now = c.clock.nowMs();
        if (!problems.isEmpty()
            || !c.queues.list(kind, r.principal.platformOrgId, r.principal.staffId, filter, now,
                              &page, &problems))
            return HttpResponse::validation(problems);
        JsonWriter out;
        out.beginObject().key(u"items").beginArray();
        for (const QueueItemSummary &s : std::as_const(page.items))
            s.writeJson(out);
        out.endArray();
        out.key(u"total");
        if (page.total >= 0)
            out.value(page.total);
        else
            out.null();
        out.key(u"next_cursor");
        if (page.nextCursor.isEmpty())
            out.null();
        else
            out.value(page.nextCursor);
        out.key(u"server_time").time(now).endObject();
        return HttpResponse::jsonBytes(out.take());
    });

    router.add("GET", u"/api/v1/queues/{queue}/changes"_s, read, [c](ApiRequest &r) mutable {
        QueueKind kind;
        HttpResponse problem;
        if (!itemFrom(r, &kind, nullptr, &problem))
            return problem;
        const QDateTime since =
                QDateTime::fromString(r.query.queryItemValue(u"since"_s), Qt::ISODateWithMs);
        if (!since.isValid())
            return HttpResponse::validation(
                    {{u"since"_s, QString::fromUtf16(ProblemCode::FieldWrongType)}});
        // The list's filter comes along so the answer can say how many items match now.
        QList<FieldProblem> problems;
        const QueueFilter filter = QueueFilter::fromQuery(r.query, &problems);
        if (!problems.isEmpty())
            return HttpResponse::validation(problems);
        const qint64 now = c.clock.nowMs();
        constexpr int kLimit = 500;
        const QList<QueueItemSummary> rows = c.queues.changedSince(
                kind, r.principal.platformOrgId, since.toMSecsSinceEpoch(), now, kLimit);
        JsonWriter out;
        out.beginObject().key(u"items").beginArray();
        for (const QueueItemSummary &s : rows)
            s.writeJson(out);
        out.endArray();
        // A client that got a full batch asks again from the last change it saw.
        out.key(u"more").value(rows.size() == kLimit);
        out.key(u"total").value(
                c.queues.count(kind, r.principal.platformOrgId, r.principal.staffId, filter, now));
        out.key(u"server_time").time(now).endObject();
        return HttpResponse::jsonBytes(out.take());
    });

    router.add("GET", u"/api/v1/queues/{queue}/items/{id}"_s, read, [c](ApiRequest &r) mutable {
        QueueKind kind;
        qint64 id = 0;
        HttpResponse problem;
        if (!itemFrom(r, &kind, &id, &problem))
            return problem;
        const auto d = c.queues.detail(kind, r.principal.platformOrgId, id, c.clock.nowMs());
        if (!d)
            return notFound();
        return HttpResponse::json(d->toJson()).withEtag(d->summary.version);
    });

    router.add("POST", u"/api/v1/queues/{queue}/items/{id}/claim"_s, decide,
               [c](ApiRequest &r) mutable {
                   QueueKind kind;
                   qint64 id = 0;
                   HttpResponse problem;
                   if (!itemFrom(r, &kind, &id, &problem))
                       return problem;
                   return claimAnswer(c, r, kind, id);
               });

    router.add(
            "POST", u"/api/v1/queues/{queue}/items/{id}/release"_s, decide,
            [c](ApiRequest &r) mutable {
                QueueKind kind;
                qint64 id = 0;
                HttpResponse problem;
                if (!itemFrom(r, &kind, &id, &problem))
                    return problem;
                const qint64 now = c.clock.nowMs();
                const auto before = c.queues.summary(kind, r.principal.platformOrgId, id, now);
                if (!before)
                    return notFound();
                // Administrators may release someone else's claim (a colleague went home).
                const bool force = r.query.queryItemValue(u"force"_s) == u"true"
                        && r.principal.roles.contains(Role::Administrator);
                bool released = false;
                c.db.transaction([&] {
                    released = c.queues.release(kind, r.principal.platformOrgId, id,
                                                r.principal.staffId, force, now);
                    if (released) {
                        const QueueTable &t = QueueTable::of(kind);
                        AuditEntry e = auditEntryFor(r, t.targetType + u".release"_s, t.targetType,
                                                     QString::number(id), before->companyName);
                        e.before = {{u"claimed_by"_s, before->claimedByName}};
                        c.audit.append(e);
                    }
                });
                if (!released && before->claimedById
                    && before->claimedById != r.principal.staffId) {
                    Problem p;
                    p.status = 409;
                    p.code = QString::fromUtf16(ProblemCode::ClaimedByOther);
                    p.title = u"%1 holds this item; only they or an administrator can release it."_s
                                      .arg(before->claimedByName);
                    return HttpResponse::problem(p);
                }
                const auto current = c.queues.summary(kind, r.principal.platformOrgId, id, now);
                return HttpResponse::json(current->toJson()).withEtag(current->version);
            });

    router.add("POST", u"/api/v1/queues/{queue}/next"_s, decide, [c](ApiRequest &r) mutable {
        QueueKind kind;
        HttpResponse problem;
        if (!itemFrom(r, &kind, nullptr, &problem))
            return problem;
        const qint64 now = c.clock.nowMs();
        std::optional<qint64> id;
        c.db.transaction([&] {
            id = c.queues.claimNext(kind, r.principal.platformOrgId,
                                    {r.principal.staffId, r.principal.staffName}, now,
                                    c.claimLeaseMs);
            if (id) {
                const QueueTable &t = QueueTable::of(kind);
                AuditEntry e = auditEntryFor(
                        r, t.targetType + u".claim"_s, t.targetType, QString::number(*id),
                        c.queues.column(kind, *id, u"company_name"_s).toString());
                e.after = {{u"claim_expires_at"_s, now + c.claimLeaseMs}, {u"via"_s, u"next"_s}};
                c.audit.append(e);
            }
        });
        if (!id)
            return HttpResponse::noContent();
        const auto d = c.queues.detail(kind, r.principal.platformOrgId, *id, now);
        return HttpResponse::json(d->toJson()).withEtag(d->summary.version);
    });

    router.add("POST", u"/api/v1/queues/{queue}/items/{id}/decision"_s, decide,
               [c](ApiRequest &r) mutable {
                   QueueKind kind;
                   qint64 id = 0;
                   HttpResponse problem;
                   if (!itemFrom(r, &kind, &id, &problem))
                       return problem;
                   return c.decisions.decide(r, kind, id);
               });

    router.add("GET", u"/api/v1/queues/{queue}/items/{id}/mail-preview"_s, read,
               [c](ApiRequest &r) mutable {
                   QueueKind kind;
                   qint64 id = 0;
                   HttpResponse problem;
                   if (!itemFrom(r, &kind, &id, &problem))
                       return problem;
                   return c.decisions.preview(r, kind, id);
               });

    router.add("GET", u"/api/v1/queues/{queue}/items/{id}/audit"_s, read,
               [c](ApiRequest &r) mutable {
                   QueueKind kind;
                   qint64 id = 0;
                   HttpResponse problem;
                   if (!itemFrom(r, &kind, &id, &problem))
                       return problem;
                   if (!c.queues.summary(kind, r.principal.platformOrgId, id, c.clock.nowMs()))
                       return notFound();
                   AuditLog::Filter f;
                   f.platformOrgId = r.principal.platformOrgId;
                   f.targetType = QueueTable::of(kind).targetType;
                   f.targetId = QString::number(id);
                   f.limit = 200;
                   QJsonArray items;
                   const QList<AuditEntry> rows = c.audit.list(f);
                   for (const AuditEntry &e : rows)
                       items.append(e.toJson());
                   return HttpResponse::json(QJsonObject{{u"items"_s, items}});
               });

    router.add("GET", u"/api/v1/images/{id}"_s, read, [c](ApiRequest &r) mutable {
        const auto id = r.idParam(u"id"_s);
        const auto image = id ? c.images.fetch(r.principal.platformOrgId, *id) : std::nullopt;
        if (!image)
            return HttpResponse::problem(404, ProblemCode::NotFound, u"No such image."_s);
        HttpResponse response;
        response.contentType = image->contentType.toLatin1();
        response.body = image->bytes;
        response.withHeader("ETag", '"' + image->sha256.toLatin1() + '"');
        return response;
    });

    router.add("GET", u"/api/v1/mail-outbox"_s, read, [c](ApiRequest &r) mutable {
        bool ok = true;
        const QString before = r.query.queryItemValue(u"cursor"_s);
        const qint64 beforeId = before.isEmpty() ? 0 : before.toLongLong(&ok);
        if (!ok)
            return HttpResponse::validation(
                    {{u"cursor"_s, QString::fromUtf16(ProblemCode::FieldWrongType)}});
        const QJsonArray items = c.mail.list(
                r.principal.platformOrgId, r.query.queryItemValue(u"related_type"_s).left(64),
                r.query.queryItemValue(u"related_id"_s).left(32), beforeId, 50);
        QJsonObject page{{u"items"_s, items}};
        page.insert(u"next_cursor"_s,
                    items.size() == 50 ? QJsonValue(
                            QString::number(items.last().toObject().value(u"id"_s).toInteger()))
                                       : QJsonValue());
        return HttpResponse::json(page);
    });

    router.add("GET", u"/api/v1/reason-codes"_s, read, [c](ApiRequest &r) mutable {
        QJsonArray items;
        const QList<ReasonCode> codes =
                c.reference.reasonCodes(r.query.queryItemValue(u"kind"_s).left(64));
        for (const ReasonCode &code : codes)
            items.append(code.toJson());
        return HttpResponse::json(QJsonObject{{u"items"_s, items}});
    });

    router.add("PUT", u"/api/v1/reason-codes/{code}"_s, Access::permit(Permission::ManageStaff),
               [c](ApiRequest &r) mutable {
                   HttpResponse problem;
                   const auto body = r.jsonBody(&problem);
                   if (!body)
                       return problem;
                   JsonFieldReader f(*body);
                   ReasonCode code;
                   code.code = r.pathParams.value(u"code"_s);
                   code.kind = f.requiredString(u"kind"_s, 40);
                   code.textEn = f.requiredString(u"text_en"_s, 300);
                   code.textZh = f.requiredString(u"text_zh"_s, 300);
                   code.requiresText = f.optionalBool(u"requires_text"_s).value_or(false);
                   const bool active = f.optionalBool(u"active"_s).value_or(true);
                   const int sortKey =
                           int(f.optionalInteger(u"sort_key"_s, 0, 100000).value_or(500));
                   f.finish();
                   static const QRegularExpression codeShape(u"^[a-z][a-z0-9_]{1,63}$"_s);
                   if (!codeShape.match(code.code).hasMatch())
                       f.addProblem(u"code"_s, QString::fromUtf16(ProblemCode::FieldNotAllowed));
                   if (!code.kind.isEmpty() && code.kind != u"any"
                       && code.kind != u"workspace_application"
                       && code.kind != u"enterprise_verification")
                       f.addProblem(u"kind"_s, QString::fromUtf16(ProblemCode::FieldNotAllowed));
                   if (!f.ok())
                       return HttpResponse::validation(f.problems());
                   c.db.transaction([&] {
                       c.reference.saveReasonCode(code, active, sortKey);
                       AuditEntry e = auditEntryFor(r, u"reason_code.save"_s, u"reason_code"_s,
                                                    code.code, code.textEn);
                       e.after = code.toJson();
                       e.after.insert(u"active"_s, active);
                       c.audit.append(e);
                   });
                   return HttpResponse::json(code.toJson());
               });

    router.add("GET", u"/api/v1/calendar"_s, Access::permit(Permission::ReadOwnSession),
               [c](ApiRequest &) mutable {
                   return HttpResponse::json(QJsonObject{
                           {u"utc_offset_seconds"_s, BusinessCalendar::kUtcOffsetSeconds},
                           {u"days"_s, c.calendar.toJson()}});
               });

    router.add("PUT", u"/api/v1/calendar/{day}"_s, Access::permit(Permission::ManageStaff),
               [c](ApiRequest &r) mutable {
                   const QDate day = QDate::fromString(r.pathParams.value(u"day"_s), Qt::ISODate);
                   HttpResponse problem;
                   const auto body = r.jsonBody(&problem);
                   if (!body)
                       return problem;
                   JsonFieldReader f(*body);
                   const QString kind = f.requiredString(u"kind"_s, 16);
                   const QString name = f.optionalString(u"name"_s, 100).value_or(QString());
                   f.finish();
                   if (!day.isValid())
                       f.addProblem(u"day"_s, QString::fromUtf16(ProblemCode::FieldWrongType));
                   if (!kind.isEmpty() && kind != u"holiday" && kind != u"workday"
                       && kind != u"none")
                       f.addProblem(u"kind"_s, QString::fromUtf16(ProblemCode::FieldNotAllowed));
                   if (!f.ok())
                       return HttpResponse::validation(f.problems());
                   c.db.transaction([&] {
                       if (kind == u"none")
                           c.reference.removeCalendarDay(day);
                       else
                           c.reference.saveCalendarDay(day, kind, name);
                       AuditEntry e = auditEntryFor(r, u"calendar.save"_s, u"calendar_day"_s,
                                                    day.toString(Qt::ISODate), name);
                       e.after = {{u"kind"_s, kind}};
                       c.audit.append(e);
                   });
                   c.reference.loadCalendar(&c.calendar);
                   return HttpResponse::json(
                           QJsonObject{{u"day"_s, day.toString(Qt::ISODate)}, {u"kind"_s, kind}});
               });
}

} // namespace QueueRoutes
