#include "queues/queuebackfill.h"

#include "store/database.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBackfill, "gatehouse.server.backfill")

namespace QueueBackfill {

void run(Database &db)
{
    QElapsedTimer timer;
    timer.start();
    db.transaction([&] {
        for (const QString &table : {u"workspace_applications"_s, u"enterprise_verifications"_s}) {
            db.execDirect(u"UPDATE "_s + table
                          + u" SET applicant_name = (SELECT a.display_name FROM accounts a"
                            " WHERE a.id = applicant_account_id), applicant_email ="
                            " COALESCE((SELECT a.email FROM accounts a WHERE a.id ="
                            " applicant_account_id), '') WHERE applicant_name = ''"_s);
            db.execDirect(u"UPDATE "_s + table
                          + u" SET claimed_by_name = '' WHERE claimed_by_name IS NULL"_s);
            db.execDirect(u"UPDATE "_s + table
                          + u" SET updated_at = COALESCE(decided_at, submitted_at)"
                            " WHERE updated_at = 0"_s);
            // Chains are short; a few passes number them all.
            for (int pass = 0; pass < 8; ++pass) {
                db.execDirect(u"UPDATE "_s + table
                              + u" SET submission_number = (SELECT p.submission_number + 1 FROM "_s
                              + table + u" p WHERE p.id = "_s + table
                              + u".previous_id) WHERE previous_id IS NOT NULL"
                                " AND submission_number <> (SELECT p.submission_number + 1 FROM "_s
                              + table + u" p WHERE p.id = "_s + table + u".previous_id)"_s);
            }
        }
        db.execDirect(
                u"UPDATE images SET platform_org_id = COALESCE((SELECT w.platform_org_id FROM"
                " workspace_applications w WHERE w.logo_image_id = images.id LIMIT 1), (SELECT "
                "e.platform_org_id"
                " FROM enterprise_verifications e WHERE e.licence_image_id = images.id LIMIT 1), "
                "(SELECT"
                " s.platform_org_id FROM workspaces s WHERE s.logo_image_id = images.id LIMIT 1))"
                " WHERE platform_org_id IS NULL"_s);
        // Names written in Latin letters only get English mail.
        db.execDirect(u"UPDATE accounts SET preferred_language = 'en' WHERE preferred_language = "
                      u"'zh_CN' AND"
                      " name_latin IS NOT NULL AND display_name = name_latin"_s);
    });
    qCInfo(lcBackfill) << "queue columns filled in" << timer.elapsed() << "ms";
}

} // namespace QueueBackfill
