#include "services/api/errortext.h"

#include "services/api/apiresult.h"

using namespace Qt::StringLiterals;

// The problem and field codes are in errortextcodes.cpp; this file holds the
// transport: network errors, TLS, HTTP statuses, and the choice between them.

bool ApiResult::isTlsFailure() const
{
    return networkError == QNetworkReply::SslHandshakeFailedError || !tlsErrors.isEmpty();
}

QString ErrorText::forResult(const ApiResult &result)
{
    if (result.ok)
        return {};
    if (result.cancelled)
        return tr("The request was cancelled.");
    if (result.addressRefused)
        return tr("Gatehouse did not send the request: the server address is not allowed. Use an "
                  "https:// address.");
    if (result.timedOut)
        return forTimeout();
    if (result.isTlsFailure())
        return forTlsErrors(result.tlsErrors);
    if (!result.problem.code.isEmpty())
        return forProblem(result.problem, result.retryAfterSeconds, result.requestId);
    if (result.httpStatus >= 200 && result.httpStatus < 300)
        return forUnreadableAnswer();
    if (result.httpStatus != 0)
        return forHttpStatus(result.httpStatus, result.requestId);
    return forNetworkError(result.networkError);
}

QString ErrorText::forTimeout()
{
    return tr("The server did not answer in time. Check your network connection and try again.");
}

QString ErrorText::forUnreadableAnswer()
{
    return tr("The server's answer could not be read. Check that the address is a Gatehouse "
              "server of a matching version.");
}

QString ErrorText::forNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::ConnectionRefusedError:
        return tr("The server refused the connection. Check the address and that the server is "
                  "running.");
    case QNetworkReply::RemoteHostClosedError:
        return tr("The server closed the connection before answering. Try again; if it keeps "
                  "happening, the server may be restarting.");
    case QNetworkReply::HostNotFoundError:
        return tr("The server's name could not be found. Check the address and your network "
                  "connection.");
    case QNetworkReply::TimeoutError:
        return forTimeout();
    case QNetworkReply::OperationCanceledError:
        return tr("The request was cancelled.");
    case QNetworkReply::SslHandshakeFailedError:
        return forTlsErrors({});
    case QNetworkReply::TemporaryNetworkFailureError:
        return tr("The network connection was lost. Check your network connection; Gatehouse "
                  "keeps trying.");
    case QNetworkReply::NetworkSessionFailedError:
        return tr("This computer's network connection failed. Check that it is online and try "
                  "again.");
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return tr("The system did not allow network access in the background. Bring Gatehouse to "
                  "the front and try again.");
    case QNetworkReply::TooManyRedirectsError:
        return tr("The server sent the request around in circles. Check the server address; ask "
                  "your administrator if it keeps happening.");
    case QNetworkReply::InsecureRedirectError:
        return tr("The server tried to send the request to an insecure http:// address, and "
                  "Gatehouse refused. Ask your administrator to check the server.");
    case QNetworkReply::ProxyConnectionRefusedError:
        return tr("The proxy server refused the connection. Check this computer's proxy "
                  "settings.");
    case QNetworkReply::ProxyConnectionClosedError:
        return tr("The proxy server closed the connection unexpectedly. Try again, or check this "
                  "computer's proxy settings.");
    case QNetworkReply::ProxyNotFoundError:
        return tr("The proxy server could not be found. Check this computer's proxy settings.");
    case QNetworkReply::ProxyTimeoutError:
        return tr("The proxy server did not answer in time. Try again, or check this computer's "
                  "proxy settings.");
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("The proxy server asks for a sign-in Gatehouse does not have. Check this "
                  "computer's proxy settings.");
    case QNetworkReply::UnknownProxyError:
        return tr("The proxy server failed. Check this computer's proxy settings.");
    case QNetworkReply::ContentAccessDenied:
        return tr("The server denied access. Ask an administrator for the permission you need.");
    case QNetworkReply::ContentOperationNotPermittedError:
        return tr("The server does not allow this operation here. Reload and try again.");
    case QNetworkReply::ContentNotFoundError:
        return tr("The server has nothing at this address. Reload; if it keeps happening, the "
                  "console and server versions may not match.");
    case QNetworkReply::AuthenticationRequiredError:
        return tr("The server asks you to sign in. Sign in again.");
    case QNetworkReply::ContentReSendError:
        return tr("The request could not be sent again. Try again.");
    case QNetworkReply::ContentConflictError:
        return tr("Someone else changed this at the same time. Reload it and try again.");
    case QNetworkReply::ContentGoneError:
        return tr("This no longer exists on the server. Reload the list.");
    case QNetworkReply::UnknownContentError:
        return tr("The server could not handle the request. Check what you entered and try "
                  "again.");
    case QNetworkReply::ProtocolUnknownError:
        return tr("Gatehouse cannot connect to this kind of address. Use an https:// address.");
    case QNetworkReply::ProtocolInvalidOperationError:
        return tr("The server did not accept the request. Check that Gatehouse and the server "
                  "are matching versions.");
    case QNetworkReply::ProtocolFailure:
        return tr("The server's answer could not be understood. Check the address: it may not "
                  "be a Gatehouse server.");
    case QNetworkReply::InternalServerError:
        return tr("The server ran into an internal error. Try again later; if it keeps "
                  "happening, tell support.");
    case QNetworkReply::OperationNotImplementedError:
        return tr("The server does not support this operation. It may be older than this "
                  "console; ask your administrator.");
    case QNetworkReply::ServiceUnavailableError:
        return tr("The server is temporarily unavailable. Try again in a few minutes.");
    case QNetworkReply::UnknownServerError:
        return tr("The server reported an error. Try again later; if it keeps happening, tell "
                  "support.");
    case QNetworkReply::UnknownNetworkError:
        break;
    }
    return tr("A network error stopped the request. Check your network connection and try "
              "again.");
}

namespace {

// What the sentence names when several errors come together: the one that says
// why the certificate cannot be trusted at all comes first.
enum class TlsCause { SelfSigned, UnknownAuthority, Revoked, Expired, WrongHost, Other };

TlsCause causeOf(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
        return TlsCause::SelfSigned;
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
        return TlsCause::UnknownAuthority;
    case QSslError::CertificateRevoked:
        return TlsCause::Revoked;
    case QSslError::CertificateExpired:
    case QSslError::CertificateNotYetValid:
    case QSslError::InvalidNotAfterField:
    case QSslError::InvalidNotBeforeField:
        return TlsCause::Expired;
    case QSslError::HostNameMismatch:
        return TlsCause::WrongHost;
    default:
        return TlsCause::Other;
    }
}

} // namespace

QString ErrorText::forTlsErrors(const QList<QSslError::SslError> &errors)
{
    if (errors.isEmpty()) {
        return tr("A secure (TLS) connection to the server could not be set up. Check the "
                  "address; if it is right, ask your administrator to check the server's TLS "
                  "settings.");
    }
    TlsCause cause = TlsCause::Other;
    for (const QSslError::SslError error : errors)
        cause = std::min(cause, causeOf(error));
    switch (cause) {
    case TlsCause::SelfSigned:
        return tr("The server's certificate is self-signed, so its identity cannot be checked, "
                  "and Gatehouse did not connect. Ask your administrator for a certificate from "
                  "a trusted authority.");
    case TlsCause::UnknownAuthority:
        return tr("The server's certificate comes from an authority this computer does not "
                  "trust, and Gatehouse did not connect. Ask your administrator which "
                  "certificate authority to install.");
    case TlsCause::Revoked:
        return tr("The server's certificate has been revoked, and Gatehouse did not connect. "
                  "Tell your administrator at once.");
    case TlsCause::Expired:
        return tr("The server's certificate has expired or is not valid yet, and Gatehouse did "
                  "not connect. Check this computer's date and time, then ask your "
                  "administrator to renew the certificate.");
    case TlsCause::WrongHost:
        return tr("The server's certificate is for a different address, and Gatehouse did not "
                  "connect. Check the server address for a typo.");
    case TlsCause::Other:
        break;
    }
    return tr("The server's certificate could not be verified, and Gatehouse did not connect. "
              "Ask your administrator to check the server's certificate.");
}

QString ErrorText::forHttpStatus(int status, const QString &requestId)
{
    switch (status) {
    case 400:
        return tr("The server could not accept the request. Check what you entered and try "
                  "again.");
    case 401:
        return tr("Your session is no longer valid. Sign in again.");
    case 403:
        return tr("Your role does not allow this. Ask an administrator if you need it.");
    case 404:
        return tr("It is not on the server (any more). Reload the list.");
    case 405:
    case 501:
        return tr("The server does not support this operation. It may be older than this "
                  "console; ask your administrator.");
    case 408:
        return tr("The server gave up waiting for the request. Check your network connection "
                  "and try again.");
    case 409:
        return tr("This conflicts with a change someone else made. Reload and try again.");
    case 410:
        return tr("This no longer exists on the server. Reload the list.");
    case 412:
        return tr("Someone else changed this in the meantime. Reload it to see the current "
                  "state.");
    case 413:
        return tr("What you sent is too large for the server. Send something smaller.");
    case 415:
        return tr("The server did not accept the format of the request. Gatehouse and the "
                  "server may be different versions.");
    case 422:
        return tr("The server could not process what was sent. Check the entries and try "
                  "again.");
    case 423:
        return tr("This is locked at the moment. Try again later.");
    case 428:
        return tr("The server needs to know which version you changed. Reload and try again.");
    case 429:
        return tr("Too many requests in a short time. Wait a moment and try again.");
    case 431:
        return tr("The request's headers were too large for the server. Sign in again; if it "
                  "keeps happening, tell support.");
    case 500:
        return requestId.isEmpty()
                ? tr("The server ran into an internal error. Try again later; if it keeps "
                     "happening, tell support.")
                : tr("The server ran into an internal error. Try again later; if it keeps "
                     "happening, give support the request ID %1.")
                          .arg(requestId);
    case 502:
    case 504:
        return tr("A gateway between this computer and the server failed. Try again in a few "
                  "minutes.");
    case 503:
        return tr("The server is temporarily unavailable. Try again in a few minutes.");
    default:
        break;
    }
    if (status >= 300 && status < 400) {
        return tr("The server redirected the request, and Gatehouse does not follow redirects. "
                  "Check the server address.");
    }
    if (status >= 400 && status < 500) {
        return tr("The server refused the request (HTTP %1). Check what you entered; if it keeps "
                  "happening, tell support.")
                .arg(status);
    }
    if (status >= 500 && status < 600) {
        return requestId.isEmpty()
                ? tr("The server failed (HTTP %1). Try again later; if it keeps happening, tell "
                     "support.")
                          .arg(status)
                : tr("The server failed (HTTP %1). Try again later; if it keeps happening, give "
                     "support the request ID %2.")
                          .arg(status)
                          .arg(requestId);
    }
    return tr("The server sent an unexpected answer (HTTP %1). Check that the address is a "
              "Gatehouse server.")
            .arg(status);
}
