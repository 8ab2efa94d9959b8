#pragma once

#include "auth/authsettings.h"
#include "domain/clock.h"
#include "gatehouseserver.h"
#include "store/auditlog.h"

#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>

// A GatehouseServer in the test's own process, on a free loopback port, with
// its own SQLite file (or the database a test names) and a ManualClock the test
// moves: expiry, lockouts and session limits without waiting. Requests are
// answered while the test waits with QSignalSpy / QTRY_* (the event loop runs).
class InProcessServer
{
public:
    struct Options
    {
        bool demo = true;
        int demoSize = 10;
        QString databaseUrl; // empty: a fresh SQLite file in a temporary folder
        AuthSettings auth;
        ConnectionLimits limits;
        QString password = QStringLiteral("test-password");
        QDateTime start = QDateTime(QDate(2026, 11, 21), QTime(8, 30), Qt::UTC);
        // Anything else a test needs set (portal key, claim lease …).
        std::function<void(ServerOptions &)> configure;
    };

    InProcessServer();
    explicit InProcessServer(Options options);
    ~InProcessServer();

    bool start(QString *error = nullptr);

    ManualClock &clock() { return m_clock; }
    GatehouseServer &server() { return *m_server; }
    QUrl baseUrl() const { return QUrl(m_server->baseUrl()); }
    quint16 port() const { return m_server->port(); }
    QString databasePath() const { return m_dir.filePath(QStringLiteral("server.sqlite")); }
    QString databaseUrl() const;
    QString password() const { return m_options.password; }
    QString tempPath(const QString &name) const { return m_dir.filePath(name); }

    // Every audit row, oldest first, straight from the store.
    QList<AuditEntry> auditRows();
    // Runs one statement on the server's own connection (test set-up only).
    void exec(const QString &sql);

private:
    Options m_options;
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<GatehouseServer> m_server;
};
