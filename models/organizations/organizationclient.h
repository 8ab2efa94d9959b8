#pragma once

#include "models/organizations/organizationedit.h"
#include "models/organizations/organizationpages.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <functional>

class ApiClient;
class CacheStore;
struct ApiResult;

struct OrganizationListPage
{
    bool ok = false;
    QList<OrganizationSummary> items;
    QString nextCursor;
    QString errorText;
    bool fromCache = false;
    QDateTime fetchedAt;
};

struct OrganizationResult
{
    bool ok = false;
    OrganizationSummary organization;
    QString errorText;
    bool fromCache = false;
    QDateTime fetchedAt;
};

struct MemberResult
{
    bool ok = false;
    MemberNode member;
    QString errorText;
    bool fromCache = false;
    QDateTime fetchedAt;
};

struct MemberSearchResult
{
    bool ok = false;
    QList<MemberNode> hits; // each with its path
    bool more = false;
    QString errorText;
    bool unreachable = false; // and no answer to this search was kept
    bool fromCache = false;
    QDateTime fetchedAt;
};

struct DepartmentResult
{
    bool ok = false;
    DepartmentNode department;
    QList<DepartmentRef> path; // from the top level down, itself last
    QString errorText;
};

struct ChangesResult
{
    bool ok = false;
    QList<OrganizationChange> changes;
    qint64 treeVersion = 0;
    int version = 0; // the organization record's
    bool more = false;
    QString errorText;
    bool unreachable = false;
};

// Everything the Organizations pane asks the server: the organization list,
// a node's children (the tree model's source), a department, member search,
// member detail, the changes feed, and edits. What is read again offline
// (lists, children pages, details) is kept in the cache and answered from it
// only when the server cannot be reached; a refusal is never covered up.
class OrganizationClient : public OrganizationTreeSource
{
public:
    OrganizationClient(ApiClient &api, CacheStore &cache);

    static QString basePath(qint64 organizationId);

    void fetchOrganizations(const QString &text, const QString &cursor, QObject *context,
                            std::function<void(const OrganizationListPage &)> done);
    void fetchOrganization(qint64 id, QObject *context,
                           std::function<void(const OrganizationResult &)> done);
    void fetchChildren(qint64 organizationId, qint64 parentId, const QString &cursor, int limit,
                       QObject *context, std::function<void(const ChildrenPage &)> done) override;
    void fetchDepartment(qint64 organizationId, qint64 departmentId, QObject *context,
                         std::function<void(const DepartmentResult &)> done);
    void searchMembers(qint64 organizationId, const QString &text, QObject *context,
                       std::function<void(const MemberSearchResult &)> done);
    void fetchMember(qint64 organizationId, qint64 memberId, QObject *context,
                     std::function<void(const MemberResult &)> done);
    void fetchChanges(qint64 organizationId, qint64 since, QObject *context,
                      std::function<void(const ChangesResult &)> done);
    void apply(const OrganizationEdit &edit, QObject *context,
               std::function<void(const EditOutcome &)> done);

private:
    // GET path; on success cache it under kind/key; when nobody answers, the cached copy.
    void getCached(const QString &path, const QUrlQuery &query, const QString &kind,
                   const QString &key, QObject *context,
                   std::function<void(const ApiResult &, const QJsonObject &, bool fromCache,
                                      const QDateTime &fetchedAt)>
                           done);

    ApiClient &m_api;
    CacheStore &m_cache;
};
