#include "domain/sessionrecords.h"

#include "domain/jsontime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonArray organizationsToJson(const QList<PlatformOrganization> &list)
{
    QJsonArray a;
    for (const auto &o : list)
        a.append(o.toJson());
    return a;
}

QList<PlatformOrganization> organizationsFromJson(const QJsonValue &v)
{
    QList<PlatformOrganization> list;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &item : a)
        list.append(PlatformOrganization::fromJson(item.toObject()));
    return list;
}

} // namespace

QJsonObject StaffProfile::toJson() const
{
    return {{u"id"_s, id},
            {u"username"_s, username},
            {u"email"_s, email},
            {u"display_name"_s, displayName}};
}

StaffProfile StaffProfile::fromJson(const QJsonObject &o)
{
    StaffProfile s;
    s.id = o.value(u"id"_s).toInteger();
    s.username = o.value(u"username"_s).toString();
    s.email = o.value(u"email"_s).toString();
    s.displayName = o.value(u"display_name"_s).toString();
    return s;
}

QJsonObject PlatformOrganization::toJson() const
{
    return {{u"id"_s, id},
            {u"code"_s, code},
            {u"name"_s, name},
            {u"name_zh"_s, nameZh},
            {u"roles"_s, QJsonArray::fromStringList(roles.codes())}};
}

PlatformOrganization PlatformOrganization::fromJson(const QJsonObject &o)
{
    PlatformOrganization p;
    p.id = o.value(u"id"_s).toInteger();
    p.code = o.value(u"code"_s).toString();
    p.name = o.value(u"name"_s).toString();
    p.nameZh = o.value(u"name_zh"_s).toString();
    QStringList codes;
    const QJsonArray roles = o.value(u"roles"_s).toArray();
    for (const QJsonValue &r : roles)
        codes.append(r.toString());
    p.roles = RoleSet::fromCodes(codes);
    return p;
}

QJsonObject SessionGrant::toJson() const
{
    QJsonArray permissions;
    for (int i = 0; i < kPermissionCount; ++i) {
        if (organization.roles.allows(Permission(i)))
            permissions.append(Roles::permissionCode(Permission(i)));
    }
    return {{u"access_token"_s, accessToken},
            {u"access_expires_at"_s, JsonTime::format(accessExpiresAt)},
            {u"refresh_token"_s, refreshToken},
            {u"refresh_expires_at"_s, JsonTime::format(refreshExpiresAt)},
            {u"staff"_s, staff.toJson()},
            {u"organization"_s, organization.toJson()},
            {u"organizations"_s, organizationsToJson(organizations)},
            {u"permissions"_s, permissions},
            {u"must_change_password"_s, mustChangePassword}};
}

SessionGrant SessionGrant::fromJson(const QJsonObject &o)
{
    SessionGrant g;
    g.accessToken = o.value(u"access_token"_s).toString();
    g.accessExpiresAt = JsonTime::parse(o.value(u"access_expires_at"_s).toString());
    g.refreshToken = o.value(u"refresh_token"_s).toString();
    g.refreshExpiresAt = JsonTime::parse(o.value(u"refresh_expires_at"_s).toString());
    g.staff = StaffProfile::fromJson(o.value(u"staff"_s).toObject());
    g.organization = PlatformOrganization::fromJson(o.value(u"organization"_s).toObject());
    g.organizations = organizationsFromJson(o.value(u"organizations"_s));
    g.mustChangePassword = o.value(u"must_change_password"_s).toBool();
    return g;
}

QJsonObject OrganizationChoice::toJson() const
{
    return {{u"organization_required"_s, true},
            {u"selection_token"_s, selectionToken},
            {u"selection_expires_at"_s, JsonTime::format(expiresAt)},
            {u"staff"_s, staff.toJson()},
            {u"organizations"_s, organizationsToJson(organizations)}};
}

OrganizationChoice OrganizationChoice::fromJson(const QJsonObject &o)
{
    OrganizationChoice c;
    c.selectionToken = o.value(u"selection_token"_s).toString();
    c.expiresAt = JsonTime::parse(o.value(u"selection_expires_at"_s).toString());
    c.staff = StaffProfile::fromJson(o.value(u"staff"_s).toObject());
    c.organizations = organizationsFromJson(o.value(u"organizations"_s));
    return c;
}

bool OrganizationChoice::isChoice(const QJsonObject &o)
{
    return o.value(u"organization_required"_s).toBool();
}
