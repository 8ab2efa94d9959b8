#pragma once

#include "models/audit/auditpagesource.h"

class ApiClient;
class CacheStore;

// Audit pages from GET /api/v1/audit. Every page that arrives is kept in the
// offline cache (sealed, scoped to server, organization and staff member); when
// the server cannot be reached the cached copy is answered instead, marked with
// when it was fetched.
class ApiAuditPageSource final : public AuditPageSource
{
public:
    ApiAuditPageSource(ApiClient &api, CacheStore &cache);

    void fetchPage(const AuditQuery &query, const QString &cursor, QObject *context,
                   std::function<void(const AuditPage &)> done) override;

    static QString cacheKind();

private:
    ApiClient &m_api;
    CacheStore &m_cache;
};
