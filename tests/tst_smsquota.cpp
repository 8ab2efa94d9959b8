// The SMS quota's rules (seed 002 §10.2) at their edges: one code a minute,
// three in any 60 minutes, five a natural day in China Standard Time — and
// when the next code is allowed.
#include "domain/smsquota.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kSecond = 1000;
constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;

// 2026-11-21 09:00 in Beijing, as ms since the epoch.
qint64 morning()
{
    return QDateTime(QDate(2026, 11, 21), QTime(1, 0), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

class TestSmsQuota : public QObject
{
    Q_OBJECT

private slots:
    void nothingSentAllowsACode()
    {
        const SmsQuotaState s = SmsQuota::evaluate({}, morning());
        QVERIFY(s.allowsSend());
        QCOMPARE(s.nextAllowedAt, morning());
        QCOMPARE(s.today, 0);
    }

    void secondCodeWithinAMinute()
    {
        const qint64 t = morning();
        SmsQuotaState s = SmsQuota::evaluate({t}, t + 59 * kSecond);
        QCOMPARE(s.blockedBy, SmsQuotaState::Limit::Minute);
        QCOMPARE(s.nextAllowedAt, t + kMinute);
        QCOMPARE(s.lastMinute, 1);
        // Exactly a minute later the first no longer counts.
        s = SmsQuota::evaluate({t}, t + kMinute);
        QVERIFY(s.allowsSend());
        QCOMPARE(s.lastMinute, 0);
        QCOMPARE(s.lastHour, 1);
    }

    void fourthCodeWithinAnHour()
    {
        const qint64 t = morning();
        const QList<qint64> three{t, t + 2 * kMinute, t + 4 * kMinute};
        SmsQuotaState s = SmsQuota::evaluate(three, t + 5 * kMinute);
        QCOMPARE(s.blockedBy, SmsQuotaState::Limit::Hour);
        QCOMPARE(s.lastHour, 3);
        QCOMPARE(s.nextAllowedAt, t + kHour);
        QVERIFY(!SmsQuota::evaluate(three, t + kHour - 1).allowsSend());
        s = SmsQuota::evaluate(three, t + kHour);
        QVERIFY(s.allowsSend());
        QCOMPARE(s.lastHour, 2);
    }

    void sixthCodeWithinADay()
    {
        const qint64 t = morning();
        // Five codes spread over the day, never more than three an hour.
        const QList<qint64> five{t, t + 2 * kHour, t + 4 * kHour, t + 6 * kHour, t + 8 * kHour};
        const qint64 evening = t + 10 * kHour; // 19:00 in Beijing
        SmsQuotaState s = SmsQuota::evaluate(five, evening);
        QCOMPARE(s.blockedBy, SmsQuotaState::Limit::Day);
        QCOMPARE(s.today, 5);
        // Midnight in Beijing is 16:00 UTC.
        const qint64 midnight =
                QDateTime(QDate(2026, 11, 21), QTime(16, 0), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(s.nextAllowedAt, midnight);
        QCOMPARE(SmsQuota::nextChinaMidnight(evening), midnight);
        QVERIFY(!SmsQuota::evaluate(five, midnight - 1).allowsSend());
        s = SmsQuota::evaluate(five, midnight);
        QVERIFY(s.allowsSend());
        QCOMPARE(s.today, 0);
    }

    void theDayIsChinasNotUtcs()
    {
        // 23:30 and 00:30 in Beijing are two days; 15:30 and 16:30 UTC.
        const qint64 lateEvening =
                QDateTime(QDate(2026, 11, 21), QTime(15, 30), Qt::UTC).toMSecsSinceEpoch();
        QList<qint64> five;
        for (int i = 0; i < 5; ++i)
            five.append(lateEvening - (4 - i) * 2 * kHour);
        QCOMPARE(SmsQuota::evaluate(five, lateEvening + kMinute).blockedBy,
                 SmsQuotaState::Limit::Day);
        QVERIFY(SmsQuota::evaluate(five, lateEvening + kHour).allowsSend());
    }

    void theLatestLimitDecidesWhenTheNextCodeGoes()
    {
        const qint64 t = morning();
        // Three in three minutes: a minute limit now, but the hour's decides when.
        const QList<qint64> burst{t, t + kMinute, t + 2 * kMinute};
        const SmsQuotaState s = SmsQuota::evaluate(burst, t + 2 * kMinute + kSecond);
        QCOMPARE(s.blockedBy, SmsQuotaState::Limit::Minute);
        QCOMPARE(s.nextAllowedAt, t + kHour);
        QVERIFY(SmsQuota::evaluate(burst, s.nextAllowedAt).allowsSend());
        QVERIFY(!SmsQuota::evaluate(burst, s.nextAllowedAt - 1).allowsSend());
    }

    void nextAllowedIsAlwaysTheFirstAllowedMoment()
    {
        // Property: for random histories, the quota allows a code at
        // nextAllowedAt and at no earlier second.
        quint64 seed = 88172645463325252ULL;
        const auto next = [&seed](qint64 bound) {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            return qint64(seed % quint64(bound));
        };
        for (int run = 0; run < 500; ++run) {
            QList<qint64> sent;
            qint64 t = morning() - next(20 * kHour);
            for (int i = 0; i < 12; ++i) {
                t += 61 * kSecond + next(3 * kHour);
                if (SmsQuota::evaluate(sent, t).allowsSend())
                    sent.append(t);
            }
            const qint64 now = t + next(kHour);
            const SmsQuotaState s = SmsQuota::evaluate(sent, now);
            QVERIFY(SmsQuota::evaluate(sent, s.nextAllowedAt).allowsSend());
            if (s.nextAllowedAt > now)
                QVERIFY(!SmsQuota::evaluate(sent, s.nextAllowedAt - kSecond).allowsSend());
        }
    }

    void resultCodesMatchTheStore()
    {
        QCOMPARE(SmsQuota::resultCode(SmsQuotaState::Limit::None), u"sent"_s);
        QCOMPARE(SmsQuota::resultCode(SmsQuotaState::Limit::Minute), u"limited_minute"_s);
        QCOMPARE(SmsQuota::resultCode(SmsQuotaState::Limit::Hour), u"limited_hour"_s);
        QCOMPARE(SmsQuota::resultCode(SmsQuotaState::Limit::Day), u"limited_day"_s);
    }
};

QTEST_GUILESS_MAIN(TestSmsQuota)
#include "tst_smsquota.moc"
