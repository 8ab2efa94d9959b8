#pragma once

#include "services/api/apijob.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class AccessTokenSource;
class QNetworkAccessManager;

struct RequestOptions
{
    bool authenticated = true; // send the bearer token, refresh once on 401 token_expired
    QByteArray ifMatch;        // version for If-Match (sent quoted)
    QByteArray idempotencyKey; // Idempotency-Key for decisions
    int timeoutMs = 15000;     // transfer timeout: Qt's default is none
    int maxRetries = -1;       // -1: 2 for GET (backoff 0.5 s, 1 s), 0 for anything else
    // Sent instead of the token source's, with no refresh on 401: for revoking a
    // session that is no longer the current one (sign-out, organization switch).
    QString bearerToken;
};

// The console's one door to gatehouse-server: JSON over HTTP(S), a transfer
// timeout on every request, retries with backoff only for safe methods, problem
// documents decoded into translated words, and the bearer token refreshed once
// on expiry. Built once in app/ and passed to whoever needs it.
//
// Redirects are never followed (the API does not redirect, and a redirect could
// carry the bearer token elsewhere or downgrade https to http); TLS errors are
// never ignored. The base URL must pass ServerAddress: anything else is refused
// before a byte is sent.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    ApiClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &baseUrl);
    QUrl baseUrl() const { return m_baseUrl; }
    void setTokenSource(AccessTokenSource *source) { m_tokens = source; }
    AccessTokenSource *tokenSource() const { return m_tokens; }

    ApiJob *get(const QString &path, const QUrlQuery &query = {},
                const RequestOptions &options = {});
    ApiJob *post(const QString &path, const QJsonObject &body, const RequestOptions &options = {});
    ApiJob *put(const QString &path, const QJsonObject &body, const RequestOptions &options = {});
    ApiJob *patch(const QString &path, const QJsonObject &body, const RequestOptions &options = {});
    ApiJob *deleteResource(const QString &path, const RequestOptions &options = {});
    ApiJob *deleteResource(const QString &path, const QUrlQuery &query,
                           const RequestOptions &options = {});

    // Bodies at least this large are parsed on a worker thread.
    static constexpr qsizetype kLargeBodyBytes = 256 * 1024;

signals:
    // An answer arrived (true) or a request found nobody there (false).
    void reachabilityObserved(bool reachable);
    // An authenticated request ended in 401 after any refresh: the session is
    // over on the server (SessionService listens and says so).
    void sessionRejected(const ApiResult &result);

private:
    friend class NetworkApiJob;
    ApiJob *send(const QByteArray &verb, const QString &path, const QUrlQuery &query,
                 const QByteArray &body, const RequestOptions &options);

    QNetworkAccessManager *m_network;
    AccessTokenSource *m_tokens = nullptr;
    QUrl m_baseUrl;
};
