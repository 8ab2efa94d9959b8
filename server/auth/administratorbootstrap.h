#pragma once

#include <QString>

class AuditLog;
class Database;
class PasswordHasher;
class StaffDirectory;

// The first administrator of a real (non-demo) platform: without one nobody
// can sign in to add the rest. `gatehouse-server --create-administrator
// <email>` runs this once and exits; the password comes from the environment or
// standard input, never from the command line (it would show in `ps`).
class AdministratorBootstrap
{
public:
    static constexpr int kMinimumPasswordLength = 12;

    AdministratorBootstrap(Database &db, StaffDirectory &staff, const PasswordHasher &hasher,
                           AuditLog &audit);

    // Creates the staff member (username: the email's local part) as
    // administrator of the platform organization, creating that organization
    // when the database has none. Audited in the same transaction. False with
    // *error when the email is malformed, the password too short, or someone
    // already uses the email or username.
    bool create(const QString &email, const QString &password, QString *error);

private:
    qint64 platformOrganization(qint64 now);

    Database &m_db;
    StaffDirectory &m_staff;
    const PasswordHasher &m_hasher;
    AuditLog &m_audit;
};
