#pragma once

#include <QDate>
#include <QString>

// Demo time. Every timestamp is placed relative to a fixed anchor derived from
// the seed, never from the wall clock, so a seed gives the same platform on any
// day. Natural days are those of China Standard Time (UTC+8).
namespace DemoTime {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kChinaOffset = 8 * kHour;

// A seed that reads as a date yyyyMMdd (2000–2099) anchors the data at that
// day's 00:00 UTC; any other seed at 2026-11-20T00:00Z.
qint64 anchorFor(quint32 seed);

// Days since 1970-01-01 in China Standard Time, and the weekday (1 = Monday).
qint64 chinaDay(qint64 ms);
int chinaWeekday(qint64 ms);
QDate chinaDate(qint64 ms);

// 00:00 UTC of a date, in ms.
qint64 msOfDate(QDate date);

} // namespace DemoTime
