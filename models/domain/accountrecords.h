#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// One account as the support desk's search lists it. Personal data arrives
// masked (PersonalDataMask); the clear values only ever come from the reveal route.
struct AccountSummary
{
    qint64 id = 0;
    QString username;
    QString displayName;
    QString nameLatin;
    QString email;         // masked: z***@example.com
    QString mobile;        // masked: 138****5678
    QString idNumber;      // masked: 1***************2X; empty without a real-name record
    QString status;        // unactivated, active, locked, disabled
    QString accountType;   // individual, corporate
    int realnameLevel = 0; // 0: no real-name record
    qint64 createdAt = 0;  // ms since epoch
    int version = 0;
    QString matched; // what the query matched: id_number, mobile, openid, unionid, username …

    QJsonObject toJson() const;
    static AccountSummary fromJson(const QJsonObject &object);
};

// Seed 003: third-party platforms are authorised per app with permission sets;
// an exclusive set (open platform management) is held by one platform at most.
namespace PermissionSets {

QStringList all();
bool isKnown(QStringView set);
bool isExclusive(QStringView set);

} // namespace PermissionSets

// The personal values a reveal may ask for.
namespace RevealFields {

inline constexpr char16_t kIdNumber[] = u"id_number";
inline constexpr char16_t kMobile[] = u"mobile";
inline constexpr char16_t kEmail[] = u"email";

QStringList all();

} // namespace RevealFields
