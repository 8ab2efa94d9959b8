#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// One audit log entry as GET /api/v1/audit sends it (see server/store/auditlog.h).
struct AuditRecord
{
    qint64 id = 0;
    QDateTime at; // UTC
    qint64 actorId = 0;
    QString actorName;
    QString actorRole; // role codes, comma-separated, or "staff" / "anonymous"
    QString requestId;
    QString action;
    QString targetType;
    QString targetId;
    QString targetName;
    QJsonObject before;
    QJsonObject after;
    QString reason;
    QString result;
    QString hash;

    static AuditRecord fromJson(const QJsonObject &o);
};
