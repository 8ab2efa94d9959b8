// gatehouse-server on PostgreSQL, in the CTest fixture's cluster (a database
// of its own per test): migrations, the restricted role the server works as,
// audit rows that role cannot change, the sign-in and audit smoke through the
// real binary, and two servers appending to one audit chain at once.
#include "httptestclient.h"
#include "inprocessserver.h"
#include "postgrestestdatabase.h"
#include "serverapi.h"
#include "store/database.h"
#include "store/migrations.h"
#include "testserver.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// A connection of the test's own to a fixture database, as its owner.
class OwnerConnection
{
public:
    explicit OwnerConnection(const QString &url) : m_name(u"owner-"_s + QUrl(url).path().sliced(1))
    {
        const QUrl u(url);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_name);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setDatabaseName(u.path().sliced(1));
        db.setUserName(u.userName());
        db.open();
    }
    ~OwnerConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    // The error text of a statement, empty when it succeeded.
    QString error(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) ? QString() : q.lastError().text();
    }

private:
    QString m_name;
};

} // namespace

class TestServerPostgres : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (PostgresTestDatabase::fixtureUrl().isEmpty())
            QSKIP("GATEHOUSE_TEST_PG_URL is not set: run this test through CTest, which starts "
                  "PostgreSQL");
        QVERIFY(QSqlDatabase::isDriverAvailable(u"QPSQL"_s));
    }

    void migrations()
    {
        PostgresTestDatabase pg;
        QVERIFY2(pg.isValid(), qPrintable(pg.error()));
        QString error;
        std::unique_ptr<Database> db = Database::fromUrl(pg.url(), &error);
        QVERIFY2(db && db->open(&error), qPrintable(error));
        QCOMPARE(db->kind(), Database::Kind::PostgreSql);
        QCOMPARE(Migrations::currentVersion(*db), 0);
        QVERIFY2(Migrations::migrate(*db, &error), qPrintable(error));
        QCOMPARE(Migrations::currentVersion(*db), Migrations::latestVersion());
        QCOMPARE(scalar(db->connection(), u"SELECT COUNT(*) FROM schema_migrations"_s),
                 Migrations::latestVersion());
        const qint64 tables = scalar(
                db->connection(), u"SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'"_s);
        QVERIFY(tables > 20);

        // Again: nothing to do, nothing changed.
        QVERIFY2(Migrations::migrate(*db, &error), qPrintable(error));
        QCOMPARE(scalar(db->connection(), u"SELECT COUNT(*) FROM schema_migrations"_s),
                 Migrations::latestVersion());
        QCOMPARE(scalar(db->connection(),
                        u"SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public'"_s),
                 tables);

        // Newer than this server: refused.
        db->execDirect(
                u"INSERT INTO schema_migrations (version, description, applied_at) VALUES (%1, 'future', 1)"_s
                        .arg(Migrations::latestVersion() + 1));
        QVERIFY(!Migrations::migrate(*db, &error));
        QVERIFY2(error.contains(u"newer than this server"_s), qPrintable(error));
        db.reset();
        InProcessServer::Options options;
        options.databaseUrl = pg.url();
        InProcessServer server(options);
        QString startError;
        QVERIFY(!server.start(&startError));
        QVERIFY2(startError.contains(u"newer than this server"_s), qPrintable(startError));
    }

    void theServerWorksAsTheRestrictedRole()
    {
        PostgresTestDatabase pg;
        QVERIFY2(pg.isValid(), qPrintable(pg.error()));
        InProcessServer::Options options;
        options.databaseUrl = pg.url();
        InProcessServer server(options);
        QVERIFY(server.start());
        Database &db = server.server().database();
        QSqlQuery who(db.connection());
        QVERIFY(who.exec(u"SELECT current_user"_s) && who.next());
        QCOMPARE(who.value(0).toString(), u"gatehouse_app"_s);
        who.finish();

        // Some history, through the API, as that role.
        HttpTestClient client(server.baseUrl());
        QVERIFY(ServerApi::openSession(client, u"admin"_s, server.password(), 1).isValid());
        ServerApi::signIn(client, u"reviewer"_s, u"wrong"_s);
        const qsizetype rows = server.auditRows().size();
        QCOMPARE(rows, 2);
        QVERIFY(server.server().auditLog().verify().intact);

        // The server's own role holds no UPDATE, DELETE or TRUNCATE on audit rows.
        for (const QString &sql : {u"UPDATE audit_log SET reason = 'rewritten'"_s,
                                   u"DELETE FROM audit_log"_s, u"TRUNCATE audit_log"_s}) {
            QString message;
            try {
                db.execDirect(sql);
            } catch (const StoreError &e) {
                message = QString::fromUtf8(e.what());
            }
            QVERIFY2(message.contains(u"permission denied"_s), qPrintable(sql + u": "_s + message));
        }
        // Even the owner is stopped by the triggers.
        OwnerConnection owner(pg.url());
        QVERIFY(owner.db().isOpen());
        for (const QString &sql : {u"UPDATE audit_log SET reason = 'rewritten'"_s,
                                   u"DELETE FROM audit_log"_s, u"TRUNCATE audit_log"_s}) {
            const QString message = owner.error(sql);
            QVERIFY2(message.contains(u"append-only"_s), qPrintable(sql + u": "_s + message));
        }
        QCOMPARE(server.auditRows().size(), rows);
        QVERIFY(server.server().auditLog().verify().intact);
        // And it may still do its work: more rows, still one chain.
        QVERIFY(ServerApi::openSession(client, u"support"_s, server.password()).isValid());
        QCOMPARE(server.auditRows().size(), rows + 1);
        QVERIFY(server.server().auditLog().verify().intact);
    }

    void signInAndAuditSmoke()
    {
        PostgresTestDatabase pg;
        QVERIFY2(pg.isValid(), qPrintable(pg.error()));
        TestServer::Options options;
        options.demoSize = 10;
        options.databaseUrl = pg.url();
        TestServer server(options);
        QVERIFY(server.start());
        HttpTestClient client(server.baseUrl());
        const QString pw = server.password();

        const HttpReply health = client.get(u"/api/v1/health"_s);
        QCOMPARE(health.status, 200);
        QCOMPARE(health.json().value(u"database"_s).toString(), u"postgresql"_s);

        // Username and email; one answer for a wrong password and an unknown login.
        QCOMPARE(ServerApi::signIn(client, u"reviewer"_s, pw).status, 200);
        QCOMPARE(ServerApi::signIn(client, u"REVIEWER@gatehouse.example"_s, pw).status, 200);
        QCOMPARE(ServerApi::signIn(client, u"nobody"_s, pw).code(), u"invalid_credentials"_s);
        // Lockout, and the same answer for the right password while locked.
        HttpReply r;
        for (int i = 0; i < 5; ++i)
            r = ServerApi::signIn(client, u"reviewer"_s, u"wrong"_s);
        QCOMPARE(r.status, 423);
        QVERIFY(!r.header("retry-after").isEmpty());
        QCOMPARE(ServerApi::signIn(client, u"reviewer"_s, pw).status, 423);

        // The administrator unlocks, with If-Match and a reason.
        const ServerApi::Session admin = ServerApi::openSession(client, u"admin"_s, pw, 1);
        QVERIFY(admin.isValid());
        const HttpReply staff = ServerApi::getAs(client, admin.accessToken, u"/api/v1/staff/2"_s);
        QCOMPARE(staff.status, 200);
        QVERIFY(staff.json().value(u"locked"_s).toBool());
        QCOMPARE(ServerApi::postAs(client, admin.accessToken, u"/api/v1/staff/2/unlock"_s,
                                   {{u"reason"_s, u"smoke"_s}})
                         .status,
                 428);
        QCOMPARE(ServerApi::postAs(client, admin.accessToken, u"/api/v1/staff/2/unlock"_s,
                                   {{u"reason"_s, u"smoke"_s}}, {{"If-Match", "\"9999\""}})
                         .status,
                 412);
        const HttpReply unlocked = ServerApi::postAs(
                client, admin.accessToken, u"/api/v1/staff/2/unlock"_s, {{u"reason"_s, u"smoke"_s}},
                {{"If-Match", staff.header("etag")}});
        QCOMPARE(unlocked.status, 200);
        const ServerApi::Session reviewer = ServerApi::openSession(client, u"reviewer"_s, pw);
        QVERIFY(reviewer.isValid());

        // Refresh rotation and reuse detection; sign-out.
        const HttpReply rotated = ServerApi::refresh(client, reviewer.refreshToken);
        QCOMPARE(rotated.status, 200);
        QCOMPARE(ServerApi::refresh(client, reviewer.refreshToken).code(),
                 u"refresh_token_reused"_s);
        QCOMPARE(ServerApi::getAs(client, rotated.json().value(u"access_token"_s).toString(),
                                  u"/api/v1/me"_s)
                         .status,
                 401);
        QCOMPARE(
                ServerApi::postAs(client, admin.accessToken, u"/api/v1/auth/sign-out"_s, {}).status,
                204);
        QCOMPARE(ServerApi::getAs(client, admin.accessToken, u"/api/v1/me"_s).status, 401);

        // Organization choice and switch.
        const HttpReply choice = ServerApi::signIn(client, u"auditor"_s, pw);
        const HttpReply chosen = client.postJson(
                u"/api/v1/auth/organization"_s,
                {{u"selection_token"_s, choice.json().value(u"selection_token"_s).toString()},
                 {u"organization_id"_s, 1}});
        QCOMPARE(chosen.status, 200);
        const QString auditor = chosen.json().value(u"access_token"_s).toString();

        // The audit, as the auditor sees it: the actions above, and an intact chain.
        const QJsonArray items = ServerApi::getAs(client, auditor, u"/api/v1/audit?limit=100"_s)
                                         .json()
                                         .value(u"items"_s)
                                         .toArray();
        QStringList actions;
        for (const QJsonValue &v : items)
            actions.append(v.toObject().value(u"action"_s).toString());
        for (const QString &a : {u"auth.sign_in"_s, u"staff.unlock"_s, u"auth.refresh"_s,
                                 u"auth.refresh_reuse"_s, u"auth.sign_out"_s})
            QVERIFY2(actions.contains(a), qPrintable(a));
        const QJsonObject verify =
                ServerApi::getAs(client, auditor, u"/api/v1/audit/verify"_s).json();
        QVERIFY(verify.value(u"intact"_s).toBool());
        QVERIFY(verify.value(u"rows_checked"_s).toInt() >= 15);
        server.stop();
        QVERIFY2(!server.standardError().contains(u" 500 "_s),
                 qPrintable(server.standardError().right(3000)));
    }

    void aLostConnectionIsA503ThenRecovers()
    {
        PostgresTestDatabase pg;
        QVERIFY2(pg.isValid(), qPrintable(pg.error()));
        InProcessServer::Options options;
        options.databaseUrl = pg.url();
        InProcessServer server(options);
        QVERIFY(server.start());
        HttpTestClient client(server.baseUrl());
        QCOMPARE(client.get(u"/api/v1/health"_s).status, 200);

        // The database server drops the connection (a restart, a failover, an admin).
        OwnerConnection owner(pg.url());
        QVERIFY(owner.error(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname "
                            u"= '%1'"
                            " AND pid <> pg_backend_pid()"_s.arg(pg.name()))
                        .isEmpty());
        const HttpReply lost = client.get(u"/api/v1/health"_s);
        QCOMPARE(lost.status, 503);
        QCOMPARE(lost.code(), u"service_unavailable"_s);
        QVERIFY(!lost.body.contains("terminat"));
        // The next request finds a new connection, as the restricted role again.
        QCOMPARE(client.get(u"/api/v1/health"_s).status, 200);
        const ServerApi::Session s =
                ServerApi::openSession(client, u"reviewer"_s, server.password());
        QVERIFY(s.isValid());
        QSqlQuery who(server.server().database().connection());
        QVERIFY(who.exec(u"SELECT current_user"_s) && who.next());
        QCOMPARE(who.value(0).toString(), u"gatehouse_app"_s);
    }

    void twoServersKeepOneChain()
    {
        PostgresTestDatabase pg;
        QVERIFY2(pg.isValid(), qPrintable(pg.error()));
        TestServer::Options options;
        options.demoSize = 10;
        options.databaseUrl = pg.url();
        TestServer first(options);
        QVERIFY(first.start());
        TestServer second(options); // finds the platform there and leaves it
        QVERIFY(second.start());

        // Failed sign-ins, each audited, sent to both servers at once.
        QNetworkAccessManager manager;
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 40; ++i) {
            QNetworkRequest request(QUrl((i % 2 ? first : second).url(u"/api/v1/auth/sign-in"_s)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            request.setTransferTimeout(30000);
            replies.append(manager.post(request,
                                        QByteArray("{\"login\":\"nobody-") + QByteArray::number(i)
                                                + "\",\"password\":\"x\"}"));
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(),
                                             [](QNetworkReply *r) { return r->isFinished(); }),
                                 60000);
        for (QNetworkReply *r : std::as_const(replies)) {
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
            r->deleteLater();
        }

        OwnerConnection owner(pg.url());
        QCOMPARE(scalar(owner.db(), u"SELECT COUNT(*) FROM audit_log"_s), 40);
        QCOMPARE(scalar(owner.db(), u"SELECT COUNT(DISTINCT prev_hash) FROM audit_log"_s), 40);
        HttpTestClient client(first.baseUrl());
        const ServerApi::Session auditor =
                ServerApi::openSession(client, u"auditor"_s, first.password(), 1);
        const QJsonObject verify =
                ServerApi::getAs(client, auditor.accessToken, u"/api/v1/audit/verify"_s).json();
        QVERIFY(verify.value(u"intact"_s).toBool());
        QCOMPARE(verify.value(u"rows_checked"_s).toInt(), 41);
    }
};

QTEST_GUILESS_MAIN(TestServerPostgres)
#include "tst_server_postgres.moc"
