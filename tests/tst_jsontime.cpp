// Times on the wire: the fast formatter agrees with QDateTime everywhere.
#include "domain/jsontime.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class TestJsonTime : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithQDateTime()
    {
        QRandomGenerator rng(1);
        const qint64 lo = QDateTime(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 hi =
                QDateTime(QDate(2200, 12, 31), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
        for (int i = 0; i < 200000; ++i) {
            const qint64 ms = lo + qint64(rng.bounded(quint64(hi - lo)));
            QCOMPARE(JsonTime::formatMs(ms),
                     QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs));
        }
        QCOMPARE(JsonTime::formatMs(0), u"1970-01-01T00:00:00.000Z"_s);
        QCOMPARE(JsonTime::formatMs(-1), u"1969-12-31T23:59:59.999Z"_s);
        QCOMPARE(JsonTime::formatMs(951782400000), u"2000-02-29T00:00:00.000Z"_s);
    }

    void roundTrip()
    {
        const QDateTime t(QDate(2026, 11, 21), QTime(8, 30, 0, 123), Qt::UTC);
        QCOMPARE(JsonTime::parse(JsonTime::format(t)), t);
        QVERIFY(!JsonTime::parse(u"yesterday"_s).isValid());
    }
};

QTEST_GUILESS_MAIN(TestJsonTime)
#include "tst_jsontime.moc"
