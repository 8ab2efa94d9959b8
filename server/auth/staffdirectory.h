#pragma once

#include "domain/sessionrecords.h"

#include <QList>
#include <QString>

#include <optional>

class Database;

struct StaffRecord
{
    qint64 id = 0;
    QString username;
    QString email;
    QString displayName;
    QString passwordHash;
    QString status;
    int failedSignIns = 0;
    int lockouts = 0;
    qint64 lockedUntil = 0;
    int version = 0;

    StaffProfile profile() const { return {id, username, email, displayName}; }
};

// Staff members, their platform organizations and their roles there.
class StaffDirectory
{
public:
    explicit StaffDirectory(Database &db);

    std::optional<StaffRecord> findByLogin(const QString &usernameOrEmail);
    std::optional<StaffRecord> findById(qint64 id);
    QList<PlatformOrganization> memberships(qint64 staffId);
    RoleSet roles(qint64 staffId, qint64 platformOrgId);
    QList<StaffRecord> listForOrganization(qint64 platformOrgId);
    bool isMember(qint64 staffId, qint64 platformOrgId);

    void recordFailure(const StaffRecord &staff);
    void recordSuccess(qint64 staffId);
    // Clears a lockout if the row is still at expectedVersion; false when stale.
    bool unlock(qint64 staffId, int expectedVersion);

    qint64 create(const QString &username, const QString &email, const QString &displayName,
                  const QString &passwordHash, qint64 createdAt);
    void grant(qint64 staffId, qint64 platformOrgId, Role role);

private:
    Database &m_db;
};
