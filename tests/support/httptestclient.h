#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QSslConfiguration>
#include <QUrl>

#include <optional>

// One HTTP exchange as a test sees it.
struct HttpReply
{
    int status = 0; // 0 when no HTTP answer came (network error, timeout)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const;
    QJsonObject json() const; // {} when the body is not one JSON object
    QString code() const;     // a problem document's "code"
    bool isProblem() const;   // Content-Type application/problem+json
};

// A synchronous HTTP client for tests: each call sends one request through a
// QNetworkAccessManager and waits for its answer with QSignalSpy, so the event
// loop keeps running (an in-process GatehouseServer answers meanwhile).
class HttpTestClient
{
public:
    explicit HttpTestClient(QUrl baseUrl = {});

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    QUrl baseUrl() const { return m_baseUrl; }
    // Sent as "Authorization: Bearer <token>" unless empty.
    void setBearer(const QString &token) { m_bearer = token; }
    void setSslConfiguration(const QSslConfiguration &configuration) { m_ssl = configuration; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    using Headers = QList<QPair<QByteArray, QByteArray>>;

    HttpReply get(const QString &path, const Headers &headers = {});
    HttpReply postJson(const QString &path, const QJsonObject &body, const Headers &headers = {});
    // The body as given; contentType empty sends none (QNAM would otherwise guess).
    HttpReply post(const QString &path, const QByteArray &body,
                   const QByteArray &contentType = "application/json", const Headers &headers = {});
    HttpReply send(const QByteArray &method, const QString &path, const QByteArray &body,
                   const QByteArray &contentType, const Headers &headers);

    QUrl url(const QString &pathAndQuery) const;

private:
    QNetworkAccessManager m_manager;
    QUrl m_baseUrl;
    QString m_bearer;
    std::optional<QSslConfiguration> m_ssl;
    int m_timeoutMs = 15000;
};
