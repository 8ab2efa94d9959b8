#include "organizations/organizationbackfill.h"

#include "store/database.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOrganizationBackfill, "gatehouse.server.organizations")

namespace {

// scope: a condition on a departments row's organization_id (":o" bound when it has one).
void computeTrees(Database &db, const QString &scope, qint64 organizationId)
{
    const auto exec = [&](const QString &sql) {
        QSqlQuery &q = db.prepare(sql);
        if (sql.contains(u":o"_s))
            q.bindValue(u":o"_s, organizationId);
        db.exec(q);
    };
    const QString departmentScope = QString(scope).replace(u"{t}"_s, u"departments"_s);
    // Paths from the top level down; a department whose chain never reaches the
    // top level (which the server's edits cannot make) keeps an empty path.
    exec(u"WITH RECURSIVE tree(id, organization_id, path, depth) AS ("
         " SELECT d.id, d.organization_id, '/' || d.id || '/', 1 FROM departments d"
         " WHERE d.parent_id IS NULL AND "_s
         + QString(scope).replace(u"{t}"_s, u"d"_s)
         + u" UNION ALL SELECT c.id, c.organization_id, tree.path || c.id || '/', tree.depth + 1"
           " FROM tree JOIN departments c ON c.organization_id = tree.organization_id"
           " AND c.parent_id = tree.id)"
           " UPDATE departments SET path = tree.path, depth = tree.depth FROM tree"
           " WHERE departments.id = tree.id"_s);
    exec(u"UPDATE departments SET direct_members = (SELECT COUNT(*) FROM organization_members m"
         " WHERE m.department_id = departments.id), child_departments = (SELECT COUNT(*)"
         " FROM departments c WHERE c.organization_id = departments.organization_id"
         " AND c.parent_id = departments.id) WHERE "_s
         + departmentScope);
    exec(u"UPDATE departments SET total_members = (SELECT COALESCE(SUM(s.direct_members), 0)"
         " FROM departments s WHERE s.organization_id = departments.organization_id"
         " AND s.path >= departments.path"
         " AND s.path < substr(departments.path, 1, length(departments.path) - 1) || '0')"
         " WHERE path <> '' AND "_s
         + departmentScope);
}

void computeOrganizations(Database &db, const QString &where, qint64 organizationId)
{
    QSqlQuery &q = db.prepare(
            u"UPDATE organizations SET member_count = (SELECT COUNT(*) FROM organization_members m"
            " WHERE m.organization_id = organizations.id), department_count = (SELECT COUNT(*)"
            " FROM departments d WHERE d.organization_id = organizations.id), tree_ready = 1"
            " WHERE "_s
            + where);
    if (where.contains(u":o"_s))
        q.bindValue(u":o"_s, organizationId);
    db.exec(q);
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
        computeTrees(
                db, u"{t}.organization_id IN (SELECT id FROM organizations WHERE tree_ready = 0)"_s,
                0);
        computeOrganizations(db, u"tree_ready = 0"_s, 0);
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
        computeTrees(db, u"{t}.organization_id = :o"_s, organizationId);
        computeOrganizations(db, u"id = :o"_s, organizationId);
    });
}

} // namespace OrganizationBackfill
