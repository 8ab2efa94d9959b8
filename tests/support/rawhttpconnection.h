#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QTcpSocket>

#include <functional>

// One raw HTTP/1.1 response as read off the wire.
struct RawResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
};

// A TCP connection a test writes exact bytes to — split, pipelined, oversized,
// malformed — and reads exact responses from. Waits keep the event loop
// running, so an in-process server answers meanwhile.
class RawHttpConnection
{
public:
    RawHttpConnection() = default;
    bool connectTo(quint16 port, int timeoutMs = 5000);

    // Writes everything, waiting while the kernel buffers are full; false when
    // the peer closed or reset the connection before all was sent.
    bool write(const QByteArray &bytes, int timeoutMs = 30000);
    // Writes count bytes of filler in chunks, as a body would come.
    bool writeFiller(qint64 count, int timeoutMs = 60000);

    // Reads one response (status line, headers, Content-Length body; only the
    // head when answering HEAD).
    bool readResponse(RawResponse *response, int timeoutMs = 10000);
    bool readHeadResponse(RawResponse *response, int timeoutMs = 10000);
    // True when the server closed the connection within the time.
    bool waitForClosed(int timeoutMs = 5000);
    // Everything read so far and not consumed by readResponse.
    QByteArray pending() const { return m_buffer; }
    QTcpSocket &socket() { return m_socket; }

    static QByteArray request(const QByteArray &method, const QByteArray &path,
                              const QList<QPair<QByteArray, QByteArray>> &headers = {},
                              const QByteArray &body = {}, bool withLength = true);

private:
    void pull();
    bool waitUntil(const std::function<bool()> &done, int timeoutMs);
    bool read(RawResponse *response, bool withBody, int timeoutMs);

    QTcpSocket m_socket;
    QByteArray m_buffer;
};
