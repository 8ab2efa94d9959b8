// IdleWatch (RELIABILITY 19): idle once after the limit with no input; any key,
// click or scroll starts the count again; a wall clock that jumped past the
// limit (the machine slept) counts as idle though the monotonic clock did not.
#include "domain/clock.h"
#include "services/session/idlewatch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

namespace {

void sendInput(QEvent::Type type)
{
    QObject receiver;
    QEvent event(type);
    QCoreApplication::sendEvent(&receiver, &event);
}

} // namespace

class tst_IdleWatch : public QObject
{
    Q_OBJECT

private slots:
    void idleOnceAfterTheLimit()
    {
        SystemClock clock;
        IdleWatch watch(clock, 200ms);
        QSignalSpy idle(&watch, &IdleWatch::idle);
        QElapsedTimer since;
        since.start();
        watch.start();
        QVERIFY(idle.wait(5'000));
        QVERIFY(since.elapsed() >= 195);
        QVERIFY(!watch.isWatching());
        QTest::qWait(400);
        QCOMPARE(idle.count(), 1);
    }

    void inputStartsTheCountAgain_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("key") << int(QEvent::KeyPress);
        QTest::newRow("click") << int(QEvent::MouseButtonPress);
        QTest::newRow("wheel") << int(QEvent::Wheel);
        QTest::newRow("mouse move") << int(QEvent::MouseMove);
    }

    void inputStartsTheCountAgain()
    {
        QFETCH(int, type);
        SystemClock clock;
        IdleWatch watch(clock, 300ms);
        QSignalSpy idle(&watch, &IdleWatch::idle);
        watch.start();
        // Three times the limit, with input at less than half of it.
        for (int i = 0; i < 9; ++i) {
            QTest::qWait(100);
            sendInput(QEvent::Type(type));
        }
        QCOMPARE(idle.count(), 0);
        QVERIFY(watch.isWatching());
        QVERIFY(idle.wait(5'000));
    }

    void whatIsNotInputDoesNotCount()
    {
        SystemClock clock;
        IdleWatch watch(clock, 300ms);
        QSignalSpy idle(&watch, &IdleWatch::idle);
        watch.start();
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(100);
            sendInput(QEvent::Timer);
            sendInput(QEvent::Paint);
            sendInput(QEvent::KeyRelease);
        }
        QVERIFY(idle.count() == 1 || idle.wait(5'000));
    }

    void aSleepPastTheLimitIsIdle()
    {
        ManualClock clock;
        IdleWatch watch(clock, 1h, 50ms);
        QSignalSpy idle(&watch, &IdleWatch::idle);
        watch.start();
        QTest::qWait(200);
        QCOMPARE(idle.count(), 0);
        clock.advance(61 * 60 * 1000); // the lid was closed for an hour
        QVERIFY(idle.wait(5'000));
    }

    void stopAndStartAgain()
    {
        SystemClock clock;
        IdleWatch watch(clock, 200ms);
        QSignalSpy idle(&watch, &IdleWatch::idle);
        watch.start();
        watch.stop();
        QTest::qWait(400);
        QCOMPARE(idle.count(), 0);
        watch.start();
        QVERIFY(idle.wait(5'000));
    }
};

QTEST_GUILESS_MAIN(tst_IdleWatch)
#include "tst_idlewatch.moc"
