#pragma once

class Clock;
class RealnameLevels;
class Router;

// /api/v1/realname/levels (counts) and /api/v1/realname/records (the paged list).
namespace RealnameRoutes {
void add(Router &router, RealnameLevels &levels, const Clock &clock);
}
