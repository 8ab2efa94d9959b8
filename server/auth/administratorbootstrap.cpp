#include "administratorbootstrap.h"

#include "auth/passwordhasher.h"
#include "auth/staffdirectory.h"
#include "domain/emailaddress.h"
#include "domain/role.h"
#include "store/auditlog.h"
#include "store/database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

AdministratorBootstrap::AdministratorBootstrap(Database &db, StaffDirectory &staff,
                                               const PasswordHasher &hasher, AuditLog &audit)
    : m_db(db), m_staff(staff), m_hasher(hasher), m_audit(audit)
{ }

bool AdministratorBootstrap::create(const QString &email, const QString &password, QString *error)
{
    const EmailAddressCheck checked = EmailAddress::check(email);
    if (!checked.isValid()) {
        *error = u"\"%1\" is not an email address."_s.arg(email);
        return false;
    }
    if (password.size() < kMinimumPasswordLength) {
        *error = u"The password must have at least %1 characters."_s.arg(kMinimumPasswordLength);
        return false;
    }
    const QString username = checked.normalized.section(u'@', 0, 0);
    if (m_staff.findByLogin(checked.normalized) || m_staff.findByLogin(username)) {
        *error = u"A staff member with the email %1 or the username %2 already exists."_s.arg(
                checked.normalized, username);
        return false;
    }
    // Hashing takes a fraction of a second: outside the write transaction.
    const QString hash = m_hasher.hash(password);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_db.transaction([&] {
        const qint64 org = platformOrganization(now);
        const qint64 id = m_staff.create(username, checked.normalized, username, hash, now);
        m_staff.grant(id, org, Role::Administrator);
        AuditEntry entry;
        entry.platformOrgId = org;
        entry.actorName = u"gatehouse-server --create-administrator"_s;
        entry.actorRole = u"system"_s;
        entry.action = u"staff.create"_s;
        entry.targetType = u"staff"_s;
        entry.targetId = QString::number(id);
        entry.targetName = username;
        entry.after = QJsonObject{{u"username"_s, username}, {u"role"_s, u"administrator"_s}};
        entry.result = u"success"_s;
        m_audit.append(entry);
    });
    return true;
}

qint64 AdministratorBootstrap::platformOrganization(qint64 now)
{
    QSqlQuery &existing = m_db.prepare(u"SELECT id FROM platform_orgs ORDER BY id LIMIT 1"_s);
    m_db.exec(existing);
    if (existing.next()) {
        const qint64 id = existing.value(0).toLongLong();
        existing.finish();
        return id;
    }
    existing.finish();
    QSqlQuery &insert = m_db.prepare(u"INSERT INTO platform_orgs (code, name, name_zh, created_at)"
                                     " VALUES ('platform', 'Platform', '平台', :t) RETURNING id"_s);
    insert.bindValue(u":t"_s, now);
    m_db.exec(insert);
    insert.next();
    const qint64 id = insert.value(0).toLongLong();
    insert.finish();
    return id;
}
