#pragma once

#include "auth/authsettings.h"

#include <QJsonObject>

class AuditLog;
class Clock;
class Database;
class PasswordHasher;
class SessionStore;
class StaffDirectory;
struct ApiRequest;
struct HttpResponse;
struct StaffRecord;

// Staff sign-in, organization choice, refresh with rotation and reuse
// detection, sign-out and organization switch. Every attempt is audited in the
// transaction that changes state.
class SignInService
{
public:
    SignInService(Database &db, StaffDirectory &staff, SessionStore &sessions,
                  const PasswordHasher &hasher, AuditLog &audit, const Clock &clock,
                  const AuthSettings &settings);

    HttpResponse signIn(ApiRequest &request);
    HttpResponse chooseOrganization(ApiRequest &request);
    HttpResponse refresh(ApiRequest &request);
    HttpResponse signOut(ApiRequest &request);
    HttpResponse switchOrganization(ApiRequest &request);
    HttpResponse me(ApiRequest &request);

private:
    HttpResponse grant(ApiRequest &request, const StaffRecord &staff, qint64 platformOrgId,
                       const QString &action, int status = 200);

    Database &m_db;
    StaffDirectory &m_staff;
    SessionStore &m_sessions;
    const PasswordHasher &m_hasher;
    AuditLog &m_audit;
    const Clock &m_clock;
    const AuthSettings &m_settings;
};
