#pragma once

class Database;

// Fills the columns schema version 2 added to rows written without them (by
// the demo generator, or before the upgrade): applicant name and email,
// submission numbers along resubmission chains, empty claimer names, the
// organization of images, and the applicants' mail language. Idempotent.
namespace QueueBackfill {
void run(Database &db);
}
