#pragma once

#include "services/api/accesstokensource.h"

#include <functional>

// A token source a test drives: which token is sent, and what a refresh does.
class FakeTokenSource final : public AccessTokenSource
{
public:
    QString token;
    int refreshCalls = 0;
    std::function<void(std::function<void(bool)>)> onRefresh; // unset: the refresh fails

    QString accessToken() const override { return token; }
    void refreshAccessToken(std::function<void(bool)> done) override
    {
        ++refreshCalls;
        if (onRefresh)
            onRefresh(std::move(done));
        else
            done(false);
    }
};
