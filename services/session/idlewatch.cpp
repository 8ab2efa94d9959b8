#include "services/session/idlewatch.h"

#include "domain/clock.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>

namespace {

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}

} // namespace

IdleWatch::IdleWatch(const Clock &clock, std::chrono::milliseconds limit,
                     std::chrono::milliseconds recheck, QObject *parent)
    : QObject(parent), m_clock(clock), m_limit(std::max(limit, std::chrono::milliseconds(1))),
      m_recheck(std::max(recheck, std::chrono::milliseconds(1)))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatch::check);
}

IdleWatch::~IdleWatch()
{
    stop();
}

void IdleWatch::start()
{
    m_sinceInput.start();
    m_lastInputWallMs = m_clock.nowMs();
    if (!m_watching && QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    m_watching = true;
    check();
}

void IdleWatch::stop()
{
    if (m_watching && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    m_watching = false;
    m_timer.stop();
}

bool IdleWatch::eventFilter(QObject *watched, QEvent *event)
{
    // Every input event passes here, a mouse move many times a second: two clock
    // reads and nothing else. The timer is not restarted; check() re-arms it.
    if (m_watching && isInput(event->type())) {
        m_sinceInput.start();
        m_lastInputWallMs = m_clock.nowMs();
    }
    return QObject::eventFilter(watched, event);
}

qint64 IdleWatch::idleForMs() const
{
    return std::max(m_sinceInput.elapsed(), m_clock.nowMs() - m_lastInputWallMs);
}

void IdleWatch::check()
{
    if (!m_watching)
        return;
    const qint64 left = qint64(m_limit.count()) - idleForMs();
    if (left > 0) {
        // The wall clock may jump (a sleep) while the timer waits.
        m_timer.start(int(std::min<qint64>(left, qint64(m_recheck.count()))));
        return;
    }
    stop();
    emit idle();
}
