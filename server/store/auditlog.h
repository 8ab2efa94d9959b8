#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

class Clock;
class Database;

// One audited action. Never holds a secret or a full personal value: callers
// pass masked values in before/after, and the reason as the staff member typed it.
struct AuditEntry
{
    qint64 id = 0;
    qint64 platformOrgId = 0; // 0 when the action is not scoped (a failed sign-in)
    qint64 at = 0;            // ms since epoch; set by AuditLog::append
    qint64 actorId = 0;       // 0 when unknown (failed sign-in with an unknown login)
    QString actorName;
    QString actorRole; // the roles held, comma-separated, or "anonymous"
    QString requestId;
    QString action; // e.g. auth.sign_in, staff.unlock
    QString targetType;
    QString targetId;
    QString targetName;
    QJsonObject before;
    QJsonObject after;
    QString reason;
    QString result; // success, denied, failed …
    QString prevHash;
    QString hash;

    QJsonObject toJson() const;
};

struct AuditChainCheck
{
    bool intact = true;
    qint64 rowsChecked = 0;
    qint64 firstBrokenId = 0;
};

// The hash-chained, append-only audit log. append() must run inside the
// transaction of the change it records, so both commit or neither does.
class AuditLog
{
public:
    AuditLog(Database &db, const Clock &clock);

    void append(AuditEntry &entry);
    AuditChainCheck verify();

    struct Filter
    {
        qint64 platformOrgId = 0;
        QString targetType;
        QString targetId;
        qint64 actorId = 0;
        QString action;
        qint64 beforeId = 0; // cursor: rows with a smaller id
        int limit = 50;
    };
    QList<AuditEntry> list(const Filter &filter);

    // The canonical bytes a row's hash covers (exposed for tests that tamper).
    static QByteArray canonical(const AuditEntry &entry);
    static QString chainHash(const QString &prevHash, const AuditEntry &entry);

private:
    Database &m_db;
    const Clock &m_clock;
};
