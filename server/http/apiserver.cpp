#include "http/apiserver.h"

#include "auth/authenticator.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAccess, "gatehouse.server.access")
Q_LOGGING_CATEGORY(lcErrors, "gatehouse.server.errors")

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

QString requestIdFrom(const QByteArray &supplied)
{
    static const QRegularExpression allowed(u"^[A-Za-z0-9._-]{1,64}$"_s);
    const QString s = QString::fromLatin1(supplied);
    if (!supplied.isEmpty() && allowed.match(s).hasMatch())
        return s;
    const quint64 a = QRandomGenerator::system()->generate64();
    return QString::number(a, 16).rightJustified(16, u'0');
}

bool asksToClose(const QByteArray &connectionHeader)
{
    const QList<QByteArray> options = connectionHeader.split(',');
    for (const QByteArray &option : options) {
        if (option.trimmed().compare("close", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 423:
        return "Locked";
    case 428:
        return "Precondition Required";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

} // namespace

ApiServer::ApiServer(Router &router, Authenticator &authenticator, QObject *parent)
    : QAbstractHttpServer(parent), m_router(router), m_authenticator(authenticator)
{ }

quint16 ApiServer::listenGuarded(const QHostAddress &address, quint16 port, ConnectionLimits limits,
                                 const QSslConfiguration *tls, QString *error)
{
    auto *server = new GuardedTcpServer(limits, this);
    if (tls)
        server->setTls(*tls);
    server->setMaxPendingConnections(1024);
    // The kernel's default queue of 50 drops a burst of connections (each then
    // waits a second for its SYN to be sent again).
    server->setListenBacklogSize(1024);
    if (!server->listen(address, port)) {
        *error = server->errorString();
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    ApiRequest api;
    api.method = methodName(request.method());
    // HEAD is GET without the body (RFC 9110 §9.3.2); routes only declare GET.
    const bool head = api.method == "HEAD";
    if (head)
        api.method = "GET";
    api.path = request.url().path();
    api.query = request.query();
    api.headerList = request.headers();
    api.body = request.body();
    api.remoteAddress = request.remoteAddress();
    api.requestId = requestIdFrom(api.header("x-request-id"));

    HttpResponse response;
    try {
        response = dispatch(api);
    } catch (const StoreError &e) {
        qCCritical(lcErrors).noquote() << api.requestId << "store failure:" << e.what();
        response = e.connectionLost()
                ? HttpResponse::problem(503, ProblemCode::ServiceUnavailable,
                                        u"The database is unreachable. Try again shortly."_s)
                : HttpResponse::problem(500, ProblemCode::InternalError,
                                        u"The server could not complete the request."_s);
    } catch (const std::exception &e) {
        qCCritical(lcErrors).noquote() << api.requestId << "failure:" << e.what();
        response = HttpResponse::problem(500, ProblemCode::InternalError,
                                         u"The server could not complete the request."_s);
    }
    if (head) {
        api.method = "HEAD";
        response.omitBody = true;
    }
    write(request, socket, api, std::move(response), timer.nsecsElapsed());
    // After the answer is on its way (flush sends what the kernel takes
    // without waiting): a reconnect must not delay it.
    if (m_afterEachRequest) {
        socket->flush();
        m_afterEachRequest();
    }
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ApiRequest api;
    api.requestId = requestIdFrom({});
    write(request, socket, api,
          HttpResponse::problem(404, ProblemCode::NotFound, u"There is nothing at this address."_s),
          0);
}

HttpResponse ApiServer::dispatch(ApiRequest &api)
{
    const Router::Match m = m_router.match(api.method, api.path);
    if (!m.route) {
        if (!m.allowedMethods.isEmpty()) {
            HttpResponse r = HttpResponse::problem(405, ProblemCode::MethodNotAllowed,
                                                   u"This address does not take that method."_s);
            r.withHeader("Allow", m.allowedMethods.join(", "));
            return r;
        }
        return HttpResponse::problem(404, ProblemCode::NotFound,
                                     u"There is nothing at this address."_s);
    }
    api.pathParams = m.params;
    if (!m.route->access.isPublic) {
        HttpResponse denied;
        if (!m_authenticator.authenticate(api, &denied))
            return denied;
        if (!api.principal.roles.allows(m.route->access.permission)) {
            return HttpResponse::problem(403, ProblemCode::PermissionDenied,
                                         u"Your role in this organization may not do this."_s,
                                         u"Needs permission %1."_s.arg(Roles::permissionCode(
                                                 m.route->access.permission)));
        }
    }
    return m.route->handler(api);
}

void ApiServer::write(const QHttpServerRequest &request, QTcpSocket *socket, const ApiRequest &api,
                      HttpResponse response, qint64 startedNs)
{
    // Problem documents carry the request id so a user's report finds the log line.
    if (response.problemDocument) {
        response.problemDocument->instance = api.requestId;
        response.body =
                QJsonDocument(response.problemDocument->toJson()).toJson(QJsonDocument::Compact);
    }
    // 204 and 304 have no body and must not announce one (RFC 9110 §8.6).
    const bool bodyless = response.status == 204 || response.status == 304;
    if (bodyless) {
        response.body.clear();
        response.contentType.clear();
    }
    // The client asked to end the connection after this answer: say so, then do it.
    const bool close = asksToClose(api.header("connection"));
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    if (!response.contentType.isEmpty())
        responder.writeHeader("Content-Type",
                              response.contentType == "application/json"
                                      ? "application/json; charset=utf-8"
                                      : response.contentType);
    if (!bodyless)
        responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeHeader("X-Request-Id", api.requestId.toLatin1());
    responder.writeHeader("Cache-Control", "no-store");
    responder.writeHeader("X-Content-Type-Options", "nosniff");
    if (close)
        responder.writeHeader("Connection", "close");
    for (const auto &h : std::as_const(response.headers))
        responder.writeHeader(h.first, h.second);
    // writeBody also ends the head, so it is called even with nothing to send.
    responder.writeBody(response.omitBody ? QByteArray() : response.body);
    if (close)
        socket->disconnectFromHost();
    // The path only: query strings may carry what was searched for.
    qCInfo(lcAccess).noquote() << api.requestId << api.method << api.path << response.status
                               << reasonPhrase(response.status)
                               << QString::number(double(startedNs) / 1e6, 'f', 2) + u"ms"_s;
}
