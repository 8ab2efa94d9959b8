#include "queues/submissionservice.h"

#include "domain/clock.h"
#include "domain/creditcode.h"
#include "domain/emailaddress.h"
#include "domain/jsonfields.h"
#include "domain/mobilenumber.h"
#include "domain/websiteaddress.h"
#include "http/apirequest.h"
#include "http/httpresponse.h"
#include "queues/imagestore.h"
#include "queues/queuestore.h"
#include "queues/queuetable.h"
#include "store/auditlog.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

namespace {

QString code(const char16_t *c)
{
    return QString::fromUtf16(c);
}

} // namespace

SubmissionService::SubmissionService(Database &db, ImageStore &images, QueueStore &queues,
                                     const BusinessCalendar &calendar, AuditLog &audit,
                                     const Clock &clock)
    : m_db(db), m_images(images), m_queues(queues), m_calendar(calendar), m_audit(audit),
      m_clock(clock)
{ }

QStringList SubmissionService::applicantRoles()
{
    // The choice cards of the application form (seed 001); technical merchants are most.
    return {u"technical_merchant"_s, u"business_merchant"_s, u"service_provider"_s,
            u"individual_developer"_s};
}

bool SubmissionService::loadApplicant(qint64 accountId, Applicant *applicant)
{
    QSqlQuery &q = m_db.prepare(
            u"SELECT platform_org_id, display_name, email FROM accounts WHERE id = :id"_s);
    q.bindValue(u":id"_s, accountId);
    m_db.exec(q);
    if (!q.next())
        return false;
    applicant->orgId = q.value(0).toLongLong();
    applicant->name = q.value(1).toString();
    applicant->email = q.value(2).toString();
    q.finish();
    return true;
}

int SubmissionService::checkChain(QueueKind kind, qint64 accountId, qint64 orgId, qint64 previousId,
                                  HttpResponse *response)
{
    const QueueTable &t = QueueTable::of(kind);
    QSqlQuery &pending =
            m_db.prepare(u"SELECT COUNT(*) FROM "_s + t.table
                         + u" WHERE applicant_account_id = :a AND status = 'under_review'"_s);
    pending.bindValue(u":a"_s, accountId);
    m_db.exec(pending);
    const bool hasPending = pending.next() && pending.value(0).toLongLong() > 0;
    pending.finish();
    if (hasPending) {
        *response =
                HttpResponse::problem(409, ProblemCode::SubmissionPending,
                                      u"This applicant already has a submission under review."_s);
        return 0;
    }
    if (!previousId)
        return 1;
    QSqlQuery &q =
            m_db.prepare(u"SELECT applicant_account_id, platform_org_id, status, submission_number,"
                         " (SELECT COUNT(*) FROM "_s
                         + t.table + u" n WHERE n.previous_id = p.id) FROM "_s + t.table
                         + u" p WHERE p.id = :id"_s);
    q.bindValue(u":id"_s, previousId);
    m_db.exec(q);
    const bool found = q.next();
    const bool ok = found && q.value(0).toLongLong() == accountId
            && q.value(1).toLongLong() == orgId && q.value(2).toString() == u"rejected"
            && q.value(4).toLongLong() == 0;
    const int number = found ? q.value(3).toInt() + 1 : 0;
    q.finish();
    if (!ok) {
        *response = HttpResponse::problem(
                409, ProblemCode::ResubmissionNotAllowed,
                u"Only the applicant's latest rejected submission can be resubmitted."_s);
        return 0;
    }
    return number;
}

void SubmissionService::audit(QueueKind kind, qint64 id, const Applicant &applicant,
                              const QString &company, qint64 previousId, const QString &requestId)
{
    const QueueTable &t = QueueTable::of(kind);
    AuditEntry e;
    e.platformOrgId = applicant.orgId;
    e.actorName = applicant.name;
    e.actorRole = u"applicant"_s;
    e.requestId = requestId;
    e.action = t.targetType + (previousId ? u".resubmit"_s : u".submit"_s);
    e.targetType = t.targetType;
    e.targetId = QString::number(id);
    e.targetName = company;
    e.after = {{u"status"_s, u"under_review"_s}};
    if (previousId)
        e.before = {{u"previous_id"_s, previousId}};
    e.result = u"success"_s;
    m_audit.append(e);
}

qint64 SubmissionService::insertApplication(const ApplicationForm &f, const QString &requestId,
                                            HttpResponse *response)
{
    QList<FieldProblem> problems;
    Applicant applicant;
    if (!loadApplicant(f.applicantAccountId, &applicant))
        problems.append({u"applicant_account_id"_s, code(ProblemCode::NotFound)});
    if (!applicantRoles().contains(f.role))
        problems.append({u"applicant_role"_s, code(ProblemCode::FieldNotAllowed)});
    if (f.companyName.trimmed().isEmpty())
        problems.append({u"company_name"_s, code(ProblemCode::FieldEmpty)});
    QString website;
    if (!f.website.isEmpty()) {
        const auto w = WebsiteAddress::check(f.website);
        if (w.isValid())
            website = w.normalized;
        else
            problems.append({u"website"_s, WebsiteAddress::errorCode(w.error)});
    }
    QString phone;
    if (!f.contactNumber.isEmpty()) {
        const auto c = ContactNumber::check(f.contactNumber);
        if (c.isValid())
            phone = c.normalized;
        else
            problems.append({u"contact_number"_s, ContactNumber::errorCode(c.error)});
    }
    const auto email = EmailAddress::check(f.email);
    if (!email.isValid())
        problems.append({u"email"_s, EmailAddress::errorCode(email.error)});
    if (f.logoImageId && applicant.orgId && !m_images.belongsTo(applicant.orgId, f.logoImageId))
        problems.append({u"logo_image_id"_s, code(ProblemCode::NotFound)});
    if (!problems.isEmpty()) {
        *response = HttpResponse::validation(problems);
        return 0;
    }
    qint64 id = 0;
    m_db.transaction([&] {
        const int number = checkChain(QueueKind::WorkspaceApplications, f.applicantAccountId,
                                      applicant.orgId, f.previousId, response);
        if (!number)
            return;
        const qint64 now = m_clock.nowMs();
        const qint64 due =
                m_calendar.addBusinessDays(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC), 2)
                        .toMSecsSinceEpoch();
        QSqlQuery &q = m_db.prepare(
                u"INSERT INTO workspace_applications (platform_org_id, applicant_account_id, "
                u"applicant_role,"
                " company_name, logo_image_id, website, contact_number, email, status, "
                "submitted_at, due_at,"
                " previous_id, applicant_name, applicant_email, submission_number, "
                "claimed_by_name, updated_at) VALUES (:o,"
                " :a, :r, :c, :logo, :w, :p, :e, 'under_review', :now, :due, :prev, :an, :ae, :n, '', :now2) RETURNING id"_s);
        q.bindValue(u":o"_s, applicant.orgId);
        q.bindValue(u":a"_s, f.applicantAccountId);
        q.bindValue(u":r"_s, f.role);
        q.bindValue(u":c"_s, f.companyName.trimmed());
        q.bindValue(u":logo"_s, f.logoImageId ? QVariant(f.logoImageId) : QVariant());
        q.bindValue(u":w"_s, website.isEmpty() ? QVariant() : QVariant(website));
        q.bindValue(u":p"_s, phone.isEmpty() ? QVariant() : QVariant(phone));
        q.bindValue(u":e"_s, email.normalized);
        q.bindValue(u":now"_s, now);
        q.bindValue(u":now2"_s, now);
        q.bindValue(u":due"_s, due);
        q.bindValue(u":prev"_s, f.previousId ? QVariant(f.previousId) : QVariant());
        q.bindValue(u":an"_s, applicant.name);
        q.bindValue(u":ae"_s, Database::text(applicant.email));
        q.bindValue(u":n"_s, number);
        m_db.exec(q);
        q.next();
        id = q.value(0).toLongLong();
        q.finish();
        audit(QueueKind::WorkspaceApplications, id, applicant, f.companyName.trimmed(),
              f.previousId, requestId);
        m_queues.noteChange(QueueKind::WorkspaceApplications);
    });
    return id;
}

qint64 SubmissionService::insertVerification(const VerificationForm &f, const QString &requestId,
                                             HttpResponse *response)
{
    QList<FieldProblem> problems;
    Applicant applicant;
    if (!loadApplicant(f.applicantAccountId, &applicant))
        problems.append({u"applicant_account_id"_s, code(ProblemCode::NotFound)});
    // Only the owner of an individual team can ask to make it corporate.
    QSqlQuery &team = m_db.prepare(
            u"SELECT org_type FROM organizations WHERE id = :id AND owner_account_id = :a"_s);
    team.bindValue(u":id"_s, f.organizationId);
    team.bindValue(u":a"_s, f.applicantAccountId);
    m_db.exec(team);
    const QString teamType = team.next() ? team.value(0).toString() : QString();
    team.finish();
    if (teamType != u"individual")
        problems.append({u"organization_id"_s, code(ProblemCode::FieldNotAllowed)});
    if (f.companyName.trimmed().isEmpty())
        problems.append({u"company_name"_s, code(ProblemCode::FieldEmpty)});
    const auto credit = CreditCode::check(f.creditCode);
    if (!credit.isValid())
        problems.append({u"credit_code"_s, CreditCode::errorCode(credit.error)});
    if (f.legalRepresentative.trimmed().isEmpty())
        problems.append({u"legal_representative"_s, code(ProblemCode::FieldEmpty)});
    if (!f.licenceImageId)
        problems.append({u"licence_image_id"_s, code(ProblemCode::FieldMissing)});
    else if (applicant.orgId && !m_images.belongsTo(applicant.orgId, f.licenceImageId))
        problems.append({u"licence_image_id"_s, code(ProblemCode::NotFound)});
    if (f.contactName.trimmed().isEmpty())
        problems.append({u"contact_name"_s, code(ProblemCode::FieldEmpty)});
    const auto phone = ContactNumber::check(f.contactPhone);
    if (!phone.isValid())
        problems.append({u"contact_phone"_s, ContactNumber::errorCode(phone.error)});
    QString contactEmail;
    if (!f.contactEmail.isEmpty()) {
        const auto e = EmailAddress::check(f.contactEmail);
        if (e.isValid())
            contactEmail = e.normalized;
        else
            problems.append({u"contact_email"_s, EmailAddress::errorCode(e.error)});
    }
    if (!problems.isEmpty()) {
        *response = HttpResponse::validation(problems);
        return 0;
    }
    qint64 id = 0;
    m_db.transaction([&] {
        const int number = checkChain(QueueKind::EnterpriseVerifications, f.applicantAccountId,
                                      applicant.orgId, f.previousId, response);
        if (!number)
            return;
        const qint64 now = m_clock.nowMs();
        const qint64 due =
                m_calendar.addBusinessDays(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC), 2)
                        .toMSecsSinceEpoch();
        QSqlQuery &q = m_db.prepare(
                u"INSERT INTO enterprise_verifications (platform_org_id, applicant_account_id, "
                u"organization_id,"
                " company_name, credit_code, legal_representative, licence_image_id, contact_name, "
                "contact_phone,"
                " contact_email, status, submitted_at, due_at, previous_id, applicant_name, "
                "applicant_email,"
                " submission_number, claimed_by_name, updated_at) VALUES (:o, :a, :team, :c, :cc, "
                ":lr, :lic, :cn, :cp,"
                " :ce, 'under_review', :now, :due, :prev, :an, :ae, :n, '', :now2) RETURNING id"_s);
        q.bindValue(u":o"_s, applicant.orgId);
        q.bindValue(u":a"_s, f.applicantAccountId);
        q.bindValue(u":team"_s, f.organizationId);
        q.bindValue(u":c"_s, f.companyName.trimmed());
        q.bindValue(u":cc"_s, credit.normalized);
        q.bindValue(u":lr"_s, f.legalRepresentative.trimmed());
        q.bindValue(u":lic"_s, f.licenceImageId);
        q.bindValue(u":cn"_s, f.contactName.trimmed());
        q.bindValue(u":cp"_s, phone.normalized);
        q.bindValue(u":ce"_s, contactEmail.isEmpty() ? QVariant() : QVariant(contactEmail));
        q.bindValue(u":now"_s, now);
        q.bindValue(u":now2"_s, now);
        q.bindValue(u":due"_s, due);
        q.bindValue(u":prev"_s, f.previousId ? QVariant(f.previousId) : QVariant());
        q.bindValue(u":an"_s, applicant.name);
        q.bindValue(u":ae"_s, Database::text(applicant.email));
        q.bindValue(u":n"_s, number);
        m_db.exec(q);
        q.next();
        id = q.value(0).toLongLong();
        q.finish();
        audit(QueueKind::EnterpriseVerifications, id, applicant, f.companyName.trimmed(),
              f.previousId, requestId);
        m_queues.noteChange(QueueKind::EnterpriseVerifications);
    });
    return id;
}

HttpResponse SubmissionService::submitApplication(ApiRequest &request)
{
    HttpResponse problem;
    const auto body = request.jsonBody(&problem);
    if (!body)
        return problem;
    JsonFieldReader r(*body);
    ApplicationForm f;
    f.applicantAccountId = r.requiredInteger(u"applicant_account_id"_s, 1, 1LL << 53);
    f.role = r.requiredString(u"applicant_role"_s, 40);
    f.companyName = r.requiredString(u"company_name"_s, 100);
    f.logoImageId = r.optionalInteger(u"logo_image_id"_s, 1, 1LL << 53).value_or(0);
    f.website = r.optionalString(u"website"_s, 2048).value_or(QString());
    f.contactNumber = r.optionalString(u"contact_number"_s, 40).value_or(QString());
    f.email = r.requiredString(u"email"_s, 254);
    f.previousId = r.optionalInteger(u"previous_id"_s, 1, 1LL << 53).value_or(0);
    r.finish({u"id"_s, u"status"_s, u"platform_org_id"_s, u"submitted_at"_s, u"due_at"_s,
              u"decided_by"_s, u"version"_s, u"claimed_by"_s});
    if (!r.ok())
        return HttpResponse::validation(r.problems());
    HttpResponse response;
    const qint64 id = insertApplication(f, request.requestId, &response);
    if (!id)
        return response;
    return HttpResponse::json(QJsonObject{{u"id"_s, id}, {u"status"_s, u"under_review"_s}}, 201);
}

HttpResponse SubmissionService::submitVerification(ApiRequest &request)
{
    HttpResponse problem;
    const auto body = request.jsonBody(&problem);
    if (!body)
        return problem;
    JsonFieldReader r(*body);
    VerificationForm f;
    f.applicantAccountId = r.requiredInteger(u"applicant_account_id"_s, 1, 1LL << 53);
    f.organizationId = r.requiredInteger(u"organization_id"_s, 1, 1LL << 53);
    f.companyName = r.requiredString(u"company_name"_s, 100);
    f.creditCode = r.requiredString(u"credit_code"_s, 40);
    f.legalRepresentative = r.requiredString(u"legal_representative"_s, 50);
    f.licenceImageId = r.requiredInteger(u"licence_image_id"_s, 1, 1LL << 53);
    f.contactName = r.requiredString(u"contact_name"_s, 50);
    f.contactPhone = r.requiredString(u"contact_phone"_s, 40);
    f.contactEmail = r.optionalString(u"contact_email"_s, 254).value_or(QString());
    f.previousId = r.optionalInteger(u"previous_id"_s, 1, 1LL << 53).value_or(0);
    r.finish({u"id"_s, u"status"_s, u"platform_org_id"_s, u"submitted_at"_s, u"due_at"_s,
              u"decided_by"_s, u"version"_s, u"claimed_by"_s});
    if (!r.ok())
        return HttpResponse::validation(r.problems());
    HttpResponse response;
    const qint64 id = insertVerification(f, request.requestId, &response);
    if (!id)
        return response;
    return HttpResponse::json(QJsonObject{{u"id"_s, id}, {u"status"_s, u"under_review"_s}}, 201);
}

HttpResponse SubmissionService::uploadImage(ApiRequest &request)
{
    bool ok = false;
    const qint64 accountId = request.query.queryItemValue(u"account_id"_s).toLongLong(&ok);
    Applicant applicant;
    if (!ok || !loadApplicant(accountId, &applicant))
        return HttpResponse::validation({{u"account_id"_s, code(ProblemCode::NotFound)}});
    const ImageStore::Inspection inspection =
            ImageStore::inspect(request.body, request.header("content-type"));
    if (!inspection.ok) {
        Problem p;
        p.status = inspection.problem == u"too_large" ? 413 : 415;
        p.code = code(ProblemCode::ImageNotAllowed);
        p.title = u"Upload a PNG or JPEG image of at most 2 MiB."_s;
        p.fieldProblems.append({u"image"_s, inspection.problem});
        return HttpResponse::problem(p);
    }
    qint64 id = 0;
    m_db.transaction([&] {
        id = m_images.store(applicant.orgId, inspection, request.body, m_clock.nowMs());
    });
    return HttpResponse::json(QJsonObject{{u"id"_s, id},
                                          {u"content_type"_s, inspection.contentType},
                                          {u"width"_s, inspection.width},
                                          {u"height"_s, inspection.height}},
                              201);
}
