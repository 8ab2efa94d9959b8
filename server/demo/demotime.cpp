#include "demo/demotime.h"

#include <QDateTime>

namespace DemoTime {

qint64 anchorFor(quint32 seed)
{
    const int year = int(seed / 10000);
    const int month = int(seed / 100 % 100);
    const int day = int(seed % 100);
    const QDate asDate(year, month, day);
    if (year >= 2000 && year <= 2099 && asDate.isValid())
        return msOfDate(asDate);
    return msOfDate(QDate(2026, 11, 20));
}

qint64 chinaDay(qint64 ms)
{
    const qint64 shifted = ms + kChinaOffset;
    return shifted >= 0 ? shifted / kDay : (shifted - kDay + 1) / kDay;
}

int chinaWeekday(qint64 ms)
{
    // 1970-01-01 was a Thursday (weekday 4).
    return int(((chinaDay(ms) + 3) % 7 + 7) % 7) + 1;
}

QDate chinaDate(qint64 ms)
{
    return QDate(1970, 1, 1).addDays(chinaDay(ms));
}

qint64 msOfDate(QDate date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace DemoTime
