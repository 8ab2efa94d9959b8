#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <stdexcept>

// A failure of the store. Routes let it through; the HTTP layer answers 500
// (or 503 when the database is unreachable) without SQL text, and logs it.
class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString &message, bool connectionLost = false)
        : std::runtime_error(message.toStdString()), m_connectionLost(connectionLost)
    { }
    bool connectionLost() const { return m_connectionLost; }

private:
    bool m_connectionLost;
};

// One connection to the platform's store, behind which SQLite (the embedded
// default) and PostgreSQL differ only where their SQL must.
class Database
{
public:
    enum class Kind { Sqlite, PostgreSql };

    virtual ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // "sqlite:/path/file.sqlite", a plain file path, or
    // "postgresql://user[:password]@host[:port]/database".
    static std::unique_ptr<Database> fromUrl(const QString &url, QString *error);

    virtual Kind kind() const = 0;
    QString kindName() const
    {
        return kind() == Kind::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql");
    }
    virtual bool open(QString *error) = 0;
    void close();

    // Per-dialect spellings used by migrations: ${ID}, ${BLOB}, ${BIGINT}.
    virtual QString expandSqlTokens(QString sql) const = 0;
    // Run after migrations: drop to the least privilege the backend offers.
    virtual void restrictPrivileges() { }
    // For bulk loads (the demo generator): trade durability for speed, then restore.
    virtual void setBulkLoad(bool on) { Q_UNUSED(on); }

    // A prepared statement, cached per SQL text. Bind by name, then exec().
    QSqlQuery &prepare(const QString &sql);
    void exec(QSqlQuery &query);
    void execDirect(const QString &sql); // DDL and pragmas; no parameters
    // Resets every cached statement a caller left mid-result. Outside a
    // transaction, an unfinished SELECT keeps SQLite's read snapshot: the
    // server would not see other writers and the WAL could never be
    // checkpointed. Run after each request.
    void releaseStatements();
    // After a statement found the connection gone (the database restarted, an
    // administrator ended it), opens a new one — at most once a second, so a
    // database that is down costs each request a 503, not a wait.
    bool connectionLost() const { return m_lost; }
    bool recoverIfLost();

    // Runs fn in one transaction (BEGIN IMMEDIATE on SQLite so writers queue
    // instead of failing); rolls back and rethrows on any exception.
    void transaction(const std::function<void()> &fn);
    bool inTransaction() const { return m_depth > 0; }

    QSqlDatabase &connection() { return m_db; }

    // Qt binds a null QString as SQL NULL; NOT NULL text columns want ''.
    static QVariant text(const QString &s)
    {
        return s.isNull() ? QVariant(QString(QLatin1StringView(""))) : QVariant(s);
    }

protected:
    Database(Kind kind, const QString &connectionName);
    virtual QString beginStatement() const { return QStringLiteral("BEGIN"); }
    [[noreturn]] void fail(const QSqlQuery &query) const;

    QSqlDatabase m_db;
    QString m_connectionName;

private:
    QHash<QString, QSqlQuery> m_statements;
    int m_depth = 0;
    mutable bool m_lost = false;
    QElapsedTimer m_lastReconnect;
};
