#pragma once

class AccountDetail;
class AccountSearch;
class AccountStore;
class AuditLog;
class BindingActions;
class Clock;
class RevealService;
class Router;
class SupportActions;

// The support desk: /api/v1/accounts (search), /api/v1/accounts/{id} (detail,
// audit trail, reveal, support actions, SMS sends), /api/v1/apps/{id} (bind,
// unbind, authorizations) and /api/v1/third-party-authorizations/{id}/revoke.
struct AccountRouteContext
{
    AccountStore &accounts;
    AccountSearch &search;
    AccountDetail &detail;
    RevealService &reveal;
    SupportActions &actions;
    BindingActions &bindings;
    AuditLog &audit;
    const Clock &clock;
};

namespace AccountRoutes {
void add(Router &router, AccountRouteContext context);
}
