#pragma once

#include "demo/bulkinserter.h"

class DemoRandom;
class SmsGenerator;
struct DemoAccount;
struct DemoWorld;

// Login methods of an account (seed 000 §3.1, 002 §3), as bits.
enum DemoLoginMethod : quint8 {
    LoginPassword = 1,
    LoginSms = 2,
    LoginSso = 4,
    LoginFace = 8,
};

// Recent sign-ins and the sessions they opened: a few successful sign-ins by
// the account's own methods, a mistyped password now and then, the failures
// that led to a lockout, and open sessions for whoever signed in lately.
class SignInGenerator
{
public:
    SignInGenerator(DemoWorld &world, BulkInserter &accounts);

    // When the successful sign-ins happened, oldest first; drawn before the
    // account row is written because the row carries the last of them.
    struct Plan
    {
        QList<qint64> times;
        qint64 lockedAt = 0;           // 0: not locked
        bool lockedByFailures = false; // five wrong passwords, which appear as sign-ins
        qint64 lastSignInAt() const { return times.isEmpty() ? 0 : times.last(); }
    };
    Plan plan(DemoRandom &random, const DemoAccount &account, qint64 lockedAt,
              bool lockedByFailures) const;
    void write(DemoRandom &random, qint64 accountId, const DemoAccount &account, quint8 methods,
               const Plan &plan, SmsGenerator &sms);
    void flush();

private:
    QString ip(DemoRandom &random, int platformOrg) const;

    DemoWorld &m_world;
    BulkInserter m_signIns;
    BulkInserter m_sessions;
    qint64 m_nextSignInId = 1;
    qint64 m_nextSessionId = 1;
};
