#pragma once

class AuditLog;
class Router;

// /api/v1/audit: the audit log of the current platform organization, newest
// first, by cursor; /api/v1/audit/verify checks the hash chain.
namespace AuditRoutes {
void add(Router &router, AuditLog &audit);
}
