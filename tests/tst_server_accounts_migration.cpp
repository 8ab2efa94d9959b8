// Migration 3 (the support desk) was numbered before migration 4 was merged:
// a database that holds 4 without 3 gets 3 applied, not skipped.
#include "store/database.h"
#include "store/migrations.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestServerAccountsMigration : public QObject
{
    Q_OBJECT

private slots:
    void aMissingEarlierVersionIsApplied()
    {
        QTemporaryDir dir;
        QString error;
        std::unique_ptr<Database> db =
                Database::fromUrl(u"sqlite:"_s + dir.filePath(u"gap.sqlite"_s), &error);
        QVERIFY2(db && db->open(&error), qPrintable(error));
        QVERIFY2(Migrations::migrate(*db, &error), qPrintable(error));
        QVERIFY(Migrations::latestVersion() >= 4);
        // What a server without migration 3 would have left.
        for (const QString &sql :
             {u"DROP TRIGGER realname_records_platform_org"_s, u"DROP INDEX realname_by_level"_s,
              u"DROP INDEX realname_by_verified"_s, u"DROP INDEX audit_log_actor_action"_s,
              u"DROP INDEX third_party_authorizations_platform"_s, u"DROP TABLE sms_quota_resets"_s,
              u"ALTER TABLE accounts DROP COLUMN password_hash"_s,
              u"ALTER TABLE accounts DROP COLUMN password_reset_token_hash"_s,
              u"ALTER TABLE accounts DROP COLUMN password_reset_expires_at"_s,
              u"ALTER TABLE accounts DROP COLUMN password_reset_at"_s,
              u"ALTER TABLE accounts DROP COLUMN activation_sent_at"_s,
              u"ALTER TABLE realname_records DROP COLUMN platform_org_id"_s,
              u"DELETE FROM schema_migrations WHERE version = 3"_s})
            db->execDirect(sql);
        QCOMPARE(Migrations::currentVersion(*db), Migrations::latestVersion());
        QVERIFY2(Migrations::migrate(*db, &error), qPrintable(error));
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM schema_migrations WHERE version = 3"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM sms_quota_resets"_s));
        QVERIFY(q.exec(
                u"SELECT a.password_hash, r.platform_org_id FROM accounts a, realname_records r LIMIT 1"_s));
    }
};

QTEST_GUILESS_MAIN(TestServerAccountsMigration)
#include "tst_server_accounts_migration.moc"
