#pragma once

#include "domain/queuerecords.h"

class AuditLog;
class Clock;
class Database;
class IdempotencyStore;
class MailOutbox;
class Provisioner;
class QueueStore;
class ReferenceData;
struct ApiRequest;
struct HttpResponse;
struct DecisionMail;

// Approve or reject, exactly once. If-Match is required (428 without, 412 with
// the current state when stale); Idempotency-Key is required (400 without; a
// replay returns the first answer; the same key with another request is 422).
// The item, the approval's provisioning, the mail and the audit row commit in
// one transaction with the stored answer.
class DecisionService
{
public:
    DecisionService(Database &db, QueueStore &queues, IdempotencyStore &idempotency,
                    Provisioner &provisioner, MailOutbox &mail, ReferenceData &reference,
                    AuditLog &audit, const Clock &clock);

    HttpResponse decide(ApiRequest &request, QueueKind kind, qint64 id);
    // What the applicant would receive for a decision (for the reviewer's preview).
    HttpResponse preview(ApiRequest &request, QueueKind kind, qint64 id);

private:
    DecisionMail composeMail(QueueKind kind, qint64 id, QueueStatus decision,
                             const QString &reasonCode, const QString &note);

    Database &m_db;
    QueueStore &m_queues;
    IdempotencyStore &m_idempotency;
    Provisioner &m_provisioner;
    MailOutbox &m_mail;
    ReferenceData &m_reference;
    AuditLog &m_audit;
    const Clock &m_clock;
};
