#pragma once

#include <QtGlobal>

class Database;

// Computes what the server keeps per organization tree — each department's
// path and depth, its direct and total member counts and child-department
// count, the organization's member and department counts — for organizations
// whose rows were written without them (the demo generator, a database from
// before schema version 4, a test's own INSERT). Set-based SQL, the same on
// SQLite and PostgreSQL; a no-op when every organization is ready.
namespace OrganizationBackfill {

// Every organization not yet ready; returns how many there were.
qint64 run(Database &db);
// One organization, if it is not ready yet.
void runFor(Database &db, qint64 organizationId);

} // namespace OrganizationBackfill
