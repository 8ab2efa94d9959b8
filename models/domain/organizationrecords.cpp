#include "domain/organizationrecords.h"

#include "domain/jsontime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonValue timeOrNull(qint64 ms)
{
    return ms ? QJsonValue(JsonTime::formatMs(ms)) : QJsonValue();
}

qint64 msFrom(const QJsonValue &v)
{
    const QDateTime t = JsonTime::parse(v.toString());
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QJsonValue idOrNull(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue();
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonArray pathJson(const QList<DepartmentRef> &path)
{
    QJsonArray a;
    for (const DepartmentRef &step : path)
        a.append(step.toJson());
    return a;
}

} // namespace

namespace Organizations {

QString typeCode(OrganizationType type)
{
    return type == OrganizationType::Corporate ? u"corporate"_s : u"individual"_s;
}

bool typeFromCode(QStringView text, OrganizationType *type)
{
    if (text == u"individual")
        *type = OrganizationType::Individual;
    else if (text == u"corporate")
        *type = OrganizationType::Corporate;
    else
        return false;
    return true;
}

QString roleCode(MemberRole role)
{
    switch (role) {
    case MemberRole::Owner:
        return u"owner"_s;
    case MemberRole::Administrator:
        return u"administrator"_s;
    case MemberRole::Member:
        break;
    }
    return u"member"_s;
}

bool roleFromCode(QStringView text, MemberRole *role)
{
    if (text == u"owner")
        *role = MemberRole::Owner;
    else if (text == u"administrator")
        *role = MemberRole::Administrator;
    else if (text == u"member")
        *role = MemberRole::Member;
    else
        return false;
    return true;
}

} // namespace Organizations

QJsonObject DepartmentRef::toJson() const
{
    return {{u"id"_s, id}, {u"name"_s, name}};
}

DepartmentRef DepartmentRef::fromJson(const QJsonObject &o)
{
    return {o.value(u"id"_s).toInteger(), o.value(u"name"_s).toString()};
}

QJsonObject OrganizationSummary::toJson() const
{
    QJsonObject o{{u"id"_s, id},
                  {u"name"_s, name},
                  {u"type"_s, Organizations::typeCode(type)},
                  {u"member_limit"_s, memberLimit > 0 ? QJsonValue(memberLimit) : QJsonValue()},
                  {u"member_count"_s, memberCount},
                  {u"department_count"_s, departmentCount},
                  {u"owner"_s,
                   QJsonObject{{u"account_id"_s, ownerAccountId},
                               {u"display_name"_s, ownerName},
                               {u"member_id"_s,
                                ownerMemberId ? QJsonValue(ownerMemberId) : QJsonValue()}}},
                  {u"created_at"_s, timeOrNull(createdAt)},
                  {u"updated_at"_s, timeOrNull(updatedAt)},
                  {u"version"_s, version},
                  {u"tree_version"_s, treeVersion}};
    if (rootMembers >= 0) {
        o.insert(u"root"_s,
                 QJsonObject{{u"direct_members"_s, rootMembers},
                             {u"child_departments"_s, rootDepartments}});
    }
    return o;
}

OrganizationSummary OrganizationSummary::fromJson(const QJsonObject &o)
{
    OrganizationSummary s;
    s.id = o.value(u"id"_s).toInteger();
    s.name = o.value(u"name"_s).toString();
    Organizations::typeFromCode(o.value(u"type"_s).toString(), &s.type);
    s.memberLimit = o.value(u"member_limit"_s).toInt();
    s.memberCount = o.value(u"member_count"_s).toInteger();
    s.departmentCount = o.value(u"department_count"_s).toInteger();
    const QJsonObject owner = o.value(u"owner"_s).toObject();
    s.ownerAccountId = owner.value(u"account_id"_s).toInteger();
    s.ownerName = owner.value(u"display_name"_s).toString();
    s.ownerMemberId = owner.value(u"member_id"_s).toInteger();
    s.createdAt = msFrom(o.value(u"created_at"_s));
    s.updatedAt = msFrom(o.value(u"updated_at"_s));
    s.version = o.value(u"version"_s).toInt(1);
    s.treeVersion = o.value(u"tree_version"_s).toInteger(1);
    if (o.contains(u"root"_s)) {
        const QJsonObject root = o.value(u"root"_s).toObject();
        s.rootMembers = root.value(u"direct_members"_s).toInteger();
        s.rootDepartments = root.value(u"child_departments"_s).toInteger();
    }
    return s;
}

QJsonObject DepartmentNode::toJson() const
{
    return {{u"id"_s, id},
            {u"parent_id"_s, idOrNull(parentId)},
            {u"name"_s, name},
            {u"sort_key"_s, sortKey},
            {u"depth"_s, depth},
            {u"direct_members"_s, directMembers},
            {u"total_members"_s, totalMembers},
            {u"child_departments"_s, childDepartments},
            {u"created_at"_s, timeOrNull(createdAt)},
            {u"version"_s, version}};
}

DepartmentNode DepartmentNode::fromJson(const QJsonObject &o)
{
    DepartmentNode d;
    d.id = o.value(u"id"_s).toInteger();
    d.parentId = o.value(u"parent_id"_s).toInteger();
    d.name = o.value(u"name"_s).toString();
    d.sortKey = o.value(u"sort_key"_s).toInt();
    d.depth = o.value(u"depth"_s).toInt(1);
    d.directMembers = o.value(u"direct_members"_s).toInteger();
    d.totalMembers = o.value(u"total_members"_s).toInteger();
    d.childDepartments = o.value(u"child_departments"_s).toInteger();
    d.createdAt = msFrom(o.value(u"created_at"_s));
    d.version = o.value(u"version"_s).toInt(1);
    return d;
}

QJsonObject OrganizationMembership::toJson() const
{
    return {{u"organization_id"_s, organizationId},
            {u"name"_s, organizationName},
            {u"type"_s, Organizations::typeCode(type)},
            {u"member_id"_s, memberId},
            {u"role"_s, Organizations::roleCode(role)}};
}

OrganizationMembership OrganizationMembership::fromJson(const QJsonObject &o)
{
    OrganizationMembership m;
    m.organizationId = o.value(u"organization_id"_s).toInteger();
    m.organizationName = o.value(u"name"_s).toString();
    Organizations::typeFromCode(o.value(u"type"_s).toString(), &m.type);
    m.memberId = o.value(u"member_id"_s).toInteger();
    Organizations::roleFromCode(o.value(u"role"_s).toString(), &m.role);
    return m;
}

QJsonObject MemberNode::toJson() const
{
    QJsonObject o{{u"id"_s, id},
                  {u"account_id"_s, accountId},
                  {u"department_id"_s, idOrNull(departmentId)},
                  {u"role"_s, Organizations::roleCode(role)},
                  {u"title"_s, textOrNull(title)},
                  {u"display_name"_s, displayName},
                  {u"name_latin"_s, textOrNull(nameLatin)},
                  {u"username"_s, textOrNull(username)},
                  {u"email"_s, textOrNull(emailMasked)},
                  {u"mobile"_s, textOrNull(mobileMasked)},
                  {u"account_status"_s, accountStatus},
                  {u"joined_at"_s, timeOrNull(joinedAt)},
                  {u"version"_s, version}};
    if (hasPath)
        o.insert(u"path"_s, pathJson(path));
    if (hasMemberships) {
        QJsonArray a;
        for (const OrganizationMembership &m : memberships)
            a.append(m.toJson());
        o.insert(u"organizations"_s, a);
    }
    return o;
}

MemberNode MemberNode::fromJson(const QJsonObject &o)
{
    MemberNode m;
    m.id = o.value(u"id"_s).toInteger();
    m.accountId = o.value(u"account_id"_s).toInteger();
    m.departmentId = o.value(u"department_id"_s).toInteger();
    Organizations::roleFromCode(o.value(u"role"_s).toString(), &m.role);
    m.title = o.value(u"title"_s).toString();
    m.displayName = o.value(u"display_name"_s).toString();
    m.nameLatin = o.value(u"name_latin"_s).toString();
    m.username = o.value(u"username"_s).toString();
    m.emailMasked = o.value(u"email"_s).toString();
    m.mobileMasked = o.value(u"mobile"_s).toString();
    m.accountStatus = o.value(u"account_status"_s).toString();
    m.joinedAt = msFrom(o.value(u"joined_at"_s));
    m.version = o.value(u"version"_s).toInt(1);
    m.hasPath = o.contains(u"path"_s);
    const QJsonArray path = o.value(u"path"_s).toArray();
    for (const QJsonValue &v : path)
        m.path.append(DepartmentRef::fromJson(v.toObject()));
    m.hasMemberships = o.contains(u"organizations"_s);
    const QJsonArray memberships = o.value(u"organizations"_s).toArray();
    for (const QJsonValue &v : memberships)
        m.memberships.append(OrganizationMembership::fromJson(v.toObject()));
    return m;
}

QJsonObject OrganizationChange::toJson() const
{
    QJsonArray parents;
    for (qint64 id : parentIds)
        parents.append(idOrNull(id));
    return {{u"tree_version"_s, treeVersion},
            {u"at"_s, timeOrNull(at)},
            {u"node_type"_s, nodeType},
            {u"node_id"_s, nodeId},
            {u"action"_s, action},
            {u"parent_ids"_s, parents}};
}

OrganizationChange OrganizationChange::fromJson(const QJsonObject &o)
{
    OrganizationChange c;
    c.treeVersion = o.value(u"tree_version"_s).toInteger();
    c.at = msFrom(o.value(u"at"_s));
    c.nodeType = o.value(u"node_type"_s).toString();
    c.nodeId = o.value(u"node_id"_s).toInteger();
    c.action = o.value(u"action"_s).toString();
    const QJsonArray parents = o.value(u"parent_ids"_s).toArray();
    for (const QJsonValue &v : parents)
        c.parentIds.append(v.toInteger());
    return c;
}
