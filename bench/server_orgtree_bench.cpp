// Organization trees at 100,000 members in ~3,000 departments (PERFORMANCE S7
// and the server's "children page p95 ≤ 20 ms on loopback"), on SQLite and on
// PostgreSQL. Only the organization data is generated — one platform
// organization, 300,000 accounts, one corporate organization of 100,000
// members in 3,030 departments (power-law sizes, a service hub of ~5,000), and
// 5,000 small teams — once per backend, and reused: a minute on SQLite instead
// of the eight of the full 1M-account demo platform. Then:
//   1. in this process, on the same data, alternating A/B: the server's store
//      (maintained counts, keyset pages, materialized paths) beside the naive
//      way (counts by recursive CTE per child department, OFFSET pages, the
//      path by walking parents, search by LIKE over the members);
//   2. over loopback against gatehouse-server: p50/p95 of each read route on one
//      connection, a member move (PATCH with If-Match, counts kept along both
//      paths), and throughput of children pages at 1, 8 and 64 connections.
//
//   build/bench/bench_server_orgtree [--backend sqlite|postgresql|both] [--runs 30]
//                                    [--requests 300] [--data DIR]
#include "auth/passwordhasher.h"
#include "auth/staffdirectory.h"
#include "demo/bulkinserter.h"
#include "demo/demonames.h"
#include "demo/demorandom.h"
#include "demo/departmenttree.h"
#include "domain/role.h"
#include "organizations/membersearch.h"
#include "organizations/nodejsonwriter.h"
#include "organizations/organizationbackfill.h"
#include "organizations/organizationstore.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr char kPassword[] = "orgtree-bench";
constexpr int kPgPort = 55473;
constexpr int kAccounts = 300'000;
constexpr int kMembers = 100'000;
constexpr int kDepartments = 3'030;
constexpr int kSmallTeams = 5'000;
const QString kOrganizationName = u"星河控股集团有限公司"_s;

struct Stats
{
    double p50 = 0;
    double p95 = 0;
    double max = 0;
};

Stats stats(std::vector<double> ms)
{
    Stats s;
    if (ms.empty())
        return s;
    std::sort(ms.begin(), ms.end());
    s.p50 = ms[ms.size() / 2];
    s.p95 = ms[std::min(ms.size() - 1, size_t(std::ceil(double(ms.size()) * 0.95)) - 1)];
    s.max = ms.back();
    return s;
}

double elapsedMs(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

[[gnu::format(printf, 1, 2)]] void line(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    std::vprintf(format, args);
    va_end(args);
    std::printf("\n");
    std::fflush(stdout);
}

// ---------------------------------------------------------------------------
// The data: generated once per backend, recognised by its organization.

bool dataIsThere(Database &db, qint64 *organizationId)
{
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT id, member_count FROM organizations WHERE name = :n"_s);
    q.bindValue(u":n"_s, kOrganizationName);
    if (!q.exec() || !q.next())
        return false;
    *organizationId = q.value(0).toLongLong();
    return q.value(1).toLongLong() == kMembers;
}

void generate(Database &db)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 now = QDateTime(QDate(2026, 11, 21), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    constexpr qint64 kDay = 86'400'000;
    DemoRandom random(20261121, "orgtree-bench");
    NamePools names;
    db.setBulkLoad(true);
    db.transaction([&] {
        db.execDirect(u"INSERT INTO platform_orgs (id, code, name, name_zh, created_at) VALUES"
                      " (1, 'east', 'Bench — East China', '基准测试（华东）', 0)"_s);
        StaffDirectory staff(db);
        const qint64 admin = staff.create(
                u"benchadmin"_s, u"benchadmin@gatehouse.example"_s, u"基准管理员"_s,
                PasswordHasher().hash(QString::fromLatin1(kPassword)), now - 300 * kDay);
        staff.grant(admin, 1, Role::OrganizationAdministrator);

        BulkInserter accounts(db, u"accounts"_s,
                              {u"id"_s, u"platform_org_id"_s, u"username"_s, u"email"_s,
                               u"mobile"_s, u"display_name"_s, u"name_latin"_s, u"account_type"_s,
                               u"status"_s, u"created_at"_s});
        for (qint64 id = 1; id <= kAccounts; ++id) {
            const PersonName n = random.chance(0.9) ? names.chinese(random) : names.english(random);
            const QString username = n.surnameAscii() + n.givenAscii() + QString::number(id);
            accounts.add({id, 1, username, QString(username + u"@example.com"_s),
                          QString(u"13"_s + QString::number(100'000'000 + id)), n.displayName(),
                          n.latinName(), id <= kSmallTeams + 1 ? u"corporate"_s : u"individual"_s,
                          u"active"_s, now - qint64(random.below(900)) * kDay});
        }
        BulkInserter organizations(db, u"organizations"_s,
                                   {u"id"_s, u"platform_org_id"_s, u"name"_s, u"org_type"_s,
                                    u"member_limit"_s, u"owner_account_id"_s, u"created_at"_s});
        organizations.after(accounts);
        BulkInserter departments(db, u"departments"_s,
                                 {u"id"_s, u"organization_id"_s, u"parent_id"_s, u"name"_s,
                                  u"sort_key"_s, u"created_at"_s});
        departments.after(organizations);
        BulkInserter members(db, u"organization_members"_s,
                             {u"id"_s, u"organization_id"_s, u"account_id"_s, u"department_id"_s,
                              u"role"_s, u"title"_s, u"joined_at"_s});
        members.after(departments);
        members.after(organizations); // flushes are not transitive
        members.after(accounts);

        // The large organization: every third account, so that namesakes who are not
        // members sit between members in every name index.
        organizations.add(
                {1, 1, kOrganizationName, u"corporate"_s, QVariant(), 3, now - 800 * kDay});
        DepartmentTreeBuilder trees(departments);
        const DepartmentTreeBuilder::Tree tree =
                trees.build(random, 1, kDepartments, 6, now - 800 * kDay, now - kDay, false);
        std::vector<double> weights(tree.ids.size());
        for (double &w : weights)
            w = 1.0 / std::pow(double(random.between(2, qint64(weights.size()) + 1)), 0.85);
        const WeightedPicker picker(weights);
        const qint64 hub = tree.ids[size_t(random.below(tree.ids.size()))];
        qint64 memberId = 1;
        members.add(
                {memberId++, 1, 3, tree.ids.front(), u"owner"_s, u"总经理"_s, now - 800 * kDay});
        for (qint64 k = 1; k < kMembers; ++k) {
            const qint64 account = 3 * k + 3;
            const qint64 department =
                    random.chance(0.05) ? hub : tree.ids[size_t(picker.pick(random))];
            members.add({memberId++, 1, account, department,
                         random.chance(0.02) ? u"administrator"_s : u"member"_s,
                         random.chance(0.5) ? QVariant(u"工程师"_s) : QVariant(),
                         now - qint64(random.below(700)) * kDay});
        }
        // Small teams for the organization list: owners 4, 5, 7, 8 … (not multiples of
        // 3), members among the large organization's (multiples of 3): many accounts
        // are in two organizations.
        qint64 owner = 3;
        for (int t = 0; t < kSmallTeams; ++t) {
            owner += owner % 3 == 2 ? 2 : 1;
            const qint64 org = 2 + t;
            const bool individual = random.chance(0.7);
            organizations.add({org, 1, QString(u"团队 "_s + QString::number(owner)),
                               individual ? u"individual"_s : u"corporate"_s,
                               individual ? QVariant(5) : QVariant(), owner, now - 400 * kDay});
            members.add(
                    {memberId++, org, owner, QVariant(), u"owner"_s, QVariant(), now - 400 * kDay});
            const int size = int(random.between(0, 4));
            for (int i = 0; i < size; ++i)
                members.add({memberId++, org,
                             qint64(random.below(kAccounts - 20)) / 3 * 3 + 3 * i + 3, QVariant(),
                             u"member"_s, QVariant(), now - 300 * kDay});
        }
        accounts.flush();
        organizations.flush();
        departments.flush();
        members.flush();
        if (db.kind() == Database::Kind::PostgreSql) {
            for (const QString &table :
                 {u"accounts"_s, u"organizations"_s, u"departments"_s, u"organization_members"_s}) {
                db.execDirect(u"SELECT setval(pg_get_serial_sequence('"_s + table
                              + u"', 'id'), (SELECT MAX(id) FROM "_s + table + u") + 1, false)"_s);
            }
        }
    });
    db.setBulkLoad(false);
    const double load = elapsedMs(timer) / 1000;
    timer.restart();
    OrganizationBackfill::run(db);
    if (db.kind() == Database::Kind::PostgreSql)
        db.execDirect(u"ANALYZE"_s);
    line("  generated %d accounts, %d members in %d departments, %d small teams: %.1f s, trees "
         "computed in %.1f s",
         kAccounts, kMembers, kDepartments, kSmallTeams, load, elapsedMs(timer) / 1000);
}

// ---------------------------------------------------------------------------
// The naive way, on the same data: what a server without maintained counts,
// keyset pages and paths does.

struct Naive
{
    Database &db;
    qint64 organizationId;

    // A node's departments with counts computed per child (recursive CTE), then a
    // page of its members by OFFSET.
    int children(qint64 parentId, int offset, int limit)
    {
        QSqlQuery d(db.connection());
        d.setForwardOnly(true);
        d.prepare(parentId ? u"SELECT id, name FROM departments WHERE organization_id = :o"
                             " AND parent_id = :p ORDER BY sort_key, id"_s
                           : u"SELECT id, name FROM departments WHERE organization_id = :o"
                             " AND parent_id IS NULL ORDER BY sort_key, id"_s);
        d.bindValue(u":o"_s, organizationId);
        if (parentId)
            d.bindValue(u":p"_s, parentId);
        d.exec();
        QList<qint64> childIds;
        while (d.next())
            childIds.append(d.value(0).toLongLong());
        int rows = int(childIds.size());
        QSqlQuery total(db.connection());
        total.setForwardOnly(true);
        total.prepare(u"WITH RECURSIVE sub(id) AS (SELECT CAST(:d AS BIGINT) UNION ALL SELECT c.id "
                      u"FROM departments c"
                      " JOIN sub ON c.parent_id = sub.id)"
                      " SELECT COUNT(*), (SELECT COUNT(*) FROM organization_members WHERE "
                      "department_id = :d2),"
                      " (SELECT COUNT(*) FROM departments WHERE parent_id = :d3)"
                      " FROM organization_members m JOIN sub ON m.department_id = sub.id"_s);
        for (qint64 child : childIds) {
            total.bindValue(u":d"_s, child);
            total.bindValue(u":d2"_s, child);
            total.bindValue(u":d3"_s, child);
            total.exec();
            total.next();
        }
        QSqlQuery m(db.connection());
        m.setForwardOnly(true);
        m.prepare(u"SELECT m.id, a.display_name, a.email, a.mobile FROM organization_members m"
                  " JOIN accounts a ON a.id = m.account_id WHERE m.organization_id = :o AND "_s
                  + (parentId ? u"m.department_id = :p"_s : u"m.department_id IS NULL"_s)
                  + u" ORDER BY m.id LIMIT :n OFFSET :k"_s);
        m.bindValue(u":o"_s, organizationId);
        if (parentId)
            m.bindValue(u":p"_s, parentId);
        m.bindValue(u":n"_s, limit);
        m.bindValue(u":k"_s, offset);
        m.exec();
        while (m.next())
            ++rows;
        return rows;
    }

    // The names from the top down by walking parent ids.
    int path(qint64 departmentId)
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(
                u"WITH RECURSIVE up(id, parent_id, name, level) AS (SELECT id, parent_id, name, 0"
                " FROM departments WHERE id = :d UNION ALL SELECT d.id, d.parent_id, d.name, "
                "up.level + 1"
                " FROM departments d JOIN up ON d.id = up.parent_id) SELECT name FROM up ORDER BY level DESC"_s);
        q.bindValue(u":d"_s, departmentId);
        q.exec();
        int n = 0;
        while (q.next())
            ++n;
        return n;
    }

    // Members whose name contains the text, over the organization.
    int search(const QString &text)
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        q.prepare(
                u"SELECT m.id FROM organization_members m JOIN accounts a ON a.id = m.account_id"
                " WHERE m.organization_id = :o AND (a.display_name LIKE :q OR a.name_latin LIKE :q2"
                " OR a.username LIKE :q3) ORDER BY a.display_name LIMIT 20"_s);
        const QString like = u'%' + text + u'%';
        q.bindValue(u":o"_s, organizationId);
        q.bindValue(u":q"_s, like);
        q.bindValue(u":q2"_s, like);
        q.bindValue(u":q3"_s, like);
        q.exec();
        int n = 0;
        while (q.next())
            ++n;
        return n;
    }
};

// A/B alternating; returns {ours, baseline} in ms.
std::pair<Stats, Stats> alternate(int runs, const std::function<void()> &ours,
                                  const std::function<void()> &baseline)
{
    std::vector<double> a, b;
    ours(); // warm the caches of both
    baseline();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        ours();
        a.push_back(elapsedMs(t));
        t.restart();
        baseline();
        b.push_back(elapsedMs(t));
    }
    return {stats(a), stats(b)};
}

void printAB(const char *what, const std::pair<Stats, Stats> &ab)
{
    line("| %-46s | %8.2f | %8.2f | %9.2f | %9.2f | %7.3f |", what, ab.first.p50, ab.first.p95,
         ab.second.p50, ab.second.p95, ab.second.p50 > 0 ? ab.first.p50 / ab.second.p50 : 0.0);
}

// The departments the measurements use.
struct Sample
{
    qint64 organizationId = 0;
    qint64 hub = 0; // the largest department
    qint64 hubMembers = 0;
    qint64 mid = 0; // the department closest to 500 members
    qint64 midMembers = 0;
    qint64 deep = 0; // the deepest
    int deepDepth = 0;
    qint64 topWithMost = 0;   // the top-level department with the most below it
    qint64 lastPageAfter = 0; // member id: the hub's last page starts after it
    QList<qint64> weighted;   // departments drawn by their member counts, for load
    QStringList searches;
};

Sample sample(Database &db, qint64 organizationId)
{
    Sample s;
    s.organizationId = organizationId;
    QSqlQuery q(db.connection());
    q.prepare(u"SELECT id, direct_members, depth, total_members, parent_id FROM departments"
              " WHERE organization_id = :o"_s);
    q.bindValue(u":o"_s, organizationId);
    q.exec();
    qint64 bestTop = -1;
    std::vector<std::pair<qint64, qint64>> sizes;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const qint64 direct = q.value(1).toLongLong();
        if (direct > s.hubMembers) {
            s.hub = id;
            s.hubMembers = direct;
        }
        if (!s.mid || std::abs(direct - 500) < std::abs(s.midMembers - 500)) {
            s.mid = id;
            s.midMembers = direct;
        }
        if (q.value(2).toInt() > s.deepDepth) {
            s.deep = id;
            s.deepDepth = q.value(2).toInt();
        }
        if (q.value(4).isNull() && q.value(3).toLongLong() > bestTop) {
            bestTop = q.value(3).toLongLong();
            s.topWithMost = id;
        }
        sizes.push_back({id, direct});
    }
    QRandomGenerator rng(7);
    qint64 all = 0;
    for (const auto &p : sizes)
        all += p.second + 1;
    for (int i = 0; i < 2000; ++i) {
        qint64 at = qint64(rng.bounded(quint64(all)));
        for (const auto &p : sizes) {
            at -= p.second + 1;
            if (at < 0) {
                s.weighted.append(p.first);
                break;
            }
        }
    }
    // The member after which the hub's last full page of 100 starts.
    q.prepare(u"SELECT id FROM organization_members WHERE department_id = :d ORDER BY id"
              " LIMIT 1 OFFSET :k"_s);
    q.bindValue(u":d"_s, s.hub);
    q.bindValue(u":k"_s, s.hubMembers - 101);
    q.exec();
    q.next();
    s.lastPageAfter = q.value(0).toLongLong();
    // Searches as typed: a surname, a full name, a Latin prefix, a username prefix, an e-mail.
    q.prepare(
            u"SELECT a.display_name, a.name_latin, a.username, a.email FROM organization_members m"
            " JOIN accounts a ON a.id = m.account_id WHERE m.organization_id = :o AND m.id IN (5000, 50000, 90000)"_s);
    q.bindValue(u":o"_s, organizationId);
    q.exec();
    while (q.next()) {
        const QString display = q.value(0).toString();
        s.searches << display.left(1) << display << q.value(1).toString().left(7).toLower()
                   << q.value(2).toString().left(5) << q.value(3).toString();
    }
    return s;
}

// ---------------------------------------------------------------------------
// Loopback: a gatehouse-server child, blocking keep-alive connections.

class HttpConnection
{
public:
    explicit HttpConnection(quint16 port) : m_port(port) { }

    bool request(const QByteArray &method, const QByteArray &target, const QByteArray &token,
                 const QByteArray &extraHeaders, const QByteArray &body, int *status,
                 QByteArray *answer)
    {
        if (!m_socket) {
            m_socket = std::make_unique<QTcpSocket>();
            m_socket->connectToHost(u"127.0.0.1"_s, m_port);
            if (!m_socket->waitForConnected(10000))
                return false;
        }
        QByteArray head = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        if (!token.isEmpty())
            head += "Authorization: Bearer " + token + "\r\n";
        head += extraHeaders;
        if (!body.isEmpty())
            head += "Content-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(body.size()) + "\r\n";
        m_socket->write(head + "\r\n" + body);
        m_socket->waitForBytesWritten(10000);
        QByteArray buffer;
        qsizetype headEnd = -1;
        qsizetype length = 0;
        while (true) {
            if (headEnd < 0 && (headEnd = buffer.indexOf("\r\n\r\n")) >= 0) {
                const QByteArray h = buffer.first(headEnd).toLower();
                *status = h.mid(9, 3).toInt();
                const qsizetype at = h.indexOf("content-length:");
                length = at < 0
                        ? 0
                        : h.mid(at + 15, h.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            }
            if (headEnd >= 0 && buffer.size() >= headEnd + 4 + length) {
                *answer = buffer.mid(headEnd + 4, length);
                m_lastHead = buffer.first(headEnd);
                return true;
            }
            if (!m_socket->waitForReadyRead(30000))
                return false;
            buffer += m_socket->readAll();
        }
    }
    QByteArray etag() const
    {
        const qsizetype at = m_lastHead.toLower().indexOf("etag:");
        return at < 0 ? QByteArray()
                      : m_lastHead.mid(at + 5, m_lastHead.indexOf('\r', at) - at - 5).trimmed();
    }

private:
    quint16 m_port;
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_lastHead;
};

class ServerProcess
{
public:
    ~ServerProcess()
    {
        m_process.terminate();
        m_process.waitForFinished(30000);
    }
    quint16 start(const QString &database)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_LOGGING_RULES"_s, u"gatehouse.server.access=false"_s);
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QString::fromUtf8(GATEHOUSE_SERVER_BINARY),
                        {u"--port"_s, u"0"_s, u"--database"_s, database,
                         u"--access-token-seconds"_s, u"3600"_s});
        static const QRegularExpression listening(u"listening on http://127.0.0.1:([0-9]+)"_s);
        QByteArray out;
        while (m_process.state() != QProcess::NotRunning && m_process.waitForReadyRead(120000)) {
            out += m_process.readAllStandardOutput();
            const auto m = listening.match(QString::fromUtf8(out));
            if (m.hasMatch())
                return quint16(m.captured(1).toUInt());
        }
        return 0;
    }

private:
    QProcess m_process;
};

struct Load
{
    double perSecond = 0;
    Stats latency;
    int errors = 0;
};

Load load(quint16 port, const QByteArray &token, const QList<QByteArray> &targets, int connections,
          int total)
{
    std::vector<double> times;
    std::mutex lock;
    std::atomic<int> errors{0};
    const int perConnection = std::max(1, total / connections);
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> threads;
    for (int c = 0; c < connections; ++c) {
        threads.emplace_back([&, c] {
            HttpConnection http(port);
            std::vector<double> mine;
            for (int i = 0; i < perConnection; ++i) {
                int status = 0;
                QByteArray body;
                QElapsedTimer t;
                t.start();
                if (!http.request("GET", targets[(c * 131 + i) % targets.size()], token, {}, {},
                                  &status, &body)
                    || status != 200)
                    ++errors;
                mine.push_back(elapsedMs(t));
            }
            std::lock_guard guard(lock);
            times.insert(times.end(), mine.begin(), mine.end());
        });
    }
    for (std::thread &t : threads)
        t.join();
    Load l;
    l.perSecond = double(times.size()) / (elapsedMs(wall) / 1000);
    l.latency = stats(times);
    l.errors = errors;
    return l;
}

Stats oneConnection(quint16 port, const QByteArray &token, const QList<QByteArray> &targets,
                    int requests, int *errors)
{
    HttpConnection http(port);
    std::vector<double> times;
    for (int i = 0; i < requests; ++i) {
        int status = 0;
        QByteArray body;
        QElapsedTimer t;
        t.start();
        if (!http.request("GET", targets[i % targets.size()], token, {}, {}, &status, &body)
            || status != 200)
            ++*errors;
        times.push_back(elapsedMs(t));
    }
    return stats(times);
}

// ---------------------------------------------------------------------------

class PostgresCluster
{
public:
    explicit PostgresCluster(QString dir) : m_dir(std::move(dir)) { }
    ~PostgresCluster()
    {
        if (m_started)
            run(binDir() + u"/pg_ctl"_s,
                {u"-D"_s, m_dir + u"/data"_s, u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s});
    }
    // Starts the cluster (initialised the first time; its data is kept for the next run).
    bool start()
    {
        const QString bin = binDir();
        const QString data = m_dir + u"/data"_s;
        if (!QFile::exists(data + u"/PG_VERSION"_s)) {
            QDir().mkpath(m_dir);
            if (getuid() == 0)
                run(u"chown"_s, {u"postgres:"_s, m_dir}, false);
            if (!run(bin + u"/initdb"_s,
                     {u"-D"_s, data, u"-A"_s, u"trust"_s, u"-U"_s, u"gatehouse"_s, u"-E"_s,
                      u"UTF8"_s, u"--locale=C.UTF-8"_s, u"--no-sync"_s}))
                return false;
        }
        // A cluster left running by an interrupted run is taken over.
        m_started = run(bin + u"/pg_ctl"_s, {u"-D"_s, data, u"status"_s});
        if (!m_started) {
            const QString options =
                    u"-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c "
                    u"synchronous_commit=off"
                    " -c full_page_writes=off -c shared_buffers=256MB -c max_connections=200"_s
                            .arg(kPgPort)
                            .arg(m_dir);
            m_started = run(bin + u"/pg_ctl"_s,
                            {u"-D"_s, data, u"-l"_s, m_dir + u"/server.log"_s, u"-w"_s, u"-t"_s,
                             u"120"_s, u"-o"_s, options, u"start"_s});
        }
        if (m_started) // fails harmlessly when the database is there
            run(u"psql"_s,
                {u"-h"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(kPgPort), u"-U"_s,
                 u"gatehouse"_s, u"-d"_s, u"postgres"_s, u"-c"_s, u"CREATE DATABASE orgtree"_s},
                false);
        return m_started;
    }
    static QString url() { return u"postgresql://gatehouse@127.0.0.1:%1/orgtree"_s.arg(kPgPort); }

private:
    static QString binDir()
    {
        QStringList dirs =
                QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(dirs.begin(), dirs.end(),
                  [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
        return dirs.isEmpty() ? QString() : u"/usr/lib/postgresql/"_s + dirs.first() + u"/bin"_s;
    }
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

bool runBackend(const QString &backend, const QString &url, int runs, int requests)
{
    line("\n## %s", qPrintable(backend));
    QString error;
    std::unique_ptr<Database> db = Database::fromUrl(url, &error);
    if (!db || !db->open(&error) || !Migrations::migrate(*db, &error)) {
        line("cannot open %s: %s", qPrintable(url), qPrintable(error));
        return false;
    }
    qint64 organizationId = 0;
    if (!dataIsThere(*db, &organizationId)) {
        line("  generating the organization data (once) …");
        generate(*db);
        if (!dataIsThere(*db, &organizationId))
            return false;
    } else {
        line("  reusing the organization data in %s", qPrintable(url));
    }
    const Sample s = sample(*db, organizationId);
    line("  organization %lld: hub department %lld (%lld members), ~500: %lld (%lld), deepest %lld "
         "(depth %d)",
         s.organizationId, s.hub, s.hubMembers, s.mid, s.midMembers, s.deep, s.deepDepth);

    // 1. In process, ours beside the naive way.
    const QString deepCursor = QString::fromLatin1(
            QJsonDocument(QJsonArray{u"m"_s, s.lastPageAfter})
                    .toJson(QJsonDocument::Compact)
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    {
        OrganizationStore store(*db);
        MemberSearch search(*db, store);
        Naive naive{*db, organizationId};
        const OrganizationSummary organization = *store.organization(1, organizationId, true);
        const auto page = [&](qint64 parent, const QString &cursor) {
            return [&store, &organization, parent, cursor] {
                ChildrenPage p;
                QList<FieldProblem> problems;
                if (parent)
                    store.department(organization.id, parent);
                store.organization(1, organization.id, true);
                store.children(organization.id, parent, cursor, 100, &p, &problems);
            };
        };
        line("\n| in process, %d runs A/B (ms)                  | ours p50 | ours p95 | naive p50 "
             "| naive p95 | ratio   |",
             runs);
        line("|------------------------------------------------|----------|----------|-----------|-"
             "----------|---------|");
        printAB("children page: top level",
                alternate(runs, page(0, {}), [&] { naive.children(0, 0, 100); }));
        printAB("children page: top dept with most below it",
                alternate(runs, page(s.topWithMost, {}),
                          [&] { naive.children(s.topWithMost, 0, 100); }));
        const auto hubFirst =
                alternate(runs, page(s.hub, {}), [&] { naive.children(s.hub, 0, 100); });
        printAB("children page: 5k-member department, page 1", hubFirst);
        printAB("children page: 5k-member department, last",
                alternate(runs, page(s.hub, deepCursor),
                          [&] { naive.children(s.hub, int(s.hubMembers) - 100, 100); }));
        // What the route adds to the reads: the page as JSON. The same 100 members
        // through NodeJsonWriter and through QJsonObject + QJsonDocument, the Qt way.
        ChildrenPage hubPage;
        {
            QList<FieldProblem> problems;
            store.children(organization.id, s.hub, {}, 100, &hubPage, &problems);
        }
        printAB("JSON of a 100-member page: writer ÷ QJsonDocument",
                alternate(
                        runs,
                        [&hubPage] {
                            NodeJsonWriter w;
                            w.beginArray();
                            for (const MemberNode &m : std::as_const(hubPage.members))
                                w.member(m);
                            w.endArray();
                            w.take();
                        },
                        [&hubPage] {
                            QJsonArray members;
                            for (const MemberNode &m : std::as_const(hubPage.members))
                                members.append(m.toJson());
                            QJsonDocument(members).toJson(QJsonDocument::Compact);
                        }));
        const auto midFirst =
                alternate(runs, page(s.mid, {}), [&] { naive.children(s.mid, 0, 100); });
        printAB("children page: ~500-member department", midFirst);
        printAB("path of the deepest department",
                alternate(
                        runs,
                        [&] {
                            store.pathOf(organization.id,
                                         store.department(organization.id, s.deep)->path);
                        },
                        [&] { naive.path(s.deep); }));
        for (const QString &q : s.searches.mid(0, 5)) {
            const QString what = u"search \"%1\""_s.arg(q);
            printAB(qPrintable(what),
                    alternate(
                            std::max(5, runs / 3), [&] { search.search(1, organization, q, 20); },
                            [&] { naive.search(q); }));
        }
        line("\nS7 (server side): t(5k page) ÷ t(500 page) = %.2f (ours), %.2f (naive)",
             hubFirst.first.p50 / std::max(0.001, midFirst.first.p50),
             hubFirst.second.p50 / std::max(0.001, midFirst.second.p50));
    }

    // 2. Over loopback.
    db.reset();
    ServerProcess server;
    const quint16 port = server.start(url);
    if (!port) {
        line("gatehouse-server did not start");
        return false;
    }
    HttpConnection signIn(port);
    int status = 0;
    QByteArray answer;
    signIn.request("POST", "/api/v1/auth/sign-in", {}, {},
                   R"({"login":"benchadmin","password":")" + QByteArray(kPassword) + "\"}", &status,
                   &answer);
    const QByteArray token =
            QJsonDocument::fromJson(answer).object().value(u"access_token"_s).toString().toLatin1();
    if (token.isEmpty()) {
        line("sign-in failed: %d %s", status, answer.constData());
        return false;
    }
    const QByteArray org = "/api/v1/organizations/" + QByteArray::number(organizationId);
    const QList<std::pair<const char *, QList<QByteArray>>> routes{
            {"GET …/children (top level)", {org + "/children?limit=100"}},
            {"GET …/children (5k-member department)",
             {org + "/children?limit=100&parent=" + QByteArray::number(s.hub)}},
            {"GET …/children (5k, last page by cursor)",
             {org + "/children?limit=100&parent=" + QByteArray::number(s.hub)
              + "&cursor=" + deepCursor.toLatin1()}},
            {"GET …/children (~500-member department)",
             {org + "/children?limit=100&parent=" + QByteArray::number(s.mid)}},
            {"GET …/departments/{deepest}/path",
             {org + "/departments/" + QByteArray::number(s.deep) + "/path"}},
            {"GET …/{id} (organization record)", {org}},
            {"GET /organizations?q= (list, by name)",
             {"/api/v1/organizations?limit=50&q=%E5%9B%A2%E9%98%9F%201"}},
    };
    line("\n| loopback, one connection, %d requests (ms)     | p50      | p95      | max       | "
         "errors |",
         requests);
    line("|------------------------------------------------|----------|----------|-----------|-----"
         "---|");
    for (const auto &[what, targets] : routes) {
        int errors = 0;
        const Stats st = oneConnection(port, token, targets, requests, &errors);
        line("| %-46s | %8.2f | %8.2f | %9.2f | %6d |", what, st.p50, st.p95, st.max, errors);
    }
    QList<QByteArray> searches;
    for (const QString &q : s.searches)
        searches.append(org + "/members/search?limit=20&q=" + QUrl::toPercentEncoding(q));
    int errors = 0;
    Stats st = oneConnection(port, token, searches, requests, &errors);
    line("| %-46s | %8.2f | %8.2f | %9.2f | %6d |", "GET …/members/search (5 kinds of query)",
         st.p50, st.p95, st.max, errors);

    // A member moved between two deep departments and back: counts along both paths.
    {
        HttpConnection http(port);
        QByteArray member = org + "/members/";
        std::unique_ptr<Database> look = Database::fromUrl(url, &error);
        look->open(&error);
        QSqlQuery &m = look->prepare(
                u"SELECT id, version FROM organization_members WHERE department_id = :d ORDER BY id LIMIT 1"_s);
        m.bindValue(u":d"_s, s.deep);
        look->exec(m);
        m.next();
        member += QByteArray::number(m.value(0).toLongLong());
        int version = m.value(1).toInt();
        m.finish();
        look.reset();
        std::vector<double> times;
        int moveErrors = 0;
        for (int i = 0; i < std::min(requests, 200); ++i) {
            const qint64 to = i % 2 == 0 ? s.mid : s.deep;
            QElapsedTimer t;
            t.start();
            http.request("PATCH", member, token,
                         "If-Match: \"" + QByteArray::number(version) + "\"\r\n",
                         R"({"department_id":)" + QByteArray::number(to) + "}", &status, &answer);
            times.push_back(elapsedMs(t));
            if (status != 200)
                ++moveErrors;
            else
                ++version;
        }
        st = stats(times);
        line("| %-46s | %8.2f | %8.2f | %9.2f | %6d |", "PATCH …/members/{id} (move, deep ↔ ~500)",
             st.p50, st.p95, st.max, moveErrors);
    }

    QList<QByteArray> mix;
    for (qint64 d : s.weighted)
        mix.append(org + "/children?limit=100&parent=" + QByteArray::number(d));
    line("\n| children pages (departments drawn by size), loopback | req/s   | p50 ms  | p95 ms  | "
         "errors |");
    line("|------------------------------------------------------|---------|---------|---------|---"
         "-----|");
    for (int connections : {1, 8, 64}) {
        const Load l = load(port, token, mix, connections, std::max(requests * 2, connections * 8));
        line("| %2d connection%s %-37s | %7.0f | %7.2f | %7.2f | %6d |", connections,
             connections == 1 ? " " : "s", "", l.perSecond, l.latency.p50, l.latency.p95, l.errors);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"gatehouse.server.store.info=false"_s);
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption backend(u"backend"_s, u"sqlite, postgresql or both (default both)."_s,
                                     u"name"_s, u"both"_s);
    const QCommandLineOption runs(u"runs"_s, u"A/B runs per in-process measure (default 30)."_s,
                                  u"n"_s, u"30"_s);
    const QCommandLineOption requests(
            u"requests"_s, u"Requests per loopback measure (default 300)."_s, u"n"_s, u"300"_s);
    const QCommandLineOption data(
            u"data"_s, u"Folder of the generated SQLite file (default: the build's bench-data)."_s,
            u"dir"_s, QString::fromUtf8(GATEHOUSE_BENCH_DATA_DIR));
    p.addOptions({backend, runs, requests, data});
    p.process(app);
    const QString which = p.value(backend);
    line("# Organization trees: %d members in %d departments, %d accounts (bench_server_orgtree)",
         kMembers, kDepartments, kAccounts);
    bool ok = true;
    try {
        if (which == u"sqlite" || which == u"both") {
            QDir().mkpath(p.value(data));
            ok = runBackend(u"SQLite"_s, u"sqlite:"_s + p.value(data) + u"/orgtree-100k.sqlite"_s,
                            p.value(runs).toInt(), p.value(requests).toInt())
                    && ok;
        }
        if (which == u"postgresql" || which == u"both") {
            PostgresCluster cluster(u"/tmp/gatehouse-orgtree-bench-pg"_s);
            if (!cluster.start()) {
                line("PostgreSQL did not start (see /tmp/gatehouse-orgtree-bench-pg/server.log)");
                return 1;
            }
            ok = runBackend(u"PostgreSQL"_s, PostgresCluster::url(), p.value(runs).toInt(),
                            p.value(requests).toInt())
                    && ok;
        }
    } catch (const StoreError &e) {
        line("store failure: %s", e.what());
        return 1;
    }
    return ok ? 0 : 1;
}
