#pragma once

class AuditLog;
class Clock;
class Database;
class DepartmentEditor;
class MemberEditor;
class MemberSearch;
class OrganizationStore;
class Router;

// /api/v1/organizations/…: team organizations, their department trees and
// members. Reading needs read_organizations (support agents, organization
// administrators, auditors, administrators); every edit needs
// edit_organizations (organization administrators, administrators), If-Match,
// and is audited. Another platform organization's ids are 404.
struct OrganizationRouteContext
{
    OrganizationStore &store;
    MemberSearch &search;
    DepartmentEditor &departments;
    MemberEditor &members;
};

namespace OrganizationRoutes {
void add(Router &router, OrganizationRouteContext context);
}
