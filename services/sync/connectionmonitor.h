#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

class ApiClient;

// Online, offline or reconnecting, from what API calls observe; while offline
// it asks /api/v1/health (unauthenticated, no retries) with growing pauses —
// 1 s, 2 s, 4 s … at most 30 s — and is Reconnecting while such a probe is in
// flight. Any HTTP answer, from a probe or from any other call, means Online.
class ConnectionMonitor : public QObject
{
    Q_OBJECT

public:
    enum class State { Online, Offline, Reconnecting };
    Q_ENUM(State)

    explicit ConnectionMonitor(ApiClient &api, QObject *parent = nullptr);

    State state() const { return m_state; }
    QDateTime lastContact() const { return m_lastContact; }
    void reset();    // a new server: assume online until a call says otherwise
    void probeNow(); // "try again" from the UI, while offline
    // When the next probe goes out (invalid unless Offline).
    QDateTime nextProbeAt() const { return m_nextProbeAt; }

    static int pauseMs(int failedProbes); // 1 s · 2^failedProbes, capped at 30 s

signals:
    void stateChanged(ConnectionMonitor::State state);

private:
    void observe(bool reachable);
    void probe();
    void scheduleProbe();
    void setState(State state);

    ApiClient &m_api;
    State m_state = State::Online;
    QDateTime m_lastContact;
    QDateTime m_nextProbeAt;
    QTimer m_probeTimer;
    int m_failedProbes = 0;
    bool m_probing = false;
};
