#include "countingnetworkaccessmanager.h"

#include <QIODevice>

QNetworkReply *CountingNetworkAccessManager::createRequest(Operation op,
                                                           const QNetworkRequest &request,
                                                           QIODevice *outgoingData)
{
    QByteArray verb;
    switch (op) {
    case GetOperation:
        verb = "GET";
        break;
    case PostOperation:
        verb = "POST";
        break;
    case PutOperation:
        verb = "PUT";
        break;
    case DeleteOperation:
        verb = "DELETE";
        break;
    case HeadOperation:
        verb = "HEAD";
        break;
    case CustomOperation:
        verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    case UnknownOperation:
        break;
    }
    QByteArray body;
    if (outgoingData && !outgoingData->isSequential())
        body = outgoingData->peek(outgoingData->size());
    m_sent.append({verb, request, body});
    return QNetworkAccessManager::createRequest(op, request, outgoingData);
}
