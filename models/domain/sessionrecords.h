#pragma once

#include "domain/role.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// The records of staff sign-in, shared by the server (which writes them) and
// the console (which reads them). JSON field names are snake_case.

struct StaffProfile
{
    qint64 id = 0;
    QString username;
    QString email;
    QString displayName;

    QJsonObject toJson() const;
    static StaffProfile fromJson(const QJsonObject &o);
};

// A platform organization the staff member works in, with their roles there.
struct PlatformOrganization
{
    qint64 id = 0;
    QString code;
    QString name;   // English
    QString nameZh; // Chinese
    RoleSet roles;

    QString displayName(bool chinese) const { return chinese && !nameZh.isEmpty() ? nameZh : name; }
    QJsonObject toJson() const;
    static PlatformOrganization fromJson(const QJsonObject &o);
};

// What a successful sign-in, refresh or organization switch returns.
struct SessionGrant
{
    QString accessToken;
    QDateTime accessExpiresAt;
    QString refreshToken;
    QDateTime refreshExpiresAt;
    StaffProfile staff;
    PlatformOrganization organization;
    QList<PlatformOrganization> organizations;
    bool mustChangePassword = false;

    bool isValid() const { return !accessToken.isEmpty() && organization.id != 0; }
    QJsonObject toJson() const;
    static SessionGrant fromJson(const QJsonObject &o);
};

// What sign-in returns when the staff member belongs to several platform
// organizations and did not name one: choose, then exchange the selection token.
struct OrganizationChoice
{
    QString selectionToken;
    QDateTime expiresAt;
    StaffProfile staff;
    QList<PlatformOrganization> organizations;

    QJsonObject toJson() const;
    static OrganizationChoice fromJson(const QJsonObject &o);
    static bool isChoice(const QJsonObject &o);
};
