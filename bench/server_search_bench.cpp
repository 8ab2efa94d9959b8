// Account search at 1,000,000 accounts (PERFORMANCE S5: server p95 ≤ 50 ms on
// loopback, indexed ÷ scan ≤ 0.1), on SQLite and on PostgreSQL. The demo
// platform is generated once per backend and reused (cached under the build
// tree: minutes on SQLite, much longer on PostgreSQL). For each kind of query
// the search box recognises, with identifiers sampled from the data:
//   - GET /api/v1/accounts over loopback, one keep-alive connection: p50/p95;
//   - the same search in this process on its own connection (AccountSearch);
//   - the baseline: the same text as an unindexed LIKE '%x%' scan, in the same
//     process on the same data, alternating with ours;
// then throughput of a mixed workload at 1, 8 and 64 concurrent connections.
//
//   build/bench/bench_server_search [--size 1000000] [--backend sqlite|postgresql|both]
//                                   [--requests 200] [--scan-runs 6] [--data DIR]
#include "benchsupport.h"

#include "accounts/accountsearch.h"
#include "domain/identifierkind.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr char kPassword[] = "gatehouse-demo";
constexpr int kPgPort = 55472;

struct Percentiles
{
    double p50 = 0;
    double p95 = 0;
    double max = 0;
};

Percentiles percentiles(std::vector<double> times)
{
    Percentiles p;
    if (times.empty())
        return p;
    std::sort(times.begin(), times.end());
    p.p50 = times[times.size() / 2];
    p.p95 = times[std::min(times.size() - 1, size_t(double(times.size()) * 0.95))];
    p.max = times.back();
    return p;
}

// HTTP/1.1 over one keep-alive connection, blocking: no event loop, so it
// runs in worker threads too, and measures the server, not a client's queue.
class HttpConnection
{
public:
    HttpConnection(QString host, quint16 port) : m_host(std::move(host)), m_port(port) { }

    bool get(const QByteArray &target, const QByteArray &token, int *status, QByteArray *body)
    {
        return send("GET " + target + " HTTP/1.1\r\nHost: " + m_host.toLatin1()
                            + "\r\nAuthorization: Bearer " + token + "\r\n\r\n",
                    status, body);
    }
    bool post(const QByteArray &target, const QByteArray &json, int *status, QByteArray *body)
    {
        return send("POST " + target + " HTTP/1.1\r\nHost: " + m_host.toLatin1()
                            + "\r\nContent-Type: application/json\r\nContent-Length: "
                            + QByteArray::number(json.size()) + "\r\n\r\n" + json,
                    status, body);
    }

private:
    // The server closes a keep-alive connection left idle (here, while a slow
    // scan baseline runs): one fresh connection and a second try, as a client would.
    bool send(const QByteArray &request, int *status, QByteArray *body)
    {
        if (sendOnce(request, status, body))
            return true;
        m_socket.reset();
        return sendOnce(request, status, body);
    }

    bool sendOnce(const QByteArray &request, int *status, QByteArray *body)
    {
        if (m_socket && m_socket->state() != QAbstractSocket::ConnectedState)
            m_socket.reset();
        if (!m_socket) {
            m_socket = std::make_unique<QTcpSocket>();
            m_socket->connectToHost(m_host, m_port);
            if (!m_socket->waitForConnected(10000))
                return false;
        }
        m_socket->write(request);
        m_socket->waitForBytesWritten(10000);
        QByteArray buffer;
        qsizetype headEnd = -1;
        qsizetype length = -1;
        while (true) {
            if (headEnd < 0) {
                headEnd = buffer.indexOf("\r\n\r\n");
                if (headEnd >= 0) {
                    const QByteArray head = buffer.first(headEnd).toLower();
                    *status = head.mid(9, 3).toInt();
                    const qsizetype at = head.indexOf("content-length:");
                    length = at < 0 ? 0
                                    : head.mid(at + 15, head.indexOf('\r', at) - at - 15)
                                              .trimmed()
                                              .toLongLong();
                }
            }
            if (headEnd >= 0 && buffer.size() >= headEnd + 4 + length) {
                *body = buffer.mid(headEnd + 4, length);
                return true;
            }
            if (!m_socket->waitForReadyRead(30000))
                return false;
            buffer += m_socket->readAll();
        }
    }

    QString m_host;
    quint16 m_port;
    std::unique_ptr<QTcpSocket> m_socket;
};

struct Query
{
    QString text;
    QString kind;  // "" lets the server recognise it
    QString match; // "" or "exact"
};

struct Scenario
{
    QString name;
    QList<Query> queries;
};

QByteArray target(const Query &q, int limit = 20)
{
    QByteArray t = "/api/v1/accounts?q=" + QUrl::toPercentEncoding(q.text)
            + "&limit=" + QByteArray::number(limit);
    if (!q.kind.isEmpty())
        t += "&kind=" + q.kind.toLatin1();
    if (!q.match.isEmpty())
        t += "&match=" + q.match.toLatin1();
    return t;
}

QString serverBinary()
{
    const QString env = qEnvironmentVariable("GATEHOUSE_SERVER_BINARY");
    return env.isEmpty() ? QStringLiteral(GATEHOUSE_SERVER_BINARY) : env;
}

// A PostgreSQL cluster kept under the data folder between runs (the
// database in it holds the generated platform). As root it runs as "postgres",
// as tests/support/postgres-fixture.sh does.
class PostgresCluster
{
public:
    explicit PostgresCluster(QString dir) : m_dir(std::move(dir)) { }
    ~PostgresCluster() { stop(); }

    bool start(QString *error)
    {
        const QString bin = binDir();
        if (bin.isEmpty()) {
            *error = u"no PostgreSQL server installed"_s;
            return false;
        }
        const QString data = m_dir + u"/data"_s;
        QDir().mkpath(m_dir);
        if (!QFile::exists(data + u"/PG_VERSION"_s)) {
            if (getuid() == 0)
                run(u"chown"_s, {u"postgres:"_s, m_dir}, false);
            if (!run(bin + u"/initdb"_s,
                     {u"-D"_s, data, u"-A"_s, u"trust"_s, u"-U"_s, u"gatehouse"_s, u"-E"_s,
                      u"UTF8"_s, u"--locale=C.UTF-8"_s, u"--no-sync"_s})) {
                *error = u"initdb failed"_s;
                return false;
            }
        }
        if (QFile::exists(data + u"/postmaster.pid"_s))
            run(bin + u"/pg_ctl"_s, {u"-D"_s, data, u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s});
        // Durability off: this cluster only ever holds generated data.
        const QString options =
                u"-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off"
                " -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=256MB"_s
                        .arg(kPgPort)
                        .arg(m_dir);
        if (!run(bin + u"/pg_ctl"_s,
                 {u"-D"_s, data, u"-l"_s, m_dir + u"/server.log"_s, u"-w"_s, u"-t"_s, u"120"_s,
                  u"-o"_s, options, u"start"_s})) {
            *error = u"pg_ctl start failed; see "_s + m_dir + u"/server.log"_s;
            return false;
        }
        m_started = true;
        return true;
    }

    void stop()
    {
        if (!m_started)
            return;
        run(binDir() + u"/pg_ctl"_s,
            {u"-D"_s, m_dir + u"/data"_s, u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s});
        m_started = false;
    }

    // Creates the database when missing; the server fills it.
    bool ensureDatabase(const QString &name)
    {
        QProcess psql;
        psql.start(u"psql"_s,
                   {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(kPgPort), u"-U"_s,
                    u"gatehouse"_s, u"-d"_s, u"postgres"_s, u"-tAc"_s,
                    u"SELECT 1 FROM pg_database WHERE datname = '%1'"_s.arg(name)});
        psql.waitForFinished(30000);
        if (psql.readAllStandardOutput().trimmed() == "1")
            return true;
        QProcess create;
        create.start(u"psql"_s,
                     {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(kPgPort), u"-U"_s,
                      u"gatehouse"_s, u"-d"_s, u"postgres"_s, u"-c"_s,
                      u"CREATE DATABASE %1"_s.arg(name)});
        create.waitForFinished(30000);
        return create.exitCode() == 0;
    }

private:
    static QString binDir()
    {
        QStringList dirs =
                QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(dirs.begin(), dirs.end(),
                  [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
        for (const QString &v : dirs) {
            const QString bin = u"/usr/lib/postgresql/"_s + v + u"/bin"_s;
            if (QFile::exists(bin + u"/pg_ctl"_s))
                return bin;
        }
        return {};
    }

    // As the cluster's owner: "postgres" when running as root (PostgreSQL refuses root).
    static bool run(const QString &program, const QStringList &args, bool asOwner = true)
    {
        QProcess p;
        p.setWorkingDirectory(u"/"_s);
        if (asOwner && getuid() == 0)
            p.start(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + args);
        else
            p.start(program, args);
        p.waitForFinished(300000);
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    QString m_dir;
    bool m_started = false;
};

// gatehouse-server as a child: generates the demo platform into an empty
// database (once), then serves it.
class ServerProcess
{
public:
    ~ServerProcess()
    {
        m_process.terminate();
        m_process.waitForFinished(60000);
    }

    QUrl start(const QString &database, int size)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GATEHOUSE_DEMO_PASSWORD"_s, QString::fromLatin1(kPassword));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(serverBinary(),
                        {u"--port"_s, u"0"_s, u"--database"_s, database, u"--demo"_s,
                         u"--demo-size"_s, QString::number(size), u"--access-token-seconds"_s,
                         u"3600"_s});
        static const QRegularExpression listening(u"listening on (\\S+)"_s);
        QByteArray out;
        QElapsedTimer waited;
        waited.start();
        while (m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(10000);
            out += m_process.readAllStandardOutput();
            const auto m = listening.match(QString::fromUtf8(out));
            if (m.hasMatch())
                return QUrl(m.captured(1));
            if (waited.elapsed() > 60000) {
                std::printf("  … still starting (generating %d accounts?) after %lld s\n", size,
                            waited.elapsed() / 1000);
                std::fflush(stdout);
                waited.restart();
            }
        }
        return {};
    }

private:
    QProcess m_process;
};

QList<Scenario> sampleScenarios(Database &db, int perKind, qint64 size)
{
    QRandomGenerator rng(20261121);
    QList<qint64> ids;
    for (int i = 0; i < perKind * 3; ++i)
        ids.append(qint64(rng.bounded(quint64(size))) + 1);
    QStringList idText;
    for (qint64 id : ids)
        idText.append(QString::number(id));
    QSqlQuery q(db.connection());
    q.exec(u"SELECT a.id, a.username, a.email, a.mobile, a.display_name, a.name_latin, r.id_number"
           " FROM accounts a LEFT JOIN realname_records r ON r.account_id = a.id"
           " WHERE a.platform_org_id = 1 AND a.id IN ("_s
           + idText.join(u',') + u')');
    Scenario byId{u"account id"_s, {}}, idNumber{u"ID number (check digit verified)"_s, {}},
            mobile{u"mobile"_s, {}}, email{u"email, exact"_s, {}},
            emailPrefix{u"email, prefix (4 chars)"_s, {}},
            username{u"username, prefix (5 chars)"_s, {}},
            han{u"display name, prefix (2 Han chars)"_s, {}},
            surname{u"surname alone (1 Han char, ≥1000 hits)"_s, {}},
            latin{u"Latin name, prefix (\"zhang w\")"_s, {}};
    while (q.next()) {
        byId.queries.append({q.value(0).toString(), {}, {}});
        if (!q.value(6).toString().isEmpty())
            idNumber.queries.append({q.value(6).toString(), {}, {}});
        if (!q.value(3).toString().isEmpty())
            mobile.queries.append({q.value(3).toString(), {}, {}});
        const QString mail = q.value(2).toString();
        if (!mail.isEmpty()) {
            email.queries.append({mail, {}, u"exact"_s});
            emailPrefix.queries.append({mail.left(4), u"email"_s, {}});
        }
        if (!q.value(1).toString().isEmpty())
            username.queries.append({q.value(1).toString().left(5), u"username"_s, {}});
        const QString display = q.value(4).toString();
        if (!display.isEmpty() && display[0].unicode() >= 0x4E00) {
            han.queries.append({display.left(2), {}, {}});
            surname.queries.append({display.left(1), {}, {}});
        }
        const QString latinName = q.value(5).toString();
        if (latinName.contains(u' '))
            latin.queries.append(
                    {latinName.section(u' ', 0, 0) + u' ' + latinName.section(u' ', 1, 1).left(1),
                     {},
                     {}});
    }
    Scenario openid{u"OpenID"_s, {}}, unionid{u"UnionID"_s, {}};
    for (const auto &[table, scenario] :
         {std::pair{u"openids"_s, &openid}, std::pair{u"unionids"_s, &unionid}}) {
        QSqlQuery w(db.connection());
        const QString column = table.chopped(1);
        w.exec(u"SELECT x."_s + column + u" FROM "_s + table
               + u" x JOIN accounts a ON a.id = x.account_id"
                 " WHERE a.platform_org_id = 1 AND x.account_id IN ("_s
               + idText.join(u',') + u")"_s);
        while (w.next())
            scenario->queries.append({w.value(0).toString(), {}, {}});
        if (scenario->queries.isEmpty()) {
            // Few sampled accounts hold one: take the first ones of the table.
            w.exec(u"SELECT x."_s + column + u" FROM "_s + table
                   + u" x JOIN accounts a ON a.id = x.account_id"
                     " WHERE a.platform_org_id = 1 ORDER BY x.account_id LIMIT "_s
                   + QString::number(perKind));
            while (w.next())
                scenario->queries.append({w.value(0).toString(), {}, {}});
        }
    }
    QList<Scenario> all{byId, idNumber, mobile, email,  emailPrefix, username,
                        han,  surname,  latin,  openid, unionid};
    for (Scenario &s : all) {
        if (s.queries.size() > perKind)
            s.queries.resize(perKind);
    }
    return all;
}

RecognisedQuery recognised(const Query &q)
{
    const QDate today = QDate::currentDate();
    IdentifierKind kind = IdentifierKind::Empty;
    if (!q.kind.isEmpty() && IdentifierKinds::fromCode(q.kind, &kind))
        return IdentifierKinds::recogniseAs(kind, q.text, today, q.match == u"exact");
    return IdentifierKinds::recognise(q.text, today, q.match == u"exact");
}

struct Throughput
{
    double requestsPerSecond = 0;
    Percentiles latency;
    int errors = 0;
};

Throughput throughput(const QUrl &base, const QByteArray &token, const QList<QByteArray> &targets,
                      int connections, int perConnection)
{
    std::vector<double> times;
    std::mutex lock;
    std::atomic<int> errors{0};
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> threads;
    for (int c = 0; c < connections; ++c) {
        threads.emplace_back([&, c] {
            HttpConnection http(base.host(), quint16(base.port()));
            std::vector<double> mine;
            for (int i = 0; i < perConnection; ++i) {
                const QByteArray &t = targets[(c * 7 + i) % targets.size()];
                QElapsedTimer timer;
                timer.start();
                int status = 0;
                QByteArray body;
                if (!http.get(t, token, &status, &body) || status != 200)
                    ++errors;
                mine.push_back(double(timer.nsecsElapsed()) / 1e6);
            }
            std::lock_guard guard(lock);
            times.insert(times.end(), mine.begin(), mine.end());
        });
    }
    for (std::thread &t : threads)
        t.join();
    Throughput r;
    r.requestsPerSecond = double(times.size()) / (double(wall.nsecsElapsed()) / 1e9);
    r.latency = percentiles(times);
    r.errors = errors;
    return r;
}

int runBackend(const QString &backend, int size, int requests, int scanRuns, const QString &dataDir)
{
    std::printf("\n## %s, %d accounts\n", qPrintable(backend), size);
    std::fflush(stdout);
    std::unique_ptr<PostgresCluster> cluster;
    QString database;
    if (backend == u"sqlite") {
        database = u"sqlite:"_s + QDir(dataDir).filePath(u"search-%1.sqlite"_s.arg(size));
    } else {
        cluster = std::make_unique<PostgresCluster>(QDir(dataDir).filePath(u"pg"_s));
        QString error;
        if (!cluster->start(&error)) {
            std::printf("PostgreSQL: %s\n", qPrintable(error));
            return 1;
        }
        const QString name = u"search_%1"_s.arg(size);
        if (!cluster->ensureDatabase(name)) {
            std::printf("PostgreSQL: could not create %s\n", qPrintable(name));
            return 1;
        }
        database = u"postgresql://gatehouse@127.0.0.1:%1/%2"_s.arg(kPgPort).arg(name);
    }
    std::printf("database %s (generated on first use)\n", qPrintable(database));
    std::fflush(stdout);

    QElapsedTimer started;
    started.start();
    ServerProcess server;
    const QUrl base = server.start(database, size);
    if (base.isEmpty()) {
        std::printf("gatehouse-server did not start\n");
        return 1;
    }
    std::printf("server ready at %s after %.1f s\n", qPrintable(base.toString()),
                double(started.elapsed()) / 1000);

    HttpConnection http(base.host(), quint16(base.port()));
    int status = 0;
    QByteArray body;
    http.post("/api/v1/auth/sign-in",
              R"({"login":"support","password":")" + QByteArray(kPassword)
                      + R"(","organization_id":1})",
              &status, &body);
    const QByteArray token =
            QJsonDocument::fromJson(body).object().value(u"access_token"_s).toString().toLatin1();
    if (token.isEmpty()) {
        std::printf("sign-in failed: %d %s\n", status, body.constData());
        return 1;
    }

    // The bench's own connection to the same data, for the in-process figures.
    QString error;
    std::unique_ptr<Database> db = Database::fromUrl(database, &error);
    if (!db || !db->open(&error)) {
        std::printf("cannot open %s: %s\n", qPrintable(database), qPrintable(error));
        return 1;
    }
    AccountSearch search(*db);
    const QList<Scenario> scenarios = sampleScenarios(*db, requests, size);

    std::vector<double> healthTimes;
    for (int i = 0; i < requests; ++i) {
        QElapsedTimer t;
        t.start();
        http.get("/api/v1/health", token, &status, &body);
        healthTimes.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    const Percentiles health = percentiles(healthTimes);

    std::printf("\n| query kind (%s, %d accounts) | samples | HTTP p50 ms | HTTP p95 ms | "
                "in-process p95 ms | "
                "scan LIKE '%%x%%' p50 ms | indexed ÷ scan |\n",
                qPrintable(backend), size);
    std::printf("|---|---|---|---|---|---|---|\n");
    std::printf("| floor: GET /api/v1/health | %d | %.2f | %.2f | | | |\n", requests, health.p50,
                health.p95);
    QList<QByteArray> mixed;
    for (const Scenario &s : scenarios) {
        if (s.queries.isEmpty()) {
            std::printf("| %s | 0 | | | | | |\n", qPrintable(s.name));
            continue;
        }
        std::vector<double> httpTimes, ownTimes, scanTimes;
        int failures = 0;
        qint64 hits = 0;
        // A/B/A/B: ours over HTTP and in process, then the scan, in halves.
        for (int half = 0; half < 2; ++half) {
            for (int i = half; i < requests; i += 2) {
                const Query &q = s.queries[i % s.queries.size()];
                const QByteArray t = target(q);
                if (half == 0)
                    mixed.append(t);
                QElapsedTimer timer;
                timer.start();
                if (!http.get(t, token, &status, &body) || status != 200)
                    ++failures;
                httpTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
                hits += QJsonDocument::fromJson(body).object().value(u"total"_s).toInteger();
                const RecognisedQuery rq = recognised(q);
                AccountSearchPage page;
                timer.restart();
                search.search(1, rq, q.match == u"exact", 20, QString(), &page);
                db->releaseStatements();
                ownTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
            }
            for (int i = half; i < scanRuns; i += 2) {
                const RecognisedQuery rq = recognised(s.queries[i % s.queries.size()]);
                QElapsedTimer timer;
                timer.start();
                search.scanBaseline(1, rq, 20);
                db->releaseStatements();
                scanTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
            }
        }
        const Percentiles h = percentiles(httpTimes);
        const Percentiles own = percentiles(ownTimes);
        const Percentiles scan = percentiles(scanTimes);
        // OpenIDs and UnionIDs live in their own tables: no LIKE scan to compare with.
        const bool scanned = scan.p50 >= 0.05;
        std::printf("| %s | %lld | %.2f | %.2f | %.2f | %s | %s |%s\n", qPrintable(s.name),
                    qint64(s.queries.size()), h.p50, h.p95, own.p95,
                    scanned ? qPrintable(QString::number(scan.p50, 'f', 1)) : "—",
                    scanned ? qPrintable(QString::number(own.p50 / scan.p50, 'f', 4)) : "—",
                    failures ? qPrintable(u" %1 failed"_s.arg(failures)) : "");
        std::fflush(stdout);
        Q_UNUSED(hits);
    }

    std::printf("\n| mixed workload (%s) | connections | requests/s | p50 ms | p95 ms | errors |\n",
                qPrintable(backend));
    std::printf("|---|---|---|---|---|---|\n");
    for (int connections : {1, 8, 64}) {
        const int per = std::max(10, requests * 4 / connections);
        const Throughput t = throughput(base, token, mixed, connections, per);
        std::printf("| all kinds, cycling | %d | %.0f | %.2f | %.2f | %d |\n", connections,
                    t.requestsPerSecond, t.latency.p50, t.latency.p95, t.errors);
        std::fflush(stdout);
    }
    db.reset();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption sizeOption(u"size"_s, u"Demo accounts (default 1000000)."_s, u"n"_s,
                                        u"1000000"_s);
    const QCommandLineOption backendOption(
            u"backend"_s, u"sqlite, postgresql or both (default both)."_s, u"name"_s, u"both"_s);
    const QCommandLineOption requestsOption(
            u"requests"_s, u"Requests per query kind (default 200)."_s, u"n"_s, u"200"_s);
    const QCommandLineOption scanOption(
            u"scan-runs"_s, u"Baseline scans per query kind (default 6)."_s, u"n"_s, u"6"_s);
    const QCommandLineOption dataOption(
            u"data"_s, u"Where generated databases are kept (default: beside the binary)."_s,
            u"dir"_s);
    p.addOptions({sizeOption, backendOption, requestsOption, scanOption, dataOption});
    p.process(app);
    const int size = p.value(sizeOption).toInt();
    const QString backend = p.value(backendOption);
    QString dataDir = p.value(dataOption);
    if (dataDir.isEmpty())
        dataDir = QDir(QCoreApplication::applicationDirPath()).filePath(u"data"_s);
    // Absolute: PostgreSQL's tools run from / as another user.
    dataDir = QDir(dataDir).absolutePath();
    QDir().mkpath(dataDir);
    std::printf("bench_server_search: %d accounts, data in %s, server %s\n", size,
                qPrintable(dataDir), qPrintable(serverBinary()));
    int rc = 0;
    for (const QString &b : {u"sqlite"_s, u"postgresql"_s}) {
        if (backend == b || backend == u"both")
            rc |= runBackend(b, size, p.value(requestsOption).toInt(), p.value(scanOption).toInt(),
                             dataDir);
    }
    return rc;
}
