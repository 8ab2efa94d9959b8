#pragma once

class AuditLog;
class Clock;
class Database;
class Router;
class StaffDirectory;

// /api/v1/staff: the staff of the current platform organization, and unlocking
// a locked-out staff member (administrators; audited, If-Match, with a reason).
namespace StaffRoutes {
void add(Router &router, Database &db, StaffDirectory &staff, AuditLog &audit, const Clock &clock);
}
