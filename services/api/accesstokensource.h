#pragma once

#include <QString>

#include <functional>

// Where ApiClient gets its bearer token, and how it asks for a fresh one after
// a 401 token_expired. SessionService implements it; tests may fake it.
class AccessTokenSource
{
public:
    virtual ~AccessTokenSource() = default;
    virtual QString accessToken() const = 0;
    // Refresh (once, however many callers ask at the same time) and call done(true)
    // with a new token in place, or done(false) when the session is over.
    virtual void refreshAccessToken(std::function<void(bool refreshed)> done) = 0;
};
