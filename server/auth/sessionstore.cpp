#include "auth/sessionstore.h"

#include "auth/tokens.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

SessionStore::SessionStore(Database &db, const AuthSettings &settings)
    : m_db(db), m_settings(settings)
{ }

qint64 SessionStore::createSession(qint64 staffId, qint64 platformOrgId, qint64 now)
{
    QSqlQuery &q = m_db.prepare(u"INSERT INTO auth_sessions (staff_id, platform_org_id, "
                                u"created_at, last_used_at, expires_at)"
                                " VALUES (:s, :o, :now, :now2, :exp) RETURNING id"_s);
    q.bindValue(u":s"_s, staffId);
    q.bindValue(u":o"_s, platformOrgId);
    q.bindValue(u":now"_s, now);
    q.bindValue(u":now2"_s, now);
    q.bindValue(u":exp"_s, now + m_settings.sessionAbsoluteMs);
    m_db.exec(q);
    q.next();
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

IssuedTokens SessionStore::issueTokens(qint64 sessionId, qint64 now)
{
    QSqlQuery &s = m_db.prepare(u"SELECT expires_at FROM auth_sessions WHERE id = :id"_s);
    s.bindValue(u":id"_s, sessionId);
    m_db.exec(s);
    const qint64 sessionEnd = s.next() ? s.value(0).toLongLong() : now;
    s.finish();

    IssuedTokens t;
    t.accessToken = Tokens::generate(Tokens::kAccessPrefix);
    t.accessExpiresAt = std::min(now + m_settings.accessTokenMs, sessionEnd);
    t.refreshToken = Tokens::generate(Tokens::kRefreshPrefix);
    t.refreshExpiresAt = std::min(now + m_settings.sessionIdleMs, sessionEnd);

    // Older access tokens of this session stop working at once.
    QSqlQuery &d =
            m_db.prepare(u"DELETE FROM auth_tokens WHERE session_id = :id AND kind = 'access'"_s);
    d.bindValue(u":id"_s, sessionId);
    m_db.exec(d);

    QSqlQuery &q = m_db.prepare(
            u"INSERT INTO auth_tokens (token_hash, session_id, kind, issued_at, expires_at)"
            " VALUES (:h, :s, :k, :i, :e)"_s);
    const auto insert = [&](const QString &token, const QString &kind, qint64 expires) {
        q.bindValue(u":h"_s, Tokens::digest(token));
        q.bindValue(u":s"_s, sessionId);
        q.bindValue(u":k"_s, kind);
        q.bindValue(u":i"_s, now);
        q.bindValue(u":e"_s, expires);
        m_db.exec(q);
    };
    insert(t.accessToken, u"access"_s, t.accessExpiresAt);
    insert(t.refreshToken, u"refresh"_s, t.refreshExpiresAt);
    return t;
}

std::optional<TokenLookup> SessionStore::lookup(const QString &token, const QString &kind)
{
    QSqlQuery &q = m_db.prepare(
            u"SELECT t.expires_at, t.used_at, s.id, s.staff_id, s.platform_org_id, s.revoked_at,"
            " s.expires_at, st.display_name, st.username, st.status FROM auth_tokens t"
            " JOIN auth_sessions s ON s.id = t.session_id JOIN staff st ON st.id = s.staff_id"
            " WHERE t.token_hash = :h AND t.kind = :k"_s);
    q.bindValue(u":h"_s, Tokens::digest(token));
    q.bindValue(u":k"_s, kind);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    TokenLookup l;
    l.tokenExpiresAt = q.value(0).toLongLong();
    l.usedAt = q.value(1).toLongLong();
    l.sessionId = q.value(2).toLongLong();
    l.staffId = q.value(3).toLongLong();
    l.platformOrgId = q.value(4).toLongLong();
    l.sessionRevokedAt = q.value(5).toLongLong();
    l.sessionExpiresAt = q.value(6).toLongLong();
    l.staffName = q.value(7).toString();
    l.username = q.value(8).toString();
    l.staffStatus = q.value(9).toString();
    q.finish();
    return l;
}

bool SessionStore::markUsed(const QString &token, qint64 now)
{
    QSqlQuery &q = m_db.prepare(
            u"UPDATE auth_tokens SET used_at = :now WHERE token_hash = :h AND used_at IS NULL"_s);
    q.bindValue(u":now"_s, now);
    q.bindValue(u":h"_s, Tokens::digest(token));
    m_db.exec(q);
    return q.numRowsAffected() == 1;
}

void SessionStore::touch(qint64 sessionId, qint64 now)
{
    QSqlQuery &q = m_db.prepare(u"UPDATE auth_sessions SET last_used_at = :now WHERE id = :id"_s);
    q.bindValue(u":now"_s, now);
    q.bindValue(u":id"_s, sessionId);
    m_db.exec(q);
}

void SessionStore::revokeSession(qint64 sessionId, qint64 now, const QString &reason)
{
    QSqlQuery &q = m_db.prepare(u"UPDATE auth_sessions SET revoked_at = :now, revoke_reason = :r"
                                " WHERE id = :id AND revoked_at IS NULL"_s);
    q.bindValue(u":now"_s, now);
    q.bindValue(u":r"_s, reason);
    q.bindValue(u":id"_s, sessionId);
    m_db.exec(q);
    QSqlQuery &d =
            m_db.prepare(u"DELETE FROM auth_tokens WHERE session_id = :id AND kind = 'access'"_s);
    d.bindValue(u":id"_s, sessionId);
    m_db.exec(d);
}

void SessionStore::revokeAllForStaff(qint64 staffId, qint64 now, const QString &reason)
{
    QSqlQuery &q = m_db.prepare(
            u"SELECT id FROM auth_sessions WHERE staff_id = :s AND revoked_at IS NULL"_s);
    q.bindValue(u":s"_s, staffId);
    m_db.exec(q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    for (qint64 id : std::as_const(ids))
        revokeSession(id, now, reason);
}

QString SessionStore::createSelection(qint64 staffId, qint64 now)
{
    const QString token = Tokens::generate(Tokens::kSelectionPrefix);
    QSqlQuery &q = m_db.prepare(
            u"INSERT INTO auth_selections (token_hash, staff_id, expires_at) VALUES (:h, :s, :e)"_s);
    q.bindValue(u":h"_s, Tokens::digest(token));
    q.bindValue(u":s"_s, staffId);
    q.bindValue(u":e"_s, now + m_settings.selectionTokenMs);
    m_db.exec(q);
    return token;
}

std::optional<qint64> SessionStore::consumeSelection(const QString &token, qint64 now)
{
    QSqlQuery &q = m_db.prepare(
            u"UPDATE auth_selections SET used_at = :now WHERE token_hash = :h AND used_at IS NULL"
            " AND expires_at > :now2 RETURNING staff_id"_s);
    q.bindValue(u":now"_s, now);
    q.bindValue(u":h"_s, Tokens::digest(token));
    q.bindValue(u":now2"_s, now);
    m_db.exec(q);
    if (!q.next())
        return std::nullopt;
    const qint64 staffId = q.value(0).toLongLong();
    q.finish();
    return staffId;
}
