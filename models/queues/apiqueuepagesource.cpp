#include "models/queues/apiqueuepagesource.h"

#include "domain/jsontime.h"
#include "services/api/apiclient.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QList<QueueItemSummary> rowsFrom(const QJsonObject &body)
{
    QList<QueueItemSummary> rows;
    const QJsonArray items = body.value(u"items"_s).toArray();
    rows.reserve(items.size());
    for (const QJsonValue &v : items)
        rows.append(QueueItemSummary::fromJson(v.toObject()));
    return rows;
}

} // namespace

ApiQueuePageSource::ApiQueuePageSource(ApiClient &api) : m_api(api) { }

void ApiQueuePageSource::fetchPage(QueueKind kind, const QueueFilter &filter, QObject *context,
                                   std::function<void(const QueuePageResult &)> done)
{
    m_api.get(u"/api/v1/queues/%1/items"_s.arg(Queues::pathName(kind)), filter.toQuery())
            ->then(context, [done](const ApiResult &result) {
                QueuePageResult page;
                if (!result.ok) {
                    page.errorText = result.errorText;
                    page.offline = result.isUnreachable();
                    done(page);
                    return;
                }
                page.ok = true;
                page.rows = rowsFrom(result.json);
                page.total = result.json.value(u"total"_s).toInteger(-1);
                page.nextCursor = result.json.value(u"next_cursor"_s).toString();
                page.serverTime = JsonTime::parse(result.json.value(u"server_time"_s).toString());
                done(page);
            });
}

void ApiQueuePageSource::fetchChanges(QueueKind kind, const QueueFilter &filter,
                                      const QDateTime &since, QObject *context,
                                      std::function<void(const QueueChangesResult &)> done)
{
    QueueFilter params = filter;
    params.cursor.clear();
    QUrlQuery query = params.toQuery();
    query.addQueryItem(u"since"_s, JsonTime::format(since));
    m_api.get(u"/api/v1/queues/%1/changes"_s.arg(Queues::pathName(kind)), query)
            ->then(context, [done](const ApiResult &result) {
                QueueChangesResult changes;
                if (!result.ok) {
                    changes.errorText = result.errorText;
                    changes.offline = result.isUnreachable();
                    done(changes);
                    return;
                }
                changes.ok = true;
                changes.rows = rowsFrom(result.json);
                changes.more = result.json.value(u"more"_s).toBool();
                changes.total = result.json.value(u"total"_s).toInteger(-1);
                changes.serverTime =
                        JsonTime::parse(result.json.value(u"server_time"_s).toString());
                done(changes);
            });
}
