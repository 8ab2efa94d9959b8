// Review queue list pages on gatehouse-server over loopback (issue 3: a list
// page p95 under 20 ms at 100k applications). The demo platform at 1,000,000
// accounts has about 200k workspace applications (90k under review); the
// database is generated once and reused. Beside each figure: /api/v1/health on
// the same connection, the floor of one round trip through the same server.
//
//   build/bench/bench_server_queue [--size 1000000] [--database URL] [--requests 200]
#include "benchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Reply
{
    int status = 0;
    QJsonObject json;
};

class Client
{
public:
    explicit Client(QUrl base) : m_base(std::move(base)) { }
    void setToken(const QByteArray &token) { m_token = token; }

    Reply send(const QByteArray &verb, const QString &pathAndQuery, const QByteArray &body = {})
    {
        QNetworkRequest request(m_base.resolved(QUrl(pathAndQuery)));
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        QEventLoop loop; // a benchmark, not the console: waiting here is the point
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return r;
    }

private:
    QNetworkAccessManager m_network;
    QUrl m_base;
    QByteArray m_token;
};

struct Percentiles
{
    double p50 = 0, p95 = 0;
};

Percentiles measure(int requests, const std::function<void()> &call)
{
    std::vector<double> times;
    times.reserve(size_t(requests));
    for (int i = 0; i < requests; ++i) {
        QElapsedTimer t;
        t.start();
        call();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times[size_t(double(times.size()) * 0.95)]};
}

QString serverBinary()
{
    const QString env = qEnvironmentVariable("GATEHOUSE_SERVER_BINARY");
    if (!env.isEmpty())
        return env;
    return QDir(QCoreApplication::applicationDirPath()).filePath(u"../server/gatehouse-server"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption sizeOption(u"size"_s, u"Demo accounts (default 1000000)."_s, u"n"_s,
                                        u"1000000"_s);
    const QCommandLineOption dbOption(u"database"_s,
                                      u"Use this database instead of a cached demo."_s, u"url"_s);
    const QCommandLineOption requestsOption(u"requests"_s, u"Requests per measure (default 200)."_s,
                                            u"n"_s, u"200"_s);
    p.addOptions({sizeOption, dbOption, requestsOption});
    p.process(app);
    const int size = p.value(sizeOption).toInt();
    const int requests = p.value(requestsOption).toInt();

    QString database = p.value(dbOption);
    if (database.isEmpty()) {
        const QString dir =
                QDir(QCoreApplication::applicationDirPath()).filePath(u"../bench-data"_s);
        QDir().mkpath(dir);
        database = u"sqlite:"_s + QDir(dir).filePath(u"demo-%1.sqlite"_s.arg(size));
    }
    std::printf("database %s (generated on first use: minutes at 1M accounts)\n",
                qPrintable(database));
    std::fflush(stdout);

    QProcess server;
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(serverBinary(),
                 {u"--port"_s, u"0"_s, u"--database"_s, database, u"--demo"_s, u"--demo-size"_s,
                  QString::number(size)});
    QUrl base;
    static const QRegularExpression listening(u"listening on (\\S+)"_s);
    QByteArray out;
    while (server.state() != QProcess::NotRunning && base.isEmpty()) {
        server.waitForReadyRead(1000);
        out += server.readAllStandardOutput();
        const auto m = listening.match(QString::fromUtf8(out));
        if (m.hasMatch())
            base = QUrl(m.captured(1));
    }
    if (base.isEmpty()) {
        std::fprintf(stderr, "gatehouse-server did not start\n");
        return 1;
    }

    Client client(base);
    const Reply signIn =
            client.send("POST", u"/api/v1/auth/sign-in"_s,
                        R"({"login":"reviewer","password":"gatehouse-demo","organization_id":1})");
    client.setToken(signIn.json.value(u"access_token"_s).toString().toLatin1());
    const Reply first = client.send(
            "GET", u"/api/v1/queues/workspace-applications/items?status=under_review&limit=1"_s);
    const qint64 underReview = first.json.value(u"total"_s).toInteger();
    const Reply all = client.send("GET", u"/api/v1/queues/workspace-applications/items?limit=1"_s);
    std::printf("workspace applications: %lld, under review: %lld\n",
                all.json.value(u"total"_s).toInteger(), underReview);

    const Percentiles health = measure(requests, [&] { client.send("GET", u"/api/v1/health"_s); });
    std::printf("\n| list page (100 rows), workspace applications | p50 ms | p95 ms | p95 ÷ health "
                "p95 |\n");
    std::printf("|---|---|---|---|\n");
    std::printf("| baseline: GET /api/v1/health | %.2f | %.2f | 1.00 |\n", health.p50, health.p95);
    const QList<std::pair<QString, QString>> scenarios{
            {u"under review, by due (the default view)"_s, u"status=under_review&sort=due"_s},
            {u"all, by submitted, newest first"_s, u"sort=submitted&order=desc"_s},
            {u"under review, by company"_s, u"status=under_review&sort=company"_s},
            {u"all, by applicant, descending"_s, u"sort=applicant&order=desc"_s},
            {u"under review, by claimer"_s, u"status=under_review&sort=claimed_by"_s},
            {u"overdue"_s, u"due=overdue&sort=due"_s},
            {u"claimed by nobody"_s, u"status=under_review&claimed=nobody"_s},
            {u"text \"科技\" (company, name, email)"_s,
             u"q=%E7%A7%91%E6%8A%80&status=under_review"_s},
            {u"text \"example.com\""_s, u"q=example.com"_s},
    };
    for (const auto &[name, query] : scenarios) {
        const QString path = u"/api/v1/queues/workspace-applications/items?limit=100&"_s + query;
        const Percentiles pr = measure(requests, [&] { client.send("GET", path); });
        std::printf("| %s | %.2f | %.2f | %.2f |\n", qPrintable(name), pr.p50, pr.p95,
                    pr.p95 / health.p95);
    }
    // Deep pages by cursor cost what the first one does (PERFORMANCE S11).
    QString cursor;
    QString path = u"/api/v1/queues/workspace-applications/items?limit=100&sort=submitted"_s;
    for (int page = 0; page < 300; ++page) {
        const Reply r =
                client.send("GET", path + (cursor.isEmpty() ? QString() : u"&cursor="_s + cursor));
        cursor = r.json.value(u"next_cursor"_s).toString();
        if (cursor.isEmpty())
            break;
    }
    const QString deep = path + u"&cursor="_s + cursor;
    const Percentiles deepPage = measure(requests, [&] { client.send("GET", deep); });
    std::printf("| page 300 by cursor, by submitted | %.2f | %.2f | %.2f |\n", deepPage.p50,
                deepPage.p95, deepPage.p95 / health.p95);
    // A live refresh asks for what changed since its last answer, seconds ago.
    const QString since = QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODateWithMs);
    const Percentiles changes = measure(requests, [&] {
        client.send("GET",
                    u"/api/v1/queues/workspace-applications/changes?status=under_review&since="_s
                            + since);
    });
    std::printf("| changes in the last minute (live refresh) | %.2f | %.2f | %.2f |\n", changes.p50,
                changes.p95, changes.p95 / health.p95);

    server.terminate();
    server.waitForFinished(30000);
    return 0;
}
