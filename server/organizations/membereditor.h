#pragma once

#include "domain/organizationrecords.h"
#include "http/apirequest.h"
#include "http/httpresponse.h"

class AuditLog;
class Clock;
class Database;
class OrganizationStore;
struct StoredMember;

// Adds, moves, re-titles and removes members, changes their role, and
// transfers ownership. The rules: one owner per organization, changed only by
// a transfer; an individual team holds at most its member limit; an account is
// a member of an organization once. Like DepartmentEditor: If-Match, the
// organization's lock, counts, tree version and audit row in one transaction.
class MemberEditor
{
public:
    MemberEditor(Database &db, OrganizationStore &store, AuditLog &audit, const Clock &clock);

    // POST …/members: If-Match is the department's version (the organization's
    // when the member joins no department).
    HttpResponse add(ApiRequest &request, const OrganizationSummary &organization);
    // PATCH …/members/{id}: department_id, role, title.
    HttpResponse update(ApiRequest &request, const OrganizationSummary &organization,
                        qint64 memberId);
    HttpResponse remove(ApiRequest &request, const OrganizationSummary &organization,
                        qint64 memberId);
    // POST …/transfer-ownership {member_id}: If-Match is the organization's version.
    HttpResponse transferOwnership(ApiRequest &request, const OrganizationSummary &organization);

private:
    HttpResponse memberAnswer(qint64 organizationId, qint64 memberId, int status);
    QJsonObject placeJson(qint64 organizationId, qint64 departmentId);

    Database &m_db;
    OrganizationStore &m_store;
    AuditLog &m_audit;
    const Clock &m_clock;
};
