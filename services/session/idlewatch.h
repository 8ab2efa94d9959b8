#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

class Clock;

// Says when nobody has typed, clicked, scrolled or touched anything in the
// console for the idle limit, so that it can lock (RELIABILITY 19). It watches
// the application's input events through an event filter and never consumes
// them. Both the monotonic and the wall clock count: a laptop that slept through
// the limit has been idle, though the monotonic clock stood still meanwhile.
class IdleWatch : public QObject
{
    Q_OBJECT

public:
    // recheck: how long the watch trusts its timer before it reads the clocks
    // again; after a sleep the lock comes at most this late.
    IdleWatch(const Clock &clock, std::chrono::milliseconds limit,
              std::chrono::milliseconds recheck = std::chrono::minutes(1),
              QObject *parent = nullptr);
    ~IdleWatch() override;

    std::chrono::milliseconds limit() const { return m_limit; }
    bool isWatching() const { return m_watching; }

    // From now: the limit counts from this moment.
    void start();
    void stop();

signals:
    // Once per start(): watching stops with it.
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();
    qint64 idleForMs() const;

    const Clock &m_clock;
    std::chrono::milliseconds m_limit;
    std::chrono::milliseconds m_recheck;
    QTimer m_timer;
    QElapsedTimer m_sinceInput;
    qint64 m_lastInputWallMs = 0;
    bool m_watching = false;
};
