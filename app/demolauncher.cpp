#include "app/demolauncher.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <array>
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDemo, "gatehouse.app.demo")

namespace {

constexpr qsizetype kKeptOutput = 8192;

QString randomPassword()
{
    std::array<quint32, 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), sizeof(words));
    return QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

void keepTail(QByteArray *buffer)
{
    if (buffer->size() > kKeptOutput)
        buffer->remove(0, buffer->size() - kKeptOutput);
}

} // namespace

DemoLauncher::DemoLauncher(QObject *parent) : QObject(parent), m_binary(defaultServerBinary())
{
    m_startTimer.setSingleShot(true);
    m_startTimer.setInterval(120'000);
    m_killTimer.setSingleShot(true);
    m_killTimer.setInterval(5'000);
    connect(&m_startTimer, &QTimer::timeout, this, [this] {
        const int seconds = m_startTimer.interval() / 1000;
        fail(tr("The demo platform did not start within %n second(s).", nullptr, seconds));
        stop();
    });
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcDemo) << "the demo server ignored SIGTERM; killing it";
        m_process.kill();
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoLauncher::readOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray chunk = m_process.readAllStandardError();
        qCDebug(lcDemo).noquote() << QString::fromLocal8Bit(chunk).trimmed();
        m_stderr += chunk;
        keepTail(&m_stderr);
    });
    connect(&m_process, &QProcess::finished, this, &DemoLauncher::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &DemoLauncher::onError);

    // Runs in the child between fork and exec: only async-signal-safe calls.
    const pid_t console = ::getpid();
    m_process.setChildProcessModifier([console] {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != console) // the console died before prctl took effect
            ::_exit(1);
    });
}

DemoLauncher::~DemoLauncher()
{
    m_process.disconnect(this);
    if (m_process.state() != QProcess::NotRunning) {
        // Normally stop() has finished before this; on a hurried exit the demo
        // database is throw-away, so kill and reap it rather than leave a zombie.
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QString DemoLauncher::defaultServerBinary()
{
    const QString configured = qEnvironmentVariable("GATEHOUSE_SERVER_BINARY");
    if (!configured.isEmpty())
        return configured;
    const QDir here(QCoreApplication::applicationDirPath());
    const QStringList candidates{here.filePath(u"../server/gatehouse-server"_s),
                                 here.filePath(u"gatehouse-server"_s)};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return QDir::cleanPath(candidates.constLast());
}

void DemoLauncher::start()
{
    if (m_state == State::Starting || m_state == State::Running)
        return;
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/gatehouse-demo-XXXXXX"_s);
    if (!m_dir->isValid()) {
        fail(tr("The demo platform could not be started: no temporary folder could be made (%1).")
                     .arg(m_dir->errorString()));
        return;
    }
    m_password = randomPassword();
    m_url.clear();
    m_stdout.clear();
    m_stderr.clear();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"GATEHOUSE_DEMO_PASSWORD"_s, m_password);
    m_process.setProcessEnvironment(environment);
    m_process.setProgram(m_binary);
    // Today's date as the seed anchors the demo's "now" at today (docs/demo.md):
    // queues due this week rather than long overdue, claims still held.
    const QString seed = QDate::currentDate().toString(u"yyyyMMdd"_s);
    m_process.setArguments({u"--demo"_s, u"--demo-seed"_s, seed, u"--port"_s, u"0"_s,
                            u"--database"_s, u"sqlite:"_s + m_dir->filePath(u"demo.sqlite"_s)});
    m_state = State::Starting;
    qCInfo(lcDemo) << "starting" << m_binary;
    m_startTimer.start();
    m_process.start();
}

void DemoLauncher::stop()
{
    m_startTimer.stop();
    if (m_process.state() == QProcess::NotRunning) {
        if (m_state != State::Failed)
            m_state = State::Stopped;
        emit stopped();
        return;
    }
    if (m_state != State::Failed)
        m_state = State::Stopping;
    m_process.terminate();
    m_killTimer.start();
}

void DemoLauncher::readOutput()
{
    m_stdout += m_process.readAllStandardOutput();
    keepTail(&m_stdout);
    if (m_state != State::Starting)
        return;
    static const QRegularExpression listening(u"gatehouse-server listening on (\\S+)"_s);
    const QRegularExpressionMatch match = listening.match(QString::fromUtf8(m_stdout));
    if (!match.hasMatch())
        return;
    m_startTimer.stop();
    m_url = QUrl(match.captured(1));
    m_state = State::Running;
    qCInfo(lcDemo) << "demo platform listening on" << m_url.toString();
    emit ready(m_url);
}

void DemoLauncher::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_killTimer.stop();
    m_startTimer.stop();
    m_stderr += m_process.readAllStandardError();
    const State was = m_state;
    m_dir.reset();
    switch (was) {
    case State::Stopping:
        m_state = State::Stopped;
        emit stopped();
        return;
    case State::Starting:
        fail(lastErrorLine().isEmpty()
                     ? tr("The demo platform stopped while starting (exit code %1).").arg(exitCode)
                     : tr("The demo platform stopped while starting (exit code %1): %2")
                               .arg(exitCode)
                               .arg(lastErrorLine()));
        return;
    case State::Running:
        fail(status == QProcess::CrashExit
                     ? tr("The demo platform crashed. Restart the console to start it again.")
                     : tr("The demo platform stopped unexpectedly (exit code %1).").arg(exitCode));
        return;
    case State::Failed:
        emit stopped();
        return;
    case State::Idle:
    case State::Stopped:
        return;
    }
}

void DemoLauncher::onError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // crashes and exits arrive through finished()
    m_startTimer.stop();
    m_dir.reset();
    fail(tr("The demo platform could not be started: %1 is missing or cannot be run. Set "
            "GATEHOUSE_SERVER_BINARY to the gatehouse-server program.")
                 .arg(m_binary));
}

void DemoLauncher::fail(const QString &reasonText)
{
    m_state = State::Failed;
    qCWarning(lcDemo).noquote() << reasonText;
    emit failed(reasonText);
}

QString DemoLauncher::lastErrorLine() const
{
    const QList<QByteArray> lines = m_stderr.trimmed().split('\n');
    return lines.isEmpty() ? QString() : QString::fromLocal8Bit(lines.constLast()).trimmed();
}
