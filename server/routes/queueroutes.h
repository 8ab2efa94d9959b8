#pragma once

#include <QtGlobal>

class AuditLog;
class BusinessCalendar;
class Clock;
class Database;
class DecisionService;
class ImageStore;
class MailOutbox;
class QueueStore;
class ReferenceData;
class Router;

// /api/v1/queues/{queue}/…: the two review queues (workspace-applications,
// enterprise-verifications) on one set of routes: list, detail, claim,
// release, next, decision, mail preview, the item's audit trail; plus
// /api/v1/images/{id}, /api/v1/mail-outbox, /api/v1/reason-codes and
// /api/v1/calendar.
struct QueueRouteContext
{
    Database &db;
    QueueStore &queues;
    DecisionService &decisions;
    ImageStore &images;
    MailOutbox &mail;
    ReferenceData &reference;
    BusinessCalendar &calendar;
    AuditLog &audit;
    const Clock &clock;
    qint64 claimLeaseMs;
};

namespace QueueRoutes {
void add(Router &router, QueueRouteContext context);
}
