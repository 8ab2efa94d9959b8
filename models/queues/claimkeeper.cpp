#include "models/queues/claimkeeper.h"

#include "models/queues/queueitemclient.h"
#include "services/api/apijob.h"

ClaimKeeper::ClaimKeeper(QueueItemClient &client, QueueKind kind, QObject *parent)
    : QObject(parent), m_client(client), m_kind(kind)
{
    m_renew.setInterval(kRenewIntervalMs);
    connect(&m_renew, &QTimer::timeout, this, &ClaimKeeper::renew);
}

ClaimKeeper::~ClaimKeeper()
{
    leave();
}

void ClaimKeeper::open(qint64 itemId, bool claimedByMe)
{
    if (itemId != m_open && m_held && m_held != itemId)
        releaseHeld();
    m_open = itemId;
    if (claimedByMe && itemId)
        holding(itemId);
}

void ClaimKeeper::holding(qint64 itemId)
{
    if (itemId != m_open)
        return;
    m_held = itemId;
    if (!m_renew.isActive())
        m_renew.start();
}

void ClaimKeeper::dropped(qint64 itemId)
{
    if (itemId != m_held)
        return;
    m_held = 0;
    m_renew.stop();
}

void ClaimKeeper::setDeciding(qint64 itemId, bool deciding)
{
    if (deciding && !m_deciding.contains(itemId))
        m_deciding.append(itemId);
    else if (!deciding)
        m_deciding.removeAll(itemId);
}

void ClaimKeeper::leave()
{
    if (m_held)
        releaseHeld();
    m_open = 0;
}

void ClaimKeeper::releaseHeld()
{
    const qint64 id = m_held;
    m_held = 0;
    m_renew.stop();
    if (isDeciding(id))
        return; // the decision needs the claim; it ends with the decision
    // Nobody waits for the answer: the lease runs out by itself if this is lost.
    m_client.release(m_kind, id)->then(this, [this, id](const ApiResult &result) {
        if (result.ok)
            emit released(id);
    });
}

void ClaimKeeper::renew()
{
    const qint64 id = m_held;
    if (!id)
        return;
    m_client.claim(m_kind, id)->then(this, [this, id](const ApiResult &result) {
        if (result.ok) {
            emit renewed(id);
            return;
        }
        if (result.isUnreachable())
            return; // try again at the next tick; the lease may still be alive
        dropped(id);
        emit renewFailed(id, result);
    });
}
