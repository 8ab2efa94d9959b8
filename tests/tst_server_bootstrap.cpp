// gatehouse-server --create-administrator: the first administrator of a real
// (non-demo) platform, created from the command line, signs in.
#include "support/httptestclient.h"
#include "support/inprocessserver.h"
#include "support/serverapi.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestServerBootstrap : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString databaseUrl() const { return u"sqlite:"_s + m_dir.filePath(u"platform.sqlite"_s); }

    struct Run
    {
        int exitCode = -1;
        QString output;
        QString errors;
    };

    // One run of the real binary; the password through the environment or stdin.
    Run createAdministrator(const QString &email, const QString &password,
                            bool throughStdin = false)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"GATEHOUSE_ADMIN_PASSWORD"_s);
        if (!throughStdin)
            env.insert(u"GATEHOUSE_ADMIN_PASSWORD"_s, password);
        process.setProcessEnvironment(env);
        process.start(qEnvironmentVariable("GATEHOUSE_SERVER_BINARY"),
                      {u"--database"_s, databaseUrl(), u"--create-administrator"_s, email});
        if (throughStdin)
            process.write(password.toUtf8() + "\n");
        process.closeWriteChannel();
        if (!process.waitForFinished(60'000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(qEnvironmentVariable("GATEHOUSE_SERVER_BINARY")).isExecutable(),
                 "GATEHOUSE_SERVER_BINARY must name gatehouse-server");
    }

    void refusesWeakOrMalformedInput()
    {
        Run run = createAdministrator(u"root@example.org"_s, u"short"_s);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errors.contains(u"at least 12 characters"_s), qPrintable(run.errors));
        run = createAdministrator(u"not an email"_s, u"a long enough password"_s);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errors.contains(u"is not an email address"_s), qPrintable(run.errors));
    }

    void createdAdministratorSignsIn()
    {
        const Run run = createAdministrator(u"Root@Example.org"_s, u"correct horse battery"_s);
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        QVERIFY(run.output.contains(u"created"_s));
        // Once only: the same email or username again is refused.
        const Run again =
                createAdministrator(u"root@example.org"_s, u"another long password"_s, true);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.errors.contains(u"already exists"_s), qPrintable(again.errors));
        // A second administrator through stdin joins the same platform organization.
        const Run second =
                createAdministrator(u"ops@example.org"_s, u"read from standard input"_s, true);
        QVERIFY2(second.exitCode == 0, qPrintable(second.errors));

        InProcessServer::Options options;
        options.demo = false;
        options.databaseUrl = databaseUrl();
        InProcessServer server(options);
        QVERIFY(server.start());
        HttpTestClient client(server.baseUrl());
        HttpReply reply = ServerApi::signIn(client, u"root"_s, u"correct horse battery"_s);
        QCOMPARE(reply.status, 200);
        const QJsonObject organization = reply.json().value(u"organization"_s).toObject();
        QCOMPARE(organization.value(u"roles"_s).toArray(), QJsonArray{u"administrator"_s});
        reply = ServerApi::signIn(client, u"ops@example.org"_s, u"read from standard input"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(u"organization"_s).toObject().value(u"id"_s),
                 organization.value(u"id"_s));

        int created = 0;
        for (const AuditEntry &entry : server.auditRows()) {
            if (entry.action == u"staff.create") {
                ++created;
                QVERIFY(!QJsonDocument(entry.after).toJson().contains("password"));
            }
        }
        QCOMPARE(created, 2);
    }
};

QTEST_GUILESS_MAIN(TestServerBootstrap)
#include "tst_server_bootstrap.moc"
