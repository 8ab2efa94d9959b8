#include "services/sync/connectionmonitor.h"

#include "services/api/apiclient.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcConnection, "gatehouse.services.sync")

namespace {
constexpr int kFirstPauseMs = 1000;
constexpr int kMaxPauseMs = 30 * 1000;
constexpr int kProbeTimeoutMs = 5000;
} // namespace

ConnectionMonitor::ConnectionMonitor(ApiClient &api, QObject *parent) : QObject(parent), m_api(api)
{
    m_probeTimer.setSingleShot(true);
    connect(&m_probeTimer, &QTimer::timeout, this, &ConnectionMonitor::probe);
    connect(&m_api, &ApiClient::reachabilityObserved, this, &ConnectionMonitor::observe);
}

int ConnectionMonitor::pauseMs(int failedProbes)
{
    qint64 pause = kFirstPauseMs;
    for (int i = 0; i < failedProbes && pause < kMaxPauseMs; ++i)
        pause *= 2;
    return int(std::min<qint64>(pause, kMaxPauseMs));
}

void ConnectionMonitor::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    qCInfo(lcConnection) << "connection" << state;
    emit stateChanged(state);
}

void ConnectionMonitor::reset()
{
    m_probeTimer.stop();
    m_nextProbeAt = {};
    m_failedProbes = 0;
    setState(State::Online);
}

void ConnectionMonitor::observe(bool reachable)
{
    if (reachable) {
        m_lastContact = QDateTime::currentDateTimeUtc();
        m_probeTimer.stop();
        m_nextProbeAt = {};
        m_failedProbes = 0;
        setState(State::Online);
        return;
    }
    // While offline the probes keep their own rhythm; other failures add nothing.
    if (m_state != State::Online)
        return;
    setState(State::Offline);
    scheduleProbe();
}

void ConnectionMonitor::scheduleProbe()
{
    const int pause = pauseMs(m_failedProbes);
    m_nextProbeAt = QDateTime::currentDateTimeUtc().addMSecs(pause);
    m_probeTimer.start(pause);
}

void ConnectionMonitor::probeNow()
{
    if (m_state == State::Offline)
        probe();
}

void ConnectionMonitor::probe()
{
    if (m_probing)
        return;
    m_probeTimer.stop();
    m_nextProbeAt = {};
    m_probing = true;
    setState(State::Reconnecting);
    RequestOptions options;
    options.authenticated = false;
    options.maxRetries = 0;
    options.timeoutMs = kProbeTimeoutMs;
    m_api.get(u"/api/v1/health"_s, {}, options)->then(this, [this](const ApiResult &result) {
        m_probing = false;
        // An answer already made observe() say Online; anything else is another pause.
        if (result.httpStatus != 0 || m_state == State::Online)
            return;
        ++m_failedProbes;
        setState(State::Offline);
        scheduleProbe();
    });
}
