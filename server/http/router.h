#pragma once

#include "domain/role.h"
#include "http/apirequest.h"
#include "http/httpresponse.h"

#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

// Who may call a route. Every route declares one; there is no default.
struct Access
{
    bool isPublic = false;
    Permission permission = Permission::ReadOwnSession;

    static Access publicRoute() { return {true, Permission::ReadOwnSession}; }
    static Access permit(Permission p) { return {false, p}; }
};

using RouteHandler = std::function<HttpResponse(ApiRequest &)>;

struct Route
{
    QByteArray method;
    QString pattern;      // /api/v1/staff/{id}/unlock
    QStringList segments; // pattern split on '/'
    Access access;
    RouteHandler handler;
};

// Matches method and path. A path that matches with another method is a 405
// (with Allow), not a 404.
class Router
{
public:
    void add(const QByteArray &method, const QString &pattern, Access access, RouteHandler handler);

    struct Match
    {
        const Route *route = nullptr;
        QHash<QString, QString> params;
        QByteArrayList allowedMethods; // when the path matched but the method did not
    };
    Match match(const QByteArray &method, const QString &path) const;

    const QList<Route> &routes() const { return m_routes; }

private:
    QList<Route> m_routes;
};
