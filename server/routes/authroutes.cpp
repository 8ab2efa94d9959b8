#include "routes/authroutes.h"

#include "auth/signinservice.h"
#include "http/router.h"

using namespace Qt::StringLiterals;

namespace AuthRoutes {

void add(Router &router, SignInService &s)
{
    router.add("POST", u"/api/v1/auth/sign-in"_s, Access::publicRoute(),
               [&s](ApiRequest &r) { return s.signIn(r); });
    router.add("POST", u"/api/v1/auth/organization"_s, Access::publicRoute(),
               [&s](ApiRequest &r) { return s.chooseOrganization(r); });
    router.add("POST", u"/api/v1/auth/refresh"_s, Access::publicRoute(),
               [&s](ApiRequest &r) { return s.refresh(r); });
    router.add("POST", u"/api/v1/auth/sign-out"_s, Access::permit(Permission::ReadOwnSession),
               [&s](ApiRequest &r) { return s.signOut(r); });
    router.add("POST", u"/api/v1/auth/switch-organization"_s,
               Access::permit(Permission::ReadOwnSession),
               [&s](ApiRequest &r) { return s.switchOrganization(r); });
    router.add("GET", u"/api/v1/me"_s, Access::permit(Permission::ReadOwnSession),
               [&s](ApiRequest &r) { return s.me(r); });
}

} // namespace AuthRoutes
