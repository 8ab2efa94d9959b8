#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Watches the bytes of one HTTP/1.1 connection before Qt HttpServer 6.4 (which
// has no limits) buffers them: a request head larger than the limit, a body
// larger than the limit, or a chunked body is refused as soon as it is seen.
// Works across reads and pipelined requests; keeps at most one head in memory.
class RequestGuard
{
public:
    enum class Verdict { Continue, HeaderTooLarge, PayloadTooLarge, LengthRequired, BadRequest };

    RequestGuard(qsizetype maxHeadBytes, qint64 maxBodyBytes);

    // Feed every byte the socket delivers, in order, exactly once.
    Verdict feed(QByteArrayView bytes);

    bool inHead() const { return m_state == State::Head; }
    bool idle() const { return m_state == State::Head && m_head.isEmpty(); }

private:
    enum class State { Head, Body };
    Verdict finishHead();

    qsizetype m_maxHead;
    qint64 m_maxBody;
    State m_state = State::Head;
    QByteArray m_head;
    qint64 m_bodyRemaining = 0;
};
