#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

// `gatehouse --demo`: starts gatehouse-server --demo as a child process on a
// free loopback port with a database in a temporary folder and a random staff
// password, learns the port from its "listening on" line (read as it comes,
// never waited for), and stops it again: terminate, then kill. The child is
// also told by the kernel to die with the console (PR_SET_PDEATHSIG), so a
// crashed or killed console leaves no server behind.
class DemoLauncher : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Starting, Running, Stopping, Stopped, Failed };
    Q_ENUM(State)

    explicit DemoLauncher(QObject *parent = nullptr);
    ~DemoLauncher() override;

    // GATEHOUSE_SERVER_BINARY, else gatehouse-server in ../server (the build tree)
    // or beside the console (installed).
    static QString defaultServerBinary();
    void setServerBinary(const QString &path) { m_binary = path; }
    QString serverBinary() const { return m_binary; }
    void setStartTimeoutMs(int ms) { m_startTimer.setInterval(ms); }
    void setStopTimeoutMs(int ms) { m_killTimer.setInterval(ms); }

    void start();
    void stop();

    State state() const { return m_state; }
    QUrl url() const { return m_url; }
    // The demo staff's password, made up for this run.
    QString password() const { return m_password; }
    qint64 processId() const { return m_process.processId(); }

signals:
    void ready(const QUrl &url);
    void failed(const QString &reasonText); // translated
    void stopped();

private:
    void readOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onError(QProcess::ProcessError error);
    void fail(const QString &reasonText);
    QString lastErrorLine() const;

    QString m_binary;
    QProcess m_process;
    QTimer m_startTimer;
    QTimer m_killTimer;
    std::unique_ptr<QTemporaryDir> m_dir;
    State m_state = State::Idle;
    QUrl m_url;
    QString m_password;
    QByteArray m_stdout;
    QByteArray m_stderr;
};
