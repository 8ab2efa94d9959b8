#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Watches the bytes of one HTTP/1.1 connection before Qt HttpServer 6.4 (which
// has no limits) buffers them: a request head larger than the limit, a body
// larger than the limit, or a chunked body is refused as soon as it is seen.
// Works across reads and pipelined requests; keeps at most one head in memory.
//
// It finds request boundaries the way Qt's parser does (a head ends at the
// first empty line, CRLF or bare LF; a body is Content-Length bytes), and
// refuses what the two could read differently (whitespace before a colon,
// folded lines, two different lengths), so that it never loses step with Qt.
class RequestGuard
{
public:
    enum class Verdict { Continue, HeaderTooLarge, PayloadTooLarge, LengthRequired, BadRequest };

    RequestGuard(qsizetype maxHeadBytes, qint64 maxBodyBytes);

    // Feed every byte the socket delivers, in order, exactly once.
    Verdict feed(QByteArrayView bytes);

    bool inHead() const { return m_state == State::Head; }
    bool idle() const { return m_state == State::Head && m_head.isEmpty(); }
    // Requests whose head and body have been seen in full.
    qint64 completedRequests() const { return m_completed; }

private:
    enum class State { Head, Body };
    Verdict finishHead();
    Verdict refuse(Verdict verdict);

    qsizetype m_maxHead;
    qint64 m_maxBody;
    State m_state = State::Head;
    QByteArray m_head;
    qint64 m_bodyRemaining = 0;
    qint64 m_completed = 0;
    Verdict m_refused = Verdict::Continue; // once refused, the connection is over
};
