#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

class ApiClient;

// Online, offline or reconnecting, from what API calls observe; while offline
// it asks /api/v1/health with growing pauses and says when the server is back.
class ConnectionMonitor : public QObject
{
    Q_OBJECT

public:
    enum class State { Online, Offline, Reconnecting };
    Q_ENUM(State)

    explicit ConnectionMonitor(ApiClient &api, QObject *parent = nullptr);

    State state() const { return m_state; }
    QDateTime lastContact() const { return m_lastContact; }
    void reset(); // a new server: assume online until a call says otherwise

signals:
    void stateChanged(ConnectionMonitor::State state);

private:
    void observe(bool reachable);
    void probe();

    ApiClient &m_api;
    State m_state = State::Online;
    QDateTime m_lastContact;
    QTimer m_probeTimer;
    int m_failedProbes = 0;
};
