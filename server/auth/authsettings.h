#pragma once

#include <QtGlobal>

// Lifetimes and limits of staff sign-in. ASVS: access tokens short-lived,
// refresh tokens rotated, sessions with idle and absolute limits.
struct AuthSettings
{
    qint64 accessTokenMs = 5 * 60 * 1000;             // 5 minutes
    qint64 sessionIdleMs = 7LL * 24 * 60 * 60 * 1000; // a refresh token lives this long unused
    qint64 sessionAbsoluteMs = 30LL * 24 * 60 * 60 * 1000;
    qint64 selectionTokenMs = 5 * 60 * 1000;
    int failuresBeforeLockout = 5;
    qint64 firstLockoutMs = 60 * 1000; // doubles with each lockout
    qint64 maxLockoutMs = 60 * 60 * 1000;
};

// The wait after the n-th consecutive lockout (n >= 1): 1, 2, 4 … minutes, capped.
inline qint64 lockoutDuration(const AuthSettings &s, int lockoutNumber)
{
    qint64 wait = s.firstLockoutMs;
    for (int i = 1; i < lockoutNumber && wait < s.maxLockoutMs; ++i)
        wait *= 2;
    return qMin(wait, s.maxLockoutMs);
}
