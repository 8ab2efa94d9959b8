#include "auth/staffdirectory.h"

#include "store/database.h"

using namespace Qt::StringLiterals;

namespace {

const QString kStaffColumns = u"id, username, email, display_name, password_hash, status,"
                              " failed_sign_ins, lockouts, locked_until, version"_s;

StaffRecord staffFrom(const QSqlQuery &q)
{
    StaffRecord s;
    s.id = q.value(0).toLongLong();
    s.username = q.value(1).toString();
    s.email = q.value(2).toString();
    s.displayName = q.value(3).toString();
    s.passwordHash = q.value(4).toString();
    s.status = q.value(5).toString();
    s.failedSignIns = q.value(6).toInt();
    s.lockouts = q.value(7).toInt();
    s.lockedUntil = q.value(8).toLongLong();
    s.version = q.value(9).toInt();
    return s;
}

} // namespace

StaffDirectory::StaffDirectory(Database &db) : m_db(db) { }

std::optional<StaffRecord> StaffDirectory::findByLogin(const QString &login)
{
    QSqlQuery &q = m_db.prepare(
            u"SELECT "_s + kStaffColumns
            + u" FROM staff WHERE lower(username) = lower(:u) OR lower(email) = lower(:e)"_s);
    q.bindValue(u":u"_s, login);
    q.bindValue(u":e"_s, login);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    StaffRecord s = staffFrom(q);
    q.finish();
    return s;
}

std::optional<StaffRecord> StaffDirectory::findById(qint64 id)
{
    QSqlQuery &q = m_db.prepare(u"SELECT "_s + kStaffColumns + u" FROM staff WHERE id = :id"_s);
    q.bindValue(u":id"_s, id);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    StaffRecord s = staffFrom(q);
    q.finish();
    return s;
}

QList<PlatformOrganization> StaffDirectory::memberships(qint64 staffId)
{
    QSqlQuery &q = m_db.prepare(
            u"SELECT o.id, o.code, o.name, o.name_zh, r.role FROM staff_roles r"
            " JOIN platform_orgs o ON o.id = r.platform_org_id WHERE r.staff_id = :id ORDER BY o.id"_s);
    q.bindValue(u":id"_s, staffId);
    m_db.exec(q);
    QList<PlatformOrganization> list;
    while (q.next()) {
        const qint64 orgId = q.value(0).toLongLong();
        if (list.isEmpty() || list.last().id != orgId) {
            PlatformOrganization o;
            o.id = orgId;
            o.code = q.value(1).toString();
            o.name = q.value(2).toString();
            o.nameZh = q.value(3).toString();
            list.append(o);
        }
        Role role;
        if (Roles::fromCode(q.value(4).toString(), &role))
            list.last().roles.insert(role);
    }
    q.finish();
    return list;
}

RoleSet StaffDirectory::roles(qint64 staffId, qint64 platformOrgId)
{
    QSqlQuery &q = m_db.prepare(
            u"SELECT role FROM staff_roles WHERE staff_id = :s AND platform_org_id = :o"_s);
    q.bindValue(u":s"_s, staffId);
    q.bindValue(u":o"_s, platformOrgId);
    m_db.exec(q);
    RoleSet set;
    while (q.next()) {
        Role role;
        if (Roles::fromCode(q.value(0).toString(), &role))
            set.insert(role);
    }
    q.finish();
    return set;
}

bool StaffDirectory::isMember(qint64 staffId, qint64 platformOrgId)
{
    return !roles(staffId, platformOrgId).isEmpty();
}

QList<StaffRecord> StaffDirectory::listForOrganization(qint64 platformOrgId)
{
    QSqlQuery &q = m_db.prepare(u"SELECT DISTINCT "_s + kStaffColumns
                                + u" FROM staff WHERE id IN (SELECT staff_id FROM staff_roles"
                                  " WHERE platform_org_id = :o) ORDER BY username"_s);
    q.bindValue(u":o"_s, platformOrgId);
    m_db.exec(q);
    QList<StaffRecord> list;
    while (q.next())
        list.append(staffFrom(q));
    q.finish();
    return list;
}

void StaffDirectory::recordFailure(const StaffRecord &s)
{
    QSqlQuery &q =
            m_db.prepare(u"UPDATE staff SET failed_sign_ins = :f, lockouts = :l, locked_until = :u,"
                         " version = version + 1 WHERE id = :id"_s);
    q.bindValue(u":f"_s, s.failedSignIns);
    q.bindValue(u":l"_s, s.lockouts);
    q.bindValue(u":u"_s, s.lockedUntil ? QVariant(s.lockedUntil) : QVariant());
    q.bindValue(u":id"_s, s.id);
    m_db.exec(q);
}

void StaffDirectory::recordSuccess(qint64 staffId)
{
    QSqlQuery &q = m_db.prepare(
            u"UPDATE staff SET failed_sign_ins = 0, lockouts = 0, locked_until = NULL,"
            " version = version + 1 WHERE id = :id AND (failed_sign_ins <> 0 OR lockouts <> 0"
            " OR locked_until IS NOT NULL)"_s);
    q.bindValue(u":id"_s, staffId);
    m_db.exec(q);
}

bool StaffDirectory::unlock(qint64 staffId, int expectedVersion)
{
    QSqlQuery &q =
            m_db.prepare(u"UPDATE staff SET failed_sign_ins = 0, lockouts = 0, locked_until = NULL,"
                         " version = version + 1 WHERE id = :id AND version = :v"_s);
    q.bindValue(u":id"_s, staffId);
    q.bindValue(u":v"_s, expectedVersion);
    m_db.exec(q);
    return q.numRowsAffected() == 1;
}

qint64 StaffDirectory::create(const QString &username, const QString &email,
                              const QString &displayName, const QString &passwordHash,
                              qint64 createdAt)
{
    QSqlQuery &q = m_db.prepare(
            u"INSERT INTO staff (username, email, display_name, password_hash, created_at)"
            " VALUES (:u, :e, :d, :p, :c) RETURNING id"_s);
    q.bindValue(u":u"_s, username);
    q.bindValue(u":e"_s, email);
    q.bindValue(u":d"_s, displayName);
    q.bindValue(u":p"_s, passwordHash);
    q.bindValue(u":c"_s, createdAt);
    m_db.exec(q);
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

void StaffDirectory::grant(qint64 staffId, qint64 platformOrgId, Role role)
{
    QSqlQuery &q = m_db.prepare(
            u"INSERT INTO staff_roles (staff_id, platform_org_id, role) VALUES (:s, :o, :r)"
            " ON CONFLICT DO NOTHING"_s);
    q.bindValue(u":s"_s, staffId);
    q.bindValue(u":o"_s, platformOrgId);
    q.bindValue(u":r"_s, Roles::code(role));
    m_db.exec(q);
}
