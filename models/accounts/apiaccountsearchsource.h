#pragma once

#include "models/accounts/accountsearchsource.h"

class ApiClient;

// GET /api/v1/accounts over the ApiClient. Results are never cached: a search
// by a full ID number or mobile is personal data even when the answer is masked.
class ApiAccountSearchSource final : public AccountSearchSource
{
public:
    explicit ApiAccountSearchSource(ApiClient &api) : m_api(api) { }

    std::function<void()> fetchPage(const AccountSearchQuery &query, const QString &cursor,
                                    QObject *context,
                                    std::function<void(const AccountSearchPage &)> done) override;

    static AccountSearchPage pageFromJson(const QJsonObject &json);

private:
    ApiClient &m_api;
};
