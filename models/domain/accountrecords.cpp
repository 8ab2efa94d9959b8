#include "domain/accountrecords.h"

#include "domain/jsontime.h"

using namespace Qt::StringLiterals;

namespace {

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

QJsonObject AccountSummary::toJson() const
{
    return QJsonObject{
            {u"id"_s, id},
            {u"username"_s, textOrNull(username)},
            {u"display_name"_s, displayName},
            {u"name_latin"_s, textOrNull(nameLatin)},
            {u"email"_s, textOrNull(email)},
            {u"mobile"_s, textOrNull(mobile)},
            {u"id_number"_s, textOrNull(idNumber)},
            {u"status"_s, status},
            {u"account_type"_s, accountType},
            {u"realname_level"_s, realnameLevel ? QJsonValue(realnameLevel) : QJsonValue()},
            {u"created_at"_s, JsonTime::formatMs(createdAt)},
            {u"version"_s, version},
            {u"matched"_s, matched}};
}

AccountSummary AccountSummary::fromJson(const QJsonObject &o)
{
    AccountSummary s;
    s.id = o.value(u"id"_s).toInteger();
    s.username = o.value(u"username"_s).toString();
    s.displayName = o.value(u"display_name"_s).toString();
    s.nameLatin = o.value(u"name_latin"_s).toString();
    s.email = o.value(u"email"_s).toString();
    s.mobile = o.value(u"mobile"_s).toString();
    s.idNumber = o.value(u"id_number"_s).toString();
    s.status = o.value(u"status"_s).toString();
    s.accountType = o.value(u"account_type"_s).toString();
    s.realnameLevel = o.value(u"realname_level"_s).toInt();
    const QDateTime created = JsonTime::parse(o.value(u"created_at"_s).toString());
    s.createdAt = created.isValid() ? created.toMSecsSinceEpoch() : 0;
    s.version = o.value(u"version"_s).toInt();
    s.matched = o.value(u"matched"_s).toString();
    return s;
}

namespace PermissionSets {

QStringList all()
{
    return {u"open_platform_management"_s, u"message_management"_s, u"mini_program_development"_s,
            u"data_analysis"_s};
}

bool isKnown(QStringView set)
{
    return all().contains(set);
}

bool isExclusive(QStringView set)
{
    return set == u"open_platform_management";
}

} // namespace PermissionSets

namespace RevealFields {

QStringList all()
{
    return {QString::fromUtf16(kIdNumber), QString::fromUtf16(kMobile), QString::fromUtf16(kEmail)};
}

} // namespace RevealFields
