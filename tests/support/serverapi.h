#pragma once

#include "httptestclient.h"

#include <QJsonObject>
#include <QString>

// The calls most server tests start with, over an HttpTestClient.
namespace ServerApi {

// POST /api/v1/auth/sign-in with a login and a password (and an organization
// when organizationId > 0).
HttpReply signIn(HttpTestClient &client, const QString &login, const QString &password,
                 qint64 organizationId = 0);

// A signed-in session: the grant's tokens, or empty tokens when sign-in failed.
struct Session
{
    QString accessToken;
    QString refreshToken;
    qint64 organizationId = 0;
    qint64 staffId = 0;
    QJsonObject grant;
    HttpReply reply;

    bool isValid() const { return !accessToken.isEmpty(); }
};
Session openSession(HttpTestClient &client, const QString &login, const QString &password,
                    qint64 organizationId = 0);

// POST /api/v1/auth/refresh with a refresh token.
HttpReply refresh(HttpTestClient &client, const QString &refreshToken);

// A GET or POST sent with the given access token (the client's own bearer is restored after).
HttpReply getAs(HttpTestClient &client, const QString &accessToken, const QString &path);
HttpReply postAs(HttpTestClient &client, const QString &accessToken, const QString &path,
                 const QJsonObject &body, const HttpTestClient::Headers &headers = {});

} // namespace ServerApi
