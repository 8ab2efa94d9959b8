#include "organizations/deleteddepartments.h"

#include "store/database.h"

using namespace Qt::StringLiterals;

namespace {

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// "= :at", or "IS NULL" for the top level: PostgreSQL has no "IS :value".
QString placeIs(const QString &column, qint64 id)
{
    return id ? column + u" = :at"_s : column + u" IS NULL"_s;
}

// A place column and the column naming the tombstone it waits for.
const QString kPlaces[][2] = {{u"parent_id"_s, u"parent_deleted_id"_s},
                              {u"moved_to"_s, u"moved_to_deleted_id"_s}};

} // namespace

DeletedDepartments::DeletedDepartments(Database &db, qint64 organizationId)
    : m_db(db), m_organizationId(organizationId)
{ }

qint64 DeletedDepartments::record(const Tombstone &department, qint64 now)
{
    // Older ones go first; those waiting for them keep an id no new tombstone
    // takes (a newer one holds a higher id).
    for (const QString &sql :
         {u"DELETE FROM deleted_department_contents WHERE deleted_department_id IN"
          " (SELECT id FROM deleted_departments WHERE organization_id = :o AND deleted_at < :c)"_s,
          u"DELETE FROM deleted_departments WHERE organization_id = :o AND deleted_at < :c"_s}) {
        QSqlQuery &q = m_db.prepare(sql);
        q.bindValue(u":o"_s, m_organizationId);
        q.bindValue(u":c"_s, now - kKeptMs);
        m_db.exec(q);
    }

    QSqlQuery &q = m_db.prepare(
            u"INSERT INTO deleted_departments (organization_id, department_id, parent_id, name,"
            " sort_key, moved_to, deleted_at) VALUES (:o, :d, :p, :n, :s, :m, :t) RETURNING id"_s);
    q.bindValue(u":o"_s, m_organizationId);
    q.bindValue(u":d"_s, department.departmentId);
    q.bindValue(u":p"_s, idOrNull(department.parentId));
    q.bindValue(u":n"_s, department.name);
    q.bindValue(u":s"_s, department.sortKey);
    q.bindValue(u":m"_s, idOrNull(department.movedTo));
    q.bindValue(u":t"_s, now);
    m_db.exec(q);
    q.next();
    const qint64 tombstone = q.value(0).toLongLong();
    q.finish();
    const QString contents[][2] = {
            {u"member"_s,
             u"SELECT id FROM organization_members"
             " WHERE organization_id = :o AND department_id = :d"_s},
            {u"department"_s,
             u"SELECT id FROM departments WHERE organization_id = :o AND parent_id = :d"_s},
    };
    for (const auto &[type, select] : contents) {
        QSqlQuery &c = m_db.prepare(u"INSERT INTO deleted_department_contents"
                                    " (deleted_department_id, node_type, node_id) SELECT :t, '"_s
                                    + type + u"', id FROM ("_s + select + u") AS contents"_s);
        c.bindValue(u":t"_s, tombstone);
        c.bindValue(u":o"_s, m_organizationId);
        c.bindValue(u":d"_s, department.departmentId);
        m_db.exec(c);
    }
    for (const auto &[place, waiting] : kPlaces)
        waitFor(place, waiting, department.departmentId, tombstone);
    forgetNode(u"department"_s, department.departmentId);
    return tombstone;
}

std::optional<DeletedDepartments::Tombstone> DeletedDepartments::find(qint64 tombstoneId)
{
    QSqlQuery &q = m_db.prepare(
            u"SELECT department_id, parent_id, parent_deleted_id, name, sort_key, moved_to,"
            " moved_to_deleted_id FROM deleted_departments WHERE id = :t AND organization_id = :o"_s);
    q.bindValue(u":t"_s, tombstoneId);
    q.bindValue(u":o"_s, m_organizationId);
    m_db.exec(q);
    std::optional<Tombstone> found;
    if (q.next()) {
        Tombstone t;
        t.id = tombstoneId;
        t.departmentId = q.value(0).toLongLong();
        t.parentId = q.value(1).toLongLong();
        t.parentGone = !q.value(2).isNull();
        t.name = q.value(3).toString();
        t.sortKey = q.value(4).toInt();
        t.movedTo = q.value(5).toLongLong();
        t.contentsGone = !q.value(6).isNull();
        found = t;
    }
    q.finish();
    return found;
}

QList<DeletedDepartments::Returning> DeletedDepartments::returnMembers(const Tombstone &tombstone,
                                                                       qint64 departmentId)
{
    QSqlQuery &q = stillWhereTheDeletePutThem(
            u"UPDATE organization_members SET department_id = :to, version = version + 1"_s,
            u"department_id"_s, u"member"_s, u"RETURNING id, version"_s, tombstone);
    q.bindValue(u":to"_s, departmentId);
    m_db.exec(q);
    QList<Returning> returned;
    while (q.next())
        returned.append({q.value(0).toLongLong(), q.value(1).toInt(), {}, 0});
    q.finish();
    return returned;
}

QList<DeletedDepartments::Returning>
DeletedDepartments::departmentsToReturn(const Tombstone &tombstone)
{
    QSqlQuery &q = stillWhereTheDeletePutThem(
            u"SELECT id, version + 1, path, total_members FROM departments"_s, u"parent_id"_s,
            u"department"_s, u"ORDER BY id"_s, tombstone);
    m_db.exec(q);
    QList<Returning> returning;
    while (q.next())
        returning.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(),
                          q.value(3).toLongLong()});
    q.finish();
    return returning;
}

QSqlQuery &DeletedDepartments::stillWhereTheDeletePutThem(const QString &statement,
                                                          const QString &placeColumn,
                                                          const QString &nodeType,
                                                          const QString &tail,
                                                          const Tombstone &tombstone)
{
    QSqlQuery &q = m_db.prepare(statement + u" WHERE organization_id = :o AND "_s
                                + placeIs(placeColumn, tombstone.movedTo)
                                + u" AND id IN (SELECT node_id FROM deleted_department_contents"
                                  " WHERE deleted_department_id = :t AND node_type = '"_s
                                + nodeType + u"') "_s + tail);
    q.bindValue(u":o"_s, m_organizationId);
    if (tombstone.movedTo)
        q.bindValue(u":at"_s, tombstone.movedTo);
    q.bindValue(u":t"_s, tombstone.id);
    return q;
}

void DeletedDepartments::restored(const Tombstone &tombstone, qint64 departmentId)
{
    for (const auto &[place, waiting] : kPlaces)
        stopWaiting(place, waiting, tombstone.id, departmentId);
    forget(tombstone.id);
}

void DeletedDepartments::forgetMember(qint64 memberId)
{
    forgetNode(u"member"_s, memberId);
}

void DeletedDepartments::forget(qint64 tombstoneId)
{
    for (const QString &sql :
         {u"DELETE FROM deleted_department_contents WHERE deleted_department_id = :t"_s,
          u"DELETE FROM deleted_departments WHERE id = :t"_s}) {
        QSqlQuery &q = m_db.prepare(sql);
        q.bindValue(u":t"_s, tombstoneId);
        m_db.exec(q);
    }
}

void DeletedDepartments::forgetNode(const QString &type, qint64 id)
{
    QSqlQuery &q = m_db.prepare(
            u"DELETE FROM deleted_department_contents WHERE node_type = :type AND node_id = :id"_s);
    q.bindValue(u":type"_s, type);
    q.bindValue(u":id"_s, id);
    m_db.exec(q);
}

void DeletedDepartments::waitFor(const QString &place, const QString &waiting, qint64 departmentId,
                                 qint64 tombstoneId)
{
    QSqlQuery &q = m_db.prepare(u"UPDATE deleted_departments SET "_s + waiting + u" = :t, "_s
                                + place + u" = NULL WHERE organization_id = :o AND "_s + place
                                + u" = :d AND id <> :self"_s);
    q.bindValue(u":t"_s, tombstoneId);
    q.bindValue(u":self"_s, tombstoneId);
    q.bindValue(u":o"_s, m_organizationId);
    q.bindValue(u":d"_s, departmentId);
    m_db.exec(q);
}

void DeletedDepartments::stopWaiting(const QString &place, const QString &waiting,
                                     qint64 tombstoneId, qint64 departmentId)
{
    QSqlQuery &q = m_db.prepare(u"UPDATE deleted_departments SET "_s + place + u" = :d, "_s
                                + waiting + u" = NULL WHERE "_s + waiting + u" = :t"_s);
    q.bindValue(u":d"_s, departmentId);
    q.bindValue(u":t"_s, tombstoneId);
    m_db.exec(q);
}
