#pragma once

#include "models/queues/queuepagesource.h"

class ApiClient;

// Queue pages and changes from gatehouse-server: GET /api/v1/queues/{queue}/items
// and …/changes. When the server cannot be reached the answer says so
// (offline), and the pane shows the last snapshot it kept in the cache.
class ApiQueuePageSource final : public QueuePageSource
{
public:
    explicit ApiQueuePageSource(ApiClient &api);

    void fetchPage(QueueKind kind, const QueueFilter &filter, QObject *context,
                   std::function<void(const QueuePageResult &)> done) override;
    void fetchChanges(QueueKind kind, const QueueFilter &filter, const QDateTime &since,
                      QObject *context,
                      std::function<void(const QueueChangesResult &)> done) override;

private:
    ApiClient &m_api;
};
