#pragma once

#include "domain/organizationrecords.h"
#include "http/apirequest.h"
#include "http/httpresponse.h"

class AuditLog;
class Clock;
class Database;
class OrganizationStore;

// Creates, renames, moves, reorders and deletes departments. Each edit needs
// If-Match, checks its rules after taking the organization's lock, applies
// itself with the counts and paths it changes, bumps the tree version and
// writes its audit row — all in one transaction.
class DepartmentEditor
{
public:
    DepartmentEditor(Database &db, OrganizationStore &store, AuditLog &audit, const Clock &clock);

    // POST …/departments: If-Match is the parent's version (the organization's
    // for a top-level department).
    HttpResponse create(ApiRequest &request, const OrganizationSummary &organization);
    // PATCH …/departments/{id}: name, parent_id, sort_key.
    HttpResponse update(ApiRequest &request, const OrganizationSummary &organization,
                        qint64 departmentId);
    // DELETE …/departments/{id}?move_to=<id|root>: a department with members or
    // sub-departments needs the place they go.
    HttpResponse remove(ApiRequest &request, const OrganizationSummary &organization,
                        qint64 departmentId);

private:
    QString departmentName(qint64 organizationId, qint64 departmentId);

    Database &m_db;
    OrganizationStore &m_store;
    AuditLog &m_audit;
    const Clock &m_clock;
};
