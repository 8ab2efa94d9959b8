#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

// What the real-name levels pane asks GET /api/v1/realname/records for. The
// server filters and pages by cursor (newest verification first; it offers no
// other order). Days are the console's local days, from the start of
// verifiedFrom up to the end of verifiedTo.
struct RealnameQuery
{
    enum class Eligibility { Any, Eligible, NotEligible };

    int level = 0; // 3 or 4; 0: any
    Eligibility eligibility = Eligibility::Any;
    QDate verifiedFrom; // null: open
    QDate verifiedTo;   // null: open; inclusive
    int pageSize = 100;

    bool operator==(const RealnameQuery &other) const = default;
    bool hasDateRange() const { return verifiedFrom.isValid() || verifiedTo.isValid(); }
    // Only level 4 is ever eligible: level 3 and eligible names no record. (The
    // server reads eligible=true as level 4 whatever level says, so this is
    // never sent.)
    bool canMatch() const { return !(level == 3 && eligibility == Eligibility::Eligible); }
    QUrlQuery toUrlQuery(const QString &cursor) const;
    // Names the first page of this query in the offline cache.
    QString cacheKey() const;
};

// One page of records as the model receives it, from the server or, offline,
// from the cache.
struct RealnamePage
{
    bool ok = false;
    QJsonArray items;
    QString nextCursor; // empty at the end
    qint64 total = 0;   // counted up to the server's cap
    bool totalExact = true;
    bool fromCache = false;
    QDateTime fetchedAt; // when the server said this (now, unless from the cache)
    QString errorText;   // translated, when !ok

    static RealnamePage fromJson(const QJsonObject &body);
};

// GET /api/v1/realname/levels: how many accounts hold each level.
struct RealnameCounts
{
    bool ok = false;
    qint64 level3 = 0;
    qint64 level4 = 0;
    qint64 accounts = 0;
    qint64 withoutRecord = 0;
    qint64 eligible = 0; // for business registration
    QDateTime asOf;
    bool fromCache = false;
    QDateTime fetchedAt;
    QString errorText; // translated, when !ok

    qint64 withRecord() const { return level3 + level4; }
    static RealnameCounts fromJson(const QJsonObject &body);
};
