#include "http/requestguard.h"

#include <QList>

namespace {

// RFC 9110 §5.6.2: the characters of a method or a field name.
bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// "METHOD SP request-target SP HTTP/1.x", nothing more, nothing less.
bool isRequestLine(QByteArrayView line)
{
    const qsizetype firstSpace = line.indexOf(' ');
    if (firstSpace <= 0 || !isToken(line.first(firstSpace)))
        return false;
    const QByteArrayView rest = line.sliced(firstSpace + 1);
    const qsizetype secondSpace = rest.indexOf(' ');
    if (secondSpace <= 0)
        return false;
    for (char c : rest.first(secondSpace)) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7f)
            return false;
    }
    const QByteArrayView version = rest.sliced(secondSpace + 1);
    return version.size() == 8 && version.startsWith("HTTP/1.") && version[7] >= '0'
            && version[7] <= '9';
}

// Where the head ends (just past its empty line), or -1. Like Qt's parser, an
// empty line is LF LF or LF CR LF, so bare-LF clients are framed the same way.
qsizetype headEnd(const QByteArray &head, qsizetype from)
{
    for (qsizetype i = head.indexOf('\n', from); i >= 0; i = head.indexOf('\n', i + 1)) {
        if (i + 1 < head.size() && head[i + 1] == '\n')
            return i + 2;
        if (i + 2 < head.size() && head[i + 1] == '\r' && head[i + 2] == '\n')
            return i + 3;
    }
    return -1;
}

} // namespace

RequestGuard::RequestGuard(qsizetype maxHeadBytes, qint64 maxBodyBytes)
    : m_maxHead(maxHeadBytes), m_maxBody(maxBodyBytes)
{ }

RequestGuard::Verdict RequestGuard::feed(QByteArrayView bytes)
{
    if (m_refused != Verdict::Continue)
        return m_refused;
    while (!bytes.isEmpty()) {
        if (m_state == State::Body) {
            const qint64 take = std::min<qint64>(m_bodyRemaining, bytes.size());
            m_bodyRemaining -= take;
            bytes = bytes.sliced(take);
            if (m_bodyRemaining == 0) {
                m_state = State::Head;
                ++m_completed;
            }
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
        // One byte beyond the limit is enough to know the head is too large.
        const qsizetype take = std::min<qsizetype>(m_maxHead + 1 - before, bytes.size());
        m_head.append(bytes.first(take));
        const qsizetype end = headEnd(m_head, std::max<qsizetype>(0, before - 2));
        if (end < 0) {
            if (m_head.size() > m_maxHead)
                return refuse(Verdict::HeaderTooLarge);
            bytes = bytes.sliced(take);
            continue;
        }
        if (end > m_maxHead)
            return refuse(Verdict::HeaderTooLarge);
        m_head.truncate(end);
        const Verdict v = finishHead();
        if (v != Verdict::Continue)
            return refuse(v);
        bytes = bytes.sliced(end - before);
    }
    return Verdict::Continue;
}

RequestGuard::Verdict RequestGuard::refuse(Verdict verdict)
{
    m_head.clear();
    m_head.squeeze();
    m_refused = verdict;
    return verdict;
}

RequestGuard::Verdict RequestGuard::finishHead()
{
    qint64 contentLength = 0;
    bool sawLength = false;
    bool chunked = false;
    const QList<QByteArray> lines = m_head.split('\n');
    m_head.clear();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArrayView line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        if (i == 0) {
            if (!isRequestLine(line))
                return Verdict::BadRequest;
            continue;
        }
        if (line.isEmpty())
            continue; // the empty line that ends the head
        // Folded lines and whitespace before the colon are read differently by
        // different parsers; RFC 9112 §5 lets a server refuse them.
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.first(colon)))
            return Verdict::BadRequest;
        const QByteArray name = line.first(colon).toByteArray().toLower();
        const QByteArray value = line.sliced(colon + 1).toByteArray().trimmed();
        if (name == "transfer-encoding") {
            if (value.toLower() != "identity")
                chunked = true;
        } else if (name == "content-length") {
            bool digits = !value.isEmpty() && value.size() <= 18;
            for (char c : value)
                digits = digits && c >= '0' && c <= '9';
            const qint64 n = digits ? value.toLongLong() : -1;
            if (n < 0 || (sawLength && n != contentLength))
                return Verdict::BadRequest;
            contentLength = n;
            sawLength = true;
        }
    }
    // Chunked bodies have no length to check up front; clients send Content-Length.
    if (chunked)
        return Verdict::LengthRequired;
    if (contentLength > m_maxBody)
        return Verdict::PayloadTooLarge;
    m_bodyRemaining = contentLength;
    if (contentLength > 0) {
        m_state = State::Body;
    } else {
        m_state = State::Head;
        ++m_completed;
    }
    return Verdict::Continue;
}
