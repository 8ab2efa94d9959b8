#pragma once

#include "domain/businesscalendar.h"
#include "domain/queuerecords.h"
#include "models/audit/auditrecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class ApiClient;
class ApiJob;
class CacheStore;
struct ApiResult;
struct CachedDocument;

// One item's detail, from the server or (when it cannot be reached) from the
// offline cache, marked with when it was fetched.
struct QueueDetailResult
{
    bool ok = false;
    QueueItemDetail detail;
    QString errorText;
    bool offline = false;
    bool fromCache = false;
    QDateTime fetchedAt;
};

struct MailPreview
{
    bool ok = false;
    QString recipient;
    QString language;
    QString subject;
    QString body;
    QString errorText;
};

struct QueueAuditResult
{
    bool ok = false;
    QList<AuditRecord> entries; // newest first
    QString errorText;
    bool fromCache = false;
};

struct ReasonCodesResult
{
    bool ok = false;
    QList<ReasonCode> codes;
    QString errorText;
};

struct QueueImageResult
{
    bool ok = false;
    QByteArray bytes;
    QString errorText;
};

// Everything a queue pane asks about one item, beside the list: detail,
// images, mail preview, audit trail, reason codes, the calendar, and the
// actions (claim, release, next, decision). What a reviewer needs to read again
// offline (details, reason codes, the calendar, queue snapshots) is kept in the
// cache, sealed and scoped like every cached document; it is answered from the
// cache only when the server cannot be reached.
class QueueItemClient
{
public:
    QueueItemClient(ApiClient &api, CacheStore &cache);

    void fetchDetail(QueueKind kind, qint64 id, QObject *context,
                     std::function<void(const QueueDetailResult &)> done);
    void fetchImage(qint64 imageId, QObject *context,
                    std::function<void(const QueueImageResult &)> done);
    // decision: "approve" or "reject".
    void fetchMailPreview(QueueKind kind, qint64 id, const QString &decision,
                          const QString &reasonCode, const QString &reasonText, QObject *context,
                          std::function<void(const MailPreview &)> done);
    void fetchAudit(QueueKind kind, qint64 id, QObject *context,
                    std::function<void(const QueueAuditResult &)> done);
    void fetchReasonCodes(QueueKind kind, QObject *context,
                          std::function<void(const ReasonCodesResult &)> done);
    void fetchCalendar(QObject *context, std::function<void(const BusinessCalendar &)> done);

    ApiJob *claim(QueueKind kind, qint64 id);
    ApiJob *release(QueueKind kind, qint64 id);
    ApiJob *next(QueueKind kind);
    ApiJob *decide(QueueKind kind, qint64 id, int version, const QJsonObject &body,
                   const QByteArray &idempotencyKey);

    // A queue's rows as last seen, per filter (the model's snapshot blob).
    void saveSnapshot(QueueKind kind, const QueueFilter &filter, const QByteArray &blob);
    // The snapshot for this filter, or else the newest one of this queue (the model
    // filters it locally); nullopt when there is none.
    void loadSnapshot(QueueKind kind, const QueueFilter &filter, QObject *context,
                      std::function<void(const std::optional<CachedDocument> &)> done);
    // Remembers a detail someone decided, so the cache does not show it open.
    void storeDetail(const QueueItemDetail &detail);

    static QString snapshotKey(QueueKind kind, const QueueFilter &filter);
    static QString itemPath(QueueKind kind, qint64 id);

private:
    ApiClient &m_api;
    CacheStore &m_cache;
};
