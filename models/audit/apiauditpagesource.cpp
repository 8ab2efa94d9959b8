#include "models/audit/apiauditpagesource.h"

#include "services/api/apiclient.h"
#include "services/cache/cachestore.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {

AuditPage pageFrom(const QJsonObject &body)
{
    AuditPage page;
    page.ok = true;
    page.items = body.value(u"items"_s).toArray();
    page.nextCursor = body.value(u"next_cursor"_s).toString();
    return page;
}

} // namespace

ApiAuditPageSource::ApiAuditPageSource(ApiClient &api, CacheStore &cache)
    : m_api(api), m_cache(cache)
{ }

QString ApiAuditPageSource::cacheKind()
{
    return u"audit_page"_s;
}

void ApiAuditPageSource::fetchPage(const AuditQuery &query, const QString &cursor, QObject *context,
                                   std::function<void(const AuditPage &)> done)
{
    const QString key = query.cacheKey(cursor);
    CacheStore *cache = &m_cache;
    m_api.get(u"/api/v1/audit"_s, query.toUrlQuery(cursor))
            ->then(context, [cache, key, context, done](const ApiResult &result) {
                if (result.ok) {
                    AuditPage page = pageFrom(result.json);
                    page.fetchedAt = QDateTime::currentDateTimeUtc();
                    if (cache->isOpen())
                        cache->put(cacheKind(), key, result.json);
                    done(page);
                    return;
                }
                AuditPage failed;
                failed.errorText = result.errorText;
                // Only "nobody there" falls back to the cache: a refusal (403, 401)
                // must not be papered over with what the server said before.
                if (!result.isUnreachable() || !cache->isOpen()) {
                    done(failed);
                    return;
                }
                cache->get(cacheKind(), key, context,
                           [done, failed](const std::optional<CachedDocument> &cached) {
                               if (!cached) {
                                   done(failed);
                                   return;
                               }
                               AuditPage page = pageFrom(cached->document);
                               page.fromCache = true;
                               page.fetchedAt = cached->fetchedAt;
                               page.errorText = failed.errorText;
                               done(page);
                           });
            });
}
