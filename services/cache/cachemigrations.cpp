#include "services/cache/cachemigrations.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcCache)

namespace {

// Append only: a released step is never edited, a change is a new step.
const QList<QStringList> &steps()
{
    static const QList<QStringList> all{
            // 1: the meta table and the sealed documents. Every name column is a keyed tag.
            {u"CREATE TABLE meta (name TEXT PRIMARY KEY NOT NULL, value BLOB)"_s,
             u"CREATE TABLE documents ("
             " lookup BLOB PRIMARY KEY NOT NULL," // tag(scope, kind, key)
             " scope_tag BLOB NOT NULL,"          // tag(scope)
             " kind_tag BLOB NOT NULL,"           // tag(scope, kind)
             " sealed_key BLOB NOT NULL,"         // the key, sealed
             " sealed BLOB NOT NULL,"             // {at, doc}, sealed to scope, kind and key
             " stored_at INTEGER NOT NULL"        // ms since the epoch, for pruning
             ") WITHOUT ROWID"_s,
             u"CREATE INDEX documents_by_kind ON documents (kind_tag)"_s},
            // 2: removing a scope (sign-out of one organization) and pruning by age.
            {u"CREATE INDEX documents_by_scope ON documents (scope_tag)"_s,
             u"CREATE INDEX documents_by_age ON documents (stored_at)"_s},
    };
    return all;
}

bool exec(QSqlDatabase &db, const QString &sql, QSqlError *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError();
    return false;
}

bool dropEverything(QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT type, name FROM sqlite_master WHERE type IN ('table', 'index', "
                    u"'view', 'trigger')"
                    " AND name NOT LIKE 'sqlite_%'"_s)) {
        *error = query.lastError();
        return false;
    }
    QStringList drops;
    while (query.next()) {
        const QString type = query.value(0).toString();
        if (type == u"table" || type == u"view")
            drops.append(
                    u"DROP %1 IF EXISTS \"%2\""_s.arg(type.toUpper(), query.value(1).toString()));
    }
    query.finish();
    for (const QString &drop : std::as_const(drops)) {
        if (!exec(db, drop, error))
            return false;
    }
    return true;
}

} // namespace

namespace CacheMigrations {

int latestVersion()
{
    return int(steps().size());
}

int currentVersion(QSqlDatabase &db, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'"_s)
        || !query.next()) {
        if (error)
            *error = query.lastError();
        return -1;
    }
    if (query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(u"SELECT value FROM meta WHERE name = 'schema_version'"_s)) {
        if (error)
            *error = query.lastError();
        return -1;
    }
    return query.next() ? query.value(0).toInt() : 0;
}

bool migrate(QSqlDatabase &db, QSqlError *error)
{
    int version = currentVersion(db, error);
    if (version < 0)
        return false;
    if (version > latestVersion()) {
        qCWarning(lcCache) << "cache schema" << version << "is newer than" << latestVersion()
                           << "- rebuilding the cache";
        if (!db.transaction() || !dropEverything(db, error) || !db.commit()) {
            db.rollback();
            return false;
        }
        version = 0;
    }
    while (version < latestVersion()) {
        const int next = version + 1;
        if (!db.transaction()) {
            *error = db.lastError();
            return false;
        }
        bool ok = true;
        for (const QString &sql : steps().at(next - 1)) {
            if (!(ok = exec(db, sql, error)))
                break;
        }
        if (ok) {
            QSqlQuery bump(db);
            bump.prepare(u"INSERT INTO meta (name, value) VALUES ('schema_version', :version)"
                         " ON CONFLICT (name) DO UPDATE SET value = excluded.value"_s);
            bump.bindValue(u":version"_s, next);
            ok = bump.exec();
            if (!ok)
                *error = bump.lastError();
        }
        if (!ok || !db.commit()) {
            if (ok)
                *error = db.lastError();
            db.rollback();
            return false;
        }
        qCInfo(lcCache) << "cache schema migrated to" << next;
        version = next;
    }
    return true;
}

} // namespace CacheMigrations
