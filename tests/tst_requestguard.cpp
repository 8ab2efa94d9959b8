// RequestGuard: the limits Qt HttpServer 6.4 lacks, as a state machine over the
// bytes of one connection, however they are split and however many requests
// one read holds.
#include "http/requestguard.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using Verdict = RequestGuard::Verdict;

namespace {

constexpr qsizetype kMaxHead = 1024;
constexpr qint64 kMaxBody = 4096;

QByteArray get(const QByteArray &path = "/api/v1/health", const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

QByteArray post(const QByteArray &body, const QByteArray &extra = {})
{
    return "POST /api/v1/auth/sign-in HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
           "application/json\r\n"
           "Content-Length: "
            + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body;
}

// Feeds the bytes in pieces cut at the given offsets; returns the first refusal.
Verdict feedSplit(RequestGuard &guard, const QByteArray &bytes, const QList<qsizetype> &cuts)
{
    qsizetype from = 0;
    QList<qsizetype> ends = cuts;
    ends.append(bytes.size());
    for (qsizetype end : std::as_const(ends)) {
        const Verdict v = guard.feed(QByteArrayView(bytes).sliced(from, end - from));
        if (v != Verdict::Continue)
            return v;
        from = end;
    }
    return Verdict::Continue;
}

} // namespace

class TestRequestGuard : public QObject
{
    Q_OBJECT

private slots:
    void singleRequests_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<int>("completed");

        QTest::newRow("get") << get() << int(Verdict::Continue) << 1;
        QTest::newRow("post") << post(R"({"login":"a","password":"b"})") << int(Verdict::Continue)
                              << 1;
        QTest::newRow("bare LF head")
                << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << int(Verdict::Continue) << 1;
        QTest::newRow("LF CRLF end")
                << QByteArray("GET / HTTP/1.1\r\nHost: x\n\r\n") << int(Verdict::Continue) << 1;
        QTest::newRow("no headers")
                << QByteArray("GET / HTTP/1.0\r\n\r\n") << int(Verdict::Continue) << 1;
        QTest::newRow("head at limit")
                << get("/", "X-Pad: " + QByteArray(kMaxHead - get("/").size() - 9, 'p') + "\r\n")
                << int(Verdict::Continue) << 1;
        QTest::newRow("head over limit")
                << get("/", "X-Pad: " + QByteArray(kMaxHead - get("/").size() - 8, 'p') + "\r\n")
                << int(Verdict::HeaderTooLarge) << 0;
        QTest::newRow("endless head") << QByteArray("GET / HTTP/1.1\r\nX: ") + QByteArray(5000, 'a')
                                      << int(Verdict::HeaderTooLarge) << 0;
        QTest::newRow("endless request line")
                << QByteArray("GET /") + QByteArray(5000, 'a') << int(Verdict::HeaderTooLarge) << 0;
        QTest::newRow("body at limit")
                << post(QByteArray(kMaxBody, 'b')) << int(Verdict::Continue) << 1;
        QTest::newRow("body over limit")
                << post(QByteArray(kMaxBody + 1, 'b')) << int(Verdict::PayloadTooLarge) << 0;
        QTest::newRow("huge length, no body")
                << QByteArray("POST / HTTP/1.1\r\nContent-Length: 67108864\r\n\r\n")
                << int(Verdict::PayloadTooLarge) << 0;
        QTest::newRow("chunked") << QByteArray(
                "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n")
                                 << int(Verdict::LengthRequired) << 0;
        QTest::newRow("chunked, gzip")
                << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n")
                << int(Verdict::LengthRequired) << 0;
        QTest::newRow("identity") << QByteArray(
                "POST / HTTP/1.1\r\nTransfer-Encoding: identity\r\nContent-Length: 2\r\n\r\nab")
                                  << int(Verdict::Continue) << 1;
        QTest::newRow("two lengths") << QByteArray(
                "POST / HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nabc")
                                     << int(Verdict::BadRequest) << 0;
        QTest::newRow("same length twice")
                << QByteArray("POST / HTTP/1.1\r\nContent-Length: 2\r\ncontent-length: 2\r\n\r\nab")
                << int(Verdict::Continue) << 1;
        QTest::newRow("negative length")
                << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n")
                << int(Verdict::BadRequest) << 0;
        QTest::newRow("signed length")
                << QByteArray("POST / HTTP/1.1\r\nContent-Length: +5\r\n\r\nhello")
                << int(Verdict::BadRequest) << 0;
        QTest::newRow("length list")
                << QByteArray("POST / HTTP/1.1\r\nContent-Length: 5, 5\r\n\r\nhello")
                << int(Verdict::BadRequest) << 0;
        QTest::newRow("length overflow")
                << QByteArray("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n")
                << int(Verdict::BadRequest) << 0;
        QTest::newRow("space before colon")
                << QByteArray("POST / HTTP/1.1\r\nContent-Length : 5\r\n\r\nhello")
                << int(Verdict::BadRequest) << 0;
        QTest::newRow("folded line")
                << QByteArray("GET / HTTP/1.1\r\nX-A: a\r\n Content-Length: 5\r\n\r\n")
                << int(Verdict::BadRequest) << 0;
        QTest::newRow("line without colon") << QByteArray("GET / HTTP/1.1\r\nnonsense\r\n\r\n")
                                            << int(Verdict::BadRequest) << 0;
        QTest::newRow("garbage") << QByteArray("GARBAGE\r\n\r\n") << int(Verdict::BadRequest) << 0;
        QTest::newRow("HTTP/0.9") << QByteArray("GET /\r\n\r\n") << int(Verdict::BadRequest) << 0;
        QTest::newRow("HTTP/2 preface")
                << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << int(Verdict::BadRequest) << 0;
        QTest::newRow("two spaces")
                << QByteArray("GET  / HTTP/1.1\r\n\r\n") << int(Verdict::BadRequest) << 0;
        QTest::newRow("NUL in target")
                << QByteArray("GET /a\0b HTTP/1.1\r\n\r\n", 22) << int(Verdict::BadRequest) << 0;
        QTest::newRow("TLS hello")
                << QByteArray::fromHex("16030100a5010000a10303") + QByteArray("\r\n\r\n")
                << int(Verdict::BadRequest) << 0;
    }

    void singleRequests()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, verdict);
        QFETCH(int, completed);
        RequestGuard whole(kMaxHead, kMaxBody);
        QCOMPARE(int(whole.feed(bytes)), verdict);
        QCOMPARE(whole.completedRequests(), qint64(completed));

        // The same verdict however the bytes are split: byte by byte, and at every single cut.
        RequestGuard bytewise(kMaxHead, kMaxBody);
        Verdict v = Verdict::Continue;
        for (qsizetype i = 0; i < bytes.size() && v == Verdict::Continue; ++i)
            v = bytewise.feed(QByteArrayView(bytes).sliced(i, 1));
        QCOMPARE(int(v), verdict);
        QCOMPARE(bytewise.completedRequests(), qint64(completed));
        for (qsizetype cut = 1; cut < std::min<qsizetype>(bytes.size(), 300); ++cut) {
            RequestGuard split(kMaxHead, kMaxBody);
            QCOMPARE(int(feedSplit(split, bytes, {cut})), verdict);
        }
    }

    void refusalIsFinal()
    {
        RequestGuard guard(kMaxHead, kMaxBody);
        QCOMPARE(guard.feed("POST / HTTP/1.1\r\nContent-Length: 99999\r\n\r\n"),
                 Verdict::PayloadTooLarge);
        // Whatever follows on that connection is never judged again.
        QCOMPARE(guard.feed(get()), Verdict::PayloadTooLarge);
    }

    void idleAndInHead()
    {
        RequestGuard guard(kMaxHead, kMaxBody);
        QVERIFY(guard.idle());
        QCOMPARE(guard.feed("POST / HTTP/1.1\r\nContent-"), Verdict::Continue);
        QVERIFY(guard.inHead());
        QVERIFY(!guard.idle());
        QCOMPARE(guard.feed("Length: 4\r\n\r\nab"), Verdict::Continue);
        QVERIFY(!guard.inHead());
        QVERIFY(!guard.idle());
        QCOMPARE(guard.feed("cd"), Verdict::Continue);
        QVERIFY(guard.idle());
        // Blank lines between keep-alive requests do not start a request.
        QCOMPARE(guard.feed("\r\n\r\n"), Verdict::Continue);
        QVERIFY(guard.idle());
        QCOMPARE(guard.completedRequests(), 1);
    }

    void pipelined()
    {
        // Three requests, the middle one with a body holding what looks like a
        // head with a huge length: it is body, never judged as a head.
        const QByteArray trap = "GET / HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n";
        const QByteArray stream = get() + post(trap) + "\r\n" + get("/api/v1/me");
        RequestGuard whole(kMaxHead, kMaxBody);
        QCOMPARE(whole.feed(stream), Verdict::Continue);
        QCOMPARE(whole.completedRequests(), 3);
        QVERIFY(whole.idle());

        // Every way of cutting it in three pieces gives the same answer.
        for (qsizetype a = 1; a < stream.size(); a += 7) {
            for (qsizetype b = a; b < stream.size(); b += 13) {
                RequestGuard split(kMaxHead, kMaxBody);
                QCOMPARE(feedSplit(split, stream, {a, b}), Verdict::Continue);
                QCOMPARE(split.completedRequests(), 3);
            }
        }
    }

    void pipelinedRefusalAfterGoodRequests()
    {
        // Limits apply to each request of a pipeline, not to the connection.
        QByteArray stream;
        for (int i = 0; i < 50; ++i)
            stream += post(QByteArray(kMaxBody, 'x'));
        RequestGuard guard(kMaxHead, kMaxBody);
        QCOMPARE(guard.feed(stream), Verdict::Continue);
        QCOMPARE(guard.completedRequests(), 50);
        QCOMPARE(guard.feed(QByteArray(get() + post(QByteArray(kMaxBody + 1, 'x')))),
                 Verdict::PayloadTooLarge);
        QCOMPARE(guard.completedRequests(), 51);
    }

    void headLimitIsPerRequest()
    {
        // Many heads just under the limit, back to back: none is too large.
        const QByteArray near =
                get("/", "X-Pad: " + QByteArray(kMaxHead - get("/").size() - 9, 'p') + "\r\n");
        QCOMPARE(near.size(), kMaxHead);
        QByteArray stream;
        for (int i = 0; i < 20; ++i)
            stream += near;
        RequestGuard guard(kMaxHead, kMaxBody);
        QCOMPARE(feedSplit(guard, stream, {kMaxHead / 2, kMaxHead * 3 + 5, kMaxHead * 7 - 1}),
                 Verdict::Continue);
        QCOMPARE(guard.completedRequests(), 20);
    }

    void randomSplitsAgreeWithWhole()
    {
        // A mixed stream cut at random places always reads like the whole.
        QRandomGenerator random(20261121);
        QByteArray stream;
        int expected = 0;
        for (int i = 0; i < 40; ++i) {
            stream += (i % 3 == 0)
                    ? get("/x", "X-N: " + QByteArray::number(i) + "\r\n")
                    : post(QByteArray(random.bounded(0, int(kMaxBody)), char('a' + i % 26)));
            ++expected;
        }
        for (int round = 0; round < 200; ++round) {
            RequestGuard guard(kMaxHead, kMaxBody);
            qsizetype from = 0;
            while (from < stream.size()) {
                const qsizetype n =
                        std::min<qsizetype>(stream.size() - from, random.bounded(1, 3000));
                QCOMPARE(guard.feed(QByteArrayView(stream).sliced(from, n)), Verdict::Continue);
                from += n;
            }
            QCOMPARE(guard.completedRequests(), expected);
            QVERIFY(guard.idle());
        }
    }
};

QTEST_GUILESS_MAIN(TestRequestGuard)
#include "tst_requestguard.moc"
