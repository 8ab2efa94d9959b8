#pragma once

#include <QString>
#include <QStringList>

class Database;

// Versioned schema migrations, run at start-up. Each migration N -> N+1 runs in
// one transaction and records itself in schema_migrations; a database newer
// than this server is refused rather than guessed at.
namespace Migrations {

int latestVersion();
int currentVersion(Database &db);
// Brings the schema to latestVersion(); returns false with a message on failure.
bool migrate(Database &db, QString *error);

// Splits a migration script into statements: at ';' ending a line, except inside
// trigger bodies (BEGIN … END;) and dollar-quoted PostgreSQL functions.
QStringList splitStatements(const QString &script);

} // namespace Migrations
