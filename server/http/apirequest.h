#pragma once

#include "domain/role.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <optional>

struct HttpResponse;

// Who is calling, once the bearer token checked out.
struct Principal
{
    qint64 staffId = 0;
    QString staffName;
    QString username;
    qint64 sessionId = 0;
    qint64 platformOrgId = 0;
    RoleSet roles;

    bool isAuthenticated() const { return staffId != 0; }
    QString roleText() const { return roles.codes().join(u','); }
};

// One request as routes see it: path parameters by name, the query, the raw
// body, the request id, and the principal.
struct ApiRequest
{
    QByteArray method;
    QString path;
    QHash<QString, QString> pathParams;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headerList;
    QByteArray body;
    QString requestId;
    QHostAddress remoteAddress;
    Principal principal;

    QByteArray header(const QByteArray &lowerCaseName) const;
    // A path parameter that must be a positive integer id; nullopt when it is not.
    std::optional<qint64> idParam(const QString &name) const;

    // The body as one strict JSON object; on failure *problem holds the 4xx answer.
    std::optional<QJsonObject> jsonBody(HttpResponse *problem) const;
    // If-Match as an integer version; on failure *problem holds 428 or 412.
    std::optional<int> ifMatchVersion(HttpResponse *problem) const;
};
