// DemoLauncher with a real gatehouse-server: starts it, learns its address,
// its random password works, stops it (terminate, then kill); says why when
// it cannot; and the server does not outlive a console killed with SIGKILL.
#include "app/demolauncher.h"

#include "serverapi.h"
#include "translations/translationcatalog.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Running, and not a zombie waiting for a parent that is gone.
bool isAlive(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 && line.size() > close + 2 && line.at(close + 2) != 'Z';
}

QString script(const QTemporaryDir &dir, const QString &name, const QByteArray &body)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("#!/bin/sh\n" + body);
    file.close();
    file.setPermissions(file.permissions() | QFile::ExeOwner);
    return file.fileName();
}

// The child half of theServerDiesWithTheConsole: a "console" that starts the
// demo, says the server's pid, and waits to be killed.
int runAsConsole(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    DemoLauncher launcher;
    QObject::connect(&launcher, &DemoLauncher::ready, &app, [&launcher] {
        std::printf("server-pid %lld\n", launcher.processId());
        std::fflush(stdout);
    });
    QObject::connect(&launcher, &DemoLauncher::failed, &app, [](const QString &reason) {
        std::fprintf(stderr, "%s\n", qPrintable(reason));
        QCoreApplication::exit(1);
    });
    launcher.start();
    return QCoreApplication::exec();
}

} // namespace

class tst_DemoLauncher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsTheServerNamedInTheEnvironment();
    void startsAndStopsARealServer();
    void killsAServerThatIgnoresTerminate();
    void saysWhenTheServerIsMissing();
    void saysWhenTheServerStopsWhileStarting();
    void saysWhenTheServerDoesNotStartInTime();
    void theServerDiesWithTheConsole();

private:
    QTemporaryDir m_dir;
    QTranslator m_english; // the console's plural forms
};

void tst_DemoLauncher::initTestCase()
{
    QVERIFY(m_english.load(TranslationCatalog::resourcePath(u"en"_s)));
    QCoreApplication::installTranslator(&m_english);
}

void tst_DemoLauncher::findsTheServerNamedInTheEnvironment()
{
    const QString configured = qEnvironmentVariable("GATEHOUSE_SERVER_BINARY");
    QVERIFY2(!configured.isEmpty(), "run through CTest");
    QCOMPARE(DemoLauncher::defaultServerBinary(), configured);
    DemoLauncher launcher;
    QCOMPARE(launcher.serverBinary(), configured);
}

void tst_DemoLauncher::startsAndStopsARealServer()
{
    DemoLauncher launcher;
    QSignalSpy ready(&launcher, &DemoLauncher::ready);
    QSignalSpy failed(&launcher, &DemoLauncher::failed);
    launcher.start();
    QCOMPARE(launcher.state(), DemoLauncher::State::Starting); // start() does not wait
    QVERIFY(ready.wait(90'000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(launcher.state(), DemoLauncher::State::Running);
    const QUrl url = ready.first().first().toUrl();
    QCOMPARE(url, launcher.url());
    QCOMPARE(url.host(), u"127.0.0.1"_s);
    QVERIFY(url.port() > 0);

    // The made-up password is the demo staff's, and the well-known default is not.
    QVERIFY(launcher.password().size() >= 20);
    HttpTestClient client(url);
    QCOMPARE(ServerApi::signIn(client, u"reviewer"_s, launcher.password()).status, 200);
    QCOMPARE(ServerApi::signIn(client, u"reviewer"_s, u"gatehouse-demo"_s).status, 401);

    const qint64 pid = launcher.processId();
    QVERIFY(isAlive(pid));
    QSignalSpy stopped(&launcher, &DemoLauncher::stopped);
    launcher.stop();
    QVERIFY(stopped.wait(15'000));
    QCOMPARE(launcher.state(), DemoLauncher::State::Stopped);
    QTRY_VERIFY(!isAlive(pid));
    QCOMPARE(failed.count(), 0);
}

void tst_DemoLauncher::killsAServerThatIgnoresTerminate()
{
    DemoLauncher launcher;
    launcher.setServerBinary(
            script(m_dir, u"stubborn"_s,
                   "trap '' TERM\n"
                   "echo 'gatehouse-server listening on http://127.0.0.1:9 (started in 1 ms)'\n"
                   "while :; do sleep 0.1; done\n"));
    launcher.setStopTimeoutMs(300);
    QSignalSpy ready(&launcher, &DemoLauncher::ready);
    launcher.start();
    QVERIFY(ready.wait(10'000));
    const qint64 pid = launcher.processId();
    QSignalSpy stopped(&launcher, &DemoLauncher::stopped);
    launcher.stop();
    QTest::qWait(150);
    QVERIFY(isAlive(pid));        // SIGTERM did nothing …
    QVERIFY(stopped.wait(5'000)); // … so SIGKILL did
    QTRY_VERIFY(!isAlive(pid));
}

void tst_DemoLauncher::saysWhenTheServerIsMissing()
{
    DemoLauncher launcher;
    launcher.setServerBinary(u"/nonexistent/gatehouse-server"_s);
    QSignalSpy failed(&launcher, &DemoLauncher::failed);
    launcher.start();
    QVERIFY(failed.wait(10'000));
    const QString reason = failed.first().first().toString();
    QVERIFY2(reason.contains(u"/nonexistent/gatehouse-server"_s), qPrintable(reason));
    QVERIFY(reason.contains(u"GATEHOUSE_SERVER_BINARY"_s));
    QCOMPARE(launcher.state(), DemoLauncher::State::Failed);
}

void tst_DemoLauncher::saysWhenTheServerStopsWhileStarting()
{
    DemoLauncher launcher;
    launcher.setServerBinary(script(
            m_dir, u"broken"_s, "echo 'gatehouse-server: the database is locked' >&2\nexit 3\n"));
    QSignalSpy failed(&launcher, &DemoLauncher::failed);
    launcher.start();
    QVERIFY(failed.wait(10'000));
    const QString reason = failed.first().first().toString();
    QVERIFY2(reason.contains(u"exit code 3"_s), qPrintable(reason));
    QVERIFY(reason.contains(u"the database is locked"_s));
}

void tst_DemoLauncher::saysWhenTheServerDoesNotStartInTime()
{
    DemoLauncher launcher;
    launcher.setServerBinary(script(m_dir, u"silent"_s, "exec sleep 60\n"));
    launcher.setStartTimeoutMs(1000);
    QSignalSpy failed(&launcher, &DemoLauncher::failed);
    QSignalSpy stopped(&launcher, &DemoLauncher::stopped);
    launcher.start();
    QVERIFY(failed.wait(10'000));
    QCOMPARE(failed.first().first().toString(),
             u"The demo platform did not start within 1 second."_s);
    const qint64 pid = launcher.processId();
    QVERIFY(stopped.wait(10'000)); // and what was started is stopped
    QTRY_VERIFY(!isAlive(pid));
}

void tst_DemoLauncher::theServerDiesWithTheConsole()
{
    QProcess console;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"GATEHOUSE_DEMO_CHILD"_s, u"1"_s);
    console.setProcessEnvironment(environment);
    console.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(console.waitForStarted());
    QByteArray output;
    qint64 serverPid = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                output += console.readAllStandardOutput();
                const qsizetype at = output.indexOf("server-pid ");
                if (at >= 0 && output.indexOf('\n', at) > at)
                    serverPid =
                            output.mid(at + 11, output.indexOf('\n', at) - at - 11).toLongLong();
                return serverPid > 0;
            }(),
            90'000);
    QVERIFY(isAlive(serverPid));

    console.kill(); // no chance to clean up
    QVERIFY(console.waitForFinished(5000));
    QTRY_VERIFY_WITH_TIMEOUT(!isAlive(serverPid), 10'000);
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("GATEHOUSE_DEMO_CHILD"))
        return runAsConsole(argc, argv);
    QCoreApplication app(argc, argv);
    tst_DemoLauncher test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_demolauncher.moc"
