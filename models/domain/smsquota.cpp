#include "domain/smsquota.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kDayMs = 24 * SmsQuota::kHourMs;

qint64 chinaDay(qint64 ms)
{
    const qint64 shifted = ms + SmsQuota::kChinaOffsetMs;
    return shifted >= 0 ? shifted / kDayMs : (shifted - kDayMs + 1) / kDayMs;
}

} // namespace

namespace SmsQuota {

qint64 nextChinaMidnight(qint64 ms)
{
    return (chinaDay(ms) + 1) * kDayMs - kChinaOffsetMs;
}

SmsQuotaState evaluate(const QList<qint64> &sentAt, qint64 now)
{
    QList<qint64> sent;
    for (qint64 t : sentAt) {
        if (t <= now)
            sent.append(t);
    }
    std::sort(sent.begin(), sent.end());
    SmsQuotaState state;
    const qint64 day = chinaDay(now);
    QList<qint64> inHour;
    for (qint64 t : std::as_const(sent)) {
        // The same edges as the demo generator: a code exactly 60 s (or 60
        // minutes) before no longer counts.
        if (now - t < kMinuteMs)
            ++state.lastMinute;
        if (now - t < kHourMs) {
            ++state.lastHour;
            inHour.append(t);
        }
        if (chinaDay(t) == day)
            ++state.today;
    }
    state.nextAllowedAt = now;
    // Each limit gives the earliest time it allows a code again; the counts only
    // fall as time passes, so the latest of them allows all three.
    if (state.lastMinute >= kPerMinute) {
        state.blockedBy = SmsQuotaState::Limit::Minute;
        state.nextAllowedAt = std::max(state.nextAllowedAt, sent.last() + kMinuteMs);
    }
    if (state.lastHour >= kPerHour) {
        if (state.blockedBy == SmsQuotaState::Limit::None)
            state.blockedBy = SmsQuotaState::Limit::Hour;
        // Allowed once no more than kPerHour - 1 of them are within the hour.
        const qint64 oldestThatMustLeave = inHour[inHour.size() - kPerHour];
        state.nextAllowedAt = std::max(state.nextAllowedAt, oldestThatMustLeave + kHourMs);
    }
    if (state.today >= kPerDay) {
        if (state.blockedBy == SmsQuotaState::Limit::None)
            state.blockedBy = SmsQuotaState::Limit::Day;
        state.nextAllowedAt = std::max(state.nextAllowedAt, nextChinaMidnight(now));
    }
    return state;
}

QString resultCode(SmsQuotaState::Limit limit)
{
    switch (limit) {
    case SmsQuotaState::Limit::None:
        return u"sent"_s;
    case SmsQuotaState::Limit::Minute:
        return u"limited_minute"_s;
    case SmsQuotaState::Limit::Hour:
        return u"limited_hour"_s;
    case SmsQuotaState::Limit::Day:
        return u"limited_day"_s;
    }
    return {};
}

QString limitCode(SmsQuotaState::Limit limit)
{
    switch (limit) {
    case SmsQuotaState::Limit::None:
        return {};
    case SmsQuotaState::Limit::Minute:
        return u"minute"_s;
    case SmsQuotaState::Limit::Hour:
        return u"hour"_s;
    case SmsQuotaState::Limit::Day:
        return u"day"_s;
    }
    return {};
}

} // namespace SmsQuota
