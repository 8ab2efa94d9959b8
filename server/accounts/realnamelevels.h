#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

class Database;

// Real-name levels across a platform organization (seed 002): how many
// accounts hold level 3 and level 4, how many may take part in business
// registration, and the records themselves, newest verification first, paged
// by keyset and filtered by level, eligibility and verification time. Counts
// and pages come from one index on (organization, level, verified_at) that
// also holds what eligibility needs, so no account row is read to count.
class RealnameLevels
{
public:
    static constexpr int kCountCap = 10000;
    static constexpr int kMaxLimit = 500;

    explicit RealnameLevels(Database &db);

    QJsonObject counts(qint64 orgId, qint64 now);

    struct Filter
    {
        int level = 0; // 0: any
        std::optional<bool> eligible;
        qint64 verifiedFrom = 0; // inclusive, ms; 0: open
        qint64 verifiedTo = 0;   // exclusive, ms; 0: open
        int limit = 50;
        QString cursor;
    };
    // false when the cursor is not one this list gave out.
    bool list(qint64 orgId, const Filter &filter, qint64 now, QJsonObject *page);

private:
    Database &m_db;
};
