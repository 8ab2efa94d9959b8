#pragma once

#include <QList>
#include <QString>

// The platform's SMS verification-code quota per mobile number (seed 002
// §10.2): one code a minute, three in any 60 minutes, five a natural day in
// China Standard Time. Only codes actually sent count (not refused or failed
// attempts), and only those after the last reset by support. The server
// applies it; the console shows where a user stands with the same rules.
struct SmsQuotaState
{
    enum class Limit : quint8 { None, Minute, Hour, Day };

    int lastMinute = 0; // codes sent in the 60 s before now
    int lastHour = 0;   // … in the 60 minutes before now
    int today = 0;      // … since 00:00 China Standard Time
    Limit blockedBy = Limit::None;
    qint64 nextAllowedAt = 0; // ms since epoch; now when a code may be sent now

    bool allowsSend() const { return blockedBy == Limit::None; }
};

namespace SmsQuota {

inline constexpr int kPerMinute = 1;
inline constexpr int kPerHour = 3;
inline constexpr int kPerDay = 5;
inline constexpr qint64 kMinuteMs = 60'000;
inline constexpr qint64 kHourMs = 3'600'000;
inline constexpr qint64 kChinaOffsetMs = 8 * kHourMs;

// sentAt: the times (ms since epoch) codes were sent to the number, any order;
// times after now are ignored.
SmsQuotaState evaluate(const QList<qint64> &sentAt, qint64 now);

// 00:00 China Standard Time of the day after the one holding ms, in ms since epoch.
qint64 nextChinaMidnight(qint64 ms);

// "sent", "limited_minute", "limited_hour", "limited_day": the result an attempt records.
QString resultCode(SmsQuotaState::Limit limit);
QString limitCode(SmsQuotaState::Limit limit); // "minute", "hour", "day", "" for none

} // namespace SmsQuota
