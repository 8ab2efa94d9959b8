// Due dates: two business days after submission, across weekends, public
// holidays and make-up working days, in China Standard Time.
#include "domain/businesscalendar.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A local (UTC+8) wall time as the UTC instant the server stores.
QDateTime local(int y, int m, int d, int h = 10, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC).addSecs(-8 * 3600);
}

} // namespace

class TestBusinessCalendar : public QObject
{
    Q_OBJECT

private slots:
    void weekdays()
    {
        const BusinessCalendar c;
        // Monday 10:00 -> Wednesday 10:00.
        QCOMPARE(c.addBusinessDays(local(2026, 11, 16), 2), local(2026, 11, 18));
        // Thursday -> Monday.
        QCOMPARE(c.addBusinessDays(local(2026, 11, 19), 2), local(2026, 11, 23));
        // Friday 15:00 -> Tuesday 15:00.
        QCOMPARE(c.addBusinessDays(local(2026, 11, 20, 15), 2), local(2026, 11, 24, 15));
    }

    void weekendSubmissionStartsMonday()
    {
        const BusinessCalendar c;
        // Saturday: the clock starts at 00:00 on Monday, due Wednesday 00:00.
        QCOMPARE(c.addBusinessDays(local(2026, 11, 21, 9, 30), 2), local(2026, 11, 25, 0, 0));
    }

    void lateEveningIsStillThatDay()
    {
        const BusinessCalendar c;
        // 23:30 on a Friday in Beijing is 15:30 UTC on Friday: a business day.
        QCOMPARE(c.addBusinessDays(local(2026, 11, 20, 23, 30), 2), local(2026, 11, 24, 23, 30));
        // 00:30 on a Saturday in Beijing is Friday 16:30 UTC: not a business day locally.
        QCOMPARE(c.addBusinessDays(local(2026, 11, 21, 0, 30), 2), local(2026, 11, 25, 0, 0));
    }

    void holidaysAndMakeUpDays()
    {
        const BusinessCalendar c = BusinessCalendar::chinaDefault();
        // National Day 2026: 1-7 October off; Saturday 10 October is a working day.
        QVERIFY(!c.isBusinessDay(QDate(2026, 10, 1)));
        QVERIFY(c.isBusinessDay(QDate(2026, 10, 10)));
        // Submitted Wednesday 30 September: Thursday 1 Oct is a holiday … the next
        // business days are Thursday 8 and Friday 9 October.
        QCOMPARE(c.addBusinessDays(local(2026, 9, 30), 2), local(2026, 10, 9));
        // Submitted Friday 9 October: Saturday 10 is a make-up working day.
        QCOMPARE(c.addBusinessDays(local(2026, 10, 9), 2), local(2026, 10, 12));
        // A custom holiday moves the date.
        BusinessCalendar custom;
        custom.addHoliday(QDate(2026, 11, 17));
        QCOMPARE(custom.addBusinessDays(local(2026, 11, 16), 2), local(2026, 11, 19));
    }

    void businessDaysLeft()
    {
        const BusinessCalendar c;
        const QDateTime due = local(2026, 11, 24, 15);                  // Tuesday
        QCOMPARE(c.businessDaysLeft(local(2026, 11, 20, 9), due), 2);   // Friday: Mon, Tue
        QCOMPARE(c.businessDaysLeft(local(2026, 11, 24, 9), due), 0);   // due today, later
        QCOMPARE(c.businessDaysLeft(local(2026, 11, 24, 16), due), -1); // due today, passed
        QCOMPARE(c.businessDaysLeft(local(2026, 11, 26, 9), due), -2);  // Thursday: Wed, Thu late
    }

    void jsonRoundTrip()
    {
        const BusinessCalendar c = BusinessCalendar::chinaDefault();
        const BusinessCalendar back = BusinessCalendar::fromJson(c.toJson());
        for (QDate d(2026, 1, 1); d < QDate(2028, 1, 1); d = d.addDays(1))
            QCOMPARE(back.isBusinessDay(d), c.isBusinessDay(d));
    }
};

QTEST_GUILESS_MAIN(TestBusinessCalendar)
#include "tst_businesscalendar.moc"
