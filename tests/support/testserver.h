#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// Starts a real gatehouse-server (the binary CTest names in
// GATEHOUSE_SERVER_BINARY) on a free loopback port with its own database in a
// temporary folder, and stops it when destroyed.
class TestServer
{
public:
    struct Options
    {
        bool demo = true;
        int demoSize = 200;
        QString databaseUrl; // empty: a fresh SQLite file in the temporary folder
        QStringList extraArguments;
        QString demoPassword = QStringLiteral("test-password");
    };

    TestServer();
    explicit TestServer(Options options);
    ~TestServer();

    // Starts and waits (with the event loop running) for the "listening on" line.
    bool start(int timeoutMs = 60000);
    void stop();

    QUrl baseUrl() const { return m_baseUrl; }
    QUrl url(const QString &path) const;
    quint16 port() const { return quint16(m_baseUrl.port()); }
    QString databasePath() const;
    QString standardError() const { return QString::fromLocal8Bit(m_stderr); }
    QString password() const { return m_options.demoPassword; }
    qint64 processId() const { return m_process.processId(); }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    static QString binary();

private:
    Options m_options;
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_baseUrl;
    QByteArray m_stdout;
    QByteArray m_stderr;
};
