#pragma once

class Clock;
class Database;
class Router;

// GET /api/v1/health: liveness plus a cheap database round trip.
namespace HealthRoutes {
void add(Router &router, Database &db, const Clock &clock);
}
