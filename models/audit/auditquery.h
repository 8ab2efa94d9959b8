#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QString>
#include <QUrlQuery>

// What the audit log pane asks for: the server filters and pages by cursor.
struct AuditQuery
{
    QString action;     // exact action code, e.g. auth.sign_in; empty: all
    QString targetType; // e.g. staff, session; empty: all
    QString targetId;
    int pageSize = 100;

    bool operator==(const AuditQuery &other) const = default;
    QUrlQuery toUrlQuery(const QString &cursor) const;
    // Names one page of one query in the offline cache.
    QString cacheKey(const QString &cursor) const;
};

// One page as the model receives it, from the server or, offline, from the cache.
struct AuditPage
{
    bool ok = false;
    QJsonArray items;
    QString nextCursor; // empty at the end
    bool fromCache = false;
    QDateTime fetchedAt; // when the server said this (now, unless from the cache)
    QString errorText;   // translated, when !ok
};
