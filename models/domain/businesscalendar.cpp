#include "domain/businesscalendar.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

bool BusinessCalendar::isBusinessDay(QDate day) const
{
    if (m_holidays.contains(day))
        return false;
    if (m_workdays.contains(day))
        return true;
    return day.dayOfWeek() <= 5;
}

QDate BusinessCalendar::localDate(const QDateTime &utc) const
{
    return utc.toUTC().addSecs(kUtcOffsetSeconds).date();
}

QDateTime BusinessCalendar::addBusinessDays(const QDateTime &utc, int days) const
{
    // Work in local wall time (UTC+8 has no daylight saving), then convert back.
    QDateTime local = utc.toUTC().addSecs(kUtcOffsetSeconds);
    local.setTimeSpec(Qt::UTC);
    if (!isBusinessDay(local.date())) {
        QDate d = local.date().addDays(1);
        while (!isBusinessDay(d))
            d = d.addDays(1);
        local = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    QDate d = local.date();
    for (int i = 0; i < days; ++i) {
        d = d.addDays(1);
        while (!isBusinessDay(d))
            d = d.addDays(1);
    }
    return QDateTime(d, local.time(), Qt::UTC).addSecs(-kUtcOffsetSeconds);
}

int BusinessCalendar::businessDaysLeft(const QDateTime &nowUtc, const QDateTime &dueUtc) const
{
    const QDate now = localDate(nowUtc);
    const QDate due = localDate(dueUtc);
    if (now == due)
        return dueUtc >= nowUtc ? 0 : -1;
    int count = 0;
    if (now < due) {
        for (QDate d = now.addDays(1); d <= due; d = d.addDays(1))
            count += isBusinessDay(d) ? 1 : 0;
        return count;
    }
    for (QDate d = due.addDays(1); d <= now; d = d.addDays(1))
        count += isBusinessDay(d) ? 1 : 0;
    return -std::max(count, 1);
}

QJsonArray BusinessCalendar::toJson() const
{
    QList<QDate> holidays(m_holidays.begin(), m_holidays.end());
    QList<QDate> workdays(m_workdays.begin(), m_workdays.end());
    std::sort(holidays.begin(), holidays.end());
    std::sort(workdays.begin(), workdays.end());
    QJsonArray a;
    for (const QDate &d : holidays)
        a.append(QJsonObject{{u"day"_s, d.toString(Qt::ISODate)}, {u"kind"_s, u"holiday"_s}});
    for (const QDate &d : workdays)
        a.append(QJsonObject{{u"day"_s, d.toString(Qt::ISODate)}, {u"kind"_s, u"workday"_s}});
    return a;
}

BusinessCalendar BusinessCalendar::fromJson(const QJsonArray &days)
{
    BusinessCalendar c;
    for (const QJsonValue &v : days) {
        const QJsonObject o = v.toObject();
        const QDate d = QDate::fromString(o.value(u"day"_s).toString(), Qt::ISODate);
        if (!d.isValid())
            continue;
        if (o.value(u"kind"_s).toString() == u"workday")
            c.addWorkday(d);
        else
            c.addHoliday(d);
    }
    return c;
}

BusinessCalendar BusinessCalendar::chinaDefault()
{
    BusinessCalendar c;
    const auto range = [&c](int y, int m, int d, int count) {
        const QDate start(y, m, d);
        for (int i = 0; i < count; ++i)
            c.addHoliday(start.addDays(i));
    };
    // 2026 (State Council notice): New Year, Spring Festival, Qingming, Labour Day,
    // Dragon Boat, Mid-Autumn, National Day.
    range(2026, 1, 1, 3);
    range(2026, 2, 15, 9);
    range(2026, 4, 4, 3);
    range(2026, 5, 1, 5);
    range(2026, 6, 19, 3);
    range(2026, 9, 25, 3);
    range(2026, 10, 1, 7);
    for (const QDate &d : {QDate(2026, 1, 4), QDate(2026, 2, 14), QDate(2026, 2, 28),
                           QDate(2026, 5, 9), QDate(2026, 9, 20), QDate(2026, 10, 10)})
        c.addWorkday(d);
    // 2027, as planned: New Year, Spring Festival, Qingming, Labour Day, Dragon Boat,
    // Mid-Autumn, National Day.
    range(2027, 1, 1, 3);
    range(2027, 2, 5, 8);
    range(2027, 4, 3, 3);
    range(2027, 5, 1, 5);
    range(2027, 6, 9, 3);
    range(2027, 9, 15, 3);
    range(2027, 10, 1, 7);
    for (const QDate &d :
         {QDate(2027, 2, 13), QDate(2027, 5, 8), QDate(2027, 9, 26), QDate(2027, 10, 9)})
        c.addWorkday(d);
    return c;
}
