#pragma once

#include "demo/bulkinserter.h"

#include <QDate>

class DemoRandom;
struct DemoAccount;
struct DemoWorld;

// Real-name records (seed 002) and their history. A record holds the card the
// person holds at the demo's anchor: the card chain starts at 16 and renews at
// expiry (10 years until 25, 20 until 45, long-term from 46), so validity and
// age always agree. History: the four-element check (→ 3), the face scan
// (3 → 4), and a re-check after a card renewal, in time order.
class RealnameGenerator
{
public:
    RealnameGenerator(DemoWorld &world, BulkInserter &accounts);

    // The level written for the account (3 or 4), or 0 when it gets no record.
    int generate(DemoRandom &random, qint64 accountId, const DemoAccount &account);
    void flush();

    // A resident ID number valid under GB 11643 for the region, birth date and sex.
    static QString idNumber(DemoRandom &random, int regionCode, QDate birth, bool male);

private:
    DemoWorld &m_world;
    QDate m_anchorDate;
    BulkInserter m_records;
    BulkInserter m_history;
    qint64 m_nextHistoryId = 1;
};
