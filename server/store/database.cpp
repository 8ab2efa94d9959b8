#include "store/database.h"

#include "store/postgresdatabase.h"
#include "store/sqlitedatabase.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "gatehouse.server.store")

Database::Database(Kind, const QString &connectionName) : m_connectionName(connectionName) { }

Database::~Database()
{
    close();
}

std::unique_ptr<Database> Database::fromUrl(const QString &url, QString *error)
{
    const QString name = u"gatehouse-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (url.startsWith(u"postgresql://") || url.startsWith(u"postgres://")) {
        const QUrl u(url);
        if (!u.isValid() || u.host().isEmpty() || u.path().size() < 2) {
            *error = u"The PostgreSQL URL must look like postgresql://user@host:port/database."_s;
            return nullptr;
        }
        return std::make_unique<PostgresDatabase>(u, name);
    }
    QString path = url;
    if (path.startsWith(u"sqlite://"))
        path = path.sliced(9);
    else if (path.startsWith(u"sqlite:"))
        path = path.sliced(7);
    if (path.isEmpty()) {
        *error = u"The SQLite database needs a file path."_s;
        return nullptr;
    }
    return std::make_unique<SqliteDatabase>(path, name);
}

void Database::close()
{
    m_statements.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

QSqlQuery &Database::prepare(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            fail(q);
        it = m_statements.insert(sql, std::move(q));
    } else {
        it->finish();
    }
    return *it;
}

void Database::exec(QSqlQuery &query)
{
    if (!query.exec())
        fail(query);
}

void Database::releaseStatements()
{
    if (m_depth > 0)
        return;
    for (QSqlQuery &q : m_statements) {
        if (q.isActive())
            q.finish();
    }
}

bool Database::recoverIfLost()
{
    if (!m_lost || m_depth > 0)
        return !m_lost;
    if (m_lastReconnect.isValid() && m_lastReconnect.elapsed() < 1000)
        return false;
    m_lastReconnect.start();
    close();
    QString error;
    if (!open(&error)) {
        qCWarning(lcStore).noquote() << "the database is still unreachable:" << error;
        return false;
    }
    m_lost = false;
    qCInfo(lcStore) << "reconnected to the database";
    return true;
}

void Database::execDirect(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        fail(q);
}

void Database::fail(const QSqlQuery &query) const
{
    const QSqlError e = query.lastError();
    // SQLite reports failed steps (constraints too) as ConnectionError; only
    // PostgreSQL's class 08 and a closed handle mean the database is gone.
    // Class 57P is PostgreSQL ending the session (shutdown, administrator).
    const QString state = e.nativeErrorCode();
    const bool lost = !m_db.isOpen() || state.startsWith(u"08"_s)
            || (kind() == Kind::PostgreSql
                && (state.startsWith(u"57P"_s)
                    || (e.type() == QSqlError::ConnectionError && state.isEmpty())));
    if (lost)
        m_lost = true;
    // The SQL text goes to the server log only, never to a client.
    qCWarning(lcStore).noquote() << "statement failed:" << e.text() << "in"
                                 << query.lastQuery().left(200);
    throw StoreError(e.text(), lost);
}

void Database::transaction(const std::function<void()> &fn)
{
    if (m_depth > 0) {
        // Nested: the outer transaction decides.
        ++m_depth;
        try {
            fn();
        } catch (...) {
            --m_depth;
            throw;
        }
        --m_depth;
        return;
    }
    execDirect(beginStatement());
    m_depth = 1;
    try {
        fn();
        execDirect(u"COMMIT"_s);
        m_depth = 0;
    } catch (...) {
        m_depth = 0;
        QSqlQuery rollback(m_db);
        rollback.exec(u"ROLLBACK"_s);
        throw;
    }
}
