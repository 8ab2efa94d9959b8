#pragma once

#include "domain/businesscalendar.h"
#include "domain/queuerecords.h"

#include <QString>

class AuditLog;
class Clock;
class Database;
class ImageStore;
class QueueStore;
struct ApiRequest;
struct HttpResponse;

// The applicant side: submitting a workspace application or an enterprise
// verification, and resubmitting after a rejection (a new item pointing at the
// rejected one). Everything is validated with the same validators the console
// uses; every problem comes back at once.
class SubmissionService
{
public:
    struct ApplicationForm
    {
        qint64 applicantAccountId = 0;
        QString role;
        QString companyName;
        qint64 logoImageId = 0;
        QString website;
        QString contactNumber;
        QString email;
        qint64 previousId = 0;
    };
    struct VerificationForm
    {
        qint64 applicantAccountId = 0;
        qint64 organizationId = 0;
        QString companyName;
        QString creditCode;
        QString legalRepresentative;
        qint64 licenceImageId = 0;
        QString contactName;
        QString contactPhone;
        QString contactEmail;
        qint64 previousId = 0;
    };

    SubmissionService(Database &db, ImageStore &images, QueueStore &queues,
                      const BusinessCalendar &calendar, AuditLog &audit, const Clock &clock);

    HttpResponse submitApplication(ApiRequest &request);
    HttpResponse submitVerification(ApiRequest &request);
    HttpResponse uploadImage(ApiRequest &request);

    // The checked insert both the routes and the demo's arrivals use; returns the
    // new id, or 0 with *response holding the problem.
    qint64 insertApplication(const ApplicationForm &form, const QString &requestId,
                             HttpResponse *response);
    qint64 insertVerification(const VerificationForm &form, const QString &requestId,
                              HttpResponse *response);

    static QStringList applicantRoles();

private:
    struct Applicant
    {
        qint64 orgId = 0;
        QString name;
        QString email;
    };
    bool loadApplicant(qint64 accountId, Applicant *applicant);
    // Checks previous_id and pending items; returns the submission number, or 0 with *response set.
    int checkChain(QueueKind kind, qint64 accountId, qint64 orgId, qint64 previousId,
                   HttpResponse *response);
    void audit(QueueKind kind, qint64 id, const Applicant &applicant, const QString &company,
               qint64 previousId, const QString &requestId);

    Database &m_db;
    ImageStore &m_images;
    QueueStore &m_queues;
    const BusinessCalendar &m_calendar;
    AuditLog &m_audit;
    const Clock &m_clock;
};
