#include "store/migrations.h"

#include "store/database.h"

#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <QSet>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace {

struct Migration
{
    int version;
    const char16_t *description;
    const char16_t *name; // :/sql/<name>.sql, then :/sql/<name>.<dialect>.sql if present
};

// Append only: a released migration is never edited.
constexpr Migration kMigrations[] = {
        {1, u"The whole platform domain, staff sign-in and the audit log", u"001_domain"},
        {2, u"Review queues: sort indexes, reason codes, calendar, idempotency keys, mail outbox",
         u"002_review_queues"},
        {3,
         u"Support desk: search indexes, password resets, SMS quota resets, real-name level index",
         u"003_support_desk"},
        {4, u"Organization trees: paths, member counts, tree versions, changes feed",
         u"004_organizations"},
        {5, u"Review queues: indexed text search (FTS5 trigram, pg_trgm)",
         u"005_queue_text_search"},
        {6, u"Review queues: an index per status and sort column",
         u"006_queue_status_sort_indexes"},
        {7, u"Organization trees: deleted departments kept for restoring",
         u"007_deleted_departments"},
};

QString readResource(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace

namespace Migrations {

int latestVersion()
{
    return std::end(kMigrations)[-1].version;
}

int currentVersion(Database &db)
{
    db.execDirect(u"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY,"
                  " description TEXT NOT NULL, applied_at BIGINT NOT NULL)"_s);
    QSqlQuery &q = db.prepare(u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s);
    db.exec(q);
    const int version = q.next() ? q.value(0).toInt() : 0;
    q.finish(); // an unfinished SELECT would hold SQLite's read snapshot open
    return version;
}

QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inBlock = false;
    bool inDollar = false;
    const QStringList lines = script.split(u'\n');
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.startsWith(u"--") && current.trimmed().isEmpty())
            continue;
        current += rawLine + u'\n';
        if (line.count(u"$$"_s) % 2 == 1)
            inDollar = !inDollar;
        const QString upper = line.toUpper();
        if (!inDollar && (upper.endsWith(u"BEGIN") || upper == u"BEGIN"))
            inBlock = true;
        if (inDollar)
            continue;
        if (inBlock) {
            if (upper == u"END;" || upper.endsWith(u" END;")) {
                inBlock = false;
                statements.append(current.trimmed().chopped(1));
                current.clear();
            }
            continue;
        }
        if (line.endsWith(u';')) {
            statements.append(current.trimmed().chopped(1));
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

bool migrate(Database &db, QString *error)
{
    try {
        const int current = currentVersion(db);
        if (current > latestVersion()) {
            *error = u"The database schema is version %1, newer than this server (%2)."_s
                             .arg(current)
                             .arg(latestVersion());
            return false;
        }
        const QString dialect = db.kind() == Database::Kind::Sqlite ? u"sqlite"_s : u"postgresql"_s;
        // Versions were numbered before they were merged: a database may hold a
        // later one without an earlier one. Every missing one is applied.
        QSet<int> applied;
        QSqlQuery &done = db.prepare(u"SELECT version FROM schema_migrations"_s);
        db.exec(done);
        while (done.next())
            applied.insert(done.value(0).toInt());
        done.finish();
        for (const Migration &m : kMigrations) {
            if (applied.contains(m.version))
                continue;
            const QString name = QString::fromUtf16(m.name);
            QString script = readResource(u":/sql/"_s + name + u".sql"_s);
            script += u'\n' + readResource(u":/sql/"_s + name + u'.' + dialect + u".sql"_s);
            if (script.trimmed().isEmpty()) {
                *error = u"Migration %1 is missing from the server."_s.arg(m.version);
                return false;
            }
            const QStringList statements = splitStatements(db.expandSqlTokens(script));
            db.transaction([&] {
                for (const QString &s : statements)
                    db.execDirect(s);
                QSqlQuery &q = db.prepare(
                        u"INSERT INTO schema_migrations (version, description, applied_at)"
                        " VALUES (:version, :description, :at)"_s);
                q.bindValue(u":version"_s, m.version);
                q.bindValue(u":description"_s, QString::fromUtf16(m.description));
                q.bindValue(u":at"_s, QDateTime::currentMSecsSinceEpoch());
                db.exec(q);
            });
            qCInfo(lcStore) << "migrated schema to version" << m.version;
        }
    } catch (const StoreError &e) {
        *error = u"Migration failed: "_s + QString::fromStdString(e.what());
        return false;
    }
    return true;
}

} // namespace Migrations
