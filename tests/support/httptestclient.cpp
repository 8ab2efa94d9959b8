#include "httptestclient.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QJsonObject HttpReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString HttpReply::code() const
{
    return json().value(u"code"_s).toString();
}

bool HttpReply::isProblem() const
{
    return header("content-type").startsWith("application/problem+json");
}

HttpTestClient::HttpTestClient(QUrl baseUrl) : m_baseUrl(std::move(baseUrl)) { }

QUrl HttpTestClient::url(const QString &pathAndQuery) const
{
    QUrl u = m_baseUrl;
    const qsizetype q = pathAndQuery.indexOf(u'?');
    u.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
    if (q >= 0)
        u.setQuery(pathAndQuery.sliced(q + 1));
    return u;
}

HttpReply HttpTestClient::get(const QString &path, const Headers &headers)
{
    return send("GET", path, {}, {}, headers);
}

HttpReply HttpTestClient::postJson(const QString &path, const QJsonObject &body,
                                   const Headers &headers)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                "application/json", headers);
}

HttpReply HttpTestClient::post(const QString &path, const QByteArray &body,
                               const QByteArray &contentType, const Headers &headers)
{
    return send("POST", path, body, contentType, headers);
}

HttpReply HttpTestClient::send(const QByteArray &method, const QString &path,
                               const QByteArray &body, const QByteArray &contentType,
                               const Headers &headers)
{
    QNetworkRequest request(url(path));
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (m_ssl)
        request.setSslConfiguration(*m_ssl);
    if (!contentType.isEmpty())
        request.setRawHeader("Content-Type", contentType);
    if (!m_bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_bearer.toLatin1());
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);

    QBuffer *buffer = nullptr;
    QNetworkReply *reply = nullptr;
    if (method == "GET" && body.isEmpty()) {
        reply = m_manager.get(request);
    } else {
        buffer = new QBuffer;
        buffer->setData(body);
        buffer->open(QIODevice::ReadOnly);
        if (contentType.isEmpty()) {
            // QNAM guesses a Content-Type for POST bodies; a custom verb sends none.
            reply = m_manager.sendCustomRequest(request, method, buffer);
        } else if (method == "POST") {
            reply = m_manager.post(request, buffer);
        } else {
            reply = m_manager.sendCustomRequest(request, method, buffer);
        }
        buffer->setParent(reply);
    }
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(m_timeoutMs + 5000);

    HttpReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.error = reply->error();
    r.errorString = reply->errorString();
    r.body = reply->readAll();
    const QList<QNetworkReply::RawHeaderPair> raw = reply->rawHeaderPairs();
    for (const auto &h : raw)
        r.headers.append({h.first, h.second});
    if (!reply->isFinished()) {
        reply->abort();
        r.error = QNetworkReply::TimeoutError;
    }
    delete reply;
    return r;
}
