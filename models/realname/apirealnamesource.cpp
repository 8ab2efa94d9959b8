#include "models/realname/apirealnamesource.h"

#include "services/api/apiclient.h"
#include "services/cache/cachestore.h"

using namespace Qt::StringLiterals;

namespace {

// Answers from the cache what the server could not: only when nobody was there.
template<typename Result>
void answerFromCache(CacheStore *cache, const ApiResult &result, const QString &kind,
                     const QString &key, QObject *context, std::function<void(const Result &)> done)
{
    Result failed;
    failed.errorText = result.errorText;
    if (!result.isUnreachable() || !cache->isOpen()) {
        done(failed);
        return;
    }
    cache->get(kind, key, context, [done, failed](const std::optional<CachedDocument> &cached) {
        if (!cached) {
            done(failed);
            return;
        }
        Result answer = Result::fromJson(cached->document);
        answer.fromCache = true;
        answer.fetchedAt = cached->fetchedAt;
        answer.errorText = failed.errorText;
        done(answer);
    });
}

const QString kCountsKey = u"levels"_s;

} // namespace

ApiRealnameSource::ApiRealnameSource(ApiClient &api, CacheStore &cache) : m_api(api), m_cache(cache)
{ }

QString ApiRealnameSource::countsKind()
{
    return u"realname_levels"_s;
}

QString ApiRealnameSource::pageKind()
{
    return u"realname_page"_s;
}

void ApiRealnameSource::fetchCounts(QObject *context,
                                    std::function<void(const RealnameCounts &)> done)
{
    CacheStore *cache = &m_cache;
    m_api.get(u"/api/v1/realname/levels"_s)
            ->then(context, [cache, context, done](const ApiResult &result) {
                if (result.ok) {
                    RealnameCounts counts = RealnameCounts::fromJson(result.json);
                    counts.fetchedAt = QDateTime::currentDateTimeUtc();
                    if (cache->isOpen())
                        cache->put(countsKind(), kCountsKey, result.json);
                    done(counts);
                    return;
                }
                answerFromCache<RealnameCounts>(cache, result, countsKind(), kCountsKey, context,
                                                done);
            });
}

void ApiRealnameSource::fetchPage(const RealnameQuery &query, const QString &cursor,
                                  QObject *context, std::function<void(const RealnamePage &)> done)
{
    // Only first pages are kept: enough to read offline, and no more personal
    // data on disk than that.
    const bool firstPage = cursor.isEmpty();
    const QString key = query.cacheKey();
    CacheStore *cache = &m_cache;
    m_api.get(u"/api/v1/realname/records"_s, query.toUrlQuery(cursor))
            ->then(context, [cache, key, firstPage, context, done](const ApiResult &result) {
                if (result.ok) {
                    RealnamePage page = RealnamePage::fromJson(result.json);
                    page.fetchedAt = QDateTime::currentDateTimeUtc();
                    if (firstPage && cache->isOpen())
                        cache->put(pageKind(), key, result.json);
                    done(page);
                    return;
                }
                if (!firstPage) {
                    RealnamePage failed;
                    failed.errorText = result.errorText;
                    done(failed);
                    return;
                }
                answerFromCache<RealnamePage>(cache, result, pageKind(), key, context, done);
            });
}
