#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QSet>

// Business days on the platform's calendar: Monday to Friday in China Standard
// Time (UTC+8), minus public holidays, plus the weekend days declared working
// days (调休). The server computes due dates with it; the console counts the
// business days left with the same rules, offline too.
class BusinessCalendar
{
public:
    static constexpr int kUtcOffsetSeconds = 8 * 3600;

    void addHoliday(QDate day)
    {
        m_holidays.insert(day);
        m_workdays.remove(day);
    }
    void addWorkday(QDate day)
    {
        m_workdays.insert(day);
        m_holidays.remove(day);
    }

    bool isBusinessDay(QDate day) const;
    QDate localDate(const QDateTime &utc) const;

    // due = start + n business days, where start is the submission time if it falls
    // on a business day, otherwise 00:00 of the next business day. The time of day
    // is kept; the result is UTC.
    QDateTime addBusinessDays(const QDateTime &utc, int days) const;
    // Whole business days from now until due (negative when overdue): the number of
    // business-day boundaries between the two local dates.
    int businessDaysLeft(const QDateTime &nowUtc, const QDateTime &dueUtc) const;

    // [{"day":"2026-10-01","kind":"holiday"}, {"day":"2026-09-27","kind":"workday"}]
    QJsonArray toJson() const;
    static BusinessCalendar fromJson(const QJsonArray &days);
    // China's public holidays and make-up working days for 2026 and 2027.
    static BusinessCalendar chinaDefault();

private:
    QSet<QDate> m_holidays;
    QSet<QDate> m_workdays;
};
