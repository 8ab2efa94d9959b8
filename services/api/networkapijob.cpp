#include "services/api/networkapijob.h"

#include "services/api/accesstokensource.h"
#include "services/api/errortext.h"

#include <QFuture>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QThreadPool>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApi, "gatehouse.services.api")

namespace {

QByteArray newRequestId()
{
    const quint64 value = QRandomGenerator::system()->generate64();
    return QByteArray::number(value, 16).rightJustified(16, '0');
}

QByteArray unquotedEtag(QByteArray etag)
{
    etag = etag.trimmed();
    if (etag.startsWith("W/"))
        etag = etag.sliced(2);
    if (etag.size() >= 2 && etag.startsWith('"') && etag.endsWith('"'))
        etag = etag.sliced(1, etag.size() - 2);
    return etag;
}

int retryAfterSeconds(const QByteArray &header)
{
    if (header.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = header.trimmed().toInt(&ok);
    if (ok)
        return std::max(0, seconds);
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(header), Qt::RFC2822Date);
    if (!at.isValid())
        return -1;
    return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(at)));
}

bool isJson(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').value(0).trimmed().toLower();
    return type == "application/json" || type.endsWith("+json");
}

struct ParsedBody
{
    QJsonDocument document;
    bool ok = false;
};

ParsedBody parseJson(const QByteArray &body)
{
    QJsonParseError error;
    ParsedBody parsed;
    parsed.document = QJsonDocument::fromJson(body, &error);
    parsed.ok = error.error == QJsonParseError::NoError;
    return parsed;
}

void applyBody(ApiResult &result, const ParsedBody &parsed)
{
    if (!parsed.ok) {
        // A success whose body cannot be read is not a success: the caller would act on nothing.
        if (result.ok) {
            result.ok = false;
            result.networkError = QNetworkReply::ProtocolFailure;
        }
        return;
    }
    if (parsed.document.isObject())
        result.json = parsed.document.object();
    else if (parsed.document.isArray())
        result.jsonArray = parsed.document.array();
}

bool isConnectionFailure(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

constexpr int kMaxHonouredRetryAfterSeconds = 10;

} // namespace

NetworkApiJob::NetworkApiJob(ApiClient *client, QByteArray verb, QUrl url, QByteArray body,
                             RequestOptions options)
    : ApiJob(client), m_client(client), m_verb(std::move(verb)), m_url(std::move(url)),
      m_body(std::move(body)), m_options(std::move(options)), m_requestId(newRequestId())
{
    if (m_options.maxRetries < 0)
        m_options.maxRetries = isSafeMethod() ? 2 : 0;
    if (!isSafeMethod())
        m_options.maxRetries = 0; // a lost answer to a POST may mean it happened: never resend
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &NetworkApiJob::sendAttempt);
}

NetworkApiJob::~NetworkApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

bool NetworkApiJob::usesTokenSource() const
{
    return m_options.authenticated && m_options.bearerToken.isEmpty() && m_client
            && m_client->m_tokens;
}

void NetworkApiJob::start()
{
    sendAttempt();
}

void NetworkApiJob::refuse(const QString &reason)
{
    // Finish on the next turn of the event loop: the caller has not bound then() yet.
    QMetaObject::invokeMethod(
            this,
            [this, reason] {
                ApiResult result;
                result.addressRefused = true;
                result.requestId = QString::fromLatin1(m_requestId);
                complete(result);
                qCWarning(lcApi).noquote() << m_verb << path() << "refused:" << reason;
            },
            Qt::QueuedConnection);
}

void NetworkApiJob::cancel()
{
    if (m_finished)
        return;
    m_retryTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    ApiResult result;
    result.cancelled = true;
    result.attempts = m_attempts;
    result.requestId = QString::fromLatin1(m_requestId);
    complete(result);
}

void NetworkApiJob::sendAttempt()
{
    if (m_finished || !m_client)
        return;
    ++m_attempts;
    m_tlsErrors.clear();

    QNetworkRequest request(m_url);
    request.setTransferTimeout(m_options.timeoutMs);
    // The API never redirects; following one could carry the token elsewhere or drop TLS.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (m_url.scheme() == u"https") {
        QSslConfiguration tls = request.sslConfiguration();
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        request.setSslConfiguration(tls);
    }
    request.setRawHeader("Accept", "application/json, application/problem+json");
    request.setRawHeader("X-Request-Id", m_requestId);
    if (!m_body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    if (!m_options.ifMatch.isEmpty())
        request.setRawHeader("If-Match", '"' + m_options.ifMatch + '"');
    if (!m_options.idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", m_options.idempotencyKey);
    QString token = m_options.bearerToken;
    if (token.isEmpty() && m_options.authenticated && m_client->m_tokens)
        token = m_client->m_tokens->accessToken();
    if (m_options.authenticated && !token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());

    QNetworkAccessManager *network = m_client->m_network;
    QNetworkReply *reply = m_verb == "GET" ? network->get(request)
                                           : network->sendCustomRequest(request, m_verb, m_body);
    m_reply = reply;
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded for the words; never ignored, so the handshake fails and nothing is sent.
        for (const QSslError &error : errors)
            m_tlsErrors.append(error.error());
    });
    connect(reply, &QNetworkReply::finished, this, &NetworkApiJob::onReplyFinished);
}

ApiResult NetworkApiJob::readReply(QNetworkReply *reply) const
{
    ApiResult result;
    result.attempts = m_attempts;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.networkError = reply->error();
    result.tlsErrors = m_tlsErrors;
    result.contentType = reply->rawHeader("Content-Type");
    result.etag = unquotedEtag(reply->rawHeader("ETag"));
    result.retryAfterSeconds = retryAfterSeconds(reply->rawHeader("Retry-After"));
    const QByteArray echoedId = reply->rawHeader("X-Request-Id");
    result.requestId = QString::fromLatin1(echoedId.isEmpty() ? m_requestId : echoedId);
    if (result.httpStatus == 0
        && (result.networkError == QNetworkReply::OperationCanceledError
            || result.networkError == QNetworkReply::TimeoutError)) {
        // Only the transfer timeout aborts a reply we did not cancel ourselves.
        result.timedOut = true;
        result.networkError = QNetworkReply::TimeoutError;
    }
    result.ok = result.httpStatus >= 200 && result.httpStatus < 300;
    if (result.httpStatus != 0)
        result.body = reply->readAll();
    if (!result.ok && isJson(result.contentType) && !result.body.isEmpty()) {
        // Problem documents are small: decode them here, they decide refresh and retry.
        const ParsedBody parsed = parseJson(result.body);
        if (parsed.ok && parsed.document.isObject()) {
            result.json = parsed.document.object();
            if (result.contentType.startsWith("application/problem+json")
                || result.json.contains(u"code"_s))
                result.problem = Problem::fromJson(result.json, result.httpStatus);
        }
    }
    return result;
}

void NetworkApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    if (m_finished)
        return;
    ApiResult result = readReply(reply);

    if (usesTokenSource() && result.httpStatus == 401 && !m_refreshed
        && result.problem.code == QStringView(ProblemCode::TokenExpired)) {
        m_refreshed = true;
        QPointer<NetworkApiJob> self(this);
        m_client->m_tokens->refreshAccessToken([self, result](bool refreshed) {
            if (!self || self->m_finished)
                return;
            if (refreshed)
                self->sendAttempt();
            else
                self->complete(result);
        });
        return;
    }
    if (shouldRetry(result)) {
        const int delay = retryDelayMs(result);
        ++m_retriesDone;
        qCInfo(lcApi).noquote() << m_verb << path() << "attempt" << m_attempts << "failed"
                                << (result.httpStatus ? QString::number(result.httpStatus)
                                                      : QString::number(result.networkError))
                                << "- retrying in" << delay << "ms";
        m_retryTimer.start(delay);
        return;
    }
    decodeBody(std::move(result));
}

bool NetworkApiJob::shouldRetry(const ApiResult &result) const
{
    if (!isSafeMethod() || m_retriesDone >= m_options.maxRetries)
        return false;
    // A timeout already spent the caller's budget; a refused certificate will not change.
    if (result.timedOut || result.isTlsFailure())
        return false;
    if (result.httpStatus == 0)
        return isConnectionFailure(result.networkError);
    const bool transient = result.httpStatus == 502 || result.httpStatus == 503
            || result.httpStatus == 504 || result.httpStatus == 429;
    return transient && result.retryAfterSeconds <= kMaxHonouredRetryAfterSeconds;
}

int NetworkApiJob::retryDelayMs(const ApiResult &result) const
{
    const int backoff = 500 << m_retriesDone; // 0.5 s, 1 s, 2 s …
    if (result.retryAfterSeconds > 0)
        return std::max(backoff, result.retryAfterSeconds * 1000);
    return backoff;
}

void NetworkApiJob::decodeBody(ApiResult result)
{
    if (!result.ok || result.body.isEmpty() || !isJson(result.contentType)) {
        complete(std::move(result));
        return;
    }
    if (result.body.size() < ApiClient::kLargeBodyBytes) {
        applyBody(result, parseJson(result.body));
        complete(std::move(result));
        return;
    }
    // A large page would stall the UI thread for tens of milliseconds: parse it on the pool.
    auto promise = std::make_shared<QPromise<ParsedBody>>();
    QFuture<ParsedBody> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, body = result.body] {
        promise->addResult(parseJson(body));
        promise->finish();
    });
    future.then(this, [this, result = std::move(result)](const ParsedBody &parsed) mutable {
        if (m_finished)
            return;
        applyBody(result, parsed);
        complete(std::move(result));
    });
}

void NetworkApiJob::complete(ApiResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    if (!result.ok)
        result.errorText = ErrorText::forResult(result);
    if (m_client && !result.cancelled && !result.addressRefused) {
        if (result.httpStatus != 0)
            emit m_client->reachabilityObserved(true);
        else if (!result.isTlsFailure())
            emit m_client->reachabilityObserved(false);
        if (result.httpStatus == 401 && m_options.authenticated && m_options.bearerToken.isEmpty())
            emit m_client->sessionRejected(result);
    }
    if (!result.ok && !result.cancelled) {
        qCInfo(lcApi).noquote() << m_verb << path() << "failed:"
                                << (result.httpStatus ? QString::number(result.httpStatus)
                                                      : u"no answer"_s)
                                << result.problem.code << "request" << result.requestId;
    }
    emit finished(result);
    deleteLater();
}
