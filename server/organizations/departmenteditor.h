#pragma once

#include "domain/organizationrecords.h"
#include "http/apirequest.h"
#include "http/httpresponse.h"

#include <variant>

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
    // POST …/deleted-departments/{id}/restore: brings a deleted department back
    // where it stood (If-Match: that place's version, as for create), under a new
    // id, with those of its members and sub-departments still where the delete
    // put them. deletedId is the delete's deleted_department_id.
    HttpResponse restore(ApiRequest &request, const OrganizationSummary &organization,
                         qint64 deletedId);

private:
    // 201 with the department (and extra fields), its ETag and Location.
    HttpResponse createdAnswer(qint64 organizationId, qint64 departmentId,
                               const QJsonObject &extra = {});
    // The place a department goes into (0: the top level) at the version If-Match
    // named: its path and name, or the answer to give (whenMissing when it is gone).
    struct Place
    {
        QString path;
        QString name;
    };
    std::variant<Place, HttpResponse> checkPlace(qint64 platformOrgId,
                                                 const OrganizationSummary &organization,
                                                 qint64 parentId, int version,
                                                 const HttpResponse &whenMissing);
    QString departmentName(qint64 organizationId, qint64 departmentId);

    Database &m_db;
    OrganizationStore &m_store;
    AuditLog &m_audit;
    const Clock &m_clock;
};
