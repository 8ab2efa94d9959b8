#pragma once

#include "services/api/apiclient.h"
#include "services/api/apijob.h"

#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkReply;

// The ApiJob ApiClient hands out: owns the reply, the timeout, the retries
// and the one refresh after 401 token_expired, and turns the reply into an
// ApiResult.
class NetworkApiJob final : public ApiJob
{
    Q_OBJECT

public:
    NetworkApiJob(ApiClient *client, QByteArray verb, QUrl url, QByteArray body,
                  RequestOptions options);
    ~NetworkApiJob() override;

    void start();
    void refuse(const QString &reason); // the address failed ServerAddress: nothing is sent
    void cancel() override;
    QString path() const override { return m_url.path(); }

private:
    void sendAttempt();
    void onReplyFinished();
    ApiResult readReply(QNetworkReply *reply) const;
    bool shouldRetry(const ApiResult &result) const;
    int retryDelayMs(const ApiResult &result) const;
    void decodeBody(ApiResult result);
    void complete(ApiResult result);
    bool isSafeMethod() const { return m_verb == "GET" || m_verb == "HEAD"; }
    bool usesTokenSource() const;

    QPointer<ApiClient> m_client;
    QByteArray m_verb;
    QUrl m_url;
    QByteArray m_body;
    RequestOptions m_options;
    QByteArray m_requestId;
    QPointer<QNetworkReply> m_reply;
    QList<QSslError::SslError> m_tlsErrors;
    QTimer m_retryTimer;
    int m_attempts = 0;
    int m_retriesDone = 0;
    bool m_refreshed = false;
    bool m_finished = false;
};
