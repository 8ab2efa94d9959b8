#include "models/organizations/organizationclient.h"

#include "services/api/apiclient.h"
#include "services/cache/cachestore.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QString parentCode(qint64 parentId)
{
    return parentId ? QString::number(parentId) : u"root"_s;
}

QJsonValue idOrNull(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

ChildrenPage childrenFrom(const QJsonObject &body, qint64 parentId)
{
    ChildrenPage page;
    page.ok = true;
    page.parentId = parentId;
    const QJsonObject parent = body.value(u"parent"_s).toObject();
    page.parentDirectMembers = parent.value(u"direct_members"_s).toInteger();
    page.parentTotalMembers = parent.value(u"total_members"_s).toInteger();
    page.parentChildDepartments = parent.value(u"child_departments"_s).toInteger();
    const QJsonArray departments = body.value(u"departments"_s).toArray();
    page.departments.reserve(departments.size());
    for (const QJsonValue &d : departments)
        page.departments.append(DepartmentNode::fromJson(d.toObject()));
    const QJsonArray members = body.value(u"members"_s).toArray();
    page.members.reserve(members.size());
    for (const QJsonValue &m : members)
        page.members.append(MemberNode::fromJson(m.toObject()));
    page.nextCursor = body.value(u"next_cursor"_s).toString();
    page.treeVersion = body.value(u"tree_version"_s).toInteger();
    return page;
}

QList<DepartmentRef> pathFrom(const QJsonArray &array)
{
    QList<DepartmentRef> path;
    for (const QJsonValue &step : array)
        path.append(DepartmentRef::fromJson(step.toObject()));
    return path;
}

} // namespace

OrganizationClient::OrganizationClient(ApiClient &api, CacheStore &cache)
    : m_api(api), m_cache(cache)
{ }

QString OrganizationClient::basePath(qint64 organizationId)
{
    return u"/api/v1/organizations/"_s + QString::number(organizationId);
}

void OrganizationClient::getCached(
        const QString &path, const QUrlQuery &query, const QString &kind, const QString &key,
        QObject *context,
        std::function<void(const ApiResult &, const QJsonObject &, bool, const QDateTime &)> done)
{
    CacheStore *cache = &m_cache;
    m_api.get(path, query)->then(context, [cache, kind, key, context, done](const ApiResult &r) {
        if (r.ok) {
            if (cache->isOpen())
                cache->put(kind, key, r.json);
            done(r, r.json, false, QDateTime::currentDateTimeUtc());
            return;
        }
        // Only "nobody there" falls back to the cache: a refusal must not be
        // papered over with what the server said before.
        if (!r.isUnreachable() || !cache->isOpen()) {
            done(r, {}, false, {});
            return;
        }
        cache->get(kind, key, context, [r, done](const std::optional<CachedDocument> &cached) {
            if (cached)
                done(r, cached->document, true, cached->fetchedAt);
            else
                done(r, {}, false, {});
        });
    });
}

void OrganizationClient::fetchOrganizations(const QString &text, const QString &cursor,
                                            QObject *context,
                                            std::function<void(const OrganizationListPage &)> done)
{
    QUrlQuery query;
    if (!text.isEmpty())
        query.addQueryItem(u"q"_s, text);
    query.addQueryItem(u"limit"_s, u"100"_s);
    if (!cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, cursor);
    getCached(u"/api/v1/organizations"_s, query, u"organization_list"_s, text + u'\x1f' + cursor,
              context,
              [done](const ApiResult &r, const QJsonObject &body, bool fromCache,
                     const QDateTime &fetchedAt) {
                  OrganizationListPage page;
                  page.errorText = r.errorText;
                  page.ok = !body.isEmpty();
                  page.fromCache = fromCache;
                  page.fetchedAt = fetchedAt;
                  for (const QJsonValue &o : body.value(u"items"_s).toArray())
                      page.items.append(OrganizationSummary::fromJson(o.toObject()));
                  page.nextCursor = body.value(u"next_cursor"_s).toString();
                  done(page);
              });
}

void OrganizationClient::fetchOrganization(qint64 id, QObject *context,
                                           std::function<void(const OrganizationResult &)> done)
{
    getCached(basePath(id), {}, u"organization"_s, QString::number(id), context,
              [done](const ApiResult &r, const QJsonObject &body, bool fromCache,
                     const QDateTime &fetchedAt) {
                  OrganizationResult result;
                  result.errorText = r.errorText;
                  result.ok = !body.isEmpty();
                  result.fromCache = fromCache;
                  result.fetchedAt = fetchedAt;
                  if (result.ok)
                      result.organization = OrganizationSummary::fromJson(body);
                  done(result);
              });
}

void OrganizationClient::fetchChildren(qint64 organizationId, qint64 parentId,
                                       const QString &cursor, int limit, QObject *context,
                                       std::function<void(const ChildrenPage &)> done)
{
    QUrlQuery query;
    query.addQueryItem(u"parent"_s, parentCode(parentId));
    query.addQueryItem(u"limit"_s, QString::number(limit));
    if (!cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, cursor);
    const QString key = QString::number(organizationId) + u'/' + parentCode(parentId) + u'/'
            + QString::number(limit) + u'/' + cursor;
    getCached(basePath(organizationId) + u"/children"_s, query, u"organization_children"_s, key,
              context,
              [done, parentId](const ApiResult &r, const QJsonObject &body, bool fromCache,
                               const QDateTime &fetchedAt) {
                  ChildrenPage page;
                  if (!body.isEmpty())
                      page = childrenFrom(body, parentId);
                  page.parentId = parentId;
                  page.errorText = r.errorText;
                  page.fromCache = fromCache;
                  page.fetchedAt = fetchedAt;
                  done(page);
              });
}

void OrganizationClient::fetchDepartment(qint64 organizationId, qint64 departmentId,
                                         QObject *context,
                                         std::function<void(const DepartmentResult &)> done)
{
    getCached(basePath(organizationId) + u"/departments/"_s + QString::number(departmentId), {},
              u"organization_department"_s,
              QString::number(organizationId) + u'/' + QString::number(departmentId), context,
              [done](const ApiResult &r, const QJsonObject &body, bool, const QDateTime &) {
                  DepartmentResult result;
                  result.errorText = r.errorText;
                  result.ok = !body.isEmpty();
                  if (result.ok) {
                      result.department = DepartmentNode::fromJson(body);
                      result.path = pathFrom(body.value(u"path"_s).toArray());
                  }
                  done(result);
              });
}

void OrganizationClient::searchMembers(qint64 organizationId, const QString &text, QObject *context,
                                       std::function<void(const MemberSearchResult &)> done)
{
    QUrlQuery query;
    query.addQueryItem(u"q"_s, text);
    query.addQueryItem(u"limit"_s, u"50"_s);
    // Kept like the pages: a search made before the connection went answers offline.
    getCached(basePath(organizationId) + u"/members/search"_s, query,
              u"organization_member_search"_s,
              QString::number(organizationId) + u'\x1f' + text.trimmed().toCaseFolded(), context,
              [done](const ApiResult &r, const QJsonObject &body, bool fromCache,
                     const QDateTime &fetchedAt) {
                  MemberSearchResult result;
                  result.ok = !body.isEmpty();
                  result.errorText = r.errorText;
                  result.unreachable = r.isUnreachable();
                  result.fromCache = fromCache;
                  result.fetchedAt = fetchedAt;
                  for (const QJsonValue &hit : body.value(u"items"_s).toArray())
                      result.hits.append(MemberNode::fromJson(hit.toObject()));
                  result.more = body.value(u"more"_s).toBool();
                  done(result);
              });
}

void OrganizationClient::fetchMember(qint64 organizationId, qint64 memberId, QObject *context,
                                     std::function<void(const MemberResult &)> done)
{
    getCached(basePath(organizationId) + u"/members/"_s + QString::number(memberId), {},
              u"organization_member"_s,
              QString::number(organizationId) + u'/' + QString::number(memberId), context,
              [done](const ApiResult &r, const QJsonObject &body, bool fromCache,
                     const QDateTime &fetchedAt) {
                  MemberResult result;
                  result.errorText = r.errorText;
                  result.ok = !body.isEmpty();
                  result.fromCache = fromCache;
                  result.fetchedAt = fetchedAt;
                  if (result.ok)
                      result.member = MemberNode::fromJson(body);
                  done(result);
              });
}

void OrganizationClient::fetchChanges(qint64 organizationId, qint64 since, QObject *context,
                                      std::function<void(const ChangesResult &)> done)
{
    QUrlQuery query;
    query.addQueryItem(u"since"_s, QString::number(since));
    m_api.get(basePath(organizationId) + u"/changes"_s, query)
            ->then(context, [done](const ApiResult &r) {
                ChangesResult result;
                result.ok = r.ok;
                result.errorText = r.errorText;
                result.unreachable = r.isUnreachable();
                for (const QJsonValue &c : r.json.value(u"changes"_s).toArray())
                    result.changes.append(OrganizationChange::fromJson(c.toObject()));
                result.treeVersion = r.json.value(u"tree_version"_s).toInteger();
                result.version = r.json.value(u"version"_s).toInt();
                result.more = r.json.value(u"more"_s).toBool();
                done(result);
            });
}

void OrganizationClient::apply(const OrganizationEdit &edit, QObject *context,
                               std::function<void(const EditOutcome &)> done)
{
    using Kind = OrganizationEdit::Kind;
    const QString base = basePath(edit.organizationId);
    const QString department = base + u"/departments/"_s + QString::number(edit.nodeId);
    const QString member = base + u"/members/"_s + QString::number(edit.nodeId);
    RequestOptions options;
    options.ifMatch = QByteArray::number(edit.ifMatch);
    QJsonObject body;
    ApiJob *job = nullptr;
    switch (edit.kind) {
    case Kind::CreateDepartment:
        body = {{u"name"_s, edit.name}, {u"parent_id"_s, idOrNull(edit.targetId)}};
        if (edit.sortKey >= 0)
            body.insert(u"sort_key"_s, edit.sortKey);
        job = m_api.post(base + u"/departments"_s, body, options);
        break;
    case Kind::RenameDepartment:
        job = m_api.patch(department, {{u"name"_s, edit.name}}, options);
        break;
    case Kind::MoveDepartment:
        body = {{u"parent_id"_s, idOrNull(edit.targetId)}};
        if (edit.sortKey >= 0)
            body.insert(u"sort_key"_s, edit.sortKey);
        job = m_api.patch(department, body, options);
        break;
    case Kind::DeleteDepartment:
        if (edit.moveContents)
            job = m_api.deleteResource(
                    department, QUrlQuery{{u"move_to"_s, parentCode(edit.targetId)}}, options);
        else
            job = m_api.deleteResource(department, options);
        break;
    case Kind::RestoreDepartment:
        job = m_api.post(base + u"/deleted-departments/%1/restore"_s.arg(edit.deletedId), {},
                         options);
        break;
    case Kind::AddMember:
        body = {{u"account_id"_s, edit.accountId},
                {u"department_id"_s, idOrNull(edit.targetId)},
                {u"role"_s, Organizations::roleCode(edit.role)}};
        if (!edit.title.isEmpty())
            body.insert(u"title"_s, edit.title);
        job = m_api.post(base + u"/members"_s, body, options);
        break;
    case Kind::MoveMember:
        job = m_api.patch(member, {{u"department_id"_s, idOrNull(edit.targetId)}}, options);
        break;
    case Kind::SetMemberRole:
        job = m_api.patch(member, {{u"role"_s, Organizations::roleCode(edit.role)}}, options);
        break;
    case Kind::SetMemberTitle:
        job = m_api.patch(member, {{u"title"_s, edit.title}}, options);
        break;
    case Kind::RemoveMember:
        job = m_api.deleteResource(member, options);
        break;
    case Kind::TransferOwnership:
        job = m_api.post(base + u"/transfer-ownership"_s,
                         {{u"member_id"_s, edit.nodeId},
                          {u"former_owner_role"_s, Organizations::roleCode(edit.role)}},
                         options);
        break;
    }
    job->then(context, [done](const ApiResult &r) {
        EditOutcome outcome;
        outcome.ok = r.ok;
        outcome.httpStatus = r.httpStatus;
        outcome.problemCode = r.problem.code;
        outcome.errorText = r.errorText;
        outcome.version = r.etagVersion();
        outcome.record = r.json;
        outcome.createdId = r.json.value(u"id"_s).toInteger();
        const QJsonObject returned = r.json.value(u"returned"_s).toObject();
        for (const QString &type : {u"member"_s, u"department"_s}) {
            for (const QJsonValue &v : returned.value(type + u's').toArray()) {
                const QJsonObject node = v.toObject();
                outcome.otherVersions.insert(
                        OrganizationEdits::versionKey(type, node.value(u"id"_s).toInteger()),
                        node.value(u"version"_s).toInt());
            }
        }
        done(outcome);
    });
}
