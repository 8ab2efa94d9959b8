#include "accounts/accountstore.h"

#include "domain/personaldatamask.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

namespace {

QString maskedOrEmpty(const QString &value, QString (*mask)(QStringView))
{
    return value.isEmpty() ? QString() : mask(value);
}

} // namespace

QString AccountCore::targetName() const
{
    if (username.isEmpty())
        return displayName;
    return displayName + u" ("_s + username + u')';
}

AccountSummary AccountCore::toSummary(const QString &matched) const
{
    AccountSummary s;
    s.id = id;
    s.username = username;
    s.displayName = displayName;
    s.nameLatin = nameLatin;
    s.email = maskedOrEmpty(email, &PersonalDataMask::email);
    s.mobile = maskedOrEmpty(mobile, &PersonalDataMask::mobile);
    s.idNumber = maskedOrEmpty(idNumber, &PersonalDataMask::residentId);
    s.status = status;
    s.accountType = accountType;
    s.realnameLevel = realnameLevel;
    s.createdAt = createdAt;
    s.version = version;
    s.matched = matched;
    return s;
}

AccountStore::AccountStore(Database &db) : m_db(db) { }

QString AccountStore::summaryColumns()
{
    return u"a.id, a.username, a.display_name, a.name_latin, a.email, a.mobile, r.id_number,"
           " a.status, a.account_type, r.level, a.created_at, a.version"_s;
}

AccountSummary AccountStore::summaryFrom(const QSqlQuery &q, int c)
{
    AccountSummary s;
    s.id = q.value(c).toLongLong();
    s.username = q.value(c + 1).toString();
    s.displayName = q.value(c + 2).toString();
    s.nameLatin = q.value(c + 3).toString();
    s.email = maskedOrEmpty(q.value(c + 4).toString(), &PersonalDataMask::email);
    s.mobile = maskedOrEmpty(q.value(c + 5).toString(), &PersonalDataMask::mobile);
    s.idNumber = maskedOrEmpty(q.value(c + 6).toString(), &PersonalDataMask::residentId);
    s.status = q.value(c + 7).toString();
    s.accountType = q.value(c + 8).toString();
    s.realnameLevel = q.value(c + 9).toInt();
    s.createdAt = q.value(c + 10).toLongLong();
    s.version = q.value(c + 11).toInt();
    return s;
}

std::optional<AccountCore> AccountStore::find(qint64 orgId, qint64 id)
{
    QSqlQuery &q = m_db.prepare(
            u"SELECT a.id, a.platform_org_id, a.username, a.email, a.mobile, a.display_name,"
            " a.name_latin, a.account_type, a.status, a.locked_until, a.lock_reason,"
            " a.disabled_reason, a.password_set, a.must_change_password, a.created_by_agent,"
            " a.created_at, a.activated_at, a.last_sign_in_at, a.preferred_language,"
            " a.password_reset_at, a.password_reset_expires_at,"
            " a.password_reset_token_hash IS NOT NULL, a.activation_sent_at, a.version,"
            " r.level, r.id_number"
            " FROM accounts a LEFT JOIN realname_records r ON r.account_id = a.id"
            " WHERE a.id = :id AND a.platform_org_id = :org"_s);
    q.bindValue(u":id"_s, id);
    q.bindValue(u":org"_s, orgId);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    AccountCore a;
    a.id = q.value(0).toLongLong();
    a.platformOrgId = q.value(1).toLongLong();
    a.username = q.value(2).toString();
    a.email = q.value(3).toString();
    a.mobile = q.value(4).toString();
    a.displayName = q.value(5).toString();
    a.nameLatin = q.value(6).toString();
    a.accountType = q.value(7).toString();
    a.status = q.value(8).toString();
    a.lockedUntil = q.value(9).toLongLong();
    a.lockReason = q.value(10).toString();
    a.disabledReason = q.value(11).toString();
    a.passwordSet = q.value(12).toInt() != 0;
    a.mustChangePassword = q.value(13).toInt() != 0;
    a.createdByAgent = q.value(14).toInt() != 0;
    a.createdAt = q.value(15).toLongLong();
    a.activatedAt = q.value(16).toLongLong();
    a.lastSignInAt = q.value(17).toLongLong();
    a.preferredLanguage = q.value(18).toString();
    a.passwordResetAt = q.value(19).toLongLong();
    a.passwordResetExpiresAt = q.value(20).toLongLong();
    a.resetLinkPending = q.value(21).toBool();
    a.activationSentAt = q.value(22).toLongLong();
    a.version = q.value(23).toInt();
    a.realnameLevel = q.value(24).toInt();
    a.idNumber = q.value(25).toString();
    q.finish();
    return a;
}

bool AccountStore::updateAtVersion(qint64 orgId, qint64 id, int version, const QString &assignments,
                                   const QVariantMap &binds)
{
    const QString set = assignments.isEmpty() ? QString() : QString(assignments + u", "_s);
    QSqlQuery &q = m_db.prepare(u"UPDATE accounts SET "_s + set
                                + u"version = version + 1 WHERE id = :id AND platform_org_id ="
                                  " :org AND version = :version"_s);
    for (auto it = binds.begin(); it != binds.end(); ++it)
        q.bindValue(it.key(), it.value());
    q.bindValue(u":id"_s, id);
    q.bindValue(u":org"_s, orgId);
    q.bindValue(u":version"_s, version);
    m_db.exec(q);
    return q.numRowsAffected() == 1;
}

int AccountStore::endSessions(qint64 accountId, qint64 now)
{
    QSqlQuery &q = m_db.prepare(u"UPDATE account_sessions SET ended_at = :now"
                                " WHERE account_id = :id AND ended_at IS NULL"_s);
    q.bindValue(u":now"_s, now);
    q.bindValue(u":id"_s, accountId);
    m_db.exec(q);
    return q.numRowsAffected();
}

int AccountStore::openSessions(qint64 accountId)
{
    QSqlQuery &q = m_db.prepare(
            u"SELECT COUNT(*) FROM account_sessions WHERE account_id = :id AND ended_at IS NULL"_s);
    q.bindValue(u":id"_s, accountId);
    m_db.exec(q);
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return n;
}

void AccountStore::lockRow(qint64 id)
{
    // SQLite's BEGIN IMMEDIATE already serialises writers.
    if (m_db.kind() != Database::Kind::PostgreSql)
        return;
    QSqlQuery &q = m_db.prepare(u"SELECT id FROM accounts WHERE id = :id FOR UPDATE"_s);
    q.bindValue(u":id"_s, id);
    m_db.exec(q);
    q.finish();
}
