// The SQLite store: migrations (fresh, again, newer than this server), the
// splitting of migration scripts, and a server that holds no read snapshot
// between requests, so it sees other writers and its WAL can be checkpointed.
#include "httptestclient.h"
#include "inprocessserver.h"
#include "serverapi.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString resource(const QString &name)
{
    QFile f(u":/sql/"_s + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestServerStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<Database> openSqlite(const QString &file)
    {
        QString error;
        std::unique_ptr<Database> db =
                Database::fromUrl(u"sqlite:"_s + m_dir.filePath(file), &error);
        if (!db || !db->open(&error)) {
            qWarning().noquote() << error;
            return nullptr;
        }
        return db;
    }

private slots:
    void freshDatabaseReachesTheLatestVersion()
    {
        std::unique_ptr<Database> db = openSqlite(u"fresh.sqlite"_s);
        QVERIFY(db);
        QCOMPARE(Migrations::currentVersion(*db), 0);
        QString error;
        QVERIFY2(Migrations::migrate(*db, &error), qPrintable(error));
        QCOMPARE(Migrations::currentVersion(*db), Migrations::latestVersion());
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM schema_migrations"_s),
                 Migrations::latestVersion());
        for (const QString &table :
             {u"platform_orgs"_s, u"staff"_s, u"staff_roles"_s, u"auth_sessions"_s,
              u"auth_tokens"_s, u"auth_selections"_s, u"audit_log"_s})
            QVERIFY2(scalar(*db, u"SELECT COUNT(*) FROM "_s + table) == 0, qPrintable(table));
        QCOMPARE(
                scalar(*db,
                       u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"_s),
                2);
    }

    void runningAgainIsANoOp()
    {
        std::unique_ptr<Database> db = openSqlite(u"again.sqlite"_s);
        QVERIFY(db);
        QString error;
        QVERIFY(Migrations::migrate(*db, &error));
        db->execDirect(
                u"INSERT INTO platform_orgs (code, name, name_zh, created_at) VALUES ('x', 'X', 'X', 1)"_s);
        const qint64 appliedAt = scalar(*db, u"SELECT MAX(applied_at) FROM schema_migrations"_s);
        const qint64 objects = scalar(*db, u"SELECT COUNT(*) FROM sqlite_master"_s);
        QTest::qWait(5);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(Migrations::migrate(*db, &error), qPrintable(error));
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM schema_migrations"_s),
                 Migrations::latestVersion());
        QCOMPARE(scalar(*db, u"SELECT MAX(applied_at) FROM schema_migrations"_s), appliedAt);
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM sqlite_master"_s), objects);
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM platform_orgs"_s), 1);

        // Reopened, as a restarted server would: still nothing to do.
        db.reset();
        db = openSqlite(u"again.sqlite"_s);
        QVERIFY(Migrations::migrate(*db, &error));
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM platform_orgs"_s), 1);
    }

    void newerDatabaseIsRefused()
    {
        std::unique_ptr<Database> db = openSqlite(u"newer.sqlite"_s);
        QVERIFY(db);
        QString error;
        QVERIFY(Migrations::migrate(*db, &error));
        const int newer = Migrations::latestVersion() + 1;
        db->execDirect(
                u"INSERT INTO schema_migrations (version, description, applied_at) VALUES (%1, 'from the future', 1)"_s
                        .arg(newer));
        QVERIFY(!Migrations::migrate(*db, &error));
        QVERIFY2(error.contains(u"newer than this server"_s), qPrintable(error));
        QVERIFY(error.contains(QString::number(newer)));
        db.reset();

        // The server refuses to start on it, and changes nothing.
        InProcessServer::Options options;
        options.databaseUrl = u"sqlite:"_s + m_dir.filePath(u"newer.sqlite"_s);
        InProcessServer server(options);
        QString startError;
        QVERIFY(!server.start(&startError));
        QVERIFY2(startError.contains(u"newer than this server"_s), qPrintable(startError));
        db = openSqlite(u"newer.sqlite"_s);
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM platform_orgs"_s), 0);
    }

    void migrationScriptsSplitIntoWholeStatements()
    {
        for (const QString &dialect : {u"sqlite"_s, u"postgresql"_s}) {
            const QString script = resource(u"001_domain.sql"_s) + u'\n'
                    + resource(u"001_domain."_s + dialect + u".sql"_s);
            QVERIFY(!script.isEmpty());
            const QStringList statements = Migrations::splitStatements(script);
            QVERIFY(statements.size() > 40);
            for (const QString &s : statements) {
                QVERIFY2(!s.trimmed().isEmpty(), qPrintable(dialect));
                // Bodies stay whole: a trigger or function ends where it began.
                if (s.contains(u"CREATE TRIGGER"_s) && dialect == u"sqlite")
                    QVERIFY2(s.trimmed().endsWith(u"END"_s), qPrintable(s));
                if (s.contains(u"$$"_s))
                    QCOMPARE(s.count(u"$$"_s) % 2, 0);
            }
        }
        const QStringList split = Migrations::splitStatements(
                u"-- a comment\nCREATE TABLE a (x INTEGER);\nCREATE TRIGGER t BEFORE DELETE ON "
                u"a\nBEGIN\n"
                "    SELECT RAISE(ABORT, 'no');\nEND;\nDO $$\nBEGIN\n    PERFORM 1;\nEND;\n$$;\n"_s);
        QCOMPARE(split.size(), 3);
        QVERIFY(split[1].endsWith(u"END"_s));
        QVERIFY(split[2].startsWith(u"DO $$"_s));
    }

    void serverHoldsNoSnapshotBetweenRequests()
    {
        InProcessServer server;
        QVERIFY(server.start());
        HttpTestClient client(server.baseUrl());
        const ServerApi::Session admin =
                ServerApi::openSession(client, u"admin"_s, server.password(), 1);
        QVERIFY(admin.isValid());
        for (const QString &path :
             {u"/api/v1/health"_s, u"/api/v1/me"_s, u"/api/v1/staff"_s, u"/api/v1/staff/2"_s,
              u"/api/v1/audit"_s, u"/api/v1/audit/verify"_s})
            QCOMPARE(ServerApi::getAs(client, admin.accessToken, path).status, 200);
        ServerApi::signIn(client, u"reviewer"_s, u"wrong"_s);

        // Another writer on the same file: its change is seen at once…
        const QString name = u"other-writer"_s;
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            other.setDatabaseName(server.databasePath());
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(u"UPDATE staff SET display_name = '李娜娜' WHERE id = 2"_s));
            QCOMPARE(ServerApi::getAs(client, admin.accessToken, u"/api/v1/staff/2"_s)
                             .json()
                             .value(u"display_name"_s)
                             .toString(),
                     u"李娜娜"_s);
            // …and the WAL can be checkpointed all the way: no reader holds it.
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0); // busy
            q.finish();
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
};

QTEST_GUILESS_MAIN(TestServerStore)
#include "tst_server_store.moc"
