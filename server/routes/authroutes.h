#pragma once

class Router;
class SignInService;

// /api/v1/auth/…: sign-in, organization choice, refresh, sign-out, switch; /api/v1/me.
namespace AuthRoutes {
void add(Router &router, SignInService &signIn);
}
