#include "models/queues/queueitemclient.h"

#include "services/api/apiclient.h"
#include "services/cache/cachestore.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString kDetailKind = u"queue_detail"_s;
const QString kAuditKind = u"queue_audit"_s;
const QString kSnapshotKind = u"queue_snapshot"_s;
const QString kReasonCodesKind = u"queue_reason_codes"_s;
const QString kCalendarKind = u"queue_calendar"_s;

QList<ReasonCode> reasonCodesFrom(const QJsonObject &body)
{
    QList<ReasonCode> codes;
    const QJsonArray items = body.value(u"items"_s).toArray();
    for (const QJsonValue &v : items)
        codes.append(ReasonCode::fromJson(v.toObject()));
    return codes;
}

QList<AuditRecord> auditFrom(const QJsonObject &body)
{
    QList<AuditRecord> entries;
    const QJsonArray items = body.value(u"items"_s).toArray();
    for (const QJsonValue &v : items)
        entries.append(AuditRecord::fromJson(v.toObject()));
    return entries;
}

QString reasonKindParameter(QueueKind kind)
{
    return Queues::targetType(kind); // "workspace_application"
}

} // namespace

QueueItemClient::QueueItemClient(ApiClient &api, CacheStore &cache) : m_api(api), m_cache(cache) { }

QString QueueItemClient::itemPath(QueueKind kind, qint64 id)
{
    return u"/api/v1/queues/%1/items/%2"_s.arg(Queues::pathName(kind)).arg(id);
}

QString QueueItemClient::snapshotKey(QueueKind kind, const QueueFilter &filter)
{
    QueueFilter f = filter;
    f.cursor.clear();
    return Queues::pathName(kind) + u'?' + f.toQuery().toString(QUrl::FullyEncoded);
}

void QueueItemClient::fetchDetail(QueueKind kind, qint64 id, QObject *context,
                                  std::function<void(const QueueDetailResult &)> done)
{
    const QString path = itemPath(kind, id);
    CacheStore *cache = &m_cache;
    m_api.get(path)->then(context, [cache, path, context, done](const ApiResult &result) {
        if (result.ok) {
            QueueDetailResult answer;
            answer.ok = true;
            answer.detail = QueueItemDetail::fromJson(result.json);
            answer.fetchedAt = QDateTime::currentDateTimeUtc();
            if (cache->isOpen())
                cache->put(kDetailKind, path, result.json);
            done(answer);
            return;
        }
        QueueDetailResult failed;
        failed.errorText = result.errorText;
        failed.offline = result.isUnreachable();
        // Only "nobody there" falls back to the cache: a refusal must not be papered over.
        if (!failed.offline || !cache->isOpen()) {
            done(failed);
            return;
        }
        cache->get(kDetailKind, path, context,
                   [done, failed](const std::optional<CachedDocument> &cached) {
                       if (!cached) {
                           done(failed);
                           return;
                       }
                       QueueDetailResult answer = failed;
                       answer.ok = true;
                       answer.fromCache = true;
                       answer.fetchedAt = cached->fetchedAt;
                       answer.detail = QueueItemDetail::fromJson(cached->document);
                       done(answer);
                   });
    });
}

void QueueItemClient::storeDetail(const QueueItemDetail &detail)
{
    if (m_cache.isOpen())
        m_cache.put(kDetailKind, itemPath(detail.kind, detail.summary.id), detail.toJson());
}

void QueueItemClient::fetchImage(qint64 imageId, QObject *context,
                                 std::function<void(const QueueImageResult &)> done)
{
    m_api.get(u"/api/v1/images/%1"_s.arg(imageId))->then(context, [done](const ApiResult &result) {
        QueueImageResult image;
        image.ok = result.ok;
        image.bytes = result.body;
        image.errorText = result.errorText;
        done(image);
    });
}

void QueueItemClient::fetchMailPreview(QueueKind kind, qint64 id, const QString &decision,
                                       const QString &reasonCode, const QString &reasonText,
                                       QObject *context,
                                       std::function<void(const MailPreview &)> done)
{
    QUrlQuery query;
    query.addQueryItem(u"decision"_s, decision);
    if (!reasonCode.isEmpty())
        query.addQueryItem(u"reason_code"_s, reasonCode);
    if (!reasonText.isEmpty())
        query.addQueryItem(u"reason_text"_s,
                           QString::fromLatin1(QUrl::toPercentEncoding(reasonText.left(2000))));
    m_api.get(itemPath(kind, id) + u"/mail-preview"_s, query)
            ->then(context, [done](const ApiResult &result) {
                MailPreview preview;
                preview.ok = result.ok;
                preview.errorText = result.errorText;
                preview.recipient = result.json.value(u"recipient"_s).toString();
                preview.language = result.json.value(u"language"_s).toString();
                preview.subject = result.json.value(u"subject"_s).toString();
                preview.body = result.json.value(u"body"_s).toString();
                done(preview);
            });
}

void QueueItemClient::fetchAudit(QueueKind kind, qint64 id, QObject *context,
                                 std::function<void(const QueueAuditResult &)> done)
{
    const QString path = itemPath(kind, id) + u"/audit"_s;
    CacheStore *cache = &m_cache;
    m_api.get(path)->then(context, [cache, path, context, done](const ApiResult &result) {
        if (result.ok) {
            if (cache->isOpen())
                cache->put(kAuditKind, path, result.json);
            done({true, auditFrom(result.json), QString(), false});
            return;
        }
        const QueueAuditResult failed{false, {}, result.errorText, false};
        if (!result.isUnreachable() || !cache->isOpen()) {
            done(failed);
            return;
        }
        cache->get(kAuditKind, path, context,
                   [done, failed](const std::optional<CachedDocument> &cached) {
                       if (!cached)
                           done(failed);
                       else
                           done({true, auditFrom(cached->document), failed.errorText, true});
                   });
    });
}

void QueueItemClient::fetchReasonCodes(QueueKind kind, QObject *context,
                                       std::function<void(const ReasonCodesResult &)> done)
{
    const QString key = reasonKindParameter(kind);
    CacheStore *cache = &m_cache;
    QUrlQuery query;
    query.addQueryItem(u"kind"_s, key);
    m_api.get(u"/api/v1/reason-codes"_s, query)
            ->then(context, [cache, key, context, done](const ApiResult &result) {
                if (result.ok) {
                    if (cache->isOpen())
                        cache->put(kReasonCodesKind, key, result.json);
                    done({true, reasonCodesFrom(result.json), QString()});
                    return;
                }
                const ReasonCodesResult failed{false, {}, result.errorText};
                if (!result.isUnreachable() || !cache->isOpen()) {
                    done(failed);
                    return;
                }
                cache->get(kReasonCodesKind, key, context,
                           [done, failed](const std::optional<CachedDocument> &cached) {
                               if (!cached)
                                   done(failed);
                               else
                                   done({true, reasonCodesFrom(cached->document), QString()});
                           });
            });
}

void QueueItemClient::fetchCalendar(QObject *context,
                                    std::function<void(const BusinessCalendar &)> done)
{
    CacheStore *cache = &m_cache;
    m_api.get(u"/api/v1/calendar"_s)
            ->then(context, [cache, context, done](const ApiResult &result) {
                if (result.ok) {
                    if (cache->isOpen())
                        cache->put(kCalendarKind, u"calendar"_s, result.json);
                    done(BusinessCalendar::fromJson(result.json.value(u"days"_s).toArray()));
                    return;
                }
                if (!cache->isOpen())
                    return;
                cache->get(kCalendarKind, u"calendar"_s, context,
                           [done](const std::optional<CachedDocument> &cached) {
                               if (cached)
                                   done(BusinessCalendar::fromJson(
                                           cached->document.value(u"days"_s).toArray()));
                           });
            });
}

ApiJob *QueueItemClient::claim(QueueKind kind, qint64 id)
{
    return m_api.post(itemPath(kind, id) + u"/claim"_s, {});
}

ApiJob *QueueItemClient::release(QueueKind kind, qint64 id)
{
    return m_api.post(itemPath(kind, id) + u"/release"_s, {});
}

ApiJob *QueueItemClient::next(QueueKind kind)
{
    return m_api.post(u"/api/v1/queues/%1/next"_s.arg(Queues::pathName(kind)), {});
}

ApiJob *QueueItemClient::decide(QueueKind kind, qint64 id, int version, const QJsonObject &body,
                                const QByteArray &idempotencyKey)
{
    RequestOptions options;
    options.ifMatch = QByteArray::number(version);
    options.idempotencyKey = idempotencyKey;
    return m_api.post(itemPath(kind, id) + u"/decision"_s, body, options);
}

void QueueItemClient::saveSnapshot(QueueKind kind, const QueueFilter &filter,
                                   const QByteArray &blob)
{
    if (m_cache.isOpen())
        m_cache.putBlob(kSnapshotKind, snapshotKey(kind, filter), blob);
}

void QueueItemClient::loadSnapshot(QueueKind kind, const QueueFilter &filter, QObject *context,
                                   std::function<void(const std::optional<CachedDocument> &)> done)
{
    if (!m_cache.isOpen()) {
        QMetaObject::invokeMethod(
                context, [done] { done(std::nullopt); }, Qt::QueuedConnection);
        return;
    }
    const QString key = snapshotKey(kind, filter);
    CacheStore *cache = &m_cache;
    cache->get(kSnapshotKind, key, context,
               [cache, kind, context, done](const std::optional<CachedDocument> &exact) {
                   if (exact) {
                       done(exact);
                       return;
                   }
                   const QString prefix = Queues::pathName(kind) + u'?';
                   cache->list(kSnapshotKind, context,
                               [prefix, done](const QList<CachedDocument> &all) {
                                   std::optional<CachedDocument> newest;
                                   for (const CachedDocument &d : all) {
                                       if (d.key.startsWith(prefix)
                                           && (!newest || d.fetchedAt > newest->fetchedAt))
                                           newest = d;
                                   }
                                   done(newest);
                               });
               });
}
