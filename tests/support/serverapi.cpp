#include "serverapi.h"

using namespace Qt::StringLiterals;

namespace ServerApi {

HttpReply signIn(HttpTestClient &client, const QString &login, const QString &password,
                 qint64 organizationId)
{
    QJsonObject body{{u"login"_s, login}, {u"password"_s, password}};
    if (organizationId > 0)
        body.insert(u"organization_id"_s, organizationId);
    return client.postJson(u"/api/v1/auth/sign-in"_s, body);
}

Session openSession(HttpTestClient &client, const QString &login, const QString &password,
                    qint64 organizationId)
{
    Session s;
    s.reply = signIn(client, login, password, organizationId);
    if (s.reply.status != 200)
        return s;
    s.grant = s.reply.json();
    s.accessToken = s.grant.value(u"access_token"_s).toString();
    s.refreshToken = s.grant.value(u"refresh_token"_s).toString();
    s.organizationId = s.grant.value(u"organization"_s).toObject().value(u"id"_s).toInteger();
    s.staffId = s.grant.value(u"staff"_s).toObject().value(u"id"_s).toInteger();
    return s;
}

HttpReply refresh(HttpTestClient &client, const QString &refreshToken)
{
    return client.postJson(u"/api/v1/auth/refresh"_s, {{u"refresh_token"_s, refreshToken}});
}

namespace {

class BearerScope
{
public:
    BearerScope(HttpTestClient &client, const QString &token) : m_client(client)
    {
        m_client.setBearer(token);
    }
    ~BearerScope() { m_client.setBearer({}); }

private:
    HttpTestClient &m_client;
};

} // namespace

HttpReply getAs(HttpTestClient &client, const QString &accessToken, const QString &path)
{
    BearerScope scope(client, accessToken);
    return client.get(path);
}

HttpReply postAs(HttpTestClient &client, const QString &accessToken, const QString &path,
                 const QJsonObject &body, const HttpTestClient::Headers &headers)
{
    BearerScope scope(client, accessToken);
    return client.postJson(path, body, headers);
}

} // namespace ServerApi
