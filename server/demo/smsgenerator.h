#pragma once

#include "demo/bulkinserter.h"

#include <QList>

class DemoRandom;
struct DemoWorld;

// SMS verification codes (seed 002 §10.2). Attempts for one mobile are
// collected, put in time order and run through the platform's quota — one a
// minute, three in any 60 minutes, five a natural day in China Standard Time —
// so a 'sent' row never breaks it and an impatient user leaves limited_* rows.
class SmsGenerator
{
public:
    SmsGenerator(DemoWorld &world, BulkInserter &accounts);

    void attempt(qint64 at, const char16_t *purpose);
    // Some users try far too often on one day: a burst of attempts.
    void impatientDay(DemoRandom &random, qint64 notBefore);
    // Writes the attempts collected since the last call for this mobile.
    void finish(DemoRandom &random, qint64 accountId, quint64 mobile);
    // Codes requested for numbers with no account yet (registrations).
    void strangers(DemoRandom &random, int count);
    void flush() { m_sends.flush(); }

private:
    struct Attempt
    {
        qint64 at;
        const char16_t *purpose;
    };

    DemoWorld &m_world;
    BulkInserter m_sends;
    QList<Attempt> m_attempts;
    QList<qint64> m_sent;
    qint64 m_nextId = 1;
};
