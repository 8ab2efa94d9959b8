#pragma once

#include "auth/authsettings.h"

#include <QString>

#include <optional>

class Database;

struct IssuedTokens
{
    QString accessToken;
    qint64 accessExpiresAt = 0;
    QString refreshToken;
    qint64 refreshExpiresAt = 0;
};

// What a token digest leads to: the token, its session, its staff member.
struct TokenLookup
{
    qint64 tokenExpiresAt = 0;
    qint64 usedAt = 0;
    qint64 sessionId = 0;
    qint64 staffId = 0;
    qint64 platformOrgId = 0;
    qint64 sessionRevokedAt = 0;
    qint64 sessionExpiresAt = 0;
    QString staffName;
    QString username;
    QString staffStatus;
};

// Sessions (token families) and their access and refresh tokens.
class SessionStore
{
public:
    SessionStore(Database &db, const AuthSettings &settings);

    qint64 createSession(qint64 staffId, qint64 platformOrgId, qint64 now);
    IssuedTokens issueTokens(qint64 sessionId, qint64 now);
    std::optional<TokenLookup> lookup(const QString &token, const QString &kind);
    // Marks a refresh token used; false if it was already used (a reuse).
    bool markUsed(const QString &token, qint64 now);
    void touch(qint64 sessionId, qint64 now);
    void revokeSession(qint64 sessionId, qint64 now, const QString &reason);
    void revokeAllForStaff(qint64 staffId, qint64 now, const QString &reason);

    QString createSelection(qint64 staffId, qint64 now);
    // The staff member a selection token was issued to; nullopt if unknown, used or expired.
    std::optional<qint64> consumeSelection(const QString &token, qint64 now);

private:
    Database &m_db;
    const AuthSettings &m_settings;
};
