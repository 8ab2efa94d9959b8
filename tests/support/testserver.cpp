#include "testserver.h"

#include <QDeadlineTimer>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

TestServer::TestServer() : TestServer(Options{}) { }

TestServer::TestServer(Options options) : m_options(std::move(options))
{
    QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                     [this] { m_stderr += m_process.readAllStandardError(); });
}

TestServer::~TestServer()
{
    stop();
}

QString TestServer::binary()
{
    return qEnvironmentVariable("GATEHOUSE_SERVER_BINARY");
}

QString TestServer::databasePath() const
{
    return m_dir.filePath(u"server.sqlite"_s);
}

QUrl TestServer::url(const QString &path) const
{
    QUrl u = m_baseUrl;
    const qsizetype q = path.indexOf(u'?');
    u.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        u.setQuery(path.sliced(q + 1));
    return u;
}

bool TestServer::start(int timeoutMs)
{
    if (binary().isEmpty()) {
        qWarning("GATEHOUSE_SERVER_BINARY is not set; run the test through CTest");
        return false;
    }
    QStringList args{u"--port"_s, u"0"_s, u"--database"_s,
                     m_options.databaseUrl.isEmpty() ? u"sqlite:"_s + databasePath()
                                                     : m_options.databaseUrl};
    if (m_options.demo)
        args << u"--demo"_s << u"--demo-size"_s << QString::number(m_options.demoSize);
    args << m_options.extraArguments;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GATEHOUSE_DEMO_PASSWORD"_s, m_options.demoPassword);
    m_process.setProcessEnvironment(env);
    // A test that crashes or times out must not leave its server running.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.start(binary(), args);
    if (!m_process.waitForStarted(10000))
        return false;
    static const QRegularExpression listening(u"listening on (\\S+)"_s);
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        m_stdout += m_process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(m_stdout));
        if (match.hasMatch()) {
            m_baseUrl = QUrl(match.captured(1));
            return true;
        }
    }
    m_stderr += m_process.readAllStandardError();
    qWarning().noquote() << "gatehouse-server did not start:" << m_stderr.right(2000);
    return false;
}

void TestServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}
