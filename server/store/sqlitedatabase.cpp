#include "store/sqlitedatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>

using namespace Qt::StringLiterals;

SqliteDatabase::SqliteDatabase(const QString &path, const QString &connectionName)
    : Database(Kind::Sqlite, connectionName), m_path(path)
{ }

bool SqliteDatabase::open(QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(m_path);
    // A writer waits up to 5 s for another instead of failing at once.
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    try {
        // Set deliberately: Debian's defaults are full sync, secure delete and a 2 MB cache.
        execDirect(u"PRAGMA journal_mode = WAL"_s);
        execDirect(u"PRAGMA synchronous = NORMAL"_s); // durable at checkpoints; WAL keeps commits
                                                      // atomic
        execDirect(u"PRAGMA foreign_keys = ON"_s);
        execDirect(u"PRAGMA cache_size = -65536"_s); // 64 MiB
        execDirect(u"PRAGMA temp_store = MEMORY"_s);
        execDirect(u"PRAGMA mmap_size = 268435456"_s);
        execDirect(u"PRAGMA secure_delete = OFF"_s);
    } catch (const StoreError &e) {
        *error = QString::fromStdString(e.what());
        return false;
    }
    return true;
}

QString SqliteDatabase::expandSqlTokens(QString sql) const
{
    sql.replace(u"${ID}"_s, u"INTEGER PRIMARY KEY"_s);
    sql.replace(u"${BLOB}"_s, u"BLOB"_s);
    sql.replace(u"${BIGINT}"_s, u"INTEGER"_s);
    return sql;
}

void SqliteDatabase::setBulkLoad(bool on)
{
    execDirect(on ? u"PRAGMA synchronous = OFF"_s : u"PRAGMA synchronous = NORMAL"_s);
    execDirect(on ? u"PRAGMA foreign_keys = OFF"_s : u"PRAGMA foreign_keys = ON"_s);
}
