#include "rawhttpconnection.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QTestEventLoop>

QByteArray RawResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool RawHttpConnection::connectTo(quint16 port, int timeoutMs)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    return waitUntil([this] { return m_socket.state() == QAbstractSocket::ConnectedState; },
                     timeoutMs);
}

bool RawHttpConnection::waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    // Woken by the socket's own signals rather than polling, so a thousand
    // exchanges do not cost a thousand sleeps.
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTestEventLoop loop;
        QObject::connect(&m_socket, &QIODevice::readyRead, &loop, &QTestEventLoop::exitLoop);
        QObject::connect(&m_socket, &QIODevice::bytesWritten, &loop, &QTestEventLoop::exitLoop);
        QObject::connect(&m_socket, &QAbstractSocket::stateChanged, &loop,
                         &QTestEventLoop::exitLoop);
        loop.enterLoopMSecs(int(std::clamp<qint64>(deadline.remainingTime(), 1, 50)));
    }
    return true;
}

void RawHttpConnection::pull()
{
    if (m_socket.bytesAvailable() > 0)
        m_buffer += m_socket.readAll();
}

bool RawHttpConnection::write(const QByteArray &bytes, int timeoutMs)
{
    if (m_socket.state() != QAbstractSocket::ConnectedState)
        return false;
    m_socket.write(bytes);
    return waitUntil(
                   [this] {
                       pull();
                       return m_socket.bytesToWrite() == 0
                               || m_socket.state() != QAbstractSocket::ConnectedState;
                   },
                   timeoutMs)
            && m_socket.state() == QAbstractSocket::ConnectedState;
}

bool RawHttpConnection::writeFiller(qint64 count, int timeoutMs)
{
    const QByteArray chunk(256 * 1024, 'x');
    QDeadlineTimer deadline(timeoutMs);
    while (count > 0) {
        if (m_socket.state() != QAbstractSocket::ConnectedState || deadline.hasExpired())
            return false;
        const qint64 n = std::min<qint64>(count, chunk.size());
        m_socket.write(chunk.constData(), n);
        count -= n;
        // Keep the client's own buffer small: wait until the kernel took it.
        [[maybe_unused]] const bool drained = waitUntil(
                [this] {
                    pull();
                    return m_socket.bytesToWrite() < 1024 * 1024
                            || m_socket.state() != QAbstractSocket::ConnectedState;
                },
                int(std::max<qint64>(1, deadline.remainingTime())));
    }
    return m_socket.state() == QAbstractSocket::ConnectedState;
}

bool RawHttpConnection::readResponse(RawResponse *response, int timeoutMs)
{
    return read(response, true, timeoutMs);
}

bool RawHttpConnection::readHeadResponse(RawResponse *response, int timeoutMs)
{
    return read(response, false, timeoutMs);
}

bool RawHttpConnection::read(RawResponse *response, bool withBody, int timeoutMs)
{
    *response = {};
    qsizetype headEnd = -1;
    const bool gotHead = waitUntil(
            [&] {
                pull();
                headEnd = m_buffer.indexOf("\r\n\r\n");
                return headEnd >= 0 || m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
    pull();
    headEnd = m_buffer.indexOf("\r\n\r\n");
    if (!gotHead || headEnd < 0)
        return false;
    const QList<QByteArray> lines = m_buffer.first(headEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    response->status = statusLine.value(1).toInt();
    qint64 length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.first(colon).trimmed();
        const QByteArray value = line.sliced(colon + 1).trimmed();
        response->headers.append({name, value});
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            length = value.toLongLong();
    }
    const qsizetype bodyStart = headEnd + 4;
    if (!withBody)
        length = 0;
    const bool gotBody = waitUntil(
            [&] {
                pull();
                return m_buffer.size() - bodyStart >= length
                        || m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
    pull();
    if (!gotBody || m_buffer.size() - bodyStart < length)
        return false;
    response->body = m_buffer.sliced(bodyStart, length);
    m_buffer.remove(0, bodyStart + length);
    return true;
}

bool RawHttpConnection::waitForClosed(int timeoutMs)
{
    return waitUntil(
            [this] {
                pull();
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
}

QByteArray RawHttpConnection::request(const QByteArray &method, const QByteArray &path,
                                      const QList<QPair<QByteArray, QByteArray>> &headers,
                                      const QByteArray &body, bool withLength)
{
    QByteArray r = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &h : headers)
        r += h.first + ": " + h.second + "\r\n";
    if (withLength && (!body.isEmpty() || method == "POST"))
        r += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    r += "\r\n";
    r += body;
    return r;
}
