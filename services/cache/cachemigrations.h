#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// The cache's schema, as numbered steps. meta.schema_version says which ran;
// each step N→N+1 runs in its own transaction with the version bump, so a
// crash leaves the file at N or at N+1, never between. A file from a newer
// Gatehouse (a version this build does not know) is emptied and rebuilt: it
// is a cache, and guessing at a future schema is worse than fetching again.
namespace CacheMigrations {

int latestVersion();
// The version on disk; 0 for an empty file, -1 when it cannot be read.
int currentVersion(QSqlDatabase &db, QSqlError *error = nullptr);
// Brings the file to latestVersion(). False with *error set when a step failed.
bool migrate(QSqlDatabase &db, QSqlError *error);

} // namespace CacheMigrations
