#pragma once

#include "models/realname/realnamesource.h"

class ApiClient;
class CacheStore;

// Real-name counts and records from GET /api/v1/realname/levels and
// /records. The last counts and the first page of each query are kept in the
// offline cache (sealed and scoped like every cached document; the records
// arrive masked, and nothing revealed ever passes through here); when the
// server cannot be reached those are answered instead, marked with when they
// were fetched. A refusal is never covered up with cached data.
class ApiRealnameSource final : public RealnameSource
{
public:
    ApiRealnameSource(ApiClient &api, CacheStore &cache);

    void fetchCounts(QObject *context, std::function<void(const RealnameCounts &)> done) override;
    void fetchPage(const RealnameQuery &query, const QString &cursor, QObject *context,
                   std::function<void(const RealnamePage &)> done) override;

    static QString countsKind();
    static QString pageKind();

private:
    ApiClient &m_api;
    CacheStore &m_cache;
};
