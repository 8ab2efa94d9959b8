#include "http/requestguard.h"

#include <QList>

RequestGuard::RequestGuard(qsizetype maxHeadBytes, qint64 maxBodyBytes)
    : m_maxHead(maxHeadBytes), m_maxBody(maxBodyBytes)
{
}

RequestGuard::Verdict RequestGuard::feed(QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        if (m_state == State::Body) {
            const qint64 take = std::min<qint64>(m_bodyRemaining, bytes.size());
            m_bodyRemaining -= take;
            bytes = bytes.sliced(take);
            if (m_bodyRemaining == 0)
                m_state = State::Head;
            continue;
        }
        // Leading CRLFs between pipelined requests are allowed (RFC 9112 §2.2).
        if (m_head.isEmpty()) {
            while (!bytes.isEmpty() && (bytes.front() == '\r' || bytes.front() == '\n'))
                bytes = bytes.sliced(1);
            if (bytes.isEmpty())
                break;
        }
        const qsizetype before = m_head.size();
        // Look for the end of the head in what we have plus what came.
        const qsizetype room = m_maxHead + 4 - before;
        const qsizetype take = std::min<qsizetype>(room, bytes.size());
        m_head.append(bytes.first(take));
        const qsizetype searchFrom = std::max<qsizetype>(0, before - 3);
        const qsizetype end = m_head.indexOf("\r\n\r\n", searchFrom);
        if (end < 0) {
            if (m_head.size() > m_maxHead)
                return Verdict::HeaderTooLarge;
            bytes = bytes.sliced(take);
            continue;
        }
        const qsizetype headLength = end + 4;
        if (headLength > m_maxHead)
            return Verdict::HeaderTooLarge;
        const qsizetype consumed = headLength - before;
        m_head.truncate(headLength);
        const Verdict v = finishHead();
        if (v != Verdict::Continue)
            return v;
        bytes = bytes.sliced(consumed);
    }
    return Verdict::Continue;
}

RequestGuard::Verdict RequestGuard::finishHead()
{
    qint64 contentLength = 0;
    bool sawLength = false;
    const QList<QByteArray> lines = m_head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.first(colon).trimmed().toLower();
        const QByteArray value = line.sliced(colon + 1).trimmed();
        if (name == "transfer-encoding" && value.toLower() != "identity") {
            // Chunked bodies have no length to check up front; clients send Content-Length.
            m_head.clear();
            return Verdict::LengthRequired;
        }
        if (name == "content-length") {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < 0 || (sawLength && n != contentLength)) {
                m_head.clear();
                return Verdict::BadRequest;
            }
            contentLength = n;
            sawLength = true;
        }
    }
    m_head.clear();
    if (contentLength > m_maxBody)
        return Verdict::PayloadTooLarge;
    m_bodyRemaining = contentLength;
    m_state = contentLength > 0 ? State::Body : State::Head;
    return Verdict::Continue;
}
