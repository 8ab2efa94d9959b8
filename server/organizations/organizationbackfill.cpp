#include "organizations/organizationbackfill.h"

#include "store/database.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOrganizationBackfill, "gatehouse.server.organizations")

namespace {

// ids: the organizations to compute, as SQL — a subquery, or ":o" for one.
void compute(Database &db, const QString &ids, qint64 organizationId)
{
    const auto exec = [&](const QString &sql) {
        QSqlQuery &q = db.prepare(sql);
        if (ids == u":o")
            q.bindValue(u":o"_s, organizationId);
        db.exec(q);
    };
    const QString in = u" IN ("_s + ids + u')';
    // Paths from the top level down; a department whose chain never reaches the
    // top level (which the server's edits cannot make) keeps an empty path.
    exec(u"WITH RECURSIVE tree(id, organization_id, path, depth) AS ("
         " SELECT d.id, d.organization_id, '/' || d.id || '/', 1 FROM departments d"
         " WHERE d.parent_id IS NULL AND d.organization_id"_s
         + in
         + u" UNION ALL SELECT c.id, c.organization_id, tree.path || c.id || '/', tree.depth + 1"
           " FROM tree JOIN departments c ON c.organization_id = tree.organization_id"
           " AND c.parent_id = tree.id)"
           " UPDATE departments SET path = tree.path, depth = tree.depth FROM tree"
           " WHERE departments.id = tree.id"_s);
    // Counts: zero, then one grouped pass per kind. A count per row in a
    // correlated subquery gets the plan of the average organization on
    // PostgreSQL — a scan of every department for each of thousands of teams.
    exec(u"UPDATE departments SET direct_members = 0, child_departments = 0"
         " WHERE organization_id"_s
         + in);
    exec(u"UPDATE departments SET direct_members = g.n FROM (SELECT department_id, COUNT(*) AS n"
         " FROM organization_members WHERE department_id IS NOT NULL AND organization_id"_s
         + in + u" GROUP BY department_id) g WHERE departments.id = g.department_id"_s);
    exec(u"UPDATE departments SET child_departments = g.n FROM (SELECT parent_id, COUNT(*) AS n"
         " FROM departments WHERE parent_id IS NOT NULL AND organization_id"_s
         + in + u" GROUP BY parent_id) g WHERE departments.id = g.parent_id"_s);
    // A department's total is the sum over its subtree, one range of the path index.
    exec(u"UPDATE departments SET total_members = (SELECT COALESCE(SUM(s.direct_members), 0)"
         " FROM departments s WHERE s.organization_id = departments.organization_id"
         " AND s.path >= departments.path"
         " AND s.path < substr(departments.path, 1, length(departments.path) - 1) || '0')"
         " WHERE path <> '' AND organization_id"_s
         + in);
    exec(u"UPDATE organizations SET member_count = 0, department_count = 0 WHERE id"_s + in);
    exec(u"UPDATE organizations SET member_count = g.n FROM (SELECT organization_id, COUNT(*) AS n"
         " FROM organization_members WHERE organization_id"_s
         + in + u" GROUP BY organization_id) g WHERE organizations.id = g.organization_id"_s);
    exec(u"UPDATE organizations SET department_count = g.n FROM (SELECT organization_id,"
         " COUNT(*) AS n FROM departments WHERE organization_id"_s
         + in + u" GROUP BY organization_id) g WHERE organizations.id = g.organization_id"_s);
    exec(u"UPDATE organizations SET tree_ready = 1 WHERE id"_s + in);
}

} // namespace

namespace OrganizationBackfill {

qint64 run(Database &db)
{
    QSqlQuery &pending = db.prepare(u"SELECT COUNT(*) FROM organizations WHERE tree_ready = 0"_s);
    db.exec(pending);
    const qint64 count = pending.next() ? pending.value(0).toLongLong() : 0;
    pending.finish();
    if (count == 0)
        return 0;
    QElapsedTimer timer;
    timer.start();
    db.transaction([&] {
        // A million accounts' teams take longer than the server's 30 s per statement.
        if (db.kind() == Database::Kind::PostgreSql)
            db.execDirect(u"SET LOCAL statement_timeout = 0"_s);
        compute(db, u"SELECT id FROM organizations WHERE tree_ready = 0"_s, 0);
    });
    qCInfo(lcOrganizationBackfill)
            << "computed the trees of" << count << "organizations in" << timer.elapsed() << "ms";
    return count;
}

void runFor(Database &db, qint64 organizationId)
{
    db.transaction([&] {
        QSqlQuery &q = db.prepare(u"SELECT tree_ready FROM organizations WHERE id = :o"_s);
        q.bindValue(u":o"_s, organizationId);
        db.exec(q);
        const bool ready = !q.next() || q.value(0).toInt() != 0;
        q.finish();
        if (ready)
            return;
        compute(db, u":o"_s, organizationId);
    });
}

} // namespace OrganizationBackfill
