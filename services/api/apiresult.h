#pragma once

#include "domain/problem.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QString>

// The outcome of one API call, as every caller sees it: ok or not, the HTTP
// status, the decoded problem document, one translated sentence for the user
// (ErrorText made it; panes never build their own), and the payload.
struct ApiResult
{
    bool ok = false;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    bool timedOut = false;
    bool cancelled = false;
    bool addressRefused = false;          // ServerAddress refused the URL: nothing sent
    QList<QSslError::SslError> tlsErrors; // why the certificate was refused
    Problem problem;                      // when the server sent problem+json
    QString errorText;                    // translated, with what to do next
    QJsonObject json;                     // the body when it is an object
    QJsonArray jsonArray;                 // the body when it is an array
    QByteArray body;                      // raw body (images, …)
    QByteArray contentType;
    QByteArray etag;            // ETag header, quotes removed
    QString requestId;          // X-Request-Id, for support
    int retryAfterSeconds = -1; // Retry-After, when the server sent one
    int attempts = 0;           // requests sent (retries and refresh included)

    // No answer from the server at all: unreachable, refused, timed out (not a
    // refused certificate: something answered, but it could not be trusted).
    bool isUnreachable() const
    {
        return httpStatus == 0 && !cancelled && !addressRefused && !isTlsFailure();
    }
    bool isTlsFailure() const;
    int etagVersion() const { return etag.toInt(); }
};
