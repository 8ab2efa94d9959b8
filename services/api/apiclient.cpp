#include "services/api/apiclient.h"

#include "services/api/networkapijob.h"
#include "services/api/serveraddress.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

ApiClient::ApiClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{ }

void ApiClient::setBaseUrl(const QUrl &baseUrl)
{
    m_baseUrl = baseUrl;
}

ApiJob *ApiClient::get(const QString &path, const QUrlQuery &query, const RequestOptions &options)
{
    return send("GET", path, query, {}, options);
}

ApiJob *ApiClient::post(const QString &path, const QJsonObject &body, const RequestOptions &options)
{
    return send("POST", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), options);
}

ApiJob *ApiClient::put(const QString &path, const QJsonObject &body, const RequestOptions &options)
{
    return send("PUT", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), options);
}

ApiJob *ApiClient::patch(const QString &path, const QJsonObject &body,
                         const RequestOptions &options)
{
    return send("PATCH", path, {}, QJsonDocument(body).toJson(QJsonDocument::Compact), options);
}

ApiJob *ApiClient::deleteResource(const QString &path, const RequestOptions &options)
{
    return send("DELETE", path, {}, {}, options);
}

ApiJob *ApiClient::deleteResource(const QString &path, const QUrlQuery &query,
                                  const RequestOptions &options)
{
    return send("DELETE", path, query, {}, options);
}

ApiJob *ApiClient::send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                        const QByteArray &body, const RequestOptions &options)
{
    // Checked on every request, not only when the address is typed: whatever sets the
    // base URL, plain http leaves this computer never.
    const ServerAddress address = ServerAddress::parse(m_baseUrl.toString());
    QUrl url = address.url;
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    auto *job = new NetworkApiJob(this, verb, url, body, options);
    if (!address.isValid() || m_baseUrl.scheme().toLower() != address.url.scheme())
        job->refuse(address.isValid() ? u"scheme changed"_s : address.errorText());
    else
        job->start();
    return job;
}
