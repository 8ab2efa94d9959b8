#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

// A real QNetworkAccessManager that remembers every request it was asked to
// make (verb, URL, headers, body), so a test can prove what was, or was not, sent.
class CountingNetworkAccessManager final : public QNetworkAccessManager
{
    Q_OBJECT

public:
    struct Sent
    {
        QByteArray verb;
        QNetworkRequest request;
        QByteArray body;
    };

    using QNetworkAccessManager::QNetworkAccessManager;

    const QList<Sent> &sent() const { return m_sent; }
    qsizetype count() const { return m_sent.size(); }
    void clear() { m_sent.clear(); }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    QList<Sent> m_sent;
};
