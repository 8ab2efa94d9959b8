#include "queues/decisionservice.h"

#include "domain/clock.h"
#include "domain/jsonfields.h"
#include "http/httpresponse.h"
#include "http/requestaudit.h"
#include "queues/decisionmail.h"
#include "queues/idempotencystore.h"
#include "queues/mailoutbox.h"
#include "queues/provisioner.h"
#include "queues/queuestore.h"
#include "queues/queuetable.h"
#include "queues/referencedata.h"
#include "store/database.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

DecisionService::DecisionService(Database &db, QueueStore &queues, IdempotencyStore &idempotency,
                                 Provisioner &provisioner, MailOutbox &mail,
                                 ReferenceData &reference, AuditLog &audit, const Clock &clock)
    : m_db(db), m_queues(queues), m_idempotency(idempotency), m_provisioner(provisioner),
      m_mail(mail), m_reference(reference), m_audit(audit), m_clock(clock)
{ }

DecisionMail DecisionService::composeMail(QueueKind kind, qint64 id, QueueStatus decision,
                                          const QString &reasonCode, const QString &note)
{
    const qint64 applicant = m_queues.column(kind, id, u"applicant_account_id"_s).toLongLong();
    QSqlQuery &q = m_db.prepare(
            u"SELECT display_name, email, preferred_language FROM accounts WHERE id = :id"_s);
    q.bindValue(u":id"_s, applicant);
    m_db.exec(q);
    QString name, email, language;
    if (q.next()) {
        name = q.value(0).toString();
        email = q.value(1).toString();
        language = q.value(2).toString();
    }
    q.finish();
    if (email.isEmpty())
        email = m_queues.column(kind, id, u"applicant_email"_s).toString();
    const QString company = m_queues.column(kind, id, u"company_name"_s).toString();
    QString reasonText;
    if (decision == QueueStatus::Rejected) {
        if (const auto r = m_reference.reasonCode(reasonCode))
            reasonText = r->text(language != u"en");
    }
    return DecisionMail::compose(kind, decision, language, email, name, company, reasonText, note);
}

HttpResponse DecisionService::decide(ApiRequest &request, QueueKind kind, qint64 id)
{
    const QByteArray key = request.header("idempotency-key");
    if (key.isEmpty()) {
        return HttpResponse::problem(400, ProblemCode::IdempotencyKeyRequired,
                                     u"Send an Idempotency-Key with every decision."_s);
    }
    if (!IdempotencyStore::isWellFormed(key)) {
        return HttpResponse::problem(
                400, ProblemCode::IdempotencyKeyRequired,
                u"The Idempotency-Key must be 1 to 128 visible ASCII characters."_s);
    }
    const QString keyText = QString::fromLatin1(key);
    const QString requestHash = IdempotencyStore::requestHash(
            request.method, request.path, request.header("if-match"), request.body);
    if (const auto stored = m_idempotency.find(request.principal.staffId, keyText)) {
        if (stored->requestHash != requestHash) {
            return HttpResponse::problem(
                    422, ProblemCode::IdempotencyKeyReused,
                    u"This Idempotency-Key was used for a different request."_s);
        }
        HttpResponse replay;
        replay.status = stored->status;
        replay.contentType =
                stored->status >= 400 ? "application/problem+json" : "application/json";
        replay.body = stored->body;
        replay.withHeader("Idempotent-Replayed", "true");
        return replay;
    }

    HttpResponse problem;
    const auto version = request.ifMatchVersion(&problem);
    if (!version)
        return problem;
    const auto body = request.jsonBody(&problem);
    if (!body)
        return problem;
    JsonFieldReader fields(*body);
    const QString decisionText = fields.requiredString(u"decision"_s, 16);
    const QString reasonCode =
            fields.optionalString(u"reason_code"_s, 64).value_or(QString()).trimmed();
    const QString note =
            fields.optionalString(u"reason_text"_s, 2000).value_or(QString()).trimmed();
    fields.finish({u"status"_s, u"decided_by"_s, u"version"_s, u"id"_s});
    QueueStatus decision = QueueStatus::UnderReview;
    if (decisionText == u"approve")
        decision = QueueStatus::Approved;
    else if (decisionText == u"reject")
        decision = QueueStatus::Rejected;
    else if (!decisionText.isEmpty())
        fields.addProblem(u"decision"_s, QString::fromUtf16(ProblemCode::FieldNotAllowed));
    const QueueTable &table = QueueTable::of(kind);
    if (decision == QueueStatus::Rejected) {
        if (reasonCode.isEmpty()) {
            fields.addProblem(u"reason_code"_s, QString::fromUtf16(ProblemCode::FieldMissing));
        } else {
            const auto reason = m_reference.reasonCode(reasonCode);
            if (!reason || (reason->kind != u"any" && reason->kind != table.targetType))
                fields.addProblem(u"reason_code"_s,
                                  QString::fromUtf16(ProblemCode::FieldNotAllowed));
            else if (reason->requiresText && note.isEmpty())
                fields.addProblem(u"reason_text"_s, QString::fromUtf16(ProblemCode::FieldMissing));
        }
    } else if (decision == QueueStatus::Approved && !reasonCode.isEmpty()) {
        fields.addProblem(u"reason_code"_s, QString::fromUtf16(ProblemCode::FieldNotAllowed));
    }
    if (!fields.ok())
        return HttpResponse::validation(fields.problems());

    const qint64 now = m_clock.nowMs();
    const qint64 org = request.principal.platformOrgId;
    const StaffRef staff{request.principal.staffId, request.principal.staffName};
    HttpResponse response;
    m_db.transaction([&] {
        const std::optional<QueueItemSummary> before = m_queues.summary(kind, org, id, now);
        if (!before) {
            response = HttpResponse::problem(404, ProblemCode::NotFound,
                                             u"No such item in this queue."_s);
            return; // not stored: the id may yet exist for a retry with the right organization
        }
        const auto staleAnswer = [&] {
            const auto current = m_queues.detail(kind, org, id, now);
            Problem p;
            p.status = 412;
            p.code = QString::fromUtf16(ProblemCode::PreconditionFailed);
            p.title = u"This item changed since you looked at it."_s;
            if (current && current->summary.status != QueueStatus::UnderReview) {
                p.detail = u"%1 already decided it: %2."_s.arg(
                        current->decidedByName, Queues::statusCode(current->summary.status));
            }
            if (current)
                p.extensions.insert(u"current"_s, current->toJson());
            return HttpResponse::problem(p).withEtag(current ? current->summary.version : 0);
        };
        if (before->claimedById && before->claimedById != staff.id) {
            Problem p;
            p.status = 409;
            p.code = QString::fromUtf16(ProblemCode::ClaimedByOther);
            p.title = u"%1 is working on this item."_s.arg(before->claimedByName);
            p.extensions.insert(u"claim"_s, before->toJson().value(u"claim"_s));
            response = HttpResponse::problem(p);
        } else if (before->version != *version || before->status != QueueStatus::UnderReview
                   || !m_queues.decide(kind, org, id, *version, {decision, reasonCode, note}, staff,
                                       now)) {
            response = staleAnswer();
        } else {
            AuditEntry audit =
                    auditEntryFor(request, table.targetType + u".decide"_s, table.targetType,
                                  QString::number(id), before->companyName);
            audit.before = {{u"status"_s, Queues::statusCode(before->status)},
                            {u"version"_s, before->version}};
            audit.after = {{u"status"_s, Queues::statusCode(decision)},
                           {u"version"_s, before->version + 1}};
            audit.reason = reasonCode.isEmpty()
                    ? note
                    : (note.isEmpty() ? reasonCode : reasonCode + u": "_s + note);
            if (decision == QueueStatus::Approved) {
                if (kind == QueueKind::WorkspaceApplications) {
                    const qint64 workspace = m_provisioner.provisionWorkspace(
                            org, id, before->applicantAccountId, before->companyName,
                            m_queues.column(kind, id, u"logo_image_id"_s).toLongLong(), now);
                    audit.after.insert(u"workspace_id"_s, workspace);
                } else {
                    const qint64 team =
                            m_queues.column(kind, id, u"organization_id"_s).toLongLong();
                    m_provisioner.upgradeToCorporate(team, before->applicantAccountId);
                    audit.after.insert(u"organization_id"_s, team);
                    audit.after.insert(u"organization_type"_s, u"corporate"_s);
                }
            }
            const DecisionMail mail = composeMail(kind, id, decision, reasonCode, note);
            const qint64 mailId =
                    m_mail.queue(org, mail, table.targetType, QString::number(id), now);
            audit.after.insert(u"mail_id"_s, mailId);
            m_audit.append(audit);
            const auto current = m_queues.detail(kind, org, id, now);
            response = HttpResponse::json(current->toJson()).withEtag(current->summary.version);
        }
        if (response.status != 404) {
            const QByteArray stored = response.isProblem()
                    ? QJsonDocument(response.problemDocument->toJson())
                              .toJson(QJsonDocument::Compact)
                    : response.body;
            m_idempotency.save(staff.id, keyText, requestHash, response.status, stored, now);
        }
    });
    return response;
}

HttpResponse DecisionService::preview(ApiRequest &request, QueueKind kind, qint64 id)
{
    const qint64 now = m_clock.nowMs();
    if (!m_queues.summary(kind, request.principal.platformOrgId, id, now))
        return HttpResponse::problem(404, ProblemCode::NotFound, u"No such item in this queue."_s);
    const QString decisionText = request.query.queryItemValue(u"decision"_s);
    const QString reasonCode = request.query.queryItemValue(u"reason_code"_s).left(64);
    const QString note =
            request.query.queryItemValue(u"reason_text"_s, QUrl::FullyDecoded).left(2000);
    if (decisionText != u"approve" && decisionText != u"reject")
        return HttpResponse::validation(
                {{u"decision"_s, QString::fromUtf16(ProblemCode::FieldNotAllowed)}});
    const DecisionMail mail = composeMail(
            kind, id, decisionText == u"approve" ? QueueStatus::Approved : QueueStatus::Rejected,
            reasonCode, note);
    return HttpResponse::json(QJsonObject{{u"recipient"_s, mail.recipient},
                                          {u"language"_s, mail.language},
                                          {u"subject"_s, mail.subject},
                                          {u"body"_s, mail.body}});
}
