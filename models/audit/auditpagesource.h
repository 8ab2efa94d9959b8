#pragma once

#include "models/audit/auditquery.h"

#include <QObject>

#include <functional>

// Where AuditLogModel gets its pages. The model does no networking itself:
// ApiAuditPageSource asks the server (and the offline cache), tests put in a
// source of their own.
class AuditPageSource
{
public:
    virtual ~AuditPageSource() = default;
    // Answers exactly once through done, later (never from inside this call),
    // and only while context is alive.
    virtual void fetchPage(const AuditQuery &query, const QString &cursor, QObject *context,
                           std::function<void(const AuditPage &)> done) = 0;
};
